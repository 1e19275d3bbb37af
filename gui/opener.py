"""Whether this computer can open a file with a program of its own: Qt's "open" only starts xdg-open on Linux and
reports success even when no program for PDFs or spreadsheets is installed, so the user would see nothing."""

from __future__ import annotations

import mimetypes
import shutil
import subprocess
import sys
from pathlib import Path

from gui.core.i18n import QT_TRANSLATE_NOOP, translate

KINDS = {".pdf": "PDF", ".xlsx": "Excel", ".eml": QT_TRANSLATE_NOOP("Files", "thư điện tử (.eml)")}


def missing_opener(path: Path) -> str | None:
    """A sentence saying why the file cannot be opened here, or None when a program should open it."""
    if not sys.platform.startswith("linux"):
        return None  # Windows and macOS report a missing association themselves (openUrl returns False)
    kind = translate("Files", KINDS.get(path.suffix.lower(), path.suffix.lower() or QT_TRANSLATE_NOOP("Files", "này")))
    if shutil.which("xdg-open") is None:
        return translate("Files", "Máy này chưa có chương trình mở tệp {kind} (thiếu xdg-open).").format(kind=kind)
    mime = mimetypes.guess_type(path.name)[0]
    if mime is None or shutil.which("xdg-mime") is None:
        return None
    try:
        answer = subprocess.run(
            ["xdg-mime", "query", "default", mime], capture_output=True, text=True, timeout=3, check=False
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return None if answer else translate("Files", "Máy này chưa có chương trình mở tệp {kind}.").format(kind=kind)
