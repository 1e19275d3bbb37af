"""One translation mechanism for every layer: translate() answers from the same .ts as the window's tr(), without Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.core import i18n
from gui.core.i18n import QT_TRANSLATE_NOOP, Catalog, language, set_language, translate


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("vi")


def test_vietnamese_is_the_source_text_untouched() -> None:
    assert language() == "vi"
    assert translate("InboxModels", "Đã nhập") == "Đã nhập"
    assert translate("Nowhere", "Không mở được {path}").format(path="a.db") == "Không mở được a.db"


def test_english_comes_from_the_catalog_the_window_uses(english: None) -> None:
    assert translate("InboxModels", "Đã nhập") == "Imported"
    # Under another context the text is still found by its source (what the window's fallback translator does).
    assert translate("SomeOtherContext", "Đã nhập") == "Imported"
    # A text the catalog lacks keeps its Vietnamese; it never becomes empty.
    assert translate("Nowhere", "Chưa có bản dịch") == "Chưa có bản dịch"


def test_a_marked_text_is_translated_when_shown(english: None) -> None:
    marked = QT_TRANSLATE_NOOP("InboxModels", "Đã nhập")
    assert marked == "Đã nhập"
    assert translate("InboxModels", marked) == "Imported"


def test_the_catalog_prefers_its_context_and_skips_unfinished(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">
<context><name>A</name>
  <message><source>Lưu</source><translation>Save</translation></message>
  <message><source>Mới</source><translation type="unfinished"></translation></message>
</context>
<context><name>B</name>
  <message><source>Lưu</source><translation>Keep</translation></message>
  <message><source>Cũ</source><translation type="obsolete">Old</translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    found = Catalog(ts)
    assert found.lookup("B", "Lưu") == "Keep"
    assert found.lookup("A", "Lưu") == "Save"
    assert found.lookup("C", "Lưu") == "Save"  # the first one in the file
    assert found.lookup("A", "Mới") is None
    assert found.lookup("B", "Cũ") is None
    assert Catalog(tmp_path / "missing.ts").lookup("A", "Lưu") is None


def test_the_shipped_catalog_is_read_once() -> None:
    assert i18n.catalog("en") is i18n.catalog("en")
