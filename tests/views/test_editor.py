"""A user fills in a report through the real widgets, closes the app, and finds every value the next day."""

from __future__ import annotations

import itertools
import time
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.store.reports import ReportStore
from tests.views.conftest import activate, new_report, type_text

NARRATIVE = "Sở Công Thương đã tổ chức tuyên truyền về quyền lợi người tiêu dùng."
# Decomposed input, as some keyboards and old documents produce it: must be stored composed.
NFD_LINE = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Nghệ An")
SIGNER = "Nguyễn Thị Hường"


def widget(editor: Any, key: str) -> Any:
    return editor.rows[key].editor


def test_a_report_filled_through_the_widgets_is_all_there_after_a_restart(open_window: Any, db_path: Path) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    editor = window.open_report(report_id)

    type_text(widget(editor, "direction_summary").edit, NARRATIVE)
    type_text(widget(editor, "plan_issuer").edit, NFD_LINE)
    QTest.keyClicks(widget(editor, "staff_fulltime").edit, "12")
    QTest.keyClicks(widget(editor, "budget_vnd").edit, "1.250.000")  # typed with grouping
    staff = widget(editor, "staff_parttime").edit
    QApplication.clipboard().setText("1 234 567")  # pasted from a Word table
    staff.paste()
    widget(editor, "plan_issued").combo.setCurrentIndex(1)  # Có
    widget(editor, "lo_dedicated_unit").combo.setCurrentIndex(2)  # Không
    QTest.keyClicks(widget(editor, "cm_rights_day_date").date.edit, "14/03/2025")
    docref = widget(editor, "plan_ref")
    QTest.keyClicks(docref.number, "473/KH-UBND")
    QTest.keyClicks(docref.date.edit, "28/7/2020")
    type_text(widget(editor, "header.signer_name").edit, SIGNER)

    table = widget(editor, "campaigns")
    table.add_button.click()
    model = table.model
    assert model.setData(model.index(0, 0), unicodedata.normalize("NFD", "Lễ phát động Ngày 15/3"))
    assert model.setData(model.index(0, 1), "15/03/2025")
    assert model.setData(model.index(0, 2), "event")
    assert model.setData(model.index(0, 3), "1.200")
    assert model.index(1, 3).data() == "1.200"  # the totals row

    window.close()  # no Ctrl+S: closing saves what is pending

    window2 = open_window()
    values = window2.store.values(report_id, with_header=True)
    assert values["direction_summary"] == NARRATIVE
    assert values["plan_issuer"] == unicodedata.normalize("NFC", NFD_LINE)
    assert values["staff_fulltime"] == 12
    assert values["budget_vnd"] == 1_250_000
    assert values["staff_parttime"] == 1_234_567
    assert values["plan_issued"] is True
    assert values["lo_dedicated_unit"] is False
    assert values["cm_rights_day_date"] == "2025-03-14"
    assert values["plan_ref"] == {"number": "473/KH-UBND", "date": "2020-07-28"}
    assert values["header.signer_name"] == SIGNER
    assert values["campaigns"] == [
        {"name": "Lễ phát động Ngày 15/3", "date": "2025-03-15", "form": "event", "participants": 1200}
    ]
    for value in (values["plan_issuer"], values["campaigns"][0]["name"], values["direction_summary"]):
        assert unicodedata.is_normalized("NFC", value)

    editor2 = window2.open_report(report_id)
    assert widget(editor2, "budget_vnd").edit.text() == "1.250.000"
    assert widget(editor2, "staff_parttime").edit.text() == "1.234.567"
    assert widget(editor2, "cm_rights_day_date").date.edit.text() == "14/03/2025"
    assert widget(editor2, "plan_issued").combo.currentText() == "Có"
    assert widget(editor2, "header.signer_name").edit.text() == SIGNER


def test_ctrl_s_saves_at_once(open_window: Any, db_path: Path, qtbot: Any) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window(delay_ms=60_000)  # autosave far away: only Ctrl+S can save
    editor = window.open_report(report_id)
    activate(qtbot, window)
    field = widget(editor, "focal_agency").edit
    field.setFocus()
    type_text(field, "Sở Công Thương")
    assert "focal_agency" not in window.store.values(report_id)
    QTest.keySequence(field, QKeySequence(QKeySequence.StandardKey.Save))
    assert window.store.values(report_id)["focal_agency"] == "Sở Công Thương"
    assert window.saved_at_text().startswith("Đã lưu lúc")


def test_autosave_without_ctrl_s(open_window: Any, db_path: Path, qtbot: Any) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window(delay_ms=150)
    editor = window.open_report(report_id)
    type_text(widget(editor, "sm_results").edit, "Đã ban hành kế hoạch.")
    qtbot.waitUntil(lambda: window.store.values(report_id).get("sm_results") == "Đã ban hành kế hoạch.", timeout=2000)
    assert window.saved_at_text().startswith("Đã lưu lúc")


