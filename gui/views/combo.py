"""A drop-down list whose type-ahead ignores accents and case: "dak" or "đắk" both go to "Đắk Lắk"."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

from gui.views.textutil import fold_search

TYPE_AHEAD_MS = 1000  # a pause this long starts a new search, as in Qt's own lists


class TypeAheadComboBox(QComboBox):
    """Typed letters select the first item whose text starts with them (or, failing that, holds them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._clock = QElapsedTimer()
        self.view().installEventFilter(self)

    def search(self, typed: str) -> int:
        """The index the typed text selects, or -1."""
        wanted = fold_search(typed)
        if not wanted.strip():
            return -1
        texts = [fold_search(self.itemText(i)) for i in range(self.count())]
        for i, text in enumerate(texts):
            if self.itemData(i) is not None and any(word.startswith(wanted) for word in [text, *_word_starts(text)]):
                return i
        return next((i for i, text in enumerate(texts) if self.itemData(i) is not None and wanted in text), -1)

    def _type(self, event: QKeyEvent) -> bool:
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        if not self._clock.isValid() or self._clock.elapsed() > TYPE_AHEAD_MS:
            self._typed = ""
        self._clock.restart()
        self._typed += text
        index = self.search(self._typed)
        if index >= 0:
            if self.view().isVisible():
                self.view().setCurrentIndex(self.model().index(index, self.modelColumn()))
            else:
                self.setCurrentIndex(index)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.isEditable() and self._type(event):
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view() and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._type(event)
        return super().eventFilter(watched, event)


def _word_starts(text: str) -> list[str]:
    """'tinh nghe an' → ['nghe an', 'an']: a search may start at any word ("an giang" and "giang")."""
    words = text.split()
    return [" ".join(words[i:]) for i in range(1, len(words))]
