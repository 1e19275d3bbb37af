"""`bvntd inbox import | summary` as another tool would call them: lines per file, counts, exit statuses."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.inbox.conftest import province_docs, write_docs


def test_import_prints_a_line_per_file_and_exits_0_even_with_rejections(tmp_path: Path, db_path: Path, cli) -> None:
    write_docs(tmp_path / "in", province_docs("2025")[:4], "pdf")
    (tmp_path / "in" / "scan.pdf").write_text("not a pdf")

    done = cli("inbox", "import", "--db", db_path, tmp_path / "in")

    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 6
    assert sum("Đã nhập" in line for line in lines) == 4
    assert "scan.pdf: Từ chối — Không phải tệp PDF" in done.stdout
    assert lines[-1] == "Tổng cộng: 5 tệp — đã nhập: 4, từ chối: 1"

    again = cli("inbox", "import", "--db", db_path, tmp_path / "in")
    assert again.returncode == 0
    assert again.stdout.strip().splitlines()[-1] == "Tổng cộng: 5 tệp — đã có: 4, từ chối: 1"


def test_import_of_a_path_that_does_not_exist_is_bad_input(tmp_path: Path, db_path: Path, cli) -> None:
    done = cli("inbox", "import", "--db", db_path, tmp_path / "missing.pdf")
    assert done.returncode == 2
    assert "Không tìm thấy" in done.stderr and "Traceback" not in done.stderr
    assert cli("inbox", "import", "--db", db_path).returncode == 2  # no path at all


def test_summary_to_xlsx_and_its_bad_arguments(tmp_path: Path, db_path: Path, cli) -> None:
    write_docs(tmp_path / "in", province_docs("2025")[:5])
    assert cli("inbox", "import", "--db", db_path, tmp_path / "in").returncode == 0

    out = tmp_path / "tong-hop-2025.xlsx"
    done = cli("inbox", "summary", "--db", db_path, "--period", "2025", "-o", out)
    assert done.returncode == 0, done.stderr
    assert "5/34 địa phương đã gửi báo cáo" in done.stdout
    assert "Chỉ tiêu" in openpyxl.load_workbook(out).sheetnames

    bad_ext = cli("inbox", "summary", "--db", db_path, "--period", "2025", "-o", tmp_path / "x.csv")
    assert bad_ext.returncode == 2 and ".xlsx" in bad_ext.stderr
    bad_period = cli("inbox", "summary", "--db", db_path, "--period", "năm ngoái", "-o", out)
    assert bad_period.returncode == 2 and "Kỳ báo cáo" in bad_period.stderr
    assert not (tmp_path / "x.csv").exists()


def test_import_says_which_files_of_a_folder_are_not_reports(tmp_path: Path, db_path: Path, cli) -> None:
    write_docs(tmp_path / "in", province_docs("2025")[:2], "pdf")
    (tmp_path / "in" / "to-trinh.docx").write_bytes(b"PK\x03\x04 a Word file")

    done = cli("inbox", "import", "--db", db_path, tmp_path / "in")

    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert f"{tmp_path / 'in' / 'to-trinh.docx'}: Bỏ qua — không phải báo cáo PDF/JSON" in lines
    assert sum("Đã nhập" in line for line in lines) == 2
    assert lines[-1] == "Tổng cộng: 2 tệp — đã nhập: 2, bỏ qua: 1"
