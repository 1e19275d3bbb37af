"""Refresh the interface translations: lupdate over gui/ into resources/i18n/bvntd_en.ts, then lrelease to .qm.

    python scripts/update_translations.py          # update the .ts (keeps every translation), rebuild the .qm
    python scripts/update_translations.py --check  # also exit 1 when a message has no English yet

New texts arrive in the .ts marked unfinished: translate them (Qt Linguist, or by editing the <translation>
elements), then run the script again so the .qm follows. Both files are committed; tests/views/test_i18n.py checks
that the .qm matches the .ts and that nothing is left unfinished.
The texts of every layer are in the one catalog: see gui/core/i18n.py for how a text outside the views is written.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    """pyside6-<name> on PATH, or the binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")


def sources() -> list[str]:
    """Every module of the app: tr() in gui/views, translate() and QT_TRANSLATE_NOOP() (gui/core/i18n.py) anywhere."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))


# gui.core.i18n.bilingual(context, text) is extracted like translate(context, text).
OPTIONS = ("-tr-function-alias", "translate+=bilingual", "-no-obsolete")


def lupdate(ts: Path, files: list[str] | None = None) -> None:
    """Every text of `files` (default: the whole app) into the .ts, keeping the translations it has."""
    subprocess.run([tool("lupdate"), *(files or sources()), *OPTIONS, "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for message in root.iter("message"):
        node = message.find("translation")
        if node is None or node.get("type") == "unfinished" or not (node.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a message is not translated")
    args = parser.parse_args()
    status = 0
    for lang in LANGUAGES:
        ts = I18N / f"bvntd_{lang}.ts"
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        missing = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} message(s) to translate")
        for text in missing:
            print(f"  - {text}")
        if missing and args.check:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
