"""One widget class per template field kind, and the factory that picks it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from gui.core.i18n import pick
from gui.views.fields.base import FieldEditor, InputError
from gui.views.fields.dates import DateField, DocRefField
from gui.views.fields.numeric import ComputedPercentField, IntegerField, PercentField
from gui.views.fields.simple import ChoiceField, LineField, TextField, YesNoField
from gui.views.fields.table import TableField


def choice_items(template: Any, list_name: str | None) -> list[tuple[str, str]]:
    return [(pick(c.label, c.label_en), c.value) for c in template.choices.get(list_name or "", ())]


def create_field(spec: Any, template: Any, parent: QWidget | None = None) -> FieldEditor:
    """The editing widget for a template field (or a header pseudo-field of the same shape)."""
    kind = spec.kind
    if kind == "text":
        return TextField(spec, parent)
    if kind == "line":
        return LineField(spec, parent)
    if kind in ("integer", "money"):
        return IntegerField(spec, parent)
    if kind == "percent":
        return ComputedPercentField(spec, parent) if spec.is_computed else PercentField(spec, parent)
    if kind == "yesno":
        return YesNoField(spec, parent)
    if kind == "date":
        return DateField(spec, parent)
    if kind == "docref":
        return DocRefField(spec, parent)
    if kind == "choice":
        return ChoiceField(spec, choice_items(template, spec.choices), parent)
    if kind == "table":
        labels = {c.key: choice_items(template, c.choices) for c in spec.columns if c.kind == "choice"}
        return TableField(spec, labels, parent)
    raise ValueError(f"unknown field kind {kind!r}")


__all__ = ["FieldEditor", "InputError", "create_field"]
