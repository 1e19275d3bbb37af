"""The Ministry's inbox: import files and folders (buttons or drag-and-drop), see per file what happened, and read
the consolidation of a period (completeness, indicators with totals, texts side by side), exported to Excel or PDF."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QThread, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import label_of
from gui.core.numbers import format_int, format_percent
from gui.core.period import parse_period
from gui.inbox.consolidate import Consolidation
from gui.inbox.importer import ImportRun, Outcome
from gui.operations.desk import export_summary
from gui.operations.inbox import period_summary, received_periods
from gui.operations.trust import trust_sources
from gui.store.reports import ReportStore
from gui.views.exported_file_dialog import FileDoneDialog
from gui.views.inbox.certificates import TrustPanel
from gui.views.inbox.conflicts import ConflictsPanel
from gui.views.inbox.follow_up_pane import DeskPanel
from gui.views.inbox.models import (
    CompletenessModel,
    ImportResultsModel,
    IndicatorsModel,
    NarrativesModel,
    UnmatchedModel,
    _Table,
    outcome_text,
)
from gui.views.inbox.page_operation import run_on_page
from gui.views.inbox.save_dialogs import ask_save_path
from gui.views.inbox.worker import ImportWorker
from gui.views.messages import warn
from gui.views.run_operation import Failed, say_unexpected

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent


class InboxWidget(QWidget):
    """Import and consolidate; a double-click on a unit that reported asks the main window to open its report."""

    open_report = Signal(int)
    import_finished = Signal(object)  # ImportRun
    back_requested = Signal()  # "← Báo cáo của đơn vị" (also Alt+←)
    consolidation_changed = Signal()

    def __init__(self, store: ReportStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if store.path is None:
            raise ValueError("InboxWidget needs a store opened from a file (the import runs on its own connection).")
        self.store = store
        self.consolidation: Consolidation | None = None
        self.last_run: ImportRun | None = None
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._progress: QProgressDialog | None = None
        self._last_progress = 0.0
        self.setAcceptDrops(True)
        self._build()
        self.refresh_periods()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.import_files_button = QPushButton(self.tr("Nhập tệp…"))
        self.import_folder_button = QPushButton(self.tr("Nhập thư mục…"))
        # Drafts (DỰ THẢO) are refused unless ticked for the next imports; they are then marked as drafts.
        self.accept_drafts_box = QCheckBox(self.tr("Nhận cả bản dự thảo"))
        self.accept_drafts_box.setToolTip(
            self.tr("Bản dự thảo (DỰ THẢO) bị từ chối trừ khi chọn ô này; khi nhận, báo cáo được ghi rõ là dự thảo.")
        )
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(22)
        self.export_xlsx_button = QPushButton(self.tr("Xuất Excel"))
        self.export_pdf_button = QPushButton(self.tr("Xuất PDF tổng hợp"))
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.export_xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.export_pdf_button.clicked.connect(lambda: self.export_pdf())

        self.back_button = QPushButton(self.tr("← Báo cáo của đơn vị"))
        self.back_button.setToolTip(self.tr("Quay lại danh sách báo cáo của đơn vị (Alt+←)"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(self.tr("Tổng hợp báo cáo của các địa phương, bộ, ngành"))
        self.title.setObjectName("listHeading")
        title_row = QHBoxLayout()
        title_row.addWidget(self.back_button)
        title_row.addWidget(self.title, 1)

        bar = QHBoxLayout()
        bar.addWidget(self.import_files_button)
        bar.addWidget(self.import_folder_button)
        bar.addWidget(self.accept_drafts_box)
        self.load_roots_button = QPushButton(self.tr("Nạp chứng thư gốc…"))
        self.load_roots_button.setToolTip(
            self.tr("Nạp chứng thư gốc, trung gian hoặc CRL để xác minh chữ ký số (thẻ Chứng thư số)")
        )
        self.load_roots_button.clicked.connect(self._load_roots)
        bar.addWidget(self.load_roots_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Kỳ báo cáo:")))
        bar.addWidget(self.period_combo)
        bar.addStretch(1)
        bar.addWidget(self.export_xlsx_button)
        bar.addWidget(self.export_pdf_button)

        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(
            self.tr("Kéo thả tệp PDF, tệp JSON hoặc thư mục vào đây để nhập báo cáo của các địa phương.")
        )
        self.hint.setStyleSheet("color: #666")
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.linkActivated.connect(lambda _link: self._load_roots())

        self.results_model = ImportResultsModel(self)
        self.completeness_model = CompletenessModel(self)
        self.indicators_model = IndicatorsModel(self)
        self.narratives_model = NarrativesModel(self)
        self.unmatched_model = UnmatchedModel(self)
        self.results_view = self._view(self.results_model, stretch_last=True, wrap=True)  # reasons never cut
        self.results_view.horizontalHeader().sectionResized.connect(lambda *_: self.results_view.resizeRowsToContents())
        self.completeness_view = self._view(self.completeness_model)
        self.indicators_view = self._view(self.indicators_model)
        header = self.indicators_view.horizontalHeader()
        header.setDefaultSectionSize(120)
        # Indicator labels are long: wrap them over several lines of a taller header.
        header.setDefaultAlignment(
            Qt.AlignmentFlag(Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value)
        )
        header.setFixedHeight(84)
        # The units stay in view while the indicators scroll sideways: they are the rows' (vertical) header.
        self.indicators_view.verticalHeader().setVisible(True)
        self.indicators_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.narratives_view = self._view(self.narratives_model, stretch_last=True, wrap=True)
        self.unmatched_view = self._view(self.unmatched_model, stretch_last=True)

        self.narrative_combo = QComboBox()
        self.narrative_combo.currentIndexChanged.connect(self._narrative_changed)
        narratives = QWidget()
        narratives_layout = QVBoxLayout(narratives)
        narratives_layout.setContentsMargins(0, 0, 0, 0)
        narratives_layout.addWidget(self.narrative_combo)
        narratives_layout.addWidget(self.narratives_view)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.results_view, self.tr("Kết quả nhập"))

        self.completeness_tab = completeness = QWidget()
        completeness_layout = QVBoxLayout(completeness)
        completeness_layout.setContentsMargins(0, 0, 0, 0)
        completeness_layout.addWidget(self.completeness_view, 1)
        self.tabs.addTab(completeness, self.tr("Tình hình báo cáo"))
        self.tabs.addTab(self.indicators_view, self.tr("Chỉ tiêu"))
        self.tabs.addTab(narratives, self.tr("Nội dung"))
        self.tabs.addTab(self.unmatched_view, self.tr("Số liệu ngoài mẫu"))

        self.desk = DeskPanel(self.store)
        self.desk.open_report.connect(self.open_report)
        self.desk.changed.connect(self._period_changed)
        self.tabs.addTab(self.desk, self.tr("Bàn làm việc của Bộ"))

        # Trust roots, CRLs, the versions that wait and the registry (gui.operations.trust).
        self.trust = TrustPanel(self.store)
        self.trust.changed.connect(lambda: self.refresh_periods())
        self.tabs.addTab(self.trust, self.tr("Chứng thư số"))

        self.conflicts = ConflictsPanel(self.store)
        self.conflicts.changed.connect(lambda: self.refresh_periods())
        self.tabs.addTab(self.conflicts, self.tr("Xung đột"))

        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(bar)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)

    def _load_roots(self) -> None:
        self.tabs.setCurrentWidget(self.trust)
        self.trust.choose_trust_files()

    def fit_results(self) -> None:
        """Every column but the reason sized to its content; the reason takes the rest and wraps, never cut."""
        view = self.results_view
        for column in range(self.results_model.columnCount() - 1):
            view.resizeColumnToContents(column)
            view.setColumnWidth(column, min(view.columnWidth(column), 280))
        view.resizeRowsToContents()

    def _view(self, model: _Table, *, stretch_last: bool = False, wrap: bool = False) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(wrap)
        header = view.horizontalHeader()
        header.setStretchLastSection(stretch_last)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.doubleClicked.connect(lambda index, m=model: self._open(m, index))
        return view

    def _open(self, model: _Table, index: QModelIndex) -> None:
        report_id = model.report_id(index.row())
        if report_id is not None:
            self.open_report.emit(report_id)

    # --- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_paths(event.mimeData()) and self._thread is None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    @staticmethod
    def _local_paths(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    # --- importing ----------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn báo cáo cần nhập"), "", self.tr("Báo cáo (*.pdf *.json);;Mọi tệp (*)")
        )
        if names:
            self.start_import([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa báo cáo"))
        if name:
            self.start_import([Path(name)])

    def start_import(self, paths: list[Path]) -> bool:
        """Import in a worker thread behind a progress dialog that can cancel; False when one is already running."""
        if self._thread is not None:
            return False
        assert self.store.path is not None
        self._progress = QProgressDialog(self.tr("Đang nhập báo cáo…"), self.tr("Hủy"), 0, 0, self)
        self._progress.setWindowTitle(self.tr("Nhập báo cáo"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._thread = QThread(self)
        self._worker = ImportWorker(self.store.path, paths, accept_drafts=self.accept_drafts_box.isChecked())
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        # Not to the worker's slot: the worker's thread is busy importing, a queued call would wait for the end.
        self._progress.canceled.connect(self.cancel_import)
        self._set_busy(True)
        self._thread.start()
        return True

    def cancel_import(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self._progress is None:
            return
        # At most about ten updates a second: a thousand files must not cost thousands of repaints.
        now = time.monotonic()
        if done not in (0, total) and now - self._last_progress < 0.1:
            return
        self._last_progress = now
        self._progress.setMaximum(max(total, 1))
        self._progress.setValue(done)
        if name:
            self._progress.setLabelText(
                self.tr("Đang đọc {name} ({done}/{total})").format(name=name, done=done + 1, total=total)
            )

    def _on_finished(self, run: ImportRun) -> None:
        self._stop_thread()
        self.last_run = run
        self.results_model.set_results(run.every)  # the files skipped too, each on its line
        self.fit_results()
        self.conflicts.refresh()
        self.trust.refresh()
        self.tabs.setCurrentWidget(self.results_view)
        self.hint.setText(html.escape(self._run_text(run), quote=False))
        if any(r.outcome is Outcome.PENDING and r.signature == "unverified" for r in run.results) and not any(
            s.kind == "root" for s in trust_sources(store=self.store)
        ):
            # Waiting because no root is loaded yet: the way to load one, right where the person reads it.
            self.hint.setText(
                self.hint.text()
                + " — "
                + self.tr("chưa nạp chứng thư gốc nào, nên chưa chữ ký số nào tin cậy: ")
                + '<a href="load-roots">'
                + self.tr("Nạp chứng thư gốc…")
                + "</a>"
            )
        touched = [r.period_id for r in run.results if r.outcome in (Outcome.IMPORTED, Outcome.REPLACED)]
        self.refresh_periods(select=touched[-1] if touched else None)
        self.import_finished.emit(run)

    def _on_failed(self, failure: Failed) -> None:
        self._stop_thread()
        title = self.tr("Nhập báo cáo")
        if failure.message is None:  # our fault, in the log file (ImportWorker): said as every other one is
            say_unexpected(self, title)
        else:
            warn(self, title, self.tr("Không nhập được: {message}").format(message=failure.message))

    def _stop_thread(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
        if self._worker is not None:
            self._worker.deleteLater()
            self._worker = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.import_files_button, self.import_folder_button):
            button.setEnabled(not busy)

    def _run_text(self, run: ImportRun) -> str:
        counts = run.counts()
        parts = [f"{outcome_text(o)}: {counts[o]}" for o in Outcome if counts[o]]
        if run.skipped:
            parts.append(f"{outcome_text(Outcome.SKIPPED)}: {len(run.skipped)}")
        text = self.tr("{done}/{total} tệp").format(done=len(run.results), total=run.total)
        if run.cancelled:
            text += " " + self.tr("(đã hủy giữa chừng)")
        return f"{text} — {', '.join(parts)}" if parts else text

    # --- the consolidation ----------------------------------------------------------------------

    def refresh_periods(self, select: str | None = None) -> None:
        current = select or self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for received in received_periods(store=self.store):
            label = self.tr("{period} — {count} báo cáo").format(
                period=_period_label(received.period_id, self.tr), count=received.reports
            )
            self.period_combo.addItem(label, received.period_id)
        index = self.period_combo.findData(current) if current else -1
        self.period_combo.setCurrentIndex(index if index >= 0 else (0 if self.period_combo.count() else -1))
        self.period_combo.blockSignals(False)
        self._period_changed()

    def _period_changed(self) -> None:
        period_id = self.period_combo.currentData()
        summary = period_summary(store=self.store, period_id=period_id) if period_id else None
        self.consolidation = c = summary.consolidation if summary is not None else None
        self.completeness_model.set_consolidation(c, summary.quality if summary is not None else None)
        self.indicators_model.set_consolidation(c)
        self.unmatched_model.set_consolidation(c)
        self.desk.set_consolidation(c)
        self.completeness_view.resizeColumnsToContents()
        self.unmatched_view.resizeColumnsToContents()
        self.indicators_view.verticalHeader().setFixedWidth(230)
        key = self.narrative_combo.currentData()
        self.narrative_combo.blockSignals(True)
        self.narrative_combo.clear()
        for spec in c.narratives if c is not None else []:
            self.narrative_combo.addItem(spec.label, spec.key)
        index = self.narrative_combo.findData(key) if key else 0
        self.narrative_combo.setCurrentIndex(max(index, 0) if self.narrative_combo.count() else -1)
        self.narrative_combo.blockSignals(False)
        self._narrative_changed()
        self.headline.setText(self._headline(c))
        for button in (self.export_xlsx_button, self.export_pdf_button):
            button.setEnabled(c is not None)
        self.tabs.setTabText(
            4, self.tr("Số liệu ngoài mẫu ({n})").format(n=len(c.unmatched())) if c else self.tr("Số liệu ngoài mẫu")
        )
        self.consolidation_changed.emit()

    def _narrative_changed(self) -> None:
        self.narratives_model.set_field(self.consolidation, self.narrative_combo.currentData())
        self.narratives_view.setColumnWidth(0, 190)
        self.narratives_view.resizeRowsToContents()

    def _headline(self, c: Consolidation | None) -> str:
        if c is None:
            return self.tr("Chưa có báo cáo nào được nhập.")
        parts = [
            self.tr("{n}/{of} địa phương đã gửi báo cáo").format(n=len(c.reported), of=len(c.provinces)),
            self.tr("{x}/{y} địa phương đã ban hành Kế hoạch").format(
                x=c.yes_count("plan_issued").yes, y=c.yes_count("plan_issued").of
            ),
        ]
        if c.ministries:
            parts.append(self.tr("{n} bộ, ngành đã gửi báo cáo").format(n=len(c.ministries)))
        nationwide = self.tr("cả nước")
        for spec in c.rates:
            rate = c.rate_total(spec.key)
            if rate is not None:
                parts.append(f"{label_of(spec)} ({nationwide}): {format_percent(rate, 2)}%")
        received = c.total("cp_received") if "cp_received" in c.template.field_map() else None
        if isinstance(received, int):
            parts.append(self.tr("{n} yêu cầu, khiếu nại đã tiếp nhận").format(n=format_int(received)))
        return f"{c.unit_list.name} — " + "; ".join(parts)

    # --- exports --------------------------------------------------------------------------------

    def _save_path(self, title: str, suffix: str, filter_text: str) -> Path | None:
        c = self.consolidation
        default = f"tong-hop-bvqlntd-{c.period.id}{suffix}" if c else f"tong-hop{suffix}"
        return ask_save_path(self, title, default, filter_text, suffix.lstrip("."))

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        if self.consolidation is None:
            return None
        path = path or self._save_path(self.tr("Xuất Excel"), ".xlsx", self.tr("Sổ tính Excel (*.xlsx)"))
        return self._export(path, "xlsx") if path is not None else None

    def export_pdf(self, path: Path | None = None) -> Path | None:
        if self.consolidation is None:
            return None
        path = path or self._save_path(self.tr("Xuất PDF tổng hợp"), ".pdf", self.tr("Tệp PDF (*.pdf)"))
        return self._export(path, "pdf") if path is not None else None

    def _export(self, path: Path, fmt: str) -> Path | None:
        # A full disk, a file open in Excel, a read-only file: the refusal names it; the hint says what was written.
        written = run_on_page(
            self,
            self.tr("Xuất tệp"),
            lambda: export_summary(output=path, fmt=fmt, consolidation=self.consolidation),
            done=lambda _result: self.tr("Đã ghi {path}").format(path=path),
            status=self.hint,
        )
        if written is None:
            return None
        self._show_done(path)
        return path

    def _show_done(self, path: Path) -> None:
        """The same next steps as after a report's export: open the file, its folder, or email it."""
        excel = path.suffix.lower() == ".xlsx"
        period = self.consolidation.period.phrase if self.consolidation is not None else ""
        what = self.tr("bảng tổng hợp Excel") if excel else self.tr("báo cáo tổng hợp PDF")
        dialog = FileDoneDialog(
            path,
            self.tr("Đã xuất Excel") if excel else self.tr("Đã xuất PDF tổng hợp"),
            what,
            subject=self.tr("Tổng hợp báo cáo bảo vệ quyền lợi người tiêu dùng {period}").format(period=period),
            body=self.tr("Gửi kèm {what} {period} ({name}).").format(what=what, period=period, name=path.name),
            parent=self,
        )
        self.done_dialog = dialog
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_import()
        self.trust.wait_idle()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(5000)
        super().closeEvent(event)


def _period_label(period_id: str, tr: Callable[[str], str]) -> str:
    try:
        period = parse_period(period_id)
    except ValueError:
        return period_id
    if period.kind == "year":
        return tr("Năm {year}").format(year=period.start.year)
    if period.kind == "half":
        return tr("6 tháng đầu năm {year}").format(year=period.start.year)
    return tr("Giai đoạn {first}–{last}").format(first=period.start.year, last=period.end.year)
