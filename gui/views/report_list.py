"""The list of reports: a table model over the store's summaries, a filter proxy, and the page around them.

Nothing here touches the `Qt` namespace before the first list arrives: PySide6 builds all of its ~140 enums on
first access (~45 ms), and the page is part of the window shown at start-up. Hence `QtCore.Qt` inside methods,
and the view gets its model (whose header the view would ask for at once) only with the first rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.core.demo_uid import is_demo_uid
from gui.views.textutil import fold_search, local_datetime

if TYPE_CHECKING:
    from gui.store.listing import ReportSummary

Index = QModelIndex | QPersistentModelIndex

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole and UserRole, fixed values of Qt's API
TOOLTIP_ROLE = 3
USER_ROLE = 0x0100
SORT_ROLE = USER_ROLE + 1
ID_ROLE = USER_ROLE + 2


def period_text(period_id: str, kind: str) -> str:
    """'2025' → 'Năm 2025'; '2025-H1' → '6 tháng đầu năm 2025'; '2021-2025' → 'Giai đoạn 2021–2025'.

    One translation context ("ReportList") whoever calls."""
    if kind == "year":
        return QCoreApplication.translate("ReportList", "Năm {year}").format(year=period_id)
    if kind == "half":
        return QCoreApplication.translate("ReportList", "6 tháng đầu năm {year}").format(year=period_id.split("-")[0])
    if kind == "review":
        first, _, last = period_id.partition("-")
        return QCoreApplication.translate("ReportList", "Giai đoạn {first}–{last}").format(first=first, last=last)
    return period_id


class ReportListModel(QAbstractTableModel):
    """One row per report summary: unit, period, status, last edited (local time), completion %."""

    UNIT, PERIOD, STATUS, EDITED, COMPLETION = range(5)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.summaries: list[ReportSummary] = []
        self._cells: list[tuple[str, ...]] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Đơn vị"),
            self.tr("Kỳ báo cáo"),
            self.tr("Trạng thái"),
            self.tr("Sửa lần cuối"),
            self.tr("Đã điền"),
        ]

    def completion_tip(self) -> str:
        """What the percentage counts: said, since a report ready to send may well show 68 %."""
        return self.tr(
            "Tỷ lệ các mục đã có nội dung, tính cả các mục không bắt buộc (mục bắt buộc tính gấp đôi). Báo cáo "
            "xuất được bản chính thức khi Kiểm tra (F7) không còn lỗi, dù tỷ lệ này chưa đến 100%."
        )

    def set_summaries(self, summaries: list[ReportSummary]) -> None:
        self.beginResetModel()
        self.summaries = list(summaries)
        self._cells = [self._texts(s) for s in self.summaries]
        self.endResetModel()

    def _texts(self, s: ReportSummary) -> tuple[str, ...]:
        status = s.life.text()  # gui.core.report_status: as the editor and `bvntd report list` say it
        unit = self.tr("{unit} (báo cáo mẫu)").format(unit=s.unit_name) if is_demo_uid(s.uid) else s.unit_name
        return (
            unit,
            period_text(s.period_id, s.period_kind),
            status,
            local_datetime(s.updated_at),
            f"{round(100 * (s.completion or 0))}%",
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.summaries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if orientation == QtCore.Qt.Orientation.Horizontal and role == DISPLAY_ROLE:
            return self.headers()[section]
        if orientation == QtCore.Qt.Orientation.Horizontal and role == TOOLTIP_ROLE and section == self.COMPLETION:
            return self.completion_tip()
        return None

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        summary = self.summaries[index.row()]
        column = index.column()
        if role == DISPLAY_ROLE:
            return self._cells[index.row()][column]
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if role == ID_ROLE:
            return summary.id
        Qt = QtCore.Qt
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and summary.life.stale:
            return QtGui.QColor("#8a5a00")  # needs a new export and new signatures: not the colour of "done"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COMPLETION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _sort_key(self, s: ReportSummary, column: int) -> Any:
        if column == self.UNIT:
            return fold_search(s.unit_name)
        if column == self.PERIOD:
            return s.period_id
        if column == self.STATUS:
            return s.life.order
        if column == self.EDITED:
            return s.updated_at
        return float(s.completion or 0)

    # The default is None, not Qt.SortOrder.AscendingOrder: evaluating that at import builds PySide's whole `Qt`
    # namespace (~45 ms) before the first show (tests/views/test_app_start.py).
    def sort(self, column: int, order: QtCore.Qt.SortOrder | None = None) -> None:  # type: ignore[override]
        """One Python sort over keys computed once: a thousand rows sort in about a millisecond, where Qt's
        comparisons through data() would call into Python a hundred thousand times."""
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(index, self.summaries[index.row()].id) for index in persistent]
        pairs = sorted(
            zip(self.summaries, self._cells, strict=True),
            key=lambda pair: (self._sort_key(pair[0], column), pair[0].id),
            reverse=order == QtCore.Qt.SortOrder.DescendingOrder,
        )
        self.summaries = [p[0] for p in pairs]
        self._cells = [p[1] for p in pairs]
        if moved:
            rows = {s.id: i for i, s in enumerate(self.summaries)}
            self.changePersistentIndexList(
                [index for index, _ in moved], [self.index(rows[rid], index.column()) for index, rid in moved]
            )
        self.layoutChanged.emit()

    def row_of(self, report_id: int) -> int:
        return next((i for i, s in enumerate(self.summaries) if s.id == report_id), -1)


class ReportFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose unit, period or status contains every word typed, without case or diacritics."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._sort: tuple[int, QtCore.Qt.SortOrder | None] = (-1, None)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: QtCore.Qt.SortOrder | None = None) -> None:  # type: ignore[override]
        # Sorting is the source model's (fast, in Python); the proxy only filters and keeps the source order.
        self._sort = (column, order)
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)  # type: ignore[arg-type]  # our model takes None

    def resort(self) -> None:
        """After new rows arrive: the order the user chose, again."""
        if self._sort[0] >= 0:
            self.sort(*self._sort)

    def set_filter(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10; invalidateRowsFilter() is deprecated there
            self.beginFilterChange()
            self._words = fold_search(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold_search(text).split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        cells = " ".join(str(model.index(source_row, c, source_parent).data(DISPLAY_ROLE)) for c in range(3))
        haystack = fold_search(cells)
        return all(word in haystack for word in self._words)


class ReportListPage(QWidget):
    """The filter box, the table and a line that says what is shown (own reports or the trash)."""

    open_requested = Signal(int)
    current_changed = Signal()
    new_requested = Signal()
    profile_requested = Signal()
    remove_demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReportListModel(self)
        self.proxy = ReportFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.heading = QLabel(self)
        self.heading.setObjectName("listHeading")
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Lọc theo đơn vị, kỳ báo cáo, trạng thái…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_filter)
        self.view = QTableView(self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)  # Enter on a row
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyHint")
        self.empty.hide()
        self.start: StartPanel | None = None  # built with the first list (it needs the `Qt` namespace)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.filter_box)
        self.filter_box.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        self.start_slot = QVBoxLayout()
        layout.addLayout(self.start_slot)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    def _attach_model(self) -> None:
        """The model, its header and its sort order, given to the view with the first rows (see the docstring)."""
        self.view.setModel(self.proxy)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.current_changed.emit())
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ReportListModel.EDITED, QtCore.Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ReportListModel.UNIT, QHeaderView.ResizeMode.Stretch)
        for column in (
            ReportListModel.PERIOD,
            ReportListModel.STATUS,
            ReportListModel.EDITED,
            ReportListModel.COMPLETION,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(50)  # sizing columns from the first rows, not all of a thousand

    def set_summaries(self, summaries: list[ReportSummary], *, trash: bool, select_id: int | None = None) -> None:
        if self.view.model() is None:
            self._attach_model()
        previous = select_id if select_id is not None else self.selected_id()
        self.model.set_summaries(summaries)
        self.proxy.resort()
        self.heading.setText(self.tr("Thùng rác") if trash else self.tr("Báo cáo của đơn vị"))
        if not summaries:
            self.empty.setText(
                self.tr("Thùng rác trống.") if trash else self.tr("Chưa có báo cáo nào. Bấm “Báo cáo mới” (Ctrl+N).")
            )
        self.empty.setVisible(not summaries)
        # Until the unit has a report of its own (the demo aside), the three steps stay in view.
        demos = [s for s in summaries if is_demo_uid(s.uid)]
        starting = not trash and len(demos) == len(summaries)
        if starting and self.start is None:
            self.start = StartPanel(self)
            self.start.new_requested.connect(self.new_requested)
            self.start.profile_requested.connect(self.profile_requested)
            self.start.remove_demo_requested.connect(self.remove_demo_requested)
            self.start_slot.addWidget(self.start)
        if self.start is None:
            self.select(previous)
            return
        self.start.set_state(has_demo=bool(demos))
        self.start.setVisible(starting)
        if starting and not summaries:
            self.empty.hide()
        self.select(previous)

    def demo_ids(self) -> list[int]:
        return [s.id for s in self.model.summaries if is_demo_uid(s.uid)]

    def select(self, report_id: int | None) -> None:
        row = self.model.row_of(report_id) if report_id is not None else -1
        if row < 0 and self.proxy.rowCount() == 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else self.proxy.index(0, 0)
        if not index.isValid():
            index = self.proxy.index(0, 0)
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(ID_ROLE)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.siblingAtColumn(0).data(ID_ROLE))


class StartPanel(QWidget):
    """The first screen's three steps (profile, a new report, check and export), and the demo's way out."""

    new_requested = Signal()
    profile_requested = Signal()
    remove_demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # lazy: PySide builds a Qt class on its first use, and the start panel is built after the window is shown
        from PySide6.QtWidgets import QPushButton

        super().__init__(parent)
        self.setObjectName("startPanel")
        self.title = QLabel(self.tr("Bắt đầu trong ba bước"), self)
        self.title.setObjectName("startTitle")
        steps = [
            self.tr(
                "<b>1. Hồ sơ cơ quan</b> — một lần: đơn vị báo cáo, người ký, nơi nhận. Mọi báo cáo mới lấy sẵn "
                "các thông tin này."
            ),
            self.tr(
                "<b>2. Báo cáo mới</b> (Ctrl+N) — chọn kỳ báo cáo rồi nhập từng mục. Mọi thứ tự động lưu; "
                "Ctrl+F tìm một mục, F1 xem hướng dẫn cho mục đang nhập."
            ),
            self.tr(
                "<b>3. Kiểm tra và xuất PDF</b> — F7 liệt kê những gì còn thiếu hoặc chưa khớp; Ctrl+E xuất văn "
                "bản PDF để trình ký và gửi Bộ Công Thương."
            ),
        ]
        self.steps = [QLabel(text, self) for text in steps]
        self.profile_button = QPushButton(self.tr("1. Hồ sơ cơ quan…"), self)
        self.new_button = QPushButton(self.tr("2. Báo cáo mới…"), self)
        self.demo_note = QLabel(
            self.tr("Báo cáo “mẫu” trong danh sách là ví dụ đã điền đủ, để xem trước; xóa khi không cần nữa."),
            self,
        )
        self.demo_button = QPushButton(self.tr("Xóa báo cáo mẫu"), self)
        self.profile_button.clicked.connect(self.profile_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.remove_demo_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        for label in (*self.steps, self.demo_note):
            label.setWordWrap(True)
            layout.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        layout.addLayout(buttons)
        self.setStyleSheet(
            "QWidget#startPanel { background: #f3f7fb; border: 1px solid #c9d6e3; border-radius: 4px; }"
            "QLabel#startTitle { font-size: 12pt; font-weight: 600; color: #1f3a5f; }"
        )
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_StyledBackground, True)

    def set_state(self, *, has_demo: bool) -> None:
        self.demo_note.setVisible(has_demo)
        self.demo_button.setVisible(has_demo)
