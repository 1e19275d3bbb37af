"""Field values in their canonical form, what counts as filled, and the values computed from others."""

from __future__ import annotations

from typing import Any

from gui.core.kinds import kind_of
from gui.core.kinds.base import coerce_value as coerce_value
from gui.core.problems import ValueError_ as ValueError_
from gui.core.template import Section, Template, TemplateField


def is_filled(spec: TemplateField, value: Any) -> bool:
    """Holds a value: a document reference needs both its number and date, a table a row."""
    return kind_of(spec).is_filled(value)


def is_required(spec: TemplateField, values: dict[str, Any]) -> bool:
    """Required outright, or because the yes/no field it depends on is answered 'yes'."""
    if spec.required:
        return True
    return spec.required_if is not None and values.get(spec.required_if) is True


def completion(template: Template, values: dict[str, Any]) -> float:
    """Share (0–1) of the fields a person fills in that hold a value; required ones count double."""
    weight = filled = 0.0
    for f in template.iter_fields():
        if f.is_computed:
            continue
        w = 2.0 if is_required(f, values) else 1.0
        weight += w
        if is_filled(f, values.get(f.key)):
            filled += w
    return filled / weight if weight else 1.0


def section_completion(template: Template, values: dict[str, Any], section_key: str) -> tuple[int, int]:
    """(filled, total) of the fields a person fills in, in a section and its subsections."""
    section = next(s for s in template.iter_sections() if s.key == section_key)
    fields = [f for f in _fields_under(section) if not f.is_computed]
    return sum(is_filled(f, values.get(f.key)) for f in fields), len(fields)


def _fields_under(section: Section) -> list[TemplateField]:
    out = list(section.fields)
    for sub in section.sections:
        out.extend(_fields_under(sub))
    return out


def computed_values(template: Template, values: dict[str, Any]) -> dict[str, float | None]:
    """Every computed field: ratio = 100 × numerator / denominator, None where the denominator is 0 or empty."""
    out: dict[str, float | None] = {}
    for f in template.iter_fields():
        if f.computed is None:
            continue
        numerator, denominator = (values.get(k) for k in f.computed.ratio)
        if isinstance(numerator, int | float) and isinstance(denominator, int | float) and denominator:
            out[f.key] = round(100.0 * numerator / denominator, 4)
        else:
            out[f.key] = None
    return out


def table_totals(spec: TemplateField, rows: list[dict[str, Any]] | None) -> dict[str, int | float]:
    """Column totals for the columns marked `total`."""
    totals: dict[str, int | float] = {}
    for column in spec.columns:
        if column.total:
            totals[column.key] = sum(
                v for row in rows or [] if isinstance(v := row.get(column.key), int | float) and not isinstance(v, bool)
            )
    return totals
