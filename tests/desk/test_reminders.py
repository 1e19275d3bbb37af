"""The address book (xlsx/CSV, malformed emails reported by row, good rows kept) and the reminder .eml to every
unit whose report has not arrived."""

from __future__ import annotations

import email
import unicodedata
from email import policy
from pathlib import Path

import pytest
from openpyxl import Workbook

from gui.core.units import province_list_at
from gui.inbox.deadlines import parse_day
from tests.conftest import run_cli
from tests.desk.conftest import PERIOD


def address_book(path: Path) -> Path:
    """Every province of the 34-unit list, three ministries; Lai Châu's address is malformed, one code unknown."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Sổ địa chỉ các đơn vị báo cáo"])
    sheet.append(["Mã", "Đơn vị", "Email", "Người liên hệ"])
    for unit in province_list_at(parse_day("01/01/2026")).units:
        address = "sct-laichau@@gov" if unit.code == "12" else f"sct{unit.code}@tinh{unit.code}.gov.vn"
        sheet.append([unit.code, unit.display_name, address, "Phòng QLTM"])
    sheet.append(["BCA", "Bộ Công an", "vanthu@bca.gov.vn; c03@bca.gov.vn", ""])
    sheet.append(["BTP", "Bộ Tư pháp", "vanthu@moj.gov.vn", ""])
    sheet.append(["XYZ", "Bộ Không Có", "a@b.vn", ""])
    book.save(path)
    return path


def test_import_reports_bad_rows_and_keeps_the_good_ones(db_path: Path, tmp_path: Path) -> None:
    result = run_cli("inbox", "addresses", "--db", db_path, "--import", address_book(tmp_path / "so.xlsx"))
    assert result.returncode == 2
    assert "so.xlsx, dòng 7 (Tỉnh Lai Châu): địa chỉ email 'sct-laichau@@gov' không hợp lệ" in result.stderr
    assert "không nhận ra đơn vị 'XYZ'" in result.stderr
    assert "đã lưu 35 đơn vị" in result.stderr and "Traceback" not in result.stderr
    listing = run_cli("inbox", "addresses", "--db", db_path)
    assert listing.returncode == 0
    assert "40\tTỉnh Nghệ An\tsct40@tinh40.gov.vn\tPhòng QLTM" in listing.stdout
    assert "BCA\tBộ Công an\tvanthu@bca.gov.vn; c03@bca.gov.vn" in listing.stdout
    assert "\tTỉnh Lai Châu\t" not in listing.stdout


def test_csv_and_editing_one_unit(db_path: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "so.csv"
    csv_file.write_text("Mã;Email\n96;camau@gov.vn\n", encoding="utf-8")
    assert run_cli("inbox", "addresses", "--db", db_path, "--import", csv_file).returncode == 0
    bad = run_cli("inbox", "addresses", "--db", db_path, "--set", "12", "laichau at gov.vn")
    assert bad.returncode == 2 and "Tỉnh Lai Châu: Địa chỉ email 'laichau' không hợp lệ" in bad.stderr
    good = run_cli("inbox", "addresses", "--db", db_path, "--set", "12", "laichau@gov.vn")
    assert good.returncode == 0 and "12\tTỉnh Lai Châu\tlaichau@gov.vn" in good.stdout
    assert "96\tTỉnh Cà Mau\tcamau@gov.vn" in good.stdout
    nothing = tmp_path / "x.txt"
    nothing.write_text("x")
    refused = run_cli("inbox", "addresses", "--db", db_path, "--import", nothing)
    assert refused.returncode == 2 and "phải là tệp .xlsx hoặc .csv" in refused.stderr


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 spells it: a letter with its circumflex, breve or horn, then the tone as a combining mark."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        for i in range(1, len(parts)):
            try:
                base = unicodedata.normalize("NFC", parts[:i] + parts[i + 1 :]).encode("cp1258")
                out += base + parts[i].encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
    return out


BOOK = (
    "Mã đơn vị,Email,Người liên hệ\n40,sct@nghean.gov.vn,Phòng Quản lý thương mại\nTỉnh Bắc Ninh,sct@bacninh.gov.vn,\n"
)


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(BOOK.encode("utf-8-sig"), id="utf8-bom"),
        pytest.param(BOOK.replace(",", "\t").encode("utf-16"), id="utf16-excel-unicode-text"),
        pytest.param(cp1258(BOOK), id="cp1258"),
    ],
)
def test_csv_as_excel_and_older_tools_save_it(db_path: Path, tmp_path: Path, encoded: bytes) -> None:
    """Excel's 'CSV UTF-8' (a BOM), its 'Unicode Text' (UTF-16, tabs) and a Windows-1258 file from an older tool
    all read alike; a unit's name typed in the code column is recognised."""
    path = tmp_path / "so.csv"
    path.write_bytes(encoded)
    result = run_cli("inbox", "addresses", "--db", db_path, "--import", path)
    assert result.returncode == 0, result.stderr
    assert "40\tTỉnh Nghệ An\tsct@nghean.gov.vn\tPhòng Quản lý thương mại" in result.stdout
    assert "24\tTỉnh Bắc Ninh\tsct@bacninh.gov.vn" in result.stdout


