"""Xuất PDF from the editor: what blocks a final export (each item jumps to its field), a draft instead, the save
dialog, the export recorded with its SHA-256, then "Mở tệp", "Mở thư mục" and "Gửi email" (an .eml draft).

Nothing here blocks the event loop: the dialogs are opened with open()/show() and continue through signals, so
the flow can be driven by a test (or a screen reader) like any other window.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import UserError
from gui.core.i18n import pick
from gui.core.validation import Problem
from gui.fileio import writes_in_place
from gui.mail import email_body, email_subject, write_eml
from gui.operations.export import ExportResult, export_report, suggested_file_name
from gui.store.errors import StoreError
from gui.views.exported_file_dialog import FileDoneDialog
from gui.views.preferences import settings
from gui.views.preview import RENDER_LOCK
from gui.views.sending import WebmailRow
from gui.views.sign_dialog import SignDialog  # lazy: pyHanko and the token drivers load only to sign

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from gui.core.document import ReportDocument
    from gui.core.profile import Profile
    from gui.signing.sign import SignResult
    from gui.views.editor import ReportEditor

log = logging.getLogger(__name__)

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
_last_dir: str = ""  # this session's last export folder, when the settings file cannot be used


def _settings() -> QSettings | None:
    try:
        return settings()
    except Exception:  # the settings module is optional here: without it the folder is remembered per session
        return None


def last_export_dir() -> str:
    store = _settings()
    value = store.value("export/last_dir", "") if store is not None else ""
    return str(value or _last_dir)


def remember_export_dir(folder: Path) -> None:
    global _last_dir
    _last_dir = str(folder)
    store = _settings()
    if store is not None:
        store.setValue("export/last_dir", str(folder))
        store.sync()


def start_folder(profile: Profile) -> Path:
    """The profile's export folder, else the last one used, else Documents (else home)."""
    for candidate in (getattr(profile, "export_dir", ""), last_export_dir()):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


