"""The report editor: sections with their completion on the left, the form built from the template on the right."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.period import parse_period
from gui.core.values import computed_values, is_filled, section_completion
from gui.views.autosave import DEFAULT_DELAY_MS, Autosaver
from gui.views.fields import FieldEditor, InputError, create_field
from gui.views.fields.simple import ChoiceField
from gui.views.header_fields import HeaderSpec, header_specs, is_header_filled, signer_choices, to_widget
from gui.views.i18n import help_of, label_of, pick
from gui.views.textutil import fold_search

HEADER_SECTION = "__header__"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")

# A check run on a value that could be read, before it is saved: returns a message to show under the field
# (a warning: the value is saved anyway, as the user may be mid-way), or None. gui.core.validation plugs in here.
FieldCheck = Callable[[Any, Any, dict[str, Any]], str | None]


class FieldRow(QWidget):
    """A field's label (with * when required and its target), its widget, a help line and a message line."""

    def __init__(self, spec: Any, editor: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)
        top = QHBoxLayout()
        top.setSpacing(8)
        text = label_of(spec)
        self.label = QLabel(self)
        self.label.setObjectName("fieldLabel")
        self.label.setWordWrap(True)
        required = getattr(spec, "required", False)
        mark = ' <span style="color:#c0392b">*</span>' if required else ""
        self.label.setText(f"{_escape(text)}{mark}")
        self.label.setBuddy(editor.focus_widget())
        top.addWidget(self.label, 1)
        target = pick(getattr(spec, "target", ""), getattr(spec, "target_en", ""))
        if target:
            self.target = QLabel(self.tr("Chỉ tiêu: {target}").format(target=target), self)
            self.target.setObjectName("fieldTarget")
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
        self.message.hide()
        layout.addWidget(self.message)

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setProperty("severity", "error" if error else "warning")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FoldingCompleter(QCompleter):
    """Matches what is typed against labels without case or diacritics: 'so can bo' finds 'Số cán bộ'."""

    FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
    KEY_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionRole(self.FOLDED_ROLE)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [fold_search(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class ReportEditor(QWidget):
    """Edits one report; every change is saved by the Autosaver. `back_requested` asks to return to the list."""

    back_requested = Signal()
    status = Signal(str)
    changed = Signal()  # something was saved (the list's completion and date are stale)

    def __init__(
        self,
        store: Any,
        report_id: int,
        *,
        delay_ms: int = DEFAULT_DELAY_MS,
        read_only: bool | None = None,
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
        self.field_checks: list[FieldCheck] = []
        self.rows: dict[str, FieldRow] = {}
        self.section_items: dict[str, QTreeWidgetItem] = {}
        self.section_anchors: dict[str, QWidget] = {}
        self._syncing_tree = False
        self._operands = {k for f in self.template.iter_fields() if f.computed for k in f.computed.ratio}
        self._build()
        self.load()
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.invalid.connect(self._on_invalid)
        self.autosaver.valid.connect(self._on_valid)
        self.autosaver.failed.connect(lambda key, message: self._row_message(key, message))

    # --- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Danh sách báo cáo"), self)
        self.back_button.setToolTip(self.tr("Quay lại danh sách (Esc); mọi thay đổi đã được lưu"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(self._title_text(), self)
        self.title.setObjectName("editorTitle")
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Tìm trường… (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMinimumWidth(280)
        self.find_box.returnPressed.connect(self._find_first)
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 6)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.find_box)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("sectionTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Mục"), self.tr("Đã nhập")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.tree.currentItemChanged.connect(self._tree_jump)

        self.form = QWidget()
        self.form.setObjectName("reportForm")
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
            self._build_section(section, ROMAN[number] if number < len(ROMAN) else str(number + 1), None, 0)
        self.form_layout.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form)
        self.scroll.verticalScrollBar().valueChanged.connect(self._sync_tree_to_scroll)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.tree.expandAll()
        self._set_up_finder()
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

    def _heading(self, text: str, level: int, key: str) -> None:
        heading = QLabel(text, self.form)
        heading.setObjectName("sectionHeading" if level == 0 else "subsectionHeading")
        heading.setWordWrap(True)
        self.form_layout.addWidget(heading)
        self.section_anchors[key] = heading

    def _build_header_section(self) -> None:
        title = self.tr("Thông tin chung")
        item = QTreeWidgetItem(self.tree, [title, ""])
        item.setData(0, Qt.ItemDataRole.UserRole, HEADER_SECTION)
        item.setToolTip(0, title)
        self.section_items[HEADER_SECTION] = item
        self._heading(title, 0, HEADER_SECTION)
        for spec in header_specs():
            if spec.kind == "choice":
                editor: FieldEditor = ChoiceField(spec, signer_choices(), self.form)
            else:
                editor = create_field(spec, self.template, self.form)
            self._add_row(spec, editor)

    def _build_section(self, section: Any, number: str, parent: QTreeWidgetItem | None, level: int) -> None:
        title = f"{number}. {label_of(section)}"
        item = QTreeWidgetItem(parent or self.tree, [title, ""])
        item.setData(0, Qt.ItemDataRole.UserRole, section.key)
        item.setToolTip(0, title)
        self.section_items[section.key] = item
        self._heading(title, level, section.key)
        section_help = help_of(section)
        if section_help:
            helper = QLabel(section_help, self.form)
            helper.setObjectName("sectionHelp")
            helper.setWordWrap(True)
            self.form_layout.addWidget(helper)
        for spec in section.fields:
            self._add_row(spec, create_field(spec, self.template, self.form))
        for index, sub in enumerate(section.sections, start=1):
            self._build_section(sub, str(index), item, level + 1)

    def _add_row(self, spec: Any, editor: FieldEditor) -> None:
        row = FieldRow(spec, editor, self.form)
        self.rows[spec.key] = row
        self.form_layout.addWidget(row)
        key = spec.key
        editor.edited.connect(lambda key=key: self._on_edited(key))
        editor.committed.connect(lambda key=key: self._on_committed(key))
        editor.problem.connect(lambda message, key=key: self._row_message(key, message))

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
        self.autosaver.schedule(key, self._getter(key))
        if key in self._operands:
            self._refresh_computed(self.current_values())

    def _on_committed(self, key: str) -> None:
        if self.read_only:
            return
        if key in self.autosaver.pending():
            self.autosaver.commit(key)

    def save_now(self) -> bool:
        """Ctrl+S: every pending edit now (autosave would do it within a second anyway)."""
        ok = self.autosaver.flush()
        if ok:
            self.status.emit(self.tr("Đã lưu lúc {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")))
        else:
            self.status.emit(self.tr("Có trường nhập chưa đúng: giá trị đó chưa được lưu, hãy sửa theo hướng dẫn."))
        return ok

    def flush(self) -> bool:
        return self.autosaver.flush()

    def undo_last(self) -> Any:
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
        self.status.emit(self.tr("Đã lưu lúc {time}").format(time=when.strftime("%H:%M:%S")))
        stored = self.store.values(self.report_id, with_header=True)
        self._refresh_completion(stored)
        if key in self._operands:
            self._refresh_computed(stored)
        self.changed.emit()

    def _on_invalid(self, key: str, message: str) -> None:
        row = self.rows.get(key)
        if row is None:
            return
        row.show_message(f"{label_of(row.spec)}: {message}", error=True)
        self.status.emit(self.tr("Chưa lưu “{field}”: giá trị nhập chưa đúng.").format(field=label_of(row.spec)))

    def _on_valid(self, key: str) -> None:
        row = self.rows.get(key)
        if row is None:
            return
        message = self._check(row)
        row.show_message(message or "", error=False)

    def _check(self, row: FieldRow) -> str | None:
        if not self.field_checks:
            return None
        try:
            value = row.editor.value()
        except InputError:
            return None
        values = self.current_values()
        for check in self.field_checks:
            message = check(row.spec, value, values)
            if message:
                return message
        return None

    def _row_message(self, key: str, message: str) -> None:
        row = self.rows.get(key)
        if row is not None:
            row.show_message(message, error=True)

    def _refresh_computed(self, values: dict[str, Any]) -> None:
        for key, value in computed_values(self.template, values).items():
            row = self.rows.get(key)
            if row is not None:
                row.editor.set_value(value)

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

    def _tree_jump(self, current: QTreeWidgetItem | None, _previous: Any = None) -> None:
        if current is None or self._syncing_tree:
            return
        anchor = self.section_anchors.get(current.data(0, Qt.ItemDataRole.UserRole))
        if anchor is not None:
            self.scroll.verticalScrollBar().setValue(anchor.y() - 8)

    def _sync_tree_to_scroll(self, value: int) -> None:
        current = None
        for key, anchor in self.section_anchors.items():
            if anchor.y() - 8 <= value + 40:
                current = key
        item = self.section_items.get(current or HEADER_SECTION)
        if item is not None and item is not self.tree.currentItem():
            self._syncing_tree = True
            try:
                self.tree.setCurrentItem(item)
            finally:
                self._syncing_tree = False

    def focus_field(self, key: str) -> bool:
        row = self.rows.get(key)
        if row is None:
            return False
        self.scroll.ensureWidgetVisible(row, 0, 60)
        widget = row.editor.focus_widget()
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            return True
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(row, 0, 60))
        return True

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def _set_up_finder(self) -> None:
        model = QStandardItemModel(self)
        for key, row in self.rows.items():
            label = label_of(row.spec)
            item = QStandardItem(label)
            item.setData(fold_search(label), FoldingCompleter.FOLDED_ROLE)
            item.setData(key, FoldingCompleter.KEY_ROLE)
            model.appendRow(item)
        self.finder_model = model
        completer = FoldingCompleter(self)
        completer.setModel(model)
        completer.activated[QModelIndex].connect(self._find_activated)
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
            QTimer.singleShot(0, lambda: self.focus_field(key))

    def _find_first(self) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer's own activation handles it
        keys = self.find_fields(self.find_box.text())
        if keys:
            self.focus_field(keys[0])
        else:
            self.status.emit(self.tr("Không tìm thấy trường nào có tên “{text}”.").format(text=self.find_box.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)
