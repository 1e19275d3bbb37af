"""One path for what a person does from the window (as Anki's CollectionOp): a use case of gui/operations runs,
then either the window refreshes once and says what was done, or it says politely why not.

- done: the host's `operation_did_execute(Changed)` once (the window's `changed` signal: the list and the open
  report's status follow it), then the status bar says what was done;
- a UserError (the person can fix it): its message, in the interface language, in a warning titled as the action;
  nothing refreshed (the operations change nothing when they refuse);
- anything else (our fault): the traceback to the log file, and a warning saying so and where that file is; no
  traceback ever reaches the screen.

The operations that take long run on their own worker with progress where they already do (the Ministry's import,
the signing); this path is for those that take a moment, with the wait cursor when `busy`. It is imported with
the use cases (gui/views/*_commands.py), after the window is shown: it builds PySide's `Qt` namespace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStatusBar, QWidget

from gui.core.errors import UserError
from gui.logs import setup_logging
from gui.views.messages import warn

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Changed:
    """What an operation changed, for the one refresh after it."""

    select: int | None = None  # the report to select in the list (the one made, opened, signed…)


class OperationHost(Protocol):
    """The window an operation runs in (gui.views.main_window.MainWindow)."""

    def statusBar(self) -> QStatusBar: ...

    def operation_did_execute(self, changed: Changed) -> None: ...


def run_operation(
    host: OperationHost,
    title: str,
    op: Callable[[], T],
    *,
    done: Callable[[T], str] | None = None,
    changed: Callable[[T], Changed] | None = None,
    status_ms: int = 8000,
    busy: bool = False,
    refused: Callable[[UserError], bool] | None = None,
) -> T | None:
    """Run `op`; on success refresh once with `changed(result)` (when given) and show `done(result)` in the status
    bar. Returns the result, or None when the operation failed (and the person was told). `refused` may take a
    UserError over (True: handled, e.g. by asking for another file) before the warning."""
    parent = host if isinstance(host, QWidget) else None
    try:
        with wait_cursor(busy):
            result = op()
    except UserError as error:
        if refused is None or not refused(error):
            warn(parent, title, str(error))
        return None
    except Exception:
        report_unexpected(parent, title)
        return None
    if changed is not None:
        host.operation_did_execute(changed(result))
    if done is not None:
        host.statusBar().showMessage(done(result), status_ms)
    return result


@contextmanager
def wait_cursor(on: bool = True) -> Iterator[None]:
    """The wait cursor while a check reads a file (under a second)."""
    if on:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        if on:
            QGuiApplication.restoreOverrideCursor()


def report_unexpected(parent: QWidget | None, title: str) -> None:
    """The exception being handled: its traceback to the log file, and a polite warning naming that file."""
    path = setup_logging()
    log.exception("Unexpected error in “%s”", title)
    warn(
        parent,
        title,
        QCoreApplication.translate(
            "Operation",
            "Xin lỗi, ứng dụng gặp một lỗi không mong muốn nên chưa làm xong việc này. Chi tiết lỗi được ghi vào "
            "tệp:\n{path}\nHãy gửi tệp này cho bộ phận hỗ trợ.",
        ).format(path=path),
    )
