"""The PyInstaller bundle: its size against the 150 MB target, and its start-up as a ratio to the app run from source.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_bundle.py [--bundle dist/bvntd] [--runs 7]

Without --bundle, `pyinstaller build.spec` builds one into a temporary folder first (about two minutes).
Size: every file of the one-folder bundle (a symbolic link counts once, as it is copied), then the 15 biggest
entries (top-level files and folders, and PySide6/Qt/lib, where the weight is). Start-up: the wall time of whole
processes from start to the main window shown (BVNTD_QUIT_WHEN_SHOWN=1, a fresh database each run), median of
--runs, the bundle and `python -m gui` interleaved so a slow moment of the machine hits both alike.
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
TARGET_MB = 150
MB = 2**20


def build(into: Path) -> Path:
    print("building the bundle with `pyinstaller build.spec` …", flush=True)
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(into / "dist"), "--workpath", str(into / "build"), str(ROOT / "build.spec")]
    subprocess.run(
        command,
        check=True,
        cwd=into,
        capture_output=True,
    )
    print(f"built in {time.perf_counter() - started:.0f} s")
    return into / "dist" / "bvntd"


def size_of(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def report_size(bundle: Path) -> float:
    total = size_of(bundle)
    entries = [*bundle.iterdir(), *(bundle / "_internal").iterdir()]
    qt_lib = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    pyside = bundle / "_internal" / "PySide6"
    if qt_lib.is_dir():
        entries += [*qt_lib.iterdir(), *(p for p in pyside.iterdir() if p.is_file())]
        entries = [e for e in entries if e != pyside]
    entries = [e for e in entries if e.name != "_internal"]
    sized = sorted(((size_of(e), e) for e in entries), key=lambda item: -item[0])
    verdict = "within" if total <= TARGET_MB * MB else "OVER"
    print(f"\nbundle {bundle}: {total / MB:.1f} MB — {verdict} the {TARGET_MB} MB target ({sys.platform})")
    for size, entry in sized[:15]:
        print(f"  {size / MB:7.1f} MB  {entry.relative_to(bundle)}")
    return total / MB


def timed(command: list[str], env: dict[str, str], db: Path) -> float:
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    result = subprocess.run([*command, "--db", str(db)], env=env, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def report_startup(bundle: Path, runs: int) -> None:
    exe = bundle / ("bvntd.exe" if sys.platform == "win32" else "bvntd")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["BVNTD_QUIT_WHEN_SHOWN"] = "1"
    frozen_env = {key: value for key, value in env.items() if not key.startswith("PYTHON")}
    source = [sys.executable, "-m", "gui"]
    samples: dict[str, list[float]] = {"source": [], "bundle": []}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        timed(source, env, db)  # warm the file cache for both
        timed([str(exe)], frozen_env, db)
        for _ in range(runs):
            samples["source"].append(timed(source, env, db))
            samples["bundle"].append(timed([str(exe)], frozen_env, db))
    source_median = statistics.median(samples["source"])
    bundle_median = statistics.median(samples["bundle"])
    print(f"\nstart to main window shown, offscreen, fresh database, median of {runs}:")
    print(f"  from source (python -m gui): {source_median * 1000:6.0f} ms   1.00×")
    print(f"  bundle ({exe.name}):{'':14}{bundle_median * 1000:6.0f} ms   {bundle_median / source_median:.2f}×")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="an existing dist/bvntd folder (default: build one)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bvntd-bench-bundle-") as tmp:
        bundle = args.bundle or build(Path(tmp))
        report_size(bundle)
        report_startup(bundle, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