class BlockingProblemsDialog(QDialog):
    """What keeps the report from a final export. Enter or double-click on an item: go there.

    Result: `choice` is "draft" (export a draft), "jump" (with `problem`), or "" (back to the form).
    """

    def __init__(self, problems: list[Problem], where: Callable[[Problem], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockingProblemsDialog")
        self.setWindowTitle(self.tr("Chưa thể xuất bản chính thức"))
        self.choice = ""
        self.problem: Problem | None = None
        missing = sum(p.code == "required" for p in problems)
        others = len(problems) - missing
        parts = []
        if missing:
            parts.append(self.tr("{n} mục bắt buộc chưa nhập").format(n=missing))
        if others:
            parts.append(self.tr("{n} lỗi cần sửa").format(n=others))
        intro = QLabel(
            self.tr(
                "Báo cáo còn {what}. Chọn một dòng rồi nhấn Enter (hoặc nhấp đúp) để đến chỗ cần sửa, "
                "hoặc xuất bản dự thảo: mọi trang sẽ có dấu “DỰ THẢO”."
            ).format(what=self.tr(" và ").join(parts)),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        for problem in problems:
            place = where(problem)
            text = pick(problem.message, problem.message_en)
            item = QListWidgetItem(icon, f"{place} · {text}" if place else text)
            item.setData(PROBLEM_ROLE, problem)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._jump)
        self.list.itemDoubleClicked.connect(self._jump)
        self.draft_button = QPushButton(self.tr("Xuất PDF &dự thảo…"), self)
        self.draft_button.setToolTip(self.tr("Xuất PDF có dấu “DỰ THẢO” trên mọi trang, để góp ý hoặc trình ký"))
        self.go_button = QPushButton(self.tr("Đến chỗ cần &sửa"), self)
        self.back_button = QPushButton(self.tr("&Quay lại"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.draft_button.clicked.connect(self._draft)
        self.go_button.clicked.connect(lambda: self._jump(self.list.currentItem()))
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.list.setFocus()

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _draft(self) -> None:
        self.choice = "draft"
        self.accept()

    def _jump(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.choice = "jump"
        self.problem = item.data(PROBLEM_ROLE)
        self.accept()


class ExportResultDialog(FileDoneDialog):
    """After a report's export: the Ministry's file dialog (open, folder, email) with the file's size and SHA-256,
    "Ký số…" for a final export, and an email draft addressed to the Ministry from the profile."""

    def __init__(self, result: ExportResult, doc: ReportDocument, profile: Profile, parent: QWidget | None = None) -> None:
        to = getattr(profile, "ministry_email", "") or ""
        kind = (
            QCoreApplication.translate("ExportResultDialog", "bản dự thảo")
            if result.draft
            else QCoreApplication.translate("ExportResultDialog", "bản chính thức")
        )
        super().__init__(
            result.path,
            QCoreApplication.translate("ExportResultDialog", "Đã xuất PDF"),
            kind,
            to=to,
            name=result.file_name,
            parent=parent,
        )
        self.setObjectName("exportResultDialog")
        self.result_ = result
        self.doc = doc
        self.profile = profile
        details = self.tr("{size} KB").format(size=max(1, round(result.size / 1024)))
        if not result.draft:
            details += " · " + self.tr("đã ghi vào lịch sử xuất bản của báo cáo")
        self.details.setText(details)
        self.details.show()
        # The fingerprint matters to the support desk, not to an official: behind "Chi tiết".
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("fieldHelp")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.hide()
        self.details_button = QPushButton(self.tr("Chi tiết"), self)
        self.details_button.setCheckable(True)
        self.details_button.setFlat(True)
        self.details_button.toggled.connect(self.fingerprint.setVisible)
        self._show_fingerprint(result.sha256)
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.details_button)
        detail_row.addStretch(1)
        cast(QVBoxLayout, self.layout()).insertLayout(2, detail_row)
        cast(QVBoxLayout, self.layout()).insertWidget(3, self.fingerprint)
        # Ký số (gui.views.sign_dialog): the signed file replaces the exported one; opening and email use it.
        self.sign_button = QPushButton(self.tr("&Ký số…"), self)
        self.sign_button.setVisible(not result.draft)
        self.sign_button.clicked.connect(self.sign)
        self.button_row.insertWidget(0, self.sign_button)
        # Only the person knows the file went out (webmail, the document system): then the status says "Đã gửi".
        self.sent_button = QPushButton(self.tr("Đã &gửi xong…"), self)
        self.sent_button.setVisible(not result.draft)
        self.sent_button.setToolTip(self.tr("Bấm sau khi đã gửi tệp cho Bộ: trạng thái báo cáo thành “Đã gửi”"))
        self.sent_button.clicked.connect(self.confirm_sent)
        self.button_row.insertWidget(self.button_row.indexOf(self.close_button), self.sent_button)
        self.sign_dialog: SignDialog | None = None
        self.signings: list[SignResult] = []
        self.email_button.setText(self.tr("Thư &nháp (Outlook, Thunderbird)"))
        self.email_button.setToolTip(
            self.tr("Tạo thư nháp có đính kèm tệp PDF gửi {to}").format(to=to)
            if to
            else self.tr("Tạo thư nháp có đính kèm tệp PDF (chưa có địa chỉ email của Bộ: Cài đặt › Gửi báo cáo)")
        )
        if not result.draft:  # a draft is not sent to the Ministry
            self.webmail = WebmailRow(
                to, email_subject(doc), email_body(doc, result.file_name, **self._sender(profile)), self
            )
            cast(QVBoxLayout, self.layout()).insertWidget(5, self.webmail)
        self.resize(640, 220)

    @staticmethod
    def _sender(profile: Profile) -> dict[str, str]:
        return {"sender": profile.contact_name, "phone": profile.contact_phone}

    def sign(self) -> None:
        # lazy: the signing use case (the PDF sandbox, pyHanko) is imported when a person signs
        from gui.operations.signing import check_report_export

        editor = cast("ReportEditor", self.parent())  # the report editor this dialog was opened from
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:  # ours, intact, still the report: checked before the dialog asks for anything
            target = check_report_export(store=editor.store, report_id=editor.report_id, path=self.result_.path)
        except UserError as error:
            self._say(str(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog = SignDialog(target, editor.store, self)  # the role whose turn it is comes chosen
        dialog.accepted.connect(lambda: self._signed(dialog))
        self.sign_dialog = dialog
        dialog.open()

    def confirm_sent(self) -> None:
        editor = cast("ReportEditor", self.parent())
        editor.ask_confirm_sent(self.path)

    def _signed(self, dialog: SignDialog) -> None:
        result = dialog.result_
        assert result is not None, "accepted once signed"
        self.signings.append(result)
        editor = cast("ReportEditor", self.parent())
        editor.refresh_life()
        editor.changed.emit()  # the list shows "Đã ký 1/2" too
        roles = {"signer": self.tr("người có thẩm quyền"), "agency": self.tr("cơ quan, do văn thư ký")}
        lines = []
        for signed in self.signings:
            who = ", ".join(dict.fromkeys(x for x in (signed.holder, signed.organisation) if x))
            lines.append(self.tr("Đã ký số ({role}): {who}.").format(role=roles[signed.role], who=who))
        lines += list(result.notes)
        if len(self.signings) == 1 and result.role == "signer":
            lines.append(self.tr("Tiếp theo: văn thư ký số của cơ quan (Ký số… → Văn thư)."))
        self._say("\n".join(lines))
        # The file on disk is now the signed one: its size and hash, as the export log has them.
        digest = hashlib.sha256(result.data).hexdigest()
        self.details.setText(self.tr("{size} KB · đã ký số").format(size=max(1, round(len(result.data) / 1024))))
        self._show_fingerprint(digest)

    def _show_fingerprint(self, digest: str) -> None:
        self.fingerprint.setText(
            self.tr("Mã kiểm tra của tệp (SHA-256), để đối chiếu khi cần: {digest}").format(digest=digest)
        )

    def cannot_open_text(self, problem: str) -> str:
        return self.tr(
            "{problem} Hãy cài chương trình đọc PDF, hoặc bấm “Mở thư mục” để chép tệp đi. Tệp ở: {path}"
        ).format(problem=problem, path=self.path)

    def write_draft(self) -> tuple[Path, list[str]]:
        sender = self._sender(self.profile)
        path = write_eml(self.doc, self.path, to=self.to, sender_name=sender["sender"], phone=sender["phone"])
        if self.to:
            return path, []
        return path, [
            self.tr("Chưa có địa chỉ email nhận báo cáo của Bộ (Cài đặt › Gửi báo cáo): hãy nhập người nhận trong thư.")
        ]


class ExportFlow(QObject):
    """One "Xuất PDF" at a time for an editor. `exported(result)` after a successful export."""

    exported = Signal(object)
    status = Signal(str)

    def __init__(self, editor: ReportEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.problems_dialog: BlockingProblemsDialog | None = None
        self.result_dialog: ExportResultDialog | None = None
        self.last_result: ExportResult | None = None

    def start(self) -> None:
        editor = self.editor
        editor.flush()
        self._say_if_changed_after_signing()
        if editor.autosaver.held():
            self.status.emit(
                self.tr("Chưa xuất được: thay đổi mới nhất chưa lưu được vào cơ sở dữ liệu (xem thông báo phía trên).")
            )
            return
        blocking = [p for p in editor.revalidate(reveal=True) if p.is_error]
        if not blocking:
            self.choose_file(draft=False)
            return
        dialog = BlockingProblemsDialog(blocking, editor.state.place_of, editor)
        dialog.finished.connect(lambda _code: self._after_problems(dialog))
        self.problems_dialog = dialog
        dialog.open()

    def _say_if_changed_after_signing(self) -> None:
        # lazy: cryptography is imported when a signed file is looked at, not when a report opens
        from gui.signing.report_signatures import shown_time, stale_signing

        stale = stale_signing(self.editor.store, self.editor.report_id)
        if stale is not None:
            self.status.emit(
                self.tr(
                    "Báo cáo đã sửa sau khi ký lúc {time}: tệp đã ký không còn đúng. Hãy xuất lại và ký lại (người có "
                    "thẩm quyền, rồi văn thư)."
                ).format(time=shown_time(stale.signed_at))
            )

    def _after_problems(self, dialog: BlockingProblemsDialog) -> None:
        self.problems_dialog = None
        dialog.deleteLater()
        if dialog.choice == "draft":
            self.choose_file(draft=True)
        elif dialog.choice == "jump" and dialog.problem is not None:
            self.editor.focus_problem(dialog.problem)

    def choose_file(self, *, draft: bool) -> ExportResult | None:
        editor = self.editor
        store = editor.store
        doc = store.document(editor.report_id)
        name = suggested_file_name(doc)
        if draft:
            name = name.removesuffix(".pdf") + "-du-thao.pdf"
        start = start_folder(store.profile()) / name
        title = self.tr("Lưu bản dự thảo PDF") if draft else self.tr("Lưu báo cáo PDF")
        path, _filter = QFileDialog.getSaveFileName(editor, title, str(start), self.tr("Tệp PDF (*.pdf)"))
        if not path:
            self.status.emit(self.tr("Đã hủy xuất PDF."))
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf" and not writes_in_place(target):
            target = target.with_name(target.name + ".pdf")
        return self.export_to(target, draft=draft)

    def export_to(self, target: Path, *, draft: bool) -> ExportResult | None:
        editor = self.editor
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with RENDER_LOCK:
                result = export_report(editor.store, editor.report_id, target, draft=draft)
        except (UserError, StoreError, OSError) as error:
            log.warning("Export failed: %s", error)
            self._error(str(error))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not writes_in_place(target):  # /dev is no place to offer for the next export
            remember_export_dir(target.parent)
        self.last_result = result
        kind = self.tr("bản dự thảo") if draft else self.tr("bản chính thức")
        self.status.emit(self.tr("Đã xuất {kind}: {path}").format(kind=kind, path=result.path))
        if self.result_dialog is not None:
            self.result_dialog.close()
        self.result_dialog = ExportResultDialog(
            result, editor.store.document(editor.report_id), editor.store.profile(), editor
        )
        self.result_dialog.show()
        self.exported.emit(result)
        return result

    def _error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Chưa xuất được PDF"), message, parent=self.editor)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.status.emit(self.tr("Chưa xuất được PDF: {message}").format(message=message.splitlines()[0]))
