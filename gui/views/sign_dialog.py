"""Ký số: sign an exported report with the USB token or a .pfx file, as the competent person or as the agency.

The PIN or password is typed here at each signing, passed to the token or the .pfx decoder and cleared from the
field as soon as it has been used; it is never stored or logged. A failure (wrong PIN, no token, expired
certificate, missing image…) is said in the dialog, which stays open; the file is then untouched.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.views.buttons import accept_cancel_buttons

log = logging.getLogger(__name__)


class SignDialog(QDialog):
    """After `exec`/`open` and an accepted result, `result_` is the gui.signing.sign.SignResult."""

    def __init__(self, store: Any, report_id: int, path: Path, parent: QWidget | None = None) -> None:
        from gui.signing.settings import load_settings

        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Ký số báo cáo"))
        self.store = store
        self.report_id = report_id
        self.path = Path(path)
        self.settings = load_settings()
        self.result_: Any = None

        intro = QLabel(
            self.tr("Ký số tệp <b>{name}</b>. Tệp đã ký thay cho tệp này (dữ liệu báo cáo giữ nguyên).").format(
                name=html.escape(self.path.name, quote=False)
            ),
            self,
        )
        intro.setWordWrap(True)
        self.signer_role = QRadioButton(self.tr("Người có thẩm quyền ký (ảnh chữ ký tay)"), self)
        self.agency_role = QRadioButton(self.tr("Văn thư ký số của cơ quan (ảnh con dấu)"), self)
        self.signer_role.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.signer_role)
        roles.addButton(self.agency_role)

        self.use_token = QRadioButton(self.tr("USB token"), self)
        self.use_pfx = QRadioButton(self.tr("Tệp chứng thư số .pfx/.p12"), self)
        sources = QButtonGroup(self)
        sources.addButton(self.use_token)
        sources.addButton(self.use_pfx)
        self.module = QLineEdit(self.settings.pkcs11_module, self)
        self.module.setPlaceholderText(self.tr("Thư viện PKCS#11 của token (đặt trong Cài đặt)"))
        self.pfx = QLineEdit(self.settings.pfx_file, self)
        browse = QPushButton(self.tr("Chọn…"), self)
        browse.clicked.connect(self._choose_pfx)
        pfx_row = QHBoxLayout()
        pfx_row.addWidget(self.pfx, 1)
        pfx_row.addWidget(browse)
        (self.use_pfx if self.settings.pfx_file and not self.settings.pkcs11_module else self.use_token).setChecked(True)

        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setObjectName("pin")
        self.pin.setPlaceholderText(self.tr("Mã PIN của token hoặc mật khẩu tệp .pfx (không được lưu)"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Vai trò:"), self.signer_role)
        form.addRow("", self.agency_role)
        form.addRow(self.tr("Ký bằng:"), self.use_token)
        form.addRow("", self.module)
        form.addRow("", self.use_pfx)
        form.addRow("", pfx_row)
        form.addRow(self.tr("Mã PIN / mật khẩu:"), self.pin)

        self.error = QLabel(self)
        self.error.setObjectName("fieldMessage")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.buttons = accept_cancel_buttons(self, self.tr("Ký số"), self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 320)
        self.pin.setFocus()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.pin.setFocus()

    @property
    def role(self) -> str:
        return "agency" if self.agency_role.isChecked() else "signer"

    def _choose_pfx(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp chứng thư số"), self.pfx.text(), self.tr("Chứng thư số (*.pfx *.p12)")
        )
        if path:
            self.pfx.setText(path)
            self.use_pfx.setChecked(True)

    def accept(self) -> None:
        from gui.core.errors import UserError
        from gui.signing.keys import load_pfx, open_token
        from gui.signing.report import sign_exported

        secret = self.pin.text()
        self.pin.clear()  # used once, then gone from the widget
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.use_pfx.isChecked():
                if not self.pfx.text().strip():
                    raise UserError(self.tr("Hãy chọn tệp chứng thư số .pfx/.p12."))
                key = load_pfx(Path(self.pfx.text().strip()), secret)
            else:
                if not self.module.text().strip():
                    raise UserError(
                        self.tr("Chưa có thư viện PKCS#11 của USB token: hãy chọn trong Cài đặt, thẻ Chữ ký số.")
                    )
                key = open_token(
                    Path(self.module.text().strip()), secret, token_label=self.settings.token_label or None
                )
            del secret
            try:
                self.result_ = sign_exported(self.store, self.report_id, self.path, key, self.role, self.settings)
            finally:
                key.close()
        except UserError as error:
            log.info("Signing refused: %s", type(error).__name__)  # the message may name a file; never the PIN
            self._say(str(error))
            return
        except Exception:
            log.exception("Signing failed")
            self._say(self.tr("Đã xảy ra lỗi không mong muốn khi ký; tệp chưa ký vẫn giữ nguyên. Chi tiết đã được ghi vào nhật ký."))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()
