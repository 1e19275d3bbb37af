"""After the Ministry's exports (Excel, summary PDF): the same three next steps as after a report's export —
open the file, open its folder, prepare an email with it attached — and a clear word when the system cannot."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui import opener
from gui.core.errors import UserError

log = logging.getLogger(__name__)


def open_with_system(path: Path) -> str | None:
    """Open a file or folder with the system's program; None when it worked, else what to tell the user."""
    if path.is_file():
        missing = opener.missing_opener(path)  # looked up at the call: tests stand in for it
        if missing is not None:
            return missing
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return None
    return QCoreApplication.translate("FileDoneDialog", "Hệ thống không mở được {path}.").format(path=path)


class FileDoneDialog(QDialog):
    """What was written, where, and: Mở tệp, Mở thư mục, Gửi email, Đóng.

    The province's export dialog (gui.views.export_flow.ExportResultDialog) is this one with a line of details, a
    "Ký số…" button and its own email draft: it adds them through `details`, `button_row` and the two hooks below.
    """

    def __init__(
        self,
        path: Path,
        title: str,
        what: str,
        *,
        subject: str = "",
        body: str = "",
        to: str = "",
        name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fileDoneDialog")
        self.path = Path(path)
        self.subject, self.body, self.to = subject, body, to
        self.eml_path: Path | None = None
        self.setWindowTitle(title)
        self.summary = QLabel(
            self.tr("Đã lưu {what}: <b>{name}</b><br>trong thư mục {folder}").format(
                what=html.escape(what, quote=False),
                name=html.escape(name if name is not None else self.path.name, quote=False),
                folder=html.escape(str(self.path.parent), quote=False),
            ),
            self,
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)  # a line under the summary, for dialogs that have one
        self.details.setObjectName("fieldHelp")
        self.details.hide()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        self.open_file_button = QPushButton(self.tr("Mở &tệp"), self)
        self.open_folder_button = QPushButton(self.tr("Mở thư &mục"), self)
        self.email_button = QPushButton(self.tr("Gửi &email"), self)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.email_button.clicked.connect(self.send_email)
        self.close_button.clicked.connect(self.accept)
        self.button_row = QHBoxLayout()
        for button in (self.open_file_button, self.open_folder_button, self.email_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addStretch(1)  # the text stays together at the top, the room goes above the buttons
        layout.addLayout(self.button_row)
        self.open_file_button.setDefault(True)
        self.resize(560, 150)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def cannot_open_text(self, problem: str) -> str:
        """What to say when the file would not open (a subclass names the program to install)."""
        return self.tr(
            "{problem} Hãy cài chương trình phù hợp, hoặc bấm “Mở thư mục” để chép tệp đi. Tệp ở: {path}"
        ).format(problem=problem, path=self.path)

    def write_draft(self) -> tuple[Path, list[str]]:
        """Write the .eml draft beside the file; its path and what to tell the user before "opened / not opened"."""
        from gui.mail import write_file_eml  # lazy: the mail module is needed only when someone sends

        return write_file_eml(self.path, subject=self.subject, body=self.body, to=self.to), []

    def open_file(self) -> bool:
        problem = open_with_system(self.path)  # also when no program is installed (xdg-open "works")
        if problem is not None:
            self._say(self.cannot_open_text(problem))
        return problem is None

    def open_folder(self) -> bool:
        """The folder, with the file selected where the system can (a webmail's attach dialog starts there)."""
        if opener.reveal_in_folder(self.path):  # looked up at the call: tests stand in for it
            return True
        problem = open_with_system(self.path.parent)
        if problem is not None:
            self._say(self.tr("Không mở được thư mục. Tệp ở: {path}").format(path=self.path))
        return problem is None

    def send_email(self) -> Path | None:
        try:
            self.eml_path, lines = self.write_draft()
        except (UserError, OSError) as error:
            log.warning("Writing the .eml failed: %s", error)
            self._say(self.tr("Không tạo được thư nháp: {error}").format(error=error))
            return None
        if open_with_system(self.eml_path) is None:
            lines.append(self.tr("Đã mở thư nháp trong chương trình thư; kiểm tra rồi bấm Gửi."))
        else:
            lines.append(
                self.tr(
                    "Đã tạo thư nháp có đính kèm tệp nhưng không mở được chương trình thư. Hãy mở tệp này bằng "
                    "Outlook hoặc Thunderbird: {path}"
                ).format(path=self.eml_path)
            )
        self._say("\n".join(lines))
        return self.eml_path
