"""The window's signing: "Ký số…" signs the report's last final export (or the file chosen when it is not where it
was written), "Ký số tệp PDF…" any of our PDFs, also one brought from another PC. Each file is checked
(gui.operations.signing) before the sign dialog asks anything; the dialog signs on its own worker.

Imported by the window when a person first signs (MainWindow.signing): pyHanko and the PDF sandbox load then.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from gui.core.errors import UserError
from gui.operations.signing import ExportNotFoundError, check_pdf, check_report_export
from gui.views.run_operation import Changed, run_operation
from gui.views.sign_dialog import SignDialog

if TYPE_CHECKING:
    from gui.operations.signing import SigningDone, SigningTarget
    from gui.views.main_window import MainWindow


class SigningCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def sign_report(self, report_id: int | None = None, path: Path | None = None) -> SigningDone | None:
        """"Ký số…": the report's last final export (or the file chosen when it is not where it was written),
        checked to be the report as it is now, then the sign dialog."""
        window = self.window
        if report_id is None:
            editing = window.editor if window.editor is not None and window.pages.currentWidget() is window.editor else None
            report_id = editing.report_id if editing is not None else window.list_page.selected_id()
        store = window.store
        if report_id is None or store is None:
            return None
        if window.editor is not None and window.editor.report_id == report_id:
            window.editor.flush()  # what was just typed counts: an edit after the export needs a new export
        missing: list[ExportNotFoundError] = []

        def ask_for_the_file(error: UserError) -> bool:
            if isinstance(error, ExportNotFoundError):
                missing.append(error)
                return True
            return False

        target = run_operation(
            window,
            window.title_of("sign"),
            lambda: check_report_export(store=store, report_id=report_id, path=path),
            busy=True,
            refused=ask_for_the_file,
        )
        if missing:
            error = missing[0]
            chosen = self._ask_pdf(
                self.tr("Chọn tệp PDF đã xuất của báo cáo"),
                (error.path.parent if error.path is not None else self._export_folder()) / error.file_name,
                note=str(error),
            )
            return self.sign_report(report_id, chosen) if chosen is not None else None
        return self._run_sign_dialog(target) if target is not None else None

    def sign_pdf_file(self, path: Path | None = None) -> SigningDone | None:
        """"Ký số tệp PDF…": any of our PDFs, also one brought from another PC with no report in this database;
        checked (ours, a final export, its signatures intact) before anything is asked."""
        window = self.window
        store = window.store
        if store is None:
            return None
        title = window.title_of("sign_file")
        if path is None:
            path = self._ask_pdf(title, self._export_folder())
            if path is None:
                return None
        chosen = Path(path)
        target = run_operation(window, title, lambda: check_pdf(path=chosen, store=store), busy=True)
        return self._run_sign_dialog(target) if target is not None else None

    def _run_sign_dialog(self, target: SigningTarget) -> SigningDone | None:
        window = self.window
        dialog = SignDialog(target, window.store, window)
        window.sign_dialog = dialog
        if dialog.exec() != SignDialog.DialogCode.Accepted or dialog.done_ is None:
            return None
        done = dialog.done_
        result = done.result
        who = ", ".join(dict.fromkeys(x for x in (result.holder, result.organisation) if x))
        role = self.tr("người có thẩm quyền") if result.role == "signer" else self.tr("cơ quan, do văn thư ký")
        window.operation_did_execute(Changed(select=target.report_id))  # the list's and the editor's status
        window.statusBar().showMessage(
            self.tr("Đã ký số {name} ({role}): {who}.").format(name=done.path.name, role=role, who=who), 10000
        )
        return done

    def _ask_pdf(self, title: str, start: Path, note: str = "") -> Path | None:
        if note:
            self.window.statusBar().showMessage(note, 15000)
        name, _ = QFileDialog.getOpenFileName(self.window, title, str(start), self.tr("Tệp PDF (*.pdf)"))
        return Path(name) if name else None

    def _export_folder(self) -> Path:
        store = self.window.store
        folder = store.profile().export_dir if store is not None else ""
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()
