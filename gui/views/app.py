"""Starting the GUI: one window per database, the list shown before the store loads, faults met with ways out.

Order of a start: the application and its language; the database's lock (a second launch raises the first window
and exits); the main window with the report list read by plain sqlite3; the window shown; then the full store
(sqlite-utils, pydantic, the template), the start-up backup and the local socket that answers later launches.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

APP_TITLE = "Báo cáo BVQLNTD"
# BVNTD_QUIT_WHEN_SHOWN=1 quits right after the main window is first shown; =listed when the list read with
# plain sqlite3 is in it; =loaded when the full store is attached; =started after the start-up backup too.
# The moment is written to stderr as "bvntd-reached <stage> <epoch seconds>" (benchmarks/bench_startup.py).
QUIT_WHEN_SHOWN_ENV = "BVNTD_QUIT_WHEN_SHOWN"
# BVNTD_NO_DIALOGS=1: messages that would wait for a click go to stderr instead (tests, scripted runs).
NO_DIALOGS_ENV = "BVNTD_NO_DIALOGS"


def default_db_path() -> Path:
    """gui.store.database.default_db_path without importing sqlite-utils (tested to agree with it)."""
    import platformdirs

    from gui import APP_AUTHOR, APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)) / "bvntd.sqlite3"


def quiet() -> bool:
    return bool(os.environ.get(QUIT_WHEN_SHOWN_ENV) or os.environ.get(NO_DIALOGS_ENV))


def choose_language(lang: str | None) -> str:
    """--lang, then BVNTD_LANG, then the language saved in settings, then Vietnamese."""
    if lang in ("vi", "en"):
        return lang
    env = os.environ.get("BVNTD_LANG")
    if env in ("vi", "en"):
        return env
    from gui.views.preferences import saved_language

    return saved_language() or "vi"


def create_application(lang: str | None = None) -> QApplication:
    from gui.views.i18n import install_translators, set_language
    from gui.views.style import STYLE_SHEET

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("bvntd")
    app.setApplicationDisplayName(APP_TITLE)
    app.setOrganizationName("BCT")
    language = set_language(choose_language(lang))
    install_translators(app, language)
    app.setStyleSheet(STYLE_SHEET)
    return app


# --- unexpected errors ---------------------------------------------------------------------------------


def show_error_dialog(log_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox  # here, not at the top: its first use costs start-up time

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Đã xảy ra lỗi"),
        QCoreApplication.translate("App", "Xin lỗi, ứng dụng gặp một lỗi không mong muốn."),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Dữ liệu đã nhập trước đó vẫn được lưu. Chi tiết lỗi được ghi vào tệp:\n{path}\n\n"
            "Hãy gửi tệp này cho bộ phận hỗ trợ.",
        ).format(path=log_path)
    )
    box.exec()


def install_excepthook(window: Any = None) -> None:
    """An unexpected error: save what the editor holds first, log it to the rotating file, then a polite dialog
    with where the details are; never a traceback on screen."""
    busy = {"now": False}

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from gui.logs import setup_logging

        path = setup_logging()
        if busy["now"]:  # an error inside the dialog itself: log it only
            log.error("Unexpected error while reporting an error", exc_info=(kind, error, tb))
            return
        busy["now"] = True
        try:
            saved = save_pending(window)
            log.error("Unexpected error (pending edits saved: %s)", saved, exc_info=(kind, error, tb))
            if QApplication.instance() is None or quiet():
                print(f"Lỗi không mong muốn; chi tiết trong {path}", file=sys.stderr)
                return
            show_error_dialog(path)
        finally:
            busy["now"] = False

    sys.excepthook = hook


def save_pending(window: Any) -> bool:
    """Flush the editor's pending edits; True when all were saved (a failure here is logged, never raised)."""
    editor = getattr(window, "editor", None) if window is not None else None
    if editor is None:
        return True
    try:
        return bool(editor.flush())
    except Exception:
        log.exception("Saving the pending edits after an error failed")
        return False


# --- the database: opening it, and what to do when it cannot be opened ---------------------------------


def open_store(db_path: Path | None) -> Any:
    """The store at db_path (or the per-user default), with the demo report when the database has no reports."""
    from gui.store.reports import ReportStore, create_demo_report

    store = ReportStore.open(Path(db_path) if db_path else default_db_path())
    if not store.list_reports(origin=None) and not store.list_reports(origin=None, trash=True):
        profile = store.profile()
        create_demo_report(store)
        if not profile.is_set_up:
            # The demo saves its own (Nghệ An) profile; a new user should set up their agency, so keep theirs empty.
            store.save_profile(profile)
    return store


def show_store_error(message: str, has_backups: bool = False) -> str | None:
    """The database cannot be opened: say why and offer the ways out. Returns "open", "restore" or "quit"."""
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
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, APP_TITLE, text)
    box.setInformativeText(more)
    box.exec()


