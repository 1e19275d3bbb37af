"""The inbox's conflicts: received reports whose identity clashes with one already there, waiting for a person.

The importer never settles a clash itself (gui.inbox.importer._identity_clash); this panel lists the open ones with
the reason and lets the Ministry keep what was there or take the received report (gui.operations.inbox). A taken
report that the counting rule would leave waiting is refused with its reason, the words the command line prints,
and is taken only when the person then chooses "Nhận và chấp nhận" knowingly."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import UserError
from gui.operations.inbox import Conflict, NotCountableError, open_conflicts, resolve_conflict
from gui.store.reports import ReportStore
from gui.views.inbox.page_operation import run_on_page
from gui.views.messages import confirm


class ConflictsPanel(QWidget):
    changed = Signal()  # a conflict was decided: the consolidation may have changed

    def __init__(self, store: ReportStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.conflicts: list[Conflict] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Đơn vị"), self.tr("Kỳ"), self.tr("Tệp"), self.tr("Vì sao cần quyết định")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("Không có xung đột nào chờ quyết định."))
        self.keep_button = QPushButton(self.tr("Giữ bản đã có"))
        self.take_button = QPushButton(self.tr("Nhận bản mới"))
        self.keep_button.clicked.connect(lambda: self.decide_selected(take=False))
        self.take_button.clicked.connect(lambda: self.decide_selected(take=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.conflicts = list(open_conflicts(store=self.store))
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            for column, text in enumerate((c.unit_name, c.period_id, c.path, c.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.conflicts)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.keep_button.setEnabled(chosen)
        self.take_button.setEnabled(chosen)

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def decide_selected(self, *, take: bool) -> bool:
        conflict = self.selected()
        if conflict is None:
            return False
        title = self.tr("Quyết định xung đột")
        not_countable: list[NotCountableError] = []

        def ask_first(error: UserError) -> bool:  # not counted as it is: asked below, not warned
            if isinstance(error, NotCountableError):
                not_countable.append(error)
                return True
            return False

        decided = run_on_page(
            self,
            title,
            lambda: resolve_conflict(store=self.store, conflict_id=conflict.id, take=take),
            refresh=self._decided,
            refused=ask_first,
        )
        if decided is None and not_countable:
            # Taken only by a person who checked it with the unit and says so.
            if not confirm(self, title, str(not_countable[0]), self.tr("Nhận và chấp nhận")):
                return False
            decided = run_on_page(
                self,
                title,
                lambda: resolve_conflict(store=self.store, conflict_id=conflict.id, take=True, accept=True),
                refresh=self._decided,
            )
        return decided is not None

    def _decided(self) -> None:
        self.refresh()
        self.changed.emit()
