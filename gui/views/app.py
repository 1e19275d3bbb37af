"""Starting the GUI: the application object, the main window, the database, and a polite last-resort error dialog."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)

APP_TITLE = "Báo cáo BVQLNTD"
# BVNTD_QUIT_WHEN_SHOWN=1 quits right after the main window is first shown; =loaded after the list is filled.
QUIT_WHEN_SHOWN_ENV = "BVNTD_QUIT_WHEN_SHOWN"


def _t(text: str) -> str:
    return QCoreApplication.translate("App", text)


def create_application(lang: str | None = None) -> QApplication:
    from gui.views.i18n import install_translators, set_language
    from gui.views.style import STYLE_SHEET

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("bvntd")
    app.setApplicationDisplayName(APP_TITLE)
    app.setOrganizationName("BCT")
    language = set_language(lang or os.environ.get("BVNTD_LANG"))
    install_translators(app, language)
    app.setStyleSheet(STYLE_SHEET)
    return app


def install_excepthook() -> None:
    """An unexpected error is logged and told to the user politely, with where the details are; no traceback."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from gui.logs import setup_logging

        path = setup_logging()
        log.error("Unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is None or os.environ.get(QUIT_WHEN_SHOWN_ENV):
            print(f"Lỗi không mong muốn; chi tiết trong {path}", file=sys.stderr)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, _t("Đã xảy ra lỗi"), _t("Xin lỗi, ứng dụng gặp một lỗi không mong muốn.")
        )
        box.setInformativeText(
            _t(
                "Dữ liệu đã nhập trước đó vẫn được lưu. Chi tiết lỗi được ghi vào tệp:\n{path}\n\nHãy gửi tệp này cho bộ phận hỗ trợ."
            ).format(path=path)
        )
        box.exec()

    sys.excepthook = hook


def show_store_error(message: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, _t("Không mở được dữ liệu"), _t("Không mở được cơ sở dữ liệu báo cáo.")
    )
    box.setInformativeText(message)
    box.exec()


def open_store(db_path: Path | None) -> Any:
    """The store at db_path (or the per-user default), with the demo report when the database has no reports."""
    from gui.store.database import default_db_path
    from gui.store.reports import ReportStore, create_demo_report

    store = ReportStore.open(Path(db_path) if db_path else default_db_path())
    if not store.list_reports(origin=None) and not store.list_reports(origin=None, trash=True):
        profile = store.profile()
        create_demo_report(store)
        if not profile.is_set_up:
            # The demo saves its own (Nghệ An) profile; a new user should set up their agency, so keep theirs empty.
            store.save_profile(profile)
    return store


def run_app(db_path: Path | None = None, lang: str | None = None, *, set_up_profile: bool = True) -> int:
    """Open the main window at once, then the database; returns the exit status."""
    app = create_application(lang)
    install_excepthook()
    from gui.views.main_window import MainWindow

    quit_when = os.environ.get(QUIT_WHEN_SHOWN_ENV, "")
    window = MainWindow()
    status = {"code": 0}

    def load() -> None:
        from gui.store.database import StoreError

        try:
            store = open_store(db_path)
        except StoreError as error:
            log.warning("Cannot open the database: %s", error)
            if not quit_when:
                show_store_error(str(error))
            else:
                print(str(error), file=sys.stderr)
            status["code"] = 2
            window.close()
            app.exit(2)
            return
        window.attach_store(store)
        if quit_when == "loaded":
            QTimer.singleShot(0, app.quit)
        elif not quit_when and set_up_profile:
            QTimer.singleShot(0, window.maybe_set_up_profile)

    if quit_when and quit_when != "loaded":
        window.shown.connect(lambda: QTimer.singleShot(0, app.quit))
    # The window appears first; the database and its imports (sqlite-utils, pydantic) load right after.
    if quit_when in ("", "loaded"):
        window.shown.connect(lambda: QTimer.singleShot(0, load))
    window.show()
    code = app.exec()
    if window.store is not None:
        window.close()
    return status["code"] or code
