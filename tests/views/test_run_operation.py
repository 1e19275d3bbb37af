"""The window's one path for an operation (gui/views/run_operation.py): a refusal is said in Vietnamese and changes
nothing, our own fault goes to the log file and is said politely, a success refreshes the list once; and the table
of actions (gui/views/window_actions.py) enables what can be used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gui.logs import log_file
from gui.store.reports import ReportStore
from tests.views.conftest import new_report, warned


@pytest.fixture
def two_reports(db_path: Path) -> tuple[int, int]:
    store = ReportStore.open(db_path)
    first, second = new_report(store, "2024"), new_report(store, "2025")
    store.close()
    return first, second


def counted(window: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the window said something changed, and how often the list was read into the page."""
    counts = {"changed": 0, "listed": 0}
    window.changed.connect(lambda _: counts.__setitem__("changed", counts["changed"] + 1))
    set_summaries = window.list_page.set_summaries

    def listed(*args: Any, **kwargs: Any) -> None:
        counts["listed"] += 1
        set_summaries(*args, **kwargs)

    monkeypatch.setattr(window.list_page, "set_summaries", listed)
    return counts


def ids_in_list(window: Any) -> list[int]:
    model = window.list_page.model
    return sorted(model.summaries[row].id for row in range(model.rowCount()))


def test_a_success_refreshes_the_list_once_and_says_what_was_done(
    open_window: Any, two_reports: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_reports
    window = open_window()
    window.list_page.select(first)
    counts = counted(window, monkeypatch)
    window.delete_action.trigger()
    assert counts == {"changed": 1, "listed": 1}
    assert ids_in_list(window) == [second]
    assert [s.id for s in window.store.list_reports(origin="own", trash=True)] == [first]
    assert "vào thùng rác; có thể khôi phục trong Thùng rác" in window.statusBar().currentMessage()


def test_a_refusal_shows_its_vietnamese_message_and_changes_nothing(
    open_window: Any,
    two_reports: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")
    window = open_window()
    before = window.store.list_reports(origin=None)
    listed_before = ids_in_list(window)
    counts = counted(window, monkeypatch)
    bad = tmp_path / "báo cáo hỏng.json"
    bad.write_text("{ không phải JSON", encoding="utf-8")
    assert window.reports.open_report_file(bad) is None
    [message] = warned(caplog)
    assert "báo cáo hỏng.json" in message and "Traceback" not in message
    assert caplog.records[-1].__dict__.get("title") == "Mở báo cáo từ tệp"  # titled as the menu's action
    assert counts == {"changed": 0, "listed": 0}
    assert window.store.list_reports(origin=None) == before and ids_in_list(window) == listed_before


def test_an_unexpected_error_goes_to_the_log_file_and_is_said_politely(
    open_window: Any,
    two_reports: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import gui.views.report_commands as report_commands

    def broken(store: Any, report_id: int) -> None:
        raise RuntimeError("lỗi lập trình giả định")

    first, second = two_reports
    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")
    window = open_window()
    window.list_page.select(first)
    window.reports  # noqa: B018 - imported before the operation is replaced in it
    monkeypatch.setattr(report_commands, "move_to_trash", broken)
    counts = counted(window, monkeypatch)
    window.delete_action.trigger()  # no exception escapes to the event loop
    [message] = warned(caplog)
    assert "lỗi không mong muốn" in message and str(log_file()) in message
    assert "RuntimeError" not in message and "Traceback" not in message
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: lỗi lập trình giả định" in logged and "“Xóa”" in logged
    assert counts == {"changed": 0, "listed": 0}
    assert ids_in_list(window) == [first, second] and window.isVisible()
    assert window.store.list_reports(origin="own", trash=True) == []


def test_the_table_of_actions_enables_what_can_be_used(
    open_window: Any, two_reports: tuple[int, int], qtbot: Any
) -> None:
    from gui.views.main_window import MainWindow
    from gui.views.window_actions import ACTIONS, LIST_MENU, TOOLBAR

    empty = MainWindow()  # shown before the store loads: only what needs no data
    qtbot.addWidget(empty)
    usable = {key for key, action in empty.action.items() if action.isEnabled()}
    assert usable == {"ministry_files", "quit", "guide", "keys", "about"}
    assert {key for key in (*TOOLBAR, *LIST_MENU) if key} <= {spec.key for spec in ACTIONS}

    first, _ = two_reports
    window = open_window()
    window.list_page.select(first)
    assert window.sign_action.isEnabled() and window.delete_action.isEnabled() and not window.restore_action.isVisible()
    window.trash_action.trigger()
    assert window.showing_trash and window.restore_action.isVisible() and not window.delete_action.isEnabled()
    window.trash_action.trigger()
    window.open_report(first)
    assert window.save_action.isEnabled() and window.sign_action.isEnabled() and not window.open_action.isEnabled()
    assert window.report_menu.menuAction().isVisible() and window.sign_action in window.report_menu.actions()
