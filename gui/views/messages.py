"""Messages to the person, and the switch that keeps them off the screen in tests and scripted runs.

BVNTD_QUIT_WHEN_SHOWN quits the app at a stage of its start (benchmarks, tests); BVNTD_NO_DIALOGS=1 sends the
messages that would wait for a click to stderr and the log instead. Either makes the app `quiet()`. A warning
goes through `warn()`, which honours the switch, so no test has to replace Qt's message box.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

APP_TITLE = "Báo cáo BVQLNTD"
# BVNTD_QUIT_WHEN_SHOWN=1 quits right after the main window is first shown; =listed when the list read with
# plain sqlite3 is in it; =loaded when the full store is attached; =started after the start-up backup too.
# The moment is written to stderr as "bvntd-reached <stage> <epoch seconds>" (benchmarks/bench_startup.py).
QUIT_WHEN_SHOWN_ENV = "BVNTD_QUIT_WHEN_SHOWN"
# BVNTD_NO_DIALOGS=1: messages that would wait for a click go to stderr instead (tests, scripted runs).
NO_DIALOGS_ENV = "BVNTD_NO_DIALOGS"


def quiet() -> bool:
    return bool(os.environ.get(QUIT_WHEN_SHOWN_ENV) or os.environ.get(NO_DIALOGS_ENV))


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning the person reads and closes; when quiet(), written to stderr and logged (the text as the
    record's message) instead of waiting for a click."""
    if quiet():
        log.warning("%s", text, extra={"title": title})
        print(f"{title}: {text}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox  # here: the first use of QMessageBox costs start-up time

    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A piece of information the person reads and closes; when quiet(), written to stderr and logged instead."""
    if quiet():
        log.info("%s", text, extra={"title": title})
        print(f"{title}: {text}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox  # here: the first use of QMessageBox costs start-up time

    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """A question the person answers with `yes` or Cancel; when quiet(), no one is there to answer: written to
    stderr and logged, and answered no (nothing is done that a person did not choose)."""
    if quiet():
        log.warning("%s", text, extra={"title": title})
        print(f"{title}: {text}", file=sys.stderr)
        return False
    from PySide6.QtWidgets import QMessageBox  # here: the first use of QMessageBox costs start-up time

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    chosen = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is chosen
