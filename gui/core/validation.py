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
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from gui.core.dates import vn_date
from gui.core.legacy_encoding import detect_legacy, legacy_message
from gui.core.numbers import format_number
from gui.core.template import Column, Rule, Section, Template, TemplateField
from gui.core.values import is_filled

Severity = Literal["error", "warning"]

EARLIEST_DATE = dt.date(1945, 1, 1)
FUTURE_MARGIN = dt.timedelta(days=366)


@dataclass(frozen=True)
class Problem:
    """One thing to fix. `key` is the field; `row`/`column` the table cell (0-based row) or None."""

    key: str
    row: int | None = None
    column: str | None = None
    severity: Severity = "error"
    message: str = ""
    message_en: str = ""
    code: str = ""  # what kind: required, type, range, length, date, docref, choice, rows, rule:<key>, legacy_encoding
    related: tuple[str, ...] = ()  # other fields a cross-field rule involves, to mark them too

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def keys(self) -> tuple[str, ...]:
        """Every field this problem should mark."""
        return (self.key, *self.related)


@dataclass(frozen=True)
class ValidationContext:
    """What a single field's check needs beyond its value: the period, the report date and the other values."""

    period_start: dt.date | None = None
    period_end: dt.date | None = None
    report_date: dt.date | None = None
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def latest_plausible(self) -> dt.date:
        reference = self.report_date or self.period_end or dt.date.today()
        return reference + FUTURE_MARGIN


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
            problems.append(
                Problem(
                    key=key,
                    message=f"Trường “{key}” không có trong mẫu báo cáo {template.id} phiên bản {template.version}.",
                    message_en=f"Field “{key}” is not in template {template.id} version {template.version}.",
                    code="unknown_field",
                )
            )
    return _in_form_order(template, problems)


def validate_field(template: Template, key: str, value: Any, context: ValidationContext) -> list[Problem]:
    """The problems to show while `key` is being edited: its own, and those of the rules it takes part in.

    `context.values` holds the other fields; `value` replaces the stored one. A rule's problem may have another
    field as `key` (the total of a sum): mark every key in `problem.keys`, and re-check `affected_keys`.
    """
    spec = template.field_map().get(key)
    if spec is None:
        return [Problem(key=key, message=f"Trường “{key}” không có trong mẫu báo cáo.", code="unknown_field")]
    values = {**context.values, key: value}
    problems = _check_field(template, spec, value, ValidationContext(**{**_fields_of(context), "values": values}))
    for rule in template.rules:
        if key in rule.operands:
            problem = _check_rule(rule, values)
            if problem is not None:
                problems.append(problem)
    return problems


def affected_keys(template: Template, key: str) -> set[str]:
    """Fields whose problems may change when `key` changes: itself, fields required if it is yes, rule partners."""
    keys = {key}
    for spec in template.iter_fields():
        if spec.required_if == key:
            keys.add(spec.key)
    for rule in template.rules:
        if key in rule.operands:
            keys.update(rule.operands)
    return keys


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


def _fields_of(context: ValidationContext) -> dict[str, Any]:
    return {
        "period_start": context.period_start,
        "period_end": context.period_end,
        "report_date": context.report_date,
    }


def _check_field(template: Template, spec: TemplateField, value: Any, context: ValidationContext) -> list[Problem]:
    if spec.is_computed:
        return []
    values = context.values
    if _is_empty(value):
        if _required(spec, values):
            return [_missing(template, spec, values)]
        return []
    if spec.kind == "table":
        return _check_table(template, spec, value, context)
    if spec.kind == "docref":
        return _check_docref(spec, value, context)
    problems = _check_value(template, spec, value, context, _Where(spec.key, spec.label, spec.label_en or spec.label))
    if not problems and _required(spec, values) and not is_filled(spec, value):
        problems.append(_missing(template, spec, values))
    return problems


def _required(spec: TemplateField, values: Mapping[str, Any]) -> bool:
    """As values.is_required, for any mapping: required outright, or because its yes/no field is answered yes."""
    return spec.required or (spec.required_if is not None and values.get(spec.required_if) is True)


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class _Where:
    """Who a message is about: a field, or a cell of a table ('Các vụ việc điển hình, dòng 2, cột “Hành vi”')."""

    key: str
    label: str
    label_en: str
    row: int | None = None
    column: str | None = None

    def problem(self, message: str, message_en: str, code: str, severity: Severity = "error") -> Problem:
        return Problem(
            key=self.key,
            row=self.row,
            column=self.column,
            severity=severity,
            message=f"{self.label}: {message}",
            message_en=f"{self.label_en}: {message_en}",
            code=code,
        )


