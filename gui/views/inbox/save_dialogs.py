"""The Ministry's save dialogs: each opens in the folder the last one was confirmed in (issue 21: a Vụ saves a
period's summary, receipts, letters and the draft into the same folder, one after another)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from gui.fileio import writes_in_place
from gui.views.preferences import last_folder, remember_folder

PURPOSE = "desk"


def ask_save_path(parent: QWidget, title: str, default: str, filters: str, suffix: str) -> Path | None:
    """The Ministry's save dialogs: opened in the folder the last one was confirmed in; a bare name gets `suffix`
    (what the dialog's filter promised), a device keeps its name (/dev/null), and a name with another suffix is
    left for the operation to refuse, never silently renamed."""
    start = str(Path(last_folder(PURPOSE) or Path.home()) / default)
    name, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not name:
        return None
    path = Path(name)
    remember_folder(PURPOSE, path.parent)
    if not path.suffix and not writes_in_place(path):
        path = path.with_name(f"{path.name}.{suffix}")
    return path


def ask_folder(parent: QWidget, title: str) -> Path | None:
    """A folder to write several files into, opened where the last save dialog was confirmed."""
    name = QFileDialog.getExistingDirectory(parent, title, last_folder(PURPOSE) or str(Path.home()))
    if not name:
        return None
    remember_folder(PURPOSE, name)
    return Path(name)
