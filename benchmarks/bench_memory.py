"""Memory: the app's resident size with the demo report open and its PDF preview shown (target < 150 MB).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_memory.py [--runs 3]

Each run is a fresh process that opens the main window on a database holding the demo report, opens the report
in the editor, shows the preview (F5) and waits until its pages are painted; it then reports its resident set
(VmRSS, what the report is about) and its peak (VmHWM) from /proc (Linux). The figures printed are medians. A
bare PySide6 window in the same run gives the floor any Qt application pays.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

READ_MEMORY = """
def resident_mb():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status", encoding="ascii"))
    return [int(fields[name].split()[0]) / 1024 for name in ("VmRSS", "VmHWM")]
"""

APP = (
    READ_MEMORY
    + """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from gui.views.app import create_application
from gui.views.main_window import MainWindow
from gui.store.reports import ReportStore

app = create_application("vi")
window = MainWindow()
window.db_path = Path(sys.argv[1])
window.resize(1400, 860)
window.show()
window.attach_store(ReportStore.open(window.db_path))
editor = window.open_report(int(sys.argv[2]))
editor.show_preview(True)
ticks = {"settled": 0}

def poll():
    if editor.preview.shown_generation > 0 and not editor.preview.running:
        ticks["settled"] += 1
        if ticks["settled"] >= 20:  # ~1 s after the pages arrived: QPdfView paints them asynchronously
            rss, peak = resident_mb()
            print(f"bvntd-memory {rss:.1f} {peak:.1f}", flush=True)
            editor.preview.wait_idle()
            window.close()
            app.exit(0)
            return
    QTimer.singleShot(50, poll)

QTimer.singleShot(0, poll)
QTimer.singleShot(60_000, lambda: app.exit(3))
sys.exit(app.exec())
"""
)

BARE = (
    READ_MEMORY
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1400, 860)
w.show()
def done():
    rss, peak = resident_mb()
    print(f"bvntd-memory {rss:.1f} {peak:.1f}", flush=True)
    app.exit(0)
QTimer.singleShot(1000, done)
app.exec()
"""
)


def measure(code: str, *args: str, env: dict[str, str]) -> tuple[float, float]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    lines = [line.split() for line in result.stdout.splitlines() if line.startswith("bvntd-memory ")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"the measured process failed ({result.returncode}):\n{result.stderr}")
    return float(lines[-1][1]), float(lines[-1][2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not Path("/proc/self/status").exists():
        raise SystemExit("reads /proc/self/status: Linux only")
    sys.path.insert(0, str(ROOT))
    from gui.store.reports import ReportStore, create_demo_report

    with tempfile.TemporaryDirectory(prefix="bvntd-bench-memory-") as tmp:
        db = Path(tmp) / "bench.sqlite3"
        store = ReportStore.open(db)
        report_id = create_demo_report(store)
        store.close()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "BVNTD_NO_DIALOGS": "1",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            # QSettings (window geometry, language) and the log in the temporary folder, not the user's
            "HOME": tmp,
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
            "XDG_DATA_HOME": str(Path(tmp) / "data"),
            "BVNTD_LOG_DIR": str(Path(tmp) / "logs"),
        }
        bare = [measure(BARE, env=env) for _ in range(args.runs)]
        app = [measure(APP, str(db), str(report_id), env=env) for _ in range(args.runs)]

    def median(samples: list[tuple[float, float]], index: int) -> float:
        return statistics.median(s[index] for s in samples)

    print(f"runs: {args.runs} (medians), resident set from /proc/self/status")
    print(f"{'':44} {'resident':>9} {'peak':>9}")
    print(f"{'bare PySide6 window:':44} {median(bare, 0):6.1f} MB {median(bare, 1):6.1f} MB")
    rss = median(app, 0)
    print(f"{'app, demo report open, preview shown:':44} {rss:6.1f} MB {median(app, 1):6.1f} MB")
    print(f"target < 150 MB resident: {'met' if rss < 150 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
