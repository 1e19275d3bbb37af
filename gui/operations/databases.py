"""The database file worked on: opening it (or another one), its rolling backups, and restoring one of them.

    open_database(path) -> ReportStore              the store, with the demo report when it holds no report yet
    same_database(a, b) -> bool                     two spellings of one file
    back_up(store, reason, keep) -> Path            a consistent copy while in use; the newest `keep` are kept
    backups_of(db_path) -> list[BackupInfo]         newest first (backups_folder: where they are)
    restore(db_path, backup, keep) -> Path | None   the content replaced by one of the database's own backups (what
                                                    it held is backed up first, so a restore can be undone)
    restore_over_damaged(db_path, backup, keep)     the same over a file that cannot be opened (moved aside first)
    restore_unopened(db_path, backup, keep)         from outside the window: refused while a window has it open

The window (start-up backup, "Khôi phục từ bản sao lưu…", "Mở cơ sở dữ liệu khác…", the ways out of a database
that does not open) and the command line (`bvntd backup list | make | restore`) both do it here; the command line
removes no backup unless told how many to keep. Locking a database against a second window is the window's
(gui/views/single_instance.py): the window restores under its own lock, the command line only when no window
holds it.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from gui.core.i18n import translate
from gui.core.text import shown_path
from gui.store.backups import DEFAULT_KEEP, BackupError, BackupInfo, backup_dir, list_backups, restore_backup
from gui.store.backups import make_backup as _make_backup
from gui.store.database import reads_as_database
from gui.store.errors import StoreError
from gui.store.location import default_db_path, held_by_a_window
from gui.store.reports import ReportStore, create_demo_report

log = logging.getLogger(__name__)


class NotABackupError(BackupError):
    def __init__(self, backup: Path, db_path: Path) -> None:
        super().__init__(
            translate(
                "Operations",
                "{backup} không phải một bản sao lưu của {database}: hãy chọn một bản trong danh sách sao lưu "
                "(bvntd backup list).",
            ).format(backup=shown_path(backup), database=shown_path(db_path.name))
        )


class OpenInAWindowError(StoreError):
    def __init__(self, db_path: Path) -> None:
        super().__init__(
            translate(
                "Operations",
                "Cơ sở dữ liệu {path} đang mở trong một cửa sổ của ứng dụng. Hãy khôi phục trong cửa sổ đó "
                "(Tệp → Khôi phục từ bản sao lưu…), hoặc đóng nó rồi thử lại.",
            ).format(path=shown_path(db_path))
        )


class NoDatabaseFileError(StoreError):
    def __init__(self) -> None:
        super().__init__(translate("Operations", "Dữ liệu này không nằm trong một tệp nên không sao lưu được."))


def open_database(path: Path | None = None) -> ReportStore:
    """The store at `path` (or the per-user default), with the demo report when the database has no reports,
    in the list or the trash. A database that cannot be opened raises a StoreError saying why."""
    store = ReportStore.open(Path(path) if path else default_db_path())
    if not store.list_reports(origin=None) and not store.list_reports(origin=None, trash=True):
        profile = store.profile()
        create_demo_report(store)
        if not profile.is_set_up:
            # The demo saves its own (Nghệ An) profile; a new user should set up their agency, so keep theirs empty.
            store.save_profile(profile)
    return store


def same_database(a: Path, b: Path) -> bool:
    return Path(a).resolve() == Path(b).resolve()


def back_up(store: ReportStore, reason: str = "start", *, keep: int | None = DEFAULT_KEEP) -> Path:
    """A copy of the open database in its backups folder (consistent even while it is being written); only the
    newest `keep` copies stay (None: none is removed, as when the number a person chose is not known here)."""
    if store.path is None:
        raise NoDatabaseFileError()
    path = Path(store.path)
    if keep is None:
        keep = len(backups_of(path)) + 1
    return _make_backup(store.db.conn, path, reason, keep=keep)


def backups_of(db_path: Path) -> list[BackupInfo]:
    return list_backups(Path(db_path))


def backups_folder(db_path: Path) -> Path:
    """Where the backups of a database are kept (beside it, in "backups"), as Settings shows it."""
    return backup_dir(Path(db_path))


def backup_named(db_path: Path, backup: Path) -> Path:
    """One of the database's own backups, given by its path or by its name in the backups folder; any other file
    is refused (restoring a file that is not this database's copy would replace the data with something else)."""
    own = {b.path.resolve(): b.path for b in backups_of(db_path)}
    given = Path(backup)
    found = own.get(given.resolve())
    if found is None and given.name == str(backup):  # a bare name, as `bvntd backup list` shows it
        found = own.get((backups_folder(db_path) / given.name).resolve())
    if found is None:
        raise NotABackupError(given, Path(db_path))
    return found


def restore(db_path: Path, backup: Path, *, keep: int | None = DEFAULT_KEEP) -> Path | None:
    """Put one of the database's backups in place of its content; the caller has closed its own store. What the
    database held is itself backed up first (returned), so a restore can be undone (keep=None: no older backup
    is removed to make room for that copy)."""
    chosen = backup_named(db_path, backup)
    if keep is None:
        keep = len(backups_of(db_path))
    return restore_backup(chosen, Path(db_path), keep=keep)


def restore_unopened(db_path: Path, backup: Path, *, keep: int | None = DEFAULT_KEEP) -> Path | None:
    """A restore asked for outside the window (the command line): refused while a window has the database open,
    since it would go on writing what it holds; over a damaged file, that file is moved aside first. Returns
    where what was replaced is kept: the safety backup, or the damaged file moved aside."""
    if held_by_a_window(Path(db_path)):
        raise OpenInAWindowError(Path(db_path))
    if reads_as_database(Path(db_path)):
        return restore(db_path, backup, keep=keep)
    return restore_over_damaged(db_path, backup, keep=len(backups_of(db_path)) if keep is None else keep)


def set_aside(db_path: Path) -> Path | None:
    """Move a database that cannot be opened out of the way (kept for the support desk, never deleted), so a
    backup can be restored in its place; SQLite cannot copy a backup over a file that is not a database."""
    if not db_path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.hong-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            part.replace(Path(str(aside) + suffix))
    log.info("Damaged database moved to %s", aside)
    return aside


def restore_over_damaged(db_path: Path, backup: Path, *, keep: int = DEFAULT_KEEP) -> Path | None:
    """Restore a backup in place of a database that does not open: the damaged file is moved aside (returned)."""
    backup_named(db_path, backup)  # refused before the damaged file is moved
    try:
        aside = set_aside(Path(db_path))
    except OSError as error:
        raise BackupError(
            translate("Operations", "Không chuyển được tệp dữ liệu hỏng {path} sang bên: {error}").format(
                path=db_path, error=error
            )
        ) from error
    restore(db_path, backup, keep=keep)
    return aside