def _missing(template: Template, spec: TemplateField, values: Mapping[str, Any]) -> Problem:
    label_en = spec.label_en or spec.label
    if spec.required or spec.required_if is None:
        return Problem(
            key=spec.key,
            message=f"{spec.label}: chưa nhập (bắt buộc).",
            message_en=f"{label_en}: missing (required).",
            code="required",
        )
    cause = template.field(spec.required_if)
    return Problem(
        key=spec.key,
        message=f"{spec.label}: chưa nhập; bắt buộc vì đã chọn “Có” ở “{cause.label}”.",
        message_en=f"{label_en}: missing; required because “{cause.label_en or cause.label}” is answered Yes.",
        code="required",
        related=(cause.key,),
    )


def _check_value(
    template: Template, spec: TemplateField | Column, value: Any, context: ValidationContext, where: _Where
) -> list[Problem]:
    """The checks of one non-empty scalar value (a field's or a table cell's) by its kind."""
    kind = spec.kind
    if kind in ("text", "line"):
        return _check_text(spec, value, where)
    if kind in ("integer", "money"):
        return _check_whole(spec, value, where)
    if kind == "percent":
        return _check_percent(spec, value, where)
    if kind == "yesno":
        if not isinstance(value, bool):
            return [where.problem("phải chọn Có hoặc Không.", "must be Yes or No.", "type")]
        return []
    if kind == "date":
        day = _as_date(value)
        if day is None:
            return [where.problem(f"“{value}” không phải ngày hợp lệ.", f"“{value}” is not a valid date.", "type")]
        rule = spec.date_rule if isinstance(spec, TemplateField) else None
        return _check_date(day, rule, context, where)
    if kind == "choice":
        return _check_choice(template, spec, value, where)
    return [where.problem(f"kiểu trường không biết “{kind}”.", f"unknown field kind “{kind}”.", "type")]


def _check_text(spec: TemplateField | Column, value: Any, where: _Where) -> list[Problem]:
    if not isinstance(value, str):
        return [where.problem("phải là văn bản.", "must be text.", "type")]
    problems = []
    limit = spec.max_length
    if limit is not None and len(value) > limit:
        problems.append(
            where.problem(
                f"dài {format_number(len(value))} ký tự, tối đa {format_number(limit)} ký tự.",
                f"{len(value):,} characters long, at most {limit:,}.",
                "length",
            )
        )
    guess = detect_legacy(value)
    if guess is not None:
        vi, en = legacy_message(where.label, guess)
        problems.append(
            Problem(
                key=where.key,
                row=where.row,
                column=where.column,
                severity="warning",
                message=vi,
                message_en=en,
                code="legacy_encoding",
            )
        )
    return problems


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def _is_whole(value: Any) -> bool:
    return _is_number(value) and (isinstance(value, int) or float(value).is_integer())


def _check_whole(spec: TemplateField | Column, value: Any, where: _Where) -> list[Problem]:
    low = 0 if spec.min is None else spec.min
    high = spec.max
    if _is_whole(value) and low <= value and (high is None or value <= high):
        return []
    what, what_en, unit, unit_en = "số nguyên", "a whole number", "", ""
    if spec.kind == "money":
        what, what_en, unit, unit_en = "số tiền", "an amount", " đồng", " VND"
    if high is None:
        allowed = f"phải là {what} không nhỏ hơn {format_number(low)}{unit}."
        allowed_en = f"must be {what_en} of at least {low:,.0f}{unit_en}."
    else:
        allowed = f"phải là {what} từ {format_number(low)} đến {format_number(high)}{unit}."
        allowed_en = f"must be {what_en} from {low:,.0f} to {high:,.0f}{unit_en}."
    return [where.problem(allowed, allowed_en, "range" if _is_whole(value) else "type")]


