"""Crash safety, proven: the editor is killed with SIGKILL at random moments, again and again; the database
stays sound and every edit older than the autosave delay is there."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui.store.reports import ReportStore, create_demo_report

RUNS = int(os.environ.get("BVNTD_CRASH_RUNS", "50"))
DELAY_MS = 700
# Time for a due timer to fire and its transaction to commit on a loaded 2-core machine.
GRACE_S = 0.5


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_mid_edit_loses_nothing_older_than_the_autosave_delay(tmp_path: Path) -> None:
    db = tmp_path / "Dữ liệu" / "reports.sqlite3"
    store = ReportStore.open(db)
    report_id = create_demo_report(store)
    store.close()
    log = tmp_path / "edits.jsonl"
    rng = random.Random(20251215)
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    checked = 0
    seen_lines = 0
    for run in range(RUNS):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.drivers.crash_editor",
                str(db),
                str(report_id),
                str(log),
                str(run),
                str(DELAY_MS),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=root,
        )
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready.strip() == "READY", child.stderr.read() if child.stderr else ready
        time.sleep(rng.uniform(0.05, 2.5))
        killed_at = time.time()
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)

        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        values = ReportStore.open(db).values(report_id)
        threshold = killed_at - DELAY_MS / 1000 - GRACE_S
        lines = log.read_text(encoding="utf-8").splitlines()
        # Only this run's edits: an earlier run's last edits were lawfully lost with that run's kill.
        run_lines, seen_lines = lines[seen_lines:], len(lines)
        for line in run_lines:
            edit = json.loads(line)
            if edit["t"] < threshold:
                assert edit["token"] in values[edit["key"]], f"run {run}: lost {edit}"
                checked += 1
    assert checked >= RUNS  # the runs really edited and were really checked
