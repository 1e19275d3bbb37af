"""The "Chữ ký số" tab of Settings: this PC's token driver, images (each with a thumbnail as it will print), timestamp
server, and the Ministry's trust roots and requirement (gui.signing.settings keeps them in a JSON file; no PIN is
ever kept)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import UserError
from gui.signing.drivers import found_modules
from gui.signing.settings import SigningSettings
from gui.signing.verify import load_trust
from gui.views.signature_image import ImagePicker


class SigningSettingsTab(QWidget):
    def __init__(self, settings: SigningSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signingSettings")
        self.module = QComboBox(self)
        self.module.setEditable(True)
        self.module.setToolTip(self.tr("Các trình điều khiển token tìm thấy trên máy; có thể gõ hoặc chọn đường dẫn khác"))
        for module in found_modules():
            self.module.addItem(module.label, str(module.path))
        self.module.setCurrentIndex(-1)
        self.module.setEditText(settings.pkcs11_module)
        self.token_label = QLineEdit(settings.token_label, self)
        self.token_label.setPlaceholderText(self.tr("Chỉ cần khi cắm nhiều token"))
        self.pfx = QLineEdit(settings.pfx_file, self)
        self.pfx.setPlaceholderText(self.tr("Thay cho USB token (không bắt buộc)"))
        self.signature_image = ImagePicker(
            self.tr("ảnh chữ ký"), settings.signature_image, self.tr("Chọn ảnh chữ ký"), self
        )
        self.seal_image = ImagePicker(self.tr("ảnh con dấu"), settings.seal_image, self.tr("Chọn ảnh con dấu"), self)
        self.timestamp_url = QLineEdit(settings.timestamp_url, self)
        self.timestamp_url.setPlaceholderText(self.tr("Để trống: không lấy dấu thời gian; mất mạng vẫn ký được"))
        self.trust = QListWidget(self)
        self.trust.addItems(list(settings.trust_files))
        self.trust.setFixedHeight(90)
        self.require = QCheckBox(self.tr("Từ chối báo cáo chưa ký số khi nhập (Bộ Công Thương)"), self)
        self.require.setChecked(settings.require_signatures)
        self._online_revocation = settings.online_revocation  # set in the inbox's Chứng thư số tab, kept here

        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the rows keep their natural height; the room left goes below them
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Thư viện PKCS#11 của token:"), self._with_browse(self.module, self._choose_module))
        form.addRow(self.tr("Nhãn token:"), self.token_label)
        form.addRow(self.tr("Tệp .pfx/.p12:"), self._with_browse(self.pfx, self._choose_pfx))
        form.addRow(self.tr("Ảnh chữ ký (PNG nền trong suốt):"), self.signature_image)
        form.addRow(self.tr("Ảnh con dấu (PNG, màu đỏ, đúng kích thước):"), self.seal_image)
        form.addRow(self.tr("Máy chủ dấu thời gian:"), self.timestamp_url)
        add = QPushButton(self.tr("Thêm…"), self)
        remove = QPushButton(self.tr("Bỏ"), self)
        add.clicked.connect(self._add_trust)
        remove.clicked.connect(lambda: [self.trust.takeItem(self.trust.row(i)) for i in self.trust.selectedItems()])
        trust_buttons = QVBoxLayout()
        trust_buttons.addWidget(add)
        trust_buttons.addWidget(remove)
        trust_buttons.addStretch(1)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust, 1)
        trust_row.addLayout(trust_buttons)
        form.addRow(self.tr("Chứng thư số gốc, trung gian tin cậy:"), trust_row)
        form.addRow("", self.require)
        note = QLabel(
            self.tr(
                "Mã PIN của token và mật khẩu tệp .pfx được hỏi mỗi lần ký và không bao giờ được lưu. Bộ Công Thương: "
                "chỉ chữ ký có chứng thư số nối tới một chứng thư số gốc trong danh sách trên mới được coi là tin cậy."
            ),
            self,
        )
        note.setObjectName("fieldHelp")
        note.setWordWrap(True)
        form.addRow("", note)

    def _with_browse(self, field: QWidget, chooser: object) -> QHBoxLayout:
        button = QPushButton(self.tr("Chọn…"), self)
        button.clicked.connect(chooser)
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    def _open(self, title: str, filters: str, current: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, title, current, filters)
        return path

    def _choose_module(self) -> None:
        path = self._open(self.tr("Chọn thư viện PKCS#11"), self.tr("Thư viện (*.dll *.so *.dylib)"), self.module.currentText())
        if path:
            self.module.setEditText(path)

    def _choose_pfx(self) -> None:
        path = self._open(self.tr("Chọn tệp chứng thư số"), self.tr("Chứng thư số (*.pfx *.p12)"), self.pfx.text())
        if path:
            self.pfx.setText(path)

    def _add_trust(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn chứng thư số tin cậy"), "", self.tr("Chứng thư số (*.cer *.crt *.pem *.der)")
        )
        self.trust.addItems(paths)

    def module_path(self) -> str:
        text = self.module.currentText().strip()
        index = self.module.findText(text)
        return str(self.module.itemData(index)) if index >= 0 and self.module.itemData(index) else text

    def values(self) -> SigningSettings:
        return SigningSettings(
            pkcs11_module=self.module_path(),
            token_label=self.token_label.text().strip(),
            pfx_file=self.pfx.text().strip(),
            signature_image=self.signature_image.text().strip(),
            seal_image=self.seal_image.text().strip(),
            timestamp_url=self.timestamp_url.text().strip(),
            trust_files=tuple(self.trust.item(i).text() for i in range(self.trust.count())),
            require_signatures=self.require.isChecked(),
            online_revocation=self._online_revocation,
        )

    def problem(self) -> str | None:
        """The first setting that cannot work, in Vietnamese; None when all can."""
        values = self.values()
        if values.pkcs11_module and not Path(values.pkcs11_module).is_file():
            return self.tr("Không tìm thấy thư viện PKCS#11: {path}").format(path=values.pkcs11_module)
        if values.timestamp_url and not values.timestamp_url.startswith(("http://", "https://")):
            return self.tr("Địa chỉ máy chủ dấu thời gian phải bắt đầu bằng http:// hoặc https://.")
        for picker in (self.signature_image, self.seal_image):
            problem = picker.problem()
            if problem:
                return problem
        try:
            load_trust([Path(p) for p in values.trust_files])
        except UserError as error:
            return str(error).replace(" Chưa ký.", "")
        return None
