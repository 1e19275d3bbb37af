"""Where the database lives by default: the per-user data folder (platformdirs only, so the window can name the
file before the store and sqlite-utils are imported); how a file is named to SQLite read-only; the window's lock."""

from __future__ import annotations

import os
import urllib.parse
from pathlib import Path

import platformdirs

from gui import APP_AUTHOR, APP_NAME

DB_FILE_NAME = "bvntd.sqlite3"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` read-only, whatever its name holds: '#', '?' and '%' (which a plain
    f"file:{path}" would take for a fragment, a query or an escape, opening another file), letters beyond ASCII,
    a Windows drive (file:///C:/…) or a network share (file:////server/share/…)."""
    posix = Path(path).resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/… → /C:/…
    return "file://" + urllib.parse.quote(posix, safe="/:") + "?mode=ro"


def lock_path(db_path: Path) -> Path:
    """The file a window holds while it has the database open (gui/views/single_instance.py, a QLockFile)."""
    return Path(str(db_path) + ".lock")


def held_by_a_window(db_path: Path) -> bool:
    """True while a window of the app has the database open. QLockFile keeps its file flock()ed on Unix and open
    without write sharing on Windows for as long as it is held, so a lock a crashed window left is not held."""
    path = lock_path(db_path)
    if not path.exists():
        return False
    if os.name == "nt":
        try:
            with path.open("r+b"):
                return False
        except PermissionError:
            return True
        except OSError:
            return False
    import fcntl  # here: Unix only

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)
