"""Opening the SQLite file: where it lives, its pragmas (WAL), migrations and the faults a person can act on."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from gui.core.i18n import translate
from gui.store.backups import make_backup
from gui.store.errors import NewerDatabaseError, StoreError
from gui.store.migrations import KNOWN_MIGRATIONS, migrations
from gui.store.sqlite import Database


def connect(path: Path) -> Database:
    """Open (creating if needed) and migrate the database; every fault becomes a StoreError with a way out."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(
            translate("Store", "Không mở được cơ sở dữ liệu {path}: {error}").format(path=path, error=error)
        ) from error
    try:
        # WAL keeps readers and the writer apart and survives a killed process; NORMAL sync is durable
        # against a crash of the app and loses at most the last commits on a power cut, never corrupts.
        _set_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        db = Database(conn)
        # sqlite-utils learns whether SQLite has ON CONFLICT by creating and dropping a table at the first upsert,
        # inside whatever transaction is open (on a full disk it would fail and switch to a slower two-step upsert).
        # Every SQLite the app runs on has it (3.24+, Python 3.11's is newer): say so, and the upserts write only rows.
        db._supports_on_conflict = True
        _check_not_newer(db, path)
        if migrations.pending(db):
            if migrations.applied(db):
                # An existing database is copied before its schema changes, so an upgrade can be undone.
                make_backup(conn, path, "migrate")
            # Under the write lock, pending is asked again: two processes opening a new file at once must not
            # both create the schema ("table reports already exists"); the second waits, then finds it done.
            with write_transaction(db):
                migrations.apply(db)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreError(explain_error(error, path)) from error
    except StoreError:
        conn.close()
        raise
    return db


def _set_wal(conn: sqlite3.Connection, wait: float = 5.0) -> None:
    """Switch to WAL, waiting like the busy timeout does. Changing the journal mode needs the file to itself, and
    SQLite answers "database is locked" at once, without its busy handler, while another process is creating or
    switching the same new file: several first opens at once would fail without this wait."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            busy = (getattr(error, "sqlite_errorcode", 0) & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
            if not busy or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A transaction that takes the write lock at its start (BEGIN IMMEDIATE), waiting up to the busy timeout for
    another writer. A deferred one that reads first and writes later fails at once, without waiting, when another
    process wrote in between; this one never does. Nested uses (and sqlite-utils' atomic inside) are savepoints."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def _check_not_newer(db: Database, path: Path) -> None:
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied - KNOWN_MIGRATIONS
    if unknown:
        raise NewerDatabaseError(
            translate(
                "Store",
                "Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của ứng dụng "
                "(có thay đổi cấu trúc: {changes}). Hãy cập nhật ứng dụng, hoặc mở tệp khác.",
            ).format(path=path, changes=", ".join(sorted(unknown)))
        )


Fault = Literal["damaged", "busy", "read_only", "full"]

# SQLite's primary result codes (the low byte of an extended code such as SQLITE_READONLY_DBMOVED) by what a
# person can do about them.
_FAULTS: dict[int, Fault] = {
    sqlite3.SQLITE_NOTADB: "damaged",
    sqlite3.SQLITE_CORRUPT: "damaged",
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_CANTOPEN: "read_only",
    sqlite3.SQLITE_PERM: "read_only",
    sqlite3.SQLITE_FULL: "full",
}


def fault_of(error: sqlite3.Error) -> Fault | None:
    """What kind of fault SQLite reported, from its result code; None for any other."""
    code = getattr(error, "sqlite_errorcode", None)
    return _FAULTS.get(code & 0xFF) if isinstance(code, int) else None


def explain_error(error: sqlite3.Error, path: Path) -> str:
    """A database fault in words a person can act on; data saved before the fault is always intact."""
    fault = fault_of(error)
    if fault == "damaged":
        text = translate(
            "Store",
            "Tệp {path} bị hỏng hoặc không phải cơ sở dữ liệu của ứng dụng. "
            "Hãy khôi phục từ bản sao lưu (menu Tệp → Khôi phục từ bản sao lưu) hoặc mở tệp khác.",
        )
        return text.format(path=path)
    if fault == "busy":
        text = translate(
            "Store",
            "Cơ sở dữ liệu {path} đang bị một chương trình khác khóa (có thể là một cửa sổ khác của ứng dụng). "
            "Hãy đóng chương trình đó rồi thử lại.",
        )
    elif fault == "read_only":
        text = translate(
            "Store",
            "Không ghi được vào {path}: thư mục hoặc tệp chỉ cho phép đọc, hoặc không có quyền ghi. "
            "Hãy mở hoặc lưu cơ sở dữ liệu ở thư mục khác.",
        )
    elif fault == "full":
        text = translate(
            "Store",
            "Ổ đĩa chứa {path} đã đầy nên chưa lưu được thay đổi mới nhất. Hãy giải phóng dung lượng rồi thử lại.",
        )
    else:
        text = translate("Store", "Lỗi cơ sở dữ liệu {path}: {error}.")
    kept = translate("Store", "Dữ liệu đã lưu trước đó vẫn nguyên vẹn.")
    return f"{text.format(path=path, error=error)} {kept}"


def reads_as_database(path: Path) -> bool:
    """The file is absent or reads as an SQLite database (a restore can copy over it); opened apart, without our
    migrations, and closed."""
    if not path.exists():
        return True
    try:
        check = sqlite3.connect(str(path))  # not a URI: a '?' or '#' in a folder name stays a name
        try:
            check.execute("PRAGMA quick_check").fetchone()
        finally:
            check.close()
    except sqlite3.DatabaseError:
        return False
    return True
