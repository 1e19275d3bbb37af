"""Field values in their canonical form, what counts as filled, and the values computed from others."""

from __future__ import annotations

import datetime as dt
from typing import Any

from gui.core.errors import UserError
from gui.core.template import Column, Template, TemplateField
from gui.core.text import normalize_line, normalize_text


class ValueError_(UserError, ValueError):
    """A value of the wrong shape for its field (kept apart from Python's ValueError in except clauses)."""


def coerce_value(spec: TemplateField | Column, raw: Any) -> Any:
    """The canonical JSON value for a field: int, float, bool, 'YYYY-MM-DD', dict or list; None when empty.

    Shapes only: bounds and rules are the validator's job, so an out-of-range number is kept for the user to fix.
    """
    if raw is None or raw == "" or raw == [] or raw == {}:
        return None
    kind = spec.kind
    label = spec.label
    if kind == "text":
        return _text(raw, label, normalize_text)
    if kind in ("line", "choice"):
        return _text(raw, label, normalize_line)
    if kind in ("integer", "money"):
        if isinstance(raw, bool) or not isinstance(raw, int):
            if isinstance(raw, float) and raw.is_integer():
                return int(raw)
            raise ValueError_(f"{label}: cần một số nguyên")
        return raw
    if kind == "percent":
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise ValueError_(f"{label}: cần một số")
        return float(raw)
    if kind == "yesno":
        if not isinstance(raw, bool):
            raise ValueError_(f"{label}: cần Có hoặc Không")
        return raw
    if kind == "date":
        return _date(raw, label)
    if kind == "docref":
        if not isinstance(raw, dict) or set(raw) - {"number", "date"}:
            raise ValueError_(f"{label}: cần số, ký hiệu và ngày văn bản")
        number = normalize_line(str(raw.get("number") or ""))
        day = _date(raw["date"], label) if raw.get("date") else None
        return {"number": number, "date": day} if number or day else None
    if kind == "table":
        assert isinstance(spec, TemplateField)
        if not isinstance(raw, list):
            raise ValueError_(f"{label}: cần danh sách các dòng")
        rows = []
        columns = {c.key: c for c in spec.columns}
        for index, row in enumerate(raw, start=1):
            if not isinstance(row, dict):
                raise ValueError_(f"{label}, dòng {index}: cần một đối tượng")
            unknown = set(row) - set(columns)
            if unknown:
                raise ValueError_(f"{label}, dòng {index}: cột không có trong mẫu: {', '.join(sorted(unknown))}")
            rows.append({key: coerce_value(col, row.get(key)) for key, col in columns.items()})
        return rows
    raise ValueError_(f"{label}: kiểu trường không biết '{kind}'")


def _text(raw: Any, label: str, normalizer: Any) -> str | None:
    if not isinstance(raw, str):
        raise ValueError_(f"{label}: cần văn bản")
    value = normalizer(raw)
    return value if value.strip() else None


def _date(raw: Any, label: str) -> str:
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if not isinstance(raw, str):
        raise ValueError_(f"{label}: cần ngày dạng YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(raw.strip()).isoformat()
    except ValueError:
        raise ValueError_(f"{label}: '{raw}' không phải ngày hợp lệ (YYYY-MM-DD)") from None


def is_filled(spec: TemplateField, value: Any) -> bool:
    if value is None:
        return False
    if spec.kind == "docref":
        return bool(value.get("number")) and bool(value.get("date"))
    if spec.kind == "table":
        return len(value) > 0
    return True


def is_required(spec: TemplateField, values: dict[str, Any]) -> bool:
    """Required outright, or because the yes/no field it depends on is answered 'yes'."""
    if spec.required:
        return True
    return spec.required_if is not None and values.get(spec.required_if) is True


def missing_required(template: Template, values: dict[str, Any]) -> list[TemplateField]:
    return [
        f
        for f in template.iter_fields()
        if not f.is_computed and is_required(f, values) and not is_filled(f, values.get(f.key))
    ]


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


def _fields_under(section: Any) -> list[TemplateField]:
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
