"""Render the main screens offscreen with the demo report and save them as PNGs under docs/screenshots/.

QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--scale 1.5] [--lang en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (1.5 = 150 % scaling)")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from PySide6.QtCore import QCoreApplication, QDate

    from gui.views.app import create_application, open_store
    from gui.views.main_window import MainWindow

    app = create_application(args.lang)
    suffix = "" if args.scale == 1.0 else f"@{args.scale:g}x"
    if args.lang != "vi":
        suffix += f"-{args.lang}"
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "screens.sqlite3")
        demo_id = store.list_reports()[0].id
        # A few more rows so the list looks like a desk that has been used for some years.
        from gui.core.period import parse_period

        for period in ("2024", "2025-H1", "2021-2025"):
            store.duplicate_report(demo_id, parse_period(period))
        window = MainWindow(store, delay_ms=50)
        window.resize(1200, 760)
        window.show()
        window.refresh_list(select_id=demo_id)
        QCoreApplication.processEvents()
        saved = [_grab(window, args.out / f"list{suffix}.png")]
        editor = window.open_report(demo_id)
        for _ in range(3):
            QCoreApplication.processEvents()
        editor.focus_field("cp_received")
        for _ in range(3):
            QCoreApplication.processEvents()
        saved.append(_grab(window, args.out / f"editor{suffix}.png"))
        editor.focus_field("header.parent_body")
        editor.scroll.verticalScrollBar().setValue(0)
        QCoreApplication.processEvents()
        saved.append(_grab(window, args.out / f"editor-header{suffix}.png"))
        window.close()
    _ = QDate
    for path in saved:
        print(path)
    app.quit()
    return 0


def _grab(window, path: Path) -> Path:
    window.grab().save(str(path))
    return path


if __name__ == "__main__":
    raise SystemExit(main())
