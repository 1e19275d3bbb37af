"""Windows realities that need no Windows: folders with Vietnamese letters and spaces, and export file names.

An official's files live under C:\\Users\\Nguyễn Văn A\\Tài liệu: the database, its backups, the exported PDF and
JSON must all work there. And the name the app offers for an export must be a valid Windows file name.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from msgspec.structs import replace

from gui.core.document import PeriodRef, ReportDocument, UnitRef
from gui.core.period import parse_period
from gui.core.units import agencies, province_lists
from gui.operations.export import suggested_file_name
from gui.store.backups import list_backups, make_backup, restore_backup
from gui.store.reports import ReportStore, create_demo_report

# Windows refuses these in a file name, and the names CON, PRN, AUX, NUL, COM1…, LPT1… whatever the extension.
WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
WINDOWS_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$", re.IGNORECASE)


@pytest.fixture
def documents_folder(tmp_path: Path) -> Path:
    """C:\\Users\\Nguyễn Văn A\\Tài liệu, here; composed (NFC) letters as Windows Explorer writes them."""
    folder = tmp_path / unicodedata.normalize("NFC", "Nguyễn Văn A") / "Tài liệu"
    folder.mkdir(parents=True)
    return folder


def test_command_line_round_trip_in_a_vietnamese_folder(cli, documents_folder: Path) -> None:
    db = documents_folder / "Báo cáo BVQLNTD" / "dữ liệu báo cáo.sqlite3"
    db.parent.mkdir()
    created = cli("demo", "--db", db)
    assert created.returncode == 0, created.stderr
    report_id = created.stdout.strip()

    exported = documents_folder / "Xuất ra" / "Báo cáo Nghệ An 2025.json"
    exported.parent.mkdir()
    result = cli("report", "export-json", "--db", db, report_id, "-o", exported)
    assert result.returncode == 0, result.stderr
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["unit"]["name"] == "Nghệ An"

    other = documents_folder / "Máy khác" / "nhận về.sqlite3"
    other.parent.mkdir()
    imported = cli("report", "import-json", "--db", other, exported)
    assert imported.returncode == 0, imported.stderr

    pdf = documents_folder / "Xuất ra" / "Báo cáo Nghệ An 2025 (bản chính).pdf"
    result = cli("pdf", "export", "--db", db, report_id, "-o", pdf)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-"
    extracted = cli("pdf", "extract", pdf)
    assert extracted.returncode == 0 and json.loads(extracted.stdout) == document


def test_self_test_runs_with_a_vietnamese_temporary_folder(cli, tmp_path: Path) -> None:
    # Windows puts %TEMP% under the user's profile: C:\Users\Nguyễn Văn A\AppData\Local\Temp
    temp = tmp_path / "Nguyễn Văn A" / "AppData" / "Local" / "Temp"
    temp.mkdir(parents=True)
    result = cli("--self-test", env={"TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Tự kiểm tra thành công" in result.stdout


def test_backups_are_made_listed_and_restored_in_a_vietnamese_folder(documents_folder: Path) -> None:
    db = documents_folder / "dữ liệu.sqlite3"
    store = ReportStore.open(db)
    create_demo_report(store)
    backup = make_backup(store.db.conn, db, "start")
    assert backup.parent == documents_folder / "backups" and backup.name.startswith("dữ liệu-")
    create_demo_report(store)
    store.close()

    assert [b.path for b in list_backups(db)] == [backup]
    safety = restore_backup(backup, db)
    assert safety is not None and safety.exists()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 1


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> ReportDocument:
    store = ReportStore.open(tmp_path_factory.mktemp("names") / "demo.sqlite3")
    try:
        return store.document(create_demo_report(store))
    finally:
        store.close()


def every_reporting_unit() -> list[UnitRef]:
    units = [
        UnitRef(kind="province", code=unit.code, name=unit.name, list_id=unit_list.id)
        for unit_list in province_lists()
        for unit in unit_list.units
    ]
    return units + [UnitRef(kind="ministry", code=unit.code, name=unit.name) for unit in agencies()]


def test_every_offered_export_name_is_valid_on_windows(demo_document: ReportDocument) -> None:
    units = every_reporting_unit()
    assert len({u.list_id for u in units if u.kind == "province"}) >= 2 and any(u.kind == "ministry" for u in units)
    offered: dict[tuple[str, str], str] = {}
    for unit in units:
        for period_text in ("2025", "2025-H1", "2021-2025"):
            period = parse_period(period_text)
            ref = PeriodRef(id=period.id, kind=period.kind, start=period.start, end=period.end)
            name = suggested_file_name(replace(demo_document, unit=unit, period=ref))
            assert not WINDOWS_FORBIDDEN.search(name), name
            assert not WINDOWS_RESERVED.match(name), name
            assert name.isascii() and name.endswith(".pdf"), name
            assert not name[:-4].endswith((" ", ".")), name  # Windows drops trailing dots and spaces
            assert len(name) < 100, name
            offered[(unit.name, period_text)] = name
    # different units or periods never share a name, so one folder can hold a whole year's exports
    assert len(set(offered.values())) == len(offered)
