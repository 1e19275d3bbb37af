"""The editor's display state (gui/views/editor/state.py) read directly: what is touched, what each section has to
fix, how sections are named; first on its own (no widget at all), then as real typing into the editor leaves it,
with the tree drawn from it and never read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.core.header import header_specs_for
from gui.core.i18n import label_of
from gui.core.template import active_template
from gui.store.reports import ReportStore
from gui.views.editor import HEADER_SECTION, EditorState, ReportEditor
from tests.views.conftest import new_report, type_text

COMPLAINTS = "II.4. Tiếp nhận, giải quyết khiếu nại; thanh tra, kiểm tra và xử lý vi phạm"


def bare_state() -> EditorState:
    header = header_specs_for("province", "Nghệ An", "")
    return EditorState(
        active_template(),
        {spec.key: label_of(spec) for spec in header},
        header_title="Thông tin chung",
        period_id="2025",
    )


def test_the_outline_names_and_numbers_each_section_from_the_template() -> None:
    state = bare_state()
    assert next(iter(state.sections)) == HEADER_SECTION
    assert state.section_title(HEADER_SECTION) == "Thông tin chung"
    assert state.section_title("complaints") == COMPLAINTS
    assert state.sections["complaints"].title.startswith("4. Tiếp nhận")  # as the tree and the heading show it
    assert state.sections["results"].title.startswith("II. Kết quả")
    assert state.sections["complaints"].parent == "results" and state.sections["complaints"].level == 1
    assert state.field_section["cp_received"] == "complaints"
    assert state.place_of_field("staff_fulltime") == "I"
    assert state.place_of_field(next(iter(state.sections[HEADER_SECTION].fields))) == "Thông tin chung"
    assert state.number_of_field(next(iter(state.sections[HEADER_SECTION].fields))) == ""
    assert state.find_fields("so can bo chuyen trach") == ["staff_fulltime"]
    assert state.find_fields("   ") == []


def test_a_broken_rule_counts_in_its_section_and_its_parents_and_waits_while_its_group_is_typed_in() -> None:
    state = bare_state()
    state.check({}, {"cp_received": 10, "cp_resolved": 20})
    assert state.problem_count("complaints") == 1
    assert state.problem_count("results") == 1  # a parent counts its subsections'
    assert state.problem_count("direction") == 0
    shown = state.rule_problems_shown()
    group = state.group_of["cp_resolved"]
    assert [p.code for p in shown[group]] == ["rule:resolved_le_received"]
    assert state.marks()["cp_received"].severity == "error"  # the other side of the rule is marked too

    # Typing in the group again: what it showed stays until the pause or until the group is left.
    assert state.edited("cp_resolved") is False
    state.check({}, {"cp_received": 10, "cp_resolved": 5})
    assert state.problem_count("complaints") == 0  # the count follows the values at once
    assert [p.code for p in state.rule_problems_shown()[group]] == ["rule:resolved_le_received"]
    assert state.left_for("cp_received") is False  # same group
    assert state.left_for("staff_fulltime") is True
    assert state.judge_rules() is True
    assert state.rule_problems_shown()[group] == []
    assert state.marks()["cp_received"].severity == ""


def test_a_missing_value_is_marked_once_touched_or_revealed_and_a_notice_lasts_until_the_next_edit() -> None:
    state = bare_state()
    state.check({}, {})
    assert any(p.key == "direction_summary" and p.is_missing for p in state.problems)
    assert state.problem_count("direction") == 0  # not filled in yet: the completion counts it, not "Cần sửa"
    assert state.marks()["direction_summary"].severity == ""
    state.edited("direction_summary")
    assert "direction_summary" in state.touched
    assert state.marks()["direction_summary"].severity == "error"
    assert state.marks()["sm_results"].severity == ""
    state.reveal_all = True
    assert state.marks()["sm_results"].severity == "error"

    state.notice("plan_ref", "Quá dài")
    assert state.marks()["plan_ref"].lines[0] == "Quá dài"
    assert state.edited("plan_ref") is True  # the notice goes with the edit
    assert "plan_ref" not in state.notices


def test_completion_is_counted_from_the_stored_values() -> None:
    state = bare_state()
    state.count_filled({"pr_government": "Ban hành nghị định", "staff_fulltime": 3})
    assert state.completion_text("proposals") == "1/3"
    assert state.completion["direction"][0] == 1
    assert state.filled["pr_government"] and not state.filled["pr_ministry"]


@pytest.fixture
def store(db_path: Path) -> Iterator[ReportStore]:
    store = ReportStore.open(db_path)
    yield store
    store.close()


def test_typing_into_the_form_is_read_from_the_state_and_the_tree_draws_it(
    qtbot: Any, store: ReportStore
) -> None:
    editor = ReportEditor(store, new_report(store), delay_ms=50)
    qtbot.addWidget(editor)
    editor.resize(1300, 800)
    editor.show()
    state = editor.state
    assert state.section_title("complaints") == COMPLAINTS
    assert state.touched == set()

    for key, text in (("cp_received", "10"), ("cp_resolved", "20")):
        box = editor.rows[key].editor.edit
        box.setFocus()
        type_text(box, text)
        QTest.keyClick(box, Qt.Key.Key_Tab)
    type_text(editor.rows["direction_summary"].editor.focus_widget(), "Ủy ban nhân dân tỉnh đã chỉ đạo")
    assert {"cp_received", "cp_resolved", "direction_summary"} <= state.touched
    qtbot.waitUntil(lambda: state.problem_count("complaints") == 1, timeout=3000)
    assert state.problem_count("results") == 1
    qtbot.waitUntil(lambda: store.values(editor.report_id).get("cp_resolved") == 20, timeout=3000)
    qtbot.waitUntil(lambda: state.completion_text("complaints").startswith("2/"), timeout=3000)

    # The tree shows the state's numbers, section by section; nothing is parsed back from it.
    for key, item in editor.section_items.items():
        count = state.problem_count(key)
        assert item.text(2) == (str(count) if count else ""), key
        assert item.text(1) == state.completion_text(key), key
        assert item.text(0) == state.sections[key].title
    # The find list names each field's section as the state does.
    rows = editor.finder.model
    texts = [rows.item(i).text() for i in range(rows.rowCount())]
    assert f"{label_of(editor.rows['cp_received'].spec)}  —  {COMPLAINTS}" in texts
