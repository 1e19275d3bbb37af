"""The report editor: sections with their completion on the left, the form built from the template on the right.

ReportEditor wires the parts of this package: EditorState (state.py, what is shown, Qt-free), the form
(form_builder.py, field_row.py), the edits reaching the store (editing.py), checked as they are typed (checking.py),
the tree (tree_sync.py), the find box (finder.py), the field one is at (focus.py), the side panes (panes.py), the
report's life (life.py) and its commands (actions.py). Its public methods are what the window, the export flow and
the Ministry's comments call; each hands over to the part that does it."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.core.header import HeaderSpec, header_specs_for
from gui.core.i18n import label_of, pick
from gui.core.period import parse_period
from gui.core.validation import Problem
from gui.views.autosave import DEFAULT_DELAY_MS, Autosaver
from gui.views.editor.actions import ReportActions
from gui.views.editor.checking import Checking
from gui.views.editor.editing import Editing
from gui.views.editor.field_row import FORM_STYLE
from gui.views.editor.finder import Finder
from gui.views.editor.focus import FormFocus
from gui.views.editor.form_builder import build_form
from gui.views.editor.life import ReportLife
from gui.views.editor.panes import SidePanes
from gui.views.editor.state import EditorState
from gui.views.editor.tree_sync import TreeSync
from gui.views.export_flow import ExportFlow
from gui.views.help_popup import FieldHelpPopup
from gui.views.section_tree import SectionTree
from gui.views.sending import SentDialog

if TYPE_CHECKING:
    from gui.core.document import ReportDocument
    from gui.core.report_status import ReportStatus
    from gui.core.template import Template
    from gui.store.reports import ReportStore, Revision


class ReportEditor(QWidget):
    """Edits one report; every change is saved by the Autosaver. `back_requested` asks to return to the list.

    Checks: every edit re-runs gui.core.validation on the values as typed (checking.VALIDATE_DELAY_MS later); the fields
    with a problem are marked and show its message, the section tree counts them, the "Kiểm tra" panel lists them.
    A missing required value is shown on its field once the field was edited, or after the panel or an export
    has asked for the whole check (`state.reveal_all`); the panel and the export always list it.

    `report_actions` are the report's commands (export, preview, check, field help) for the window's menu; their
    shortcuts work while the focus is inside the editor.
    """

    back_requested = Signal()
    status = Signal(str)  # a passing note for the status bar
    saved = Signal(str)  # "Đã lưu lúc 10:42:07": the lasting line that says the edits are safe
    changed = Signal()  # something was saved (the list's completion and date are stale)
    problems_changed = Signal()

    def __init__(
        self,
        store: ReportStore,
        report_id: int,
        *,
        delay_ms: int = DEFAULT_DELAY_MS,
        read_only: bool | None = None,
        preview_delay_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.report_id = report_id
        summary = store.summary(report_id)
        self.summary = summary
        self.template = store.template_of(report_id)
        self.read_only = summary.origin != "own" if read_only is None else read_only
        self.autosaver = Autosaver(store, report_id, delay_ms, self)
        parent_body = store.values(report_id, with_header=True).get("header.parent_body")
        header = header_specs_for(
            summary.unit_kind, summary.unit_name, parent_body if isinstance(parent_body, str) else ""
        )
        self.state = EditorState(
            self.template,
            {spec.key: label_of(spec) for spec in header},
            header_title=self.tr("Thông tin chung"),
            period_id=summary.period_id,
            read_only=self.read_only,
        )
        self.checking = Checking(self)
        self.form_focus = FormFocus(self)
        self._build(header, preview_delay_ms)
        actions = ReportActions(self, self.tool_row)
        self.check_action, self.preview_action, self.export_action = actions.check, actions.preview, actions.export
        self.help_action, self.sent_action = actions.help, actions.sent
        self.report_actions: list[QAction] = actions.all()
        self.export_flow = ExportFlow(self)
        self.export_flow.status.connect(self.status)
        self.export_flow.exported.connect(lambda _result: self.refresh_life())
        self.editing = Editing(self)
        self.load()
        self.editing.connect_autosaver()

    # --- building ------------------------------------------------------------------------------------

    def _build(self, header: list[HeaderSpec], preview_delay_ms: int | None) -> None:
        self.back_button = QPushButton(self.tr("← Danh sách báo cáo"), self)
        self.back_button.setToolTip(self.tr("Quay lại danh sách (Alt+←); mọi thay đổi đã được lưu"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(self._title_text(), self)
        self.title.setObjectName("editorTitle")
        self.life = ReportLife(self.store, self.report_id, own=self.summary.origin == "own", parent=self)
        self.life.status.connect(self.status)
        self.life.changed.connect(self.changed)
        self.life_label, self.life_banner = self.life.label, self.life.banner
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Tìm mục cần điền… (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMinimumWidth(280)
        self.tool_row = QHBoxLayout()
        self.tool_row.setSpacing(4)
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 6)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.life_label)
        top.addLayout(self.tool_row)
        top.addWidget(self.find_box)

        self.save_banner = QLabel(self)
        self.save_banner.setObjectName("saveBanner")
        self.save_banner.setWordWrap(True)
        self.save_banner.setStyleSheet(FORM_STYLE)
        self.save_banner.hide()

        self.tree = SectionTree(self)
        form = build_form(self.state, header, read_only=self.read_only)
        self.form, self.form_layout, self.rows, self.rule_banners = form.widget, form.layout, form.rows, form.rule_banners
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.form)
        self.tree_sync = TreeSync(self.tree, self.scroll_area, self.state, form.anchors, self.rows)
        self.section_items = self.tree_sync.items

        self.panes = SidePanes(self, self.tree, self.scroll_area, preview_delay_ms)
        self.check_panel, self.preview = self.panes.check_panel, self.panes.preview
        self.side, self.splitter = self.panes.side, self.panes.splitter
        # The form never narrower than its fields need: with the preview beside it, the splitter takes the room
        # from the tree and the preview rather than cutting the labels behind a sideways scroll bar.
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        self.scroll_area.setMinimumWidth(self.form.minimumSizeHint().width() + bar)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.save_banner)
        layout.addWidget(self.life_banner)
        layout.addWidget(self.splitter, 1)
        self.tree.expandAll()
        self.finder = Finder(self.find_box, self.state, self)
        self.finder.found.connect(self.focus_field)
        self.finder.status.connect(self.status)
        self.completer = self.finder.completer
        self._set_tab_order()
        if self.read_only:
            for row in self.rows.values():
                row.editor.set_read_only(True)

    def _title_text(self) -> str:
        try:
            period = parse_period(self.summary.period_id)
            phrase = period.phrase_en if pick("vi", "en") == "en" else period.phrase
        except ValueError:
            phrase = self.summary.period_id
        return f"{self.summary.unit_name} — {phrase}"

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.back_button, self.find_box]
        for row in self.rows.values():
            chain.extend(row.editor.focus_chain())
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- values --------------------------------------------------------------------------------------

    def load(self) -> None:
        """Show what the store holds (on opening, and after an undo)."""
        self.editing.load()

    @property
    def sent_dialog(self) -> SentDialog | None:
        return self.life.sent_dialog

    def refresh_life(self) -> ReportStatus:
        """Show the report's status; at the first edit after an export or a signing, say what that means."""
        return self.life.refresh()

    def ask_confirm_sent(self, path: Path | None = None) -> SentDialog | None:
        """Ask whether the report's PDF (`path`, or the last final export) really went out; note it if so."""
        return self.life.ask_confirm_sent(path)

    def save_now(self) -> bool:
        """Ctrl+S: every pending edit now (autosave would do it within a second anyway)."""
        return self.editing.save_now()

    def flush(self) -> bool:
        ok = self.autosaver.flush()
        self.settle()
        return ok

    def settle(self) -> None:
        """Run the check now if one is waiting for the typing to stop."""
        self.checking.settle()

    def undo_last(self) -> Revision | None:
        """Undo the latest saved edit (also one made before a restart); the field shows the earlier value."""
        return self.editing.undo_last()

    def save_fault(self) -> str:
        """The banner's text while a database fault holds edits back; '' when every edit is saved."""
        return self.save_banner.text() if self.save_banner.isVisible() else ""

    # --- checking --------------------------------------------------------------------------------------

    def revalidate(self, *, reveal: bool = False) -> list[Problem]:
        """Check the report as the widgets show it; mark the fields, count per section, fill the panel."""
        return self.checking.revalidate(reveal=reveal)

    # --- the side panes and the export -------------------------------------------------------------------

    def show_check_panel(self, show: bool = True) -> None:
        """F7: the list of every remaining problem; Enter on one goes there. Esc in the list closes it."""
        self.panes.show_check_panel(show)

    def show_preview(self, show: bool = True) -> None:
        """F5: the PDF pages beside the form, rendered again a moment after each save."""
        self.panes.show_preview(show)

    def expand_preview(self, expanded: bool = True) -> None:
        """The preview over the whole editor area (tree and form set aside), or back beside the form."""
        self.panes.expand_preview(expanded)

    def snapshot(self) -> tuple[ReportDocument, Template]:
        return self.store.document(self.report_id), self.template

    def export_pdf(self) -> None:
        """Ctrl+E: see gui.views.export_flow."""
        self.export_flow.start()

    # --- focus, help and the find box ----------------------------------------------------------------------

    def focus_form(self) -> None:
        self.form_focus.focus_first()

    def current_key(self) -> str | None:
        """The field holding the keyboard focus, if any."""
        return self.form_focus.key_of(QApplication.focusWidget())

    def show_field_help(self) -> FieldHelpPopup | None:
        """F1: the current field's label, help, what it accepts, its target and the rules it takes part in."""
        key = self.current_key()
        if key is None:
            self.status.emit(self.tr("Đặt con trỏ vào một mục rồi nhấn F1 để xem hướng dẫn."))
            return None
        return self.form_focus.show_help(key)

    def focus_field(self, key: str, row: int | None = None, column: str | None = None) -> bool:
        """Bring a field into view and give it the keyboard; for a table, the cell (row, column key)."""
        return self.form_focus.focus_field(key, row, column)

    def focus_problem(self, problem: Problem) -> bool:
        return self.form_focus.focus_field(problem.key, problem.row, problem.column)

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_what_is_open()
            return
        super().keyPressEvent(event)

    def close_what_is_open(self) -> str:
        """Esc: closes the find box, then the check panel, then the preview; never leaves the report.

        Returns what it closed ('' when nothing was open), for the tests and the status line."""
        if QApplication.focusWidget() is self.find_box:
            self.find_box.clear()
            self.form_focus.back_from_find()
            return "find"
        closed = self.panes.close_one()
        if not closed:
            self.status.emit(self.tr("Về danh sách báo cáo: Alt+← hoặc nút “← Danh sách báo cáo”."))
        return closed

    def place(self) -> str | None:
        """The field the user was last in (saved when the report closes, restored when it opens)."""
        return self.state.last_field

    def restore_place(self, key: str | None) -> bool:
        """Focus the field the report was left at, or the first field."""
        return self.form_focus.restore(key)
