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
        _received_reports(store, demo_id, Path(tmp))
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


def _received_reports(store: object, demo_id: int, folder: Path) -> None:
    """Two provinces' reports received the way the Ministry receives them, so its tables show what a real import
    records (the time received, the signatures' status): Nghệ An's signed by the competent person and the agency
    with certificates of a throwaway test PKI, registered, under a loaded root ("Đã ký, tin cậy"); Hà Tĩnh's not
    signed."""
    from gui.core.period import parse_period
    from gui.core.template import active_template
    from gui.core.units import province_list_at
    from gui.inbox.importer import import_paths
    from gui.inbox.samples import sample_document
    from gui.operations.trust import add_certificate, load_trust_files, signature_policy
    from gui.pdf.render import render_report
    from gui.signing.keys import load_pfx
    from gui.signing.sign import sign_pdf
    from tests.signing.pki import PASSWORD, build_pki

    pki = build_pki(folder / "pki")
    template = active_template()
    period = parse_period(store.document(demo_id).period.id)  # type: ignore[attr-defined]
    units = province_list_at(period.end)
    paths = []
    for index, code in enumerate(("40", "42")):
        unit = units.get(code)
        assert unit is not None
        data = render_report(sample_document(template, unit, period, seed=index), template, draft=False)
        if code == "40":
            data = sign_pdf(data, load_pfx(pki.nghe_an.pfx, PASSWORD), "signer").data
            data = sign_pdf(data, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency").data
        paths.append(folder / f"BC-NQ82-{code}.pdf")
        paths[-1].write_bytes(data)
    load_trust_files(store=store, paths=[pki.root.pem])  # type: ignore[arg-type]
    for role, issued in (("signer", pki.nghe_an), ("agency", pki.nghe_an_clerk)):
        add_certificate(store=store, unit_kind="province", unit_code="40", role=role, path=issued.pem)  # type: ignore[arg-type]
    run = import_paths(store, paths, signatures=signature_policy(store=store))  # type: ignore[arg-type]
    assert [r.outcome for r in run.results] == ["imported", "imported"], [r.line() for r in run.results]


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


def _grab(widget: object, path: Path) -> Path:
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


if __name__ == "__main__":
    raise SystemExit(main())