def test_unreadable_address_files_are_bad_input(db_path: Path, tmp_path: Path) -> None:
    cases = {
        "trong.csv": (b"", "không tìm thấy dòng tiêu đề có cột 'Mã' (hoặc 'Đơn vị') và cột 'Email'"),
        "mot-cot.csv": (b"Email\nx@y.vn\n", "không tìm thấy dòng tiêu đề"),
        "utf16-khong-bom.csv": (BOOK.encode("utf-16-le"), "không đọc được mã ký tự của tệp"),
        "gia.xlsx": (b"hello", "không phải tệp Excel .xlsx hợp lệ"),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = run_cli("inbox", "addresses", "--db", db_path, "--import", path)
        assert result.returncode == 2 and f"{name}: {message}" in result.stderr, (name, result.stderr)
        assert "Traceback" not in result.stderr


def test_the_reminder_goes_to_every_unit_not_received(desk_db: Path, tmp_path: Path) -> None:
    run_cli("inbox", "addresses", "--db", desk_db, "--import", address_book(tmp_path / "so.xlsx"))
    out = tmp_path / "nhac.eml"
    result = run_cli("inbox", "remind", "--db", desk_db, "--period", PERIOD, "-o", out)
    assert result.returncode == 0, result.stderr
    # Điện Biên, Lai Châu, Cà Mau (provinces) and Bộ Công an (a ministry in the book) have not reported
    assert "thư nhắc 4 đơn vị chưa gửi, 4 địa chỉ email" in result.stdout
    assert "Chưa có email trong sổ địa chỉ (1): Tỉnh Lai Châu" in result.stderr
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Đề nghị gửi Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP – Năm 2025"
    assert set(message["Bcc"].split(", ")) == {
        "sct11@tinh11.gov.vn",
        "sct96@tinh96.gov.vn",
        "vanthu@bca.gov.vn",
        "c03@bca.gov.vn",
    }
    body = message.get_content().replace("\r\n", "\n")
    assert "Hạn gửi báo cáo là ngày 20/12/2025 (số liệu từ 15/12/2024 đến 14/12/2025); báo cáo đã quá hạn." in body
    for name in ("Tỉnh Điện Biên", "Tỉnh Lai Châu", "Tỉnh Cà Mau", "Bộ Công an"):
        assert f"- {name}\n" in body
    assert "Bộ Tư pháp" not in body  # it reported
    # the letter is addressed to the units it lists, by name
    assert body.startswith("Kính gửi: Sở Công Thương các tỉnh: Điện Biên, Lai Châu, Cà Mau; Bộ Công an\n")


def test_the_reminders_addressee_names_one_province_or_cities_as_such() -> None:
    from gui.core.units import agencies, province_list
    from gui.inbox.reminders import addressees

    units = province_list("qd19-2025")
    assert addressees([units.get("40")]) == "Sở Công Thương tỉnh Nghệ An"  # type: ignore[list-item]
    assert addressees([units.get("01"), units.get("40")]) == (  # type: ignore[list-item]
        "Sở Công Thương các tỉnh, thành phố: Hà Nội, Nghệ An"
    )
    assert addressees([units.get("48"), agencies()[0]]) == f"Sở Công Thương thành phố Đà Nẵng; {agencies()[0].name}"  # type: ignore[list-item]
