"""Starting the GUI: one window per database, the list shown before the store loads, faults met with ways out.

Order of a start: the application and its language; the database's lock (a second launch raises the first window
and exits); the main window with the report list read by plain sqlite3; the window shown; then the full store
(sqlite-utils, msgspec, the template), the start-up backup and the local socket that answers later launches.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from gui.core.i18n import set_language
from gui.store.location import default_db_path
from gui.user_settings import choose_language
from gui.views.i18n import install_translators
from gui.views.messages import APP_TITLE, QUIT_WHEN_SHOWN_ENV, quiet
from gui.views.opening import open_with_ways_out, take_lock
from gui.views.style import STYLE_SHEET

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def create_application(lang: str | None = None) -> QApplication:
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


def install_excepthook(window: QWidget | None = None) -> None:
    """An unexpected error: save what the editor holds first, log it to the rotating file, then a polite dialog
    with where the details are; never a traceback on screen."""
    busy = {"now": False}

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # lazy: logging.handlers is imported only when an error is logged
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


def save_pending(window: QWidget | None) -> bool:
    """Flush the editor's pending edits; True when all were saved (a failure here is logged, never raised)."""
    editor = getattr(window, "editor", None) if window is not None else None
    if editor is None:
        return True
    try:
        return bool(editor.flush())
    except Exception:
        log.exception("Saving the pending edits after an error failed")
        return False


# --- the run -------------------------------------------------------------------------------------------


def run_app(db_path: Path | None = None, lang: str | None = None, *, set_up_profile: bool = True) -> int:
    """Open the main window at once, then the database; returns the exit status."""
    app = create_application(lang)
    path = Path(db_path) if db_path else default_db_path()
    lock = take_lock(path)
    if lock is None:
        return 0  # the first window has it; this launch has done its job by raising it
    # lazy: a second launch only raises the first window and exits, without the window's modules
    from gui.views.main_window import MainWindow

    quit_when = os.environ.get(QUIT_WHEN_SHOWN_ENV, "")

    def quit_now(stage: str) -> None:
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
        if held is not None:  # always, from run_app's own lock
            held.listen()
        if quit_when == "loaded":
            QTimer.singleShot(0, lambda: quit_now("loaded"))
            return
        if quit_when == "started":
            window.started.connect(lambda: QTimer.singleShot(0, lambda: quit_now("started")))
        QTimer.singleShot(0, lambda: window.databases.backup_at_start())
        if not quiet() and set_up_profile:
            QTimer.singleShot(0, lambda: window.reports.maybe_set_up_profile())

    # exit(), not quit(): quit() also marks the application as closing, which later windows in the same
    # process (tests) would inherit.
    if quit_when and quit_when not in ("listed", "loaded", "started"):
        window.shown.connect(lambda: QTimer.singleShot(0, lambda: quit_now("shown")))
    # The window appears first, then the list read with sqlite3 alone, then the full store and its imports
    # (sqlite-utils, msgspec, the template).
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