def test_leaving_a_field_saves_it_at_once(open_window: Any, db_path: Path, qtbot: Any) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window(delay_ms=60_000)
    editor = window.open_report(report_id)
    activate(qtbot, window)
    first = widget(editor, "staff_fulltime").edit
    first.setFocus()
    QTest.keyClicks(first, "7")
    QTest.keyClick(first, Qt.Key.Key_Tab)
    assert window.store.values(report_id)["staff_fulltime"] == 7
    assert first.text() == "7"


def test_an_edit_closed_reopened_can_be_undone(open_window: Any, db_path: Path) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
        store.set_value(report_id, "cp_received", 236)
    window = open_window()
    editor = window.open_report(report_id)
    field = widget(editor, "cp_received").edit
    field.selectAll()
    QTest.keyClicks(field, "250")
    window.close()

    window2 = open_window()
    assert window2.store.values(report_id)["cp_received"] == 250
    editor2 = window2.open_report(report_id)
    window2.undo_action.trigger()
    assert window2.store.values(report_id)["cp_received"] == 236
    assert widget(editor2, "cp_received").edit.text() == "236"


def test_bad_number_shows_a_message_and_keeps_the_last_good_value(open_window: Any, db_path: Path, qtbot: Any) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
        store.set_value(report_id, "in_teams", 3)
    window = open_window(delay_ms=50)
    editor = window.open_report(report_id)
    field = widget(editor, "in_teams").edit
    field.selectAll()
    type_text(field, "ba đoàn")
    row = editor.rows["in_teams"]
    qtbot.waitUntil(lambda: row.message.isVisible(), timeout=2000)
    assert "Số đoàn thanh tra, kiểm tra" in row.message.text()
    assert "không phải số nguyên" in row.message.text()
    assert window.store.values(report_id)["in_teams"] == 3
    window.save_action.trigger()
    assert window.store.values(report_id)["in_teams"] == 3

    field.selectAll()
    QTest.keyClicks(field, "4")
    window.save_action.trigger()
    assert window.store.values(report_id)["in_teams"] == 4
    assert not row.message.isVisible()


def test_the_success_rate_is_recomputed_as_you_type(open_window: Any, db_path: Path) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    editor = window.open_report(report_id)
    QTest.keyClicks(widget(editor, "cp_received").edit, "200")
    QTest.keyClicks(widget(editor, "cp_resolved").edit, "170")
    assert widget(editor, "cp_success_rate").display.text() == "85,0 %"
    target = editor.rows["cp_success_rate"].target.text()
    assert "80%" in target


def test_pasting_from_word_keeps_only_the_text(open_window: Any, db_path: Path) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    editor = window.open_report(report_id)
    mime = QMimeData()
    mime.setHtml("<p><b>Kết quả</b> đạt được</p>")
    mime.setText("Kết quả đạt được")
    box = widget(editor, "as_results").edit
    box.insertFromMimeData(mime)
    assert box.toPlainText() == "Kết quả đạt được"
    window.save_action.trigger()
    assert window.store.values(report_id)["as_results"] == "Kết quả đạt được"


def test_find_a_field_by_its_label_without_diacritics(open_window: Any, db_path: Path, qtbot: Any) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    editor = window.open_report(report_id)
    activate(qtbot, window)
    assert editor.state.find_fields("so can bo chuyen trach") == ["staff_fulltime"]
    window.find_action.trigger()
    assert editor.find_box.hasFocus()
    QTest.keyClicks(editor.find_box, "KINH PHI")
    editor.completer.popup().hide()
    QTest.keyClick(editor.find_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget(editor, "budget_vnd").edit.hasFocus(), timeout=1000)


def test_find_names_each_field_with_its_section_in_a_wide_list(open_window: Any, db_path: Path, qtbot: Any) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    editor = window.open_report(report_id)
    activate(qtbot, window)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.find_box, "ket qua thuc hien")
    popup = editor.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=1000)
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert len(shown) >= 6 and len(set(shown)) == len(shown)  # six "Kết quả thực hiện", each told apart
    assert any(text.endswith("II.4. Tiếp nhận, giải quyết khiếu nại; thanh tra, kiểm tra và xử lý vi phạm") for text in shown)
    assert popup.width() >= max(popup.fontMetrics().horizontalAdvance(t) for t in shown)  # no label cut off
    assert popup.geometry().right() <= window.geometry().right() + 1
    target = next(i for i, t in enumerate(shown) if "II.4." in t)
    for _ in range(target + 1):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    key = next(k for k in editor.rows if editor.state.field_section[k] == "complaints" and "Kết quả" in editor.rows[k].label.text())
    qtbot.waitUntil(lambda: editor.current_key() == key, timeout=1000)
    assert editor.find_box.text() == "Kết quả thực hiện"  # the label, not the list's line
    assert editor.tree.currentItem() is editor.section_items["complaints"]  # the tree follows the field shown


