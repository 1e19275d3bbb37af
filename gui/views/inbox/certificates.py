"""Confirming a unit's new certificate in the inbox (gui.signing.certificates): the import flags a report signed
with a certificate other than the one recorded for its unit; a person compares the two here — holder,
organisation, validity and SHA-256 fingerprint — and confirms the new one, which brings the stored status of that
unit's reports up to date."""

from __future__ import annotations

import datetime as dt
import html
import logging
from typing import Protocol, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.signing.certificates import CertificateChange, KnownCertificate, confirm, pending_change
from gui.store.reports import ReportStore

log = logging.getLogger(__name__)


def _fingerprint(value: str) -> str:
    """64 hex digits in groups of four, two lines: easy to read out over the phone."""
    groups = [value[i : i + 4].upper() for i in range(0, len(value), 4)]
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])


def _day(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


class _ReportRows(Protocol):
    """The table the bar watches: its rows and the received report on each (gui.views.inbox.models)."""

    def rowCount(self) -> int: ...

    def report_id(self, row: int) -> int | None: ...


class CertificateDialog(QDialog):
    """The old and the new certificate side by side; accepted = the person confirmed the new one."""

    def __init__(self, change: CertificateChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self.setWindowTitle(self.tr("Xác nhận chứng thư số mới"))
        self.change = change
        role = (
            self.tr("người có thẩm quyền ký") if change.role == "signer" else self.tr("cơ quan (chữ ký số của văn thư)")
        )
        intro = QLabel(
            self.tr(
                "Báo cáo của <b>{unit}</b> được ký bằng một chứng thư số ({role}) khác với chứng thư đã ghi nhận "
                "của đơn vị. Hãy liên hệ đơn vị (ví dụ đọc dấu vân tay qua điện thoại) để chắc chắn đây là chứng "
                "thư số của họ, rồi mới xác nhận. Sau khi xác nhận, các báo cáo đơn vị đã gửi có chữ ký này được "
                "coi là tin cậy."
            ).format(unit=html.escape(change.unit_name, quote=False), role=role),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        heading = [self.tr("Chứng thư số đã ghi nhận"), self.tr("Chứng thư số mới")]
        for column, text in enumerate(heading, start=1):
            label = QLabel(f"<b>{html.escape(text, quote=False)}</b>", self)
            grid.addWidget(label, 0, column)
        rows = [
            self.tr("Người được cấp:"),
            self.tr("Tổ chức:"),
            self.tr("Hiệu lực:"),
            self.tr("Dấu vân tay SHA-256:"),
            self.tr("Lần đầu thấy:"),
        ]
        for row, text in enumerate(rows, start=1):
            grid.addWidget(QLabel(text, self), row, 0, Qt.AlignmentFlag.AlignTop)
        old = change.old[-1] if change.old else None
        self.old_labels = self._column(grid, 1, old)
        self.new_labels = self._column(grid, 2, change.new)
        if len(change.old) > 1:
            more = QLabel(self.tr("Đơn vị còn {n} chứng thư số khác đã được xác nhận.").format(n=len(change.old) - 1))
            grid.addWidget(more, len(rows) + 1, 1)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            self.tr("Xác nhận chứng thư số mới"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Chưa xác nhận"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _column(self, grid: QGridLayout, column: int, cert: KnownCertificate | None) -> list[QLabel]:
        if cert is None:
            values = [self.tr("(chưa có chứng thư nào được xác nhận)"), "", "", "", ""]
        else:
            values = [
                cert.holder or self.tr("không ghi"),
                cert.organisation or self.tr("không ghi"),
                self._validity(cert),
                _fingerprint(cert.fingerprint),
                _day(cert.first_seen_at),
            ]
        labels = []
        for row, value in enumerate(values, start=1):
            label = QLabel(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(row != 4)
            if row == 4:
                label.setStyleSheet("font-family: monospace")
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            labels.append(label)
        return labels

    def _validity(self, cert: KnownCertificate) -> str:
        if cert.valid_from is None or cert.valid_to is None:
            return self.tr("không rõ (báo cáo nhận trước khi ghi ngày hiệu lực)")
        return self.tr("từ {start} đến {end}").format(
            start=cert.valid_from.strftime("%d/%m/%Y"), end=cert.valid_to.strftime("%d/%m/%Y")
        )


class CertificateBar(QWidget):
    """Under the "Tình hình báo cáo" list: says when the selected report waits for a certificate confirmation and
    opens the dialog."""

    changed = Signal()  # a certificate was confirmed: statuses changed

    def __init__(self, store: ReportStore, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.view = view
        self.dialog: CertificateDialog | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.button = QPushButton(self.tr("Xác nhận chứng thư số mới…"), self)
        self.button.setObjectName("confirmCertificate")
        self.button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.button)
        self.update_for_selection()

    def bind(self) -> None:
        """Follow the view's selection (call again after the view's model or selection model is replaced)."""
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_for_selection())
        self.view.model().modelReset.connect(self.update_for_selection)

    def selected_change(self) -> CertificateChange | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        model = cast("_ReportRows | None", self.view.model())
        if not rows or model is None:
            return None
        report_id = model.report_id(rows[0].row())
        return pending_change(self.store, report_id) if report_id is not None else None

    def update_for_selection(self) -> None:
        change = self.selected_change()
        self.button.setEnabled(change is not None)
        if change is not None:
            self.note.setText(
                self.tr("Báo cáo của {unit} được ký bằng chứng thư số mới, cần người kiểm tra xác nhận.").format(
                    unit=change.unit_name
                )
            )
            return
        # Nothing (or an unflagged report) selected: say which reports of the list wait, so none is missed.
        waiting = self.waiting_units()
        self.note.setText(
            self.tr("Chờ xác nhận chứng thư số mới ({n}): {units}. Chọn báo cáo để xem và xác nhận.").format(
                n=len(waiting), units=", ".join(waiting)
            )
            if waiting
            else ""
        )

    def waiting_units(self) -> list[str]:
        model = cast("_ReportRows | None", self.view.model())
        if model is None:
            return []
        ids = [model.report_id(row) for row in range(model.rowCount())]
        changes = [pending_change(self.store, report_id) for report_id in ids if report_id is not None]
        return [c.unit_name for c in changes if c is not None]

    def open_dialog(self) -> CertificateDialog | None:
        change = self.selected_change()
        if change is None:
            return None
        self.dialog = CertificateDialog(change, self)
        self.dialog.accepted.connect(lambda c=change: self._confirmed(c))
        self.dialog.open()
        return self.dialog

    def _confirmed(self, change: CertificateChange) -> None:
        updated = confirm(self.store, change.new.fingerprint)
        log.info("Certificate %s… confirmed for %s:%s", change.new.fingerprint[:16], change.unit_kind, change.unit_code)
        self.changed.emit()  # the list is rebuilt first, so the note below is what stays
        self.note.setText(
            self.tr("Đã xác nhận chứng thư số của {holder}; đã cập nhật {n} báo cáo.").format(
                holder=change.new.holder or change.new.organisation, n=len(updated)
            )
        )
