"""One path for what a person does from the window (as Anki's CollectionOp): a use case of gui/operations runs,
then either the window refreshes once and says what was done, or it says politely why not.

- done: the host's `operation_did_execute(Changed)` once (the window's `changed` signal: the list and the open
  report's status follow it), then the status bar says what was done;
- a UserError (the person can fix it): its message, in the interface language, in a warning titled as the action;
  nothing refreshed (the operations change nothing when they refuse);
- anything else (our fault): the traceback to the log file, and a warning saying so and where that file is; no
  traceback ever reaches the screen.

The operations that take long run on their own worker with progress where they already do (the Ministry's import,
the signing); this path is for those that take a moment, with the wait cursor when `busy`. A worker thread runs its
operation through `attempt` (our fault logged there, nothing shown off the interface thread) and the interface says
the `Failed` it sends with `say_unexpected` or the refusal's words. A page that is not the main window (the
Ministry's inbox) is a host through a thin adapter (gui/views/inbox/page_operation.py). It is imported with the use
cases (gui/views/*_commands.py), after the window is shown: it builds PySide's `Qt` namespace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from gui.core.errors import UserError
from gui.logs import setup_logging
from gui.views.messages import warn

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Changed:
    """What an operation changed, for the one refresh after it."""

    select: int | None = None  # the report to select in the list (the one made, opened, signed…)


class StatusLine(Protocol):
    """Where what was done is said: the window's status bar (QStatusBar), or a page's own line."""

    def showMessage(self, text: str, /, timeout: int | None = ...) -> None: ...


class OperationHost(Protocol):
    """The window an operation runs in (gui.views.main_window.MainWindow), or a page's adapter of it."""

    def statusBar(self) -> StatusLine: ...

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
    parent: QWidget | None = None,
) -> T | None:
    """Run `op`; on success refresh once with `changed(result)` (when given) and show `done(result)` in the status
    bar. Returns the result, or None when the operation failed (and the person was told). `refused` may take a
    UserError over (True: handled, e.g. by asking for another file) before the warning. The warnings belong to
    `parent`, by default the host when it is a widget."""
    if parent is None and isinstance(host, QWidget):
        parent = host
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


@dataclass(frozen=True)
class Failed:
    """Why an operation on a worker thread did not finish: a UserError's words, or None when it was our fault
    (already in the log file; `say_unexpected` tells the person)."""

    message: str | None = None


def attempt(title: str, op: Callable[[], T]) -> T | Failed:
    """Run `op` on a worker thread, where nothing may be shown: its result, or what failed (our fault logged)."""
    try:
        return op()
    except UserError as error:
        return Failed(str(error))
    except Exception:
        log_unexpected(title)
        return Failed(None)


def report_unexpected(parent: QWidget | None, title: str) -> None:
    """The exception being handled: its traceback to the log file, and a polite warning naming that file."""
    log_unexpected(title)
    say_unexpected(parent, title)


def log_unexpected(title: str) -> None:
    """The exception being handled, with its traceback, to the log file (any thread)."""
    setup_logging()
    log.exception("Unexpected error in “%s”", title)


def unexpected_text() -> str:
    """What the person reads after our fault: sorry, it is in the log file, send that to support."""
    return QCoreApplication.translate(
        "Operation",
        "Xin lỗi, ứng dụng gặp một lỗi không mong muốn nên chưa làm xong việc này. Chi tiết lỗi được ghi vào "
        "tệp:\n{path}\nHãy gửi tệp này cho bộ phận hỗ trợ.",
    ).format(path=setup_logging())


def say_unexpected(parent: QWidget | None, title: str) -> None:
    """The polite warning after our fault was logged (on the interface thread)."""
    warn(parent, title, unexpected_text())
