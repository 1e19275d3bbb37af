"""Work-arounds for faults of the Qt binding, applied once when the views package is imported.

PySide6 6.12.0 on CPython 3.11 (and PySide6-Pdf, which QPdfView needs, exists only for 6.12):
- every `SignalInstance.emit()` called from Python returns `True` without taking a reference to it;
- every call of a Qt method that returns void (setText, setValue, processEvents …) returns `None` the same way.
Each call lowers the singleton's reference count by one; after a few hundred emits, or about 24,000 void calls
(minutes of normal use), the count reaches zero and the process aborts ("Fatal Python error: bool_dealloc" /
"none_dealloc"). CPython 3.12 made these singletons immortal, which is why the binding's own tests miss it.
When the fault is detected, the affected singleton is given a very large reference count — what 3.12 does —
and nothing else changes. Remove this once the binding is fixed.

PySide6's `__feature__` import hook (snake_case, true_property) reads the whole source of every module imported
after PySide6 (inspect.getsource, kept in linecache) to see whether it mentions "PySide6": megabytes of source
text held for the life of the process, and the time to read it at each import. The app selects no feature, so
every module is marked as one the hook ignores, which is what it decides for a module that does not mention
PySide6.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_HEADROOM = 1 << 40


def _leaking_singletons() -> list[object]:
    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = {id(s): sys.getrefcount(s) for s in (True, False, None)}
    for _ in range(8):
        probe.ping.emit()
        probe.setObjectName("probe")
    return [s for s in (True, False, None) if sys.getrefcount(s) < before[id(s)]]


def protect_singletons() -> bool:
    """Returns True when the fault was found and worked around (once per process)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    leaking = [s for s in _leaking_singletons() if sys.getrefcount(s) < _HEADROOM // 2]
    for singleton in leaking:
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    return bool(leaking)


PROTECTED = protect_singletons()


def skip_feature_source_scan() -> bool:
    """True when the binding's feature hook was told to stop reading the source of each imported module."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010 - a private name of the binding
    return True


SKIPPED_FEATURE_SCAN = skip_feature_source_scan()
