"""Where unexpected errors go: a rotating log file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from gui import APP_AUTHOR, APP_NAME

_handler: logging.Handler | None = None
_handler_path: Path | None = None  # the file _handler writes: a new one when the log folder changed (tests)


def log_dir() -> Path:
    override = os.environ.get("BVNTD_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    return log_dir() / "bvntd.log"


def setup_logging() -> Path:
    """Log to a rotating file (1 MB × 5); falls back to stderr only when the folder cannot be written."""
    global _handler, _handler_path
    path = log_file()
    if _handler is not None and _handler_path == path:
        return path
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.setLevel(logging.INFO)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _handler, _handler_path = handler, path
    return path
