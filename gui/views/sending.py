"""Sending the report to the Ministry: the question "was it sent?" that alone makes the status say "Đã gửi".

The app cannot see a webmail tab or a USB stick, and a mail program that opened a draft has not sent it: the
report counts as sent only when the person says so here (gui.operations.sending.confirm_sent)."""

from __future__ import annotations

import html

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WebmailRow(QWidget):
    """For webmail (most Sở): where the message goes, and one click each to copy the address, the subject and
    the text; "Mở thư mục" beside it opens the folder with the PDF selected, to attach it."""

    def __init__(self, to: str, subject: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webmailRow")
        self.to, self.subject, self.body = to, subject, body
        if to:
            where = self.tr("Gửi tới <b>{to}</b>. Dùng webmail: chép từng mục rồi dán vào thư mới, đính kèm tệp PDF "
                            "từ thư mục (nút “Mở thư mục” chọn sẵn tệp).").format(to=html.escape(to, quote=False))
        else:
            where = self.tr(
                "Chưa có địa chỉ email nhận báo cáo của Bộ: nhập ở <b>Cài đặt › Gửi báo cáo</b> (Ctrl+,)."
            )
        self.where = QLabel(where, self)
        self.where.setWordWrap(True)
        self.where.setObjectName("fieldHelp")
        self.copy_to_button = QPushButton(self.tr("Chép địa chỉ"), self)
        self.copy_to_button.setEnabled(bool(to))
        self.copy_subject_button = QPushButton(self.tr("Chép tiêu đề"), self)
        self.copy_body_button = QPushButton(self.tr("Chép nội dung thư"), self)
        self.copied = QLabel(self)
        self.copied.setObjectName("fieldHelp")
        self.copy_to_button.clicked.connect(lambda: self._copy(self.to, self.tr("Đã chép địa chỉ.")))
        self.copy_subject_button.clicked.connect(lambda: self._copy(self.subject, self.tr("Đã chép tiêu đề.")))
        self.copy_body_button.clicked.connect(lambda: self._copy(self.body, self.tr("Đã chép nội dung thư.")))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.copy_to_button, self.copy_subject_button, self.copy_body_button):
            row.addWidget(button)
        row.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.where)
        layout.addLayout(row)

    def _copy(self, text: str, said: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(said)


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
