"""The inbox's pages run their operations through the window's one path (gui/views/run_operation.py): a page is
not the main window, so it is the host through this adapter. The page's own refresh after a success stands for the
window's `operation_did_execute`, and a label of the page (its note, its hint) for the status bar. Refusals,
our own faults and their words stay in run_operation alone."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from gui.core.errors import UserError
from gui.views.run_operation import Changed, StatusLine, run_operation

T = TypeVar("T")


class LabelStatus:
    """A page's label as the status bar: what was done stays written there (a page has no status bar)."""

    def __init__(self, label: QLabel) -> None:
        self.label = label

    def showMessage(self, text: str, /, timeout: int | None = None) -> None:
        rich = self.label.textFormat() == Qt.TextFormat.RichText
        self.label.setText(html.escape(text, quote=False) if rich else text)


class _Unsaid:
    """No label given: a page that says what was done in its own dialog."""

    def showMessage(self, text: str, /, timeout: int | None = None) -> None:
        pass


class PageHost:
    """run_operation's host for one page: `refresh` after a success, `status` where `done` is said."""

    def __init__(self, refresh: Callable[[], None] | None = None, status: QLabel | None = None) -> None:
        self._refresh = refresh
        self._status: StatusLine = LabelStatus(status) if status is not None else _Unsaid()

    def statusBar(self) -> StatusLine:
        return self._status

    def operation_did_execute(self, changed: Changed) -> None:
        if self._refresh is not None:
            self._refresh()


def run_on_page(
    page: QWidget,
    title: str,
    op: Callable[[], T],
    *,
    refresh: Callable[[], None] | None = None,
    done: Callable[[T], str] | None = None,
    status: QLabel | None = None,
    refused: Callable[[UserError], bool] | None = None,
    busy: bool = False,
) -> T | None:
    """run_operation for a page: `op`'s result (then `refresh`, then `done` written in `status`), or None when it
    failed and the person was told in a warning titled `title` over `page` (a UserError in its own words, anything
    else logged and said politely), nothing refreshed."""
    return run_operation(
        PageHost(refresh, status),
        title,
        op,
        done=done,
        changed=None if refresh is None else (lambda _result: Changed()),
        busy=busy,
        refused=refused,
        parent=page,
    )
