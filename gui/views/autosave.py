"""Save as you type: each field's edits reach the store a short moment after the last keystroke, or at once."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from gui.views.fields.base import InputError

log = logging.getLogger(__name__)

DEFAULT_DELAY_MS = 700

Getter = Callable[[], Any]


class Autosaver(QObject):
    """Per-field debounce in front of ReportStore.set_value.

    `schedule(key, getter)` (re)starts the field's timer; `commit(key)` and `flush()` save now. A getter that
    raises InputError is not saved: the last good value stays in the store and `invalid` carries the message.
    """

    saved = Signal(str, object)  # key, the time of the save (datetime)
    invalid = Signal(str, str)  # key, message
    valid = Signal(str)  # key: its input is readable again
    failed = Signal(str, str)  # key, message from the store (e.g. a read-only report)

    def __init__(self, store: Any, report_id: int, delay_ms: int = DEFAULT_DELAY_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.report_id = report_id
        self.delay_ms = delay_ms
        self._getters: dict[str, Getter] = {}
        self._timers: dict[str, QTimer] = {}

    def schedule(self, key: str, getter: Getter) -> None:
        self._getters[key] = getter
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda key=key: self.commit(key))
            self._timers[key] = timer
        timer.start(self.delay_ms)

    def pending(self) -> list[str]:
        return list(self._getters)

    def commit(self, key: str, getter: Getter | None = None) -> bool:
        """Save one field now; returns True when the store holds what the widget shows."""
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()
        getter = getter or self._getters.pop(key, None)
        self._getters.pop(key, None)
        if getter is None:
            return True
        try:
            value = getter()
        except InputError as error:
            self.invalid.emit(key, str(error))
            return False
        self.valid.emit(key)
        try:
            changed = self.store.set_value(self.report_id, key, value)
        except (PermissionError, KeyError, ValueError) as error:
            log.warning("Not saved %s: %s", key, error)
            self.failed.emit(key, str(error))
            return False
        if changed:
            self.saved.emit(key, dt.datetime.now())
        return True

    def flush(self) -> bool:
        """Save every field with pending edits (Ctrl+S, leaving the report, closing the window)."""
        ok = True
        for key in list(self._getters):
            ok = self.commit(key) and ok
        return ok
