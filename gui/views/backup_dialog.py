"""Restore from a backup: the database's backups (date, why it was made, size), newest first; one is chosen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.dates import vn_date_time
from gui.operations.databases import backups_of
from gui.views.buttons import accept_cancel_buttons

if TYPE_CHECKING:
    from gui.store.backups import BackupInfo


def reason_text(reason: str) -> str:
    texts = {
        "start": QCoreApplication.translate("BackupDialog", "Khi mở ứng dụng"),
        "migrate": QCoreApplication.translate("BackupDialog", "Trước khi nâng cấp dữ liệu"),
        "restore": QCoreApplication.translate("BackupDialog", "Trước khi khôi phục"),
        "manual": QCoreApplication.translate("BackupDialog", "Sao lưu thủ công"),
    }
    return texts.get(reason, reason)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("BackupDialog", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}")
    return QCoreApplication.translate("BackupDialog", "{n} KB").format(n=max(1, round(size / 1024)))


class BackupDialog(QDialog):
    """Lists the backups of one database; `chosen()` is the one to restore after the dialog is accepted."""

    def __init__(self, db_path: Path, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.backups = list(backups)
        intro = QLabel(
            self.tr(
                "Chọn bản sao lưu để đưa dữ liệu của {name} về lúc đó. Dữ liệu hiện tại được sao lưu trước, "
                "nên việc khôi phục cũng có thể hoàn tác."
            ).format(name=Path(db_path).name),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Thời điểm"), self.tr("Lý do"), self.tr("Dung lượng")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        for row, backup in enumerate(self.backups):
            size = QTableWidgetItem(size_text(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(backup.taken_at.strftime("%d/%m/%Y %H:%M:%S")))
            self.table.setItem(row, 1, QTableWidgetItem(reason_text(backup.reason)))
            self.table.setItem(row, 2, size)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda *_: self.accept())
        self.empty = QLabel(self.tr("Chưa có bản sao lưu nào."), self)
        self.empty.setVisible(not self.backups)
        self.buttons = accept_cancel_buttons(self, self.tr("Khôi phục"), self.tr("Hủy"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.backups))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if self.backups:
            self.table.selectRow(0)
        self.resize(620, 420)

    def chosen(self) -> BackupInfo | None:
        row = self.table.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def accept(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        answer = confirm_restore(self, backup)
        if answer:
            super().accept()


def confirm_restore(parent: QWidget, backup: BackupInfo) -> bool:
    """Asks once more; tests replace this function."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupDialog", "Khôi phục từ bản sao lưu"),
        QCoreApplication.translate(
            "BackupDialog", "Đưa dữ liệu về bản sao lưu lúc {when}? Dữ liệu hiện tại được sao lưu trước."
        ).format(when=vn_date_time(backup.taken_at)),
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_backup(db_path: Path, parent: QWidget | None = None) -> Path | None:
    """The backup the user picks for db_path, or None (tests replace this function)."""
    dialog = BackupDialog(db_path, backups_of(db_path), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    backup = dialog.chosen()
    return backup.path if backup is not None else None
