"""Rows read by column name: sqlite-utils' dict rows (the first of them, or None), and the same for a plain sqlite3
cursor (the report list is read before sqlite-utils is imported, so this module does not import it)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gui.store.sqlite import Database


def first_row(db: Database, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    """The first row `sql` returns, as {column: value} (name every computed column with AS), or None."""
    return next(db.query(sql, list(params)), None)


def named(cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    """The rows of an executed DB-API cursor as {column: value}."""
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))
