"""The report template: a data file that declares every section and field, checked when it is loaded."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from gui.core import limits
from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.core.kinds import KINDS
from gui.core.records import Record, convert, dotted, error_location, without_defaults
from gui.core.safejson import UnsafeJson, load_json
from gui.core.units import province_lists
from gui.resources import resource_path

ACTIVE_TEMPLATE_FILE = "nq82-v1.json"

# The kinds are gui/core/kinds' classes: a template names one by its `name`.
NUMERIC_KINDS = frozenset(name for name, kind in KINDS.items() if kind.numeric)
KEY_PATTERN = r"^[a-z][a-z0-9_]*$"
Key = Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*\Z")]  # KEY_PATTERN, and no newline before the end
Text = Annotated[str, Meta(min_length=1)]


class TemplateError(UserError, ValueError):
    """A template file that cannot be used; the message names the key and what is wrong."""


def known_kind(value: str, *, column: bool) -> None:
    """Refuses a kind the app has no class for (or, for a column, one that may not sit in a table)."""
    names = [name for name, kind in KINDS.items() if kind.in_tables or not column]
    if value not in names:
        quoted = [f"'{name}'" for name in names]
        raise ValueError(f"Input should be {', '.join(quoted[:-1])} or {quoted[-1]}")


class _Strict(Record, frozen=True):
    """A part of the template: immutable, unknown keys refused."""


class Choice(_Strict, frozen=True, kw_only=True):
    value: Key
    label: str
    label_en: str = ""


class _Labelled(_Strict, frozen=True, kw_only=True):
    key: Key
    label: Text
    label_en: str = ""
    help: str = ""
    help_en: str = ""
    required: bool = False
    min: float | None = None
    max: float | None = None
    max_length: Annotated[int, Meta(gt=0)] | None = None
    choices: str | None = None
    unit: str = ""
    unit_en: str = ""

    def __post_init__(self) -> None:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"'{self.key}': min ({self.min}) lớn hơn max ({self.max})")


class Column(_Labelled, frozen=True, kw_only=True):
    kind: str
    total: bool = False
    width: Annotated[float, Meta(gt=0)] = 1.0

    def __post_init__(self) -> None:
        known_kind(self.kind, column=True)
        super().__post_init__()
        if self.total and not KINDS[self.kind].numeric:
            raise ValueError(f"cột '{self.key}': chỉ cột số mới có dòng tổng (total)")


class Computed(_Strict, frozen=True, kw_only=True):
    """A value computed from others, never typed: ratio = 100 × numerator / denominator."""

    ratio: tuple[str, str]


class TemplateField(_Labelled, frozen=True, kw_only=True):
    kind: str
    required_if: str | None = None
    target: str = ""
    target_en: str = ""
    # The province list a target counting provinces was set for ('≥ 60 tỉnh, thành phố' of the 63): on another
    # list the draft report shows it with its list and does not judge it.
    target_list: str = ""
    # The largest figure one unit plausibly reports for one period: above it the Ministry's desk flags the figure
    # as a likely typing slip (an extra three zeros). Never a reason to refuse: `max` is what the form accepts.
    plausible_max: Annotated[float, Meta(gt=0)] | None = None
    date_rule: Literal["in_period", "not_after_period_end", "not_after_report_date"] | None = None
    columns: tuple[Column, ...] = ()
    computed: Computed | None = None
    min_rows: Annotated[int, Meta(ge=0)] = 0
    max_rows: Annotated[int, Meta(gt=0)] = 500

    def __post_init__(self) -> None:
        known_kind(self.kind, column=False)
        super().__post_init__()
        kind = KINDS[self.kind]
        if kind.has_columns and not self.columns:
            raise ValueError(f"'{self.key}': bảng (table) phải có ít nhất một cột (columns)")
        if not kind.has_columns and self.columns:
            raise ValueError(f"'{self.key}': chỉ trường kiểu bảng (table) mới có cột (columns)")
        if self.computed is not None and not kind.computable:
            raise ValueError(f"'{self.key}': chỉ trường phần trăm (percent) mới được tính (computed)")
        if self.target_list and not self.target:
            raise ValueError(f"'{self.key}': target_list chỉ dùng cùng một mục tiêu (target)")
        if self.target_list and self.target_list not in {lst.id for lst in province_lists()}:
            known = ", ".join(lst.id for lst in province_lists())
            raise ValueError(
                f"'{self.key}': target_list '{self.target_list}' không phải danh sách tỉnh nào (có: {known})"
            )
        if self.plausible_max is not None and not (kind.numeric and kind.additive):
            raise ValueError(f"'{self.key}': plausible_max chỉ dùng cho trường số đếm hoặc số tiền")
        if self.plausible_max is not None and self.max is not None and self.plausible_max > self.max:
            raise ValueError(f"'{self.key}': plausible_max ({self.plausible_max:g}) lớn hơn max ({self.max:g})")
        if self.computed is not None and self.required:
            raise ValueError(f"'{self.key}': trường tự tính (computed) không thể bắt buộc nhập (required)")
        keys = [c.key for c in self.columns]
        duplicate = _first_duplicate(keys)
        if duplicate:
            raise ValueError(f"'{self.key}': cột '{duplicate}' bị lặp")

    @property
    def is_computed(self) -> bool:
        return self.computed is not None


class Section(_Strict, frozen=True, kw_only=True):
    key: Key
    title: Text
    title_en: str = ""
    help: str = ""
    help_en: str = ""
    fields: tuple[TemplateField, ...] = ()
    sections: tuple[Section, ...] = ()

    def __post_init__(self) -> None:
        if not self.fields and not self.sections:
            raise ValueError(f"mục '{self.key}' không có trường (fields) hay mục con (sections) nào")


class Rule(_Strict, frozen=True, kw_only=True):
    """A cross-field rule: `le` (left ≤ right) or `sum_eq` (the parts add up to the total)."""

    key: Key
    check: Literal["le", "sum_eq"]
    left: str | None = None
    right: str | None = None
    parts: tuple[str, ...] = ()
    total: str | None = None
    message: Text
    message_en: str = ""

    def __post_init__(self) -> None:
        if self.check == "le" and not (self.left and self.right):
            raise ValueError(f"quy tắc '{self.key}': kiểu 'le' cần 'left' và 'right'")
        if self.check == "sum_eq" and not (self.parts and self.total):
            raise ValueError(f"quy tắc '{self.key}': kiểu 'sum_eq' cần 'parts' và 'total'")

    @property
    def operands(self) -> tuple[str, ...]:
        if self.check == "le":
            return (str(self.left), str(self.right))
        return (*self.parts, str(self.total))


class PlausibleRatio(_Strict, frozen=True, kw_only=True):
    """A ratio of two of a unit's figures that has a plausible ceiling (the fines per sanctioned case): above
    `max`, one of the two figures is likely mistyped. Flagged on the Ministry's desk, never refused."""

    key: Key
    label: Text
    label_en: str = ""
    numerator: str
    denominator: str
    max: Annotated[float, Meta(gt=0)]
    unit: str = ""
    unit_en: str = ""


