"""The report list: new, duplicate, delete to the trash and restore, filtering; starting the app."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from gui.core.period import parse_period
from gui.core.units import province_list_at
from gui.store.reports import ReportStore
from tests.views.conftest import new_report


def _arrange(db_path: Path, *periods: str) -> list[int]:
    store = ReportStore.open(db_path)
    try:
        return [new_report(store, period) for period in periods]
    finally:
        store.close()


def test_delete_to_trash_and_restore(open_window: Any, db_path: Path) -> None:
    first, second = _arrange(db_path, "2024", "2025")
    window = open_window()
    assert window.list_page.model.rowCount() == 2
    window.list_page.select(first)
    window.delete_action.trigger()
    assert [s.id for s in window.list_page.model.summaries] == [second]
    assert "thùng rác" in window.statusBar().currentMessage()

    window.trash_action.trigger()
    assert window.showing_trash
    assert [s.id for s in window.list_page.model.summaries] == [first]
    assert window.restore_action.isVisible() and window.restore_action.isEnabled()
    window.list_page.select(first)
    window.restore_action.trigger()
    assert window.list_page.model.rowCount() == 0
    window.trash_action.trigger()
    assert sorted(s.id for s in window.list_page.model.summaries) == [first, second]


def test_list_shows_unit_period_status_and_completion(open_window: Any, db_path: Path) -> None:
    (report_id,) = _arrange(db_path, "2025-H1")
    window = open_window()
    model = window.list_page.model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "Nghệ An"
    assert row[1] == "6 tháng đầu năm 2025"
    assert row[2] == "Nháp"  # gui.core.report_status: nothing exported yet
    assert len(row[3]) == len("dd/mm/yyyy HH:MM")
    assert row[4].endswith("%")
    assert window.list_page.selected_id() == report_id


def test_filter_ignores_case_and_diacritics(open_window: Any, db_path: Path) -> None:
    store = ReportStore.open(db_path)
    new_report(store, "2025", "40")  # Nghệ An
    new_report(store, "2025", "01")  # Hà Nội
    store.close()
    window = open_window()
    window.list_page.filter_box.setText("nghe an")
    assert window.list_page.proxy.rowCount() == 1
    assert window.list_page.proxy.index(0, 0).data() == "Nghệ An"
    window.list_page.filter_box.setText("HÀ NỘI 2025")
    assert window.list_page.proxy.rowCount() == 1
    window.list_page.filter_box.clear()
    assert window.list_page.proxy.rowCount() == 2


def test_new_report_opens_the_editor_and_duplicate_carries_the_texts(open_window: Any, db_path: Path) -> None:
    _arrange(db_path)
    window = open_window()
    period = parse_period("2024")
    unit = province_list_at(period.end).get("15")  # Yên Bái, in the 63-unit list in force in 2024
    assert unit is not None and unit.name == "Yên Bái"
    report_id = window.reports.create_report(unit, period)
    assert window.pages.currentWidget() is window.editor
    window.store.set_value(report_id, "nt_tasks", "Tiếp tục tuyên truyền.")
    window.show_list()
    window.list_page.select(report_id)
    new_id = window.reports.duplicate_report(report_id, parse_period("2025"))
    assert window.store.values(new_id)["nt_tasks"] == "Tiếp tục tuyên truyền."
    assert window.list_page.selected_id() == new_id


def test_new_report_dialog_offers_the_provinces_in_force_at_the_period_end(qtbot: Any) -> None:
    from gui.views.dialogs import NewReportDialog

    dialog = NewReportDialog()
    qtbot.addWidget(dialog)
    dialog.period_picker.first.setValue(2024)
    assert dialog.unit_picker.province.count() == 1 + 63  # "— Chọn tỉnh/thành phố —" first
    dialog.period_picker.first.setValue(2025)
    assert dialog.unit_picker.province.count() == 1 + 34
    dialog.unit_picker.select_province("40")
    unit, period = dialog.result_unit_period()
    assert (unit.code, period.id) == ("40", "2025")
    dialog.unit_picker.as_ministry.setChecked(True)
    assert dialog.unit_picker.unit() is None  # nothing chosen for the user
    dialog.unit_picker.ministry.setCurrentIndex(1)
    assert dialog.unit_picker.unit().kind == "ministry"


def test_profile_dialog_saves_a_composed_profile(qtbot: Any) -> None:
    import unicodedata

    from gui.core.profile import Profile
    from gui.views.dialogs import ProfileDialog

    dialog = ProfileDialog(Profile(), first_run=True)
    qtbot.addWidget(dialog)
    dialog.unit_picker.select_province("40")
    dialog.signer_name.setText(unicodedata.normalize("NFD", "Trần Văn Đức"))
    dialog.recipients.setPlainText("Như trên\nLưu: VT")
    profile = dialog.profile()
    assert profile.unit_code == "40"
    assert profile.parent_body == "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
    assert profile.signer.name == "Trần Văn Đức"
    assert profile.recipients == ["Như trên", "Lưu: VT"]
    assert profile.is_set_up


def test_run_app_creates_the_demo_report_on_an_empty_database(
    db_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.views.app import run_app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own; restore it afterwards
    monkeypatch.setenv("BVNTD_QUIT_WHEN_SHOWN", "loaded")
    assert run_app(db_path=db_path, lang="vi") == 0
    store = ReportStore.open(db_path)
    try:
        reports = store.list_reports()
        assert len(reports) == 1 and reports[0].completion > 0.9
        assert not store.profile().is_set_up  # the user still sets up their own agency
    finally:
        store.close()


def test_run_app_on_a_broken_database_says_so_politely(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gui.views.app as app_module
    import gui.views.opening as opening

    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(opening, "show_store_error", lambda message, has_backups=False: shown.append(message))
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    assert app_module.run_app(db_path=broken, lang="vi", set_up_profile=False) == 2
    assert shown and "hỏng" in shown[0]


def test_sorting_by_a_column_keeps_the_selection(open_window: Any, db_path: Path) -> None:
    from PySide6.QtCore import Qt

    store = ReportStore.open(db_path)
    hanoi = new_report(store, "2025", "01")
    new_report(store, "2025", "40")
    store.close()
    window = open_window()
    window.list_page.select(hanoi)
    window.list_page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = [window.list_page.proxy.index(r, 0).data() for r in range(2)]
    assert names == ["Nghệ An", "Hà Nội"]
    assert window.list_page.selected_id() == hanoi


def test_a_profile_signed_for_the_peoples_committee_starts_every_new_report(qtbot: Any, tmp_path: Path) -> None:
    from gui.core.profile import Profile
    from gui.store.reports import ReportStore
    from gui.views.dialogs import ProfileDialog
    from tests.views.conftest import new_report, type_text

    dialog = ProfileDialog(Profile(), first_run=True)
    qtbot.addWidget(dialog)
    dialog.unit_picker.select_province("40")
    type_text(dialog.form.on_behalf_of, "ỦY BAN NHÂN DÂN")
    dialog.form.authority_of.setText("CHỦ TỊCH")
    dialog.position.setText("PHÓ CHỦ TỊCH")
    profile = dialog.profile()
    assert profile.signer.on_behalf_of == "ỦY BAN NHÂN DÂN"

    store = ReportStore.open(tmp_path / "r.sqlite3")
    store.save_profile(profile)
    report_id = new_report(store)
    assert store.document(report_id).header.signer.on_behalf_of == "ỦY BAN NHÂN DÂN"
    store.close()


def test_a_period_that_cannot_be_is_refused_with_its_reason_in_both_dialogs(qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialog

    from gui.views.dialogs import NewReportDialog, PeriodDialog

    new = NewReportDialog(None)
    qtbot.addWidget(new)
    new.period_picker.set_period("2021-2025")
    new.period_picker.last.setValue(2020)  # a review that ends before it starts
    assert new.error.isVisibleTo(new) and new.error.text()
    new.accept()
    assert new.result() != QDialog.DialogCode.Accepted
    new.period_picker.last.setValue(2025)
    assert not new.error.isVisibleTo(new)

    duplicate = PeriodDialog("Nghệ An, Năm 2025", "2021-2025")
    qtbot.addWidget(duplicate)
    duplicate.period_picker.last.setValue(2020)
    duplicate.accept()
    assert duplicate.result() != QDialog.DialogCode.Accepted and duplicate.error.text()
    duplicate.period_picker.last.setValue(2025)
    duplicate.accept()
    assert duplicate.result() == QDialog.DialogCode.Accepted
