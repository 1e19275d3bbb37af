"""Getting started: the three steps on the first screen, the demo marked as an example and easy to remove, a user
guide and the list of keys in Help, and "Báo cáo mới" from inside a report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui.store.reports import ReportStore, create_demo_report
from tests.views.conftest import new_report


def test_the_first_screen_explains_three_steps_and_the_demo_goes_in_one_click(open_window: Any, db_path: Path) -> None:
    store = ReportStore.open(db_path)
    create_demo_report(store)
    store.close()
    window = open_window()
    page = window.list_page
    assert page.start is not None and page.start.isVisible()
    steps = " ".join(label.text() for label in page.start.steps)
    assert "Hồ sơ cơ quan" in steps and "Báo cáo mới" in steps and "Ctrl+E" in steps
    assert page.model.index(0, 0).data() == "Nghệ An (báo cáo mẫu)"
    assert page.start.demo_button.isVisible()
    page.start.demo_button.click()
    assert page.model.rowCount() == 0
    assert "thùng rác" in window.statusBar().currentMessage()
    assert page.start.isVisible() and not page.start.demo_button.isVisible()  # the steps stay, the demo is gone
    window.toggle_trash(True)
    assert page.model.rowCount() == 1 and not page.start.isVisible()  # restorable


def test_the_steps_give_way_to_the_unit_s_own_reports(open_window: Any, db_path: Path) -> None:
    store = ReportStore.open(db_path)
    create_demo_report(store)
    new_report(store)
    store.close()
    window = open_window()
    assert window.list_page.start is None or not window.list_page.start.isVisible()


def test_help_holds_a_vietnamese_guide_and_the_keys(open_window: Any, db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = new_report(store)
    store.close()
    window = open_window()
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [a.text() for a in help_menu.actions()]
    assert texts[:2] == ["&Hướng dẫn sử dụng", "&Phím tắt"]
    guide = window.show_guide()
    text = guide.browser.toPlainText()
    assert "Hồ sơ cơ quan" in text and "Ctrl+E" in text and "tự động lưu" in text
    guide.close()
    keys = dict(window.show_keys().rows())
    assert keys["Xuất PDF"] == "Ctrl+E" and keys["Kiểm tra báo cáo"] == "F7" and keys["Báo cáo mới"] == "Ctrl+N"
    window.open_report(report_id)
    keys = dict(window.show_keys().rows())
    assert keys["Xuất PDF"] == "Ctrl+E" and keys["Tìm mục cần điền"] == "Ctrl+F"
    assert window.new_action.isEnabled()  # a new report from inside a report


def test_the_ministry_s_page_opens_without_the_editor_s_last_status(open_window: Any, db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = new_report(store)
    store.close()
    window = open_window()
    window.open_report(report_id)
    window.statusBar().showMessage("Đã xuất bản dự thảo: /tmp/bc.pdf")  # as an export leaves it
    window.show_inbox()
    assert window.statusBar().currentMessage() == ""
