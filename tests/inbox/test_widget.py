"""The inbox as the Ministry's official uses it: drop a folder, watch it import, read and export the consolidation."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import openpyxl
import pytest
from msgspec.structs import replace
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog, QPushButton

from gui.inbox.importer import Outcome
from gui.store.reports import ReportStore
from gui.views.inbox import InboxWidget
from tests.inbox.conftest import ministry_doc, province_docs, write_docs
from tests.views.conftest import warned


@pytest.fixture
def widget(qtbot, store: ReportStore) -> InboxWidget:
    view = InboxWidget(store)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    return view


def _import(qtbot, widget: InboxWidget, paths: list[Path]):
    with qtbot.waitSignal(widget.import_finished, timeout=60_000) as blocker:
        assert widget.start_import(paths)
    return blocker.args[0]


def test_a_dropped_folder_is_imported_and_consolidated(qtbot, widget: InboxWidget, tmp_path: Path) -> None:
    docs = province_docs("2025", seed=4)[:30]
    write_docs(tmp_path / "mail", docs, "pdf")
    (tmp_path / "mail" / "bca.json").write_text(ministry_doc("BCA", "2025").to_json())
    (tmp_path / "mail" / "scan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert widget.headline.text() == "Chưa có báo cáo nào được nhập."

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "mail"))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(widget.import_finished, timeout=60_000) as blocker:
        widget.dropEvent(event)
    run = blocker.args[0]

    assert run.counts() == {Outcome.IMPORTED: 31, Outcome.REJECTED: 1}
    results = widget.results_model
    assert results.rowCount() == 32
    rejected = next(r for r in range(32) if results.cell(r, results.FILE) == "scan.pdf")
    assert results.cell(rejected, results.OUTCOME) == "Từ chối" and results.cell(rejected, results.REASON)

    assert widget.period_combo.currentData() == "2025"
    assert "30/34 địa phương đã gửi báo cáo" in widget.headline.text()
    assert "; Tỷ lệ giải quyết thành công (cả nước): " in widget.headline.text()
    completeness = widget.completeness_model
    statuses = [completeness.cell(r, 3) for r in range(34)]
    assert statuses.count("Đã gửi") == 30 and statuses.count("Chưa gửi") == 4
    assert any("Bộ Công an" in completeness.cell(r, 2) for r in range(completeness.rowCount()))

    indicators = widget.indicators_model
    total_row = next(r for r in range(indicators.rowCount()) if indicators.unit_name(r) == "TỔNG CỘNG")
    column = indicators.keys.index("cp_received")
    expected = sum(d.values["cp_received"] for d in docs)
    assert indicators.cell(total_row, column) == f"{expected:,}".replace(",", ".")
    plan_column = indicators.keys.index("plan_issued")
    plans = sum(1 for d in docs if d.values["plan_issued"])
    assert indicators.cell(total_row, plan_column) == f"{plans}/30"

    narratives = widget.narratives_model
    assert widget.narrative_combo.currentData() == "direction_summary"
    assert narratives.cell(0, 1) == docs[0].values["direction_summary"]

    # One order in every tab (the list's), whatever order the files came in.
    sent = [completeness.cell(r, 2) for r in range(34) if completeness.cell(r, 3) == "Đã gửi"]
    assert [indicators.unit_name(r) for r in range(len(sent))] == sent
    assert [narratives.cell(r, 0) for r in range(len(sent))] == sent
    # Per unit: its own date, when it was received, how complete it is and what the checks find.
    headers = completeness.headers()
    first = next(r for r in range(34) if completeness.cell(r, 3) == "Đã gửi")
    received = completeness.cell(first, headers.index("Nhận lúc"))
    assert received and received != completeness.cell(first, headers.index("Ngày báo cáo"))
    assert completeness.cell(first, headers.index("Đầy đủ")).endswith("%")
    assert completeness.cell(first, headers.index("Cần xem"))  # "Không có" or "n lỗi, m cảnh báo"


def test_a_file_of_the_folder_that_is_not_a_report_has_its_line(qtbot, widget: InboxWidget, tmp_path: Path) -> None:
    write_docs(tmp_path / "mail", province_docs("2025", seed=4)[:2], "pdf")
    (tmp_path / "mail" / "to-trinh.docx").write_bytes(b"PK\x03\x04 a Word file")

    run = _import(qtbot, widget, [tmp_path / "mail"])

    assert run.counts() == {Outcome.IMPORTED: 2}
    results = widget.results_model
    assert results.rowCount() == 3
    row = next(r for r in range(3) if results.cell(r, results.FILE) == "to-trinh.docx")
    assert results.cell(row, results.OUTCOME) == "Bỏ qua"
    assert results.cell(row, results.REASON) == "không phải báo cáo PDF/JSON"
    assert "Bỏ qua: 1" in widget.hint.text() and "Đã nhập: 2" in widget.hint.text()


def test_a_double_click_on_a_province_opens_its_report(qtbot, widget: InboxWidget, tmp_path: Path) -> None:
    write_docs(tmp_path, province_docs("2024")[:3])
    run = _import(qtbot, widget, [tmp_path])
    widget.tabs.setCurrentWidget(widget.completeness_tab)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.completeness_view
    index = widget.completeness_model.index(0, 2)  # Hà Nội, first of the list and reported
    rect = view.visualRect(index)
    with qtbot.waitSignal(widget.open_report, timeout=2000) as blocker:
        # Qt's item views want the click before the double-click, as a real mouse sends them.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [run.results[0].report_id]
    # A province that has not reported opens nothing.
    with qtbot.assertNotEmitted(widget.open_report):
        missing = widget.completeness_model.index(5, 2)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(missing).center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(missing).center())


def test_the_import_can_be_cancelled_and_keeps_what_was_done(
    qtbot, widget: InboxWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_docs(tmp_path, province_docs("2024", seed=5))
    import time

    from gui.inbox import importer

    real = importer.import_file

    def slow(*args, **kwargs):  # a file every 50 ms, as a slow disk or network folder would give them
        time.sleep(0.05)
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "import_file", slow)
    with qtbot.waitSignal(widget.import_finished, timeout=60_000) as blocker:
        widget.start_import([tmp_path])
        qtbot.waitUntil(lambda: widget._progress is not None and widget._progress.value() >= 2, timeout=20_000)
        widget._progress.findChild(QPushButton).click()  # the dialog's "Hủy" button
    run = blocker.args[0]
    assert run.cancelled and 0 < len(run.results) < 63
    assert widget.results_model.rowCount() == len(run.results)
    assert "đã hủy" in widget.hint.text()
    assert widget.import_files_button.isEnabled()


def test_exports_to_excel_and_pdf_through_the_buttons(
    qtbot, widget: InboxWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = province_docs("2025", seed=6)[:5]
    write_docs(tmp_path / "in", docs)
    _import(qtbot, widget, [tmp_path / "in"])
    target = tmp_path / "out" / "tong-hop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr("gui.opener.missing_opener", lambda path: None)

    qtbot.mouseClick(widget.export_xlsx_button, Qt.MouseButton.LeftButton)
    done = widget.done_dialog  # the same next steps as after a report's export
    assert done.isVisible() and done.windowTitle() == "Đã xuất Excel" and "tong-hop.xlsx" in done.summary.text()
    done.open_file_button.click()
    done.open_folder_button.click()
    assert opened == [str(target.with_suffix(".xlsx")), str(target.parent)]
    done.email_button.click()
    mail = email.message_from_bytes(target.with_suffix(".eml").read_bytes(), policy=email.policy.default)
    assert [a.get_filename() for a in mail.iter_attachments()] == ["tong-hop.xlsx"]
    done.close()
    qtbot.mouseClick(widget.export_pdf_button, Qt.MouseButton.LeftButton)
    assert widget.done_dialog.windowTitle() == "Đã xuất PDF tổng hợp"

    sheet = openpyxl.load_workbook(target.with_suffix(".xlsx"))["Chỉ tiêu"]
    total = next(row for row in sheet.iter_rows(values_only=True) if row[2] == "TỔNG CỘNG")
    keys = [c.value for c in sheet[2]]
    assert total[keys.index("cp_received")] == sum(d.values["cp_received"] for d in docs)
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF-")


def test_the_widget_shows_a_screenshot_worth_looking_at(qtbot, widget: InboxWidget, tmp_path: Path) -> None:
    write_docs(tmp_path / "in", province_docs("2025", seed=8)[:26], "json")
    _import(qtbot, widget, [tmp_path / "in"])
    widget.tabs.setCurrentWidget(widget.completeness_tab)
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab()
    assert not image.isNull() and image.width() >= 1000
    out = Path(tmp_path / "inbox.png")
    assert image.save(str(out))
    assert QPoint(0, 0) == QPoint()  # grabbing did not raise; the PNG is for a person to look at


def test_an_export_over_a_read_only_file_or_into_a_device(
    qtbot, widget: InboxWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import stat

    from tests.test_fileio import make_null_device

    write_docs(tmp_path / "in", province_docs("2025", seed=6)[:3])
    _import(qtbot, widget, [tmp_path / "in"])
    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")  # warnings go to the log instead of a box waiting for a click
    locked = tmp_path / "tong-hop.xlsx"
    locked.write_bytes(b"last year's")
    locked.chmod(0o444)

    assert widget.export_xlsx(locked) is None
    assert warned(caplog) == [
        f"Không ghi đè được {locked}: tệp này chỉ cho phép đọc, ứng dụng không thay nó. "
        "Hãy chọn tên tệp khác, hoặc bỏ thuộc tính chỉ đọc của tệp rồi thử lại."
    ]
    assert locked.read_bytes() == b"last year's"

    folder = tmp_path / "dev"
    folder.mkdir()
    null = make_null_device(folder / "null")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(null), ""))
    qtbot.mouseClick(widget.export_pdf_button, Qt.MouseButton.LeftButton)  # no ".pdf" added to a device's name
    assert stat.S_ISCHR(null.lstat().st_mode) and [p.name for p in folder.iterdir()] == ["null"]
    assert widget.hint.text() == f"Đã ghi {null}" and len(warned(caplog)) == 1


def test_a_draft_goes_in_only_when_the_box_is_ticked(qtbot, widget: InboxWidget, tmp_path: Path) -> None:
    """Issue 13: drafts are refused by default; ticking 'Nhận cả bản dự thảo' takes them, marked as drafts."""
    from gui.core.template import active_template
    from gui.pdf.render import render_report

    draft = tmp_path / "draft.pdf"
    draft.write_bytes(render_report(province_docs("2025")[2], active_template(), draft=True))
    assert not widget.accept_drafts_box.isChecked()
    (refused,) = _import(qtbot, widget, [draft]).results
    assert refused.outcome is Outcome.REJECTED and "bản dự thảo" in refused.reason
    widget.show()
    qtbot.waitExposed(widget)
    box = widget.accept_drafts_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    (taken,) = _import(qtbot, widget, [draft]).results
    assert widget.accept_drafts_box.isChecked()
    assert taken.outcome is Outcome.IMPORTED and "BẢN DỰ THẢO" in taken.reason, taken.reason
    assert widget.consolidation is not None and widget.consolidation.reported[0].name.endswith("(DỰ THẢO)")


def test_the_ministry_page_has_a_heading_and_a_way_back(qtbot, tmp_path: Path, db_path: Path) -> None:
    from PySide6.QtTest import QTest

    from gui.views.main_window import MainWindow
    from tests.views.conftest import activate

    store = ReportStore.open(db_path)
    window = MainWindow(store, owns_store=True)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    inbox = window.show_inbox()
    assert inbox.title.text() == "Tổng hợp báo cáo của các địa phương, bộ, ngành" and inbox.title.isVisible()
    assert window.back_action.isEnabled()
    QTest.keyClick(inbox.period_combo, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.list_page
    window.show_inbox()
    inbox.back_button.click()
    assert window.pages.currentWidget() is window.list_page
    window.close()


def test_a_conflict_is_shown_and_a_person_decides_it(qtbot, widget: InboxWidget, tmp_path: Path) -> None:
    """Issue 13: a received report clashing with one already there waits in 'Xung đột' until someone decides."""
    doc = province_docs("2025")[4]
    other = replace(province_docs("2025", seed=6)[4], updated_at=doc.updated_at)
    (tmp_path / "a.json").write_text(doc.to_json())
    (tmp_path / "b.json").write_text(other.to_json())
    run = _import(qtbot, widget, [tmp_path / "a.json", tmp_path / "b.json"])
    assert [r.outcome for r in run.results] == [Outcome.IMPORTED, Outcome.CONFLICT]
    panel = widget.conflicts
    assert panel.table.rowCount() == 1 and "không biết bản nào đúng" in panel.table.item(0, 3).text()
    assert not panel.take_button.isEnabled()  # nothing chosen yet
    widget.show()
    qtbot.waitExposed(widget)
    widget.tabs.setCurrentWidget(panel)
    rect = panel.table.visualItemRect(panel.table.item(0, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 0 and panel.empty.isVisible()
    assert widget.consolidation is not None
    (row,) = [r for r in widget.consolidation.reported if r.unit.code == doc.unit.code]
    assert row.values["direction_summary"] == other.values["direction_summary"]
