"""A stopgap for a fault of PySide6 6.12 on CPython 3.11: every call of a Qt method returning void (setValue,
setText, processEvents …) lowers None's reference count by one, so after about 24,000 such calls the process
aborts ("Fatal Python error: none_dealloc"). An import of 1,000 files with a progress dialog makes thousands.

gui.views.qtcompat protects True and False the same way (emit() leaks them); None belongs there too, and this
module can go once it is. When the fault is detected, None gets a very large reference count, which is what
CPython 3.12 does (immortal None); nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def _void_calls_leak_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def protect_none() -> bool:
    """True when the fault was found and worked around (once per process)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) > _HEADROOM // 2:  # already protected (by this module or by qtcompat)
        return False
    if not _void_calls_leak_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM
    return True


PROTECTED = protect_none()
