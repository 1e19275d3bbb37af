"""F1: the help of the field being typed in — its label, help text, what it accepts, its target and its rules."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from gui.core.demo import DEMO_VALUES
from gui.core.i18n import QT_TRANSLATE_NOOP, help_of, label_of, pick
from gui.core.kinds import kind_of
from gui.views.fields import FieldEditor

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent

    from gui.core.header import HeaderSpec
    from gui.core.template import Column, Template, TemplateField


# The popup's fixed words, marked for the catalog here and translated where shown (_t).
REQUIRED = QT_TRANSLATE_NOOP("FieldHelp", "(bắt buộc)")
HOW_TO_TYPE = QT_TRANSLATE_NOOP("FieldHelp", "Cách nhập:")
TARGET = QT_TRANSLATE_NOOP("FieldHelp", "Chỉ tiêu:")
RULE = QT_TRANSLATE_NOOP("FieldHelp", "Quy tắc:")
COLUMN = QT_TRANSLATE_NOOP("FieldHelp", "Cột")
CLOSE_HINT = QT_TRANSLATE_NOOP("FieldHelp", "Esc hoặc F1 để đóng.")
UNIT = QT_TRANSLATE_NOOP("FieldHelp", "Đơn vị: {unit}.")


def _t(text: str) -> str:
    return QCoreApplication.translate("FieldHelp", text)


def allowed_text(spec: TemplateField | Column | HeaderSpec, template: Template) -> str:
    """What the field accepts, in a sentence: 'Số nguyên từ 0 đến 10.000.000 (vụ việc).' Each kind's widget says."""
    editor = FieldEditor.editor_for(spec.kind) or FieldEditor
    text = editor.accepts(spec, template)
    unit = pick(getattr(spec, "unit", ""), getattr(spec, "unit_en", ""))
    if unit and kind_of(spec).numeric:
        text += " " + _t(UNIT).format(unit=unit)
    return text


class FieldHelpPopup(QFrame):
    """A small window beside the field; Esc, F1 or a click elsewhere closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("fieldHelpPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#fieldHelpPopup { background: #fffdf5; border: 1px solid #c9b46b; }QLabel { color: #1f2a37; }"
        )
        self.text = QLabel(self)
        self.text.setObjectName("fieldHelpText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setFixedWidth(420)
        self.anchor: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.text)

    def show_for(self, spec: TemplateField | Column | HeaderSpec, template: Template, rules: list[str], anchor: QWidget, column: Column | None = None) -> None:
        self.anchor = anchor
        self.text.setText(help_html(spec, template, rules, column))
        self.adjustSize()
        where = anchor.mapToGlobal(QPoint(0, anchor.height() + 4))
        screen = anchor.screen().availableGeometry() if anchor.screen() is not None else None
        if screen is not None:
            where.setX(max(screen.left(), min(where.x(), screen.right() - self.width())))
            if where.y() + self.height() > screen.bottom():
                where.setY(anchor.mapToGlobal(QPoint(0, 0)).y() - self.height() - 4)
        self.move(where)
        self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # The typing goes on where it was: the window and the field get the keyboard back (some platforms,
        # offscreen among them, leave a closed popup as the active window otherwise).
        anchor = getattr(self, "anchor", None)
        if anchor is not None:
            anchor.window().activateWindow()
            anchor.setFocus(Qt.FocusReason.PopupFocusReason)


EXAMPLE_LENGTH = 260  # characters of the sample report's text: enough to show the tone, short enough to read


def example_text(spec: TemplateField | Column | HeaderSpec) -> str:
    """What a written field looks like filled in: the start of the sample report's text for it ('' for numbers,
    lists and fields the sample leaves empty)."""
    if not kind_of(spec).free_text:
        return ""
    value = DEMO_VALUES.get(spec.key)
    if not isinstance(value, str) or not value.strip():
        return ""
    text = " ".join(value.split())
    if len(text) <= EXAMPLE_LENGTH:
        return text
    cut = text[:EXAMPLE_LENGTH].rsplit(" ", 1)[0]
    return cut + " …"


def help_html(spec: TemplateField | Column | HeaderSpec, template: Template, rules: list[str], column: Column | None = None) -> str:
    """The popup's text: label (required mark), help, what is accepted, target, rules; a table's current column."""
    e = html.escape
    parts = [f"<b>{e(label_of(spec))}</b>"]
    if getattr(spec, "required", False):
        parts[0] += " " + e(_t(REQUIRED))
    help_text = help_of(spec)
    if help_text:
        parts.append(e(help_text))
    parts.append(f"<i>{e(_t(HOW_TO_TYPE))}</i> {e(allowed_text(spec, template))}")
    example = example_text(spec)
    if example:
        said = QCoreApplication.translate("FieldHelp", "Ví dụ (trích báo cáo mẫu):")
        parts.append(f"<i>{e(said)}</i> “{e(example)}”")
    target = pick(getattr(spec, "target", ""), getattr(spec, "target_en", ""))
    if target:
        parts.append(f"<i>{e(_t(TARGET))}</i> {e(target)}")
    for rule in rules:
        parts.append(f"<i>{e(_t(RULE))}</i> {e(rule)}")
    if column is not None:
        line = f"<b>{e(_t(COLUMN))} “{e(label_of(column))}”</b>"
        if getattr(column, "required", False):
            line += " " + e(_t(REQUIRED))
        parts.append(line)
        if help_of(column):
            parts.append(e(help_of(column)))
        parts.append(f"<i>{e(_t(HOW_TO_TYPE))}</i> {e(allowed_text(column, template))}")
    parts.append(f"<span style='color:#6b7280'>{e(_t(CLOSE_HINT))}</span>")
    return "<br><br>".join(parts)
