"""The editor's three panes: the section tree, the form, and beside it the Kiểm tra panel and the PDF preview
(F7, F5), which take their room from the tree first and leave the form at the field the person is at."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QSplitter, QWidget

from gui.views.check_panel import CheckPanel
from gui.views.preview import DEFAULT_PREVIEW_DELAY_MS, PreviewPane
from gui.views.section_tree import SectionTree

if TYPE_CHECKING:
    from gui.views.editor.widget import ReportEditor

SIDE_TREE_WIDTH = 250  # the tree's width while the preview or the check panel is beside the form
NARROW_TREE_WIDTH = 330  # below this, the tree shows titles only while a panel is beside the form
SIDE_SHARE = 0.3  # of the editor's width for the check panel or the preview when it opens
SIDE_MIN_WIDTH = 320
SIDE_MAX_WIDTH = 560


class SidePanes(QObject):
    """`splitter` holds the tree, the form's scroll area and `side` (the check panel over the preview)."""

    def __init__(
        self, editor: ReportEditor, tree: SectionTree, scroll_area: QScrollArea, preview_delay_ms: int | None
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.tree = tree
        self.scroll_area = scroll_area
        self.check_panel = CheckPanel(editor)
        self.check_panel.jump_requested.connect(editor.focus_problem)
        self.check_panel.close_requested.connect(lambda: self.show_check_panel(False))
        self.check_panel.hide()
        delay = preview_delay_ms if preview_delay_ms is not None else DEFAULT_PREVIEW_DELAY_MS
        self.preview = PreviewPane(editor.snapshot, editor, delay)
        self.preview.hide()
        self.preview.expand_toggled.connect(self.expand_preview)
        self.side = QSplitter(Qt.Orientation.Vertical, editor)
        self.side.addWidget(self.check_panel)
        self.side.addWidget(self.preview)
        self.side.setChildrenCollapsible(False)
        self.side.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, editor)
        splitter.addWidget(tree)
        splitter.addWidget(scroll_area)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([340, 860, 480])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._check_was_open = False

    def show_check_panel(self, show: bool = True) -> None:
        """F7: the list of every remaining problem; Enter on one goes there. Esc in the list closes it."""
        self.editor.check_action.setChecked(show)
        if show:
            self.editor.revalidate(reveal=True)
            self.check_panel.show()
            self._update_side()
            self.check_panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            focus = QApplication.focusWidget()
            had_focus = focus is not None and self.check_panel.isAncestorOf(focus)
            self.check_panel.hide()
            self._update_side()
            if had_focus:
                self.editor.focus_form()

    def show_preview(self, show: bool = True) -> None:
        """F5: the PDF pages beside the form, rendered again a moment after each save."""
        if not show and self.scroll_area.isHidden():
            self.expand_preview(False)
        self.editor.preview_action.setChecked(show)
        self.preview.setVisible(show)
        self._update_side()
        if show:
            self.editor.flush()
            self.preview.request(now=True)

    def expand_preview(self, expanded: bool = True) -> None:
        """The preview over the whole editor area (tree and form set aside), or back beside the form."""
        if expanded and self.preview.isHidden():
            self.show_preview(True)
        self.tree.setVisible(not expanded)
        self.scroll_area.setVisible(not expanded)
        if expanded:
            self._check_was_open = not self.check_panel.isHidden()
            self.check_panel.hide()
        elif self._check_was_open:
            self.check_panel.show()
        self.preview.set_expanded(expanded)
        self._update_side()

    def close_one(self) -> str:
        """Esc beyond the find box: the expanded preview, then the check panel, then the preview ('' if none)."""
        if self.scroll_area.isHidden():
            self.expand_preview(False)
            return "expanded"
        if not self.check_panel.isHidden():
            self.show_check_panel(False)
            return "check"
        if not self.preview.isHidden():
            self.show_preview(False)
            return "preview"
        return ""

    def _update_side(self) -> None:
        shown = not self.check_panel.isHidden() or not self.preview.isHidden()
        opening = shown and self.side.isHidden()
        closing = not shown and not self.side.isHidden()
        place = self._form_place()
        self.side.setVisible(shown)
        if opening and not self.scroll_area.isHidden():
            self._make_room_for_side()
        # The tree's counts repeat what the panel lists: without them its titles keep their room (no 5-line rows).
        narrow = shown and self.splitter.sizes()[0] < NARROW_TREE_WIDTH
        for column in (1, 2):
            self.tree.setColumnHidden(column, narrow)
        if opening or closing:
            self._restore_place(place)

    def _make_room_for_side(self) -> None:
        """The panel beside the form takes a third of the room at most (SIDE_SHARE, capped at SIDE_MAX_WIDTH); the
        tree gives up its room first (down to SIDE_TREE_WIDTH), and the form keeps the most, never less than its
        fields need: labels whole, no sideways scroll bar."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        tree = min(sizes[0], SIDE_TREE_WIDTH)
        side = max(SIDE_MIN_WIDTH, min(SIDE_MAX_WIDTH, int(total * SIDE_SHARE)))
        form = max(self.scroll_area.minimumWidth(), total - tree - side)
        self.splitter.setSizes([tree, form, max(total - tree - form, 0)])

    def _form_place(self) -> tuple[QWidget, int] | None:
        """The field the person is at (the focused one, else the first in view) and its distance from the top of
        the view: a panel opening beside the form rewraps it, and the form stays at that field."""
        bar = self.scroll_area.verticalScrollBar()
        rows = self.editor.rows
        key = self.editor.current_key()
        if key is not None:
            row = rows[key]
            if row.y() + row.height() >= bar.value() and row.y() <= bar.value() + self.scroll_area.viewport().height():
                return row, row.y() - bar.value()
        for row in rows.values():
            if row.y() + row.height() > bar.value():
                return row, row.y() - bar.value()
        return None

    def _restore_place(self, place: tuple[QWidget, int] | None) -> None:
        if place is None:
            return
        row, offset = place
        layout = self.editor.form_layout

        def put_back() -> None:
            layout.activate()
            self.scroll_area.verticalScrollBar().setValue(max(0, row.y() - offset))

        put_back()
        QTimer.singleShot(0, self.editor, put_back)  # once the splitter has given the form its new width
