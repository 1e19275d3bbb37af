"""What a person typed or pasted into a field, turned into the field's canonical value or refused with a reason.

`parse_input(spec, text)` is the one door: the form's widgets, a paste from Word or Excel and the command line
all come through it. It returns the canonical JSON value of `gui.core.values` (None when empty) or raises
InputError, whose message names the field and says what is allowed. Nothing is cut or guessed silently: an
over-long paste is refused with its length, '1.5' in a count is refused rather than read as 15.
Bounds (min/max) and cross-field rules are the validator's job, so a number out of range is kept for the user
to fix and shown with its message.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from gui.core.errors import UserError
from gui.core.legacy_encoding import LegacyGuess, detect_legacy, legacy_message
from gui.core.numbers import MAX_DIGITS, NumberFormatError, format_int, parse_decimal, parse_int
from gui.core.template import Column, Template, TemplateField
from gui.core.text import normalize_line, normalize_text

# Hard ceilings where the template sets no max_length: a line is a name or a title, a text a narrative.
DEFAULT_MAX_LINE = 1_000
DEFAULT_MAX_TEXT = 100_000

# "x" and ticks are how Excel sheets mark yes; "-" is how they mark nothing.
_YES = frozenset({"có", "co", "c", "x", "yes", "y", "true", "1", "đúng", "dung", "✓", "✔", "☑"})
_NO = frozenset({"không", "khong", "ko", "k", "no", "n", "false", "0", "sai", "✗", "✘", "☐", "-"})


class InputError(UserError, ValueError):
    """Input that cannot become a value of its field; `message` (Vietnamese) names the field and what is allowed."""

    def __init__(
        self,
        message: str,
        message_en: str = "",
        *,
        key: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en or message
        self.key = key
        self.row = row
        self.column = column


@dataclass(frozen=True)
class ParsedInput:
    """A parsed value and what the user should still be told about it (legacy encoding...)."""

    value: Any
    warnings: tuple[str, ...] = ()
    warnings_en: tuple[str, ...] = ()
    legacy: LegacyGuess | None = None


def parse_input(spec: TemplateField | Column, text: Any, *, template: Template | None = None) -> Any:
    """The canonical value for `text` typed or pasted into a field of kind `spec.kind`; None when empty.

    Raises InputError for anything else. `template` lets a choice be typed by its label ("Kế hoạch" → "plan").
    A docref takes "125/KH-UBND ngày 15/7/2020", or a (number, date) pair / {"number", "date"} mapping.
    """
    key = spec.key
    label, label_en = spec.label, spec.label_en or spec.label
    if spec.kind == "docref" and isinstance(text, Mapping | tuple | list):
        return _docref_parts(spec, text)
    if text is None:
        return None
    if not isinstance(text, str):
        raise InputError(f"{label}: cần nhập văn bản.", f"{label_en}: text expected.", key=key)
    kind = spec.kind
    if isinstance(spec, TemplateField) and spec.is_computed:
        raise InputError(f"{label}: được tính tự động, không nhập tay.", f"{label_en}: computed, not typed.", key=key)
    if kind == "text":
        value = normalize_text(text)
        _check_length(spec, value, DEFAULT_MAX_TEXT)
        return value if value.strip() else None
    if kind in ("line", "choice"):
        value = normalize_line(text)
        _check_length(spec, value, DEFAULT_MAX_LINE)
        if not value:
            return None
        return _choice(spec, value, template) if kind == "choice" else value
    stripped = normalize_line(text)
    if not stripped:
        return None
    if kind in ("integer", "money"):
        return _whole(spec, stripped)
    if kind == "percent":
        return _percent(spec, stripped)
    if kind == "yesno":
        return _yesno(spec, stripped)
    if kind == "date":
        return _date(spec, stripped)
    if kind == "docref":
        return _docref_text(spec, stripped)
    if kind == "table":
        raise InputError(
            f"{label}: dán bảng bằng parse_rows, không nhập vào một ô.",
            f"{label_en}: use parse_rows for a table.",
            key=key,
        )
    raise InputError(f"{label}: kiểu trường không biết '{kind}'.", f"{label_en}: unknown field kind '{kind}'.", key=key)


def inspect_input(spec: TemplateField | Column, text: Any, *, template: Template | None = None) -> ParsedInput:
    """parse_input, plus the warnings to show at once: text that looks typed in TCVN3 or VNI."""
    value = parse_input(spec, text, template=template)
    if isinstance(value, str) and spec.kind in ("text", "line"):
        guess = detect_legacy(value)
        if guess is not None:
            vi, en = legacy_message(spec.label, guess)
            return ParsedInput(value, (vi,), (en,), guess)
    return ParsedInput(value)


def parse_rows(spec: TemplateField, text: str, *, template: Template | None = None) -> list[dict[str, Any]]:
    """Rows pasted from Excel or a Word table (cells split by tabs, rows by line ends) as the table's rows.

    Cells fill the columns left to right; a row with more cells than columns is refused, a fully empty row is
    skipped. A bad cell raises InputError naming the row (1-based in the message, 0-based in `row`) and column.
    """
    if spec.kind != "table":
        raise InputError(
            f"{spec.label}: không phải bảng.", f"{spec.label_en or spec.label}: not a table.", key=spec.key
        )
    rows: list[dict[str, Any]] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for line in lines:
        cells = line.split("\t")
        if not any(c.strip() for c in cells):
            continue
        index = len(rows)
        if len(cells) > len(spec.columns):
            raise InputError(
                f"{spec.label}, dòng {index + 1}: có {len(cells)} ô, bảng chỉ có {len(spec.columns)} cột.",
                f"{spec.label_en or spec.label}, row {index + 1}: {len(cells)} cells, the table has "
                f"{len(spec.columns)} columns.",
                key=spec.key,
                row=index,
            )
        row: dict[str, Any] = {}
        for column, cell in zip(spec.columns, [*cells, *[""] * len(spec.columns)], strict=False):
            try:
                row[column.key] = parse_input(column, cell, template=template)
            except InputError as error:
                raise InputError(
                    f"{spec.label}, dòng {index + 1}, cột {error.message}",
                    f"{spec.label_en or spec.label}, row {index + 1}, column {error.message_en}",
                    key=spec.key,
                    row=index,
                    column=column.key,
                ) from None
        rows.append(row)
        if len(rows) > spec.max_rows:
            raise InputError(
                f"{spec.label}: bảng có tối đa {format_int(spec.max_rows)} dòng, đoạn dán vào nhiều hơn.",
                f"{spec.label_en or spec.label}: at most {spec.max_rows} rows; the paste has more.",
                key=spec.key,
            )
    return rows


def _check_length(spec: TemplateField | Column, value: str, ceiling: int) -> None:
    limit = spec.max_length or ceiling
    if len(value) > limit:
        label_en = spec.label_en or spec.label
        raise InputError(
            f"{spec.label}: nội dung nhập vào dài {format_int(len(value))} ký tự, vượt giới hạn "
            f"{format_int(limit)} ký tự. Không có gì bị cắt bớt: hãy rút gọn rồi nhập lại.",
            f"{label_en}: the input is {len(value):,} characters long, over the limit of {limit:,}. "
            "Nothing was cut: shorten it and enter it again.",
            key=spec.key,
        )


def _whole(spec: TemplateField | Column, text: str) -> int:
    what = "số tiền (đồng)" if spec.kind == "money" else "số nguyên"
    what_en = "an amount in VND" if spec.kind == "money" else "a whole number"
    label_en = spec.label_en or spec.label
    try:
        number = parse_int(text)
    except NumberFormatError as error:
        if "quá lớn" in str(error):
            raise InputError(
                f"{spec.label}: “{text}” quá lớn (tối đa {MAX_DIGITS} chữ số).",
                f"{label_en}: “{text}” is too large (at most {MAX_DIGITS} digits).",
                key=spec.key,
            ) from None
        raise InputError(
            f"{spec.label}: “{text}” không phải {what}. Nhập chữ số, có thể nhóm hàng nghìn bằng dấu chấm "
            "(ví dụ 1.234.567).",
            f"{label_en}: “{text}” is not {what_en}. Type digits, thousands may be grouped (1.234.567).",
            key=spec.key,
        ) from None
    if number < 0:
        raise InputError(
            f"{spec.label}: không được là số âm (đã nhập {format_int(number)}).",
            f"{label_en}: may not be negative ({number:,} was entered).",
            key=spec.key,
        )
    return number


def _percent(spec: TemplateField | Column, text: str) -> float:
    label_en = spec.label_en or spec.label
    try:
        number = parse_decimal(text)
    except NumberFormatError:
        raise InputError(
            f"{spec.label}: “{text}” không phải một số; phần thập phân viết sau dấu phẩy (ví dụ 83,5).",
            f"{label_en}: “{text}” is not a number; decimals after a comma (83,5).",
            key=spec.key,
        ) from None
    value = float(number)
    if number != Decimal(0) and (value == 0.0 or value in (float("inf"), float("-inf"))):
        raise InputError(
            f"{spec.label}: “{text}” nằm ngoài khoảng số dùng được.",
            f"{label_en}: “{text}” is out of range.",
            key=spec.key,
        )
    return value


def _yesno(spec: TemplateField | Column, text: str) -> bool:
    word = unicodedata.normalize("NFC", text).strip().casefold().rstrip(".")
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise InputError(
        f"{spec.label}: “{text}” không rõ; chọn Có hoặc Không.",
        f"{spec.label_en or spec.label}: “{text}” is unclear; choose Yes or No.",
        key=spec.key,
    )


_DMY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d+)")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?")
_WORDS = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d+)", re.IGNORECASE)


def parse_date(text: str, label: str = "Ngày", label_en: str = "Date", key: str | None = None) -> dt.date:
    """'15/7/2020', '15/07/2020', '15-07-2020', '15.07.2020', '2020-07-15', 'ngày 15 tháng 7 năm 2020'."""
    value = unicodedata.normalize("NFC", " ".join(text.split())).strip()
    value = re.sub(r"^ngày\s*", "", value, flags=re.IGNORECASE)
    match = _YMD.fullmatch(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY.fullmatch(value) or _WORDS.fullmatch(value)
        if not match:
            raise InputError(
                f"{label}: “{text.strip()}” không phải ngày; nhập theo dạng ngày/tháng/năm, ví dụ 15/7/2020.",
                f"{label_en}: “{text.strip()}” is not a date; type day/month/year, e.g. 15/7/2020.",
                key=key,
            )
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) != 4:
            raise InputError(
                f"{label}: năm “{match.group(3)}” phải viết đủ 4 chữ số, ví dụ 15/7/2020.",
                f"{label_en}: write the year “{match.group(3)}” with 4 digits, e.g. 15/7/2020.",
                key=key,
            )
    if not 1 <= year <= 9999 or not 1 <= month <= 12:
        raise InputError(
            f"{label}: “{text.strip()}” không phải ngày có thật (tháng phải từ 1 đến 12).",
            f"{label_en}: “{text.strip()}” is not a real date (the month must be 1 to 12).",
            key=key,
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise InputError(
            f"{label}: ngày {day:02d}/{month:02d}/{year} không có thật (tháng {month} năm {year} có {last} ngày).",
            f"{label_en}: {day:02d}/{month:02d}/{year} does not exist (month {month} of {year} has {last} days).",
            key=key,
        )
    return dt.date(year, month, day)


def _date(spec: TemplateField | Column, text: str) -> str:
    return parse_date(text, spec.label, spec.label_en or spec.label, spec.key).isoformat()


_DOCREF = re.compile(r"^(?P<number>.*?)[\s,;]*(?:\bngày\b|\bngay\b)[\s:]*(?P<date>.+)$", re.IGNORECASE)


def _docref_text(spec: TemplateField | Column, text: str) -> dict[str, Any] | None:
    """'125/KH-UBND ngày 15/7/2020' or '125/KH-UBND, 15/07/2020' → {'number': '125/KH-UBND', 'date': '2020-07-15'}."""
    text = re.sub(r"^(?:số|so)\s*[:.]?\s*", "", text, flags=re.IGNORECASE)
    match = _DOCREF.match(text)
    if match:
        return _docref_parts(spec, {"number": match.group("number"), "date": match.group("date")})
    tail = re.search(r"[\s,;]+(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}-\d{1,2}-\d{1,2})$", text)
    if tail:
        return _docref_parts(spec, {"number": text[: tail.start()], "date": tail.group(1)})
    return _docref_parts(spec, {"number": text, "date": ""})


def _docref_parts(spec: TemplateField | Column, parts: Any) -> dict[str, Any] | None:
    if isinstance(parts, Mapping):
        number_raw, date_raw = parts.get("number"), parts.get("date")
    elif isinstance(parts, Sequence) and len(parts) == 2:
        number_raw, date_raw = parts
    else:
        raise InputError(
            f"{spec.label}: cần số, ký hiệu và ngày ban hành.",
            f"{spec.label_en or spec.label}: number and date expected.",
            key=spec.key,
        )
    number = normalize_line(number_raw) if isinstance(number_raw, str) else ""
    number = re.sub(r"^[\s,;:]+|[\s,;:]+$", "", number)
    limit = spec.max_length or 100
    if len(number) > limit:
        raise InputError(
            f"{spec.label}: số, ký hiệu dài {format_int(len(number))} ký tự, vượt giới hạn {format_int(limit)} ký tự.",
            f"{spec.label_en or spec.label}: the number is {len(number):,} characters long, over {limit:,}.",
            key=spec.key,
        )
    day = None
    if isinstance(date_raw, dt.date):
        day = date_raw.isoformat()
    elif isinstance(date_raw, str) and normalize_line(date_raw):
        day = parse_date(
            normalize_line(date_raw), f"{spec.label} (ngày ban hành)", f"{spec.label_en or spec.label} (date)", spec.key
        ).isoformat()
    return {"number": number, "date": day} if number or day else None


def _choice(spec: TemplateField | Column, value: str, template: Template | None) -> str:
    if template is None or spec.choices is None:
        return value
    options = template.choices.get(spec.choices, ())
    wanted = value.casefold()
    for option in options:
        if wanted in (option.value.casefold(), option.label.casefold(), option.label_en.casefold()):
            return option.value
    allowed = ", ".join(o.label for o in options)
    allowed_en = ", ".join(o.label_en or o.label for o in options)
    raise InputError(
        f"{spec.label}: “{value}” không có trong danh sách; chọn một trong: {allowed}.",
        f"{spec.label_en or spec.label}: “{value}” is not in the list; choose one of: {allowed_en}.",
        key=spec.key,
    )
