"""An official fills in a whole new report with the keyboard alone: Tab from field to field, typing, C/K in the
yes/no lists, dates typed, Insert/Tab/Enter in the tables, F1 for help and F7 for the check at the end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QPlainTextEdit

from gui.store.reports import ReportStore
from gui.views.editor import ReportEditor
from tests.views.conftest import activate, new_report, type_text

NARRATIVE = "Sở Công Thương đã triển khai đầy đủ các nhiệm vụ được giao; người tiêu dùng được hỗ trợ kịp thời."

# What is typed where a field's kind alone does not say it (rules hold: channels add up, resolved ≤ received…).
TYPED: dict[str, str] = {
    "header.parent_body": "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
    "header.agency": "SỞ CÔNG THƯƠNG",
    "header.number": "412",
    "header.symbol": "BC-SCT",
    "header.place": "Nghệ An",
    "header.date": "15/12/2025",
    "header.addressee": "Bộ Công Thương",
    "header.recipients": "Như trên\nLưu: VT, QLTM",
    "header.signer_authority": "K",  # KT.
    "header.signer_authority_of": "GIÁM ĐỐC",
    "header.signer_position": "PHÓ GIÁM ĐỐC",
    "header.signer_name": "Nguyễn Thị Hường",
    "cp_received": "100",
    "cp_hotline": "40",
    "cp_in_person": "30",
    "cp_written": "20",
    "cp_online": "10",
    "cp_supported": "90",
    "cp_resolved": "80",
    "in_violations": "50",
    "fines_cases": "40",
    "fines_imposed": "1.000.000",
    "fines_collected": "900.000",
    "cm_rights_day_date": "15/03/2025",
}
DEFAULTS = {"text": NARRATIVE, "line": "Sở Công Thương tỉnh Nghệ An", "integer": "5", "money": "2.500.000"}
DOCREF = ("473/KH-UBND", "28/07/2020")
# One row typed into each of these tables, cell by cell (None: leave the drop-down at "—" and Tab on).
TABLE_ROWS: dict[str, list[str | None]] = {
    "documents_issued": ["126/KH-UBND", "21/02/2025", None, "Kế hoạch hưởng ứng Ngày Quyền của người tiêu dùng"],
    "campaigns": ["Lễ phát động Ngày 15/3", "15/03/2025", "S", "1.200"],  # S: "Sự kiện, mít tinh"
    "notable_cases": ["Công ty TNHH Thương mại A", "Bán hàng không rõ nguồn gốc", "15.000.000", "Đ"],  # Đã xử lý xong
}


@pytest.fixture
def store(db_path: Path) -> Iterator[ReportStore]:
    store = ReportStore.open(db_path)
    yield store
    store.close()


def focus() -> Any:
    return QApplication.focusWidget()


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focus(), k, modifier)


def type_here(text: str) -> None:
    type_text(focus(), text)


def replace_here(text: str) -> None:
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # what a profile pre-filled goes
    type_here(text)


def fill_table(qtbot: Any, table_key: str, cells: list[str | None]) -> None:
    view = focus()
    assert isinstance(view, QAbstractItemView)
    key(Qt.Key.Key_Insert)  # a new row, its first cell open for typing
    for column, text in enumerate(cells):
        editor = focus()
        assert view.isAncestorOf(editor) and editor is not view, (table_key, column)
        if text is not None:
            type_here(text)  # a drop-down cell picks the item starting with what is typed
        last = column == len(cells) - 1
        key(Qt.Key.Key_Return if last else Qt.Key.Key_Tab)  # Tab: the next cell; Enter: done with the row
    qtbot.waitUntil(lambda: focus() is view, timeout=1000)  # Enter closes the cell editor on the next event loop


def test_a_new_report_completed_with_key_events_only(qtbot: Any, store: ReportStore) -> None:
    report_id = new_report(store)
    editor = ReportEditor(store, report_id, delay_ms=50)
    qtbot.addWidget(editor)
    editor.resize(1300, 850)
    editor.show()
    activate(qtbot, editor)
    first = next(iter(editor.rows))
    editor.focus_field(first)  # the window does this when a report opens

    # F1 on the first field explains it; Esc closes the help and the cursor is still there.
    field_widget = focus()
    key(Qt.Key.Key_F1)
    popup = editor.form_focus.help_popup
    assert popup is not None and popup.isVisible()
    assert "Cơ quan chủ quản" in popup.text.text()
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()

    typed_tables: set[str] = set()
    for row_key, row in editor.rows.items():
        spec = row.spec
        chain = row.editor.focus_chain()
        for position, widget in enumerate(chain):
            qtbot.waitUntil(lambda widget=widget: focus() is widget, timeout=1000)
            if spec.kind == "table":
                if position == 0 and row_key in TABLE_ROWS:
                    fill_table(qtbot, row_key, TABLE_ROWS[row_key])
                    typed_tables.add(row_key)
            elif spec.kind == "docref":
                type_here(DOCREF[position])
            elif spec.kind == "yesno":
                assert isinstance(widget, QComboBox)
                type_here("C")  # Có
            elif isinstance(widget, QComboBox):
                type_here(TYPED[row_key])
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                text = TYPED.get(row_key) or DEFAULTS.get(spec.kind) or "15/03/2025"
                replace_here(text)
            key(Qt.Key.Key_Tab)
    assert typed_tables == set(TABLE_ROWS)
    assert field_widget is editor.rows[first].editor.focus_widget()

    qtbot.waitUntil(lambda: not editor.autosaver.pending(), timeout=3000)
    values = store.values(report_id, with_header=True)
    assert values["header.signer_authority"] == "KT."
    assert values["header.recipients"] == ["Như trên", "Lưu: VT, QLTM"]
    assert values["header.signer_name"] == "Nguyễn Thị Hường"
    assert values["header.date"] == "2025-12-15"
    assert values["direction_summary"] == NARRATIVE
    assert values["plan_issued"] is True
    assert values["plan_ref"] == {"number": "473/KH-UBND", "date": "2020-07-28"}
    assert values["fines_imposed"] == 1_000_000
    assert values["cm_rights_day_date"] == "2025-03-15"
    assert values["campaigns"] == [
        {"name": "Lễ phát động Ngày 15/3", "date": "2025-03-15", "form": "event", "participants": 1200}
    ]
    assert values["documents_issued"][0]["number"] == "126/KH-UBND"
    assert values["notable_cases"][0]["status"] == "done"
    for row_key, row in editor.rows.items():
        spec = row.spec
        if getattr(spec, "is_computed", False):
            continue
        assert values.get(row_key) is not None, row_key  # every field holds what was typed

    # F7: the check finds nothing left to fix.
    editor.rows["focal_agency"].editor.focus_widget().setFocus()
    key(Qt.Key.Key_F7)
    assert editor.check_panel.isVisible()
    assert editor.check_panel.problems() == []
    assert "không còn vấn đề nào" in editor.check_panel.title.text()
    assert store.summary(report_id).completion == 1.0
