"""Start-up: process start to the main window shown, with 1,000 reports, as a ratio to a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--runs 7]

Each figure is the median wall time of whole processes (interpreter start included), measured in the same run as
the baseline, the runs interleaved. Three figures for the app: the window shown (BVNTD_QUIT_WHEN_SHOWN=1), the
list of reports in it, read with plain sqlite3 right after the first show (=listed), and the full store loaded,
the list live (=loaded). The load average is printed before and after: figures from a busy machine mislead.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
class W(QMainWindow):
    shown = False
    def showEvent(self, event):
        super().showEvent(event)
        if not self.shown:
            self.shown = True
            QTimer.singleShot(0, app.quit)
w = W()
w.resize(1180, 760)
w.show()
app.exec()
"""


def make_database(path: Path, count: int) -> None:
    sys.path.insert(0, str(ROOT))
    from gui.core.period import parse_period
    from gui.core.template import active_template
    from gui.core.units import province_list_at
    from gui.store.reports import ReportStore, create_demo_report

    store = ReportStore.open(path)
    template = active_template()
    demo = create_demo_report(store)
    values = store.values(demo)
    years = list(range(2020, 2026))
    with store.db.atomic():
        for i in range(count - 1):
            period = parse_period(str(years[i % len(years)]))
            units = province_list_at(period.end).units
            store.create_report(units[i % len(units)], period, template, values=values)
    store.close()


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(args, env=env, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reports", type=int, default=1000)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        make_database(db, args.reports)
        app = [sys.executable, "-m", "gui", "--db", str(db)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        timed(bare, env)  # warm the file cache for both
        timed(app, {**env, "BVNTD_QUIT_WHEN_SHOWN": "loaded"})
        load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
        samples: dict[str, list[float]] = {"bare": [], "shown": [], "listed": [], "loaded": []}
        for _ in range(args.runs):  # interleaved, so a slow moment of the machine hits all of them alike
            samples["bare"].append(timed(bare, env))
            for mode, quit_when in (("shown", "1"), ("listed", "listed"), ("loaded", "loaded")):
                samples[mode].append(timed(app, {**env, "BVNTD_QUIT_WHEN_SHOWN": quit_when}))
        load_after = os.getloadavg() if hasattr(os, "getloadavg") else None
    bare_median = statistics.median(samples["bare"])
    print(f"reports in the database: {args.reports}, runs: {args.runs} (medians), cores: {os.cpu_count()}")
    if load_before and load_after:
        print(f"load average (1, 5, 15 min): before {load_before}, after {load_after}")
    print(f"bare PySide6 window shown:       {bare_median * 1000:7.0f} ms   1.00×")
    for name, text in (
        ("shown", "app main window shown:"),
        ("listed", "app list shown (sqlite3 only):"),
        ("loaded", "app store loaded, list live:"),
    ):
        median = statistics.median(samples[name])
        target = "  (target ≤ 1.5×)" if name == "shown" else ""
        print(f"{text:32} {median * 1000:7.0f} ms   {median / bare_median:.2f}×{target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
