"""One widget class per template field kind, and the factory that picks it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

# The widget modules register their classes by the kinds they edit (FieldEditor.kinds) as they are imported.
from gui.views.fields import dates, numeric, simple, table
from gui.views.fields.base import FieldEditor, InputError, choice_items


def create_field(spec: Any, template: Any, parent: QWidget | None = None) -> FieldEditor:
    """The editing widget for a template field (or a header pseudo-field of the same shape)."""
    editor = FieldEditor.editor_for(spec.kind)
    if editor is None:
        raise ValueError(f"unknown field kind {spec.kind!r}")
    return editor.for_spec(spec, template, parent)


__all__ = ["FieldEditor", "InputError", "choice_items", "create_field", "dates", "numeric", "simple", "table"]