class DocumentText(_Strict, frozen=True, kw_only=True):
    """The fixed words of the document: its type, subject, addressee and the default recipients."""

    type: str = "BÁO CÁO"
    subject: Text
    subject_en: str = ""
    intro: str = ""
    addressee: Text
    recipients: tuple[str, ...] = ()


class Template(_Strict, frozen=True, kw_only=True, dict=True):  # dict: a place for the cached_property below
    id: Annotated[str, Meta(pattern=r"^[a-z0-9][a-z0-9-]*\Z")]
    version: Annotated[int, Meta(ge=1)]
    name: Text
    name_en: str = ""
    document: DocumentText
    choices: dict[str, tuple[Choice, ...]] = msgspec.field(default_factory=dict)
    sections: Annotated[tuple[Section, ...], Meta(min_length=1)]
    rules: tuple[Rule, ...] = ()
    plausible_ratios: tuple[PlausibleRatio, ...] = ()
    # The deadline to send, per period kind, as "MM-DD" in the period's last year (the regime's own rule under
    # Nghị định 09/2019/NĐ-CP); the Ministry can move it per period (gui/inbox/deadlines.py).
    deadlines: dict[Literal["year", "half", "review"], str] = msgspec.field(default_factory=dict)

    def __post_init__(self) -> None:
        for kind, day in self.deadlines.items():
            if not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", day):
                raise ValueError(f"deadlines.{kind}: '{day}' phải có dạng MM-DD (tháng-ngày), ví dụ 12-20")
        fields = {}
        for f in self.iter_fields():
            if f.key in fields:
                raise ValueError(f"khóa trường '{f.key}' bị lặp")
            fields[f.key] = f
        section_keys = [s.key for s in self.iter_sections()]
        duplicate = _first_duplicate(section_keys)
        if duplicate:
            raise ValueError(f"khóa mục '{duplicate}' bị lặp")
        for f in fields.values():
            labelled_items: list[tuple[str, TemplateField | Column]] = [(f.key, f)]
            labelled_items += [(f"{f.key}.{c.key}", c) for c in f.columns]
            for owner, labelled in labelled_items:
                if labelled.choices is not None and labelled.choices not in self.choices:
                    raise ValueError(f"'{owner}': danh sách lựa chọn '{labelled.choices}' không có trong 'choices'")
                if KINDS[labelled.kind].has_choices and labelled.choices is None:
                    raise ValueError(f"'{owner}': trường lựa chọn (choice) cần 'choices'")
            if f.required_if is not None and fields.get(f.required_if) is None:
                raise ValueError(f"'{f.key}': required_if trỏ tới trường không tồn tại '{f.required_if}'")
            if f.required_if is not None and not KINDS[fields[f.required_if].kind].switch:
                raise ValueError(f"'{f.key}': required_if phải trỏ tới một trường có/không (yesno)")
            if f.computed is not None:
                for operand in f.computed.ratio:
                    if operand not in fields or not KINDS[fields[operand].kind].numeric:
                        raise ValueError(f"'{f.key}': computed.ratio trỏ tới '{operand}', không phải trường số")
        duplicate = _first_duplicate([r.key for r in self.plausible_ratios])
        if duplicate:
            raise ValueError(f"plausible_ratios: khóa '{duplicate}' bị lặp")
        for ratio in self.plausible_ratios:
            for operand in (ratio.numerator, ratio.denominator):
                if operand not in fields or not KINDS[fields[operand].kind].additive:
                    raise ValueError(
                        f"plausible_ratios '{ratio.key}': '{operand}' không phải một trường số đếm hoặc số tiền của mẫu"
                    )
        for rule in self.rules:
            for operand in rule.operands:
                if operand not in fields or not KINDS[fields[operand].kind].numeric:
                    raise ValueError(f"quy tắc '{rule.key}': '{operand}' không phải một trường số của mẫu")

    def iter_sections(self) -> Iterator[Section]:
        def walk(sections: tuple[Section, ...]) -> Iterator[Section]:
            for s in sections:
                yield s
                yield from walk(s.sections)

        return walk(self.sections)

    def section_numbers(self) -> dict[str, str]:
        """Each section's number as the report prints it: 'I', 'II', 'II.4'."""
        roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
        numbers: dict[str, str] = {}

        def walk(sections: tuple[Section, ...], prefix: str) -> None:
            for i, s in enumerate(sections):
                mark = roman[i] if not prefix and i < len(roman) else str(i + 1)
                numbers[s.key] = f"{prefix}.{mark}" if prefix else mark
                walk(s.sections, numbers[s.key])

        walk(self.sections, "")
        return numbers

    def iter_fields(self) -> Iterator[TemplateField]:
        for s in self.iter_sections():
            yield from s.fields

    def field(self, key: str) -> TemplateField:
        return self.field_map()[key]

    @cached_property
    def _fields_by_key(self) -> dict[str, TemplateField]:
        return {f.key: f for f in self.iter_fields()}

    def field_map(self) -> dict[str, TemplateField]:
        return self._fields_by_key

    def choice_label(self, list_name: str, value: str) -> str:
        for choice in self.choices.get(list_name, ()):
            if choice.value == value:
                return choice.label
        return value

    def to_json(self) -> str:
        return json.dumps(without_defaults(self), ensure_ascii=False, indent=2)


