"""Where unexpected errors go: a rotating log file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from gui import APP_AUTHOR, APP_NAME

_configured = False


def log_dir() -> Path:
    override = os.environ.get("BVNTD_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    return log_dir() / "bvntd.log"


def setup_logging() -> Path:
    """Log to a rotating file (1 MB × 5); falls back to stderr only when the folder cannot be written."""
    global _configured
    path = log_file()
    if _configured:
        return path
    root = logging.getLogger()
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
    _configured = True
    return path
