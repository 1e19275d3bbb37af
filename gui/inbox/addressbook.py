"""The address book of the reporting units (the Ministry keeps it): read from an .xlsx or .csv file, checked,
stored; each malformed address or unknown unit reported by its row, the good rows kept.

A file has a header row naming its columns: the unit's code ("Mã"; or its name, "Đơn vị"), its email addresses
("Email", several separated by ';' or ','), optionally a contact person ("Người liên hệ"). Codes are those of the
province list in force today or of the ministries list (BTP, BYT, …).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import errno
import io
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from zipfile import BadZipFile

from gui.core import limits
from gui.core.emails import is_address
from gui.core.i18n import translate
from gui.core.units import Unit, agencies, province_list_at
from gui.outside_file import ReadMessages, read_outside_file
from gui.store.follow_up import Address

COLUMNS = {
    "code": ("ma", "ma don vi", "ma tinh", "code"),
    "name": ("don vi", "ten don vi", "tinh, thanh pho", "tinh thanh pho", "ten", "unit", "name"),
    "emails": ("email", "e-mail", "thu dien tu", "dia chi email", "emails"),
    "contact": ("nguoi lien he", "lien he", "contact"),
}


class AddressBookError(ValueError):
    """A file that cannot be read as an address book at all (the message says why)."""


@dataclass
class ImportReport:
    addresses: list[Address] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _plain(text: str) -> str:
    """Lower case without accents, for matching headers and names: 'Mã đơn vị' → 'ma don vi'."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().split())


def known_units() -> list[Unit]:
    return [*province_list_at(dt.date.today()).units, *agencies()]


def split_emails(text: str) -> tuple[list[str], list[str]]:
    """(good, malformed) addresses of a cell."""
    parts = [p.strip().strip("<>").strip() for p in re.split(r"[;,\s]+", text or "") if p.strip()]
    good = [p for p in parts if is_address(p)]
    return good, [p for p in parts if not is_address(p)]


# An address book lists a few dozen units: a few KB as .csv, some tens of KB as .xlsx.
MAX_FILE_BYTES = 5 * 1024 * 1024
# What an .xlsx (a zip) may unpack to, in all and for one member, before openpyxl parses it: a 2.9 MB workbook
# whose shared strings inflate to 1.2 GB is refused from its zip directory, in milliseconds.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 500


def read_address_file(path: Path) -> ImportReport:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise AddressBookError(
            translate("Inbox", "{name}: sổ địa chỉ phải là tệp .xlsx hoặc .csv.").format(name=path.name)
        )
    data = read_outside_file(path, MAX_FILE_BYTES, _read_messages(), AddressBookError)
    rows = _xlsx_rows(data, path.name) if suffix == ".xlsx" else _csv_rows(data, path.name)
    return parse_rows(rows, path.name)


def _read_messages() -> ReadMessages:
    return ReadMessages(
        missing=translate("Inbox", "Không đọc được {path}: {error}").replace("{error}", os.strerror(errno.ENOENT)),
        unreadable=translate("Inbox", "Không đọc được {path}: {error}"),
        too_large=translate("Inbox", "{path}: sổ địa chỉ quá lớn ({size}; tối đa {limit})."),
        not_regular=translate("Inbox", "{path}: không phải một tệp thông thường (một thiết bị, một ống dẫn…)."),
    )


def _csv_rows(data: bytes, name: str) -> list[list[str]]:
    text = _decode(data, name)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = (
            csv.Sniffer().sniff(text[:2048], delimiters=",;\t") if text.strip() else csv.excel
        )
    except csv.Error:  # one column, or no delimiter in the first lines: the header check names what is missing
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _decode(raw: bytes, name: str) -> str:
    """The encodings Excel and older Vietnamese tools save a CSV in: UTF-16 with its BOM (Excel's 'Unicode Text'),
    UTF-8 with or without a BOM, Windows-1258; composed to NFC (cp1258 spells 'ã' as 'a' plus a combining tilde)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1258", "cp1252")
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:  # UTF-16 saved without its BOM: not a text this reader can trust
            break
        return unicodedata.normalize("NFC", text)
    raise AddressBookError(
        translate("Inbox", "{name}: không đọc được mã ký tự của tệp (hãy lưu dạng CSV UTF-8 hoặc .xlsx).").format(
            name=name
        )
    )


def _xlsx_rows(data: bytes, name: str) -> list[list[str]]:
    # lazy: openpyxl (~280 modules) is imported when an address book is read from a workbook, not when the desk tab opens
    from openpyxl import load_workbook

    _check_unpacked(data, name)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError) as error:
        raise AddressBookError(_not_xlsx(name, error)) from None
    sheet = book.worksheets[0]
    rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return rows


def _check_unpacked(data: bytes, name: str) -> None:
    """The zip's own directory says what each member unpacks to (zipfile never inflates a member past it)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (BadZipFile, ValueError) as error:
        raise AddressBookError(_not_xlsx(name, error)) from None
    total = sum(m.file_size for m in members)
    if len(members) > MAX_MEMBERS or total > MAX_UNPACKED_BYTES:
        raise AddressBookError(
            translate(
                "Inbox",
                "{name}: tệp Excel này bung ra {size} (tối đa {limit} cho một sổ địa chỉ): không đọc, vì một tệp "
                "như vậy làm treo máy. Hãy lưu lại sổ địa chỉ chỉ gồm các dòng cần thiết.",
            ).format(name=name, size=limits.megabytes(total), limit=limits.megabytes(MAX_UNPACKED_BYTES))
        )


