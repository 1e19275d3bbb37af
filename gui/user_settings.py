"""The per-user settings file (settings.ini) and the interface language chosen from it, without Qt.

The window reads and writes the file through QSettings (gui/views/preferences.py); the command line only needs the
language, read here with configparser so a command never imports Qt. The file sits in the user's config folder
(XDG_CONFIG_HOME on Linux, %LOCALAPPDATA% on Windows — no registry, no admin rights); BVNTD_SETTINGS names another
file, which is how tests keep their settings to themselves.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

import platformdirs

from gui import APP_AUTHOR, APP_NAME
from gui.core.i18n import LANGUAGE_ENV, LANGUAGES

SETTINGS_ENV = "BVNTD_SETTINGS"


def settings_path() -> Path:
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=False)) / "settings.ini"


def saved_language() -> str | None:
    """The language chosen in Settings ("interface/language" as QSettings writes it), or None."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(settings_path(), encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    value = parser.get("interface", "language", fallback=None)
    return value if value in LANGUAGES else None


def choose_language(lang: str | None) -> str:
    """--lang, then BVNTD_LANG, then the language saved in Settings, then Vietnamese."""
    if lang in LANGUAGES:
        return lang
    env = os.environ.get(LANGUAGE_ENV)
    if env in LANGUAGES:
        return env
    return saved_language() or "vi"