def _check_percent(spec: TemplateField | Column, value: Any, where: _Where) -> list[Problem]:
    if not _is_number(value):
        return [where.problem("phải là một số.", "must be a number.", "type")]
    low, high = spec.min, spec.max
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            return [
                where.problem(
                    f"phải từ {format_number(low)} đến {format_number(high)}.",
                    f"must be from {low:g} to {high:g}.",
                    "range",
                )
            ]
        if low is not None:
            return [where.problem(f"phải không nhỏ hơn {format_number(low)}.", f"must be at least {low:g}.", "range")]
        assert high is not None
        return [where.problem(f"phải không lớn hơn {format_number(high)}.", f"must be at most {high:g}.", "range")]
    return []


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _d(day: dt.date) -> str:
    return vn_date(day)


def _check_date(day: dt.date, rule: str | None, context: ValidationContext, where: _Where) -> list[Problem]:
    if day > context.latest_plausible:
        return [
            where.problem(
                f"ngày {_d(day)} ở quá xa trong tương lai; kiểm tra lại năm.",
                f"{_d(day)} is far in the future; check the year.",
                "date",
            )
        ]
    if day < EARLIEST_DATE:
        return [
            where.problem(
                f"ngày {_d(day)} không hợp lý; kiểm tra lại năm.", f"{_d(day)} is implausible; check the year.", "date"
            )
        ]
    start, end, report = context.period_start, context.period_end, context.report_date
    if rule == "in_period" and start is not None and end is not None and not start <= day <= end:
        return [
            where.problem(
                f"ngày {_d(day)} nằm ngoài kỳ báo cáo ({_d(start)} – {_d(end)}).",
                f"{_d(day)} is outside the reporting period ({_d(start)} – {_d(end)}).",
                "date",
            )
        ]
    if rule == "not_after_period_end" and end is not None and day > end:
        return [
            where.problem(
                f"ngày {_d(day)} sau ngày kết thúc kỳ báo cáo ({_d(end)}).",
                f"{_d(day)} is after the end of the reporting period ({_d(end)}).",
                "date",
            )
        ]
    if rule == "not_after_report_date" and report is not None and day > report:
        return [
            where.problem(
                f"ngày {_d(day)} sau ngày báo cáo ({_d(report)}).",
                f"{_d(day)} is after the report date ({_d(report)}).",
                "date",
            )
        ]
    return []


def _check_choice(template: Template, spec: TemplateField | Column, value: Any, where: _Where) -> list[Problem]:
    options = template.choices.get(spec.choices or "", ())
    if isinstance(value, str) and any(o.value == value for o in options):
        return []
    allowed = ", ".join(o.label for o in options)
    allowed_en = ", ".join(o.label_en or o.label for o in options)
    return [
        where.problem(
            f"“{value}” không có trong danh sách; chọn một trong: {allowed}.",
            f"“{value}” is not in the list; choose one of: {allowed_en}.",
            "choice",
        )
    ]


def _check_docref(spec: TemplateField, value: Any, context: ValidationContext) -> list[Problem]:
    where = _Where(spec.key, spec.label, spec.label_en or spec.label)
    if not isinstance(value, Mapping) or set(value) - {"number", "date"}:
        return [where.problem("cần số, ký hiệu và ngày ban hành.", "number and date expected.", "type")]
    number, raw_date = value.get("number"), value.get("date")
    problems: list[Problem] = []
    if number is not None and not isinstance(number, str):
        return [where.problem("số, ký hiệu phải là văn bản.", "the number must be text.", "type")]
    number = (number or "").strip()
    day = None
    if not _is_empty(raw_date):
        day = _as_date(raw_date)
        if day is None:
            return [
                where.problem(f"“{raw_date}” không phải ngày hợp lệ.", f"“{raw_date}” is not a valid date.", "type")
            ]
    if day is not None and not number:
        problems.append(
            where.problem(
                f"thiếu số, ký hiệu văn bản (đã có ngày {_d(day)}).",
                f"the document number is missing (the date {_d(day)} is given).",
                "docref",
            )
        )
    if number and day is None:
        problems.append(
            where.problem(
                f"thiếu ngày ban hành của văn bản “{number}”.", f"the date of document “{number}” is missing.", "docref"
            )
        )
    if number and "/" not in number:
        problems.append(
            where.problem(
                f"số, ký hiệu “{number}” chưa đúng dạng (ví dụ 125/KH-UBND).",
                f"the number “{number}” does not look like one (e.g. 125/KH-UBND).",
                "docref",
                severity="warning",
            )
        )
    if spec.max_length is not None and len(number) > spec.max_length:
        problems.append(
            where.problem(
                f"số, ký hiệu dài {format_number(len(number))} ký tự, tối đa {format_number(spec.max_length)} ký tự.",
                f"the number is {len(number):,} characters long, at most {spec.max_length:,}.",
                "length",
            )
        )
    if day is not None:
        problems.extend(_check_date(day, spec.date_rule, context, where))
    return problems


