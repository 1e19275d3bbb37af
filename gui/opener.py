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


def reveal_command(path: Path) -> list[str] | None:
    """The command that opens the file's folder with the file selected, or None where there is none here."""
    if sys.platform == "win32":
        return ["explorer", f"/select,{path}"]
    if sys.platform == "darwin":
        return ["open", "-R", str(path)]
    if shutil.which("dbus-send") is None:
        return None
    # The freedesktop file-manager interface (Nautilus, Dolphin, Nemo, Caja, Thunar…).
    return [
        "dbus-send",
        "--session",
        "--print-reply",
        "--dest=org.freedesktop.FileManager1",
        "--type=method_call",
        "/org/freedesktop/FileManager1",
        "org.freedesktop.FileManager1.ShowItems",
        f"array:string:{path.resolve().as_uri()}",
        "string:",
    ]


def reveal_in_folder(path: Path) -> bool:
    """Open the folder with the file selected (for a webmail's "attach" dialog: drag it from there); False when
    this computer cannot, and the caller opens the folder instead."""
    command = reveal_command(path)
    if command is None or not path.is_file():
        return False
    try:
        if sys.platform == "win32":  # explorer answers 1 even when it worked: started, not waited for
            subprocess.Popen(command)
            return True
        done = subprocess.run(command, capture_output=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0
