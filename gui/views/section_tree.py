"""The editor's list of sections: title, fields filled, problems to fix; long titles wrap instead of ending in "…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QWidget

TITLE_PADDING = 8  # the delegate's text margins, both sides


class _WrappingTitles(QStyledItemDelegate):
    """A title's height for the width its column gives it: QTreeView alone keeps every row one line high."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        depth, parent = 1 if self.tree.rootIsDecorated() else 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.columnWidth(0) - depth * self.tree.indentation() - TITLE_PADDING
        if width <= 0:
            return hint
        text = str(index.data() or "")
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), needed.height() + TITLE_PADDING))


class SectionTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionTree")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Mục"), self.tr("Đã nhập"), self.tr("Cần sửa")])
        self.headerItem().setToolTip(
            2, self.tr("Số lỗi và cảnh báo trong mục (mục chưa nhập xem ở cột Đã nhập); F7 để xem danh sách")
        )
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setItemDelegate(_WrappingTitles(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, header.ResizeMode.ResizeToContents)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Row heights follow the title column's width; one relayout per burst of resizes.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.doItemsLayout)
        header.sectionResized.connect(lambda column, _old, _new: column == 0 and self._relayout.start())
