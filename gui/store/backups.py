"""Rolling backups with SQLite's online backup API: at start, before every migration, and restored on request."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gui.core.i18n import translate
from gui.store.errors import StoreError
from gui.store.location import read_only_uri
from gui.store.rows import named

DEFAULT_KEEP = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z]+)\.sqlite3$")


class BackupError(StoreError):
    """A backup that could not be made or restored; the message says why."""


@dataclass(frozen=True, kw_only=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def make_backup(source: sqlite3.Connection, db_path: Path, reason: str = "start", *, keep: int = DEFAULT_KEEP) -> Path:
    """Copy the live database (consistent even while it is in use) and keep only the newest `keep` copies."""
    folder = backup_dir(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{Path(db_path).stem}-{stamp}-{counter}-{reason}.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        raise BackupError(
            translate("Store", "Không tạo được bản sao lưu trong {folder}: {error}").format(folder=folder, error=error)
        ) from error
    prune_backups(db_path, keep)
    return target


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    found = []
    stem = Path(db_path).stem
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{stem}-*.sqlite3"):
        match = _NAME.match(path.name)
        if not match or match.group("stem") != stem:
            continue
        stamp = match.group("stamp")[:15]
        taken = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path=path, taken_at=taken, reason=match.group("reason"), size=path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def prune_backups(db_path: Path, keep: int) -> None:
    for old in list_backups(db_path)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)


def restore_backup(backup: Path, db_path: Path, *, keep: int = DEFAULT_KEEP) -> Path | None:
    """Replace the database's content with a backup's; the current content is itself backed up first.

    The caller must have closed its own connection. Returns the safety copy of what was replaced.
    """
    try:
        check = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            ok = [row["integrity_check"] for row in named(check.execute("PRAGMA integrity_check"))] == ["ok"]
        finally:
            check.close()
    except sqlite3.Error as error:
        raise BackupError(
            translate("Store", "Bản sao lưu {name} không đọc được: {error}").format(name=backup.name, error=error)
        ) from error
    if not ok:
        raise BackupError(
            translate("Store", "Bản sao lưu {name} bị hỏng, không thể khôi phục từ nó.").format(name=backup.name)
        )
    safety = None
    try:
        if Path(db_path).exists():
            current = sqlite3.connect(str(db_path))
            try:
                safety = make_backup(current, db_path, "restore", keep=keep + 1)
            except BackupError:
                safety = None  # a damaged current file cannot be copied; restoring over it is the way out
            finally:
                current.close()
        source = sqlite3.connect(read_only_uri(backup), uri=True)
        dest = sqlite3.connect(str(db_path))
        try:
            source.backup(dest)
        finally:
            source.close()
            dest.close()
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            translate("Store", "Không khôi phục được {path} từ {name}: {error}").format(
                path=db_path, name=backup.name, error=error
            )
        ) from error
    return safety
