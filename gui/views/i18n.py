"""The interface language: Qt translators for our own strings, and the template's *_en labels for its texts."""

from __future__ import annotations

from typing import Any

_lang = "vi"


def set_language(lang: str | None) -> str:
    global _lang
    _lang = "en" if lang == "en" else "vi"
    return _lang


def language() -> str:
    return _lang


def pick(vi: str, en: str = "") -> str:
    """The template text in the interface language; Vietnamese when there is no English text."""
    return en if _lang == "en" and en else vi


def label_of(spec: Any) -> str:
    return pick(
        getattr(spec, "label", "") or getattr(spec, "title", ""),
        getattr(spec, "label_en", "") or getattr(spec, "title_en", ""),
    )


def help_of(spec: Any) -> str:
    return pick(getattr(spec, "help", ""), getattr(spec, "help_en", ""))


def install_translators(app: Any, lang: str) -> None:
    """Load resources/i18n/bvntd_<lang>.qm when it exists (issue 7 adds the files); Vietnamese is the source text."""
    from PySide6.QtCore import QLocale, QTranslator

    from gui.resources import resource_path

    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Vietnamese))
    if lang == "vi":
        return
    try:
        qm = resource_path("i18n", f"bvntd_{lang}.qm")
    except Exception:
        return
    translator = QTranslator(app)
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)
