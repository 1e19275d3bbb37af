"""A fresh process's first export against LibreOffice: `bvntd pdf render` of the demo report, and
`soffice --headless --convert-to pdf` of the same text, measured in the same run (target: ours ≤ ⅓ of LibreOffice).

    python benchmarks/bench_first_export.py [--runs 7]

Both are whole processes, launch to exit, the runs interleaved so a slow moment of the machine hits both alike;
each figure is a median (the fastest and slowest run in brackets); the load average is printed before and after,
since figures from a machine busy with other work mislead. The text LibreOffice converts is the text of our PDF
(pdftotext -layout), as a plain .txt file: the same words, without our layout, tables or embedded data.
LibreOffice runs with its own profile in a temporary folder (its first start, which creates the profile, is a
warm-up and not counted), and so do we: the first runs fill the bytecode cache (as an installed app has one, see
bench_startup.py) and the file cache.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def demo_document(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from gui.store.reports import ReportStore, create_demo_report

    store = ReportStore.open(folder / "demo.sqlite3")
    try:
        text = store.document(create_demo_report(store)).to_json()
    finally:
        store.close()
    path = folder / "demo.json"
    path.write_text(text, encoding="utf-8")
    return path


def seconds(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(args, env=env, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        raise SystemExit("needs LibreOffice (soffice) and poppler-utils (pdftotext)")
    with tempfile.TemporaryDirectory(prefix="bvntd-bench-export-") as tmp:
        folder = Path(tmp)
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
        }
        doc = demo_document(folder)
        ours = [sys.executable, "-m", "gui", "pdf", "render", str(doc), "-o", str(folder / "ours.pdf")]
        seconds(ours, env)
        text = folder / "demo.txt"
        subprocess.run(["pdftotext", "-layout", str(folder / "ours.pdf"), str(text)], check=True)
        office = [
            soffice,
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "lo"),
            str(text),
        ]
        for _ in range(2):  # LibreOffice's first start creates its profile; ours fills the bytecode cache
            seconds(office, env)
            seconds(ours, env)
        load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
        samples: dict[str, list[float]] = {"ours": [], "office": []}
        for _ in range(args.runs):
            samples["ours"].append(seconds(ours, env))
            samples["office"].append(seconds(office, env))
        load_after = os.getloadavg() if hasattr(os, "getloadavg") else None
        pages = (folder / "ours.pdf").read_bytes().count(b"/Type /Page\n")
    ours_s, office_s = statistics.median(samples["ours"]), statistics.median(samples["office"])
    ratio = ours_s / office_s
    print(f"the demo report ({pages} pages), fresh processes, runs: {args.runs} (medians), cores: {os.cpu_count()}")
    if load_before and load_after:
        print(f"load average (1, 5, 15 min): before {load_before}, after {load_after}")
    spread = {k: f"({min(v) * 1000:.0f}–{max(v) * 1000:.0f})" for k, v in samples.items()}
    print(f"bvntd pdf render DOC.json -o OUT.pdf:        {ours_s * 1000:6.0f} ms {spread['ours']}")
    print(f"soffice --headless --convert-to pdf TEXT:    {office_s * 1000:6.0f} ms {spread['office']}")
    print(f"ratio: {ratio:.2f} (target <= 0.33: {'met' if ratio <= 1 / 3 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
