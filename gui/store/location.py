"""Where the database lives by default: the per-user data folder (platformdirs only, so the window can name the
file before the store and sqlite-utils are imported)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from gui import APP_AUTHOR, APP_NAME

DB_FILE_NAME = "bvntd.sqlite3"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME
