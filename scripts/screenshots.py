"""Render the main screens offscreen with the demo report and save them as PNGs under docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py            # all: 100 % and 150 %, Vietnamese and English
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --scale 1.5 --lang en   # one combination

Names are stable: list, editor, editor-header, settings, settings-general, settings-signing, sign-dialog, inbox,
about; "@1.5x" marks 150 % scaling and "-en" the English interface (list.png, list@1.5x.png, list-en.png,
list@1.5x-en.png). Each combination runs in its own process, because the scale factor and the language are fixed
when Qt starts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from msgspec.structs import replace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCALES = (1.0, 1.5)
LANGUAGES = ("vi", "en")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, help="150 %% scaling = 1.5 (default: every scale)")
    parser.add_argument("--lang", choices=LANGUAGES, help="default: every language")
    args = parser.parse_args()
    if args.scale is None or args.lang is None:
        status = 0
        for scale in [args.scale] if args.scale else SCALES:
            for lang in [args.lang] if args.lang else LANGUAGES:
                command = [sys.executable, __file__, "--out", str(args.out), "--scale", str(scale), "--lang", lang]
                status |= subprocess.run(command, check=False).returncode
        return status
    return render(args.out, args.scale, args.lang)


def render(out: Path, scale: float, lang: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BVNTD_SETTINGS"] = str(Path(tempfile.mkdtemp()) / "settings.ini")
    if scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(scale)

    from PySide6.QtCore import QCoreApplication

    from gui.core.period import parse_period
    from gui.operations.databases import open_database as open_store
    from gui.views.app import create_application
    from gui.views.main_window import MainWindow

    app = create_application(lang)
    suffix = ("" if scale == 1.0 else f"@{scale:g}x") + ("" if lang == "vi" else f"-{lang}")
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(4):
            QCoreApplication.processEvents()

    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "screens.sqlite3")
        demo_id = store.list_reports()[0].id
        # A few more rows so the list looks like a desk that has been used for some years.
        for period in ("2024", "2025-H1", "2021-2025"):
            store.duplicate_report(demo_id, parse_period(period))
        _received_reports(store, demo_id)
        window = MainWindow(store, delay_ms=50)
        window.resize(1200, 760)
        window.show()
        window.refresh_list(select_id=demo_id)
        settle()
        saved.append(_grab(window, out / f"list{suffix}.png"))

        editor = window.open_report(demo_id)
        settle()
        editor.focus_field("cp_received")
        settle()
        saved.append(_grab(window, out / f"editor{suffix}.png"))
        editor.focus_field("header.parent_body")
        editor.scroll_area.verticalScrollBar().setValue(0)
        settle()
        saved.append(_grab(window, out / f"editor-header{suffix}.png"))
        window.show_list()

        inbox = window.show_inbox()
        settle()
        if inbox is not None and inbox.tabs.count() > 1:
            inbox.tabs.setCurrentIndex(1)
            settle()
        saved.append(_grab(window, out / f"inbox{suffix}.png"))
        window.show_list()

        from gui.store.backups import backup_dir
        from gui.views.about_dialog import AboutDialog
        from gui.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            store.profile(), language=lang, backups_kept=10, backup_folder=backup_dir(store.path), parent=window
        )
        dialog.show()
        settle()
        saved.append(_grab(dialog, out / f"settings{suffix}.png"))
        dialog.tabs.setCurrentIndex(2)
        settle()
        saved.append(_grab(dialog, out / f"settings-general{suffix}.png"))
        dialog.close()

        # The signing images chosen (thumbnails), then the sign dialog on the demo report's export.
        from gui.operations.export import export_report
        from gui.operations.signing import check_report_export
        from gui.signing.settings import SigningSettings, save_settings
        from gui.views.sign_dialog import SignDialog

        signature, seal = _signing_images(Path(tmp))
        save_settings(SigningSettings(signature_image=str(signature), seal_image=str(seal)))
        dialog = SettingsDialog(
            store.profile(), language=lang, backups_kept=10, backup_folder=backup_dir(store.path), parent=window
        )
        dialog.tabs.setCurrentWidget(dialog.signing)
        dialog.show()
        settle()
        saved.append(_grab(dialog, out / f"settings-signing{suffix}.png"))
        dialog.close()
        export_report(store, demo_id, Path(tmp) / "BC-NQ82-Nghe-An-2025.pdf", draft=False)
        sign = SignDialog(check_report_export(store=store, report_id=demo_id), store, window)
        sign.use_pfx.setChecked(True)
        sign.pfx.setText(str(Path(tmp) / "nguyen-van-an.pfx"))
        sign.show()
        settle()
        saved.append(_grab(sign, out / f"sign-dialog{suffix}.png"))
        sign.close()
        about = AboutDialog(store.path, window)
        about.show()
        settle()
        saved.append(_grab(about, out / f"about{suffix}.png"))
        about.close()
        window.close()
    for path in saved:
        print(path)
    app.exit(0)
    return 0


def _received_reports(store: object, demo_id: int) -> None:
    """Two provinces' reports in the Ministry's inbox, so its tables have rows."""
    from gui.core.units import province_list_at

    doc = store.document(demo_id)  # type: ignore[attr-defined]
    units = province_list_at(parse_date(doc.period.end)).units
    for index, unit in enumerate(units[:2]):
        copy = replace(
            doc,
            uid=f"screens-{index}",
            unit=replace(doc.unit, code=unit.code, name=unit.name),
        )
        report_id = store.import_document(copy, origin="inbox")  # type: ignore[attr-defined]
        _signature_status(store, report_id, index, unit.name)


def _signature_status(store: object, report_id: int, index: int, unit_name: str) -> None:
    """What the import records after verifying signatures (gui.signing.inbox): the first report signed by the
    competent person and the agency and trusted, the second not signed; so the column shows both."""
    from gui.signing.verify import STATUS_LABELS, TRUSTED, UNSIGNED
    from gui.store.signatures import SignatureRepository

    repo = SignatureRepository(store)  # type: ignore[arg-type]
    if index == 0:
        summary = f"{STATUS_LABELS[TRUSTED]} (Nguyễn Văn An, Sở Công Thương tỉnh {unit_name}, 12/01/2026 09:30)"
        repo.record_received(report_id, TRUSTED, summary, [{}, {}])
    else:
        repo.record_received(report_id, UNSIGNED, STATUS_LABELS[UNSIGNED], [])


def _signing_images(folder: Path) -> tuple[Path, Path]:
    """A blue handwritten signature saved as a palette PNG with a transparent colour (as Paint.NET writes it) and a
    red 36 mm seal at 300 dpi: drawn here, no person's real signature."""
    from PIL import Image, ImageDraw

    signature = Image.new("RGB", (600, 240), (0, 0, 0))
    ImageDraw.Draw(signature).line(
        [(30, 190), (120, 60), (180, 170), (260, 70), (330, 160), (420, 90), (570, 130)], fill=(25, 45, 190), width=9
    )
    palette = signature.quantize(2)
    palette.save(folder / "chu-ky.png", transparency=palette.getpixel((0, 0)))
    seal = Image.new("RGBA", (425, 425), (0, 0, 0, 0))
    draw = ImageDraw.Draw(seal)
    draw.ellipse([6, 6, 418, 418], outline=(210, 20, 20, 255), width=12)
    draw.ellipse([70, 70, 354, 354], outline=(210, 20, 20, 255), width=6)
    draw.regular_polygon((212, 212, 70), 5, fill=(210, 20, 20, 255))
    seal.save(folder / "con-dau.png", dpi=(300, 300))
    return folder / "chu-ky.png", folder / "con-dau.png"


def parse_date(value: object) -> object:
    import datetime as dt

    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _grab(widget: object, path: Path) -> Path:
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


if __name__ == "__main__":
    raise SystemExit(main())
