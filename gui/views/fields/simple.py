"""Text, one-line, choice and yes/no fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from gui.core.i18n import pick
from gui.views.fields.base import FieldEditor, choice_items, help_tr, length_limit, parse, refusal_message


class GrowingPlainTextEdit(QPlainTextEdit):
    """A plain-text box that grows with its text (from 3 to 18 lines) so the form, not the box, scrolls."""

    MIN_LINES = 3
    MAX_LINES = 18

    refused = Signal(int)  # an insertion refused because the text would grow to this many characters

    def __init__(self, parent: QWidget | None = None, limit: int | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit)
        self._fit()

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Word puts HTML and RTF on the clipboard; only its text may enter the report.
        if source.hasText() and self._fits(source.text()):
            self.insertPlainText(source.text())

    def _fits(self, inserted: str) -> bool:
        """Whether replacing the selection by `inserted` keeps the text within the limit; says so when not."""
        if self.limit is None or not inserted:
            return True
        cursor = self.textCursor()
        length = len(self.toPlainText()) - len(cursor.selectedText()) + len(inserted)
        if length <= self.limit:
            return True
        self.refused.emit(length)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text.isprintable() and not self._fits(text):
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString() and not self._fits(event.commitString()):
            event.accept()
            return
        super().inputMethodEvent(event)

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

    kinds = ("text",)

    @classmethod
    def accepts(cls, spec: Any, template: Any) -> str:
        return super().accepts(spec, template) + help_tr(" Enter xuống dòng; Tab sang mục sau.")

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.limit = length_limit(spec)
        self.edit = GrowingPlainTextEdit(self, self.limit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self._emit_edited)
        self.edit.refused.connect(lambda length: self.problem.emit(refusal_message(self, length, self.limit)))
        self._watch_focus(self.edit)

    def value(self) -> Any:
        return parse(self.spec, self.edit.toPlainText())

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(value or "")

    def focus_widget(self) -> QWidget:
        return self.edit

    def _apply_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class LineField(FieldEditor):
    """One line of text."""

    kinds = ("line",)

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        # No setMaxLength: Qt would cut a long paste silently. An edit past the limit is refused whole, and said so.
        self.limit = length_limit(spec)
        self._accepted = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        max_length = getattr(spec, "max_length", None)
        if max_length and max_length <= 50:  # a number or a symbol: a short box reads as such
            self.edit.setMaximumWidth(260)
            layout.addStretch(1)
        self.edit.textEdited.connect(self._on_text_edited)
        self._watch_focus(self.edit)

    def _on_text_edited(self, text: str) -> None:
        if len(text) > self.limit and len(text) > len(self._accepted):
            cursor = self.edit.cursorPosition() - (len(text) - len(self._accepted))
            self.edit.setText(self._accepted)
            self.edit.setCursorPosition(max(0, cursor))
            self.problem.emit(refusal_message(self, len(text), self.limit))
            return
        self._accepted = text
        self._emit_edited()

    def value(self) -> Any:
        return parse(self.spec, self.edit.text())

    def _show(self, value: Any) -> None:
        self._accepted = "" if value is None else str(value)
        self.edit.setText(self._accepted)
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
    kinds = ("yesno",)

    @classmethod
    def accepts(cls, spec: Any, template: Any) -> str:
        return help_tr("Chọn Có hoặc Không: gõ C hoặc K, hoặc dùng phím mũi tên.")

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, [(self.tr("Có"), True), (self.tr("Không"), False)], parent)

    def _show(self, value: Any) -> None:
        self.combo.setCurrentIndex({None: 0, True: 1, False: 2}.get(value, 0))


class ChoiceField(_ComboField):
    kinds = ("choice",)

    def __init__(self, spec: Any, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(spec, choices, parent)

    @classmethod
    def for_spec(cls, spec: Any, template: Any, parent: QWidget | None = None) -> FieldEditor:
        return cls(spec, choice_items(template, spec.choices), parent)

    @classmethod
    def accepts(cls, spec: Any, template: Any) -> str:
        options = template.choices.get(spec.choices or "", ()) if template is not None else ()
        if not options:
            return help_tr("Chọn trong danh sách; gõ chữ cái đầu hoặc dùng phím mũi tên.")
        names = ", ".join(pick(o.label, o.label_en) for o in options)
        return help_tr("Chọn trong danh sách: {names}. Gõ chữ cái đầu hoặc dùng phím mũi tên.").format(names=names)


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


__all__ = ["ChoiceField", "GrowingPlainTextEdit", "LineField", "TextField", "YesNoField", "separator"]
