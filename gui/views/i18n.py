"""Qt's translators for the window: the .qm of our texts with the .ts behind it, and Qt's own texts in Vietnamese.

The language itself and translate() for texts from below the views live in gui/core/i18n.py."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from gui.core.i18n import Catalog, catalog
from gui.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QObject

def install_translators(app: QCoreApplication, lang: str) -> None:
    """Vietnamese is the source text. For English: resources/i18n/bvntd_en.qm (built from bvntd_en.ts by
    scripts/update_translations.py), and behind it a translator that looks a text up by its source alone.

    The second one catches texts whose translation context at run time differs from the one lupdate recorded:
    strings in module-level helpers (lupdate files them under an empty context), and PySide's tr(), which takes
    the context from the object's class, so a subclass asks under its own name. It reads the .ts on its first miss, through the
    same Catalog as gui.core.i18n.translate().
    """
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Vietnamese))

    if lang == "vi":
        install_qt_vietnamese(app)
        return

    try:
        qm = resource_path("i18n", f"bvntd_{lang}.qm")
    except Exception:
        return
    # Qt asks the translator installed last first: the .qm answers, the fallback only when the .qm has nothing.
    fallback = source_translator(catalog(lang), app)  # the Catalog translate() reads: one parse per process
    app.installTranslator(fallback)
    translator = QTranslator(app)
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)


def install_qt_vietnamese(app: QCoreApplication) -> None:
    """The texts Qt draws itself (file and print dialogs, "Look in", "File name", context menus) in Vietnamese:
    Qt's qtbase_vi.qm when a Qt build ships one, else resources/i18n/qt_vi.ts, looked up by source text alone."""
    try:
        ours = resource_path("i18n", "qt_vi.ts")
    except Exception:
        ours = None
    if ours is not None:
        app.installTranslator(source_translator(ours, app))
    shipped = QTranslator(app)
    if shipped.load("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(shipped)  # installed last, asked first


def _source_translator_class() -> Any:
    class SourceTranslator(QTranslator):
        def __init__(self, source: Catalog | Path | str, parent: QObject | None = None) -> None:
            super().__init__(parent)
            self._catalog = source if isinstance(source, Catalog) else Catalog(Path(source))

        def isEmpty(self) -> bool:
            return False

        def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str | None:
            # None, not "": an empty string is a translation to Qt (the text would vanish), None says "not here"
            # and Qt shows the Vietnamese source.
            return self._catalog.lookup(context, source)

    return SourceTranslator


def source_translator(source: Catalog | Path | str, parent: QObject | None = None) -> QTranslator:
    """A QTranslator answering from a .ts (a path, or the Catalog gui.core.i18n already reads)."""
    return _source_translator_class()(source, parent)
