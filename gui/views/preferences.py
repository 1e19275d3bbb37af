"""Settings kept per user outside the database (QSettings in an INI file): the interface language, backups kept.

The agency's own settings (profile, recipients, Ministry email, export folder) live in the database profile, so they
travel with the data; these two belong to the person at this PC. Where the INI file sits: gui/user_settings.py.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings

from gui.core.i18n import LANGUAGES

# Where the file is, and the saved language, are read without Qt (gui/user_settings.py), for the command line too.
from gui.user_settings import saved_language, settings_path

__all__ = ["save_language", "saved_language", "settings", "settings_path"]

DEFAULT_BACKUPS_KEPT = 10
BACKUPS_KEPT_RANGE = (1, 100)


def settings() -> QSettings:
    """A fresh QSettings on the INI file (resolved at each call, so an environment change is honoured)."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def save_language(lang: str) -> None:
    store = settings()
    store.setValue("interface/language", lang if lang in LANGUAGES else "vi")
    store.sync()


def backups_kept() -> int:
    value = settings().value("backups/kept", DEFAULT_BACKUPS_KEPT)
    try:
        number = int(str(value))
    except ValueError:
        return DEFAULT_BACKUPS_KEPT
    low, high = BACKUPS_KEPT_RANGE
    return min(max(number, low), high)


def save_backups_kept(number: int) -> None:
    low, high = BACKUPS_KEPT_RANGE
    store = settings()
    store.setValue("backups/kept", min(max(int(number), low), high))
    store.sync()


def _place_key(db: object, report_id: int) -> str:
    digest = hashlib.sha1(str(db).encode("utf-8")).hexdigest()[:12]
    return f"places/{digest}-{report_id}"


def saved_place(db: object, report_id: int) -> str | None:
    """The field a report was left at (a field key), to reopen it there."""
    value = settings().value(_place_key(db, report_id), None)
    return str(value) if value else None


def save_place(db: object, report_id: int, key: str) -> None:
    store = settings()
    store.setValue(_place_key(db, report_id), key)
    store.sync()


def last_folder(purpose: str) -> str:
    """The folder a save dialog for `purpose` ('desk', …) was last confirmed in, to reopen there ('' : none yet)."""
    value = settings().value(f"folders/{purpose}", "")
    return str(value) if value else ""


def remember_folder(purpose: str, path: object) -> None:
    store = settings()
    store.setValue(f"folders/{purpose}", str(path))
    store.sync()
