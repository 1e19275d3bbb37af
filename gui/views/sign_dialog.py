"""Ký số: sign an exported report with the USB token or a .pfx file, as the competent person or as the agency.

The PIN or password is typed here at each signing, cleared from the field at once and passed to the token or
the .pfx decoder on a worker thread (a slow token never freezes the window); it is never stored or logged.
"Hủy" while the signature is being made throws it away: the file is written only once signing is done. A failure (wrong PIN, no token, expired
certificate, missing image…) is said in the dialog, which stays open; the file is then untouched.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
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
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import UserError
from gui.signing.settings import load_settings
from gui.views.buttons import accept_cancel_buttons

if TYPE_CHECKING:
    from gui.signing.keys import SigningKey
    from gui.signing.report import SigningJob
    from gui.signing.sign import SignResult
    from gui.store.reports import ReportStore

log = logging.getLogger(__name__)


class SignDialog(QDialog):
    """After `exec`/`open` and an accepted result, `result_` is the gui.signing.sign.SignResult."""

    def __init__(self, store: ReportStore, report_id: int, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Ký số báo cáo"))
        self.store = store
        self.report_id = report_id
        self.path = Path(path)
        self.settings = load_settings()
        self.result_: SignResult | None = None

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
        self.browse = browse = QPushButton(self.tr("Chọn…"), self)
        browse.clicked.connect(self._choose_pfx)
        pfx_row = QHBoxLayout()
        pfx_row.addWidget(self.pfx, 1)
        pfx_row.addWidget(browse)
        (self.use_pfx if self.settings.pfx_file and not self.settings.pkcs11_module else self.use_token).setChecked(
            True
        )

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
        # Which image goes on the page (chosen in Settings): a newcomer sees it before signing, or that there is none.
        self.image_note = QLabel(self)
        self.image_note.setObjectName("imageNote")
        self.image_note.setWordWrap(True)
        form.addRow(self.tr("Hình ảnh:"), self.image_note)
        self.signer_role.toggled.connect(self._show_image)
        self._show_image()

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
        self._job: SigningJob | None = None
        self.buttons = accept_cancel_buttons(self, self.tr("Ký số"), self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(620, 320)
        self.pin.setFocus()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.pin.setFocus()

    def _show_image(self) -> None:
        signer = self.role == "signer"
        chosen = self.settings.signature_image if signer else self.settings.seal_image
        if chosen:
            what = self.tr("ảnh chữ ký tay") if signer else self.tr("ảnh con dấu")
            self.image_note.setText(
                self.tr("{what} {name} (đổi trong Cài đặt, thẻ Chữ ký số)").format(
                    what=what[:1].upper() + what[1:], name=Path(chosen).name
                )
            )
        else:
            self.image_note.setText(
                self.tr(
                    "Chưa chọn ảnh chữ ký tay trong Cài đặt: chữ ký sẽ không có hình ảnh (Phụ lục I, Nghị định "
                    "30/2020 yêu cầu có)."
                )
                if signer
                else self.tr(
                    "Chưa chọn ảnh con dấu trong Cài đặt: chữ ký của cơ quan sẽ không có hình con dấu (Phụ lục I, "
                    "Nghị định 30/2020 yêu cầu có)."
                )
            )

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
        """Check what can be checked here, then sign on a worker thread: a slow token or timestamp server never
        freezes the window. The PIN leaves the field now and lives only in the worker's call."""
        # lazy: cryptography and pyHanko are imported when a person signs, not when a report opens (export_flow imports this module)
        from gui.signing.keys import load_pfx, open_token
        from gui.signing.report import prepare_signing

        if self.busy:
            return
        secret = self.pin.text()
        self.pin.clear()  # used once, then gone from the widget
        try:
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

            job = prepare_signing(self.store, self.report_id, self.path, self.role, self.settings)
        except UserError as error:
            log.info("Signing refused: %s", type(error).__name__)  # the message may name a file; never the PIN
            self._say(str(error))
            return
        self._job = job
        self._set_busy(True)
        self._call = _Call(lambda: _sign(job, open_key))
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
        self._job = None
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
        # lazy: cryptography and pyHanko are imported when a person signs, not when a report opens (export_flow imports this module)
        from gui.signing.report import finish_signing

        job = self._job
        self._call = None
        self._job = None
        self._set_busy(False)
        if job is None:  # abandoned meanwhile
            return
        try:
            finish_signing(self.store, job, result)
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
        self.result_ = result
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._call = None
        self._job = None
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


def _sign(job: SigningJob, open_key: Callable[[], SigningKey]) -> SignResult:
    """On the worker thread: open the key (the PIN goes to the token here), sign, release the key."""
    # lazy: cryptography and pyHanko are imported when a person signs, not when a report opens (export_flow imports this module)
    from gui.signing import report

    key = open_key()
    try:
        return report.run_signing(job, key)
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
