"""The form checks what the official types: messages under the fields, marks, section counts, the Kiểm tra panel,
legacy-encoded text converted in place, over-long pastes refused, and a full disk that loses nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.store.reports import ReportStore
from gui.views.editor import ReportEditor
from tests.views.conftest import activate, new_report, type_text


@pytest.fixture
def store(db_path: Path) -> Iterator[ReportStore]:
    store = ReportStore.open(db_path)
    yield store
    store.close()


@pytest.fixture
def open_editor(qtbot: Any, store: ReportStore) -> Callable[..., ReportEditor]:
    def opener(report_id: int | None = None, delay_ms: int = 50) -> ReportEditor:
        editor = ReportEditor(store, report_id or new_report(store), delay_ms=delay_ms)
        qtbot.addWidget(editor)
        editor.resize(1300, 800)
        editor.show()
        return editor

    return opener


def field(editor: ReportEditor, key: str) -> Any:
    return editor.rows[key].editor


def retype(widget: Any, text: str) -> None:
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def banner_of(editor: ReportEditor, key: str) -> Any:
    return editor.rule_banners[editor.state.group_of[key]]


def test_a_rule_across_fields_is_said_once_for_its_group_and_clears_when_fixed(open_editor: Any, qtbot: Any) -> None:
    editor = open_editor()
    received, resolved = editor.rows["cp_received"], editor.rows["cp_resolved"]
    banner = banner_of(editor, "cp_resolved")
    type_text(field(editor, "cp_received").edit, "10")
    type_text(field(editor, "cp_resolved").edit, "20")
    qtbot.waitUntil(lambda: "resolved_le_received" in banner.broken, timeout=3000)  # after a pause
    line = banner.labels["resolved_le_received"]
    assert "không được lớn hơn tổng số đã tiếp nhận" in line.text() and line.property("state") == "broken"
    assert not resolved.message.isVisible() and not received.message.isVisible()  # not under each field
    assert resolved.property("problem") == "error"
    assert received.property("problem") == "error"  # the other side of the rule is marked too
    assert editor.state.problem_count("complaints") == 1
    assert editor.state.problem_count("results") == 1  # the parent section counts its subsections' problems

    retype(field(editor, "cp_resolved").edit, "5")
    qtbot.waitUntil(lambda: not banner.broken, timeout=3000)
    assert line.text().startswith("Quy tắc: ")
    assert resolved.property("problem") == ""
    assert received.property("problem") == ""
    assert editor.state.problem_count("complaints") == 0


def test_typing_the_channels_one_by_one_moves_nothing(open_editor: Any, qtbot: Any) -> None:
    """The issue's case: the total and the first channel typed, the sum rule broken meanwhile; no field above or
    below the one being typed in moves, and the rule is said once the group is left."""
    editor = open_editor()
    activate(qtbot, editor)
    keys = ["cp_received", "cp_hotline", "cp_in_person", "cp_written", "cp_online", "cp_supported", "cp_resolved"]
    rows = [row for key, row in editor.rows.items() if key.startswith(("cp_", "in_"))]  # above, in and below

    def positions() -> list[int]:
        return [row.mapTo(editor.form, row.rect().topLeft()).y() for row in rows]

    QApplication.processEvents()
    before = positions()
    for key, text in zip(keys[:5], ["100", "40", "30", "20", "5"], strict=True):
        box = field(editor, key).edit
        box.setFocus()
        for ch in text:
            type_text(box, ch)
            QTest.qWait(200)  # a person's pace: the 150 ms check runs between keystrokes
            QApplication.processEvents()
            assert positions() == before, f"a field moved while typing in {key}"
        QTest.keyClick(box, Qt.Key.Key_Tab)
    banner = banner_of(editor, "cp_online")
    assert not banner.broken  # still in the group: not judged yet (the channels add up to 95, not 100)
    field(editor, "cp_supported").edit.setFocus()
    assert not banner.broken  # cp_supported belongs to the same group
    qtbot.waitUntil(lambda: "channels_sum" in banner.broken, timeout=3000)  # the pause
    assert "cộng các phần: 95, tổng số: 100" in banner.labels["channels_sum"].text()
    QApplication.processEvents()
    assert positions() == before  # saying it moved nothing either


def test_unreadable_input_shows_the_parser_message_and_clears(open_editor: Any, qtbot: Any, store: ReportStore) -> None:
    editor = open_editor()
    row = editor.rows["budget_vnd"]
    type_text(field(editor, "budget_vnd").edit, "một triệu")
    qtbot.waitUntil(lambda: row.message.isVisible(), timeout=2000)
    assert "không phải số tiền" in row.message.text()
    assert editor.state.problem_count("direction") == 1
    retype(field(editor, "budget_vnd").edit, "1.000.000")
    qtbot.waitUntil(lambda: not row.message.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: store.values(editor.report_id).get("budget_vnd") == 1_000_000, timeout=2000)


def test_a_fields_own_message_comes_and_goes_without_moving_the_fields_below(open_editor: Any, qtbot: Any) -> None:
    """A bad amount typed, then mended; a required text emptied, then written: the message shows under its field in
    full, and no field below moves, neither when it appears nor when it goes."""
    editor = open_editor()
    activate(qtbot, editor)
    keys = list(editor.rows)

    def positions(after: str) -> list[int]:
        below = [editor.rows[k] for k in keys[keys.index(after) + 1 :]]
        return [row.mapTo(editor.form, row.rect().topLeft()).y() for row in below]

    for key, bad, good in [("budget_vnd", "một triệu", "1.000.000"), ("direction_summary", "x", "Đã tổ chức.")]:
        row = editor.rows[key]
        box = field(editor, key).edit
        box.setFocus()
        QApplication.processEvents()
        before = positions(key)
        if key == "direction_summary":
            type_text(box, bad)
            QTest.keyClick(box, Qt.Key.Key_Backspace)  # emptied: "chưa nhập (bắt buộc)"
        else:
            type_text(box, bad)
        qtbot.waitUntil(lambda row=row: row.message.isVisible(), timeout=2000)
        QApplication.processEvents()
        assert positions(key) == before, f"the fields below {key} moved when its message appeared"
        message = row.message
        assert message.height() >= message.heightForWidth(message.width())  # the whole message, not cut
        retype(box, good)
        qtbot.waitUntil(lambda row=row: not row.message.isVisible(), timeout=2000)
        QApplication.processEvents()
        assert positions(key) == before, f"the fields below {key} moved when its message went"


def test_required_fields_are_listed_but_marked_only_once_touched_or_checked(open_editor: Any, qtbot: Any) -> None:
    editor = open_editor()
    summary = editor.rows["direction_summary"]
    assert not summary.message.isVisible()  # a new report is not a sea of red
    assert any(p.key == "direction_summary" and p.code == "required" for p in editor.state.problems)
    type_text(field(editor, "direction_summary").edit, "x")
    QTest.keyClick(field(editor, "direction_summary").edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: summary.message.isVisible(), timeout=2000)
    assert "chưa nhập (bắt buộc)" in summary.message.text()
    assert not editor.rows["sm_results"].message.isVisible()
    editor.check_action.trigger()
    assert editor.rows["sm_results"].message.isVisible()  # the whole check shows every missing field


def test_the_check_panel_lists_problems_in_form_order_and_jumps(
    open_editor: Any, qtbot: Any, store: ReportStore
) -> None:
    report_id = new_report(store)
    store.set_value(report_id, "cp_received", 10)
    store.set_value(report_id, "cp_resolved", 20)
    store.set_value(
        report_id, "campaigns", [{"name": "Ngày Quyền của người tiêu dùng", "date": "2025-03-15", "form": "event"}]
    )
    store.set_value(report_id, "notable_cases", [{"business": "Công ty A", "violation": None}])
    editor = open_editor(report_id)
    activate(qtbot, editor)
    field(editor, "focal_agency").edit.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7)
    assert editor.check_panel.isVisible()
    assert editor.check_action.isChecked()
    problems = editor.check_panel.problems()
    keys = [p.key for p in problems]
    order = list(editor.rows)
    assert keys == sorted(keys, key=order.index)  # form order
    assert "header.signer_name" not in keys or keys.index("header.signer_name") < keys.index("direction_summary")
    texts = [editor.check_panel.list.item(i).text() for i in range(editor.check_panel.list.count())]
    assert any(t.startswith("II.4 · ") and "không được lớn hơn" in t for t in texts)
    assert editor.check_panel.list.hasFocus()

    # Enter on the missing cell of a table puts the cursor in that cell.
    cell = next(i for i, p in enumerate(problems) if p.key == "notable_cases" and p.column == "violation")
    editor.check_panel.list.setCurrentRow(cell)
    QTest.keyClick(editor.check_panel.list, Qt.Key.Key_Return)
    table = field(editor, "notable_cases")
    assert table.view.hasFocus()
    index = table.view.currentIndex()
    assert (index.row(), table.model.columns[index.column()].key) == (0, "violation")
    assert table.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None  # the cell is tinted

    # A double-click on a field's problem focuses that field.
    rule = next(i for i, p in enumerate(problems) if p.code.startswith("rule:"))
    item = editor.check_panel.list.item(rule)
    editor.check_panel.list.itemDoubleClicked.emit(item)
    assert field(editor, "cp_resolved").edit.hasFocus()

    # Fixing it takes it off the list; Esc in the list closes the panel.
    retype(field(editor, "cp_resolved").edit, "8")
    qtbot.waitUntil(lambda: not any(p.code.startswith("rule:") for p in editor.check_panel.problems()), timeout=2000)
    editor.check_panel.list.setFocus()
    QTest.keyClick(editor.check_panel.list, Qt.Key.Key_Escape)
    assert not editor.check_panel.isVisible()
    assert editor.isVisible()  # Esc closed the panel, not the report


def test_the_tree_and_the_check_panel_count_the_same_things_to_fix(
    open_editor: Any, qtbot: Any, store: ReportStore
) -> None:
    """"Cần sửa" beside each section and the Kiểm tra panel's count: the same problems (the required fields not
    filled in yet are counted apart, as the tree's "Đã nhập" does), section by section and in total."""
    from gui.views.editor import HEADER_SECTION

    report_id = new_report(store)
    store.set_value(report_id, "cp_received", 10)
    store.set_value(report_id, "cp_resolved", 20)  # a rule broken
    store.set_value(report_id, "notable_cases", [{"business": "Công ty A", "violation": None}])  # a missing cell
    store.set_value(report_id, "staff_fulltime", -3)  # out of range
    editor = open_editor(report_id)
    editor.check_action.trigger()
    listed = editor.check_panel.problems()
    texts = [editor.check_panel.list.item(i).text() for i in range(editor.check_panel.list.count())]
    places = [t.split(" · ", 1)[0] for t in texts]
    missing = sum(p.code == "required" and p.row is None for p in listed)
    assert missing > 0  # a new report: they are listed in the panel too
    to_fix = [place for place, p in zip(places, listed, strict=True) if not (p.code == "required" and p.row is None)]
    assert len(to_fix) >= 3
    for key in editor.section_items:
        if key == HEADER_SECTION:
            shown = sum(place == "Thông tin chung" for place in to_fix)
        else:
            number = editor.state.sections[key].number
            shown = sum(place == number or place.startswith(number + ".") for place in to_fix)
        assert editor.state.problem_count(key) == shown, (key, editor.state.problem_count(key), shown)
    top = [editor.tree.topLevelItem(i) for i in range(editor.tree.topLevelItemCount())]
    assert sum(int(item.text(2) or 0) for item in top) == len(to_fix)
    title = editor.check_panel.title.text()
    assert f"cần sửa {len(to_fix)} " in title and f"{missing} mục bắt buộc chưa nhập" in title


