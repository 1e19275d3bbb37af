"""The editor's find box: "so can bo" finds "Số cán bộ" (no case, no diacritics); each label listed with its
section, Enter goes to the best match. What matches is EditorState.find_fields; this module is the list and box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from gui.core.text import fold_search
from gui.views.editor.state import EditorState


class FoldingCompleter(QCompleter):
    """Matches what is typed against labels without case or diacritics: 'so can bo' finds 'Số cán bộ'."""

    FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
    KEY_ROLE = Qt.ItemDataRole.UserRole + 2
    LABEL_ROLE = Qt.ItemDataRole.UserRole + 3
    MIN_WIDTH = 640  # the list shows each label and its section in full; the find box is narrower

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionRole(self.FOLDED_ROLE)
        self.setMaxVisibleItems(12)
        self._placing = False
        popup = self.popup()
        assert popup is not None  # a QCompleter makes its popup when asked for it
        popup.installEventFilter(self)

    def splitPath(self, path: str) -> list[str]:
        return [fold_search(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(self.LABEL_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """QCompleter sizes its list to the find box; widen it, keeping its right edge under the box's."""
        if watched is self.popup() and event.type() in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.Move):
            self._place_popup()
        return super().eventFilter(watched, event)

    def _place_popup(self) -> None:
        box = self.widget()
        popup = self.popup()
        if self._placing or box is None or popup is None:
            return
        metrics = popup.fontMetrics()
        model = self.completionModel()
        widest = max(
            (metrics.horizontalAdvance(str(model.index(i, 0).data())) for i in range(model.rowCount())), default=0
        )
        width = max(box.width(), min(widest + 48, 1000), self.MIN_WIDTH)
        window = box.window().geometry()
        right = box.mapToGlobal(box.rect().bottomRight()).x()
        left = max(window.left(), right - width)
        self._placing = True
        try:
            popup.setGeometry(left, popup.geometry().top(), min(width, window.width()), popup.geometry().height())
        finally:
            self._placing = False



class Finder(QObject):
    """The find box's list (every field, "label  —  section") and its Enter. `found(key)` asks to go to a field;
    `status(text)` says nothing was found."""

    found = Signal(str)
    status = Signal(str)

    def __init__(self, box: QLineEdit, state: EditorState, parent: QWidget) -> None:
        super().__init__(parent)
        self.box = box
        self.state = state
        model = QStandardItemModel(self)
        for key, label in ((k, state.labels[k]) for k in state.field_section):
            # Many fields share a label ("Kết quả thực hiện" in six sections): each shows where it is.
            item = QStandardItem(f"{label}  —  {state.section_title(state.field_section[key])}")
            item.setData(label, FoldingCompleter.LABEL_ROLE)
            item.setData(fold_search(label), FoldingCompleter.FOLDED_ROLE)
            item.setData(key, FoldingCompleter.KEY_ROLE)
            model.appendRow(item)
        self.model = model
        # The editor's, not the box's: with the box as its parent, a field saw a focus-out after the editor was gone.
        completer = FoldingCompleter(parent)
        completer.setModel(model)
        completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]  # PySide's stubs do not type a signal's overloads
        box.setCompleter(completer)
        self.completer = completer
        box.returnPressed.connect(self._find_first)

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(FoldingCompleter.KEY_ROLE)
        if key:
            QTimer.singleShot(0, self, lambda: self.found.emit(key))

    def _find_first(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer's own activation handles it
        keys = self.state.find_fields(self.box.text())
        if keys:
            self.found.emit(keys[0])
        else:
            self.status.emit(self.tr("Không tìm thấy mục nào có tên “{text}”.").format(text=self.box.text()))
