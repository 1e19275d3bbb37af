"""Issue 22's smaller things, each as a person meets it: the status bar after opening, what the list's percentage
counts, F7 beside the form on an 1180 px window, a rate under its target, a list column in a table (looks like a
drop-down, refuses what is not in the list), long cells, a table's first heading, F1's example, the export
dialog's fingerprint behind "Chi tiết", the webmail path, the folder picker in Vietnamese."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from msgspec.structs import replace
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from gui.store.listing import read_report_list
from gui.store.reports import ReportStore, create_demo_report
from gui.views.help_popup import help_html
from tests.views.conftest import activate, new_report, type_text
from tests.views.test_export_ui import open_editor, opened, save_as, store  # noqa: F401  # fixtures


def test_the_status_bar_stops_saying_opening_once_the_data_is_open(qtbot: Any, db_path: Path) -> None:
    from gui.views.main_window import MainWindow

    with ReportStore.open(db_path) as opened_store:
        create_demo_report(opened_store)
    window = MainWindow(None)
    qtbot.addWidget(window)
    summaries = read_report_list(db_path)
    assert summaries is not None
    window.show_preview(summaries)
    assert window.statusBar().currentMessage() == "Đang mở dữ liệu…"
    window.attach_store(ReportStore.open(db_path))
    assert window.statusBar().currentMessage() != "Đang mở dữ liệu…"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=5000)
    window.close()


def test_the_list_says_what_its_percentage_counts(open_window: Any, db_path: Path) -> None:
    with ReportStore.open(db_path) as opened_store:
        create_demo_report(opened_store)
    model = open_window().list_page.model
    column = model.COMPLETION
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Đã điền"
    tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "không bắt buộc" in tip and "Kiểm tra (F7)" in tip


def test_f7_leaves_the_form_most_of_an_1180_px_window_and_stays_at_the_field(
    open_window: Any, db_path: Path, qtbot: Any
) -> None:
    with ReportStore.open(db_path) as opened_store:
        report_id = create_demo_report(opened_store)
    window = open_window()
    window.resize(1180, 760)
    editor = window.open_report(report_id)
    activate(qtbot, window)
    editor.focus_field("cp_resolved")
    qtbot.wait(100)
    row = editor.rows["cp_resolved"]
    editor.show_check_panel(True)
    qtbot.wait(100)
    tree, form, side = editor.splitter.sizes()
    total = tree + form + side
    assert side <= total * 0.34 and form >= total * 0.45, (tree, form, side)
    assert editor.tree.isColumnHidden(1) and editor.tree.isColumnHidden(2)  # the titles keep the tree's room
    top = editor.tree.visualItemRect(editor.section_items[editor.template.sections[1].sections[0].key])
    assert top.height() <= 3 * editor.tree.fontMetrics().height() + 12  # at most three lines, not five or six
    bar = editor.scroll_area.verticalScrollBar()
    view = editor.scroll_area.viewport().height()
    assert bar.value() <= row.y() <= bar.value() + view  # the form is where the person was
    editor.show_check_panel(False)
    assert not editor.tree.isColumnHidden(1)


def test_a_rate_under_its_target_is_marked(open_window: Any, db_path: Path, qtbot: Any) -> None:
    with ReportStore.open(db_path) as opened_store:
        report_id = new_report(opened_store)
    editor = open_window().open_report(report_id)
    for key, text in (("cp_received", "100"), ("cp_resolved", "50")):
        field = editor.rows[key].editor.edit
        field.setFocus()
        QTest.keyClicks(field, text)
    row = editor.rows["cp_success_rate"]
    assert row.target_missed and row.target.text() == "Chỉ tiêu: > 80% — chưa đạt"
    field = editor.rows["cp_resolved"].editor.edit
    field.selectAll()
    QTest.keyClicks(field, "90")
    assert not row.target_missed and row.target.text() == "Chỉ tiêu: > 80%"


def test_a_list_column_finds_by_typing_and_refuses_what_is_not_in_the_list(
    open_window: Any, db_path: Path, qtbot: Any
) -> None:
    with ReportStore.open(db_path) as opened_store:
        report_id = create_demo_report(opened_store)
    window = open_window()
    editor = window.open_report(report_id)
    activate(qtbot, window)
    table = editor.rows["notable_cases"].editor
    problems: list[str] = []
    table.problem.connect(problems.append)
    column = [c.key for c in table.model.columns].index("status")

    def type_in_status(row: int, text: str) -> str:
        index = table.model.index(row, column)
        table.view.setCurrentIndex(index)
        table.view.setFocus()
        table.view.edit(index)
        combo = QApplication.focusWidget()
        while combo is not None and not isinstance(combo, QComboBox):
            combo = combo.parentWidget()
        assert isinstance(combo, QComboBox) and combo.isEditable()
        type_text(combo.lineEdit(), text)
        shown = combo.lineEdit().text()
        QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
        return shown

    assert type_in_status(2, "Đã nộp phạt") == "Đã nộp phạt"  # no item completes it
    assert table.model.rows[2]["status"] == "ongoing"  # refused and said; the cell keeps "Đang xử lý"
    assert any("“Đã nộp phạt” không khớp một mục nào của danh sách" in p and "Đã xử lý xong" in p for p in problems)
    assert type_in_status(1, "Đang") == "Đang xử lý"  # completed in view while typing: what is seen is taken
    assert table.model.rows[1]["status"] == "ongoing"
    type_in_status(2, "da chuyen")  # without case or diacritics, the one it starts: found
    assert table.model.rows[2]["status"] == "transferred"
    # It looks like a drop-down before it is opened: an arrow is painted in the cell.
    image = table.view.viewport().grab().toImage()
    rect = table.view.visualRect(table.model.index(0, column))
    arrow = [image.pixelColor(x, rect.center().y()).lightness() for x in range(rect.right() - 14, rect.right() - 2)]
    assert min(arrow) < 120  # dark pixels of the arrow at the cell's right end


def test_a_long_cell_shows_its_whole_text_and_the_first_heading_is_never_cut(
    open_window: Any, db_path: Path, qtbot: Any
) -> None:
    with ReportStore.open(db_path) as opened_store:
        report_id = create_demo_report(opened_store)
    editor = open_window().open_report(report_id)
    table = editor.rows["notable_cases"].editor
    long_text = table.model.rows[1]["violation"]
    tip = table.model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(long_text)
    campaigns = editor.rows["campaigns"].editor
    campaigns.model.set_rows([])
    campaigns.resize(400, campaigns.height())
    campaigns.add_row()  # the first cell gets the focus: its heading is drawn in bold
    qtbot.wait(50)
    bold = QFont(campaigns.view.horizontalHeader().font())
    bold.setBold(True)
    heading = campaigns.model.headerData(0, Qt.Orientation.Horizontal)
    assert campaigns.view.columnWidth(0) >= QFontMetrics(bold).horizontalAdvance(heading)


def test_f1_shows_what_to_write_with_an_example() -> None:
    from gui.core.template import active_template

    template = active_template()
    text = help_html(template.field_map()["direction_summary"], template, [])
    assert "Ví dụ (trích báo cáo mẫu):" in text and "Ủy ban nhân dân tỉnh đã chỉ đạo" in text
    assert "Ví dụ" not in help_html(template.field_map()["cp_received"], template, [])  # numbers need none


def test_the_export_dialog_keeps_the_fingerprint_behind_details_and_offers_webmail(
    qtbot: Any, store: ReportStore, tmp_path: Path, save_as: dict[str, Any], opened: list[str], monkeypatch: Any  # noqa: F811
) -> None:
    report_id = create_demo_report(store)
    store.save_profile(
        replace(store.profile(), ministry_email="bvqlntd@moit.gov.vn", contact_name="Lê Thị Mai", contact_phone="0238")
    )
    editor = open_editor(qtbot, store, report_id)
    revealed: list[Path] = []
    monkeypatch.setattr("gui.opener.reveal_in_folder", lambda path: revealed.append(path) or True)
    save_as["path"] = tmp_path / "BC.pdf"
    editor.export_action.trigger()
    dialog = editor.export_flow.result_dialog
    assert dialog is not None
    assert "SHA-256" not in dialog.details.text() and not dialog.fingerprint.isVisible()
    dialog.details_button.click()
    assert dialog.fingerprint.isVisible() and "SHA-256" in dialog.fingerprint.text()
    # Webmail: the folder opened with the file selected, the address, the subject and the text one click each.
    dialog.open_folder_button.click()
    assert revealed == [tmp_path / "BC.pdf"]
    webmail = dialog.webmail
    webmail.copy_to_button.click()
    assert QApplication.clipboard().text() == "bvqlntd@moit.gov.vn"
    webmail.copy_subject_button.click()
    assert QApplication.clipboard().text().startswith("Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP – Tỉnh Nghệ An")
    webmail.copy_body_button.click()
    body = QApplication.clipboard().text()
    assert "Sở Công Thương tỉnh Nghệ An trân trọng gửi" in body and body.rstrip().endswith("Điện thoại: 0238")
    assert "Lê Thị Mai" in body and store.document(report_id).header.signer.name not in body
    # The status is not "sent" for any of this.
    assert editor.life_label.text() == "Đã xuất PDF"


def test_without_the_ministrys_address_the_dialog_points_to_the_right_settings(
    qtbot: Any, store: ReportStore, tmp_path: Path, save_as: dict[str, Any], opened: list[str]  # noqa: F811
) -> None:
    report_id = create_demo_report(store)
    editor = open_editor(qtbot, store, report_id)
    save_as["path"] = tmp_path / "BC.pdf"
    editor.export_action.trigger()
    dialog = editor.export_flow.result_dialog
    assert "Cài đặt › Gửi báo cáo" in dialog.webmail.where.text()
    assert "Hồ sơ cơ quan" not in dialog.webmail.where.text() + dialog.email_button.toolTip()
    assert not dialog.webmail.copy_to_button.isEnabled()
    dialog.email_button.click()
    assert "Cài đặt › Gửi báo cáo" in dialog.note.text()


def test_the_folder_picker_says_folders_in_vietnamese(qtbot: Any) -> None:
    from gui.resources import resource_path
    from gui.views.i18n import source_translator

    translator = source_translator(resource_path("i18n", "qt_vi.ts"))
    assert translator.translate("QFileDialog", "Directories") == "Thư mục"
