"""The validator: every rule the template declares, checked on a report's values, as Problems the user can fix.

Qt-free, so the form (as you type), the "Kiểm tra" panel, the PDF export and the Ministry's import share it.
It never raises on a value of the wrong shape (a hand-edited JSON import may hold anything): that is a Problem.

Decisions, kept here so every caller agrees:
- Severity "error" is something wrong or missing that an official report must not carry; "warning" is something
  that may be right but deserves a look (text in a legacy encoding, a document number without "/", an empty
  table row). A final export should refuse errors and list warnings.
- Integers and money are ≥ 0 even where the template gives no `min`.
- `sum_eq` (parts by channel = total) is checked once the total and at least one part are filled; the empty
  parts then count as 0 and the message says so. With no part filled the breakdown is simply not given.
- `le` is checked when both sides are filled.
- A cross-field problem is one Problem, attached to the field that most likely needs fixing (`key`: the left
  side of `le`, the total of `sum_eq`), with the other operands in `related`, so the GUI marks them all and the
  panel lists it once.
- Dates: no date may lie more than a year after the report date (or the period's end, or today when neither is
  known), nor before 1945; `date_rule`s of the template on top of that. Rules needing a date that is not known
  yet (no report date) are skipped, not failed.
- Table rows and columns are 0-based in `row`; messages count rows from 1 as people do.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from gui.core.i18n import bilingual
from gui.core.kinds import kind_of
from gui.core.kinds.numbers import is_number
from gui.core.numbers import format_number
from gui.core.problems import Problem as Problem
from gui.core.problems import Severity as Severity
from gui.core.problems import ValidationContext as ValidationContext
from gui.core.problems import Where, is_empty
from gui.core.template import Rule, Section, Template, TemplateField


def validate_report(
    template: Template,
    values: Mapping[str, Any],
    *,
    period_start: dt.date | None,
    period_end: dt.date | None,
    report_date: dt.date | None,
) -> list[Problem]:
    """Every problem of a report, in the order of the form (field order, then row, then column)."""
    context = ValidationContext(period_start, period_end, report_date, dict(values))
    fields = template.field_map()
    problems: list[Problem] = []
    for spec in template.iter_fields():
        problems.extend(_check_field(template, spec, values.get(spec.key), context))
    for rule in template.rules:
        problem = _check_rule(rule, context.values)
        if problem is not None:
            problems.append(problem)
    for key in values:
        if key not in fields:
            message, message_en = bilingual(
                "Validation", "Trường “{key}” không có trong mẫu báo cáo {template} phiên bản {version}."
            ).format(key=key, template=template.id, version=template.version)
            problems.append(Problem(key=key, message=message, message_en=message_en, code="unknown_field"))
    return _in_form_order(template, problems)


def problems_by_section(
    template: Template, problems: Iterable[Problem], *, severity: Severity | None = None
) -> dict[str, int]:
    """Problems per section key, a section counting those of its subsections; every section is present (0 too).

    `severity` counts only errors or only warnings. Problems on keys outside the template (header, unknown
    fields) are in no section.
    """
    owner: dict[str, list[str]] = {}

    def walk(sections: tuple[Section, ...], parents: list[str]) -> None:
        for section in sections:
            chain = [*parents, section.key]
            for f in section.fields:
                owner[f.key] = chain
            walk(section.sections, chain)

    walk(template.sections, [])
    counts = {s.key: 0 for s in template.iter_sections()}
    for problem in problems:
        if severity is not None and problem.severity != severity:
            continue
        for section_key in owner.get(problem.key, ()):
            counts[section_key] += 1
    return counts


# --- one field -------------------------------------------------------------------------------------------------


def _check_field(template: Template, spec: TemplateField, value: Any, context: ValidationContext) -> list[Problem]:
    """Missing when required and empty; otherwise what its kind checks on the value."""
    if spec.is_computed:
        return []
    if is_empty(value):
        if _required(spec, context.values):
            return [_missing(template, spec, context.values)]
        return []
    where = Where(spec.key, spec.label, spec.label_en or spec.label)
    return kind_of(spec).check(template, spec, value, context, where)


def _required(spec: TemplateField, values: Mapping[str, Any]) -> bool:
    """As values.is_required, for any mapping: required outright, or because its yes/no field is answered yes."""
    return spec.required or (spec.required_if is not None and values.get(spec.required_if) is True)


def _missing(template: Template, spec: TemplateField, values: Mapping[str, Any]) -> Problem:
    label = (spec.label, spec.label_en or spec.label)
    if spec.required or spec.required_if is None:
        message, message_en = bilingual("Validation", "{label}: chưa nhập (bắt buộc).").format(label=label)
        return Problem(key=spec.key, message=message, message_en=message_en, code="required")
    cause = template.field(spec.required_if)
    message, message_en = bilingual("Validation", "{label}: chưa nhập; bắt buộc vì đã chọn “Có” ở “{cause}”.").format(
        label=label, cause=(cause.label, cause.label_en or cause.label)
    )
    return Problem(key=spec.key, message=message, message_en=message_en, code="required", related=(cause.key,))


# --- rules across fields -----------------------------------------------------------------------------------------


def _check_rule(rule: Rule, values: Mapping[str, Any]) -> Problem | None:
    def number(key: str) -> float | int | None:
        value = values.get(key)
        return value if is_number(value) else None

    if rule.check == "le":
        left, right = str(rule.left), str(rule.right)
        a, b = number(left), number(right)
        if a is None or b is None or a <= b:
            return None
        message, message_en = bilingual("Validation", "{rule} (đang nhập {left} > {right}).").format(
            rule=(_sentence(rule.message), _sentence(rule.message_en or rule.message)),
            left=(format_number(a), f"{a:,}"),
            right=(format_number(b), f"{b:,}"),
        )
        return Problem(key=left, message=message, message_en=message_en, code=f"rule:{rule.key}", related=(right,))
    total_key = str(rule.total)
    total = number(total_key)
    parts = [number(k) for k in rule.parts]
    if total is None or all(p is None for p in parts):
        return None
    added = _add([p for p in parts if p is not None])
    if _same(added, total):
        return None
    empty = sum(p is None for p in parts)
    note: tuple[str, str] = (
        bilingual("Validation", "; {count} ô để trống được tính là 0").format(count=empty) if empty else ("", "")
    )
    message, message_en = bilingual("Validation", "{rule} (cộng các phần: {added}, tổng số: {total}{note}).").format(
        rule=(_sentence(rule.message), _sentence(rule.message_en or rule.message)),
        added=(format_number(added), f"{added:,}"),
        total=(format_number(total), f"{total:,}"),
        note=note,
    )
    return Problem(
        key=total_key, message=message, message_en=message_en, code=f"rule:{rule.key}", related=tuple(rule.parts)
    )


def _add(numbers: list[float | int]) -> float | int | Decimal:
    try:
        return sum(numbers)
    except OverflowError:  # an int beyond float range next to a float: add exactly
        return sum((Decimal(n) for n in numbers), Decimal(0))


def _same(a: float | int | Decimal, b: float | int) -> bool:
    if isinstance(a, int) and isinstance(b, int):
        return a == b
    try:
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    except OverflowError:
        return a == b


def _sentence(message: str) -> str:
    return message.rstrip().rstrip(".")


def _in_form_order(template: Template, problems: list[Problem]) -> list[Problem]:
    order = {f.key: i for i, f in enumerate(template.iter_fields())}
    columns = {f.key: {c.key: i for i, c in enumerate(f.columns)} for f in template.iter_fields()}

    def position(problem: Problem) -> tuple[int, int, int]:
        column = columns.get(problem.key, {}).get(problem.column or "", -1)
        return (order.get(problem.key, len(order)), -1 if problem.row is None else problem.row, column)

    return sorted(problems, key=position)
