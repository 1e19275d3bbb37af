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
    """Vietnamese is the source text. For English: resources/i18n/bvntd_en.qm (built from bvntd_en.ts by
    scripts/update_translations.py), and behind it a translator that looks a text up by its source alone.

    The second one catches texts whose translation context at run time differs from the one lupdate recorded:
    strings in module-level helpers (lupdate files them under an empty context), and PySide's tr(), which takes
    the context from the object's class, so a subclass asks under its own name. It reads the .ts on its first miss.
    """
    from PySide6.QtCore import QLocale, QTranslator

    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Vietnamese))
    from gui.resources import resource_path

    if lang == "vi":
        install_qt_vietnamese(app)
        return

    try:
        qm = resource_path("i18n", f"bvntd_{lang}.qm")
        ts = resource_path("i18n", f"bvntd_{lang}.ts")
    except Exception:
        return
    # Qt asks the translator installed last first: the .qm answers, the fallback only when the .qm has nothing.
    fallback = source_translator(ts, app)
    app.installTranslator(fallback)
    translator = QTranslator(app)
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)


def install_qt_vietnamese(app: Any) -> None:
    """The texts Qt draws itself (file and print dialogs, "Look in", "File name", context menus) in Vietnamese:
    Qt's qtbase_vi.qm when a Qt build ships one, else resources/i18n/qt_vi.ts, looked up by source text alone."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from gui.resources import resource_path

    try:
        ours = resource_path("i18n", "qt_vi.ts")
    except Exception:
        ours = None
    if ours is not None:
        app.installTranslator(source_translator(ours, app))
    shipped = QTranslator(app)
    if shipped.load("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(shipped)  # installed last, asked first


def read_ts(path: Any) -> dict[str, str]:
    """Source → finished translation, from a Qt Linguist .ts file (unfinished and obsolete entries left out)."""
    import xml.etree.ElementTree as ET

    found: dict[str, str] = {}
    try:
        root = ET.parse(str(path)).getroot()
    except (OSError, ET.ParseError):
        return found
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") in ("unfinished", "obsolete", "vanished") or not node.text:
            continue
        found.setdefault(source, node.text)
    return found


def _source_translator_class() -> Any:
    from PySide6.QtCore import QTranslator

    class SourceTranslator(QTranslator):
        def __init__(self, ts_path: Any, parent: Any = None) -> None:
            super().__init__(parent)
            self._path = ts_path
            self._table: dict[str, str] | None = None

        def isEmpty(self) -> bool:
            return False

        def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str | None:
            if self._table is None:
                self._table = read_ts(self._path)
            # None, not "": an empty string is a translation to Qt (the text would vanish), None says "not here"
            # and Qt shows the Vietnamese source.
            return self._table.get(source)

    return SourceTranslator


def source_translator(ts_path: Any, parent: Any = None) -> Any:
    return _source_translator_class()(ts_path, parent)
