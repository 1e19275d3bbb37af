"""sqlite-utils without numpy and pandas: the one place the store takes Database and Migrations from.

sqlite-utils imports numpy and pandas when they happen to be installed, only to map their scalar types to SQL
column types. The app stores neither, and numpy alone costs ~14 MB resident and ~0.2 s of start-up.
"""

from __future__ import annotations

from gui.imports import hidden

with hidden("numpy", "pandas"):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

__all__ = ["Database", "Migrations"]
