"""A field on the form: its label (with * when required and its target), its widget, a help line and a message
line whose room is kept, so nothing below moves while someone types; and the form's own marks (FORM_STYLE)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from gui.core.i18n import help_of, label_of, pick
from gui.core.kinds import kind_of
from gui.core.parsing import parse_input
from gui.core.targets import misses_target
from gui.views.fields import FieldEditor, InputError

if TYPE_CHECKING:
    from gui.core.header import HeaderSpec
    from gui.core.template import TemplateField

# The marks of a field with a problem; a local style so the form owns its look (the app sheet is elsewhere).
FORM_STYLE = """
QWidget#fieldRow[problem="error"] { background: #fdf1f0; border-left: 3px solid #c0392b; }
QWidget#fieldRow[problem="warning"] { background: #fff8e6; border-left: 3px solid #d49b00; }
QWidget#fieldRow[problem="error"] QLineEdit, QWidget#fieldRow[problem="error"] QPlainTextEdit {
    border: 1px solid #c0392b; background: #fffafa;
}
QWidget#fieldRow[problem="warning"] QLineEdit, QWidget#fieldRow[problem="warning"] QPlainTextEdit {
    border: 1px solid #d49b00;
}
QLabel#fieldMessage { color: #b3261e; font-size: 9pt; }
QWidget#ruleBanner { background: #f4f6f9; border-left: 3px solid #9aa5b1; }
QLabel#ruleLine { color: #5f6b7a; font-size: 9pt; }
QLabel#ruleLine[state="broken"] { color: #b3261e; }
QLabel#fieldMessage[severity="warning"] { color: #8a5a00; }
QLabel#saveBanner {
    background: #fdecea; color: #7f1d1d; border: 1px solid #e6a39c; border-radius: 3px; padding: 6px 10px;
}
QLabel#lifeBanner {
    background: #fff8e6; color: #5c3d00; border: 1px solid #e3c27a; border-radius: 3px; padding: 6px 10px;
}
QLabel#fieldTarget[state="missed"] { color: #8a5a00; background: #fff3cd; border-radius: 3px; padding: 0 4px; }
QLabel#lifeStatus { color: #3d4a5c; border: 1px solid #c5ccd6; border-radius: 9px; padding: 1px 8px; }
QLabel#lifeStatus[stale="true"] { color: #7a4b00; background: #fff3cd; border-color: #e3c27a; }
"""


def _unreadable_message(spec: Any) -> str:
    """What a typed field says of text it cannot read; "" for a field picked from a list, computed or free text."""
    kind = kind_of(spec)
    if kind.picked or kind.has_columns or kind.free_text or getattr(spec, "is_computed", False):
        return ""
    try:
        parse_input(spec, "?" * 16)  # as long as a mistyped amount or date gets
    except InputError as error:
        return pick(error.message, error.message_en)
    return ""


class FieldRow(QWidget):
    """A field's label (with * when required and its target), its widget, a help line and a message line."""

    convert_requested = Signal()  # "Chuyển sang Unicode" on text that looks typed in TCVN3 or VNI

    def __init__(self, spec: TemplateField | HeaderSpec, editor: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldRow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.spec = spec
        self.editor = editor
        self.severity = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(3)
        top = QHBoxLayout()
        top.setSpacing(8)
        text = label_of(spec)
        self.label = QLabel(self)
        self.label.setObjectName("fieldLabel")
        self.label.setWordWrap(True)
        required = getattr(spec, "required", False)
        mark = ' <span style="color:#c0392b">*</span>' if required else ""
        self.label.setText(f"{html.escape(text, quote=False)}{mark}")
        self.label.setBuddy(editor.focus_widget())
        top.addWidget(self.label, 1)
        target = pick(getattr(spec, "target", ""), getattr(spec, "target_en", ""))
        self.target_text = target
        self.target_missed = False
        if target:
            self.target = QLabel(self.tr("Chỉ tiêu: {target}").format(target=target), self)
            self.target.setObjectName("fieldTarget")
            self.target.setStyleSheet(FORM_STYLE)
            top.addWidget(self.target, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(editor)
        help_text = help_of(spec)
        if help_text:
            helper = QLabel(help_text, self)
            helper.setObjectName("fieldHelp")
            helper.setWordWrap(True)
            layout.addWidget(helper)
            self.setToolTip(help_text)
            editor.focus_widget().setToolTip(help_text)
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.convert_button = QPushButton(self.tr("Chuyển sang Unicode"), self)
        self.convert_button.setToolTip(
            self.tr("Đổi văn bản gõ bằng phông TCVN3 (ABC) hoặc VNI sang Unicode ngay trong ô này")
        )
        self.convert_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.convert_button.hide()
        self.convert_button.clicked.connect(self.convert_requested)
        # The message's room is kept while it is empty, so the fields below never move as it comes and goes.
        self.message_area = QWidget(self)
        bottom = QHBoxLayout(self.message_area)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.convert_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message_area)
        self._may_convert = kind_of(spec).free_text
        self._likely = _unreadable_message(spec)
        self._reserved_width = -1
        self._reserve_message_room()

    def set_state(self, severity: str, lines: list[str], legacy: bool) -> None:
        """Mark the row ('error', 'warning' or ''), show its messages, offer the Unicode conversion."""
        text = "\n".join(dict.fromkeys(lines))
        if severity != self.severity:
            self.severity = severity
            self.setProperty("problem", severity)
            self.message.setProperty("severity", "warning" if severity == "warning" else "error")
            for widget in (self, self.message, *self.findChildren(QLineEdit), *self.editor.focus_chain()):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        if self.message.text() != text:
            self.message.setText(text)
        self._reserve_message_room()
        self.message.setVisible(bool(text))
        self.convert_button.setVisible(legacy)

    def _reserve_message_room(self) -> None:
        """The room a message takes, kept even when there is none: a line, the Unicode button where the field
        takes free text, and what the field says of text it cannot read ("“…” không phải số tiền…", with as
        much text quoted as a mistyped number or date usually has). A longer message widens the room, which then stays so until the
        width changes: nothing jumps back and forth while someone types, and no message is cut."""
        self.message.ensurePolished()
        metrics = self.message.fontMetrics()
        need = metrics.lineSpacing()
        if self._may_convert:
            need = max(need, self.convert_button.sizeHint().height())
        width = self.message_area.width()
        if width != self._reserved_width:  # a new width: the room is measured again
            self._reserved_width = width
            self.message_area.setMinimumHeight(0)
        if width > 40:
            spare = max(width - (self.convert_button.sizeHint().width() + 6 if self._may_convert else 0), 40)
            flags = int(Qt.TextFlag.TextWordWrap)
            for text in (self._likely, self.message.text()):
                if text:
                    need = max(need, metrics.boundingRect(QRect(0, 0, spare, 100000), flags, text).height())
        if need > self.message_area.minimumHeight():
            self.message_area.setMinimumHeight(need)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reserve_message_room()

    def show_target_met(self, value: Any) -> None:
        """A value under the field's own threshold ("≥ 90%") is marked beside the target, as a warning: the
        report may say so, but the reader should see it."""
        if not self.target_text:
            return
        missed = misses_target(self.target_text, value)
        if missed == self.target_missed:
            return
        self.target_missed = missed
        text = self.tr("Chỉ tiêu: {target}").format(target=self.target_text)
        if missed:
            text = self.tr("Chỉ tiêu: {target} — chưa đạt").format(target=self.target_text)
        self.target.setText(text)
        self.target.setProperty("state", "missed" if missed else "")
        self.target.style().unpolish(self.target)
        self.target.style().polish(self.target)
