"""Backups in the window: one at every start (keeping N), restore from the menu, another database, a report as a
file carried to another PC."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gui.store.backups import list_backups
from gui.store.reports import ReportStore
from tests.views.conftest import new_report, warned


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("BVNTD_SETTINGS", str(path))
    return path


def test_a_backup_at_every_start_keeps_the_newest_n(open_window: Any, db_path: Path) -> None:
    from gui.views.preferences import save_backups_kept

    save_backups_kept(3)
    window = open_window()
    for _ in range(5):
        assert window.databases.backup_at_start() is not None
    backups = list_backups(db_path)
    assert len(backups) == 3 and {b.reason for b in backups} == {"start"}


def test_restore_from_the_menu_brings_the_data_back_and_reloads(
    open_window: Any, db_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gui.views.backup_dialog as backup_dialog
    from gui.views.backup_dialog import BackupDialog

    store = ReportStore.open(db_path)
    kept = new_report(store, "2024")
    store.close()
    window = open_window()
    window.databases.backup_at_start()
    window.reports.create_report(*_unit_period("2025"), open_it=False)
    assert window.list_page.model.rowCount() == 2

    dialog = BackupDialog(db_path, list_backups(db_path), window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Khi mở ứng dụng"
    assert dialog.table.item(0, 2).text().endswith("KB")
    monkeypatch.setattr(backup_dialog, "confirm_restore", lambda parent, backup: True)
    dialog.accept()
    assert window.databases.restore_from_backup(dialog.chosen().path)
    assert [s.id for s in window.list_page.model.summaries] == [kept]
    assert "khôi phục" in window.statusBar().currentMessage()
    assert {b.reason for b in list_backups(db_path)} == {"start", "restore"}  # what was replaced is kept too


def _unit_period(period_id: str) -> tuple[Any, Any]:
    from gui.core.period import parse_period
    from gui.core.units import province_list_at

    period = parse_period(period_id)
    return province_list_at(period.end).get("01"), period


def test_a_report_saved_as_a_file_opens_in_another_database(open_window: Any, db_path: Path, tmp_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = new_report(store, "2025")
    store.set_value(report_id, "nt_tasks", "Mang sang máy khác.")
    store.close()
    window = open_window()
    window.list_page.select(report_id)
    assert window.save_file_action.isEnabled()
    saved = window.reports.save_report_file(path=tmp_path / "Tài liệu" / "báo cáo.json")
    assert saved is not None and saved.is_file()

    other = tmp_path / "máy khác.sqlite3"
    assert window.databases.switch_database(other)
    assert window.store.path == other
    before = {s.id for s in window.list_page.model.summaries}
    new_id = window.reports.open_report_file(saved)
    assert new_id is not None and new_id not in before
    assert window.store.values(new_id)["nt_tasks"] == "Mang sang máy khác."
    assert window.list_page.selected_id() == new_id


def test_the_menu_items_save_and_open_a_report_file(
    open_window: Any, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the Tệp menu's own actions (Ctrl+Shift+S, Ctrl+Shift+O), the file chosen in the dialogs: the
    action's `checked` never stands in for the report or the path."""
    from PySide6.QtWidgets import QFileDialog

    store = ReportStore.open(db_path)
    report_id = new_report(store, "2025")
    store.close()
    target = tmp_path / "bao-cao.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window = open_window()
    window.list_page.select(report_id)
    window.save_file_action.trigger()
    assert target.is_file() and '"uid"' in target.read_text(encoding="utf-8")
    before = {s.id for s in window.list_page.model.summaries}
    window.open_file_action.trigger()
    after = {s.id for s in window.list_page.model.summaries}
    assert len(after - before) == 1


