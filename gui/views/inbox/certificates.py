"""The inbox page's "Chứng thư số" tab: the Ministry's trust managed without the command line (gui.operations.trust).

- trust roots, intermediates and CRLs: "Nạp chứng thư gốc…", listed with the CA's name and validity;
- the versions waiting for a person ("chờ xác nhận") with their reasons: the unit's certificate compared with the
  registered ones (holder, organisation, validity, SHA-256 fingerprint) and registered, or the version accepted;
- the registry: the certificates each unit may sign with, per role; a certificate file the unit sent registered,
  a certificate retired.
Every change re-verifies every stored version and weighs again which ones are counted."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.core.units import agencies, province_list_at
from gui.operations.trust import (
    KIND_LABELS,
    SOURCE_LABELS,
    Reverified,
    accept_version,
    add_certificate,
    confirm_certificate,
    list_certificates,
    load_trust_files,
    pending_versions,
    retire_certificate,
    reverify,
    role_label,
    trust_sources,
)
from gui.signing.certificates import CertificateChange, KnownCertificate, pending_change
from gui.signing.settings import load_settings, save_settings
from gui.signing.verify import FETCH_SECONDS
from gui.store.reports import ReportStore
from gui.views.inbox.page_operation import run_on_page
from gui.views.inbox.reverify_worker import ReverifyWorker
from gui.views.messages import warn
from gui.views.run_operation import Failed, say_unexpected, unexpected_text

log = logging.getLogger(__name__)

T = TypeVar("T")


def _fingerprint(value: str) -> str:
    """64 hex digits in groups of four, two lines: easy to read out over the phone."""
    groups = [value[i : i + 4].upper() for i in range(0, len(value), 4)]
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])


def _day(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


class CertificateDialog(QDialog):
    """The old and the new certificate side by side; accepted = the person confirmed the new one."""

    def __init__(self, change: CertificateChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self.setWindowTitle(self.tr("Xác nhận chứng thư số mới"))
        self.change = change
        role = (
            self.tr("người có thẩm quyền ký") if change.role == "signer" else self.tr("cơ quan (chữ ký số của văn thư)")
        )
        intro = QLabel(
            self.tr(
                "Báo cáo của <b>{unit}</b> được ký bằng một chứng thư số ({role}) chưa đăng ký cho đơn vị. Hãy "
                "liên hệ đơn vị (ví dụ đọc dấu vân tay qua điện thoại) để chắc chắn đây là chứng thư số của họ, "
                "rồi mới đăng ký. Sau khi đăng ký, mọi báo cáo đã nhận được kiểm tra lại; báo cáo có chữ ký này "
                "được coi là tin cậy nếu không còn vấn đề nào khác."
            ).format(unit=html.escape(change.unit_name, quote=False), role=role),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        heading = [self.tr("Chứng thư số đã đăng ký"), self.tr("Chứng thư số mới")]
        for column, text in enumerate(heading, start=1):
            label = QLabel(f"<b>{html.escape(text, quote=False)}</b>", self)
            grid.addWidget(label, 0, column)
        rows = [
            self.tr("Người được cấp:"),
            self.tr("Tổ chức:"),
            self.tr("Hiệu lực:"),
            self.tr("Dấu vân tay SHA-256:"),
            self.tr("Đăng ký lúc:"),
        ]
        for row, text in enumerate(rows, start=1):
            grid.addWidget(QLabel(text, self), row, 0, Qt.AlignmentFlag.AlignTop)
        old = change.old[-1] if change.old else None
        self.old_labels = self._column(grid, 1, old)
        self.new_labels = self._column(grid, 2, change.new)
        if len(change.old) > 1:
            more = QLabel(self.tr("Đơn vị còn {n} chứng thư số khác đã đăng ký.").format(n=len(change.old) - 1))
            grid.addWidget(more, len(rows) + 1, 1)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            self.tr("Đăng ký chứng thư số này"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Chưa đăng ký"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _column(self, grid: QGridLayout, column: int, cert: KnownCertificate | None) -> list[QLabel]:
        if cert is None:
            values = [self.tr("(chưa có chứng thư nào được đăng ký)"), "", "", "", ""]
        else:
            values = [
                cert.holder or self.tr("không ghi"),
                cert.organisation or self.tr("không ghi"),
                self._validity(cert),
                _fingerprint(cert.fingerprint),
                _day(cert.first_seen_at),
            ]
        labels = []
        for row, value in enumerate(values, start=1):
            label = QLabel(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(row != 4)
            if row == 4:
                label.setStyleSheet("font-family: monospace")
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            labels.append(label)
        return labels

    def _validity(self, cert: KnownCertificate) -> str:
        if cert.valid_from is None or cert.valid_to is None:
            return self.tr("không rõ")
        return self.tr("từ {start} đến {end}").format(
            start=cert.valid_from.strftime("%d/%m/%Y"), end=cert.valid_to.strftime("%d/%m/%Y")
        )


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(text)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setAlternatingRowColors(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, _item(text))
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), 260))


class RegisterDialog(QDialog):
    """A certificate file a unit sent, registered for the unit in a role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đăng ký chứng thư số của đơn vị"))
        self.unit = QComboBox(self)
        for unit in province_list_at(dt.date.today()).units:
            self.unit.addItem(unit.display_name, ("province", unit.code))
        for unit in agencies():
            self.unit.addItem(unit.name, ("ministry", unit.code))
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Người có thẩm quyền ký"), "signer")
        self.role.addItem(self.tr("Cơ quan (chữ ký số của văn thư)"), "agency")
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("tệp .cer, .crt hoặc .pem đơn vị gửi"))
        browse = QPushButton(self.tr("Chọn…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Đơn vị:"), self.unit)
        form.addRow(self.tr("Vai trò:"), self.role)
        form.addRow(self.tr("Tệp chứng thư số:"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đăng ký"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 180)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp chứng thư số"), "", self.tr("Chứng thư số (*.cer *.crt *.pem *.der);;Mọi tệp (*)")
        )
        if name:
            self.path.setText(name)

    def choice(self) -> tuple[str, str, str, Path]:
        kind, code = self.unit.currentData()
        return str(kind), str(code), str(self.role.currentData()), Path(self.path.text().strip())