def open_with_ways_out(db_path: Path, lock: Any, parent: QWidget | None = None) -> tuple[Any, Path, Any]:
    """Open the store; on a fault offer another file or a backup until one opens or the user quits.

    Returns (store or None, the path that opened, the lock now held for it)."""
    from gui.store.backups import BackupError, list_backups, restore_backup
    from gui.store.database import StoreError
    from gui.views.preferences import backups_kept

    while True:
        try:
            return open_store(db_path), db_path, lock
        except StoreError as error:
            log.warning("Cannot open the database %s: %s", db_path, error)
            if os.environ.get(QUIT_WHEN_SHOWN_ENV):
                print(str(error), file=sys.stderr)
                return None, db_path, lock
            choice = show_store_error(str(error), bool(list_backups(db_path)))
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
            from gui.views.backup_dialog import choose_backup

            backup = choose_backup(db_path, parent)
            if backup is None:
                continue
            try:
                set_aside(db_path)
                restore_backup(backup, db_path, keep=backups_kept())
            except (BackupError, OSError) as error:
                log.warning("Restore failed: %s", error)
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(parent, QCoreApplication.translate("App", "Khôi phục từ bản sao lưu"), str(error))
        else:
            return None, db_path, lock


def set_aside(db_path: Path) -> Path | None:
    """Move a database that cannot be opened out of the way (kept for the support desk, never deleted), so a
    backup can be restored in its place; SQLite cannot copy a backup over a file that is not a database."""
    import datetime as dt

    if not db_path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.hong-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            part.replace(Path(str(aside) + suffix))
    log.warning("Damaged database moved to %s", aside)
    return aside


def take_lock(db_path: Path) -> Any:
    """The lock of db_path, or None when another window holds it (that window is asked to come forward)."""
    from gui.views.single_instance import DatabaseLock, ask_first_to_raise

    lock = DatabaseLock(db_path)
    if lock.acquire():
        return lock
    log.info("%s is open in another window (%s)", db_path, lock.holder())
    tell_already_open(db_path, ask_first_to_raise(db_path))
    return None


# --- the run -------------------------------------------------------------------------------------------


def run_app(db_path: Path | None = None, lang: str | None = None, *, set_up_profile: bool = True) -> int:
    """Open the main window at once, then the database; returns the exit status."""
    app = create_application(lang)
    path = Path(db_path) if db_path else default_db_path()
    lock = take_lock(path)
    if lock is None:
        return 0  # the first window has it; this launch has done its job by raising it
    from gui.views.main_window import MainWindow

    quit_when = os.environ.get(QUIT_WHEN_SHOWN_ENV, "")

    def quit_now(stage: str) -> None:
        import time

        print(f"bvntd-reached {stage} {time.time():.6f}", file=sys.stderr, flush=True)
        app.exit(0)

    window = MainWindow()
    window.db_path = path
    window.set_lock(lock)
    install_excepthook(window)
    status = {"code": 0}

    def fill_preview() -> None:
        # The list a person sees first needs only sqlite3: filled right after the first paint (a thousand rows
        # take ~50 ms to lay out), made live when the store has loaded.
        from gui.store.listing import read_report_list

        preview = read_report_list(path)
        if preview:
            window.show_preview(preview)
        if quit_when == "listed":
            QTimer.singleShot(0, lambda: quit_now("listed"))

    def load() -> None:
        store, opened, held = open_with_ways_out(path, lock, window)
        window.set_lock(held)
        if store is None:
            status["code"] = 2
            app.exit(2)  # the window is closed after the loop: closing it inside would also quit() the app
            return
        window.db_path = opened
        window.attach_store(store)
        held.listen()
        if quit_when == "loaded":
            QTimer.singleShot(0, lambda: quit_now("loaded"))
            return
        if quit_when == "started":
            window.started.connect(lambda: QTimer.singleShot(0, lambda: quit_now("started")))
        QTimer.singleShot(0, window.backup_at_start)
        if not quiet() and set_up_profile:
            QTimer.singleShot(0, window.maybe_set_up_profile)

    # exit(), not quit(): quit() also marks the application as closing, which later windows in the same
    # process (tests) would inherit.
    if quit_when and quit_when not in ("listed", "loaded", "started"):
        window.shown.connect(lambda: QTimer.singleShot(0, lambda: quit_now("shown")))
    # The window appears first, then the list read with sqlite3 alone, then the full store and its imports
    # (sqlite-utils, pydantic, the template).
    if quit_when in ("", "listed", "loaded", "started"):
        window.shown.connect(lambda: QTimer.singleShot(0, fill_preview))
    if quit_when in ("", "loaded", "started"):
        window.shown.connect(lambda: QTimer.singleShot(0, load))
    window.show()
    code = app.exec()
    if window.isVisible() or window.store is not None:
        window.close()
    window.set_lock(None)
    return status["code"] or code
