"""Opening a database, its backups and restoring one, without a window, on real SQLite files."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from gui.core.period import parse_period
from gui.core.template import active_template
from gui.core.units import province_list_at
from gui.operations.databases import (
    NoDatabaseFileError,
    back_up,
    backups_folder,
    backups_of,
    open_database,
    restore,
    restore_over_damaged,
    same_database,
)
from gui.store.backups import BackupError
from gui.store.errors import StoreError
from gui.store.reports import ReportStore
from gui.store.sqlite import Database


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM reports").fetchone()[0])
    finally:
        conn.close()


def test_an_empty_database_opens_with_the_demo_report_and_no_profile_of_its_own(db_path: Path) -> None:
    store = open_database(db_path)
    try:
        assert len(store.list_reports()) == 1
        assert not store.profile().is_set_up  # the user sets up their own agency
    finally:
        store.close()
    store = open_database(db_path)  # not a second demo
    try:
        assert len(store.list_reports()) == 1
    finally:
        store.close()


def test_a_database_whose_reports_are_all_in_the_trash_gets_no_new_demo(db_path: Path) -> None:
    store = open_database(db_path)
    store.delete_report(store.list_reports()[0].id)
    store.close()
    store = open_database(db_path)
    try:
        assert store.list_reports() == [] and len(store.list_reports(trash=True)) == 1
    finally:
        store.close()


def test_a_file_that_is_not_a_database_is_refused_with_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "ghi chú.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError):
        open_database(bad)


def test_same_database_sees_through_spellings(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert same_database(tmp_path / "a" / ".." / "x.sqlite3", tmp_path / "x.sqlite3")
    assert not same_database(tmp_path / "x.sqlite3", tmp_path / "y.sqlite3")


def test_backups_keep_the_newest_n_and_restore_brings_the_data_back_with_a_safety_copy(db_path: Path) -> None:
    store = open_database(db_path)
    for _ in range(4):
        back_up(store, "manual", keep=2)
    assert [b.reason for b in backups_of(db_path)] == ["manual", "manual"]
    assert {b.path.parent for b in backups_of(db_path)} == {backups_folder(db_path)} == {db_path.parent / "backups"}
    chosen = backups_of(db_path)[0].path
    period = parse_period("2024")
    unit = province_list_at(period.end).get("01")
    assert unit is not None
    store.create_report(unit, period, active_template())
    store.close()
    assert _count(db_path) == 2

    safety = restore(db_path, chosen, keep=2)
    assert _count(db_path) == 1
    assert safety is not None and _count(safety) == 2  # what was replaced is kept: the restore can be undone
    assert {b.reason for b in backups_of(db_path)} == {"manual", "restore"}


def test_a_damaged_backup_is_refused_and_the_database_left_as_it_was(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    bad = tmp_path / "hỏng.sqlite3"
    bad.write_bytes(b"\0" * 4096)
    with pytest.raises(BackupError, match=r"hỏng\.sqlite3"):
        restore(db_path, bad)
    assert _count(db_path) == 1


def test_a_backup_restored_over_a_database_that_does_not_open_sets_the_damaged_file_aside(db_path: Path) -> None:
    store = open_database(db_path)
    backup = back_up(store)
    store.close()
    db_path.write_bytes(b"garbage" * 1000)
    with pytest.raises(StoreError):
        open_database(db_path)

    aside = restore_over_damaged(db_path, backup)
    assert aside is not None and aside.read_bytes() == b"garbage" * 1000  # kept for the support desk
    assert aside.name.startswith(f"{db_path.name}.hong-")
    store = open_database(db_path)
    try:
        assert len(store.list_reports()) == 1
    finally:
        store.close()


def test_a_store_without_a_file_cannot_be_backed_up() -> None:
    from gui.store.database import connect

    db: Database = connect(Path(":memory:"))
    store = ReportStore(db, None)
    with pytest.raises(NoDatabaseFileError, match="không sao lưu được"):
        back_up(store)
    store.close()


def test_only_the_databases_own_backups_are_restored(db_path: Path, tmp_path: Path) -> None:
    from gui.operations.databases import NotABackupError, backup_named

    store = open_database(db_path)
    made = back_up(store, "manual")
    other = open_database(tmp_path / "khác.sqlite3")
    foreign = back_up(other, "manual")
    other.close()
    store.close()
    assert backup_named(db_path, made) == made
    assert backup_named(db_path, Path(made.name)) == made  # the name `bvntd backup list` shows
    for wrong in (foreign, Path(foreign.name), tmp_path / "khác.sqlite3", Path("/etc/passwd")):
        with pytest.raises(NotABackupError, match=r"không phải một bản sao lưu của reports\.sqlite3"):
            restore(db_path, wrong)
    assert _count(db_path) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="flock is how QLockFile holds its file on Unix")
def test_a_restore_from_outside_is_refused_while_a_window_holds_the_database(db_path: Path) -> None:
    """What QLockFile does while a window has the database (tests/views/test_single_instance.py checks it on the
    real lock): its file stays flock()ed."""
    import fcntl
    import os

    from gui.operations.databases import OpenInAWindowError, restore_unopened
    from gui.store.location import held_by_a_window, lock_path

    store = open_database(db_path)
    made = back_up(store, "manual")
    period = parse_period("2024")
    unit = province_list_at(period.end).get("01")
    assert unit is not None
    store.create_report(unit, period, active_template())
    store.close()
    lock_path(db_path).write_text("4242\nbvntd\nmáy\n", encoding="utf-8")
    assert not held_by_a_window(db_path)  # a lock a crashed window left
    fd = os.open(lock_path(db_path), os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert held_by_a_window(db_path)
        with pytest.raises(OpenInAWindowError, match="đang mở trong một cửa sổ"):
            restore_unopened(db_path, made)
        assert _count(db_path) == 2
    finally:
        os.close(fd)
    kept = restore_unopened(db_path, made, keep=None)
    assert _count(db_path) == 1 and kept is not None and _count(kept) == 2


def test_a_restore_from_outside_over_a_damaged_file_moves_it_aside(db_path: Path) -> None:
    from gui.operations.databases import restore_unopened

    store = open_database(db_path)
    made = back_up(store, "manual")
    store.close()
    db_path.write_bytes(b"damaged".ljust(4096, b"\0"))
    aside = restore_unopened(db_path, Path(made.name))
    assert aside is not None and aside.read_bytes().startswith(b"damaged") and _count(db_path) == 1


@pytest.mark.parametrize("folder", ["Báo cáo #1", "hỏi?đáp", "100% xong", "a#b?c%20d"])
def test_a_restore_in_a_folder_whose_name_sqlite_would_misread_brings_the_data_back(
    tmp_path: Path, folder: str
) -> None:
    """'#', '?' and '%' end or escape a URI: a plain f"file:{path}?mode=ro" opened another, empty file, and the
    restore copied that emptiness over the data (the safety copy was all that was left)."""
    from gui.store.listing import read_report_list

    db_path = tmp_path / folder / "dữ liệu.sqlite3"
    db_path.parent.mkdir()
    store = open_database(db_path)
    made = back_up(store, "manual")
    period = parse_period("2024")
    unit = province_list_at(period.end).get("01")
    assert unit is not None
    store.create_report(unit, period, active_template())
    store.close()
    assert len(read_report_list(db_path) or []) == 2  # the window's first list reads the right file too

    restore(db_path, made)
    assert _count(db_path) == 1
    assert [s.unit_name for s in read_report_list(db_path) or []] == ["Nghệ An"]