class TrustPanel(QWidget):
    """Trust roots and CRLs, the versions that wait, and the registry; `changed` after anything changed (the
    inbox's lists are then rebuilt from the store)."""

    changed = Signal()

    def __init__(self, store: ReportStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: CertificateDialog | None = None

        self.load_button = QPushButton(self.tr("Nạp chứng thư gốc…"), self)
        self.load_button.setObjectName("loadTrustRoots")
        self.load_button.setToolTip(
            self.tr(
                "Chứng thư gốc, trung gian (.cer/.crt/.pem) hoặc danh sách thu hồi (.crl) của tổ chức cấp chứng thư"
            )
        )
        self.load_button.clicked.connect(self.choose_trust_files)
        self.sources = _table([self.tr("Loại"), self.tr("Tổ chức cấp chứng thư"), self.tr("Hiệu lực"), self.tr("Tệp")])
        roots = QGroupBox(self.tr("Chứng thư gốc và danh sách thu hồi của Bộ"), self)
        roots_layout = QVBoxLayout(roots)
        roots_row = QHBoxLayout()
        self.roots_note = QLabel(self)
        self.roots_note.setWordWrap(True)
        roots_row.addWidget(self.roots_note, 1)
        roots_row.addWidget(self.load_button)
        roots_layout.addLayout(roots_row)
        self.sources.setMaximumHeight(150)  # a few roots and CRLs: the registry below gets the room
        roots_layout.addWidget(self.sources)
        self.online = QCheckBox(self.tr("Kiểm tra thu hồi trực tuyến khi có mạng"), self)
        self.online.setObjectName("onlineRevocation")
        self.online.setToolTip(
            self.tr(
                "Khi nhập báo cáo, lấy danh sách thu hồi (CRL) hoặc trả lời OCSP từ tổ chức cấp chứng thư qua mạng, "
                'mỗi yêu cầu tối đa {seconds} giây; không có mạng thì trạng thái ghi "chưa kiểm tra thu hồi" '
                "(trừ khi đã nạp CRL). Cài đặt của máy này."
            ).format(seconds=FETCH_SECONDS)
        )
        self.online.setChecked(load_settings().online_revocation)
        self.online.toggled.connect(self._set_online)
        roots_layout.addWidget(self.online)

        self.pending = _table(
            [
                self.tr("Số"),
                self.tr("Đơn vị"),
                self.tr("Kỳ"),
                self.tr("Cập nhật"),
                self.tr("Chữ ký số"),
                self.tr("Lý do"),
            ]
        )
        self.pending.itemSelectionChanged.connect(self._update_buttons)
        self.confirm_button = QPushButton(self.tr("Xem và đăng ký chứng thư số…"), self)
        self.confirm_button.setObjectName("confirmCertificate")
        self.confirm_button.clicked.connect(self.open_dialog)
        self.accept_button = QPushButton(self.tr("Chấp nhận phiên bản này"), self)
        self.accept_button.setToolTip(
            self.tr("Tính phiên bản vào tổng hợp dù chưa đủ điều kiện tin cậy (người chấp nhận được ghi lại)")
        )
        self.accept_button.clicked.connect(self.accept_selected)
        waiting = QGroupBox(self.tr("Phiên bản chờ xác nhận (chưa tính vào tổng hợp)"), self)
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addWidget(self.pending)
        waiting_row = QHBoxLayout()
        waiting_row.addStretch(1)
        waiting_row.addWidget(self.confirm_button)
        waiting_row.addWidget(self.accept_button)
        waiting_layout.addLayout(waiting_row)

        self.registry = _table(
            [
                self.tr("Đơn vị"),
                self.tr("Vai trò"),
                self.tr("Người được cấp"),
                self.tr("Tổ chức"),
                self.tr("Hiệu lực"),
                self.tr("Dấu vân tay SHA-256"),
                self.tr("Trạng thái"),
                self.tr("Đăng ký"),
            ]
        )
        self.registry.itemSelectionChanged.connect(self._update_buttons)
        self.register_button = QPushButton(self.tr("Đăng ký tệp chứng thư số…"), self)
        self.register_button.clicked.connect(self.open_register)
        self.retire_button = QPushButton(self.tr("Ngừng chấp nhận"), self)
        self.retire_button.clicked.connect(self.retire_selected)
        book = QGroupBox(self.tr("Sổ chứng thư số của các đơn vị"), self)
        book_layout = QVBoxLayout(book)
        book_layout.addWidget(self.registry)
        book_row = QHBoxLayout()
        book_row.addStretch(1)
        book_row.addWidget(self.register_button)
        book_row.addWidget(self.retire_button)
        book_layout.addLayout(book_row)

        self.note = QLabel(self)
        self.note.setObjectName("trustNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(roots, 2)
        layout.addWidget(waiting, 2)
        layout.addWidget(book, 4)
        layout.addWidget(self.note)
        # Re-verification after a change runs on a worker thread; its progress shows here, the window stays usable.
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reverifyProgress")
        self.progress.setFormat(self.tr("Đang kiểm tra lại phiên bản đã nhận: %v/%m"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self._thread: QThread | None = None
        self._worker: ReverifyWorker | None = None
        self._pending_text = ""
        self._queued: bool | None = None  # a re-verification asked for while one runs (registry only?)
        self._pending_ids: list[int] = []
        self._fingerprints: list[tuple[str, bool]] = []
        self.refresh()

    # --- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        sources = trust_sources(store=self.store)
        _fill(
            self.sources,
            [
                [
                    _kind(s.kind),
                    s.name,
                    self.tr("từ {start} đến {end}").format(start=_day(s.valid_from or ""), end=_day(s.valid_to or "?")),
                    s.file_name,
                ]
                for s in sources
            ],
        )
        roots = sum(1 for s in sources if s.kind == "root")
        self.roots_note.setText(
            self.tr(
                "Đã nạp {roots} chứng thư gốc và {others} chứng thư trung gian hoặc danh sách thu hồi (CRL)."
            ).format(roots=roots, others=len(sources) - roots)
            if roots
            else self.tr(
                "Chưa nạp chứng thư gốc nào: không chữ ký số nào được coi là tin cậy. Hãy nạp chứng thư gốc của "
                "tổ chức cấp chứng thư (ví dụ Ban Cơ yếu Chính phủ, NEAC)."
            )
        )
        waiting = pending_versions(store=self.store)
        self._pending_ids = [v.report_id for v in waiting]
        _fill(
            self.pending,
            [[str(v.report_id), v.unit_name, v.period_id, _day(v.updated_at), v.signature, v.reason] for v in waiting],
        )
        certs = list_certificates(store=self.store)
        self._fingerprints = [(c.fingerprint, c.active) for c in certs]
        _fill(
            self.registry,
            [
                [
                    _unit_name(c.unit_kind, c.unit_code),
                    role_label(c.role),
                    c.holder,
                    c.organisation,
                    self.tr("từ {start} đến {end}").format(start=_day(c.valid_from or ""), end=_day(c.valid_to or "")),
                    c.fingerprint[:16].upper() + "…",
                    self.tr("đang chấp nhận")
                    if c.active
                    else self.tr("ngừng chấp nhận {day}").format(day=_day(c.retired_at or "")),
                    self.tr("{day}, {by}, từ {source}").format(
                        day=_day(c.registered_at), by=c.registered_by, source=_source(c.source)
                    ),
                ]
                for c in certs
            ],
        )
        self._update_buttons()

    def _selected_pending(self) -> int | None:
        rows = self.pending.selectionModel().selectedRows()
        return self._pending_ids[rows[0].row()] if rows and rows[0].row() < len(self._pending_ids) else None

    def _selected_certificate(self) -> tuple[str, bool] | None:
        rows = self.registry.selectionModel().selectedRows()
        return self._fingerprints[rows[0].row()] if rows and rows[0].row() < len(self._fingerprints) else None

    def selected_change(self) -> CertificateChange | None:
        report_id = self._selected_pending()
        return pending_change(self.store, report_id) if report_id is not None else None

    def _update_buttons(self) -> None:
        idle = self._thread is None
        self.confirm_button.setEnabled(idle and self.selected_change() is not None)
        self.accept_button.setEnabled(idle and self._selected_pending() is not None)
        selected = self._selected_certificate()
        self.retire_button.setEnabled(idle and selected is not None and selected[1])
        self.load_button.setEnabled(idle)
        self.register_button.setEnabled(idle)

    @property
    def busy(self) -> bool:
        """A re-verification is running."""
        return self._thread is not None

    def select_pending(self, report_id: int) -> None:
        self.pending.selectRow(self._pending_ids.index(report_id))

    # --- acting ----------------------------------------------------------------------------------

    def _done(self, text: str, reverified: Reverified | None) -> None:
        self.refresh()
        self.changed.emit()
        if reverified is not None and reverified.versions:
            text += " " + self.tr(
                "Đã kiểm tra lại {n} phiên bản đã nhận: {status} đổi trạng thái chữ ký số, {groups} đơn vị/kỳ đổi "
                "phiên bản được tính."
            ).format(n=reverified.versions, status=reverified.status_changed, groups=reverified.counted_changed)
            if reverified.without_bytes:
                text += " " + self.tr(
                    "{n} phiên bản nhận trước khi ứng dụng lưu tệp gốc: không thể kiểm tra lại, không còn được coi là "
                    "tin cậy — hãy nhập lại tệp."
                ).format(n=reverified.without_bytes)
        self.note.setText(text)

    def _reverify(self, text: str, *, registry_only: bool) -> None:
        """The change is stored: say so, then verify every stored version again on a worker thread (its own
        database connection), the progress bar showing, the buttons that change trust waiting for the end."""
        self.refresh()
        if self._thread is not None:  # another change while one runs: verified again once it ends (a full run
            # covers a registry-only one)
            self._queued = registry_only if self._queued is None else (self._queued and registry_only)
            self._pending_text = f"{self._pending_text} {text}"
            return
        if self.store.path is None:  # a database in memory (tests): no second connection to it, verified here
            self._done(text, reverify(store=self.store, registry_only=registry_only))
            return
        self._pending_text = text
        self.note.setText(text + " " + self.tr("Đang kiểm tra lại các phiên bản đã nhận…"))
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.show()
        self._thread = QThread(self)
        self._worker = ReverifyWorker(self.store.path, registry_only=registry_only)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_reverified)
        self._worker.failed.connect(self._on_reverify_failed)
        self._update_buttons()
        self._thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_reverified(self, reverified: Reverified) -> None:
        self._stop_thread()
        if self._queued is not None:
            registry_only, self._queued = self._queued, None
            self._reverify(self._pending_text, registry_only=registry_only)
            return
        self._done(self._pending_text, reverified)

    def _on_reverify_failed(self, failure: Failed) -> None:
        self._stop_thread()
        self._queued = None
        self.refresh()
        self.changed.emit()
        if failure.message is None:  # our fault, in the log file (ReverifyWorker): said as every other one is
            self.note.setText(unexpected_text())
            say_unexpected(self, self.title)
            return
        self._failed(
            self.tr(
                "Không kiểm tra lại được các phiên bản đã nhận: {error}. Hãy thử lại (bvntd inbox reverify)."
            ).format(error=failure.message)
        )

    def _stop_thread(self) -> None:
        self.progress.hide()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = None
        self._worker = None
        self._update_buttons()

    def wait_idle(self) -> None:
        """Let a running re-verification finish (the inbox closing: a QThread destroyed while it runs aborts the
        process; the re-verification writes each version in its own transaction, so it ends soon enough)."""
        while self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            QCoreApplication.sendPostedEvents()  # its result, and a queued run's start
            if self._thread is not None and self._thread.isFinished():
                self._stop_thread()

    @property
    def title(self) -> str:
        """Every warning of the page is titled so."""
        return self.tr("Chứng thư số")

    def _failed(self, text: str) -> None:
        self.note.setText(text)
        warn(self, self.title, text)

    def _run(self, op: Callable[[], T], *, refresh: bool = False, done: Callable[[T], str] | None = None) -> T | None:
        """An operation of gui.operations.trust through the window's one path: a refusal written in the note too,
        then warned; after a success, with `refresh`, the page and the inbox's lists read again and `done` written
        in the note."""
        return run_on_page(
            self,
            self.title,
            op,
            refresh=self._refreshed if refresh else None,
            done=done,
            status=self.note,
            refused=self._refused,
        )

    def _refused(self, error: UserError) -> bool:
        self.note.setText(str(error))
        return False  # then warned as every refusal is

    def _refreshed(self) -> None:
        self.refresh()
        self.changed.emit()

    def _set_online(self, checked: bool) -> None:
        try:
            save_settings(replace(load_settings(), online_revocation=checked))
        except OSError as error:
            self._failed(self.tr("Không lưu được cài đặt: {error}").format(error=error.strerror or error))
            return
        self.note.setText(
            self.tr("Từ lần nhập sau, thu hồi chứng thư số được kiểm tra qua mạng khi có mạng.")
            if checked
            else self.tr("Từ lần nhập sau, thu hồi chỉ được kiểm tra theo các danh sách thu hồi (CRL) đã nạp.")
        )

    def choose_trust_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn chứng thư gốc, trung gian hoặc CRL"),
            "",
            self.tr("Chứng thư số, CRL (*.cer *.crt *.pem *.der *.crl);;Mọi tệp (*)"),
        )
        if names:
            self.load_files([Path(n) for n in names])

    def load_files(self, paths: list[Path]) -> None:
        loaded = self._run(lambda: load_trust_files(store=self.store, paths=paths, reverify_now=False))
        if loaded is None:
            return
        names = ", ".join(item.name for item in loaded.added) or self.tr("không có gì mới")
        text = self.tr("Đã nạp: {names}.").format(names=names)
        if loaded.added:
            self._reverify(text, registry_only=False)
        else:
            self._done(text, None)

    def open_dialog(self) -> CertificateDialog | None:
        change = self.selected_change()
        if change is None:
            return None
        self.dialog = CertificateDialog(change, self)
        self.dialog.accepted.connect(lambda c=change: self._confirmed(c))
        self.dialog.open()
        return self.dialog

    def _confirmed(self, change: CertificateChange) -> None:
        confirmed = self._run(
            lambda: confirm_certificate(
                store=self.store,
                fingerprint=change.new.fingerprint,
                role=change.role,
                report_id=change.report_id,
                reverify_now=False,
            )
        )
        if confirmed is None:
            return
        log.info(
            "Certificate %s… registered for %s:%s", change.new.fingerprint[:16], change.unit_kind, change.unit_code
        )
        self._reverify(
            self.tr("Đã đăng ký chứng thư số của {holder} ({role}) cho {unit}.").format(
                holder=change.new.holder or change.new.organisation, role=role_label(change.role), unit=change.unit_name
            ),
            registry_only=True,
        )

    def accept_selected(self) -> None:
        report_id = self._selected_pending()
        if report_id is None:
            return
        self._run(
            lambda: accept_version(store=self.store, report_id=report_id),
            refresh=True,
            done=lambda done: self.tr("Đã chấp nhận phiên bản {id} của {unit}, kỳ {period}.").format(
                id=done.report_id, unit=done.unit_name, period=done.period_id
            ),
        )

    def open_register(self) -> RegisterDialog:
        dialog = RegisterDialog(self)
        dialog.accepted.connect(lambda: self.register(*dialog.choice()))
        dialog.open()
        return dialog

    def register(self, unit_kind: str, unit_code: str, role: str, path: Path) -> None:
        done = self._run(
            lambda: add_certificate(
                store=self.store, unit_kind=unit_kind, unit_code=unit_code, role=role, path=path, reverify_now=False
            )
        )
        if done is None:
            return
        cert = done.certificate
        self._reverify(
            self.tr("Đã đăng ký chứng thư số của {holder} ({role}) cho {unit}.").format(
                holder=cert.holder or cert.organisation,
                role=role_label(cert.role),
                unit=_unit_name(cert.unit_kind, cert.unit_code),
            ),
            registry_only=True,
        )

    def retire_selected(self) -> None:
        selected = self._selected_certificate()
        if selected is None or not selected[1]:
            return
        if self._run(lambda: retire_certificate(store=self.store, fingerprint=selected[0], reverify_now=False)) is None:
            return
        self._reverify(self.tr("Đã ngừng chấp nhận chứng thư số."), registry_only=True)


def _kind(kind: str) -> str:
    return translate("Trust", KIND_LABELS[kind])


def _source(source: str) -> str:
    return translate("Trust", SOURCE_LABELS[source])


def _unit_name(kind: str, code: str) -> str:
    if kind == "ministry":
        return next((u.name for u in agencies() if u.code == code), code)
    unit = province_list_at(dt.date.today()).get(code)
    return unit.display_name if unit else code
