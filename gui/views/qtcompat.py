"""Work-arounds for faults of the Qt binding, applied once when the views package is imported.

PySide6 6.12.0 on CPython 3.11: every `SignalInstance.emit()` called from Python returns `True` without taking
a reference to it, so each emit lowers True's reference count by one. After a few hundred emits the count reaches
zero and the process aborts ("Fatal Python error: bool_dealloc"), at the latest when the interpreter exits.
CPython 3.12 made True immortal, which is why the binding's own tests do not see it. Here, when the fault is
detected, True (and False, should it ever be affected) is given a very large reference count, which is what
3.12 does; nothing else changes. Remove this once the binding is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def _emit_loses_references() -> tuple[bool, bool]:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < true_before, sys.getrefcount(False) < false_before


def protect_bool_singletons() -> bool:
    """Returns True when the fault was found and worked around."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    true_leaks, false_leaks = _emit_loses_references()
    for leaks, singleton in ((true_leaks, True), (false_leaks, False)):
        if leaks:
            ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    return true_leaks or false_leaks


PROTECTED = protect_bool_singletons()
