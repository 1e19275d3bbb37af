"""Whole numbers and money (shown 1.234.567, pasted '1 234 567' accepted), typed and computed percentages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from gui.core.i18n import pick
from gui.core.kinds import kind_of
from gui.core.numbers import NumberFormatError, format_int, format_number, format_percent, parse_int
from gui.views.fields.base import FieldEditor, help_tr, parse


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

    @classmethod
    def accepts(cls, spec: Any, template: Any) -> str:
        low = getattr(spec, "min", None)
        low = 0 if low is None else low
        high = getattr(spec, "max", None)
        what = help_tr("Số tiền (đồng)") if spec.kind == "money" else help_tr("Số nguyên")
        if high is not None:
            text = help_tr("{what} từ {low} đến {high}").format(
                what=what, low=format_number(low), high=format_number(high)
            )
        else:
            text = help_tr("{what} không nhỏ hơn {low}").format(what=what, low=format_number(low))
        # The example stays within the field's own limit (not 1.234.567 for a field that stops at 100.000).
        sample = next((n for n in (1234567, 12345, 1234, 123, 12) if high is None or n <= high), None)
        if sample is None:
            return text + "."
        return text + help_tr("; có thể gõ {typed} hoặc dán {pasted} từ Excel.").format(
            typed=format_number(sample), pasted=format_number(sample).replace(".", " ")
        )

    def _width(self) -> int:
        return 200 if self.spec.kind == "money" else 140

    def _unit(self) -> str:
        return super()._unit() or pick(*kind_of(self.spec).unit)

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
    def accepts(cls, spec: Any, template: Any) -> str:
        if getattr(spec, "is_computed", False):
            return help_tr("Tự động tính từ các chỉ tiêu khác, không cần nhập.")
        return help_tr("Tỷ lệ phần trăm, phần thập phân sau dấu phẩy (ví dụ 83,5).")

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
