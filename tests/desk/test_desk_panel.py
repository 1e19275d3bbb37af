"""The Ministry's desk in the inbox page: deadline, timeliness, review, flags beside the report, the chart, the
reminder, the address book and the draft report, driven through the real widgets."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from gui.store.reports import ReportStore
from gui.views.inbox import InboxWidget
from gui.views.inbox.follow_up_pane import FLAGS, REVIEW, TIMELINESS, AddressBookDialog, CorrectionDialog
from tests.conftest import run_cli


@pytest.fixture
def widget(qtbot, desk_store: ReportStore) -> InboxWidget:
    view = InboxWidget(desk_store)
    qtbot.addWidget(view)
    view.resize(1300, 860)
    view.tabs.setCurrentWidget(view.desk)
    return view


def cell(widget: InboxWidget, code: str, column: int) -> str:
    desk = widget.desk
    row = next(i for i, r in enumerate(desk.rows) if r.unit.code == code)
    return desk.table.item(row, column).text()


def test_timeliness_flags_and_the_chart_beside_each_report(qtbot, widget: InboxWidget, tmp_path: Path) -> None:
    desk = widget.desk
    assert widget.period_combo.currentData() == "2025"
    assert desk.table.rowCount() == 34 + 5
    assert cell(widget, "40", TIMELINESS) == "Muộn 12 ngày" and cell(widget, "11", TIMELINESS) == "Chưa nhận"
    assert cell(widget, "22", FLAGS) == "1 cảnh báo" and cell(widget, "01", FLAGS) == ""
    assert cell(widget, "01", REVIEW) == "Đã nhận"
    assert (
        "hạn gửi 20/12/2025" in desk.schedule_label.text() and "Gửi muộn: 3; chưa gửi: 3" in desk.schedule_label.text()
    )
    desk.select_unit("22")
    assert "Số tin, bài trên báo chí" in desk.details.toPlainText() and "Vượt mức hợp lý" in desk.details.toPlainText()
    assert "Khác thường so với các đơn vị khác: so sánh giữa 31 địa phương" in desk.details.toPlainText()
    assert desk.chart.pixmap() is not None and not desk.chart.pixmap().isNull()
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab().save(str(tmp_path / "desk.png"))


def test_the_deadline_moved_from_the_page(widget: InboxWidget) -> None:
    desk = widget.desk
    desk.deadline_edit.setDate(QDate(2025, 12, 28))
    desk.deadline_button.click()
    assert "(Bộ đã điều chỉnh; mặc định 20/12/2025)" in desk.schedule_label.text()
    assert cell(widget, "40", TIMELINESS) == "Muộn 4 ngày" and cell(widget, "04", TIMELINESS) == "Đúng hạn"
    desk.default_button.click()
    assert cell(widget, "40", TIMELINESS) == "Muộn 12 ngày"


def test_a_deadline_before_the_data_closes_is_refused(widget: InboxWidget, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: said.append(text))
    desk = widget.desk
    desk.deadline_edit.setDate(QDate(2025, 6, 30))
    desk.deadline_button.click()
    # The operation's refusal, the words 'inbox deadline --set 30/06/2025' prints (tests/desk/test_deadlines.py).
    assert said == [
        "hạn 30/06/2025 sớm hơn ngày chốt số liệu của kỳ 2025 (số liệu từ 15/12/2024 đến 14/12/2025): "
        "hạn gửi phải từ ngày 14/12/2025 trở đi."
    ]
    assert "hạn gửi 20/12/2025" in desk.schedule_label.text() and "điều chỉnh" not in desk.schedule_label.text()


def test_a_letter_named_neither_pdf_nor_eml_is_refused_alike_in_the_window_and_on_the_command_line(
    widget: InboxWidget, desk_store: ReportStore, desk_db: Path, tmp_path: Path, monkeypatch
) -> None:
    """The command line took any name but .pdf for an e-mail, the window any name but .eml for a PDF: one rule now,
    a .pdf or an .eml, anything else refused with the same words and nothing written."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: said.append(text))
    desk = widget.desk
    desk.select_unit("22")
    dialog = CorrectionDialog(desk.consolidation, desk.selected_row(), desk)  # type: ignore[arg-type]
    dialog.general_edit.setPlainText("Đề nghị rà soát số liệu truyền thông.")
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    assert desk.ask_correction(dialog)
    odd = tmp_path / "cong-van.docx"
    assert desk.round_trip.save_letter(odd) is None and not odd.exists()
    refusal = "Tệp ghi ra phải có đuôi .pdf (công văn) hoặc .eml (thư kèm công văn), không phải '.docx'."
    assert said == [refusal]
    cli = run_cli("inbox", "review", "--db", desk_db, "--period", "2025", "--unit", "22", "-o", odd)
    assert cli.returncode == 2 and refusal in cli.stderr and not odd.exists()
    pdf = tmp_path / "cv.pdf"
    done = run_cli("inbox", "review", "--db", desk_db, "--period", "2025", "--unit", "22", "-o", pdf)
    assert done.returncode == 0 and pdf.read_bytes().startswith(b"%PDF"), done.stderr