def test_tab_order_follows_the_form(open_window: Any, db_path: Path) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    editor = window.open_report(report_id)
    keys = list(editor.rows)
    for before, after in itertools.pairwise(keys):
        chain = editor.rows[before].editor.focus_chain()
        following = editor.rows[after].editor.focus_chain()
        if chain and following:
            assert chain[-1].nextInFocusChain() is following[0] or _skips_to(chain[-1], following[0])


def _skips_to(start: Any, target: Any) -> bool:
    """Tab reaches `target` from `start` passing only widgets that take no focus."""
    widget = start.nextInFocusChain()
    for _ in range(20):
        if widget is target:
            return True
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            return False
        widget = widget.nextInFocusChain()
    return False


def test_a_report_received_from_a_province_is_read_only(open_window: Any, db_path: Path) -> None:
    with _store(db_path) as store:
        own = new_report(store)
        store.set_value(own, "focal_agency", "Sở Công Thương")
        inbox_id = store.import_document(store.document(own), origin="inbox")
    window = open_window()
    editor = window.open_report(inbox_id)
    assert editor.read_only
    assert widget(editor, "focal_agency").edit.isReadOnly()
    assert widget(editor, "direction_summary").edit.isReadOnly()
    assert not widget(editor, "plan_issued").combo.isEnabled()
    assert not widget(editor, "campaigns").add_button.isEnabled()
    assert not window.undo_action.isEnabled()


def test_section_tree_shows_completion(open_window: Any, db_path: Path) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    editor = window.open_report(report_id)
    before = editor.state.completion_text("proposals")
    assert before == "0/3"
    type_text(widget(editor, "pr_government").edit, "Sửa đổi Nghị định 55/2024/NĐ-CP.")
    window.save_action.trigger()
    assert editor.state.completion_text("proposals") == "1/3"


