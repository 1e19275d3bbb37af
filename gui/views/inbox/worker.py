"""Running an import off the interface thread, with its own database connection, progress and cancellation."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from gui.inbox.importer import ImportRun
from gui.operations.inbox import import_files
from gui.store.reports import ReportStore
from gui.views.run_operation import Failed, attempt


class ImportWorker(QObject):
    """Lives in a QThread; opens a second ReportStore there (a connection is used on one thread only)."""

    progress = Signal(int, int, str)  # done, total, the file being read
    finished = Signal(object)  # ImportRun
    failed = Signal(object)  # Failed: a refusal's words (a file moved away since it was chosen), or our fault (logged)

    def __init__(self, db_path: Path, paths: list[Path], *, accept_drafts: bool = False) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.paths = list(paths)
        self.accept_drafts = accept_drafts
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Asked from the interface thread; the worker stops before the next file (each file is committed alone)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        # The interface must hear of any failure, or it would wait forever.
        outcome = attempt("Inbox import", self._import)
        if isinstance(outcome, Failed):
            self.failed.emit(outcome)
        else:
            self.finished.emit(outcome)

    def _import(self) -> ImportRun:
        store = ReportStore.open(self.db_path)
        try:
            # Settings' and the database's trust roots, CRLs and registry; whether signatures are required.
            return import_files(
                store=store,
                paths=self.paths,
                progress=lambda done, total, path: self.progress.emit(done, total, path.name if path else ""),
                cancel=self._cancel.is_set,
                accept_drafts=self.accept_drafts,
            ).run
        finally:
            store.close()


__all__ = ["ImportRun", "ImportWorker"]