def test_a_request_for_correction_and_its_email(widget: InboxWidget, tmp_path: Path, monkeypatch) -> None:
    desk = widget.desk
    desk.select_unit("22")
    dialog = CorrectionDialog(desk.consolidation, desk.selected_row(), desk)  # type: ignore[arg-type]
    dialog.general_edit.setPlainText("Đề nghị rà soát số liệu truyền thông.")
    # each field named with its section; typed into a box of several lines; a wrong one removed
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData("cp_received"))
    dialog.field_edit.setPlainText("nhầm")
    dialog.add_comment()
    dialog.list.setCurrentRow(0)
    dialog.remove_button.click()
    assert dialog.comments() == () and dialog.list.count() == 0
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData("cm_articles"))
    assert dialog.field_combo.currentText() == (
        "II.3. Thông tin, tuyên truyền, nâng cao nhận thức — Số tin, bài trên báo chí"
    )
    dialog.field_edit.setPlainText("400.000 tin, bài là bất thường.\nĐề nghị kiểm tra lại.")
    dialog.add_comment()
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    assert desk.ask_correction(dialog)
    assert cell(widget, "22", REVIEW) == "Cần chỉnh sửa"
    assert "400.000 tin, bài là bất thường." in desk.details.toPlainText()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    out = desk.save_correction_mail(tmp_path / "sua.eml")
    assert out is not None
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    assert body.startswith("Kính gửi: Sở Công Thương tỉnh Quảng Ninh\n")
    assert "2. Số tin, bài trên báo chí (đã báo cáo: 400.000): 400.000 tin, bài là bất thường." in body
    # the subject keeps every space however the header is folded
    assert message["Subject"] == (
        "Đề nghị chỉnh sửa Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP – Tỉnh Quảng Ninh – năm 2025"
    )
    assert said and "Đã lưu thư đề nghị chỉnh sửa gửi Sở Công Thương tỉnh Quảng Ninh" in said[0] and str(out) in said[0]
    from gui.operations.desk import correction_file_name

    assert correction_file_name(desk.selected_row().unit, "2025") == "De-nghi-sua-Quang-Ninh-2025.eml"
    # The official letter (Công văn) rides along: the unit's app opens it and puts the comment beside its field.
    (letter,) = list(message.iter_attachments())
    assert letter.get_filename().startswith("CV-de-nghi-chinh-sua-") and letter.get_content().startswith(b"%PDF-")
    desk.accept_button.click()
    assert cell(widget, "22", REVIEW) == "Đã chấp nhận"


def test_an_empty_request_for_correction_is_refused(widget: InboxWidget, monkeypatch) -> None:
    desk = widget.desk
    desk.select_unit("01")
    dialog = CorrectionDialog(desk.consolidation, desk.selected_row(), desk)  # type: ignore[arg-type]
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not desk.ask_correction(dialog)
    assert shown and "ít nhất một ý kiến" in shown[0] and cell(widget, "01", REVIEW) == "Đã nhận"


