"""Text, one-line, choice and yes/no fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from gui.views.fields.base import FieldEditor


class GrowingPlainTextEdit(QPlainTextEdit):
    """A plain-text box that grows with its text (from 3 to 18 lines) so the form, not the box, scrolls."""

    MIN_LINES = 3
    MAX_LINES = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit)
        self._fit()

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Word puts HTML and RTF on the clipboard; only its text may enter the report.
        if source.hasText():
            self.insertPlainText(source.text())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self, *_args: Any) -> None:
        # Wrapped lines are measured with the font at the viewport's width: QPlainTextEdit lays out lazily,
        # so its own document size is not known for text that has not been shown yet.
        metrics = QFontMetrics(self.font())
        width = max(50, self.viewport().width() - int(self.document().documentMargin() * 2) - 4)
        text = self.toPlainText() or " "
        rect = metrics.boundingRect(QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text)
        line_height = metrics.lineSpacing()
        lines = max(self.MIN_LINES, min(self.MAX_LINES, round(rect.height() / line_height) + 1))
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom() + 2
        height = lines * line_height + frame
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


class TextField(FieldEditor):
    """Narrative text: several paragraphs, plain text only."""

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = GrowingPlainTextEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self._emit_edited)
        self._watch_focus(self.edit)

    def value(self) -> Any:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(value or "")

    def focus_widget(self) -> QWidget:
        return self.edit

    def _apply_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class LineField(FieldEditor):
    """One line of text."""

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        max_length = getattr(spec, "max_length", None)
        if max_length:
            self.edit.setMaxLength(max_length)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        if max_length and max_length <= 50:  # a number or a symbol: a short box reads as such
            self.edit.setMaximumWidth(260)
            layout.addStretch(1)
        self.edit.textEdited.connect(self._emit_edited)
        self._watch_focus(self.edit)

    def value(self) -> Any:
        text = self.edit.text()
        return text if text.strip() else None

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)

    def focus_widget(self) -> QWidget:
        return self.edit

    def _apply_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class _ComboField(FieldEditor):
    """A drop-down list of (label, value) items whose first item, '—', means not answered."""

    def __init__(self, spec: Any, items: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        self.combo.addItem("—", None)
        for label, value in items:
            self.combo.addItem(label, value)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._emit_edited)
        self.combo.currentIndexChanged.connect(self._emit_committed)

    def value(self) -> Any:
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        if index < 0:  # a value the list no longer offers stays visible rather than being lost
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def focus_widget(self) -> QWidget:
        return self.combo

    def _apply_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)


class YesNoField(_ComboField):
    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, [(self.tr("Có"), True), (self.tr("Không"), False)], parent)

    def _show(self, value: Any) -> None:
        self.combo.setCurrentIndex({None: 0, True: 1, False: 2}.get(value, 0))


class ChoiceField(_ComboField):
    def __init__(self, spec: Any, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(spec, choices, parent)


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


__all__ = ["ChoiceField", "GrowingPlainTextEdit", "LineField", "TextField", "YesNoField", "separator"]