def test_a_file_that_is_not_a_report_is_refused_politely(
    open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")  # warnings go to the log instead of a box waiting for a click
    window = open_window()
    bad = tmp_path / "ghi chú.json"
    bad.write_text("{không phải JSON", encoding="utf-8")
    assert window.reports.open_report_file(bad) is None
    assert warned(caplog) and "ghi chú.json" in warned(caplog)[0]


def test_saving_over_a_read_only_file_says_so_and_keeps_it(
    open_window: Any, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    store = ReportStore.open(db_path)
    report_id = new_report(store, "2025")
    store.close()
    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")  # warnings go to the log instead of a box waiting for a click
    window = open_window()
    locked = tmp_path / "báo cáo.json"
    locked.write_text("bản đã gửi", encoding="utf-8")
    locked.chmod(0o444)

    assert window.reports.save_report_file(report_id, path=locked) is None
    assert warned(caplog) == [
        f"Không ghi đè được {locked}: tệp này chỉ cho phép đọc, ứng dụng không thay nó. "
        "Hãy chọn tên tệp khác, hoặc bỏ thuộc tính chỉ đọc của tệp rồi thử lại."
    ]
    assert locked.read_text(encoding="utf-8") == "bản đã gửi"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"format": "bvntd-report", "uid": "' + '\\"' * 200_000 + '"}', "không hợp lệ"),
        ('{"format": "bvntd-report", "x": NaN}', "NaN"),
        ('{"format": "bvntd-report", "x": ' + "9" * 5000 + "}", "tối đa 18 chữ số"),
    ],
)
def test_the_window_refuses_hostile_files_with_the_limit_and_adds_nothing(
    open_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    content: str,
    says: str,
) -> None:
    """Issue 13: the window's open-file reads through the same limits as the command line and the inbox."""
    import os

    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")
    window = open_window()
    before = window.store.list_reports(origin=None)
    bad = Path(
        os.fsdecode(os.path.join(os.fsencode(tmp_path), b"b\xe1o-c\xe1o.json"))
    )  # not UTF-8, as from a USB stick
    bad.write_text(content, encoding="utf-8")
    assert window.reports.open_report_file(bad) is None
    assert warned(caplog) and says in warned(caplog)[0] and "b\\xe1o-c\\xe1o.json" in warned(caplog)[0]
    assert window.store.list_reports(origin=None) == before


def test_the_window_refuses_a_report_file_beyond_the_size_limit_as_the_command_line_does(
    open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """One limit (gui.core.limits.MAX_JSON_BYTES) for the window's open-file and `report import-json`
    (tests/test_cli_reports.py): the window used to read a file of any size."""
    from gui.core import limits

    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")
    window = open_window()
    before = window.store.list_reports(origin=None)
    big = tmp_path / "lớn.json"
    with big.open("wb") as handle:
        handle.truncate(limits.MAX_JSON_BYTES + 1)
    assert window.reports.open_report_file(big) is None
    assert warned(caplog) and "lớn.json" in warned(caplog)[0] and "quá lớn" in warned(caplog)[0]
    assert window.store.list_reports(origin=None) == before


def test_a_database_that_refuses_the_write_is_said_on_open_file_and_the_window_stays(
    open_window: Any, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The command line said a database fault (exit 2) where the window let it escape from the menu action; both now
    give the store's message (gui.operations.report_files lets a StoreError through as it is, not as the file's)."""
    store = ReportStore.open(db_path)
    report_id = new_report(store, "2025")
    store.close()
    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")
    window = open_window()
    saved = window.reports.save_report_file(report_id, path=tmp_path / "báo cáo.json")
    assert saved is not None
    before = window.store.list_reports(origin=None)
    window.store.db.execute("PRAGMA query_only = ON")  # SQLite now refuses every write, as on a read-only share
    assert window.reports.open_report_file(saved) is None
    assert warned(caplog) and "Dữ liệu đã lưu trước đó vẫn nguyên vẹn." in warned(caplog)[-1]
    assert "báo cáo.json" not in warned(caplog)[-1]  # not the file's fault
    window.store.db.execute("PRAGMA query_only = OFF")
    assert window.store.list_reports(origin=None) == before and window.isVisible()
