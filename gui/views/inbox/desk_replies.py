"""The Ministry's desk and the round trip: receipts (the selected unit's, or every unit received since the last
receipts, each PDF with its .eml), the request for correction as the official letter (PDF, and the e-mail that
attaches it), and how a corrected version answers the request (each commented field before/after)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gui.inbox.correction_letter import letter_name
from gui.operations.desk import UnitReview, answers_of, write_correction_letter, write_receipts
from gui.views.inbox.page_operation import run_on_page
from gui.views.inbox.save_dialogs import ask_folder, ask_save_path
from gui.views.messages import inform

if TYPE_CHECKING:
    from gui.views.inbox.follow_up_pane import DeskPanel


class DeskReplies(QObject):
    """The desk's round-trip actions; `panel` is the DeskPanel they act for."""

    def __init__(self, panel: DeskPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.last_written: list[Path] = []  # what the last action wrote (the window's tests read it)
        self.last_message = ""

    def _review(self) -> UnitReview | None:
        row = self.panel.selected_row()
        return self.panel.reviews.get((row.unit.kind, row.unit.code)) if row is not None else None

    def _inform(self, title: str, text: str) -> None:
        """What was done, said once; on stderr when the app is quiet (tests, scripted runs)."""
        self.last_message = text
        inform(self.panel, title, text)

    # --- receipts -------------------------------------------------------------------------------

    def save_receipts(self, folder: Path | None = None, *, selected: bool) -> list[Path]:
        """Receipts into a folder: the selected unit's, or every unit's received since the last receipts."""
        c = self.panel.consolidation
        self.last_written = []
        if c is None:
            return []
        row = self.panel.selected_row()
        if selected and (row is None or not row.reported):
            return []
        title = self.tr("Giấy xác nhận đã nhận báo cáo")
        if folder is None:
            folder = ask_folder(self.panel, self.tr("Thư mục lưu giấy xác nhận"))
            if folder is None:
                return []
        written = run_on_page(
            self.panel,
            title,
            lambda: write_receipts(
                store=self.panel.store,
                consolidation=c,
                output=folder,
                unit_code=row.unit.code if selected and row is not None else None,
                new_only=not selected,
                emails=True,
            ),
        )
        if written is None:
            return []
        if not written:
            self._inform(
                title, self.tr("Không có đơn vị nào gửi báo cáo (hoặc bản mới) từ lần lập giấy xác nhận trước.")
            )
            return []
        self.last_written = [p for receipt in written for p in (receipt.path, receipt.email) if p is not None]
        self._inform(
            title,
            self.tr("Đã lập {count} giấy xác nhận (PDF và thư .eml) trong {folder}.").format(
                count=len(written), folder=folder
            ),
        )
        return self.last_written

    # --- the request for correction as a letter -------------------------------------------------

    def save_letter(self, path: Path | None = None) -> Path | None:
        """The selected unit's request for correction as the official letter: .pdf, or an .eml attaching it."""
        c, review = self.panel.consolidation, self._review()
        if c is None or review is None or review.commented is None:
            return None
        title = self.tr("Công văn đề nghị chỉnh sửa")
        if path is None:
            unit = review.row.unit
            path = ask_save_path(
                self.panel,
                title,
                letter_name(unit.name, unit.code, c.period.id),
                self.tr("Công văn PDF (*.pdf);;Thư kèm công văn (*.eml)"),
                "pdf",  # a bare name: what the dialog's first filter promised
            )
            if path is None:
                return None
        letter = run_on_page(  # a .pdf or an .eml; any other name refused, as on the command line ('inbox review -o')
            self.panel,
            title,
            lambda: write_correction_letter(
                store=self.panel.store, consolidation=c, unit_code=review.row.unit.code, output=path
            ),
        )
        if letter is None:
            return None
        self.last_written = [path]
        self._inform(
            title,
            self.tr("Đã lưu {path}. Ký số bằng chữ ký của cơ quan trước khi gửi; tệp gửi đơn vị: {name}.").format(
                path=path, name=letter.file_name
            ),
        )
        return path

    # --- answers --------------------------------------------------------------------------------

    def answers_html(self, review: UnitReview | None) -> str:
        """How the counted version answers the latest request: linked or not, each field before → after."""
        c = self.panel.consolidation
        if c is None or review is None or review.commented is None:
            return ""
        answers = answers_of(store=self.panel.store, consolidation=c, review=review)
        if answers is None or not answers.answers:
            return ""
        parts = [f"<p><b>{escape(self.tr('Trả lời công văn'))}</b>: {escape(answers.text)}</p><ul>"]
        for answer in answers.answers:
            mark = "✔" if answer.answered else "✘"
            parts.append(f"<li>{mark} {escape(answer.text)}</li>")
        parts.append("</ul>")
        return "".join(parts)
