"""About: the version (one source, gui.__version__), where the data, the database and the logs are, build details."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gui import __version__
from gui.logs import log_dir
from gui.resources import build_info
from gui.store.location import default_db_path


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.setWindowTitle(self.tr("Giới thiệu"))
        title = QLabel(self.tr("Báo cáo BVQLNTD"), self)
        title.setObjectName("listHeading")
        purpose = QLabel(
            self.tr("Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP về bảo vệ quyền lợi người tiêu dùng."), self
        )
        purpose.setWordWrap(True)
        info = build_info()
        db = Path(db_path) if db_path else default_db_path()
        self.rows: dict[str, str] = {
            self.tr("Phiên bản:"): __version__,
            self.tr("Thư mục dữ liệu:"): str(db.parent),
            self.tr("Cơ sở dữ liệu:"): str(db),
            self.tr("Thư mục nhật ký:"): str(log_dir()),
        }
        built = ", ".join(part for part in (info.get("commit", ""), info.get("built", "")) if part)
        if built:
            self.rows[self.tr("Bản dựng:")] = built
        if getattr(sys, "frozen", False):
            self.rows[self.tr("Cách cài đặt:")] = self.tr("bản đóng gói (PyInstaller)")
        form = QFormLayout()
        for label, value in self.rows.items():
            text = QLabel(value, self)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            form.addRow(label, text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())
