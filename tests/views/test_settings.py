"""Settings (profile, sending, language, backups), About, the Ministry's inbox page and the report menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from msgspec.structs import replace

from gui.store.reports import ReportStore
from tests.views.conftest import new_report


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("BVNTD_SETTINGS", str(path))
    return path


def test_settings_are_saved_in_the_profile_and_for_this_pc(
    open_window: Any, db_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from gui.views import settings_dialog
    from gui.views.preferences import backups_kept, saved_language
    from gui.views.settings_dialog import SettingsDialog

    window = open_window()
    filled: list[Any] = []

    def fake_exec(dialog: SettingsDialog) -> int:
        dialog.profile_form.unit_picker.select_province("40")
        dialog.profile_form.agency.setText("SỞ CÔNG THƯƠNG")
        dialog.profile_form.recipients.setPlainText("Bộ Công Thương\nUBND tỉnh")
        dialog.ministry_email.setText("khong-phai-email")
        dialog.accept()
        filled.append(dialog.error.text())
        assert dialog.tabs.currentIndex() == 1  # the tab with the problem is shown
        dialog.ministry_email.setText("bvqlntd@moit.gov.vn")
        dialog.export_dir.setText(str(tmp_path / "Báo cáo"))
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.backups_kept.setValue(4)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", fake_exec)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    result = window.edit_settings()
    assert result is not None
    assert "khong-phai-email" in filled[0]
    profile = window.store.profile()
    assert profile.ministry_email == "bvqlntd@moit.gov.vn"
    assert profile.export_dir == str(tmp_path / "Báo cáo")
    assert profile.recipients == ["Bộ Công Thương", "UBND tỉnh"]
    assert saved_language() == "en" and backups_kept() == 4
    assert "mở lại" in window.statusBar().currentMessage()  # the language applies on the next start


def test_about_shows_version_and_folders(open_window: Any, db_path: Path, qtbot: Any) -> None:
    from gui import __version__
    from gui.logs import log_dir
    from gui.views.about_dialog import AboutDialog

    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    values = list(dialog.rows.values())
    assert __version__ in values and str(db_path) in values and str(log_dir()) in values
    assert str(db_path.parent) in values


def test_the_inbox_page_opens_a_received_report_read_only_and_comes_back(open_window: Any, db_path: Path) -> None:
    store = ReportStore.open(db_path)
    own = new_report(store, "2025")
    doc = replace(store.document(own), uid="nhan-tu-dia-phuong")
    received = store.import_document(doc, origin="inbox")
    store.close()
    window = open_window()
    assert window.inbox_action.isEnabled()
    window.inbox_action.trigger()
    assert window.pages.currentWidget() is window.inbox
    window.inbox.open_report.emit(received)
    assert window.pages.currentWidget() is window.editor and window.editor.read_only
    window.editor.back_requested.emit()
    assert window.pages.currentWidget() is window.inbox
    window.list_view_action.trigger()
    assert window.pages.currentWidget() is window.list_page
    assert [s.id for s in window.list_page.model.summaries] == [own]  # received reports stay out of the list


def test_the_report_menu_holds_the_editors_actions_while_it_is_open(open_window: Any, db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = new_report(store, "2025")
    store.close()
    window = open_window()
    assert not window.report_menu.menuAction().isVisible()
    editor = window.open_report(report_id)
    actions = getattr(editor, "report_actions", [])
    # The editor's actions, then (after a separator) the window's "Ký số…" for the report's last final export.
    shown = window.report_menu.actions()
    assert shown[: len(actions)] == actions and shown[-1] is window.sign_action and shown[-2].isSeparator()
    assert window.report_menu.menuAction().isVisible()
    window.show_list()
    assert not window.report_menu.menuAction().isVisible() and not window.report_menu.actions()