def test_legacy_text_is_flagged_and_converted_in_place(open_editor: Any, qtbot: Any, store: ReportStore) -> None:
    editor = open_editor()
    row = editor.rows["focal_agency"]
    QApplication.clipboard().setText("Së C«ng Th­¬ng")  # copied from an old .VnTime document
    field(editor, "focal_agency").edit.paste()
    qtbot.waitUntil(lambda: row.convert_button.isVisible(), timeout=2000)
    assert row.property("problem") == "warning"
    assert "TCVN3" in row.message.text()
    row.convert_button.click()
    assert field(editor, "focal_agency").edit.text() == "Sở Công Thương"
    assert store.values(editor.report_id)["focal_agency"] == "Sở Công Thương"
    assert not row.convert_button.isVisible()
    assert row.property("problem") == ""


def test_an_over_long_paste_is_refused_and_the_old_text_kept(open_editor: Any, qtbot: Any, store: ReportStore) -> None:
    editor = open_editor()
    number = field(editor, "header.number").edit  # at most 20 characters
    type_text(number, "412")
    QApplication.clipboard().setText("412/BC-SCT ngày 15 tháng 12 năm 2025")
    number.paste()
    assert number.text() == "412"
    row = editor.rows["header.number"]
    assert row.message.isVisible()
    assert "vượt giới hạn 20 ký tự" in row.message.text()
    assert "Không có gì bị cắt bớt" in row.message.text()
    type_text(number, "3")  # the next keystroke clears the notice
    assert not row.message.isVisible()
    qtbot.waitUntil(
        lambda: store.values(editor.report_id, with_header=True).get("header.number") == "4123", timeout=2000
    )

    box = field(editor, "direction_summary").edit  # 20.000 characters at most
    type_text(box, "Đã ban hành kế hoạch.")
    mime = QMimeData()
    mime.setText("Quá dài. " * 3000)
    box.insertFromMimeData(mime)
    assert box.toPlainText() == "Đã ban hành kế hoạch."
    assert "vượt giới hạn 20.000 ký tự" in editor.rows["direction_summary"].message.text()


def test_a_full_disk_keeps_the_text_says_so_and_saves_once_space_is_back(
    open_editor: Any, qtbot: Any, store: ReportStore
) -> None:
    editor = open_editor(delay_ms=30)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    box = field(editor, "direction_summary").edit
    text = "Sở Công Thương tổ chức tuyên truyền quyền lợi người tiêu dùng. " * 300
    QApplication.clipboard().setText(text)
    box.paste()
    qtbot.waitUntil(lambda: editor.save_fault() != "", timeout=3000)
    assert "đầy" in editor.save_fault()
    assert "vẫn còn trên màn hình" in editor.save_fault()
    assert box.toPlainText() == text  # nothing typed is lost
    assert "direction_summary" in editor.autosaver.held()
    assert "direction_summary" not in store.values(editor.report_id)
    assert not editor.save_now()  # Ctrl+S tries again, still full, no exception

    store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    type_text(field(editor, "focal_agency").edit, "Sở")  # the next edit retries the held one
    qtbot.waitUntil(lambda: editor.save_fault() == "", timeout=3000)
    assert store.values(editor.report_id)["direction_summary"].strip() == text.strip()
    assert store.values(editor.report_id)["focal_agency"] == "Sở"
