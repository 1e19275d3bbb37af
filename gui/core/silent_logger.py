"""Silencing a library's logger while it reads a file whose problems we report to the user ourselves."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator


@contextlib.contextmanager
def quiet_logger(name: str) -> Iterator[None]:
    """pypdf logs each repair of a damaged file, pyHanko each failed certificate path with a traceback: our own
    error or status says what matters, so only their critical messages reach the log meanwhile."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
