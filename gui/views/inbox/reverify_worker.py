"""Re-verifying every stored version off the interface thread (after a root, a CRL or the registry changed), with its
own database connection (a connection is used on one thread only) and progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from gui.operations.trust import Reverified, reverify
from gui.store.reports import ReportStore
from gui.views.run_operation import Failed, attempt


class ReverifyWorker(QObject):
    """Lives in a QThread; `registry_only` when only the registry changed (no file is parsed)."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # Reverified
    failed = Signal(object)  # Failed: a refusal's words, or our fault (logged; said politely by the page)

    def __init__(self, db_path: Path, *, registry_only: bool) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.registry_only = registry_only

    @Slot()
    def run(self) -> None:
        # The interface must hear of any failure, or it would wait forever.
        outcome = attempt("Re-verification", self._reverify)
        if isinstance(outcome, Failed):
            self.failed.emit(outcome)
        else:
            self.finished.emit(outcome)

    def _reverify(self) -> Reverified:
        store = ReportStore.open(self.db_path)
        try:
            return reverify(
                store=store, registry_only=self.registry_only, progress=lambda d, t: self.progress.emit(d, t)
            )
        finally:
            store.close()
