"""The rules that tie several fields together, said once above their group, in a space that never changes size.

A rule such as "the channels add up to the total" is stated in grey above its first field and turns red, with the
numbers, once the user leaves the group or pauses (the editor decides when). Its room is reserved for the longest
message it can show, so the fields below never move while someone types.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.core.i18n import pick

if TYPE_CHECKING:
    from gui.core.template import Rule

# What a broken rule's message can add to its sentence (gui.core.validation._check_rule), at its longest.
_LONGEST_DETAIL = " (cộng các phần: 999.999.999.999, tổng số: 999.999.999.999; 4 ô để trống được tính là 0)."


class RuleBanner(QWidget):
    """One line per rule: its statement, or its message with the numbers when the values break it."""

    def __init__(self, rules: Iterable[Rule], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.rules = list(rules)
        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        for rule in self.rules:
            label = QLabel(self)
            label.setObjectName("ruleLine")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(label)
            self.labels[rule.key] = label
        self.broken: dict[str, str] = {}
        self.show_broken({})

    def statement(self, rule: Rule) -> str:
        return self.tr("Quy tắc: {rule}").format(rule=pick(rule.message, rule.message_en))

    def show_broken(self, broken: dict[str, str]) -> None:
        """`broken`: rule key → the message to show (with its numbers); the other rules show their statement."""
        self.broken = dict(broken)
        for rule in self.rules:
            label = self.labels[rule.key]
            message = broken.get(rule.key)
            text = f"⚠ {message}" if message else self.statement(rule)
            state = "broken" if message else ""
            if label.property("state") != state:
                label.setProperty("state", state)
                label.style().unpolish(label)
                label.style().polish(label)
            if label.text() != text:
                label.setText(text)
        self._reserve()

    def _reserve(self) -> None:
        """Each line as tall as the longest text it may ever hold at the current width."""
        for rule in self.rules:
            label = self.labels[rule.key]
            width = label.width()
            if width < 40:
                continue
            metrics = label.fontMetrics()
            worst = f"⚠ {pick(rule.message, rule.message_en).rstrip('.')}{_LONGEST_DETAIL}"
            texts = (worst, self.statement(rule), label.text())
            flags = int(Qt.TextFlag.TextWordWrap)
            height = max(metrics.boundingRect(QRect(0, 0, width, 100000), flags, t).height() for t in texts)
            if label.minimumHeight() != height:
                label.setMinimumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reserve()
