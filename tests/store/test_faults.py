"""Disk and file faults end in a clear StoreError, and what was saved before stays intact."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from gui.store.database import connect
from gui.store.errors import StoreError
from gui.store.reports import ReportStore, create_demo_report


def test_disk_full_is_explained_and_the_earlier_save_survives(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = create_demo_report(store)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    # SQLITE_FULL, the very error a full disk gives, by capping the file at its current size.
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    huge = "Nội dung rất dài. " * 40_000
    with pytest.raises(StoreError, match="đầy"):
        store.set_value(report_id, "sm_results", huge)
    store.close()
    again = ReportStore.open(db_path)
    assert again.values(report_id)["sm_results"].startswith("Sở Công Thương đã tham mưu")
    assert again.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_database_locked_by_another_process_is_explained(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = create_demo_report(store)
    store.db.execute("PRAGMA busy_timeout = 200")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="khóa"):
            store.set_value(report_id, "cp_received", 1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.values(report_id)["cp_received"] == 236
    assert store.set_value(report_id, "cp_received", 1)  # works again once the other program lets go


def _immutable(path: Path, on: bool) -> bool:
    """chattr +i makes a file or folder unwritable even for root (tests run as root in CI)."""
    result = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True)
    return result.returncode == 0


def test_a_read_only_folder_is_explained_without_traceback(tmp_path: Path, cli) -> None:
    folder = tmp_path / "Tài liệu chỉ đọc"
    folder.mkdir()
    db = folder / "reports.sqlite3"
    store = ReportStore.open(db)
    create_demo_report(store)
    store.close()
    before = db.read_bytes()
    if shutil.which("chattr") is None or not _immutable(db, True):
        pytest.skip("this file system cannot make a file read-only for root")
    _immutable(folder, True)
    try:
        demo = cli("demo", "--db", db)
        listing = cli("report", "list", "--db", db)
    finally:
        _immutable(folder, False)
        _immutable(db, False)
    assert demo.returncode == 2, demo.stderr
    assert "chỉ cho phép đọc" in demo.stderr and "Traceback" not in demo.stderr
    assert listing.returncode in (0, 2) and "Traceback" not in listing.stderr
    assert db.read_bytes() == before
    assert len(ReportStore.open(db).list_reports()) == 1


def test_a_damaged_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "reports.sqlite3"
    store = ReportStore.open(path)
    create_demo_report(store)
    store.close()
    data = bytearray(path.read_bytes())
    data[0:16] = b"garbage garbage!"  # the SQLite header is gone
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="bị hỏng"):
        connect(path)
    assert path.read_bytes()[:16] == b"garbage garbage!"
