"""Rolling backups: made with SQLite's backup API, pruned to the last N, restored with a safety copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gui.store.backups import BackupError, list_backups, make_backup, restore_backup
from gui.store.migrations import migrations
from gui.store.reports import ReportStore, create_demo_report


def test_backups_are_kept_to_the_last_n(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    create_demo_report(store)
    for _ in range(5):
        make_backup(store.db.conn, db_path, "start", keep=3)
    backups = list_backups(db_path)
    assert len(backups) == 3
    copy = sqlite3.connect(backups[0].path)
    assert copy.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_restore_brings_back_the_backed_up_content_and_keeps_a_safety_copy(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = create_demo_report(store)
    backup = make_backup(store.db.conn, db_path, "start")
    store.set_value(report_id, "focal_agency", "Giá trị sau sao lưu")
    store.close()

    safety = restore_backup(backup, db_path)
    store = ReportStore.open(db_path)
    assert store.values(report_id)["focal_agency"] == "Sở Công Thương tỉnh Nghệ An"
    store.close()
    assert safety is not None
    kept = sqlite3.connect(safety)
    row = kept.execute("SELECT value FROM report_values WHERE key = 'focal_agency'").fetchone()
    assert row[0] == '"Giá trị sau sao lưu"'
    kept.close()


def test_a_damaged_backup_is_refused_and_the_database_untouched(db_path: Path, tmp_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = create_demo_report(store)
    store.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(BackupError):
        restore_backup(bad, db_path)
    assert ReportStore.open(db_path).summary(report_id).unit_name == "Nghệ An"


def test_a_migration_is_preceded_by_a_backup(db_path: Path) -> None:
    if len(migrations._migrations) < 2:
        pytest.skip("only one migration: nothing to upgrade from")
    from sqlite_utils import Database

    old = Database(str(db_path))
    migrations.apply(old, stop_before=migrations._migrations[-1].name)  # a database from the previous release
    old.conn.close()
    ReportStore.open(db_path).close()
    assert [b.reason for b in list_backups(db_path)] == ["migrate"]
