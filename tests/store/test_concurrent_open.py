"""Issue 13: processes that open a new database at the same moment, and importers writing at the same time."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from gui.store.reports import ReportStore
from tests.inbox.conftest import province_docs, write_docs

OPEN_AT = """
import sys, time
from pathlib import Path
start = float(sys.argv[2])
while time.time() < start:
    pass
from gui.store.reports import ReportStore
ReportStore.open(Path(sys.argv[1])).close()
"""


def test_first_opens_of_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    for attempt in range(3):
        path = tmp_path / f"new-{attempt}.sqlite3"
        start = time.time() + 1.5  # every process past its imports, then all at once
        processes = [
            subprocess.Popen([sys.executable, "-c", OPEN_AT, str(path), str(start)], stderr=subprocess.PIPE, text=True)
            for _ in range(4)
        ]
        errors = [process.communicate(timeout=60)[1] for process in processes]  # every pipe read and closed
        assert [process.returncode for process in processes] == [0] * 4, errors
        store = ReportStore.open(path)
        try:
            assert store.list_reports() == []
        finally:
            store.close()


def test_two_importers_into_one_database_both_finish(tmp_path: Path, db_path: Path) -> None:
    docs = province_docs("2025")
    write_docs(tmp_path / "a", docs[:15])
    write_docs(tmp_path / "b", docs[15:30])
    ReportStore.open(db_path).close()
    command = [sys.executable, "-m", "gui", "inbox", "import", "--db", str(db_path)]
    processes = [
        subprocess.Popen([*command, str(tmp_path / name)], stdout=subprocess.PIPE, text=True, encoding="utf-8")
        for name in ("a", "b")
    ]
    outputs = [p.communicate(timeout=120)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0]
    assert all(out.splitlines()[-1] == "Tổng cộng: 15 tệp — đã nhập: 15" for out in outputs), outputs
    store = ReportStore.open(db_path)
    try:
        assert len(store.list_reports(origin="inbox")) == 30
    finally:
        store.close()
