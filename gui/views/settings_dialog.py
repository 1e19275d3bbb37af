"""Settings (Ctrl+,): the agency profile, sending (Ministry email, export folder), language and backups kept."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core.emails import is_address
from gui.core.errors import UserError
from gui.core.i18n import language
from gui.core.text import normalize_line
from gui.operations.databases import backups_folder
from gui.signing.settings import load_settings, save_settings
from gui.views.buttons import accept_cancel_buttons
from gui.views.dialogs import ProfileForm
from gui.views.ministry_replies import MinistryCertificateRow
from gui.views.preferences import (
    BACKUPS_KEPT_RANGE,
    backups_kept,
    save_backups_kept,
    save_language,
    saved_language,
)
from gui.views.run_operation import run_operation
from gui.views.signing_settings import SigningSettingsTab

if TYPE_CHECKING:
    from gui.core.profile import Profile
    from gui.store.reports import ReportStore
    from gui.views.main_window import MainWindow



@dataclass(frozen=True)
class SettingsResult:
    profile: Profile
    language: str
    backups_kept: int


class SettingsDialog(QDialog):
    """Three tabs. The profile and the sending settings are saved in the database (they travel with the data);
    the language and the number of backups are this PC's (QSettings). A new language applies on the next start."""

    def __init__(
        self,
        profile: Profile,
        *,
        language: str,
        backups_kept: int,
        backup_folder: Path | None = None,
        store: ReportStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cài đặt"))
        self.tabs = QTabWidget(self)

        self.profile_form = ProfileForm(profile, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.profile_form)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        self.tabs.addTab(scroll, self.tr("Hồ sơ cơ quan"))

        sending = QWidget(self)
        self.ministry_email = QLineEdit(profile.ministry_email, sending)
        self.ministry_email.setPlaceholderText(self.tr("ví dụ bvqlntd@moit.gov.vn"))
        self.contact_name = QLineEdit(profile.contact_name, sending)
        self.contact_name.setPlaceholderText(self.tr("người đầu mối gửi báo cáo, ví dụ Lê Thị Mai"))
        self.contact_phone = QLineEdit(profile.contact_phone, sending)
        self.contact_phone.setPlaceholderText(self.tr("ví dụ 0203 3835 123"))
        self.export_dir = QLineEdit(profile.export_dir, sending)
        self.export_dir.setPlaceholderText(self.tr("Để trống: thư mục Tài liệu (Documents)"))
        browse = QPushButton(self.tr("Chọn…"), sending)
        browse.clicked.connect(self._choose_export_dir)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_dir, 1)
        folder_row.addWidget(browse)
        sending_form = QFormLayout(sending)
        sending_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        sending_form.addRow(self.tr("Email nhận báo cáo của Bộ:"), self.ministry_email)
        sending_form.addRow(self.tr("Người gửi (ký tên trong thư):"), self.contact_name)
        sending_form.addRow(self.tr("Điện thoại người gửi:"), self.contact_phone)
        sending_form.addRow(self.tr("Thư mục lưu tệp PDF:"), folder_row)
        sending_form.addRow(
            "",
            self._note(self.tr("Nơi nhận mặc định của văn bản được nhập ở thẻ Hồ sơ cơ quan."), sending),
        )
        self.ministry_certificate: MinistryCertificateRow | None = None
        if store is not None:  # the database's: loaded at once, kept whether or not the dialog is saved
            self.ministry_certificate = MinistryCertificateRow(store, sending)
            sending_form.addRow(self.tr("Chứng thư số của Bộ:"), self.ministry_certificate)
        self.tabs.addTab(sending, self.tr("Gửi báo cáo"))

        general = QWidget(self)
        self.language = QComboBox(general)
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.backups_kept = QSpinBox(general)
        self.backups_kept.setRange(*BACKUPS_KEPT_RANGE)
        self.backups_kept.setValue(backups_kept)
        self.backups_kept.setSuffix(self.tr(" bản"))
        general_form = QFormLayout(general)
        general_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.backups_kept.setMinimumWidth(self.backups_kept.sizeHint().width() + 24)
        general_form.addRow(self.tr("Ngôn ngữ giao diện:"), _left(self.language))
        general_form.addRow("", self._note(self.tr("Ngôn ngữ mới được áp dụng khi mở lại ứng dụng."), general))
        general_form.addRow(self.tr("Số bản sao lưu giữ lại:"), _left(self.backups_kept))
        backups_note = self.tr("Mỗi lần mở ứng dụng, dữ liệu được sao lưu; các bản cũ nhất được xóa bớt.")
        if backup_folder is not None:
            backups_note += "\n" + self.tr("Thư mục sao lưu: {folder}").format(folder=backup_folder)
        general_form.addRow("", self._note(backups_note, general))
        self.tabs.addTab(general, self.tr("Chung"))

        self.signing = SigningSettingsTab(load_settings(), self)  # this PC's; saved on OK (gui.signing.settings)
        self.tabs.addTab(self.signing, self.tr("Chữ ký số"))

        self.error = QLabel(self)
        self.error.setObjectName("fieldMessage")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = accept_cancel_buttons(self, self.tr("Lưu"), self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        hint = self.profile_form.sizeHint()
        self.resize(max(700, hint.width() + 80), min(760, hint.height() + 160))

    @staticmethod
    def _note(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("fieldHelp")
        label.setWordWrap(True)
        return label

    def _choose_export_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục lưu tệp PDF"), self.export_dir.text())
        if folder:
            self.export_dir.setText(folder)

    def problem(self) -> tuple[int, str] | None:
        """The tab and the message of the first thing to fix, or None."""
        profile_problem = self.profile_form.problem()
        if profile_problem:
            return 0, profile_problem
        email = self.ministry_email.text().strip()
        if email and not is_address(email):
            return 1, self.tr("Địa chỉ email “{email}” chưa đúng, ví dụ đúng: bvqlntd@moit.gov.vn.").format(email=email)
        signing_problem = self.signing.problem()
        if signing_problem:
            return self.tabs.indexOf(self.signing), signing_problem
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.tabs.setCurrentIndex(problem[0])
            self.error.setText(problem[1])
            self.error.show()
            return

        try:
            save_settings(self.signing.values())
        except UserError as error:
            self.tabs.setCurrentWidget(self.signing)
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()

    def result_settings(self) -> SettingsResult:
        profile = self.profile_form.profile(
            ministry_email=self.ministry_email.text().strip(),
            export_dir=self.export_dir.text().strip(),
            contact_name=normalize_line(self.contact_name.text()),
            contact_phone=normalize_line(self.contact_phone.text()),
        )
        return SettingsResult(profile, self.language.currentData() or "vi", self.backups_kept.value())


def _left(widget: QWidget) -> QHBoxLayout:
    """A short field at its natural width, the rest of the row empty (a language list needs no full width)."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def edit_settings(window: MainWindow) -> SettingsResult | None:
    """Cài đặt… (Ctrl+,): the dialog, then the profile saved in the database and the rest in the user's settings."""
    store = window.live_store
    path = window.db_file()
    dialog = SettingsDialog(
        store.profile(),
        language=saved_language() or language(),
        backups_kept=backups_kept(),
        backup_folder=backups_folder(path) if path else None,
        store=store,
        parent=window,
    )
    if dialog.exec() != SettingsDialog.DialogCode.Accepted:
        return None
    result = dialog.result_settings()

    def save() -> SettingsResult:
        store.save_profile(result.profile)
        save_backups_kept(result.backups_kept)
        save_language(result.language)
        return result

    # The widgets keep the texts they were built with: a new language shows from the next start.
    new_language = result.language != language()
    return run_operation(
        window,
        window.title_of("settings"),
        save,
        done=lambda _: QCoreApplication.translate(
            "MainWindow", "Đã lưu cài đặt. Ngôn ngữ mới được áp dụng khi mở lại ứng dụng."
        )
        if new_language
        else QCoreApplication.translate("MainWindow", "Đã lưu cài đặt."),
        status_ms=10000 if new_language else 5000,
    )
