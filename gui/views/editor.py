"""The report editor: sections with their completion on the left, the form built from the template on the right."""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import UserError
from gui.core.header import (
    HeaderSpec,
    check_header_and_values,
    header_specs,
    header_specs_for,
    is_header_filled,
    signer_choices,
    to_widget,
)
from gui.core.i18n import help_of, label_of, pick
from gui.core.kinds import kind_of
from gui.core.legacy_encoding import detect_legacy
from gui.core.parsing import parse_input
from gui.core.period import parse_period
from gui.core.report_status import ReportStatus, Stage
from gui.core.targets import misses_target
from gui.core.validation import Problem, problems_by_section
from gui.core.values import computed_values, is_filled, section_completion
from gui.operations.sending import confirm_sent
from gui.store.errors import StoreError
from gui.views.autosave import DEFAULT_DELAY_MS, Autosaver
from gui.views.check_panel import CheckPanel
from gui.views.export_flow import ExportFlow
from gui.views.fields import FieldEditor, InputError, create_field
from gui.views.fields.simple import ChoiceField
from gui.views.fields.table import TableField
from gui.views.help_popup import FieldHelpPopup
from gui.views.preview import DEFAULT_PREVIEW_DELAY_MS, PreviewPane
from gui.views.rule_banner import RuleBanner, rule_groups
from gui.views.section_tree import SectionTree
from gui.views.sending import SentDialog
from gui.views.shortcuts import ShortcutGuard
from gui.views.textutil import fold_search

if TYPE_CHECKING:
    from gui.core.document import ReportDocument
    from gui.core.header import HeaderSpec
    from gui.core.template import Section, Template, TemplateField
    from gui.store.reports import ReportStore, Revision

HEADER_SECTION = "__header__"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
RULE_PAUSE_MS = 1500  # a rule across fields is judged after this pause in typing, or when the group is left
SIDE_TREE_WIDTH = 250  # the tree's width while the preview or the check panel is beside the form
NARROW_TREE_WIDTH = 330  # below this, the tree shows titles only while a panel is beside the form
SIDE_SHARE = 0.3  # of the editor's width for the check panel or the preview when it opens
SIDE_MIN_WIDTH = 320
SIDE_MAX_WIDTH = 560
VALIDATE_DELAY_MS = 150  # checks follow typing this long after the last keystroke (a whole check takes ~5 ms)

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


