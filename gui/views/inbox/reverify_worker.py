"""Re-verifying every stored version off the interface thread (after a root, a CRL or the registry changed), with its
own database connection (a connection is used on one thread only) and progress."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from gui.operations.trust import reverify
from gui.store.reports import ReportStore

log = logging.getLogger(__name__)


class ReverifyWorker(QObject):
    """Lives in a QThread; `registry_only` when only the registry changed (no file is parsed)."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # Reverified
    failed = Signal(str)

    def __init__(self, db_path: Path, *, registry_only: bool) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.registry_only = registry_only

    @Slot()
    def run(self) -> None:
        try:
            store = ReportStore.open(self.db_path)
            try:
                result = reverify(
                    store=store, registry_only=self.registry_only, progress=lambda d, t: self.progress.emit(d, t)
                )
            finally:
                store.close()
        except Exception as error:  # the interface must hear of any failure, or it would wait forever
            log.exception("Re-verification failed")
            self.failed.emit(str(error))
            return
        self.finished.emit(result)