def _first_duplicate(keys: list[str]) -> str | None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            return key
        seen.add(key)
    return None


def _explain(error: msgspec.ValidationError, data: Any) -> str:
    loc, message = error_location(error)
    key = _nearest_key(data, loc)
    named = f" (trường/mục '{key}')" if key else ""
    return f"khóa '{dotted(loc)}'{named}: {message}"


def _nearest_key(data: Any, loc: tuple[int | str, ...]) -> str | None:
    """The innermost 'key' on the path to the error, so the message names the field a person wrote."""
    found = None
    node = data
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("key"), str):
            found = node["key"]
    return found


def parse_template(data: Any, source: str = "mẫu báo cáo") -> Template:
    try:
        return convert(data, Template)
    except msgspec.ValidationError as error:
        raise TemplateError(
            translate("Core", "Mẫu báo cáo {source} không hợp lệ — {error}").format(
                source=source, error=_explain(error, data)
            )
        ) from None


def load_template(path: Path) -> Template:
    """Read and check one of the app's template files (a resource); a broken one raises TemplateError naming the key
    and the fault. A template file from outside (`bvntd template --file`) is read by gui.outside_file, then given
    to template_from_bytes."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise TemplateError(
            translate("Core", "Không đọc được mẫu báo cáo {path}: {error}").format(
                path=path, error=error.strerror or error
            )
        ) from None
    return template_from_bytes(raw, path.name)


def template_from_bytes(raw: bytes, name: str) -> Template:
    """A template from a file's bytes: gui.core.safejson's limits (MAX_TEMPLATE_BYTES), then the checks."""
    try:
        data = load_json(raw, max_bytes=limits.MAX_TEMPLATE_BYTES)
    except UnsafeJson as error:
        raise TemplateError(translate("Core", "Mẫu báo cáo {name}: {error}.").format(name=name, error=error)) from None
    return parse_template(data, name)


@cache
def active_template() -> Template:
    return load_template(resource_path("templates", ACTIVE_TEMPLATE_FILE))


def available_templates() -> dict[tuple[str, int], Path]:
    """Every template file shipped, by (id, version); older versions stay so old reports keep opening."""
    found: dict[tuple[str, int], Path] = {}
    for path in sorted(resource_path("templates").glob("*.json")):
        match = re.match(r"^(.*)-v(\d+)\.json$", path.name)
        if match:
            data = json.loads(path.read_text(encoding="utf-8"))
            found[(data["id"], int(data["version"]))] = path
    return found


def template_for(template_id: str, version: int) -> Template:
    """The template a report was made with; the active one when it is that one."""
    active = active_template()
    if (active.id, active.version) == (template_id, version):
        return active
    path = available_templates().get((template_id, version))
    if path is None:
        raise TemplateError(
            translate("Core", "Không có mẫu báo cáo '{id}' phiên bản {version} trong ứng dụng này.").format(
                id=template_id, version=version
            )
        )
    return load_template(path)
