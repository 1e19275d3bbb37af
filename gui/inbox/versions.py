"""Reading values made with another template version into the current one; what does not fit is kept and named."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gui.core import template as templates
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.kinds import kind_of
from gui.core.template import Column, Template, TemplateError, TemplateField
from gui.core.values import ValueError_, coerce_value

# (old kind, new kind) pairs whose values carry over unchanged in meaning; the value must still coerce.
_COMPATIBLE = frozenset({("integer", "money"), ("money", "integer"), ("line", "text"), ("choice", "line")})


@dataclass(frozen=True, kw_only=True)
class Unmatched:
    """A value of the report that has no place in the current template, with why; shown, never dropped."""

    key: str
    label: str
    value: Any
    why: str

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "value": self.value, "why": self.why}


def current_template() -> Template:
    """The template the app consolidates into (looked up on each call, so tests can stand in a newer one)."""
    return templates.active_template()


def known_template(template_id: str, version: int) -> Template | None:
    """The template a report was made with, when this app ships it; None when it does not."""
    try:
        return templates.template_for(template_id, version)
    except TemplateError:
        return None


def compatible(old_kind: str, new_kind: str) -> bool:
    return old_kind == new_kind or (old_kind, new_kind) in _COMPATIBLE


def read_into(
    current: Template, values: dict[str, Any], source: Template | None
) -> tuple[dict[str, Any], list[Unmatched]]:
    """The values that fit `current` (same key, compatible kind, a value of the right shape) and the rest.

    `source` is the template the values were made with, when known: it names the fields and tells their kinds.
    Without it, a value fits when the current field with its key accepts it.
    """
    fields = current.field_map()
    old_fields = source.field_map() if source is not None else {}
    matched: dict[str, Any] = {}
    unmatched: list[Unmatched] = []
    for key, value in values.items():
        if value is None:
            continue
        old = old_fields.get(key)
        label = old.label if old is not None else (fields[key].label if key in fields else key)
        spec = fields.get(key)
        if spec is None:
            unmatched.append(
                Unmatched(key=key, label=label, value=value, why=translate("Inbox", "không có trong mẫu hiện hành"))
            )
            continue
        if spec.is_computed:
            if old is None or not old.is_computed:
                unmatched.append(
                    Unmatched(
                        key=key, label=label, value=value, why=translate("Inbox", "mẫu hiện hành tự tính trường này")
                    )
                )
            continue
        if old is not None and not compatible(old.kind, spec.kind):
            unmatched.append(Unmatched(key=key, label=label, value=value, why=_other_kind(old.kind, spec.kind)))
            continue
        if kind_of(spec).has_columns:
            rows, dropped = _read_table(current, spec, old, value)
            if rows is None:
                unmatched.append(
                    Unmatched(
                        key=key,
                        label=label,
                        value=value,
                        why=translate("Inbox", "bảng không đọc được theo mẫu hiện hành"),
                    )
                )
                continue
            if rows:
                matched[key] = rows
            unmatched.extend(dropped)
            continue
        try:
            coerced = coerce_value(spec, value)
        except ValueError_ as error:
            unmatched.append(Unmatched(key=key, label=label, value=value, why=str(error)))
            continue
        if _unknown_choice(current, spec, coerced):
            unmatched.append(Unmatched(key=key, label=label, value=value, why=translate("Inbox", _UNKNOWN_CHOICE)))
        elif coerced is not None:
            matched[key] = coerced
    return matched, unmatched


_UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("Inbox", "lựa chọn không có trong danh sách của mẫu hiện hành")


def _other_kind(old: str, new: str) -> str:
    return translate("Inbox", "kiểu khác: {old} → {new}").format(old=old, new=new)


def _unknown_choice(current: Template, spec: TemplateField | Column, value: Any) -> bool:
    """A choice the report's template offered that the current one does not: it cannot be consolidated as is."""
    if not kind_of(spec).has_choices or spec.choices is None or value is None:
        return False
    return value not in {choice.value for choice in current.choices.get(spec.choices, ())}


def _read_table(
    current: Template, spec: TemplateField, old: TemplateField | None, rows: Any
) -> tuple[list[dict[str, Any]] | None, list[Unmatched]]:
    """Rows with the columns the current table has; each dropped column kept as one entry with its values.

    A cell holding a choice the current template no longer offers is left empty in its row and listed, with the
    other such cells of its column, as one entry.
    """
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        return None, []
    columns = {c.key: c for c in spec.columns}
    old_columns: dict[str, Column] = {c.key: c for c in old.columns} if old is not None else {}
    dropped: dict[str, tuple[str, str]] = {}
    for row in rows:
        for key in row:
            if key in dropped:
                continue
            label = old_columns[key].label if key in old_columns else key
            if key not in columns:
                dropped[key] = (label, translate("Inbox", "cột không có trong mẫu hiện hành"))
            elif key in old_columns and not compatible(old_columns[key].kind, columns[key].kind):
                dropped[key] = (label, _other_kind(old_columns[key].kind, columns[key].kind))
    out = []
    unknown: dict[str, list[Any]] = {}
    for row in rows:
        kept = {k: v for k, v in row.items() if k not in dropped}
        try:
            cells = {key: coerce_value(col, kept.get(key)) for key, col in columns.items()}
        except ValueError_:
            return None, []
        for key, col in columns.items():
            if _unknown_choice(current, col, cells[key]):
                unknown.setdefault(key, []).append(cells[key])
                cells[key] = None
        out.append(cells)
    extra = [
        Unmatched(
            key=f"{spec.key}.{key}",
            label=f"{spec.label} — {columns[key].label}",
            value=values,
            why=translate("Inbox", _UNKNOWN_CHOICE),
        )
        for key, values in unknown.items()
    ]
    for column_key, (label, why) in dropped.items():
        column_values = [row.get(column_key) for row in rows]
        if any(v is not None for v in column_values):
            extra.append(
                Unmatched(key=f"{spec.key}.{column_key}", label=f"{spec.label} — {label}", value=column_values, why=why)
            )
    return out, extra
