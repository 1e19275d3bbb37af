"""The command line's report and backup commands, through the same operations as the window (gui/operations)."""

from __future__ import annotations

from pathlib import Path

from gui.store.reports import ReportStore


def test_import_json_names_the_file_whatever_is_wrong_with_it(cli, tmp_path: Path, db_path: Path) -> None:
    """As the window does ("Không mở được ghi chú.json: …"): also when the JSON itself is broken."""
    bad = tmp_path / "ghi chú.json"
    bad.write_text("{không phải JSON", encoding="utf-8")
    done = cli("report", "import-json", "--db", db_path, bad)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "Không mở được ghi chú.json: " in done.stderr and "JSON" in done.stderr
    store = ReportStore.open(db_path)
    try:
        assert store.list_reports(origin=None) == []
    finally:
        store.close()
