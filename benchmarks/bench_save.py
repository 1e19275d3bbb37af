"""Saving one edit with 1,000 reports in the database: prints the latency distribution (target p95 ≤ 20 ms).

The baseline, measured in the same run, is a bare SQLite UPDATE in one transaction on the same file (the floor
for any save), so the ratio says what the app's own work costs on top of the disk.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from gui.core.demo import DEMO_VALUES
from gui.core.period import parse_period
from gui.store.reports import ReportStore, create_demo_report

REPORTS = 1000
EDITS = 400


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bvntd-bench-"))
    store = ReportStore.open(folder / "bench.sqlite3")
    first = create_demo_report(store)
    with store.db.atomic():
        for _ in range(REPORTS - 1):
            store.duplicate_report(first, parse_period("2024"))
    target = store.list_reports()[REPORTS // 2].id

    app_ms: list[float] = []
    text = DEMO_VALUES["cp_results"]
    for i in range(EDITS):
        key, value = ("cp_results", f"{text} {i}") if i % 2 else ("cp_received", 200 + i)
        start = time.perf_counter()
        store.set_value(target, key, value)
        app_ms.append((time.perf_counter() - start) * 1000)

    floor_ms: list[float] = []
    conn = store.db.conn
    for i in range(EDITS):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("UPDATE report_values SET value = ? WHERE report_id = ? AND key = 'cp_received'", [str(i), target])
        conn.execute("COMMIT")
        floor_ms.append((time.perf_counter() - start) * 1000)

    reports = len(store.list_reports())
    print(f"reports in database: {reports}")
    print(
        f"save one edit (app):  median {statistics.median(app_ms):.2f} ms, p95 {percentile(app_ms, 0.95):.2f} ms, max {max(app_ms):.2f} ms"
    )
    print(f"bare SQLite update:   median {statistics.median(floor_ms):.2f} ms, p95 {percentile(floor_ms, 0.95):.2f} ms")
    print(f"ratio (p95 app / p95 floor): {percentile(app_ms, 0.95) / percentile(floor_ms, 0.95):.1f}x")
    print(f"target p95 <= 20 ms: {'met' if percentile(app_ms, 0.95) <= 20 else 'NOT met'}")


if __name__ == "__main__":
    main()
