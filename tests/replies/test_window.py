"""The round trip in the window, both sides: the Ministry's desk makes the receipt (signed) → the province drops it
on its window, the list says "Bộ đã nhận lúc … — của Bộ Công Thương, tin cậy"; the Ministry asks for corrections
on two fields and saves the letter → the province opens it (Tệp › Mở văn bản của Bộ…), the editor shows each
comment beside its field and in the Kiểm tra panel (Enter jumps to the field) → the province corrects, exports,
signs → the Ministry imports it and its desk shows both fields before/after and the request answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog

from gui.inbox.importer import import_paths
from gui.operations.export import export_report
from gui.signing.inbox import SignaturePolicy
from gui.signing.verify import load_trust
from gui.store.reports import ReportStore
from gui.views.inbox import InboxWidget
from gui.views.inbox.follow_up_pane import CorrectionDialog
from gui.views.main_window import MainWindow
from gui.views.report_list import ReportListModel
from gui.views.settings_dialog import SettingsDialog
from tests.replies.conftest import Keys, Round, sign_letter, sign_report
from tests.replies.test_correction import ARTICLES, STAFF
from tests.views.conftest import activate


def drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def status_of(window: MainWindow) -> str:
    model = window.list_page.model
    return model.data(model.index(0, ReportListModel.STATUS))


@pytest.fixture
def sides(qtbot, fresh_round: Round, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")
    so, bo = ReportStore.open(fresh_round.so), ReportStore.open(fresh_round.bo)
    window = MainWindow(so, owns_store=False)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    inbox = InboxWidget(bo)
    qtbot.addWidget(inbox)
    inbox.resize(1300, 860)
    inbox.tabs.setCurrentWidget(inbox.desk)
    yield window, inbox, so, bo
    window.close_editor()
    so.close()
    bo.close()


def test_round_trip_in_the_window(qtbot, sides, fresh_round: Round, keys: Keys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, inbox, so, bo = sides
    desk = inbox.desk
    shots = Path(__import__("os").environ.get("BVNTD_ROUND_TRIP_SHOTS", tmp_path))

    # The Ministry: a receipt for Nghệ An, from its row of the desk.
    desk.select_unit("40")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    desk.receipt_button.click()
    receipt = next(p for p in desk.round_trip.last_written if p.suffix == ".pdf")
    assert receipt.with_suffix(".eml").exists()
    signed_receipt = sign_letter(receipt, tmp_path / "xn-ky.pdf", keys.ministry)

    # The province loads the Ministry's certificate once (Settings › Gửi báo cáo) and drops the receipt.
    settings = SettingsDialog(so.profile(), language="vi", backups_kept=10, store=so, parent=window)
    assert "Chưa nạp" in settings.ministry_certificate.shown.text()
    assert settings.ministry_certificate.load(keys.ministry.pem)
    assert "Bộ Công Thương" in settings.ministry_certificate.shown.text()
    settings.reject()
    drop(window, signed_receipt)
    assert status_of(window).startswith("Bộ đã nhận lúc") and status_of(window).endswith("của Bộ Công Thương, tin cậy")
    window.show()
    qtbot.waitExposed(window)
    window.grab().save(str(shots / "round-trip-list.png"))

    # The Ministry asks for corrections on two fields and saves the letter (PDF).
    dialog = CorrectionDialog(desk.consolidation, desk.selected_row(), desk)
    for key, text in (("staff_fulltime", STAFF), ("cm_articles", ARTICLES)):
        dialog.field_combo.setCurrentIndex(dialog.field_combo.findData(key))
        dialog.field_edit.setPlainText(text)
        dialog.add_comment()
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    assert desk.ask_correction(dialog)
    letter_path = tmp_path / "cv.pdf"
    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _t, start, _f: offered.append(start) or (str(letter_path), "")
    )
    desk.letter_button.click()
    assert letter_path.exists()
    # Offered in the folder the receipts went to, named after the unit and the period.
    assert Path(offered[0]).parent == tmp_path and Path(offered[0]).name.endswith("Nghe-An-2025.pdf")
    signed_letter = sign_letter(letter_path, tmp_path / "cv-ky.pdf", keys.ministry)

    # The province opens the letter from the menu, then the report.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(signed_letter)], ""))
    window.ministry_files_action.trigger()
    assert status_of(window) == "Bộ đề nghị chỉnh sửa (2 ý kiến) — của Bộ Công Thương, tin cậy"
    editor = window.open_report(1)
    assert editor is not None and window.ministry_comments is not None
    notes = window.ministry_comments.notes
    assert set(notes) == {"staff_fulltime", "cm_articles"}
    assert notes["staff_fulltime"].text() == f"Ý kiến của Bộ: {STAFF} (Bộ đã nhận: 3)"
    assert notes["staff_fulltime"].parent() is editor.rows["staff_fulltime"]
    assert set(editor.state.comments) == set(notes)  # the editor's display state holds what the notes show
    assert "Bộ đề nghị chỉnh sửa (2 ý kiến)" in window.ministry_comments.banner.text()
    activate(qtbot, window)
    editor.show_check_panel(True)
    listed = window.ministry_comments.list
    assert listed.count() == 2 and "II.3" in listed.item(1).text()
    listed.setFocus()
    listed.setCurrentRow(1)
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    assert editor.rows["cm_articles"].editor.focus_widget().hasFocus()
    editor.scroll_area.ensureWidgetVisible(editor.rows["staff_fulltime"], 0, 40)
    qtbot.wait(50)
    window.grab().save(str(shots / "round-trip-editor.png"))

    # The province corrects both fields (typed), exports and signs; the Ministry imports it.
    for key, typed in (("staff_fulltime", "5"), ("cm_articles", "150")):
        widget = editor.rows[key].editor.focus_widget()
        widget.setFocus()
        widget.selectAll()
        qtbot.keyClicks(widget, typed)
    assert editor.save_now()
    assert so.values(1)["staff_fulltime"] == 5 and so.values(1)["cm_articles"] == 150
    corrected = export_report(so, 1, tmp_path / "bc-sua.pdf", draft=False).path
    corrected = sign_report(corrected, tmp_path / "bc-sua-ky.pdf", keys.pki)
    run = import_paths(bo, [corrected], signatures=SignaturePolicy(load_trust([keys.pki.root.pem])))
    assert run.results[0].handled, run.results[0].line()
    inbox.refresh_periods("2025")
    inbox.tabs.setCurrentWidget(desk)
    desk.select_unit("40")
    details = desk.details.toPlainText()
    assert "Đã nhận bản sửa theo công văn ngày" in details and "2/2 ý kiến đã sửa" in details
    assert "Số cán bộ làm công tác BVQLNTD chuyên trách: 3 → 5 (đã sửa)" in details
    assert "Số tin, bài trên báo chí: 146 → 150 (đã sửa)" in details
    inbox.show()
    qtbot.waitExposed(inbox)
    desk.details.verticalScrollBar().setValue(desk.details.verticalScrollBar().maximum())
    inbox.grab().save(str(shots / "round-trip-desk.png"))