def _check_table(template: Template, spec: TemplateField, value: Any, context: ValidationContext) -> list[Problem]:
    label_en = spec.label_en or spec.label
    table = _Where(spec.key, spec.label, label_en)
    if not isinstance(value, list):
        return [table.problem("cần danh sách các dòng.", "a list of rows expected.", "type")]
    problems: list[Problem] = []
    if len(value) > spec.max_rows:
        problems.append(
            table.problem(
                f"có {format_number(len(value))} dòng, tối đa {format_number(spec.max_rows)} dòng.",
                f"{len(value):,} rows, at most {spec.max_rows:,}.",
                "rows",
            )
        )
    if len(value) < spec.min_rows:
        problems.append(
            table.problem(
                f"cần ít nhất {format_number(spec.min_rows)} dòng (đang có {format_number(len(value))}).",
                f"at least {spec.min_rows:,} rows needed ({len(value):,} now).",
                "rows",
            )
        )
    columns = {c.key: c for c in spec.columns}
    for index, row in enumerate(value[: spec.max_rows]):
        row_where = _Where(spec.key, f"{spec.label}, dòng {index + 1}", f"{label_en}, row {index + 1}", index)
        if not isinstance(row, Mapping):
            problems.append(row_where.problem("cần một dòng gồm các cột.", "a row of columns expected.", "type"))
            continue
        unknown = sorted(str(k) for k in row if k not in columns)
        if unknown:
            problems.append(
                row_where.problem(
                    f"cột không có trong mẫu: {', '.join(unknown)}.",
                    f"columns not in the template: {', '.join(unknown)}.",
                    "type",
                )
            )
        if all(_is_empty(row.get(k)) for k in columns):
            problems.append(
                row_where.problem(
                    "dòng trống; nhập nội dung hoặc xóa dòng này.",
                    "empty row; fill it in or delete it.",
                    "rows",
                    severity="warning",
                )
            )
            continue
        for column in spec.columns:
            cell = _Where(
                spec.key,
                f"{spec.label}, dòng {index + 1}, cột “{column.label}”",
                f"{label_en}, row {index + 1}, column “{column.label_en or column.label}”",
                index,
                column.key,
            )
            cell_value = row.get(column.key)
            if _is_empty(cell_value):
                if column.required:
                    problems.append(cell.problem("chưa nhập (bắt buộc).", "missing (required).", "required"))
                continue
            problems.extend(_check_value(template, column, cell_value, context, cell))
    return problems


# --- rules across fields -----------------------------------------------------------------------------------------


def _check_rule(rule: Rule, values: Mapping[str, Any]) -> Problem | None:
    def number(key: str) -> float | int | None:
        value = values.get(key)
        return value if _is_number(value) else None

    if rule.check == "le":
        left, right = str(rule.left), str(rule.right)
        a, b = number(left), number(right)
        if a is None or b is None or a <= b:
            return None
        return Problem(
            key=left,
            message=f"{_sentence(rule.message)} (đang nhập {format_number(a)} > {format_number(b)}).",
            message_en=f"{_sentence(rule.message_en or rule.message)} (entered {a:,} > {b:,}).",
            code=f"rule:{rule.key}",
            related=(right,),
        )
    total_key = str(rule.total)
    total = number(total_key)
    parts = [number(k) for k in rule.parts]
    if total is None or all(p is None for p in parts):
        return None
    added = _add([p for p in parts if p is not None])
    if _same(added, total):
        return None
    empty = sum(p is None for p in parts)
    note = f"; {empty} ô để trống được tính là 0" if empty else ""
    note_en = f"; {empty} empty parts count as 0" if empty else ""
    return Problem(
        key=total_key,
        message=f"{_sentence(rule.message)} (cộng các phần: {format_number(added)}, tổng số: "
        f"{format_number(total)}{note}).",
        message_en=f"{_sentence(rule.message_en or rule.message)} (parts add up to {added:,}, total {total:,}{note_en}).",
        code=f"rule:{rule.key}",
        related=tuple(rule.parts),
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
