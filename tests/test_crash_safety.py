"""Crash safety, proven: the editor is killed with SIGKILL at random moments while a person types without
pausing into a narrative, a table cell and a number field; the database stays sound and everything typed more
than a second before each kill is there after the restart."""

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
from typing import Any

import pytest

from gui.store.reports import ReportStore, create_demo_report
from tests.drivers.crash_editor import NUMBER, ROW, TABLE

RUNS = int(os.environ.get("BVNTD_CRASH_RUNS", "24"))
PROMISE_S = 1.0  # README: "a crash or a kill loses at most the last second of typing"


def check_run(run: int, edits: list[dict[str, Any]], values: dict[str, Any], threshold: float) -> int:
    """Asserts every edit logged before `threshold` is in `values`; returns how many were checked."""
    checked = 0
    cell = ((values.get(TABLE) or [{}])[ROW] or {}).get("violation") or ""
    states = [e for e in edits if "state" in e]
    for edit in edits:
        if "token" not in edit or edit["t"] >= threshold:
            continue
        held = cell if edit["key"] == TABLE else values.get(edit["key"]) or ""
        assert edit["token"] in held, f"run {run}: lost {edit}"
        checked += 1
    # The number: what it held a second before the kill, or something typed after that.
    before = [i for i, e in enumerate(states) if e["t"] < threshold]
    if before:
        allowed = {int(e["state"]) for e in states[before[-1] :]}
        assert values.get(NUMBER) in allowed, f"run {run}: {NUMBER} = {values.get(NUMBER)}, typed {states[before[-1]]}"
        checked += 1
    return checked


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_while_typing_loses_nothing_older_than_a_second(tmp_path: Path) -> None:
    db = tmp_path / "Dữ liệu" / "reports.sqlite3"
    store = ReportStore.open(db)
    report_id = create_demo_report(store)
    store.close()
    log = tmp_path / "edits.jsonl"
    rng = random.Random(20261207)
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    checked = 0
    kinds: set[str] = set()
    seen_lines = 0
    for run in range(RUNS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.drivers.crash_editor", str(db), str(report_id), str(log), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=root,
        )
        assert child.stdout is not None
        ready = child.stdout.readline()
        if ready.strip() != "READY":
            _, err = child.communicate(timeout=30)
            pytest.fail(f"the driver did not start: {err}")
        time.sleep(rng.uniform(1.2, 5.0))
        killed_at = time.time()
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)

        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with ReportStore.open(db) as reopened:
            values = reopened.values(report_id)
        lines = log.read_text(encoding="utf-8").splitlines()
        # Only this run's edits: an earlier run's last edits were lawfully lost with that run's kill.
        edits, seen_lines = [json.loads(line) for line in lines[seen_lines:]], len(lines)
        threshold = killed_at - PROMISE_S
        checked += check_run(run, edits, values, threshold)
        kinds |= {e["key"] for e in edits if e["t"] < threshold}
    assert checked >= RUNS  # the runs really typed and were really checked
    assert kinds == {"direction_summary", TABLE, NUMBER}  # in all three kinds of field
