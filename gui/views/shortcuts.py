"""Keys that must work wherever the focus is in a widget: an event filter that wins over text fields' own bindings.

A QLineEdit on Linux claims Ctrl+E ("end of line") through a ShortcutOverride event, so the window's Ctrl+E
(export) never fires while the cursor is in a field. The filter refuses that claim for the listed keys while the
focus is inside `scope`, and Qt then runs the shortcut as usual.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class ShortcutGuard(QObject):
    """Installed on the application; removed with `scope` (it is the guard's parent)."""

    def __init__(self, scope: QWidget, keys: Iterable[QKeySequence]) -> None:
        super().__init__(scope)
        self.scope = scope
        self.keys = [k for k in keys if not k.isEmpty()]
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def add(self, keys: Iterable[QKeySequence]) -> None:
        self.keys.extend(k for k in keys if not k.isEmpty())

    def matches(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in self.keys)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or not self.scope.isVisible() or not (focus is self.scope or self.scope.isAncestorOf(focus)):
            return False
        if self.matches(event):
            event.ignore()  # not claimed by the text field: the shortcut runs
            return True
        return False
