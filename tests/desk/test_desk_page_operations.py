"""Issue 21: the desk's actions run through the window's one path (gui/views/run_operation.py): a refusal said with
the operation's words under the action's title, nothing changed; our own fault logged and said politely, nothing
written and nothing recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from gui.core.errors import UserError
from gui.operations.desk import make_draft, write_correction_letter
from gui.store.reports import ReportStore
from gui.views.inbox import InboxWidget
from gui.views.inbox.follow_up_pane import REVIEW, CorrectionDialog
from tests.desk.test_desk_panel import cell
from tests.inbox.test_page_operations import assert_polite, broken, said


@pytest.fixture
def widget(qtbot: Any, desk_store: ReportStore, monkeypatch: pytest.MonkeyPatch) -> InboxWidget:
    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")  # warnings go to the log instead of a box waiting for a click
    view = InboxWidget(desk_store)
    qtbot.addWidget(view)
    view.tabs.setCurrentWidget(view.desk)
    return view


def commented(widget: InboxWidget, code: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """The unit selected and a request for correction recorded for it through the page's dialog."""
    desk = widget.desk
    desk.select_unit(code)
    dialog = CorrectionDialog(desk.consolidation, desk.selected_row(), desk)  # type: ignore[arg-type]
    dialog.general_edit.setPlainText("Đề nghị rà soát số liệu truyền thông.")
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    return desk.ask_correction(dialog)


def test_the_draft_refused_then_failing_writes_nothing(
    widget: InboxWidget,
    desk_store: ReportStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from gui.views.inbox import follow_up_pane as page

    desk = widget.desk
    out = tmp_path / "ra"  # the database lies in tmp_path
    out.mkdir()
    odd = out / "du-thao.odt"
    with pytest.raises(UserError) as refused:  # the command line's words
        make_draft(store=desk_store, period_id="2025", output=odd, with_pdf=True)
    assert desk.save_draft(odd) is None
    assert said(caplog) == [("Dự thảo báo cáo Chính phủ", str(refused.value))]
    assert desk.done_dialog is None

    monkeypatch.setattr(page, "make_draft", broken("python-docx hỏng giả định"))
    assert desk.save_draft(out / "du-thao.docx") is None  # no exception escapes to the event loop
    title, text = said(caplog)[-1]
    assert title == "Dự thảo báo cáo Chính phủ" and len(said(caplog)) == 2
    assert_polite(text, "python-docx hỏng giả định", "Dự thảo báo cáo Chính phủ")
    assert desk.done_dialog is None and list(out.iterdir()) == []


def test_the_letter_refused_then_failing_writes_nothing(
    widget: InboxWidget,
    desk_store: ReportStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from gui.views.inbox import desk_replies

    desk = widget.desk
    assert commented(widget, "22", monkeypatch)
    out = tmp_path / "ra"  # the database lies in tmp_path
    out.mkdir()
    odd = out / "cong-van.docx"
    with pytest.raises(UserError) as refused:
        write_correction_letter(store=desk_store, consolidation=desk.consolidation, unit_code="22", output=odd)
    assert desk.round_trip.save_letter(odd) is None
    assert said(caplog) == [("Công văn đề nghị chỉnh sửa", str(refused.value))]

    monkeypatch.setattr(desk_replies, "write_correction_letter", broken("reportlab hỏng giả định"))
    assert desk.round_trip.save_letter(out / "cong-van.pdf") is None
    title, text = said(caplog)[-1]
    assert title == "Công văn đề nghị chỉnh sửa" and len(said(caplog)) == 2
    assert_polite(text, "reportlab hỏng giả định", "Công văn đề nghị chỉnh sửa")
    assert desk.round_trip.last_written == [] and desk.round_trip.last_message == ""
    assert list(out.iterdir()) == [] and cell(widget, "22", REVIEW) == "Cần chỉnh sửa"


def test_a_review_that_fails_records_nothing_and_the_table_stays(
    widget: InboxWidget, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from gui.views.inbox import follow_up_pane as page

    monkeypatch.setattr(page, "record_review", broken("sổ xem xét hỏng giả định"))
    assert not commented(widget, "01", monkeypatch)
    [(title, text)] = said(caplog)
    assert title == "Cần chỉnh sửa"
    assert_polite(text, "sổ xem xét hỏng giả định", "Cần chỉnh sửa")
    assert cell(widget, "01", REVIEW) == "Đã nhận"
    widget.desk.accept_button.click()
    title, text = said(caplog)[-1]
    assert title == "Chấp nhận" and "lỗi không mong muốn" in text and cell(widget, "01", REVIEW) == "Đã nhận"
