"""Importing a library without what it would load or compile for features the app does not use."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def hidden(*names: str) -> Iterator[None]:
    """Within the block, `import name` fails as if the package were absent (a None in sys.modules does that);
    afterwards it is visible again to any code that wants it. A package already imported stays as it is."""
    hide = [name for name in names if name not in sys.modules]
    for name in hide:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in hide:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


class _CompiledOnFirstUse:
    """Stands for a compiled regular expression: compiles it when one of its methods is first asked for."""

    def __init__(self, compile: Callable[[str, int], re.Pattern[str]], pattern: str, flags: int) -> None:
        self._compile, self._pattern, self._flags = compile, pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = self._compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


@contextmanager
def compiled_when_used(wanted: Callable[[str, int], bool]) -> Iterator[None]:
    """Within the block, a regular expression for which `wanted(pattern, flags)` is true is compiled when it is first
    used rather than when re.compile is called: for a library that compiles at import a costly pattern that only
    a feature the app never uses needs. Every other pattern compiles as usual; afterwards re.compile is itself again."""
    original = re.compile

    def compile(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and wanted(pattern, int(flags)):
            return _CompiledOnFirstUse(original, pattern, int(flags))
        return original(pattern, flags)

    re.compile = compile  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = original
