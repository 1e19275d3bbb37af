"""The base of every field kind, and the registry from a template's `kind` name to its one instance.

A kind owns everything that differs between, say, a whole number and a date: how typed text becomes its value
(`parse`), how a stored value is brought to its canonical shape (`coerce`), when it counts as filled, what the
validator checks on it (`check`), how the report prints it (`format`, `align`, `layout`) and how the Ministry's
workbook holds it (`xlsx_cell`, `xlsx_format`). Everything else (parsing.py, values.py, validation.py, the PDF,
the workbook, the form) asks the kind of a field through `kind_of(spec)` and never compares kind names.
A new kind is a subclass with its `name` in a module imported by gui/core/kinds/__init__.py, and its widget.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias

from gui.core.dates import vn_date
from gui.core.i18n import bilingual, label_of, pick
from gui.core.numbers import format_int
from gui.core.problems import InputError, Problem, ValidationContext, ValueError_, Where
from gui.core.text import normalize_line

if TYPE_CHECKING:
    from gui.core.template import Column, Template, TemplateField

    Spec: TypeAlias = "TemplateField | Column"  # what a kind reads: a template field or a table's column

Align = Literal["left", "center", "right"]
Layout = Literal["narrative", "indicator", "table"]

# Hard ceilings where the template sets no max_length: a line is a name or a title, a text a narrative.
DEFAULT_MAX_LINE = 1_000
DEFAULT_MAX_TEXT = 100_000

# Excel number formats. Grouped thousands: Excel shows the grouping with the reader's separators, dots on a
# Vietnamese system (1.234.567).
XLSX_INTEGER = "#,##0"
XLSX_RATE = "#,##0.00"
XLSX_DATE = "dd/mm/yyyy"

KINDS: dict[str, Kind] = {}


def kind_of(spec: Any) -> Kind:
    """The kind of a template field, a table column or a header pseudo-field (anything with `kind` and `label`)."""
    kind = KINDS.get(spec.kind)
    if kind is None:
        raise ValueError_(f"{spec.label}: kiểu trường không biết '{spec.kind}'")
    return kind


class Kind:
    """One field kind. Subclasses set `name` (the template's word for it) and override what differs."""

    name: ClassVar[str]
    numeric: ClassVar[bool] = False  # a number: compared by the rules, right-aligned
    additive: ClassVar[bool] = False  # a number whose units' values add up to a national total (not a rate)
    in_tables: ClassVar[bool] = True  # may be a column of a repeating table
    free_text: ClassVar[bool] = False  # words a person writes: looked at for a legacy Vietnamese encoding
    has_choices: ClassVar[bool] = False  # its values come from one of the template's lists
    picked: ClassVar[bool] = False  # one of a few values, picked from a drop-down rather than typed
    has_columns: ClassVar[bool] = False  # rows of the template's `columns`
    computable: ClassVar[bool] = False  # may be `computed` from other fields instead of typed
    switch: ClassVar[bool] = False  # its True makes the fields that name it in `required_if` required
    layout: ClassVar[Layout] = "indicator"  # where the report prints it: a paragraph, the indicators' table, a table
    align: ClassVar[Align] = "left"  # in a cell of the report's tables
    default_max_length: ClassVar[int] = DEFAULT_MAX_LINE  # characters typed, where the template says none
    unit: ClassVar[tuple[str, str]] = ("", "")  # shown after the value where the template gives none (vi, en)
    xlsx_format: ClassVar[str | None] = None  # Excel's number format for its cells

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "name" in cls.__dict__:
            KINDS[cls.name] = cls()

    def heading(self, spec: Any) -> str:
        """A table column's heading on screen, in the interface language: its label and, in brackets, the unit its
        values are in (the template's, else the kind's), unless the label already ends with it ("Số tiền phạt
        (đồng)", which the PDF and the workbook print as it is)."""
        label = label_of(spec)
        unit = pick(getattr(spec, "unit", ""), getattr(spec, "unit_en", "")) or pick(*self.unit)
        if not unit or label.endswith(f"({unit})"):
            return label
        return f"{label} ({unit})"

    # --- what a person typed or pasted ------------------------------------------------------------------------

    def read(self, spec: Spec, text: Any, template: Template | None) -> Any:
        """The canonical value for `text` typed or pasted into the field; None when empty; InputError otherwise."""
        if text is None:
            return None
        label_en = spec.label_en or spec.label
        if not isinstance(text, str):
            raise InputError(
                *bilingual("Kinds", "{label}: cần nhập văn bản.").format(label=(spec.label, label_en)), key=spec.key
            )
        if getattr(spec, "is_computed", False):  # a template field's ratio; columns and the header have none
            raise InputError(
                *bilingual("Kinds", "{label}: được tính tự động, không nhập tay.").format(label=(spec.label, label_en)),
                key=spec.key,
            )
        return self.parse(spec, text, template)

    def parse(self, spec: Spec, text: str, template: Template | None) -> Any:
        """Typed text → value. By default the text is one line, trimmed; empty is None, the rest `parse_line`'s."""
        stripped = normalize_line(text)
        return self.parse_line(spec, stripped, template) if stripped else None

    def parse_line(self, spec: Spec, text: str, template: Template | None) -> Any:
        """A non-empty trimmed line → value."""
        raise NotImplementedError

    def parse_rows(self, spec: TemplateField, text: str, template: Template | None) -> list[dict[str, Any]]:
        """Rows pasted from a spreadsheet; only a table takes them."""
        raise InputError(
            *bilingual("Kinds", "{label}: không phải bảng.").format(label=(spec.label, spec.label_en or spec.label)),
            key=spec.key,
        )

    # --- a stored value ----------------------------------------------------------------------------------------

    def coerce(self, spec: Spec, raw: Any) -> Any:
        """A non-empty JSON value in the kind's canonical shape; ValueError_ for the wrong shape. Bounds and rules
        are the validator's: an out-of-range number is kept for the user to fix."""
        raise NotImplementedError

    def is_filled(self, value: Any) -> bool:
        return value is not None

    def check(
        self, template: Template, spec: Spec, value: Any, context: ValidationContext, where: Where
    ) -> list[Problem]:
        """The problems of one non-empty value (a field's or a table cell's)."""
        raise NotImplementedError

    # --- shown to people --------------------------------------------------------------------------------------

    def format(self, spec: Spec, value: Any, template: Template | None) -> str:
        """The value as the report prints it; '' for none. A choice needs the template for its label."""
        if value is None or value == "":
            return ""
        return self.format_value(spec, value, template)

    def format_value(self, spec: Spec, value: Any, template: Template | None) -> str:
        return str(value)

    def edit_text(self, spec: Spec, value: Any) -> str:
        """A non-empty value as a person edits it (a number without its grouping); else as it is printed."""
        return self.format(spec, value, None)

    def xlsx_cell(self, spec: Spec, value: Any, template: Template) -> Any:
        """The value as an Excel cell holds it (numbers as numbers, dates as dates, a choice by its label)."""
        return value


def format_date(value: str | dt.date) -> str:
    """dd/mm/yyyy, as dates are written in Vietnamese documents."""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return vn_date(day)


def check_length(spec: Spec, value: str, ceiling: int) -> None:
    """Refuse (never cut) text longer than the field's max_length, or `ceiling` where it has none."""
    limit = spec.max_length or ceiling
    if len(value) > limit:
        label_en = spec.label_en or spec.label
        raise InputError(
            *bilingual(
                "Kinds",
                "{label}: nội dung nhập vào dài {length} ký tự, vượt giới hạn {limit} ký tự. "
                "Không có gì bị cắt bớt: hãy rút gọn rồi nhập lại.",
            ).format(
                label=(spec.label, label_en),
                length=(format_int(len(value)), f"{len(value):,}"),
                limit=(format_int(limit), f"{limit:,}"),
            ),
            key=spec.key,
        )


def coerce_value(spec: Spec, raw: Any) -> Any:
    """The canonical JSON value for a field: int, float, bool, 'YYYY-MM-DD', dict or list; None when empty.

    Shapes only: bounds and rules are the validator's job, so an out-of-range number is kept for the user to fix.
    """
    if raw is None or raw == "" or raw == [] or raw == {}:
        return None
    return kind_of(spec).coerce(spec, raw)
