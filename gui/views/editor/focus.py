"""Where the person is on the form: a field (or a table's cell) brought into view with the keyboard, the last field
remembered (the tree follows it; leaving a rule group judges its rules) and restored when the report opens again,
and F1's help for the field at the cursor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from gui.core.i18n import pick
from gui.views.fields.table import TableField
from gui.views.help_popup import FieldHelpPopup

if TYPE_CHECKING:
    from gui.views.editor.widget import ReportEditor


class FormFocus(QObject):
    def __init__(self, editor: ReportEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.state = editor.state
        self.help_popup: FieldHelpPopup | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._remember)

    def key_of(self, widget: QWidget | None) -> str | None:
        """The field `widget` belongs to, if any."""
        if widget is None:
            return None
        for key, row in self.editor.rows.items():
            if row.isAncestorOf(widget):
                return key
        return None

    def focus_field(self, key: str, row: int | None = None, column: str | None = None) -> bool:
        """Bring a field into view and give it the keyboard; for a table, the cell (row, column key)."""
        editor = self.editor
        field_row = editor.rows.get(key)
        if field_row is None:
            return False
        self.state.last_field = key
        editor.tree_sync.follow_field(key)
        scroll = editor.scroll_area
        scroll.ensureWidgetVisible(field_row, 0, 60)
        widget = field_row.editor.focus_widget()
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            return True
        if isinstance(field_row.editor, TableField) and row is not None:
            view, model = field_row.editor.view, field_row.editor.model
            keys = [c.key for c in model.columns]
            index = model.index(row, keys.index(column) if column in keys else 0)
            if index.isValid():
                view.setCurrentIndex(index)
                view.scrollTo(index)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        QTimer.singleShot(0, scroll, lambda: scroll.ensureWidgetVisible(field_row, 0, 60))
        return True

    def focus_first(self) -> None:
        first = next((w for row in self.editor.rows.values() for w in row.editor.focus_chain()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def back_from_find(self) -> None:
        key = self.state.last_field if self.state.last_field in self.editor.rows else None
        if key is not None:
            self.focus_field(key)
        else:
            self.focus_first()

    def restore(self, key: str | None) -> bool:
        """Focus the field the report was left at, or the first field."""
        if self.editor.read_only:
            return False
        if key in self.editor.rows and self.focus_field(key):
            return True
        first = next(iter(self.editor.rows.values()), None)
        if first is not None:
            first.editor.focus_widget().setFocus()
        return False

    def show_help(self, key: str) -> FieldHelpPopup:
        """F1: the field's label, help, what it accepts, its target and the rules it takes part in."""
        editor = self.editor
        row = editor.rows[key]
        rules = [pick(r.message, r.message_en) for r in editor.template.rules if key in r.operands]
        column = None
        if isinstance(row.editor, TableField) and row.editor.view.currentIndex().isValid():
            column = row.editor.model.columns[row.editor.view.currentIndex().column()]
        if self.help_popup is None:
            self.help_popup = FieldHelpPopup(editor)
        self.help_popup.show_for(row.spec, editor.template, rules, row.editor.focus_widget(), column)
        return self.help_popup

    def _remember(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.editor.isAncestorOf(new):
            return
        key = self.key_of(new)
        if self.state.left_for(key):
            self.editor.checking.judge_rules()
        if key is not None and key != self.state.last_field:
            self.state.last_field = key
            self.editor.tree_sync.follow_field(key)