def test_escape_closes_what_is_open_and_never_leaves_the_report(open_window: Any, db_path: Path, qtbot: Any) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    activate(qtbot, window)
    editor = window.open_report(report_id)
    field = widget(editor, "focal_agency").edit
    field.setFocus()
    type_text(field, "Sở")
    QTest.keyClick(field, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is editor.find_box
    type_text(editor.find_box, "kenh")
    QTest.keyClick(editor.find_box, Qt.Key.Key_Escape)  # closes the completer's list
    QTest.keyClick(editor.find_box, Qt.Key.Key_Escape)  # closes the find box: back in the field
    assert window.pages.currentWidget() is editor
    assert QApplication.focusWidget() is field
    QTest.keyClick(field, Qt.Key.Key_F7)
    assert editor.check_panel.isVisible()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not editor.check_panel.isVisible()
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is editor
    assert window.store.values(report_id)["focal_agency"] == "Sở"


def test_report_keys_work_in_a_line_and_a_text_box(open_window: Any, db_path: Path, qtbot: Any) -> None:
    """Ctrl+E is "end of line" for Qt's line edit on Linux; the report's keys win wherever the cursor is."""
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    activate(qtbot, window)
    editor = window.open_report(report_id)
    exports: list[int] = []
    editor.export_flow.start = lambda: exports.append(1)  # type: ignore[method-assign]
    line = widget(editor, "focal_agency").edit
    text = widget(editor, "pr_government").edit
    for box in (line, text):
        box.setFocus()
        type_text(box, "Sở")
        QTest.keyClick(box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(box, Qt.Key.Key_F5)
        assert editor.preview.isVisible()
        QTest.keyClick(box, Qt.Key.Key_F5)
        QTest.keyClick(box, Qt.Key.Key_F7)
        assert editor.check_panel.isVisible()
        editor.show_check_panel(False)
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert "Sở" in str(window.store.values(report_id)[{line: "focal_agency", text: "pr_government"}[box]])
    assert exports == [1, 1]


def test_a_report_reopens_where_it_was_left(open_window: Any, db_path: Path, qtbot: Any) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
        other_id = new_report(store, "2025-H1")
    window = open_window()
    editor = window.open_report(report_id)
    editor.focus_field("cp_online")
    assert editor.tree.currentItem() is editor.section_items[editor.state.field_section["cp_online"]]
    window.show_list()
    editor = window.open_report(other_id)
    assert editor.place() is None  # another report keeps its own place
    window.show_list()
    window.close()
    window = open_window()
    activate(qtbot, window)
    editor = window.open_report(report_id)
    assert editor.current_key() == "cp_online"
    assert editor.tree.currentItem() is editor.section_items[editor.state.field_section["cp_online"]]


class _store:
    """A store opened for arranging a test, closed before the window opens its own."""

    def __init__(self, path: Path) -> None:
        self.store = ReportStore.open(path)

    def __enter__(self) -> ReportStore:
        return self.store

    def __exit__(self, *exc: object) -> None:
        self.store.close()


def test_table_columns_fill_the_field_and_never_cut_a_heading(open_window: Any, db_path: Path) -> None:
    from gui.views.fields.table import spread_widths

    assert spread_widths(600, [3, 1, 1], [80, 80, 80]) == [360, 120, 120]
    # A last heading that needs 170 px: the wide first column gives up what it lacks.
    assert spread_widths(600, [5, 1, 1, 1], [80, 80, 80, 170]) == [270, 80, 80, 170]
    assert spread_widths(200, [1, 1], [150, 150]) == [150, 150]  # too narrow: each gets its need, it scrolls

    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    editor = window.open_report(report_id)
    view = widget(editor, "campaigns").view
    needs = view._heading_widths()
    shown = [view.columnWidth(c) for c in range(view.model().columnCount())]
    assert view.viewport().width() > 400 and sum(shown) == view.viewport().width()
    assert all(s >= n for s, n in zip(shown, needs, strict=True)), (shown, needs)


def test_long_section_titles_wrap_in_the_tree_and_unwrap_when_it_widens(
    open_window: Any, db_path: Path, qtbot: Any
) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window()
    editor = window.open_report(report_id)
    tree = editor.tree
    item = editor.section_items["state_management"]  # "1. Nâng cao trách nhiệm quản lý nhà nước về bảo vệ …"
    line = tree.fontMetrics().height()
    short = editor.section_items["causes"]  # "3. Nguyên nhân": one line
    qtbot.waitUntil(lambda: tree.visualItemRect(short).height() < 2 * line <= tree.visualItemRect(item).height())
    tree.resize(2000, tree.height())
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() < 2 * line)


def test_a_table_heading_names_its_unit_once(open_window: Any, db_path: Path) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    editor = open_window().open_report(report_id)
    model = widget(editor, "notable_cases").model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headings == ["Tổ chức, cá nhân kinh doanh", "Hành vi vi phạm", "Số tiền phạt (đồng)", "Tình trạng"]


def test_steady_typing_in_a_cell_is_saved_within_a_second_before_enter(
    open_window: Any, db_path: Path, qtbot: Any
) -> None:
    """No pause, no Enter: the cell's text reaches the store by the deadline; Escape puts the old text back,
    saved too."""
    with _store(db_path) as store:
        report_id = new_report(store)
        store.set_value(report_id, "notable_cases", [{"business": "Công ty A", "violation": "Cũ"}])
    window = open_window(delay_ms=60_000)  # no pause ever long enough: only the 1-second deadline can save
    editor = window.open_report(report_id)
    activate(qtbot, window)
    editor.focus_field("notable_cases", 0, "violation")
    table = widget(editor, "notable_cases")
    table.view.edit(table.view.currentIndex())
    cell = QApplication.focusWidget()
    QTest.keyClick(cell, Qt.Key.Key_End)

    def stored() -> str:
        return window.store.values(report_id)["notable_cases"][0]["violation"]

    for ch in " bán hàng giả":
        type_text(cell, ch)
        QTest.qWait(70)
    assert table.model.rows[0]["violation"] == "Cũ"  # the cell is still open: the model has not been told
    assert "Cũ bán hàng giả".startswith(stored()) and stored() != "Cũ"  # saved while typing, without a pause
    QTest.qWait(800)  # the deadline of the keys typed since that save
    assert stored() == "Cũ bán hàng giả"
    QTest.keyClick(cell, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: stored() == "Cũ", timeout=2000)


def test_steady_typing_in_a_number_field_is_saved_within_a_second(
    open_window: Any, db_path: Path, qtbot: Any
) -> None:
    with _store(db_path) as store:
        report_id = new_report(store)
    window = open_window(delay_ms=60_000)
    editor = window.open_report(report_id)
    field = widget(editor, "cp_received").edit
    field.setFocus()
    started = time.monotonic()
    for ch in "1234567":
        QTest.keyClicks(field, ch)
        QTest.qWait(100)
        if window.store.values(report_id).get("cp_received"):
            break
    assert window.store.values(report_id).get("cp_received") is not None
    assert time.monotonic() - started < 1.0
