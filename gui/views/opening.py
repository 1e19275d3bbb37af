"""Opening the database from the window: its lock, the store, and the ways out when it cannot be opened
(another file, a backup), shared by the start of the app and the main window's "open another database"."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.store.location import default_db_path
from gui.views.messages import APP_TITLE, QUIT_WHEN_SHOWN_ENV, quiet, warn
from gui.views.preferences import backups_kept
from gui.views.single_instance import DatabaseLock, ask_first_to_raise

if TYPE_CHECKING:  # types only: the store and the lock are imported when a database is opened
    from gui.store.reports import ReportStore
    from gui.views.single_instance import DatabaseLock

log = logging.getLogger(__name__)


def show_store_error(message: str, has_backups: bool = False) -> str | None:
    """The database cannot be opened: say why and offer the ways out. Returns "open", "restore" or "quit"."""
    # lazy: PySide builds a Qt class on its first use: a message box costs start-up time only when one is shown
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "Không mở được dữ liệu"),
        QCoreApplication.translate("App", "Không mở được cơ sở dữ liệu báo cáo."),
    )
    box.setInformativeText(message)
    open_button = box.addButton(QCoreApplication.translate("App", "Mở tệp khác…"), QMessageBox.ButtonRole.AcceptRole)
    restore_button = (
        box.addButton(QCoreApplication.translate("App", "Khôi phục từ bản sao lưu…"), QMessageBox.ButtonRole.AcceptRole)
        if has_backups
        else None
    )
    quit_button = box.addButton(QCoreApplication.translate("App", "Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button or open_button)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return "open"
    if restore_button is not None and clicked is restore_button:
        return "restore"
    return "quit"


def ask_database_path(parent: QWidget | None = None, start: Path | None = None) -> Path | None:
    """Another database file, existing or new (tests replace this function)."""
    # lazy: PySide builds a Qt class on its first use: the file dialog costs start-up time only when it is asked for
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("App", "Mở cơ sở dữ liệu khác"),
        str(start.parent if start else default_db_path().parent),
        QCoreApplication.translate("App", "Cơ sở dữ liệu báo cáo (*.sqlite3 *.db);;Mọi tệp (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def tell_already_open(db_path: Path, raised: bool) -> None:
    """The second launch's message (skipped in tests and scripted runs)."""
    text = QCoreApplication.translate(
        "App", "Cơ sở dữ liệu {path} đang được mở trong một cửa sổ khác của ứng dụng."
    ).format(path=db_path)
    more = (
        QCoreApplication.translate("App", "Cửa sổ đó đã được đưa lên trước. Hãy làm việc tiếp trong cửa sổ đó.")
        if raised
        else QCoreApplication.translate("App", "Hãy chuyển sang cửa sổ đó (xem thanh tác vụ), hoặc đóng nó rồi mở lại.")
    )
    if quiet():
        print(f"{text} {more}", file=sys.stderr)
        return
    # lazy: PySide builds a Qt class on its first use: a message box costs start-up time only when one is shown
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, APP_TITLE, text)
    box.setInformativeText(more)
    box.exec()


def open_with_ways_out(
    db_path: Path, lock: DatabaseLock | None, parent: QWidget | None = None
) -> tuple[ReportStore | None, Path, DatabaseLock | None]:
    """Open the store; on a fault offer another file or a backup until one opens or the user quits.

    Returns (store or None, the path that opened, the lock now held for it)."""
    # lazy: the store (sqlite-utils, msgspec) is imported after the window is shown
    from gui.operations.databases import backups_of, open_database, restore_over_damaged
    from gui.store.errors import StoreError

    while True:
        try:
            return open_database(db_path), db_path, lock
        except StoreError as error:
            log.warning("Cannot open the database %s: %s", db_path, error)
            if os.environ.get(QUIT_WHEN_SHOWN_ENV):
                print(str(error), file=sys.stderr)
                return None, db_path, lock
            choice = show_store_error(str(error), bool(backups_of(db_path)))
        if choice == "open":
            other = ask_database_path(parent, db_path)
            if other is None:
                continue
            other_lock = take_lock(other)
            if other_lock is None:
                continue
            if lock is not None:
                lock.release()
            db_path, lock = other, other_lock
        elif choice == "restore":
            # lazy: only on a fault
            from gui.views.backup_dialog import choose_backup

            backup = choose_backup(db_path, parent)
            if backup is None:
                continue
            try:
                restore_over_damaged(db_path, backup, keep=backups_kept())
            except StoreError as error:
                log.warning("Restore failed: %s", error)
                warn(parent, QCoreApplication.translate("App", "Khôi phục từ bản sao lưu"), str(error))
        else:
            return None, db_path, lock


def take_lock(db_path: Path) -> DatabaseLock | None:
    """The lock of db_path, or None when another window holds it (that window is asked to come forward)."""
    lock = DatabaseLock(db_path)
    if lock.acquire():
        return lock
    log.info("%s is open in another window (%s)", db_path, lock.holder())
    tell_already_open(db_path, ask_first_to_raise(db_path))
    return None
