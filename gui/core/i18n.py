"""The interface language, and the one way any layer translates a text meant for a person (no Qt).

Vietnamese is the source text; English comes from resources/i18n/bvntd_en.ts, the catalog Qt's tr() uses in
gui/views too. Outside the views a text is written

    translate("Store", "Không mở được cơ sở dữ liệu {path}: {error}").format(path=path, error=error)

with literal strings, so pyside6-lupdate (scripts/update_translations.py) extracts it into that catalog, and with
named placeholders filled after the lookup (an f-string cannot be extracted, and a translation may need its words
in another order). A text kept in a constant and translated later is marked with QT_TRANSLATE_NOOP("Context",
"…"), which lupdate extracts too, and passed to translate() with the same context when shown.

Some texts are kept in Vietnamese whatever the interface says (stored in the database, printed in the official
documents: a signature's problems, a data-quality flag) and shown translated too. They carry both languages:

    message, message_en = bilingual("Kinds", "{label}: chưa nhập (bắt buộc).").format(label=(label, label_en))

(a field given as a (vi, en) tuple fills each language with its own value), as core's Problem.message and
.message_en are made; translate_to(lang, context, text) says a kept Vietnamese text in a given language.

In Vietnamese translate() returns its text untouched; in English it looks the text up in the .ts, which is parsed
once, on the first English lookup (the window's fallback Qt translator in gui/views/i18n.py reads it through the
same Catalog). A text the catalog lacks stays Vietnamese rather than vanishing. The command line and the window
choose the language the same way (gui/user_settings.py: --lang, BVNTD_LANG, the saved setting, Vietnamese).
"""

from __future__ import annotations

import threading
from pathlib import Path

from gui.resources import resource_path

LANGUAGES = ("vi", "en")
LANGUAGE_ENV = "BVNTD_LANG"  # the language of the window and the command line when --lang is not given

_lang = "vi"


def set_language(lang: str | None) -> str:
    """Sets the interface language of this process ("en" or anything else for Vietnamese) and returns it."""
    global _lang
    _lang = "en" if lang == "en" else "vi"
    return _lang


def language() -> str:
    return _lang


def translate(context: str, text: str) -> str:
    """The text in the interface language. `context` groups it in the catalog (a class or a module's name)."""
    return translate_to(_lang, context, text)


def translate_to(lang: str, context: str, text: str) -> str:
    """The text in `lang`, whatever the interface's: for what is kept in Vietnamese (stored, printed in the
    official documents) and shown in the interface language too."""
    if lang not in LANGUAGES or lang == "vi":
        return text
    return catalog(lang).lookup(context, text) or text


class Bilingual:
    """A domain text in both languages at once, for what carries both (Problem.message and .message_en,
    InputError's): the Vietnamese source and its English from the catalog, whatever the interface language."""

    def __init__(self, context: str, text: str) -> None:
        self.vi = text
        self.en = catalog("en").lookup(context, text) or text

    def format(self, **fields: object) -> tuple[str, str]:
        """(Vietnamese, English), each filled in; a field given as a (vi, en) tuple fills each with its own value
        (a label and its label_en, a number written 1.234 or 1,234)."""
        vi = {name: value[0] if isinstance(value, tuple) else value for name, value in fields.items()}
        en = {name: value[1] if isinstance(value, tuple) else value for name, value in fields.items()}
        return self.vi.format(**vi), self.en.format(**en)


def bilingual(context: str, text: str) -> Bilingual:
    """Written like translate() (lupdate extracts it as one: scripts/update_translations.py passes
    -tr-function-alias translate+=bilingual), formatted with .format(), which gives both languages."""
    return Bilingual(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate recognises
    """Marks a text for the catalog without translating it now: translate(context, text) when it is shown."""
    return text


def pick(vi: str, en: str = "") -> str:
    """A text that carries its own English (the template's *_en): in the interface language, Vietnamese when
    there is no English."""
    return en if _lang == "en" and en else vi


def label_of(spec: object) -> str:
    """A template element's label (a section's title) in the interface language."""
    return pick(
        getattr(spec, "label", "") or getattr(spec, "title", ""),
        getattr(spec, "label_en", "") or getattr(spec, "title_en", ""),
    )


def help_of(spec: object) -> str:
    return pick(getattr(spec, "help", ""), getattr(spec, "help_en", ""))


class Catalog:
    """The finished translations of a Qt Linguist .ts file, read on the first lookup.

    A text is found under its context first, then by its source alone: lupdate files a module-level helper's
    texts under an empty context, and PySide's tr() asks under the class of the object, which for a subclass
    is not the class lupdate saw.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._by_context: dict[tuple[str, str], str] | None = None
        self._by_source: dict[str, str] = {}

    def lookup(self, context: str, source: str) -> str | None:
        """The translation, or None when the catalog has none (never "", which would blank the text)."""
        if self._by_context is None:
            self._load()
        assert self._by_context is not None
        return self._by_context.get((context, source)) or self._by_source.get(source)

    def _load(self) -> None:
        # Here, not at the top: only an English interface reads the catalog, a Vietnamese start never pays for it.
        import xml.etree.ElementTree as ET

        with self._lock:
            if self._by_context is not None:
                return
            by_context: dict[tuple[str, str], str] = {}
            try:
                root = ET.parse(str(self.path)).getroot()
            except (OSError, ET.ParseError):
                root = ET.Element("TS")  # no catalog: every text stays in Vietnamese
            for context in root.iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    source = message.findtext("source") or ""
                    node = message.find("translation")
                    if node is None or node.get("type") in ("unfinished", "obsolete", "vanished") or not node.text:
                        continue
                    by_context.setdefault((name, source), node.text)
                    self._by_source.setdefault(source, node.text)
            self._by_context = by_context


_catalogs: dict[str, Catalog] = {}


def catalog(lang: str) -> Catalog:
    """The shipped catalog of a language (resources/i18n/bvntd_<lang>.ts), one per process."""
    found = _catalogs.get(lang)
    if found is None:
        found = _catalogs.setdefault(lang, Catalog(resource_path("i18n", f"bvntd_{lang}.ts")))
    return found
