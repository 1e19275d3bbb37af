"""The section tree beside the form, kept in step with it: each section's completion and problems to fix (drawn
from EditorState), the section of the field being worked in selected, and a click on a section scrolls the form."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QScrollArea, QTreeWidgetItem, QWidget

from gui.views.editor.state import HEADER_SECTION, EditorState
from gui.views.section_tree import SectionTree


class TreeSync(QObject):
    """`items` are the tree's rows by section key; `anchors` the form's headings, `rows` its fields."""

    def __init__(
        self,
        tree: SectionTree,
        scroll_area: QScrollArea,
        state: EditorState,
        anchors: Mapping[str, QWidget],
        rows: Mapping[str, QWidget],
    ) -> None:
        super().__init__(tree)
        self.tree = tree
        self.scroll_area = scroll_area
        self.state = state
        self.anchors = anchors
        self.rows = rows
        self.items: dict[str, QTreeWidgetItem] = {}
        self._syncing = False
        for entry in state.sections.values():
            parent = self.items.get(entry.parent) if entry.parent else None
            item = QTreeWidgetItem(parent or tree, [entry.title, "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(0, entry.title)
            self.items[entry.key] = item
        tree.currentItemChanged.connect(self._jump)
        scroll_area.verticalScrollBar().valueChanged.connect(self._follow_scroll)

    def show_completion(self) -> None:
        """"Đã nhập": each section's fields filled, green once all are."""
        for key, item in self.items.items():
            if key not in self.state.completion:
                continue
            done, total = self.state.completion[key]
            item.setText(1, self.state.completion_text(key))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(1, Qt.GlobalColor.darkGreen if done == total else Qt.GlobalColor.darkGray)

    def show_problem_counts(self) -> None:
        """"Cần sửa": each section's errors and warnings, red when one is an error."""
        counts = self.state.problem_counts()
        for key, item in self.items.items():
            n_errors, n_warnings = counts.get(key, (0, 0))
            total = n_errors + n_warnings
            item.setText(2, str(total) if total else "")
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(2, QColor("#c0392b") if n_errors else QColor("#a06a00"))
            item.setToolTip(
                2,
                self.tr("{errors} lỗi, {warnings} cảnh báo").format(errors=n_errors, warnings=n_warnings)
                if total
                else "",
            )

    def follow_field(self, key: str) -> None:
        self.select(self.state.field_section.get(key, HEADER_SECTION))

    def select(self, section_key: str) -> None:
        item = self.items.get(section_key)
        if item is not None and item is not self.tree.currentItem():
            self._syncing = True
            try:
                self.tree.setCurrentItem(item)
            finally:
                self._syncing = False

    def _jump(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if current is None or self._syncing:
            return
        anchor = self.anchors.get(current.data(0, Qt.ItemDataRole.UserRole))
        if anchor is not None:
            self.scroll_area.verticalScrollBar().setValue(anchor.y() - 8)

    def _follow_scroll(self, value: int) -> None:
        """The tree shows the section of the field being worked in while it is on screen, else the top one."""
        current = None
        last = self.state.last_field or ""
        row = self.rows.get(last)
        if row is not None and self._on_screen(row):
            current = self.state.field_section.get(last)
        else:
            for key, anchor in self.anchors.items():
                if anchor.y() - 8 <= value + 40:
                    current = key
        self.select(current or HEADER_SECTION)

    def _on_screen(self, widget: QWidget) -> bool:
        form = self.scroll_area.widget()
        assert form is not None  # the form is in the scroll area from the start
        top = widget.mapTo(form, widget.rect().topLeft()).y() - self.scroll_area.verticalScrollBar().value()
        return top + widget.height() > 0 and top < self.scroll_area.viewport().height()
