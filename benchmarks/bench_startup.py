"""Start-up: process start to the main window shown, with 1,000 reports, as a ratio to a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--runs 7]

Each figure is a median over processes measured in the same run as the baseline, the runs interleaved: from the
moment the process is launched (interpreter start included) to the moment it reports having reached a stage
("bvntd-reached <stage> <epoch>" on stderr, after the event loop has handled the show, so after the first paint).
Three stages for the app: the window shown (BVNTD_QUIT_WHEN_SHOWN=1), the list of reports in it, read with plain
sqlite3 right after the first show (=listed), and the full store loaded, the list live (=loaded). The whole
process, exit included, is printed too.

Both run with a bytecode cache, as an installed app does (pip and PyInstaller compile the modules): a test
environment with PYTHONDONTWRITEBYTECODE=1 would otherwise make the app recompile its own modules at every start
while the baseline imports only precompiled ones. The load average is printed before and after: figures from a
busy machine mislead.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
def reached():
    print(f"bvntd-reached shown {time.time():.6f}", file=sys.stderr, flush=True)
    app.quit()
class W(QMainWindow):
    shown = False
    def showEvent(self, event):
        super().showEvent(event)
        if not self.shown:
            self.shown = True
            QTimer.singleShot(0, reached)
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


@dataclass
class Timing:
    reached: float  # seconds from launch to the stage the process reports
    whole: float  # seconds from launch to the process's end


def timed(args: list[str], env: dict[str, str]) -> Timing:
    start = time.time()
    result = subprocess.run(args, env=env, capture_output=True, text=True, cwd=ROOT)
    end = time.time()
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    marks = [line.split() for line in result.stderr.splitlines() if line.startswith("bvntd-reached ")]
    if not marks:
        raise SystemExit(f"{' '.join(args)} did not report reaching its stage:\n{result.stderr}")
    return Timing(reached=float(marks[-1][2]) - start, whole=end - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="this package's modules compiled at every start"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
        }
        if args.no_bytecode_cache:  # the installed libraries' own caches still serve; this package compiles
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            del env["PYTHONPYCACHEPREFIX"]
        db = Path(tmp) / "bench.sqlite3"
        make_database(db, args.reports)
        app = [sys.executable, "-m", "gui", "--db", str(db)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        for _ in range(2):  # fill the bytecode cache and warm the file cache for both
            timed(bare, env)
            timed(app, {**env, "BVNTD_QUIT_WHEN_SHOWN": "loaded"})
        load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
        samples: dict[str, list[Timing]] = {"bare": [], "shown": [], "listed": [], "loaded": []}
        for _ in range(args.runs):  # interleaved, so a slow moment of the machine hits all of them alike
            samples["bare"].append(timed(bare, env))
            for mode, quit_when in (("shown", "1"), ("listed", "listed"), ("loaded", "loaded")):
                samples[mode].append(timed(app, {**env, "BVNTD_QUIT_WHEN_SHOWN": quit_when}))
        load_after = os.getloadavg() if hasattr(os, "getloadavg") else None

    def median(name: str, field: str) -> float:
        return statistics.median(getattr(t, field) for t in samples[name])

    bare_reached, bare_whole = median("bare", "reached"), median("bare", "whole")
    cache = "off" if args.no_bytecode_cache else "on"
    print(
        f"reports in the database: {args.reports}, runs: {args.runs} (medians), cores: {os.cpu_count()}, bytecode cache: {cache}"
    )
    if load_before and load_after:
        print(f"load average (1, 5, 15 min): before {load_before}, after {load_after}")
    print(f"{'':32} {'reached':>16}   {'whole process':>16}")
    print(f"{'bare PySide6 window shown:':32} {bare_reached * 1000:7.0f} ms 1.00×   {bare_whole * 1000:7.0f} ms 1.00×")
    for name, text in (
        ("shown", "app main window shown:"),
        ("listed", "app list shown (sqlite3 only):"),
        ("loaded", "app store loaded, list live:"),
    ):
        reached, whole = median(name, "reached"), median(name, "whole")
        target = "   (target: window shown ≤ 1.5×)" if name == "shown" else ""
        print(
            f"{text:32} {reached * 1000:7.0f} ms {reached / bare_reached:.2f}×"
            f"   {whole * 1000:7.0f} ms {whole / bare_whole:.2f}×{target}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