class ReportEditor(QWidget):
    """Edits one report; every change is saved by the Autosaver. `back_requested` asks to return to the list.

    Checks: every edit re-runs gui.core.validation on the values as typed (VALIDATE_DELAY_MS later); the fields
    with a problem are marked and show its message, the section tree counts them, the "Kiểm tra" panel lists them.
    A missing required value is shown on its field once the field was edited, or after the panel or an export
    has asked for the whole check (`reveal_all`); the panel and the export always list it.

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
        self.rows: dict[str, FieldRow] = {}
        self.section_items: dict[str, QTreeWidgetItem] = {}
        self.section_anchors: dict[str, QWidget] = {}
        self.section_numbers: dict[str, str] = {HEADER_SECTION: ""}
        self.field_section: dict[str, str] = {}
        self._syncing_tree = False
        self._operands = {k for f in self.template.iter_fields() if f.computed for k in f.computed.ratio}
        # Rules across fields, by group (fields shared between rules join them): judged once the user leaves the
        # group or pauses, said once in the group's banner (rule_banner.py).
        self.rule_groups = rule_groups(self.template.rules, [f.key for f in self.template.iter_fields()])
        self.rule_banners: list[RuleBanner] = []
        self._group_of = {key: i for i, (_rules, keys) in enumerate(self.rule_groups) for key in keys}
        self._typing_group: int | None = None
        self._shown_rules: dict[int, list[Problem]] = {}
        self._rule_pause = QTimer(self)
        self._rule_pause.setSingleShot(True)
        self._rule_pause.setInterval(RULE_PAUSE_MS)
        self._rule_pause.timeout.connect(self._judge_rules)
        try:
            period = parse_period(summary.period_id)
            self.period_start: dt.date | None = period.start
            self.period_end: dt.date | None = period.end
        except ValueError:
            self.period_start = self.period_end = None
        self.problems: list[Problem] = []
        self.reveal_all = False
        self._touched: set[str] = set()
        self._notices: dict[str, str] = {}
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.revalidate)
        self._preview_delay_ms = preview_delay_ms
        self._help_popup: FieldHelpPopup | None = None
        self._last_field: str | None = None
        self._build()
        self._build_actions()
        self.load()
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.invalid.connect(self._on_invalid)
        self.autosaver.failed.connect(self._on_failed)
        self.autosaver.store_failed.connect(self._on_store_failed)
        self.autosaver.store_recovered.connect(self._on_store_recovered)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._remember_focus)

    # --- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Danh sách báo cáo"), self)
        self.back_button.setToolTip(self.tr("Quay lại danh sách (Alt+←); mọi thay đổi đã được lưu"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(self._title_text(), self)
        self.title.setObjectName("editorTitle")
        # The report's life (gui.core.report_status), as the list and `bvntd report list` say it.
        self.life_label = QLabel(self)
        self.life_label.setObjectName("lifeStatus")
        self.life_label.setStyleSheet(FORM_STYLE)
        self.life_label.setToolTip(self.tr("Trạng thái của báo cáo: xuất PDF, ký số, gửi Bộ"))
        self.life_status: ReportStatus | None = None
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Tìm mục cần điền… (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMinimumWidth(280)
        self.find_box.returnPressed.connect(self._find_first)
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
        self.life_banner = QLabel(self)
        self.life_banner.setObjectName("lifeBanner")
        self.life_banner.setWordWrap(True)
        self.life_banner.setStyleSheet(FORM_STYLE)
        self.life_banner.hide()

        self.tree = SectionTree(self)
        self.tree.currentItemChanged.connect(self._tree_jump)

        self.form = QWidget()
        self.form.setObjectName("reportForm")
        self.form.setStyleSheet(FORM_STYLE)
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(24, 12, 24, 24)
        self.form_layout.setSpacing(2)
        if self.read_only:
            banner = QLabel(self.tr("Báo cáo nhận từ đơn vị khác: chỉ xem, không sửa được."), self.form)
            banner.setObjectName("readOnlyBanner")
            banner.setWordWrap(True)
            self.form_layout.addWidget(banner)
        self._build_header_section()
        for number, section in enumerate(self.template.sections):
            mark = ROMAN[number] if number < len(ROMAN) else str(number + 1)
            self._build_section(section, mark, mark, None, 0)
        self.form_layout.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.form)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._sync_tree_to_scroll)

        self.check_panel = CheckPanel(self)
        self.check_panel.jump_requested.connect(self.focus_problem)
        self.check_panel.close_requested.connect(lambda: self.show_check_panel(False))
        self.check_panel.hide()
        self.preview = PreviewPane(
            self._snapshot,
            self,
            self._preview_delay_ms if self._preview_delay_ms is not None else DEFAULT_PREVIEW_DELAY_MS,
        )
        self.preview.hide()
        self.preview.expand_toggled.connect(self.expand_preview)
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.addWidget(self.check_panel)
        self.side.addWidget(self.preview)
        self.side.setChildrenCollapsible(False)
        self.side.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.scroll_area)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([340, 860, 480])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
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
        layout.addWidget(splitter, 1)
        self.tree.expandAll()
        self._set_up_finder()
        self._set_tab_order()
        if self.read_only:
            for row in self.rows.values():
                row.editor.set_read_only(True)

    def _action(self, text: str, shortcut: str, tip: str, slot: Callable[..., object], *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})")
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.export_action = self._action(
            self.tr("&Xuất PDF…"), "Ctrl+E", self.tr("Xuất báo cáo ra tệp PDF theo thể thức văn bản"), self.export_pdf
        )
        self.preview_action = self._action(
            self.tr("Xem &trước bản in"),
            "F5",
            self.tr("Hiện hoặc ẩn các trang PDF ngay bên cạnh biểu mẫu"),
            self.show_preview,
            checkable=True,
        )
        self.check_action = self._action(
            self.tr("&Kiểm tra báo cáo"),
            "F7",
            self.tr("Liệt kê mọi lỗi và mục còn thiếu; Enter để đến từng chỗ"),
            self.show_check_panel,
            checkable=True,
        )
        self.help_action = self._action(
            self.tr("&Hướng dẫn cho mục đang nhập"),
            "F1",
            self.tr("Giải thích mục đang nhập: nội dung, cách nhập, chỉ tiêu"),
            self.show_field_help,
        )
        self.sent_action = QAction(self.tr("&Ghi nhận đã gửi cho Bộ…"), self)
        self.sent_action.setStatusTip(self.tr("Sau khi đã gửi bản PDF chính thức cho Bộ: trạng thái thành “Đã gửi”"))
        self.sent_action.triggered.connect(lambda: self.ask_confirm_sent())
        self.report_actions: list[QAction] = [
            self.check_action,
            self.preview_action,
            self.export_action,
            self.sent_action,
            self.help_action,
        ]
        for action in (self.check_action, self.preview_action, self.export_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setText(action.text().replace("&", "").removesuffix("…"))
            self.tool_row.addWidget(button)

        # The report's keys, and the window's save and find, win over a text field's own bindings (Ctrl+E).
        window_keys = [
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Save),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Find),
        ]
        self.shortcut_guard = ShortcutGuard(self, [a.shortcut() for a in self.report_actions] + window_keys)

        self.export_flow = ExportFlow(self)
        self.export_flow.status.connect(self.status)
        self.export_flow.exported.connect(lambda _result: self.refresh_life())

    def _title_text(self) -> str:
        try:
            period = parse_period(self.summary.period_id)
            phrase = period.phrase_en if pick("vi", "en") == "en" else period.phrase
        except ValueError:
            phrase = self.summary.period_id
        return f"{self.summary.unit_name} — {phrase}"

    def _heading(self, text: str, level: int, key: str) -> None:
        heading = QLabel(text, self.form)
        heading.setObjectName("sectionHeading" if level == 0 else "subsectionHeading")
        heading.setWordWrap(True)
        self.form_layout.addWidget(heading)
        self.section_anchors[key] = heading

    def _build_header_section(self) -> None:
        title = self.tr("Thông tin chung")
        item = QTreeWidgetItem(self.tree, [title, "", ""])
        item.setData(0, Qt.ItemDataRole.UserRole, HEADER_SECTION)
        item.setToolTip(0, title)
        self.section_items[HEADER_SECTION] = item
        self._heading(title, 0, HEADER_SECTION)
        stored = self.store.values(self.report_id, with_header=True)
        parent_body = stored.get("header.parent_body")
        specs = header_specs_for(
            self.summary.unit_kind, self.summary.unit_name, parent_body if isinstance(parent_body, str) else ""
        )
        for spec in specs:
            if spec.kind == "choice":
                editor: FieldEditor = ChoiceField(spec, signer_choices(), self.form)
            else:
                editor = create_field(spec, self.template, self.form)
            self._add_row(spec, editor, HEADER_SECTION)

    def _build_section(self, section: Section, number: str, full: str, parent: QTreeWidgetItem | None, level: int) -> None:
        title = f"{number}. {label_of(section)}"
        item = QTreeWidgetItem(parent or self.tree, [title, "", ""])
        item.setData(0, Qt.ItemDataRole.UserRole, section.key)
        item.setToolTip(0, title)
        self.section_items[section.key] = item
        self.section_numbers[section.key] = full
        self._heading(title, level, section.key)
        section_help = help_of(section)
        if section_help:
            helper = QLabel(section_help, self.form)
            helper.setObjectName("sectionHelp")
            helper.setWordWrap(True)
            self.form_layout.addWidget(helper)
        for spec in section.fields:
            self._add_row(spec, create_field(spec, self.template, self.form), section.key)
        for index, sub in enumerate(section.sections, start=1):
            self._build_section(sub, str(index), f"{full}.{index}", item, level + 1)

    def _add_row(self, spec: TemplateField | HeaderSpec, editor: FieldEditor, section_key: str) -> None:
        group = self._group_of.get(spec.key)
        if group is not None and group == len(self.rule_banners):  # the group's first field: its banner above
            banner = RuleBanner(self.rule_groups[group][0], self.form)
            self.rule_banners.append(banner)
            self.form_layout.addWidget(banner)
        row = FieldRow(spec, editor, self.form)
        self.rows[spec.key] = row
        self.field_section[spec.key] = section_key
        self.form_layout.addWidget(row)
        key = spec.key
        editor.edited.connect(lambda key=key: self._on_edited(key))
        editor.committed.connect(lambda key=key: self._on_committed(key))
        editor.problem.connect(lambda message, key=key: self._notice(key, message))
        row.convert_requested.connect(lambda key=key: self.convert_legacy(key))

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.back_button, self.find_box]
        for row in self.rows.values():
            chain.extend(row.editor.focus_chain())
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- values --------------------------------------------------------------------------------------

    def load(self) -> None:
        """Show what the store holds (on opening, and after an undo)."""
        stored = self.store.values(self.report_id, with_header=True)
        for key, row in self.rows.items():
            spec = row.spec
            value = stored.get(key)
            row.editor.set_value(to_widget(spec, value) if isinstance(spec, HeaderSpec) else value)
        self._refresh_computed(stored)
        self._refresh_completion(stored)
        self.revalidate()
        self.preview.request()
        self.refresh_life()

    def refresh_life(self) -> ReportStatus:
        """Show the report's status; at the first edit after an export or a signing, say what that means."""
        before = self.life_status
        status = self.store.life_status(self.report_id)
        self.life_status = status
        if self.summary.origin != "own":  # a report received from a unit: its life is the unit's, not ours
            self.life_label.hide()
            return status
        self.life_label.setText(status.text())
        self.life_label.setProperty("stale", "true" if status.stale else "false")
        self.life_label.style().unpolish(self.life_label)
        self.life_label.style().polish(self.life_label)
        if status.stale and before is not None and not before.stale:
            text = self.tr(
                "Đã sửa sau khi xuất — cần xuất và ký lại. Tệp PDF đã xuất (và chữ ký trên đó, nếu đã ký) không còn "
                "đúng với báo cáo: sửa xong, hãy xuất PDF lại (Ctrl+E), ký số rồi mới gửi."
            )
            self.life_banner.setText(text)
            self.life_banner.show()
            self.status.emit(self.tr("Đã sửa sau khi xuất — cần xuất và ký lại"))
        elif not status.stale:
            self.life_banner.hide()
        elif before is None:  # opened already stale: say it, without the first-edit alarm
            self.life_banner.setText(
                self.tr("Báo cáo đã sửa sau lần xuất PDF gần nhất — cần xuất và ký lại trước khi gửi.")
            )
            self.life_banner.show()
        return status

    def ask_confirm_sent(self, path: Path | None = None) -> SentDialog | None:
        """Ask whether the report's PDF (`path`, or the last final export) really went out; note it if so."""
        status = self.refresh_life()
        if status.stage == Stage.DRAFT or status.stale:
            self.status.emit(
                self.tr("Chưa có bản PDF chính thức đúng với báo cáo để gửi: hãy xuất PDF (Ctrl+E) và ký số trước.")
            )
            return None
        export = self.store.summary(self.report_id).facts.final_export
        name = path.name if path is not None else (export.file_name if export else "")
        dialog = SentDialog(name, self.store.profile().ministry_email, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._confirm_sent(path))
        self.sent_dialog = dialog
        dialog.open()
        return dialog

    def _confirm_sent(self, path: Path | None) -> None:
        try:
            result = confirm_sent(
                self.store, self.report_id, path=path, recipient=self.store.profile().ministry_email
            )
        except (UserError, StoreError) as error:
            self.status.emit(str(error))
            return
        self.refresh_life()
        self.status.emit(self.tr("Đã ghi nhận: báo cáo đã gửi cho Bộ ({file}).").format(file=result.file_name))
        self.changed.emit()

    def current_values(self) -> dict[str, Any]:
        """The values the widgets show, where they can be read (the computed ones follow these)."""
        values: dict[str, Any] = {}
        for key, row in self.rows.items():
            try:
                values[key] = row.editor.value()
            except InputError:
                continue
        return values

    def _getter(self, key: str) -> Callable[[], Any]:
        return self.rows[key].editor.value

    def _on_edited(self, key: str) -> None:
        if self.read_only:
            return
        self._touched.add(key)
        group = self._group_of.get(key)
        if group is not None:
            if self._typing_group not in (None, group):
                self._typing_group = None
                self._apply_marks()
            self._typing_group = group
            self._rule_pause.start()
        if self._notices.pop(key, None) is not None:
            self._apply_marks()
        self.autosaver.schedule(key, self._getter(key))
        if key in self._operands:
            self._refresh_computed(self.current_values())
        self._validate_timer.start()

    def _on_committed(self, key: str) -> None:
        if self.read_only:
            return
        if key in self.autosaver.pending():
            self.autosaver.commit(key)
        if self._validate_timer.isActive():
            self._validate_timer.stop()
            self.revalidate()

    def save_now(self) -> bool:
        """Ctrl+S: every pending edit now (autosave would do it within a second anyway)."""
        ok = self.autosaver.flush()
        self._settle()
        if ok:
            self.saved.emit(self.tr("Đã lưu lúc {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")))
        elif self.autosaver.held():
            self.status.emit(self.tr("Chưa lưu được vào cơ sở dữ liệu; nội dung vẫn còn trên màn hình."))
        else:
            self.status.emit(self.tr("Có mục nhập chưa đúng: giá trị đó chưa được lưu, hãy sửa theo hướng dẫn."))
        return ok

    def flush(self) -> bool:
        ok = self.autosaver.flush()
        self._settle()
        return ok

    def _settle(self) -> None:
        """Run the check now if one is waiting for the typing to stop."""
        if self._validate_timer.isActive():
            self.revalidate()
        self._rule_pause.stop()
        self._judge_rules()

    def undo_last(self) -> Revision | None:
        """Undo the latest saved edit (also one made before a restart); the field shows the earlier value."""
        if self.read_only:
            return None
        self.autosaver.flush()
        revision = self.store.undo(self.report_id)
        if revision is None:
            self.status.emit(self.tr("Không còn thay đổi nào để hoàn tác."))
            return None
        self.load()
        row = self.rows.get(revision.key)
        name = label_of(row.spec) if row else revision.key
        self.status.emit(self.tr("Đã hoàn tác: {field}").format(field=name))
        if row is not None:
            self.focus_field(revision.key)
        self.changed.emit()
        return revision

    def _on_saved(self, key: str, when: dt.datetime) -> None:
        self.saved.emit(self.tr("Đã lưu lúc {time}").format(time=when.strftime("%H:%M:%S")))
        stored = self.store.values(self.report_id, with_header=True)
        self._refresh_completion(stored)
        if key in self._operands:
            self._refresh_computed(stored)
        self.preview.request()
        if self.life_status is not None and self.life_status.stage != Stage.DRAFT and not self.life_status.stale:
            self.refresh_life()  # the first edit after an export: said now, in the editor
        self.changed.emit()

    def _on_invalid(self, key: str, message: str) -> None:
        row = self.rows.get(key)
        if row is None:
            return
        self.status.emit(self.tr("Chưa lưu “{field}”: giá trị nhập chưa đúng.").format(field=label_of(row.spec)))
        self.revalidate()

    def _on_failed(self, key: str, message: str) -> None:
        self._notice(key, message)

    def _on_store_failed(self, key: str, message: str) -> None:
        row = self.rows.get(key)
        name = label_of(row.spec) if row else key
        text = self.tr(
            "Chưa lưu được “{field}”: {message}\nNội dung bạn nhập vẫn còn trên màn hình và sẽ được lưu lại "
            "ở lần nhập tiếp theo hoặc khi nhấn Ctrl+S."
        ).format(field=name, message=message)
        self.save_banner.setText(text)
        self.save_banner.show()
        self.status.emit(self.tr("Chưa lưu được vào cơ sở dữ liệu: {message}").format(message=message))

    def _on_store_recovered(self) -> None:
        self.save_banner.hide()
        self.status.emit(
            self.tr("Đã lưu lại được mọi thay đổi lúc {time}").format(time=dt.datetime.now().strftime("%H:%M:%S"))
        )

    def save_fault(self) -> str:
        """The banner's text while a database fault holds edits back; '' when every edit is saved."""
        return self.save_banner.text() if self.save_banner.isVisible() else ""

    def _notice(self, key: str, message: str) -> None:
        """A message about input the widget refused (too long, a bad cell): shown until the field is edited."""
        if message:
            self._notices[key] = message
            self.status.emit(message)
        else:
            self._notices.pop(key, None)
        self._apply_marks()

    # --- checking --------------------------------------------------------------------------------------

    def revalidate(self, *, reveal: bool = False) -> list[Problem]:
        """Check the report as the widgets show it; mark the fields, count per section, fill the panel."""
        self._validate_timer.stop()
        if reveal:
            self.reveal_all = True
        fields = self.template.field_map()
        body: dict[str, Any] = {}
        header: dict[str, Any] = {}
        unreadable: dict[str, Problem] = {}
        for key, row in self.rows.items():
            try:
                value = row.editor.value()
            except InputError as error:
                unreadable[key] = Problem(key=key, message=error.message, message_en=error.message_en, code="input")
                continue
            if key in fields:
                if value is not None and not fields[key].is_computed:
                    body[key] = value
            else:
                header[key] = value
        found = check_header_and_values(
            self.template, header, body, period_start=self.period_start, period_end=self.period_end
        )
        found = [p for p in found if p.key not in unreadable] + list(unreadable.values())
        order = {key: index for index, key in enumerate(self.rows)}
        found.sort(key=lambda p: (order.get(p.key, len(order)), -1 if p.row is None else p.row))
        self.problems = found
        self._apply_marks()
        return found

    def _shown_on_form(self, problem: Problem) -> bool:
        return problem.code != "required" or problem.row is not None or self.reveal_all or problem.key in self._touched

    def _judge_rules(self) -> None:
        """The pause is over or the group was left: the group's rules are shown as they now stand."""
        if self._typing_group is not None:
            self._typing_group = None
            self._apply_marks()

    def _rule_problems_shown(self) -> list[Problem]:
        """Each group's rule problems: as they stand, except the group being typed in, which keeps what it showed."""
        current: dict[int, list[Problem]] = {}
        for problem in self.problems:
            if problem.code.startswith("rule:") and problem.key in self._group_of:
                current.setdefault(self._group_of[problem.key], []).append(problem)
        for index, banner in enumerate(self.rule_banners):
            if index != self._typing_group:
                self._shown_rules[index] = current.get(index, [])
            shown = self._shown_rules.get(index, [])
            banner.show_broken({p.code.removeprefix("rule:"): pick(p.message, p.message_en) for p in shown})
        return [p for shown in self._shown_rules.values() for p in shown]

    def _apply_marks(self) -> None:
        per_key: dict[str, list[Problem]] = {}
        rules_marked: dict[str, list[Problem]] = {}
        for problem in self._rule_problems_shown():
            for key in problem.keys:
                rules_marked.setdefault(key, []).append(problem)
        for problem in self.problems:
            if problem.code.startswith("rule:") and problem.key in self._group_of:
                continue  # said once, in the group's banner
            if self._shown_on_form(problem):
                for key in problem.keys:
                    per_key.setdefault(key, []).append(problem)
        for key, row in self.rows.items():
            found = per_key.get(key, [])
            notice = self._notices.get(key)
            lines = ([notice] if notice else []) + [pick(p.message, p.message_en) for p in found]
            marked = found + rules_marked.get(key, [])
            severity = "error" if notice or any(p.is_error for p in marked) else ("warning" if marked else "")
            legacy = any(p.code == "legacy_encoding" and p.row is None and p.key == key for p in found)
            row.set_state(severity, lines, legacy and not self.read_only)
            if isinstance(row.editor, TableField):
                cells: dict[tuple[int, str], str] = {}
                for p in found:
                    if p.row is not None and p.key == key and cells.get((p.row, p.column or "")) != "error":
                        cells[(p.row, p.column or "")] = p.severity
                row.editor.model.set_cell_problems(cells)
        self._refresh_problem_counts()
        self.check_panel.set_problems(self.problems, self.place_of)
        self.problems_changed.emit()

    def _refresh_problem_counts(self) -> None:
        counted = [p for p in self.problems if not p.is_missing]  # what the check panel counts as to fix
        errors = problems_by_section(self.template, counted, severity="error")
        warnings = problems_by_section(self.template, counted, severity="warning")
        header = [p for p in counted if self.field_section.get(p.key) == HEADER_SECTION]
        errors[HEADER_SECTION] = sum(p.is_error for p in header)
        warnings[HEADER_SECTION] = len(header) - errors[HEADER_SECTION]
        for key, item in self.section_items.items():
            n_errors, n_warnings = errors.get(key, 0), warnings.get(key, 0)
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

    def problem_count(self, section_key: str) -> int:
        """What the tree shows beside the section's completion (0 when it shows nothing)."""
        text = self.section_items[section_key].text(2)
        return int(text) if text else 0

    def section_title(self, section_key: str) -> str:
        """'II.4. Tiếp nhận, giải quyết…' or 'Thông tin chung': a section as the find list and the panel name it."""
        item = self.section_items.get(section_key)
        if item is None:
            return ""
        if section_key == HEADER_SECTION:
            return item.text(0)
        title = item.text(0).split(". ", 1)[-1]
        return f"{self.section_numbers.get(section_key, '')}. {title}"

    def place_of(self, problem: Problem) -> str:
        """Where a problem is, as the PDF numbers it: 'II.4', or 'Thông tin chung' for the header."""
        section = self.field_section.get(problem.key)
        if section == HEADER_SECTION:
            return self.tr("Thông tin chung")
        return self.section_numbers.get(section or "", "")

    def convert_legacy(self, key: str) -> bool:
        """Replace text typed in TCVN3/VNI by its Unicode form, in place, and save it."""
        row = self.rows.get(key)
        if row is None or self.read_only:
            return False
        try:
            value = row.editor.value()
        except InputError:
            return False
        guess = detect_legacy(value) if isinstance(value, str) else None
        if guess is None:
            return False
        row.editor.set_value(guess.converted)
        self._touched.add(key)
        self.autosaver.commit(key, self._getter(key))
        self.revalidate()
        self.status.emit(
            self.tr("Đã chuyển “{field}” từ {encoding} sang Unicode.").format(
                field=label_of(row.spec), encoding=guess.name
            )
        )
        return True

    def show_check_panel(self, show: bool = True) -> None:
        """F7: the list of every remaining problem; Enter on one goes there. Esc in the list closes it."""
        self.check_action.setChecked(show)
        if show:
            self.revalidate(reveal=True)
            self.check_panel.show()
            self._update_side()
            self.check_panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            focus = QApplication.focusWidget()
            had_focus = focus is not None and self.check_panel.isAncestorOf(focus)
            self.check_panel.hide()
            self._update_side()
            if had_focus:
                self._focus_form()

    def show_preview(self, show: bool = True) -> None:
        """F5: the PDF pages beside the form, rendered again a moment after each save."""
        if not show and self.scroll_area.isHidden():
            self.expand_preview(False)
        self.preview_action.setChecked(show)
        self.preview.setVisible(show)
        self._update_side()
        if show:
            self.flush()
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
        elif getattr(self, "_check_was_open", False):
            self.check_panel.show()
        self.preview.set_expanded(expanded)
        self._update_side()

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
        key = self.current_key()
        if key is not None:
            row = self.rows[key]
            if row.y() + row.height() >= bar.value() and row.y() <= bar.value() + self.scroll_area.viewport().height():
                return row, row.y() - bar.value()
        for row in self.rows.values():
            if row.y() + row.height() > bar.value():
                return row, row.y() - bar.value()
        return None

    def _restore_place(self, place: tuple[QWidget, int] | None) -> None:
        if place is None:
            return
        row, offset = place

        def put_back() -> None:
            self.form_layout.activate()
            self.scroll_area.verticalScrollBar().setValue(max(0, row.y() - offset))

        put_back()
        QTimer.singleShot(0, self, put_back)  # once the splitter has given the form its new width

    def _focus_form(self) -> None:
        first = next((w for row in self.rows.values() for w in row.editor.focus_chain()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _snapshot(self) -> tuple[ReportDocument, Template]:
        return self.store.document(self.report_id), self.template

    def export_pdf(self) -> None:
        """Ctrl+E: see gui.views.export_flow."""
        self.export_flow.start()

    # --- help ---------------------------------------------------------------------------------------------

    def current_key(self) -> str | None:
        """The field holding the keyboard focus, if any."""
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for key, row in self.rows.items():
            if row.isAncestorOf(focus):
                return key
        return None

    def show_field_help(self) -> FieldHelpPopup | None:
        """F1: the current field's label, help, what it accepts, its target and the rules it takes part in."""
        key = self.current_key()
        if key is None:
            self.status.emit(self.tr("Đặt con trỏ vào một mục rồi nhấn F1 để xem hướng dẫn."))
            return None
        row = self.rows[key]
        rules = [pick(r.message, r.message_en) for r in self.template.rules if key in r.operands]
        column = None
        if isinstance(row.editor, TableField) and row.editor.view.currentIndex().isValid():
            column = row.editor.model.columns[row.editor.view.currentIndex().column()]
        if self._help_popup is None:
            self._help_popup = FieldHelpPopup(self)
        self._help_popup.show_for(row.spec, self.template, rules, row.editor.focus_widget(), column)
        return self._help_popup

    def _refresh_computed(self, values: dict[str, Any]) -> None:
        for key, value in computed_values(self.template, values).items():
            row = self.rows.get(key)
            if row is not None:
                row.editor.set_value(value)
                row.show_target_met(value)

    def _refresh_completion(self, stored: dict[str, Any]) -> None:
        fields = self.template.field_map()
        header = [s for s in header_specs() if s.required]
        filled = sum(is_header_filled(stored.get(s.key)) for s in header)
        self._set_completion(HEADER_SECTION, filled, len(header))
        body = {k: v for k, v in stored.items() if k in fields}
        for section in self.template.iter_sections():
            done, total = section_completion(self.template, body, section.key)
            self._set_completion(section.key, done, total)
        for key, row in self.rows.items():
            spec = fields.get(key)
            if spec is not None and not spec.is_computed:
                row.setProperty("filled", is_filled(spec, body.get(key)))

    def _set_completion(self, key: str, done: int, total: int) -> None:
        item = self.section_items.get(key)
        if item is None:
            return
        item.setText(1, f"{done}/{total}")
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(1, Qt.GlobalColor.darkGreen if done == total else Qt.GlobalColor.darkGray)

    def completion_text(self, section_key: str) -> str:
        return self.section_items[section_key].text(1)

    # --- navigation ------------------------------------------------------------------------------------

    def _tree_jump(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if current is None or self._syncing_tree:
            return
        anchor = self.section_anchors.get(current.data(0, Qt.ItemDataRole.UserRole))
        if anchor is not None:
            self.scroll_area.verticalScrollBar().setValue(anchor.y() - 8)

    def _sync_tree_to_scroll(self, value: int) -> None:
        """The tree shows the section of the field being worked in while it is on screen, else the top one."""
        current = None
        row = self.rows.get(self._last_field or "")
        if row is not None and self._on_screen(row):
            current = self.field_section.get(self._last_field or "")
        else:
            for key, anchor in self.section_anchors.items():
                if anchor.y() - 8 <= value + 40:
                    current = key
        self._select_section(current or HEADER_SECTION)

    def _on_screen(self, widget: QWidget) -> bool:
        top = widget.mapTo(self.form, widget.rect().topLeft()).y() - self.scroll_area.verticalScrollBar().value()
        return top + widget.height() > 0 and top < self.scroll_area.viewport().height()

    def _sync_tree_to_field(self, key: str) -> None:
        self._select_section(self.field_section.get(key, HEADER_SECTION))

    def _select_section(self, section_key: str) -> None:
        item = self.section_items.get(section_key)
        if item is not None and item is not self.tree.currentItem():
            self._syncing_tree = True
            try:
                self.tree.setCurrentItem(item)
            finally:
                self._syncing_tree = False

    def focus_field(self, key: str, row: int | None = None, column: str | None = None) -> bool:
        """Bring a field into view and give it the keyboard; for a table, the cell (row, column key)."""
        field_row = self.rows.get(key)
        if field_row is None:
            return False
        self._last_field = key
        self._sync_tree_to_field(key)
        self.scroll_area.ensureWidgetVisible(field_row, 0, 60)
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
        QTimer.singleShot(0, self.scroll_area, lambda: self.scroll_area.ensureWidgetVisible(field_row, 0, 60))
        return True

    def focus_problem(self, problem: Problem) -> bool:
        return self.focus_field(problem.key, problem.row, problem.column)

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def _set_up_finder(self) -> None:
        model = QStandardItemModel(self)
        for key, row in self.rows.items():
            label = label_of(row.spec)
            # Many fields share a label ("Kết quả thực hiện" in six sections): each shows where it is.
            item = QStandardItem(f"{label}  —  {self.section_title(self.field_section[key])}")
            item.setData(label, FoldingCompleter.LABEL_ROLE)
            item.setData(fold_search(label), FoldingCompleter.FOLDED_ROLE)
            item.setData(key, FoldingCompleter.KEY_ROLE)
            model.appendRow(item)
        self.finder_model = model
        completer = FoldingCompleter(self)
        completer.setModel(model)
        completer.activated[QModelIndex].connect(self._find_activated)  # type: ignore[index]  # PySide's stubs do not type a signal's overloads
        self.find_box.setCompleter(completer)
        self.completer = completer

    def find_fields(self, text: str) -> list[str]:
        """Keys of the fields whose label holds every word typed, ignoring case and diacritics; whole phrases first."""
        phrase = fold_search(text.strip())
        words = phrase.split()
        if not words:
            return []
        found = []
        for key, row in self.rows.items():
            label = fold_search(label_of(row.spec))
            if all(word in label for word in words):
                found.append((0 if phrase in label else 1, key))
        return [key for _, key in sorted(found, key=lambda item: item[0])]

    def _find_activated(self, index: QModelIndex) -> None:
        key = index.data(FoldingCompleter.KEY_ROLE)
        if key:
            QTimer.singleShot(0, self, lambda: self.focus_field(key))

    def _find_first(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer's own activation handles it
        keys = self.find_fields(self.find_box.text())
        if keys:
            self.focus_field(keys[0])
        else:
            self.status.emit(self.tr("Không tìm thấy mục nào có tên “{text}”.").format(text=self.find_box.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_what_is_open()
            return
        super().keyPressEvent(event)

    def close_what_is_open(self) -> str:
        """Esc: closes the find box, then the check panel, then the preview; never leaves the report.

        Returns what it closed ('' when nothing was open), for the tests and the status line."""
        focus = QApplication.focusWidget()
        if focus is self.find_box:
            self.find_box.clear()
            self._return_from_find()
            return "find"
        if self.scroll_area.isHidden():
            self.expand_preview(False)
            return "expanded"
        if not self.check_panel.isHidden():
            self.show_check_panel(False)
            return "check"
        if not self.preview.isHidden():
            self.show_preview(False)
            return "preview"
        self.status.emit(self.tr("Về danh sách báo cáo: Alt+← hoặc nút “← Danh sách báo cáo”."))
        return ""

    def _return_from_find(self) -> None:
        key = self._last_field if self._last_field in self.rows else None
        if key is not None:
            self.focus_field(key)
        else:
            self._focus_form()

    def _remember_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isAncestorOf(new):
            return
        if self._typing_group is not None:
            inside = any(
                self.rows[k].isAncestorOf(new) for k in self.rule_groups[self._typing_group][1] if k in self.rows
            )
            if not inside:
                self._judge_rules()
        for key, row in self.rows.items():
            if row.isAncestorOf(new):
                if key != self._last_field:
                    self._last_field = key
                    self._sync_tree_to_field(key)
                return

    def place(self) -> str | None:
        """The field the user was last in (saved when the report closes, restored when it opens)."""
        return self._last_field

    def restore_place(self, key: str | None) -> bool:
        """Focus the field the report was left at, or the first field."""
        if self.read_only:
            return False
        if key in self.rows and self.focus_field(key):
            return True
        first = next(iter(self.rows.values()), None)
        if first is not None:
            first.editor.focus_widget().setFocus()
        return False
