"""The check as the person types: the report checked a moment after each keystroke (VALIDATE_DELAY_MS) on the values
the widgets hold, a rule across fields judged once its group is left or the typing pauses (RULE_PAUSE_MS), and the
result (EditorState's marks) drawn on the fields and table cells, the rule banners, the tree and the Kiểm tra panel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from gui.core.i18n import pick
from gui.core.validation import Problem
from gui.views.fields import InputError
from gui.views.fields.table import TableField

if TYPE_CHECKING:
    from collections.abc import Callable

    from gui.views.editor.widget import ReportEditor

RULE_PAUSE_MS = 1500  # a rule across fields is judged after this pause in typing, or when the group is left
VALIDATE_DELAY_MS = 150  # checks follow typing this long after the last keystroke (a whole check takes ~5 ms)


class Checking(QObject):
    def __init__(self, editor: ReportEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.state = editor.state
        self.validate_timer = self._timer(VALIDATE_DELAY_MS, self.revalidate)
        self.rule_pause = self._timer(RULE_PAUSE_MS, self.judge_rules)

    def _timer(self, interval: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def edited(self, key: str) -> None:
        """A keystroke in `key`'s field: the check follows shortly, a rule of its group after the pause."""
        if self.state.edited(key):
            self.apply_marks()
        if key in self.state.group_of:
            self.rule_pause.start()
        self.validate_timer.start()

    def committed(self) -> None:
        """The field was left or Enter pressed: the check now rather than after the delay."""
        if self.validate_timer.isActive():
            self.validate_timer.stop()
            self.revalidate()

    def settle(self) -> None:
        """Run the check now if one is waiting for the typing to stop, and judge the rules."""
        if self.validate_timer.isActive():
            self.revalidate()
        self.rule_pause.stop()
        self.judge_rules()

    def revalidate(self, *, reveal: bool = False) -> list[Problem]:
        """Check the report as the widgets show it; mark the fields, count per section, fill the panel."""
        self.validate_timer.stop()
        if reveal:
            self.state.reveal_all = True
        fields = self.state.template.field_map()
        body: dict[str, Any] = {}
        header: dict[str, Any] = {}
        unreadable: list[Problem] = []
        for key, row in self.editor.rows.items():
            try:
                value = row.editor.value()
            except InputError as error:
                unreadable.append(Problem(key=key, message=error.message, message_en=error.message_en, code="input"))
                continue
            if key in fields:
                if value is not None and not fields[key].is_computed:
                    body[key] = value
            else:
                header[key] = value
        self.state.check(header, body, unreadable)
        self.apply_marks()
        return self.state.problems

    def judge_rules(self) -> None:
        """The pause is over or the group was left: the group's rules are shown as they now stand."""
        if self.state.judge_rules():
            self.apply_marks()

    def apply_marks(self) -> None:
        """Draw the state's marks: on the fields and table cells, in the rule banners, the tree and the panel."""
        editor = self.editor
        for index, shown in self.state.rule_problems_shown().items():
            editor.rule_banners[index].show_broken(
                {p.code.removeprefix("rule:"): pick(p.message, p.message_en) for p in shown}
            )
        for key, mark in self.state.marks().items():
            row = editor.rows[key]
            row.set_state(mark.severity, list(mark.lines), mark.legacy)
            if isinstance(row.editor, TableField):
                row.editor.model.set_cell_problems(dict(mark.cells))
        editor.tree_sync.show_problem_counts()
        editor.check_panel.set_problems(self.state.problems, self.state.place_of)
        editor.problems_changed.emit()
