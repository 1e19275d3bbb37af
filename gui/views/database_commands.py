"""The window's use cases on the database file: the backup made at every start, a restore from a backup, and
another database file (refused, and that window raised, when another window has it open).

Each runs its operation of gui/operations.databases through run_operation. Imported by the window when the
first of them is used (MainWindow.databases), after the window is shown.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gui.core.errors import UserError
from gui.operations.databases import back_up, open_database, restore, same_database
from gui.views import opening
from gui.views.backup_dialog import choose_backup
from gui.views.preferences import backups_kept
from gui.views.run_operation import run_operation

if TYPE_CHECKING:
    from gui.store.reports import ReportStore
    from gui.views.main_window import MainWindow

log = logging.getLogger(__name__)


class DatabaseCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def backup_at_start(self) -> Path | None:
        """The rolling backup made at every start (after the window is shown, so the start stays quick); a
        failure is said in the status bar, not in a dialog: the person did not ask for it."""
        window = self.window
        store = window.store

        def not_backed_up(error: UserError) -> bool:
            log.warning("Start-up backup failed: %s", error)
            window.statusBar().showMessage(self.tr("Chưa sao lưu được dữ liệu: {error}").format(error=error), 10000)
            return True

        made = None
        if store is not None and store.path is not None:  # a store in memory has nothing to back up
            made = run_operation(
                window,
                window.title_of("backup_restore"),
                lambda: back_up(store, "start", keep=backups_kept()),
                refused=not_backed_up,
            )
            if made is not None:
                log.info("Start-up backup: %s", made)
        window.started.emit()
        return made

    def restore_backup_dialog(self) -> bool:
        path = self.window.db_file()
        if path is None:
            return False
        backup = choose_backup(path, self.window)
        return self.restore_from_backup(backup) if backup is not None else False

    def restore_from_backup(self, backup: Path) -> bool:
        """Close the store, put the backup's content in place (the current one is backed up first), reopen."""
        window = self.window
        path = window.db_file()
        if path is None:
            return False
        chosen = Path(backup)

        def put_back() -> Path:
            restore(path, chosen, keep=backups_kept())
            return chosen

        window.release_store()
        # a backup that cannot be read or copied: the data stays as it was, and is opened again
        restored = run_operation(window, window.title_of("backup_restore"), put_back)
        if not self.reopen(path) or restored is None:
            return False
        window.statusBar().showMessage(
            self.tr("Đã khôi phục dữ liệu từ bản sao lưu {name}.").format(name=chosen.name), 8000
        )
        return True

    def switch_database_dialog(self) -> bool:
        other = opening.ask_database_path(self.window, self.window.db_file())  # looked up here: tests stand in for it
        return self.switch_database(other) if other is not None else False

    def switch_database(self, other: Path) -> bool:
        """Work on another database file; refused (and that window raised) when another window has it open."""
        window = self.window
        other = Path(other)
        current = window.db_file()
        if current is not None and same_database(other, current):
            return True
        lock = opening.take_lock(other) if window.db_lock is not None else None
        if window.db_lock is not None and lock is None:
            return False
        store = self._open(other)
        if store is None:
            if lock is not None:
                lock.release()
            return False
        window.release_store()
        if lock is not None:
            window.set_lock(lock)
            lock.listen()
        window.db_path = other
        window.attach_store(store)
        window.statusBar().showMessage(self.tr("Đang làm việc với {path}.").format(path=other), 8000)
        return True

    def reopen(self, path: Path) -> bool:
        store = self._open(path)
        if store is None:
            return False
        self.window.db_path = Path(path)
        self.window.attach_store(store)
        return True

    def _open(self, path: Path) -> ReportStore | None:
        return run_operation(self.window, self.tr("Không mở được dữ liệu"), lambda: open_database(path))
