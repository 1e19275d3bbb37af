"""Screenshots of the editor's checks, export and preview for the docs: docs/screenshots/{check-panel,
export-missing,export-done,preview,field-help}.png, from a temporary database (run: QT_QPA_PLATFORM=offscreen python
scripts/screenshots_editor.py)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import msgspec  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import gui.views  # noqa: E402,F401 - the binding's work-arounds first
from gui.core.period import parse_period  # noqa: E402
from gui.core.template import active_template  # noqa: E402
from gui.core.units import province_list_at  # noqa: E402
from gui.store.reports import ReportStore, create_demo_report  # noqa: E402
from gui.views.editor import ReportEditor  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = ReportStore.open(Path(folder) / "screens.sqlite3")
        period = parse_period("2025")
        unit = province_list_at(period.end).get("40")
        assert unit is not None
        report_id = store.create_report(unit, period, active_template())
        store.set_values(
            report_id,
            {
                "direction_summary": "Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành triển khai Nghị quyết.",
                "focal_agency": "Së C«ng Th\u00adu¬ng",  # pasted from an old TCVN3 document
                "cp_received": 120,
                "cp_hotline": 50,
                "cp_in_person": 30,
                "cp_resolved": 135,
                "notable_cases": [{"business": "Công ty TNHH A", "violation": None}],
            },
        )
        editor = ReportEditor(store, report_id, preview_delay_ms=0)
        editor.resize(1400, 860)
        editor.show()
        editor.activateWindow()
        editor.windowHandle().requestActivate()
        settle(app)
        editor.show_check_panel(True)
        editor.focus_field("cp_received")
        settle(app, 0.5)
        editor.grab().save(str(OUT / "check-panel.png"))

        editor.export_flow.start()
        settle(app)
        dialog = editor.export_flow.problems_dialog
        assert dialog is not None
        dialog.grab().save(str(OUT / "export-missing.png"))
        dialog.reject()
        settle(app)

        editor.show_check_panel(False)
        editor.activateWindow()
        editor.windowHandle().requestActivate()
        settle(app)
        editor.focus_field("cp_resolved")
        settle(app)
        popup = editor.show_field_help()
        settle(app)
        popup.grab().save(str(OUT / "field-help.png"))
        popup.close()
        editor.close()

        demo = create_demo_report(store)
        viewer = ReportEditor(store, demo, preview_delay_ms=0)
        viewer.resize(1400, 860)
        viewer.show()
        viewer.show_preview(True)
        deadline = time.monotonic() + 20
        while viewer.preview.document.pageCount() == 0 and time.monotonic() < deadline:
            settle(app, 0.1)
        settle(app, 1.5)  # QPdfView paints its pages asynchronously
        viewer.focus_field("cp_results")
        settle(app, 0.5)
        viewer.grab().save(str(OUT / "preview.png"))
        viewer.preview.wait_idle()
        viewer.show_preview(False)

        # After a final export: the sending step (webmail row, "Đã gửi xong…"), the fingerprint behind "Chi tiết".
        store.save_profile(
            msgspec.structs.replace(
                store.profile(), ministry_email="bvqlntd@moit.gov.vn", contact_name="Lê Thị Mai",
                contact_phone="0238 3844 123",
            )
        )
        result = viewer.export_flow.export_to(Path(folder) / "BC-NQ82-Nghe-An-2025.pdf", draft=False)
        assert result is not None
        done = viewer.export_flow.result_dialog
        assert done is not None
        settle(app)
        done.grab().save(str(OUT / "export-done.png"))
        done.details_button.setChecked(True)
        settle(app)
        done.grab().save(str(OUT / "export-done-details.png"))
        done.close()
        viewer.close()
        store.close()
    for name in ("check-panel", "export-missing", "export-done", "export-done-details", "field-help", "preview"):
        print(OUT / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
