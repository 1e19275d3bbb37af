"""Ký số: sign one of our report PDFs with the USB token or a .pfx file, as the competent person or as the agency.

The file comes checked (gui.operations.signing: ours, a final export, its signatures intact); the dialog says who
has signed it already, takes the role whose turn it is, and chooses the signature or seal image itself (those of
Settings at first), showing the signature page with the image where it will land — all before the PIN is asked.
The PIN or password is typed here at each signing, cleared from the field at once and passed to the token or the
.pfx decoder on a worker thread (a slow token never freezes the window); it is never stored or logged. "Hủy" while
the signature is being made throws it away: the file is written only once signing is done. A failure (wrong PIN,
no token, expired certificate…) is said in the dialog, which stays open; the file is then untouched.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import UserError
from gui.operations import signing
from gui.signing.page_preview import WIDTH_PX, SignaturePage
from gui.signing.settings import load_settings, save_settings
from gui.views.buttons import accept_cancel_buttons
from gui.views.signature_image import ImagePicker, qimage_of

if TYPE_CHECKING:
    from gui.operations.signing import SigningDone, SigningTarget
    from gui.signing.keys import SigningKey
    from gui.signing.placement import Box
    from gui.signing.sign import SignResult
    from gui.store.reports import ReportStore

log = logging.getLogger(__name__)



class SignDialog(QDialog):
    """After an accepted result, `result_` is the gui.signing.sign.SignResult and `done_` the operation's record."""

    def __init__(self, target: SigningTarget, store: ReportStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Ký số báo cáo"))
        self.target = target
        self.store = store
        self.path = target.path
        self.settings = load_settings()
        self.result_: SignResult | None = None
        self.done_: SigningDone | None = None

        intro = QLabel(
            self.tr(
                "Ký số tệp <b>{name}</b>: báo cáo của {unit}, kỳ {period}. Tệp đã ký thay cho tệp này (dữ liệu báo "
                "cáo giữ nguyên)."
            ).format(
                name=html.escape(self.path.name, quote=False),
                unit=html.escape(target.unit_name, quote=False),
                period=html.escape(target.period_id, quote=False),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.present = QLabel(self._present_text(), self)
        self.present.setObjectName("presentSignatures")
        self.present.setWordWrap(True)

        self.signer_role = QRadioButton(self.tr("Người có thẩm quyền ký (ảnh chữ ký tay)"), self)
        self.agency_role = QRadioButton(self.tr("Văn thư ký số của cơ quan (ảnh con dấu)"), self)
        roles = QButtonGroup(self)
        roles.addButton(self.signer_role)
        roles.addButton(self.agency_role)
        (self.agency_role if target.next_role == "agency" else self.signer_role).setChecked(True)

        self.use_token = QRadioButton(self.tr("USB token"), self)
        self.use_pfx = QRadioButton(self.tr("Tệp chứng thư số .pfx/.p12"), self)
        sources = QButtonGroup(self)
        sources.addButton(self.use_token)
        sources.addButton(self.use_pfx)
        self.module = QLineEdit(self.settings.pkcs11_module, self)
        self.module.setPlaceholderText(self.tr("Thư viện PKCS#11 của token (đặt trong Cài đặt)"))
        self.pfx = QLineEdit(self.settings.pfx_file, self)
        self.browse = browse = QPushButton(self.tr("Chọn…"), self)
        browse.clicked.connect(self._choose_pfx)
        pfx_row = QHBoxLayout()
        pfx_row.addWidget(self.pfx, 1)
        pfx_row.addWidget(browse)
        (self.use_pfx if self.settings.pfx_file and not self.settings.pkcs11_module else self.use_token).setChecked(
            True
        )

        # The images: those of Settings at first, changed here for this signing (and kept for the next if asked).
        self.signature_image = ImagePicker(
            self.tr("ảnh chữ ký"), self.settings.signature_image, self.tr("Chọn ảnh chữ ký tay"), self
        )
        self.seal_image = ImagePicker(
            self.tr("ảnh con dấu"), self.settings.seal_image, self.tr("Chọn ảnh con dấu"), self
        )
        self.images = QStackedWidget(self)
        self.images.addWidget(self.signature_image)
        self.images.addWidget(self.seal_image)
        self.remember = QCheckBox(self.tr("Dùng ảnh này cho các lần ký sau trên máy này"), self)
        self.image_note = QLabel(self)
        self.image_note.setObjectName("imageNote")
        self.image_note.setWordWrap(True)

        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setObjectName("pin")
        self.pin.setPlaceholderText(self.tr("Mã PIN của token hoặc mật khẩu tệp .pfx (không được lưu)"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Vai trò:"), self.signer_role)
        form.addRow("", self.agency_role)
        form.addRow(self.tr("Hình ảnh:"), self.images)
        form.addRow("", self.image_note)
        form.addRow("", self.remember)
        form.addRow(self.tr("Ký bằng:"), self.use_token)
        form.addRow("", self.module)
        form.addRow("", self.use_pfx)
        form.addRow("", pfx_row)
        form.addRow(self.tr("Mã PIN / mật khẩu:"), self.pin)

        # The signature page as it will look: rendered from the file, the image drawn where the signature puts it.
        self.page_caption = QLabel(self)
        self.page_caption.setObjectName("fieldHelp")
        self.page_caption.setWordWrap(True)
        self.page_view = QLabel(self)
        self.page_view.setObjectName("signaturePage")
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.page_view.setMinimumWidth(WIDTH_PX + 2)
        self.page_view.setStyleSheet("QLabel#signaturePage { border: 1px solid #9aa5b1; background: white; }")
        self.preview_box: Box | None = None  # where the image lands, in the page's points (the test reads it)
        self._page: SignaturePage | None = None

        self.error = QLabel(self)
        self.error.setObjectName("fieldMessage")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        # Shown while the token (and the timestamp server) work; the window stays usable meanwhile.
        self.progress_label = QLabel(
            self.tr("Đang ký số… USB token có thể cần vài giây. Bấm Hủy nếu muốn dừng: tệp sẽ giữ nguyên, chưa ký."),
            self,
        )
        self.progress_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy, no percentage
        self.progress.setTextVisible(False)
        self.progress_label.hide()
        self.progress.hide()
        self._call: _Call | None = None
        self._role_problem: str | None = None
        self.buttons = accept_cancel_buttons(self, self.tr("Ký số"), self.tr("Hủy"))

        left = QVBoxLayout()
        left.addWidget(intro)
        left.addWidget(self.present)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.page_caption)
        right.addWidget(self.page_view)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.signer_role.toggled.connect(self._role_changed)
        self.signature_image.changed.connect(self._image_changed)
        self.seal_image.changed.connect(self._image_changed)
        self._role_changed()
        self.resize(1080, 470)
        self.pin.setFocus()

    # --- what the dialog shows ---------------------------------------------------------------------------------

    def _present_text(self) -> str:
        if not self.target.signatures:
            return self.tr("Tệp chưa có chữ ký số.")
        lines = []
        for present in self.target.signatures:
            who = present.who or self.tr("không rõ người ký")
            if present.role == "signer":
                lines.append(self.tr("Đã có chữ ký số của người có thẩm quyền: {who}.").format(who=who))
            elif present.role == "agency":
                lines.append(self.tr("Đã có chữ ký số của cơ quan: {who}.").format(who=who))
            else:
                lines.append(self.tr("Đã có chữ ký số ({field}): {who}.").format(field=present.field, who=who))
        return "\n".join(lines)

    @property
    def role(self) -> str:
        return "agency" if self.agency_role.isChecked() else "signer"

    @property
    def picker(self) -> ImagePicker:
        return self.seal_image if self.role == "agency" else self.signature_image

    def _role_changed(self) -> None:
        self.images.setCurrentWidget(self.picker)
        try:
            signing.check_role(target=self.target, role=self.role)
        except UserError as error:
            self._role_problem = str(error)
        else:
            self._role_problem = None
        self._image_changed()

    def _image_changed(self) -> None:
        picker = self.picker
        chosen = self.settings.signature_image if self.role == "signer" else self.settings.seal_image
        self.remember.setVisible(bool(picker.text()) and picker.text() != chosen and picker.problem() is None)
        if picker.problem():
            self.image_note.setText("")
        elif picker.picture() is None:
            self.image_note.setText(
                self.tr(
                    "Chưa chọn ảnh chữ ký tay: chữ ký sẽ không có hình ảnh (Phụ lục I, Nghị định 30/2020 yêu cầu có)."
                )
                if self.role == "signer"
                else self.tr(
                    "Chưa chọn ảnh con dấu: chữ ký của cơ quan sẽ không có hình con dấu (Phụ lục I, Nghị định "
                    "30/2020 yêu cầu có)."
                )
            )
        else:
            self.image_note.setText(self.tr("Ảnh sẽ nằm ở vị trí như trong trang bên phải."))
        self._show_page()
        self._show_state()

    def _show_state(self) -> None:
        """The problem that keeps the OK button off, said before the PIN is typed."""
        problem = self._role_problem or self.picker.problem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None and not self.busy)
        if problem:
            self.error.setText(problem)
            self.error.show()
        else:
            self.error.hide()

    def _show_page(self) -> None:
        picture = self.picker.picture()
        try:
            ratio = self.devicePixelRatioF()  # sharp at 150 %: the page rendered for the screen's pixels
            if self._page is None:
                self._page = SignaturePage(self.target.data, round(WIDTH_PX * ratio), block=self.target.block)
            shown = self._page.preview(self.role, picture)
        except Exception:  # the preview is a help, never a reason not to sign: said, and logged for the desk
            log.warning("The signature page could not be previewed", exc_info=True)
            self.preview_box = None
            self.page_view.setText(self.tr("Không hiển thị được trang ký."))
            self.page_caption.setText("")
            return
        self.preview_box = shown.box
        pixmap = QPixmap.fromImage(qimage_of(shown.image))
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(pixmap)
        self.page_caption.setText(
            self.tr("Trang {page}: chữ ký sẽ trông như thế này (trước khi ký).").format(page=shown.page + 1)
        )

    def _choose_pfx(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp chứng thư số"), self.pfx.text(), self.tr("Chứng thư số (*.pfx *.p12)")
        )
        if path:
            self.pfx.setText(path)
            self.use_pfx.setChecked(True)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.pin.setFocus()

    # --- signing -----------------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Check what can be checked here, then sign on a worker thread: a slow token or timestamp server never
        freezes the window. The PIN leaves the field now and lives only in the worker's call."""
        # lazy: cryptography and pyHanko's signing parts are imported when a person signs
        from gui.signing.keys import load_pfx, open_token

        if self.busy:
            return
        secret = self.pin.text()
        self.pin.clear()  # used once, then gone from the widget
        try:
            problem = self._role_problem or self.picker.problem()
            if problem:
                raise UserError(problem)
            if self.use_pfx.isChecked():
                pfx = self.pfx.text().strip()
                if not pfx:
                    raise UserError(self.tr("Hãy chọn tệp chứng thư số .pfx/.p12."))

                def open_key() -> SigningKey:
                    return load_pfx(Path(pfx), secret)
            else:
                module = self.module.text().strip()
                if not module:
                    raise UserError(
                        self.tr("Chưa có thư viện PKCS#11 của USB token: hãy chọn trong Cài đặt, thẻ Chữ ký số.")
                    )
                label = self.settings.token_label or None

                def open_key() -> SigningKey:
                    return open_token(Path(module), secret, token_label=label)

            if self.store is not None:
                signing.check_unchanged(store=self.store, target=self.target)
        except UserError as error:
            log.info("Signing refused: %s", type(error).__name__)  # the message may name a file; never the PIN
            self._say(str(error))
            return
        image = Path(self.picker.text()) if self.picker.picture() is not None else None
        target, role, timestamp_url = self.target, self.role, self.settings.timestamp_url or None
        self._call = _Call(lambda: _sign(target, role, image, timestamp_url, open_key))
        self._set_busy(True)
        self._call.relay.finished.connect(self._signed)
        self._call.relay.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self._call)

    def reject(self) -> None:
        """Cancel, even while signing: the signature being made is then thrown away, the file left unsigned."""
        if self.busy:
            log.info("Signing cancelled while the signature was being made; the file is left unchanged")
            self._abandon()
        super().reject()

    def _abandon(self) -> None:
        if self._call is not None:
            self._call.relay.finished.disconnect(self._signed)
            self._call.relay.failed.disconnect(self._failed)
        self._call = None
        self._set_busy(False)

    @property
    def busy(self) -> bool:
        return self._call is not None

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.signer_role,
            self.agency_role,
            self.use_token,
            self.use_pfx,
            self.module,
            self.pfx,
            self.browse,
            self.pin,
            self.signature_image,
            self.seal_image,
            self.remember,
        ):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        if busy:
            self.error.hide()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _signed(self, result: SignResult) -> None:
        self._call = None
        self._set_busy(False)
        try:
            done = signing.finish_signing(target=self.target, result=result, store=self.store)
        except UserError as error:
            self._say(str(error))
            return
        except Exception:
            log.exception("Recording the signature failed")
            self._say(
                self.tr(
                    "Đã xảy ra lỗi không mong muốn khi ký; tệp chưa ký vẫn giữ nguyên. Chi tiết đã được ghi vào nhật ký."
                )
            )
            return
        if not self.remember.isHidden() and self.remember.isChecked():  # offered for this choice, and ticked
            self._remember_image()
        self.result_ = result
        self.done_ = done
        super().accept()

    def _remember_image(self) -> None:
        try:
            settings = load_settings()
            if self.role == "signer":
                settings = replace(settings, signature_image=self.signature_image.text())
            else:
                settings = replace(settings, seal_image=self.seal_image.text())
            save_settings(settings)
        except (OSError, UserError):  # signed all the same; the image is chosen again next time
            log.warning("The chosen image could not be kept in the signing settings", exc_info=True)

    def _failed(self, error: BaseException) -> None:
        self._call = None
        self._set_busy(False)
        if isinstance(error, UserError):
            log.info("Signing refused: %s", type(error).__name__)
            self._say(str(error))
        else:
            log.error("Signing failed", exc_info=(type(error), error, error.__traceback__))
            self._say(
                self.tr(
                    "Đã xảy ra lỗi không mong muốn khi ký; tệp chưa ký vẫn giữ nguyên. Chi tiết đã được ghi vào nhật ký."
                )
            )


def _sign(
    target: SigningTarget, role: str, image: Path | None, timestamp_url: str | None, open_key: Callable[[], SigningKey]
) -> SignResult:
    """On the worker thread: open the key (the PIN goes to the token here), sign, release the key."""
    key = open_key()
    try:
        return signing.run_signing(target=target, key=key, role=role, image=image, timestamp_url=timestamp_url)
    finally:
        key.close()


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Call(QRunnable):
    """A function run on Qt's thread pool; its outcome comes back to the window's thread through the relay's
    signals (queued). The relay has no parent, so it outlives a dialog closed meanwhile."""

    def __init__(self, function: Callable[[], object]) -> None:
        super().__init__()
        self.function: Callable[[], object] | None = function
        self.relay = _Relay()

    def run(self) -> None:
        function, self.function = self.function, None  # the closure holds the PIN: dropped once used
        try:
            assert function is not None, "run once"
            outcome = function()
        except BaseException as error:  # every failure is reported to the dialog
            self.relay.failed.emit(error)
        else:
            self.relay.finished.emit(outcome)
