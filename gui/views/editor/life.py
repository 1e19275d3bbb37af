"""The report's life in the editor (gui.core.report_status, as the list and `bvntd report list` say it): the status
beside the title, the banner at the first edit after an export or a signing, and "Ghi nhận đã gửi cho Bộ…"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from gui.core.errors import UserError
from gui.core.report_status import ReportStatus, Stage
from gui.operations.sending import confirm_sent
from gui.store.errors import StoreError
from gui.views.editor.field_row import FORM_STYLE
from gui.views.sending import SentDialog

if TYPE_CHECKING:
    from gui.store.reports import ReportStore


class ReportLife(QObject):
    """`label` goes beside the title, `banner` above the form. `status(text)` for the status bar; `changed()` when
    a sending was recorded (the list's status is stale)."""

    status = Signal(str)
    changed = Signal()

    def __init__(self, store: ReportStore, report_id: int, *, own: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.report_id = report_id
        self.own = own  # a report received from a unit: its life is the unit's, not ours
        self.widget = parent
        self.label = QLabel(parent)
        self.label.setObjectName("lifeStatus")
        self.label.setStyleSheet(FORM_STYLE)
        self.label.setToolTip(self.tr("Trạng thái của báo cáo: xuất PDF, ký số, gửi Bộ"))
        self.banner = QLabel(parent)
        self.banner.setObjectName("lifeBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(FORM_STYLE)
        self.banner.hide()
        self.current: ReportStatus | None = None
        self.sent_dialog: SentDialog | None = None

    def exported_unchanged(self) -> bool:
        """Exported or signed, and not edited since: the next saved edit changes the status."""
        return self.current is not None and self.current.stage != Stage.DRAFT and not self.current.stale

    def refresh(self) -> ReportStatus:
        """Show the report's status; at the first edit after an export or a signing, say what that means."""
        before = self.current
        status = self.store.life_status(self.report_id)
        self.current = status
        if not self.own:
            self.label.hide()
            return status
        self.label.setText(status.text())
        self.label.setProperty("stale", "true" if status.stale else "false")
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        if status.stale and before is not None and not before.stale:
            text = self.tr(
                "Đã sửa sau khi xuất — cần xuất và ký lại. Tệp PDF đã xuất (và chữ ký trên đó, nếu đã ký) không còn "
                "đúng với báo cáo: sửa xong, hãy xuất PDF lại (Ctrl+E), ký số rồi mới gửi."
            )
            self.banner.setText(text)
            self.banner.show()
            self.status.emit(self.tr("Đã sửa sau khi xuất — cần xuất và ký lại"))
        elif not status.stale:
            self.banner.hide()
        elif before is None:  # opened already stale: say it, without the first-edit alarm
            self.banner.setText(self.tr("Báo cáo đã sửa sau lần xuất PDF gần nhất — cần xuất và ký lại trước khi gửi."))
            self.banner.show()
        return status

    def ask_confirm_sent(self, path: Path | None = None) -> SentDialog | None:
        """Ask whether the report's PDF (`path`, or the last final export) really went out; note it if so."""
        status = self.refresh()
        if status.stage == Stage.DRAFT or status.stale:
            self.status.emit(
                self.tr("Chưa có bản PDF chính thức đúng với báo cáo để gửi: hãy xuất PDF (Ctrl+E) và ký số trước.")
            )
            return None
        export = self.store.summary(self.report_id).facts.final_export
        name = path.name if path is not None else (export.file_name if export else "")
        dialog = SentDialog(name, self.store.profile().ministry_email, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._confirm_sent(path))
        self.sent_dialog = dialog
        dialog.open()
        return dialog

    def _confirm_sent(self, path: Path | None) -> None:
        try:
            result = confirm_sent(self.store, self.report_id, path=path, recipient=self.store.profile().ministry_email)
        except (UserError, StoreError) as error:
            self.status.emit(str(error))
            return
        self.refresh()
        self.status.emit(self.tr("Đã ghi nhận: báo cáo đã gửi cho Bộ ({file}).").format(file=result.file_name))
        self.changed.emit()
