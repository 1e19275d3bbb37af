"""Sending the report to the Ministry: the question "was it sent?" that alone makes the status say "Đã gửi".

The app cannot see a webmail tab or a USB stick, and a mail program that opened a draft has not sent it: the
report counts as sent only when the person says so here (gui.operations.sending.confirm_sent)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class SentDialog(QDialog):
    """Asks whether the file really went out; `accepted` when the person says it did."""

    def __init__(self, file_name: str, to: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentDialog")
        self.setWindowTitle(self.tr("Ghi nhận đã gửi cho Bộ"))
        where = (
            self.tr("tới {to}").format(to=html.escape(to, quote=False))
            if to
            else self.tr("cho Bộ Công Thương")
        )
        text = QLabel(
            self.tr(
                "Bạn đã gửi tệp <b>{name}</b> {where} chưa?<br><br>Chỉ bấm “Đã gửi” khi thư đã thực sự được gửi đi "
                "(hoặc văn bản đã nộp qua hệ thống quản lý văn bản). Thư nháp mới mở, chưa bấm Gửi, là chưa gửi."
            ).format(name=html.escape(file_name, quote=False), where=where),
            self,
        )
        text.setWordWrap(True)
        self.sent_button = QPushButton(self.tr("Đã gửi"), self)
        self.not_yet_button = QPushButton(self.tr("Chưa gửi"), self)
        self.sent_button.clicked.connect(self.accept)
        self.not_yet_button.clicked.connect(self.reject)
        self.not_yet_button.setDefault(True)  # Enter by habit never claims a sending
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sent_button)
        row.addWidget(self.not_yet_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        self.resize(480, 170)
