"""Whole numbers and money (shown 1.234.567, pasted '1 234 567' accepted), typed and computed percentages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from gui.core.i18n import pick
from gui.core.numbers import NumberFormatError, format_int, format_percent, parse_int
from gui.views.fields.base import FieldEditor, parse


class _NumberEdit(FieldEditor):
    """A right-aligned line with its unit after it: what whole numbers, money and percentages share."""

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setMaximumWidth(self._width())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        unit = self._unit()
        if unit:
            layout.addWidget(QLabel(unit, self))
        layout.addStretch(1)
        self.edit.textEdited.connect(self._emit_edited)
        self._watch_focus(self.edit)

    def _width(self) -> int:
        return 140

    def _unit(self) -> str:
        return pick(getattr(self.spec, "unit", ""), getattr(self.spec, "unit_en", ""))

    def value(self) -> Any:
        return parse(self.spec, self.edit.text())

    def focus_widget(self) -> QWidget:
        return self.edit

    def _apply_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class IntegerField(_NumberEdit):
    """A whole count or an amount in đồng: grouped when shown, plain digits while the user edits."""

    kinds = ("integer", "money")

    def _width(self) -> int:
        return 200 if self.spec.kind == "money" else 140

    def _unit(self) -> str:
        unit = super()._unit()
        return unit or (self.tr("đồng") if self.spec.kind == "money" else "")

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else format_int(int(value)))

    def _on_focus_in(self) -> None:
        # Editing "1.234" into "12.345" must not leave a half-grouped "1.2345", so the digits go bare.
        self._rewrite(str)

    def _on_focus_out(self) -> None:
        self._rewrite(format_int)

    def _rewrite(self, show: Callable[[int], str]) -> None:
        """Show the number typed in another form, without that counting as an edit; unreadable text stays."""
        try:
            number = parse_int(self.edit.text())
        except NumberFormatError:
            return
        self._loading = True
        try:
            self.edit.setText(show(number))
        finally:
            self._loading = False


class PercentField(_NumberEdit):
    """A typed percentage (83,5). Computed ones use ComputedPercentField instead."""

    kinds = ("percent",)

    @classmethod
    def for_spec(cls, spec: Any, template: Any, parent: QWidget | None = None) -> FieldEditor:
        return ComputedPercentField(spec, parent) if spec.is_computed else cls(spec, parent)

    def _width(self) -> int:
        return 120

    def _unit(self) -> str:
        return "%"

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else format_percent(float(value)))


class ComputedPercentField(FieldEditor):
    """A ratio computed from two other fields, recomputed as they are typed; never typed itself."""

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.display = QLabel("—", self)
        self.display.setObjectName("computedValue")
        self.display.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.display.setToolTip(self.tr("Tự động tính, không cần nhập"))
        self._value: float | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        hint = QLabel(self.tr("(tự động tính)"), self)
        hint.setObjectName("fieldHint")
        layout.addWidget(hint)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def value(self) -> Any:
        return self._value

    def _show(self, value: Any) -> None:
        self._value = None if value is None else float(value)
        self.display.setText("—" if value is None else f"{format_percent(float(value))} %")

    def focus_chain(self) -> list[QWidget]:
        return []

    def _apply_read_only(self, read_only: bool) -> None:
        pass
