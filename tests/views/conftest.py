"""Helpers for driving the real widgets: typing Vietnamese by key events, opening a window on a database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from gui.core.period import parse_period
from gui.core.template import active_template
from gui.core.units import province_list_at
from gui.store.reports import ReportStore


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person with a Vietnamese keyboard: one key event per character (keyClicks aborts on non-ASCII)."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def new_report(store: ReportStore, period: str = "2025", code: str = "40") -> int:
    p = parse_period(period)
    unit = province_list_at(p.end).get(code)
    assert unit is not None
    return store.create_report(unit, p, active_template())


def warned(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The warnings the person would have read (gui.views.messages.warn, with the dialogs switched off)."""
    return [r.getMessage() for r in caplog.records if r.name == "gui.views.messages"]


@pytest.fixture
def open_window(qtbot: Any, db_path: Path) -> Iterator[Callable[..., Any]]:
    """Opens a MainWindow on the test database (a fresh store each call, as after a restart); closes them all."""
    from gui.views.main_window import MainWindow

    windows: list[Any] = []

    def opener(delay_ms: int = 50) -> Any:
        window = MainWindow(ReportStore.open(db_path), delay_ms=delay_ms)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield opener
    for window in windows:
        if window.store is not None:
            window.close()


def activate(qtbot: Any, window: QWidget) -> None:
    """Make the window the active one, as a click would: shortcuts (Ctrl+S, Ctrl+F) only reach an active window."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    handle = window.windowHandle()
    if handle is not None:
        handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


@pytest.fixture
def today() -> dt.date:
    return dt.date.today()
