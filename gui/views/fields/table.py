"""Repeating tables: an editable model over the rows, delegates by column kind, and a totals row."""

from __future__ import annotations

import contextlib
import copy
import unicodedata
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import label_of, pick
from gui.core.kinds import kind_of
from gui.core.values import table_totals
from gui.views.fields.base import FieldEditor, InputError, choice_items, help_tr, message_of, parse
from gui.views.textutil import fold_search

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """The rows of one table field; the last row shows the totals of columns marked `total`."""

    rejected = Signal(str)
    rows_edited = Signal()

    def __init__(self, spec: Any, choice_labels: dict[str, list[tuple[str, str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.columns = list(spec.columns)
        self.choice_labels = choice_labels
        self.rows: list[dict[str, Any]] = []
        self.read_only = False
        self.has_totals = any(c.total for c in self.columns)
        self.cell_problems: dict[tuple[int, str], str] = {}

    # --- shape ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self.rows) + (1 if self.has_totals and self.rows else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def is_total_row(self, row: int) -> bool:
        return self.has_totals and row == len(self.rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self.columns[section]
            return kind_of(column).heading(column)
        return self.tr("Tổng") if self.is_total_row(section) else str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or self.is_total_row(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return base | Qt.ItemFlag.ItemIsEditable

    # --- data ----------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if self.is_total_row(index.row()):
            if role == Qt.ItemDataRole.DisplayRole and column.total:
                return self._display(column, table_totals(self.spec, self.rows).get(column.key))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        value = self.rows[index.row()].get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind_of(column).numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text, which a narrow column cuts with "…", then what the column asks for.
            parts = [self._display(column, value), pick(column.help, column.help_en)]
            return "\n\n".join(p for p in parts if p) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            severity = self.cell_problems.get((index.row(), column.key)) or self.cell_problems.get((index.row(), ""))
            if severity:
                return QColor("#fbe3e1") if severity == "error" else QColor("#fff3cd")
        return None

    def _display(self, column: Any, value: Any) -> str:
        """A cell as its column's kind prints it; yes/no and a list's values by their label in the interface
        language."""
        if value is None:
            return ""
        kind = kind_of(column)
        if kind.switch:
            return self.tr("Có") if value else self.tr("Không")
        if kind.has_choices:
            return dict((v, label) for label, v in self.choice_labels.get(column.key, [])).get(value, str(value))
        return kind.format(column, value, None)

    def _edit_text(self, column: Any, value: Any) -> Any:
        if kind_of(column).picked:
            return value
        if value is None:
            return ""
        return kind_of(column).edit_text(column, value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.is_total_row(index.row()):
            return False
        column = self.columns[index.column()]
        try:
            parsed = self.parse(column, value)
        except ValueError as error:
            self.rejected.emit(str(error))
            return False
        row = self.rows[index.row()]
        if row.get(column.key) == parsed:
            return False
        row[column.key] = parsed
        self.dataChanged.emit(index, index)
        if column.total:
            total = self.index(len(self.rows), index.column())
            self.dataChanged.emit(total, total)
        self.rejected.emit("")
        self.rows_edited.emit()
        return True

    def parse(self, column: Any, value: Any) -> Any:
        """Typed cell text → the canonical value (gui.core.parsing); ValueError naming the row and column."""
        if kind_of(column).picked:
            return value
        text = "" if value is None else str(value)
        try:
            return parse(column, text)
        except InputError as error:
            raise ValueError(
                self.tr("{table}, cột {message}").format(table=label_of(self.spec), message=message_of(error))
            ) from None

    # --- problems (from the validator) ---------------------------------------------------------

    def set_cell_problems(self, cells: dict[tuple[int, str], str]) -> None:
        """(row, column key) → 'error' or 'warning': those cells are tinted until the problem is fixed."""
        if cells == self.cell_problems:
            return
        self.cell_problems = cells
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, len(self.columns) - 1),
                [Qt.ItemDataRole.BackgroundRole],
            )

    # --- rows ----------------------------------------------------------------------------------

    def set_rows(self, rows: list[dict[str, Any]] | None) -> None:
        self.beginResetModel()
        self.rows = copy.deepcopy(rows or [])
        self.endResetModel()

    def add_row(self) -> int:
        self.beginResetModel()  # the totals row appears with the first row: a reset keeps views simple
        self.rows.append({c.key: None for c in self.columns})
        self.endResetModel()
        self.rows_edited.emit()
        return len(self.rows) - 1

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginResetModel()
            del self.rows[row]
            self.endResetModel()
            self.rows_edited.emit()


ARROW_WIDTH = 12


class CellDelegate(QStyledItemDelegate):
    """A drop-down for choice and yes/no columns; the default line editor for the others.

    The cell being typed in is `live`: `typing` fires at every keystroke so the autosaver keeps the cell's text
    before Enter (a crash mid-cell loses at most a second, as in any other field), and again when the editor
    closes (Escape puts the cell's old value back, and that is saved too)."""

    typing = Signal()

    def __init__(self, model: TableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self.live: tuple[QPersistentModelIndex, QLineEdit] | None = None

    def _items(self, column: Any) -> list[tuple[str, Any]]:
        if kind_of(column).switch:
            return [(self.tr("Có"), True), (self.tr("Không"), False)]
        return self.model.choice_labels.get(column.key, [])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """A list's cell shows the arrow of a drop-down, so it reads as one before it is opened."""
        column = self.model.columns[index.column()]
        if not kind_of(column).picked or self.model.read_only or self.model.is_total_row(index.row()):
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, widget)
        arrow = QStyleOption()
        if widget is not None:
            arrow.initFrom(widget)
        side = min(ARROW_WIDTH, item.rect.height())
        arrow.rect = QRect(item.rect.right() - side - 2, item.rect.center().y() - side // 2, side, side)
        arrow.palette = item.palette
        item.rect = item.rect.adjusted(0, 0, -(side + 4), 0)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorArrowDown, arrow, painter, widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.model.columns[index.column()]
        if kind_of(column).picked:
            # Editable: typing completes an item in view, and what matches no item is refused and said (a
            # non-editable drop-down jumped, unseen, to the first item starting with the first letter typed).
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem("—", None)
            for label, value in self._items(column):
                combo.addItem(label, value)
            completer = combo.completer()
            if completer is not None:  # the rest of the item typed shows in the cell, selected: what is seen is taken
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            line = combo.lineEdit()
            if line is not None:  # Enter in the text part commits, as in any other cell
                line.returnPressed.connect(lambda combo=combo: self._commit(combo))
            return combo
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            self.live = (QPersistentModelIndex(index), editor)
            editor.textEdited.connect(self.typing)
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        was_live = self.live is not None and self.live[1] is editor
        if was_live:
            self.live = None
        super().destroyEditor(editor, index)
        if was_live:
            self.typing.emit()

    def live_cell(self) -> tuple[int, str, str] | None:
        """(row, column key, text) of the cell being typed in, or None."""
        if self.live is None or not self.live[0].isValid():
            return None
        index, editor = self.live
        return index.row(), self.model.columns[index.column()].key, editor.text()

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            found = editor.findData(value) if value is not None else -1
            editor.setCurrentIndex(found)  # -1: an empty cell opens empty, not with "—" to type after
            line = editor.lineEdit()
            if line is not None:
                if found < 0:
                    line.clear()
                line.selectAll()  # what is typed replaces the cell's item
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = unicodedata.normalize("NFC", editor.currentText().strip())
            if text in ("", "—"):
                model.setData(index, None, Qt.ItemDataRole.EditRole)
                return
            found = pick_item([editor.itemText(i) for i in range(editor.count())], text)
            if found < 0:
                column = self.model.columns[index.column()]
                self.model.rejected.emit(
                    self.tr("{table}, cột {column}: “{text}” không khớp một mục nào của danh sách; hãy chọn một trong: {items}.").format(
                        table=label_of(self.model.spec),
                        column=label_of(column),
                        text=text,
                        items=", ".join(label for label, _value in self._items(column)),
                    )
                )
                return
            model.setData(index, editor.itemData(found), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def pick_item(labels: list[str], typed: str) -> int:
    """The item `typed` names, without case or diacritics: the one it equals, else the only one it starts, else the
    only one containing it; -1 when none or several do (never a guess: "Đã nộp phạt" is not "Đã xử lý xong")."""
    wanted = fold_search(typed)
    folded = [fold_search(label) for label in labels]
    for test in (str.__eq__, str.startswith, str.__contains__):
        hits = [i for i, label in enumerate(folded) if test(label, wanted)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1 and test is str.__eq__:
            return hits[0]
        if hits:
            return -1
    return -1


class TableView(QTableView):
    """Columns share the width by the template's `width` weights, none narrower than its heading."""

    def __init__(self, model: TableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._weights = [c.width for c in model.columns]
        self.delegate = CellDelegate(model, self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        # The row numbers' column as wide as "Tổng" from the start: the first row added no longer widens it and
        # pushes the columns out of view (the first heading was cut).
        self.verticalHeader().setMinimumWidth(
            self.verticalHeader().fontMetrics().horizontalAdvance(model.tr("Tổng")) + 16
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        model.modelReset.connect(lambda: QTimer.singleShot(0, self, self._spread))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._spread()

    def _spread(self) -> None:
        for column, width in enumerate(spread_widths(self.viewport().width(), self._weights, self._heading_widths())):
            self.setColumnWidth(column, width)

    def _heading_widths(self) -> list[int]:
        model = self.model()
        # Bold: the header draws the current cell's column heading in bold, and it must fit then too (it was cut
        # once the first row was added and its first cell got the focus).
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        return [
            metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or "")) + margin
            for c in range(model.columnCount())
        ]


def spread_widths(width: int, weights: list[float], needs: list[int], floor: int = 60) -> list[int]:
    """Column widths that fill `width` by weight, each at least its heading's width (`needs`) and `floor`; the
    room for that is taken from the columns with more than they need. When even the needs do not fit, every
    column gets its need and the table scrolls sideways."""
    needs = [max(floor, n) for n in needs]
    total = sum(weights) or 1.0
    widths = [max(n, width * w / total) for n, w in zip(needs, weights, strict=True)]
    excess = sum(widths) - width
    slack = [w - n for w, n in zip(widths, needs, strict=True)]
    room = sum(slack)
    if excess > 0 and room > 0:
        cut = min(excess, room)
        widths = [w - cut * s / room for w, s in zip(widths, slack, strict=True)]
    result = [int(w) for w in widths]
    if result and sum(result) < width:  # the pixels lost to rounding go to the last column
        result[-1] += width - sum(result)
    return result


class TableField(FieldEditor):
    """A repeating table with buttons to add and remove rows (Insert / Ctrl+Delete from the keyboard)."""

    kinds = ("table",)

    @classmethod
    def accepts(cls, spec: Any, template: Any) -> str:
        return help_tr(
            "Bảng: Insert thêm dòng, gõ để sửa ô, Tab sang ô kế tiếp, Enter để ghi ô, Ctrl+Delete xóa dòng; "
            "Tab khi không sửa ô để rời bảng."
        )

    @classmethod
    def for_spec(cls, spec: Any, template: Any, parent: QWidget | None = None) -> FieldEditor:
        labels = {c.key: choice_items(template, c.choices) for c in spec.columns if kind_of(c).has_choices}
        return cls(spec, labels, parent)

    MIN_VISIBLE_ROWS = 3
    MAX_VISIBLE_ROWS = 12

    def __init__(
        self, spec: Any, choice_labels: dict[str, list[tuple[str, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.model = TableModel(spec, choice_labels, self)
        self.view = TableView(self.model, self)
        self.add_button = QPushButton(self.tr("+ Thêm dòng"), self)
        self.remove_button = QPushButton(self.tr("− Xóa dòng"), self)
        self.add_button.setToolTip(self.tr("Thêm một dòng vào cuối bảng (Insert)"))
        self.remove_button.setToolTip(self.tr("Xóa dòng đang chọn (Ctrl+Delete)"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current_row)
        # setContext, not the constructor's `context=` (PySide6 6.12 ignores it and leaves WindowShortcut, so the
        # three tables' Insert keys were ambiguous and none of them worked).
        for sequence, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_row),
            (QKeySequence("Ctrl+Delete"), self.remove_current_row),
        ):
            shortcut = QShortcut(sequence, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.model.rows_edited.connect(self._rows_edited)
        self.view.delegate.typing.connect(self._emit_edited)
        self.model.rejected.connect(self.problem)
        self.model.modelReset.connect(self._fit_height)
        self._fit_height()

    def _rows_edited(self) -> None:
        self._fit_height()
        self._emit_edited()
        self._emit_committed()

    def _fit_height(self) -> None:
        rows = max(self.MIN_VISIBLE_ROWS, min(self.MAX_VISIBLE_ROWS, self.model.rowCount()))
        header = self.view.horizontalHeader().sizeHint().height()
        height = header + rows * self.view.verticalHeader().defaultSectionSize() + 2 * self.view.frameWidth() + 4
        self.view.setFixedHeight(height)

    def add_row(self) -> None:
        if self._read_only or len(self.model.rows) >= self.spec.max_rows:
            return
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_current_row(self) -> None:
        index = self.view.currentIndex()
        if self._read_only or not index.isValid():
            return
        self.model.remove_row(index.row())

    def value(self) -> Any:
        """The rows, with the text of a cell still being typed in when it reads as its column's kind (a
        half-typed date stays as it was until it reads)."""
        rows = copy.deepcopy(self.model.rows)
        live = self.view.delegate.live_cell()
        if live is not None and live[0] < len(rows):
            row, key, text = live
            column = next(c for c in self.model.columns if c.key == key)
            with contextlib.suppress(ValueError):  # a half-typed date or number: the cell's last good value
                rows[row][key] = self.model.parse(column, text)
        return [row for row in rows if any(v is not None for v in row.values())] or None

    def _show(self, value: Any) -> None:
        self.model.set_rows(value)

    def focus_widget(self) -> QWidget:
        return self.view

    def focus_chain(self) -> list[QWidget]:
        return [self.view, self.add_button, self.remove_button]

    def _apply_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
