"""Translations: the committed .ts holds every interface text of gui/views, all in English, and the committed .qm
is what lrelease makes of it; English mode shows English menus and the template's own English labels."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "bvntd_en.ts"
QM = TS.with_suffix(".qm")
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402


def _messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_message_is_translated() -> None:
    assert update_translations.unfinished(TS) == []


def test_the_ts_holds_every_text_of_the_views(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [
            update_translations.tool("lupdate"),
            *update_translations.sources(),
            *update_translations.OPTIONS,
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    new = _messages(fresh) - _messages(TS)
    assert not new, f"run `python scripts/update_translations.py` and translate: {sorted(new)[:5]}"


def test_the_committed_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    update_translations.lrelease(TS, built)
    assert QM.read_bytes() == built.read_bytes(), "run `python scripts/update_translations.py`"


@pytest.fixture
def english(qapp: Any) -> Any:
    from PySide6.QtCore import QTranslator

    from gui.core.i18n import set_language
    from gui.views.i18n import source_translator

    fallback = source_translator(TS, qapp)
    qm = QTranslator(qapp)
    assert qm.load(str(QM))
    qapp.installTranslator(fallback)
    qapp.installTranslator(qm)
    set_language("en")
    yield qapp
    set_language("vi")
    qapp.removeTranslator(qm)
    qapp.removeTranslator(fallback)


def test_english_menus_dialogs_and_the_template_labels(english: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from gui.core.i18n import help_of, label_of
    from gui.core.template import active_template
    from gui.views.main_window import MainWindow
    from gui.views.report_list import period_text
    from gui.views.settings_dialog import SettingsDialog

    window = MainWindow()
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&File", "&Edit", "&View"]
    assert window.settings_action.text() == "Se&ttings…"
    assert period_text("2025-H1", "half") == "First half of 2025"
    # A text from a module-level helper (lupdate files it under no context) still finds its English.
    assert QCoreApplication.translate("InboxModels", "Đã nhập") == "Imported"

    from gui.core.profile import Profile

    dialog = SettingsDialog(Profile(), language="en", backups_kept=10)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Agency profile", "Sending", "General"]

    template = active_template()
    for section in template.sections:
        assert label_of(section) == section.title_en, section.key
    field = next(iter(template.iter_fields()))
    assert label_of(field) == field.label_en and (not field.help_en or help_of(field) == field.help_en)


def test_english_never_blanks_a_text_and_the_report_header_is_in_english(
    english: Any, qtbot: Any, tmp_path: Path
) -> None:
    """A text the translations lack keeps its Vietnamese (the fallback translator once answered "", which Qt took
    for a translation: the header page showed empty labels in English)."""
    from PySide6.QtCore import QCoreApplication

    from gui.core.header import header_specs
    from gui.core.i18n import help_of, label_of
    from gui.store.reports import ReportStore, create_demo_report
    from gui.views.editor import ReportEditor

    assert QCoreApplication.translate("NoSuchContext", "Chưa có bản dịch") == "Chưa có bản dịch"
    assert QCoreApplication.translate("InboxWidget", "cả nước") == "nationwide"  # was inside an f-string: missed
    for spec in header_specs():
        assert label_of(spec) == spec.label_en and spec.label_en, spec.key
        assert help_of(spec) == (spec.help_en or spec.help), spec.key

    store = ReportStore.open(tmp_path / "r.sqlite3")
    editor = ReportEditor(store, create_demo_report(store))
    qtbot.addWidget(editor)
    shown = {row.label.text().split(" <span")[0] for row in editor.rows.values()}
    assert {"Signer's full name", "To (Kính gửi)", "Date of issue", "Document number"} <= shown
    editor.close()
    store.close()


def test_qt_s_own_file_dialog_speaks_vietnamese(qapp: Any, qtbot: Any) -> None:
    """Qt ships no qtbase_vi: "Look in", "File name" and the buttons come from resources/i18n/qt_vi.ts."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QToolButton

    from gui.views.i18n import install_qt_vietnamese

    before = set(qapp.findChildren(QTranslator_type()))
    install_qt_vietnamese(qapp)
    added = [t for t in qapp.findChildren(QTranslator_type()) if t not in before]
    try:
        dialog = QFileDialog(None, "Lưu báo cáo thành tệp")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= texts
        buttons = dialog.findChild(QDialogButtonBox)
        assert {b.text() for b in buttons.buttons()} == {"&Lưu", "Hủy"}
        assert {b.toolTip() for b in dialog.findChildren(QToolButton)} >= {"Thư mục cha", "Tạo thư mục mới"}
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Có"
    finally:
        for translator in added:
            qapp.removeTranslator(translator)


def QTranslator_type() -> Any:
    from PySide6.QtCore import QTranslator

    return QTranslator
