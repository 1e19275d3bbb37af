"""Save as you type: each field's edits reach the store at a short pause in the typing, and never later than
MAX_WAIT_MS after the first keystroke not yet saved (steady typing is saved too), or at once on leaving the field."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from gui.store.errors import StoreError
from gui.views.fields.base import InputError

if TYPE_CHECKING:
    from gui.store.reports import ReportStore

log = logging.getLogger(__name__)

DEFAULT_DELAY_MS = 500
# The promise is "a crash loses at most the last second": a save starts at most this long after the first unsaved
# keystroke, leaving the rest of the second for a late timer on a busy PC and the commit itself.
MAX_WAIT_MS = 650

Getter = Callable[[], Any]


class Autosaver(QObject):
    """Per-field debounce, with a deadline, in front of ReportStore.set_value.

    `schedule(key, getter)` (re)starts the field's pause timer and, on the first unsaved keystroke, its deadline
    timer (`max_wait_ms`): whichever fires first saves; `commit(key)` and `flush()` save now. A getter that
    raises InputError is not saved: the last good value stays in the store and `invalid` carries the message.

    When the database refuses the write (disk full, locked by another program, read-only folder) the edit stays
    pending — the widget keeps what was typed — and `store_failed` says why; every later edit, Ctrl+S or flush
    tries the pending fields again, and `store_recovered` fires once they are all saved.
    """

    saved = Signal(str, object)  # key, the time of the save (datetime)
    invalid = Signal(str, str)  # key, message
    failed = Signal(str, str)  # key, message from the store for this one value (e.g. a read-only report)
    store_failed = Signal(str, str)  # key, message: the database could not be written; the edit is kept pending
    store_recovered = Signal()  # every edit held back by a database fault is saved now

    def __init__(
        self,
        store: ReportStore,
        report_id: int,
        delay_ms: int = DEFAULT_DELAY_MS,
        parent: QObject | None = None,
        *,
        max_wait_ms: int = MAX_WAIT_MS,
    ):
        super().__init__(parent)
        self.store = store
        self.report_id = report_id
        self.delay_ms = delay_ms
        self.max_wait_ms = max_wait_ms
        self._getters: dict[str, Getter] = {}
        self._timers: dict[str, QTimer] = {}
        self._deadlines: dict[str, QTimer] = {}
        self._held: set[str] = set()  # keys whose last save hit a database fault

    def schedule(self, key: str, getter: Getter) -> None:
        self._getters[key] = getter
        self._start(key)
        for held in self._held - {key}:  # a new keystroke is the moment to try the held edits again
            self._start(held)

    def _start(self, key: str) -> None:
        self._timer(self._timers, key).start(self.delay_ms)
        deadline = self._timer(self._deadlines, key)
        if not deadline.isActive():  # counted from the first keystroke since the last save, not restarted
            deadline.start(self.max_wait_ms)

    def _timer(self, timers: dict[str, QTimer], key: str) -> QTimer:
        timer = timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(lambda key=key: self.commit(key))
            timers[key] = timer
        return timer

    def pending(self) -> list[str]:
        return list(self._getters)

    def held(self) -> set[str]:
        """Fields typed but not in the database because of a database fault."""
        return set(self._held)

    def commit(self, key: str, getter: Getter | None = None) -> bool:
        """Save one field now; returns True when the store holds what the widget shows."""
        for timers in (self._timers, self._deadlines):
            timer = timers.get(key)
            if timer is not None:
                timer.stop()
        getter = getter or self._getters.get(key)
        if getter is None:
            return True
        try:
            value = getter()
        except InputError as error:
            self._getters.pop(key, None)
            self._release(key)
            self.invalid.emit(key, str(error))
            return False
        try:
            changed = self.store.set_value(self.report_id, key, value)
        except (StoreError, sqlite3.Error) as error:
            # Keep the edit: the widget still shows it, and the next edit or Ctrl+S tries again.
            log.warning("Held back %s: %s", key, error)
            self._getters[key] = getter
            self._held.add(key)
            self.store_failed.emit(key, str(error))
            return False
        except (PermissionError, KeyError, ValueError) as error:
            log.warning("Not saved %s: %s", key, error)
            self._getters.pop(key, None)
            self._release(key)
            self.failed.emit(key, str(error))
            return False
        self._getters.pop(key, None)
        self._release(key)
        if changed:
            self.saved.emit(key, dt.datetime.now())
        return True

    def _release(self, key: str) -> None:
        if key in self._held:
            self._held.discard(key)
            if not self._held:
                self.store_recovered.emit()

    def flush(self) -> bool:
        """Save every field with pending edits (Ctrl+S, leaving the report, closing the window)."""
        ok = True
        for key in list(self._getters):
            ok = self.commit(key) and ok
        return ok
