"""What the editor shows, as data and without Qt: the form's outline (sections, their titles and numbers, which
field is in which), the check's problems and where each is shown, the fields touched, the notices of refused
input, the rule group being typed in, each section's completion and the Ministry's comments.

The widgets (gui/views/editor/widget.py and its parts) draw this state and never read their own text back as
data; the tests read it directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gui.core.header import check_header_and_values, header_specs, is_header_filled
from gui.core.i18n import label_of, pick
from gui.core.period import parse_period
from gui.core.text import fold_search
from gui.core.validation import Problem, problems_by_section
from gui.core.values import is_filled, section_completion

if TYPE_CHECKING:
    from gui.core.replies import FieldComment
    from gui.core.template import Rule, Section, Template

HEADER_SECTION = "__header__"

RuleGroup = tuple[list["Rule"], set[str]]


def rule_groups(rules: Sequence[Rule], form_order: Sequence[str]) -> list[RuleGroup]:
    """Rules that share a field form one group (the channel sum and the two "≤ received" rules share cp_received);
    each group with its rules and fields, in the order their first field appears on the form."""
    groups: list[RuleGroup] = []
    for rule in rules:
        keys = set(rule.operands)
        joined = [g for g in groups if g[1] & keys]
        merged: RuleGroup = ([rule], keys)
        for group in joined:
            groups.remove(group)
            merged = (group[0] + merged[0], group[1] | merged[1])
        groups.append(merged)
    position = {key: i for i, key in enumerate(form_order)}
    groups.sort(key=lambda g: min(position.get(k, len(position)) for k in g[1]))
    return groups


@dataclass(frozen=True)
class SectionEntry:
    """A section as the tree lists it and the form heads it: '4. Tiếp nhận…', numbered 'II.4' in the PDF."""

    key: str
    title: str  # the tree's and the heading's text: "II. Kết quả…", "4. Tiếp nhận…", "Thông tin chung"
    number: str  # as the PDF numbers it: "II.4"; "" for the general information
    level: int  # 0 for a top section
    parent: str | None
    section: Section | None  # None for the general information
    fields: tuple[str, ...]  # its own fields, in form order (not its subsections')


@dataclass(frozen=True)
class FieldMark:
    """How one field is marked: 'error', 'warning' or '', the lines under it, the Unicode offer, its table cells."""

    severity: str
    lines: tuple[str, ...] = ()
    legacy: bool = False
    cells: Mapping[tuple[int, str], str] = field(default_factory=dict)


class EditorState:
    """The display state of one open report. `header_labels` are the general information's fields as the form
    shows them (they depend on the unit: key → label), `header_title` its name in the interface's language."""

    def __init__(
        self,
        template: Template,
        header_labels: Mapping[str, str],
        *,
        header_title: str,
        period_id: str = "",
        read_only: bool = False,
    ) -> None:
        self.template = template
        self.header_title = header_title
        self.read_only = read_only
        try:
            period = parse_period(period_id)
            self.period_start: dt.date | None = period.start
            self.period_end: dt.date | None = period.end
        except ValueError:
            self.period_start = self.period_end = None
        self.sections: dict[str, SectionEntry] = {}
        self.sections[HEADER_SECTION] = SectionEntry(
            HEADER_SECTION, header_title, "", 0, None, None, tuple(header_labels)
        )
        numbers = template.section_numbers()

        def walk(sections: Iterable[Section], parent: str | None, level: int) -> None:
            for index, section in enumerate(sections, start=1):
                mark = numbers[section.key] if level == 0 else str(index)
                self.sections[section.key] = SectionEntry(
                    section.key,
                    f"{mark}. {label_of(section)}",
                    numbers[section.key],
                    level,
                    parent,
                    section,
                    tuple(f.key for f in section.fields),
                )
                walk(section.sections, section.key, level + 1)

        walk(template.sections, None, 0)
        self.field_section: dict[str, str] = {k: s.key for s in self.sections.values() for k in s.fields}
        self.labels: dict[str, str] = {**header_labels, **{f.key: label_of(f) for f in template.iter_fields()}}
        self.form_order: dict[str, int] = {key: i for i, key in enumerate(self.field_section)}
        # Rules across fields, by group (fields shared between rules join them): judged once the user leaves the
        # group or pauses, said once in the group's banner.
        self.rule_groups = rule_groups(template.rules, [f.key for f in template.iter_fields()])
        self.group_of = {key: i for i, (_rules, keys) in enumerate(self.rule_groups) for key in keys}
        self.operands = {k for f in template.iter_fields() if f.computed for k in f.computed.ratio}
        self.problems: list[Problem] = []
        self.reveal_all = False  # every missing required value shown (the panel or an export asked for the check)
        self.touched: set[str] = set()
        self.notices: dict[str, str] = {}  # key → what the widget refused (too long, a bad cell), until edited
        self.typing_group: int | None = None
        self.shown_rules: dict[int, list[Problem]] = {}
        self.completion: dict[str, tuple[int, int]] = {}
        self.filled: dict[str, bool] = {}
        self.last_field: str | None = None
        self.comments: dict[str, FieldComment] = {}  # the Ministry's, by field, while a correction is asked

    # --- the outline -------------------------------------------------------------------------------------

    def section_title(self, section_key: str) -> str:
        """'II.4. Tiếp nhận, giải quyết…' or 'Thông tin chung': a section as the find list and the panel name it."""
        entry = self.sections.get(section_key)
        if entry is None:
            return ""
        if entry.section is None:
            return entry.title
        return f"{entry.number}. {label_of(entry.section)}"

    def place_of(self, problem: Problem) -> str:
        """Where a problem is, as the PDF numbers it: 'II.4', or 'Thông tin chung' for the header."""
        return self.place_of_field(problem.key)

    def place_of_field(self, key: str) -> str:
        if self.field_section.get(key) == HEADER_SECTION:
            return self.header_title
        return self.number_of_field(key)

    def number_of_field(self, key: str) -> str:
        """The number of the field's section as the PDF prints it ('II.4'); '' for the general information."""
        entry = self.sections.get(self.field_section.get(key, ""))
        return entry.number if entry is not None else ""

    def find_fields(self, text: str) -> list[str]:
        """Keys of the fields whose label holds every word typed, ignoring case and diacritics; whole phrases first."""
        phrase = fold_search(text.strip())
        words = phrase.split()
        if not words:
            return []
        found = []
        for key in self.field_section:
            label = fold_search(self.labels.get(key, ""))
            if all(word in label for word in words):
                found.append((0 if phrase in label else 1, key))
        return [key for _, key in sorted(found, key=lambda item: item[0])]

    # --- typing ------------------------------------------------------------------------------------------

    def edited(self, key: str) -> bool:
        """A field was typed in; True when the marks shown must follow (a notice cleared, another group left)."""
        self.touched.add(key)
        changed = False
        group = self.group_of.get(key)
        if group is not None:
            if self.typing_group not in (None, group):
                self.typing_group = None
                self.rule_problems_shown()  # the group left is judged before the new one holds its marks
                changed = True
            self.typing_group = group
        if self.notices.pop(key, None) is not None:
            changed = True
        return changed

    def judge_rules(self) -> bool:
        """The pause is over or the group was left; True when a group was being typed in (its marks change)."""
        if self.typing_group is None:
            return False
        self.typing_group = None
        return True

    def left_for(self, key: str | None) -> bool:
        """The focus went to `key`'s field (None: outside the form's fields): has the group typed in been left?"""
        if self.typing_group is None:
            return False
        return key not in self.rule_groups[self.typing_group][1]

    def notice(self, key: str, message: str) -> None:
        """A message about input the widget refused, shown until the field is edited ('' takes it away)."""
        if message:
            self.notices[key] = message
        else:
            self.notices.pop(key, None)

    # --- checking ------------------------------------------------------------------------------------------

    def check(self, header: Mapping[str, Any], body: Mapping[str, Any], unreadable: Iterable[Problem] = ()) -> None:
        """Check the values as the widgets hold them (`unreadable`: the fields whose text is no value yet)."""
        bad = {p.key: p for p in unreadable}
        found = check_header_and_values(
            self.template, header, body, period_start=self.period_start, period_end=self.period_end
        )
        self.set_problems([p for p in found if p.key not in bad] + list(bad.values()))

    def set_problems(self, found: Iterable[Problem]) -> None:
        """The problems in form order (a table's by row)."""
        order = self.form_order
        self.problems = sorted(found, key=lambda p: (order.get(p.key, len(order)), -1 if p.row is None else p.row))

    def shown_on_form(self, problem: Problem) -> bool:
        """A missing value is shown on its field once the field was edited or the whole check was asked for."""
        return problem.code != "required" or problem.row is not None or self.reveal_all or problem.key in self.touched

    def rule_problems_shown(self) -> dict[int, list[Problem]]:
        """Each group's rule problems: as they stand, except the group being typed in, which keeps what it showed."""
        current: dict[int, list[Problem]] = {}
        for problem in self.problems:
            if problem.code.startswith("rule:") and problem.key in self.group_of:
                current.setdefault(self.group_of[problem.key], []).append(problem)
        for index in range(len(self.rule_groups)):
            if index != self.typing_group:
                self.shown_rules[index] = current.get(index, [])
        return {index: self.shown_rules.get(index, []) for index in range(len(self.rule_groups))}

    def marks(self) -> dict[str, FieldMark]:
        """Every field's mark (call after rule_problems_shown, whose rules it marks on their fields)."""
        per_key: dict[str, list[Problem]] = {}
        rules_marked: dict[str, list[Problem]] = {}
        for shown in self.shown_rules.values():
            for problem in shown:
                for key in problem.keys:
                    rules_marked.setdefault(key, []).append(problem)
        for problem in self.problems:
            if problem.code.startswith("rule:") and problem.key in self.group_of:
                continue  # said once, in the group's banner
            if self.shown_on_form(problem):
                for key in problem.keys:
                    per_key.setdefault(key, []).append(problem)
        marks: dict[str, FieldMark] = {}
        for key in self.field_section:
            found = per_key.get(key, [])
            notice = self.notices.get(key)
            lines = ([notice] if notice else []) + [pick(p.message, p.message_en) for p in found]
            marked = found + rules_marked.get(key, [])
            severity = "error" if notice or any(p.is_error for p in marked) else ("warning" if marked else "")
            legacy = any(p.code == "legacy_encoding" and p.row is None and p.key == key for p in found)
            cells: dict[tuple[int, str], str] = {}
            for p in found:
                if p.row is not None and p.key == key and cells.get((p.row, p.column or "")) != "error":
                    cells[(p.row, p.column or "")] = p.severity
            marks[key] = FieldMark(severity, tuple(lines), legacy and not self.read_only, cells)
        return marks

    def problem_counts(self) -> dict[str, tuple[int, int]]:
        """(errors, warnings) to fix per section, a section counting its subsections'; the required fields not
        filled in yet are not among them (the completion counts those), as in the Kiểm tra panel."""
        counted = [p for p in self.problems if not p.is_missing]
        errors = problems_by_section(self.template, counted, severity="error")
        warnings = problems_by_section(self.template, counted, severity="warning")
        header = [p for p in counted if self.field_section.get(p.key) == HEADER_SECTION]
        errors[HEADER_SECTION] = sum(p.is_error for p in header)
        warnings[HEADER_SECTION] = len(header) - errors[HEADER_SECTION]
        return {key: (errors.get(key, 0), warnings.get(key, 0)) for key in self.sections}

    def problem_count(self, section_key: str) -> int:
        """What the tree shows beside the section's completion (0 when it shows nothing)."""
        return sum(self.problem_counts().get(section_key, (0, 0)))

    # --- completion ----------------------------------------------------------------------------------------

    def count_filled(self, stored: Mapping[str, Any]) -> None:
        """Each section's (filled, total) and each field's "filled" from the stored values."""
        fields = self.template.field_map()
        header = [s for s in header_specs() if s.required]
        self.completion[HEADER_SECTION] = (sum(is_header_filled(stored.get(s.key)) for s in header), len(header))
        body = {k: v for k, v in stored.items() if k in fields}
        for section in self.template.iter_sections():
            self.completion[section.key] = section_completion(self.template, body, section.key)
        self.filled = {
            key: is_filled(spec, body.get(key))
            for key in self.field_section
            if (spec := fields.get(key)) is not None and not spec.is_computed
        }

    def completion_text(self, section_key: str) -> str:
        """'3/17', as the tree shows it."""
        done, total = self.completion.get(section_key, (0, 0))
        return f"{done}/{total}"