def test_address_book_reminder_and_draft_from_the_page(
    widget: InboxWidget, desk_store: ReportStore, tmp_path: Path, monkeypatch
) -> None:
    desk = widget.desk
    dialog = AddressBookDialog(desk_store, desk)
    dialog.set_emails("11", "dienbien@@gov")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog.save()
    assert "Tỉnh Điện Biên: Địa chỉ email 'dienbien@@gov' không hợp lệ" in warnings[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.set_emails("11", "dienbien@gov.vn")
    dialog.set_emails("96", "camau@gov.vn")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(QMessageBox, "information", lambda *args: warnings.append(args[2]))
    reminder = desk.save_reminder(tmp_path / "nhac.eml")
    assert reminder is not None
    message = email.message_from_bytes(reminder.read_bytes(), policy=policy.default)
    assert set(message["Bcc"].split(", ")) == {"dienbien@gov.vn", "camau@gov.vn"}
    assert "Chưa có email trong sổ địa chỉ (1): Tỉnh Lai Châu." in warnings[-1]
    # The draft: the .docx to edit and its PDF beside it, then the result dialog offering both
    draft = desk.save_draft(tmp_path / "du-thao.docx")
    assert draft is not None and draft.files == (tmp_path / "du-thao.docx", tmp_path / "du-thao.pdf")
    assert "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in [p.text for p in Document(str(draft.files[0])).paragraphs]
    assert (tmp_path / "du-thao.pdf").read_bytes().startswith(b"%PDF")
    done = desk.done_dialog
    assert done is not None and done.isVisible()
    assert "du-thao.docx, du-thao.pdf" in done.summary.text() and "31/34 địa phương" in done.summary.text()
    assert done.open_file_button.text() == "Mở bản &Word" and done.open_pdf_button is not None
    eml = done.send_email()
    assert eml is not None
    names = [
        p.get_filename() for p in email.message_from_bytes(eml.read_bytes(), policy=policy.default).iter_attachments()
    ]
    assert names == ["du-thao.docx", "du-thao.pdf"]
    done.close()
    # A name the draft cannot take is refused with the command line's words, never renamed
    assert desk.save_draft(tmp_path / "du-thao.odt") is None
    assert "phải có đuôi .docx hoặc .pdf, không phải '.odt'" in warnings[-1]
    assert not (tmp_path / "du-thao.odt").exists() and not (tmp_path / "du-thao.docx.docx").exists()


def test_the_chart_fits_a_small_window_and_leaves_room_for_the_units(qtbot, widget: InboxWidget) -> None:
    """In 1300×860 the chart shows at (nearly) its own size; in 1024×700 it is scaled down whole (its title was cut and
    the units' table held to three rows) and the table still shows several units."""
    desk = widget.desk
    # The first chart is the draft's Hình 1 (on time / late / not sent); the next ones the rates by unit.
    assert desk.chart_combo.itemText(0) == "Biểu đồ: tình hình gửi báo cáo của các địa phương"
    assert desk.chart.pixmap() is not None and not desk.chart.pixmap().isNull()
    desk.chart_combo.setCurrentIndex(1)
    assert "theo địa phương" in desk.chart_combo.currentText()
    widget.show()
    qtbot.waitExposed(widget)
    full = desk.chart._full.size()
    qtbot.waitUntil(lambda: desk.chart.pixmap().height() >= 0.9 * full.height())
    widget.resize(1024, 700)
    room = desk.chart.contentsRect().size()
    qtbot.waitUntil(lambda: desk.chart.pixmap().height() <= desk.chart.contentsRect().height())
    shown = desk.chart.pixmap().size()
    assert shown.width() <= room.width() and shown.height() < full.height()
    assert desk.table.viewport().height() >= 5 * desk.table.verticalHeader().defaultSectionSize()


def test_save_dialogs_reopen_at_the_last_folder_and_a_wrong_suffix_is_refused(
    widget: InboxWidget, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    starts: list[str] = []
    chosen = tmp_path / "bo" / "nhac"
    chosen.parent.mkdir()

    def save_name(_parent, _title, start, _filters, *a, **k):  # type: ignore[no-untyped-def]
        starts.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    desk = widget.desk
    assert desk.save_reminder() == chosen.with_name("nhac.eml")  # a bare name gets the filter's suffix
    desk.save_draft()
    assert starts[1] == str(chosen.parent / "du-thao-bao-cao-chinh-phu-2025.docx")  # where the last one was saved
    assert (chosen.parent / "nhac.docx").is_file() and (chosen.parent / "nhac.pdf").is_file()
    widget.desk.done_dialog.close()
    # the summary's buttons: a name with the other format's suffix is refused, not renamed
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    assert widget.export_xlsx(tmp_path / "tong-hop.pdf") is None
    assert "có đuôi .pdf nhưng định dạng là xlsx" in warned[-1] and not (tmp_path / "tong-hop.pdf").exists()