def _not_xlsx(name: str, error: Exception) -> str:
    return translate("Inbox", "{name}: không phải tệp Excel .xlsx hợp lệ ({error}).").format(name=name, error=error)


def parse_rows(rows: list[list[str]], source: str) -> ImportReport:
    report = ImportReport()
    header_at, columns = _find_header(rows)
    if header_at is None:
        raise AddressBookError(
            translate(
                "Inbox", "{source}: không tìm thấy dòng tiêu đề có cột 'Mã' (hoặc 'Đơn vị') và cột 'Email'."
            ).format(source=source)
        )
    units = known_units()
    by_code = {(u.code.upper()): u for u in units}
    by_name = {_plain(u.display_name): u for u in units} | {_plain(u.name): u for u in units}
    seen: dict[tuple[str, str], int] = {}
    for number, row in enumerate(rows[header_at + 1 :], start=header_at + 2):

        def get(key: str, row: list[str] = row) -> str:
            index = columns.get(key)
            return str(row[index]).strip() if index is not None and index < len(row) else ""

        code, name, emails, contact = get("code"), get("name"), get("emails"), get("contact")
        if not (code or name or emails):
            continue
        # A clerk often types the unit's name in the code column: looked up as a name too.
        unit = (
            by_code.get(code.upper().zfill(2) if code.isdigit() else code.upper())
            or by_name.get(_plain(name))
            or by_name.get(_plain(code))
        )
        label = translate("Inbox", "dòng {number}").format(number=number) + (
            f" ({name or code})" if name or code else ""
        )
        where = f"{source}, {label}"
        if unit is None:
            report.problems.append(
                translate("Inbox", "{where}: không nhận ra đơn vị '{unit}' (mã tỉnh hoặc mã bộ, ngành).").format(
                    where=where, unit=code or name
                )
            )
            continue
        good, bad = split_emails(emails)
        for address in bad:
            report.problems.append(
                translate(
                    "Inbox", "{where}: địa chỉ email '{address}' không hợp lệ (dạng đúng: ten@coquan.gov.vn)."
                ).format(where=where, address=address)
            )
        if not good:
            if not bad:
                report.problems.append(
                    translate("Inbox", "{where}: {unit} chưa có địa chỉ email.").format(
                        where=where, unit=unit.display_name
                    )
                )
            continue
        key = (unit.kind, unit.code)
        if key in seen:
            report.problems.append(
                translate("Inbox", "{where}: {unit} đã có ở dòng {line}; giữ dòng sau.").format(
                    where=where, unit=unit.display_name, line=seen[key]
                )
            )
            report.addresses = [a for a in report.addresses if (a.unit_kind, a.unit_code) != key]
        seen[key] = number
        report.addresses.append(
            Address(unit_kind=unit.kind, unit_code=unit.code, emails="; ".join(good), contact=contact)
        )
    return report


def _find_header(rows: list[list[str]]) -> tuple[int | None, dict[str, int]]:
    for index, row in enumerate(rows[:20]):
        columns: dict[str, int] = {}
        for column, cell in enumerate(row):
            text = _plain(str(cell or ""))
            for key, names in COLUMNS.items():
                if key not in columns and text in names:
                    columns[key] = column
        if "emails" in columns and ("code" in columns or "name" in columns):
            return index, columns
    return None, {}


def check_emails(text: str) -> str | None:
    """None when every address of a field typed in the app is well formed; else the message naming the bad one."""
    good, bad = split_emails(text)
    if bad:
        return translate("Inbox", "Địa chỉ email '{address}' không hợp lệ (dạng đúng: ten@coquan.gov.vn).").format(
            address=bad[0]
        )
    return None if good or not text.strip() else translate("Inbox", "Chưa có địa chỉ email.")
