"""The Ministry's desk inside the inbox: the period's deadline, each unit's timeliness, review state and data-quality
flags beside its report, the reminder, the address book, the request for correction, the key-rate chart and the
draft report to the Government. The logic lives in gui/inbox (deadlines, review, quality, reminders) and
gui/govreport; this module only shows it."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import UserError
from gui.core.i18n import label_of, pick, translate
from gui.inbox.consolidate import Consolidation, UnitRow
from gui.inbox.deadlines import Status
from gui.inbox.quality import Check, Flag, flags_by_unit
from gui.inbox.review import addressee
from gui.operations.desk import (
    Comment,
    DraftResult,
    State,
    UnitReview,
    address_book,
    correction_file_name,
    flags_of,
    make_draft,
    read_address_file,
    record_review,
    review_states,
    save_address_book,
    set_deadline,
    units_to_remind,
    write_correction_letter,
    write_reminder,
)
from gui.store.reports import ReportStore
from gui.views.exported_file_dialog import FileDoneDialog, open_with_system
from gui.views.inbox.desk_replies import DeskReplies
from gui.views.inbox.page_operation import run_on_page
from gui.views.inbox.save_dialogs import PURPOSE, ask_save_path
from gui.views.messages import inform
from gui.views.preferences import last_folder, remember_folder

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

CODE, NAME, TIMELINESS, REVIEW, FLAGS = range(5)


TIMELINESS_CHART = "__timeliness__"  # the chart combo's item for on time / late / not sent


class FittedChart(QLabel):
    """The chart scaled down to the room the splitter gives it, never up: at its own size the picture held the
    units' table to three rows and cut its own title on a 1024×700 window."""

    def __init__(self) -> None:
        super().__init__()
        self._full = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(140)

    def set_chart(self, pixmap: QPixmap) -> None:
        self._full = pixmap
        self._fit()

    def clear(self) -> None:
        self._full = QPixmap()
        super().clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._full.isNull():
            return
        room = self.contentsRect().size()
        if self._full.width() <= room.width() and self._full.height() <= room.height():
            self.setPixmap(self._full)
        else:
            mode = Qt.TransformationMode.SmoothTransformation
            self.setPixmap(self._full.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, mode))


class DeskPanel(QWidget):
    open_report = Signal(int)
    changed = Signal()  # the deadline moved: the consolidation must be read again

    def __init__(self, store: ReportStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.consolidation: Consolidation | None = None
        self.reviews: dict[tuple[str, str], UnitReview] = {}
        self.flags: dict[tuple[str, str], list[Flag]] = {}
        self.rows: list[UnitRow] = []
        self.done_dialog: DraftDoneDialog | None = None
        self._build()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.schedule_label = QLabel()
        self.schedule_label.setWordWrap(True)
        self.checks_text = ""  # which data checks ran, and why one did not (too few units, no earlier period)
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("dd/MM/yyyy")
        self.deadline_button = QPushButton(self.tr("Đổi hạn"))
        self.default_button = QPushButton(self.tr("Hạn mặc định"))
        self.deadline_button.clicked.connect(self.move_deadline)
        self.default_button.clicked.connect(lambda: self.move_deadline(default=True))
        self.addresses_button = QPushButton(self.tr("Sổ địa chỉ…"))
        self.remind_button = QPushButton(self.tr("Thư nhắc đơn vị chưa gửi…"))
        self.draft_button = QPushButton(self.tr("Dự thảo báo cáo Chính phủ…"))
        self.addresses_button.clicked.connect(self.edit_addresses)
        self.remind_button.clicked.connect(lambda: self.save_reminder())
        self.draft_button.clicked.connect(lambda: self.save_draft())
        self.round_trip = DeskReplies(self)  # receipts, the letter, the answers (gui/views/inbox/desk_replies.py)
        self.receipts_button = QPushButton(self.tr("Giấy xác nhận cho đơn vị mới gửi…"))
        self.receipts_button.clicked.connect(lambda: self.round_trip.save_receipts(selected=False))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Hạn gửi báo cáo:")))
        top.addWidget(self.deadline_edit)
        top.addWidget(self.deadline_button)
        top.addWidget(self.default_button)
        top.addStretch(1)
        top.addWidget(self.addresses_button)
        top.addWidget(self.remind_button)
        top.addWidget(self.receipts_button)
        top.addWidget(self.draft_button)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Mã"), self.tr("Đơn vị"), self.tr("Thời hạn"), self.tr("Xem xét"), self.tr("Cảnh báo")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._unit_changed)
        self.table.doubleClicked.connect(self._open)

        self.details = QTextBrowser()
        self.correction_button = QPushButton(self.tr("Cần chỉnh sửa…"))
        self.accept_button = QPushButton(self.tr("Chấp nhận"))
        self.correction_mail_button = QPushButton(self.tr("Thư đề nghị chỉnh sửa…"))
        self.correction_button.clicked.connect(lambda: self.ask_correction())
        self.accept_button.clicked.connect(self.accept_report)
        self.correction_mail_button.clicked.connect(lambda: self.save_correction_mail())
        self.letter_button = QPushButton(self.tr("Công văn (PDF)…"))
        self.letter_button.clicked.connect(lambda: self.round_trip.save_letter())
        self.receipt_button = QPushButton(self.tr("Giấy xác nhận…"))
        self.receipt_button.clicked.connect(lambda: self.round_trip.save_receipts(selected=True))
        actions = QHBoxLayout()
        for button in (
            self.correction_button,
            self.accept_button,
            self.correction_mail_button,
            self.letter_button,
            self.receipt_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        right_layout.addLayout(actions)

        self.chart = FittedChart()
        self.chart_combo = QComboBox()
        self.chart_combo.currentIndexChanged.connect(self._draw_chart)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_combo)
        chart_layout.addWidget(self.chart, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([520, 480])
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(split)
        vertical.addWidget(chart_box)
        # The chart at its own height (about 400 px) beside eight or so rows of units in a 1300×860 window; in a
        # smaller one both shrink in this proportion (the chart scaled down) and the handle moves the share.
        vertical.setSizes([300, 450])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.schedule_label)
        layout.addWidget(vertical, 1)
        self._unit_changed()

    # --- content ------------------------------------------------------------------------------

    def set_consolidation(self, c: Consolidation | None) -> None:
        self.consolidation = c
        self.reviews = review_states(store=self.store, consolidation=c) if c is not None else {}
        checked = flags_of(consolidation=c) if c is not None else None
        self.flags = flags_by_unit(checked.flags) if checked is not None else {}
        self.checks_text = self._checks_text(checked.checks) if checked is not None else ""
        self.rows = [*c.provinces, *c.ministries, *c.outside_list] if c is not None else []
        enabled = c is not None
        for widget in (self.deadline_edit, self.deadline_button, self.default_button, self.remind_button):
            widget.setEnabled(enabled)
        self.draft_button.setEnabled(enabled)
        if c is not None and c.schedule is not None:
            s = c.schedule
            self.deadline_edit.setDate(QDate(s.deadline.year, s.deadline.month, s.deadline.day))
            late, missing = s.count(Status.LATE), s.count(Status.MISSING)
            self.schedule_label.setText(
                self.tr(
                    "Số liệu từ {start} đến {end}; hạn gửi {deadline}{moved}. Gửi muộn: {late}; chưa gửi: {missing}."
                ).format(
                    start=_day(s.cutoff_start),
                    end=_day(s.cutoff_end),
                    deadline=_day(s.deadline),
                    moved=self.tr(" (Bộ đã điều chỉnh; mặc định {day})").format(day=_day(s.default_deadline))
                    if s.moved
                    else "",
                    late=late,
                    missing=missing,
                )
            )
        else:
            self.schedule_label.setText("")
        self._fill_table()
        self._unit_changed()  # the unit still selected: its details from the new consolidation (a corrected version)
        self.chart_combo.blockSignals(True)
        self.chart_combo.clear()
        if c is not None and c.schedule is not None:  # the draft's first figure, here too
            self.chart_combo.addItem(self.tr("Biểu đồ: tình hình gửi báo cáo của các địa phương"), TIMELINESS_CHART)
        for spec in c.rates if c is not None else []:
            self.chart_combo.addItem(self.tr("Biểu đồ: {label} theo địa phương").format(label=spec.label), spec.key)
        self.chart_combo.blockSignals(False)
        self._draw_chart()

    def _checks_text(self, checks: tuple[Check, ...]) -> str:
        """The checks as an HTML list: what each compared, or why it did not run."""
        items = "".join(
            f"<li>{escape(translate('Inbox', check.kind_label))}: {escape(pick(check.text, check.text_en))}</li>"
            for check in checks
        )
        return f"<p>{escape(self.tr('Các kiểm tra số liệu của kỳ:'))}</p><ul>{items}</ul>"

    def _fill_table(self) -> None:
        selected = self.selected_row()
        c = self.consolidation
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            key = (row.unit.kind, row.unit.code)
            review = self.reviews.get(key)
            flags = self.flags.get(key, [])
            cells = [
                row.unit.code,
                row.name,
                self._timeliness(c, row),
                self._review_text(review) if review else "",
                self.tr("{n} cảnh báo").format(n=len(flags)) if flags else "",
            ]
            basis = self._basis(c, row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == TIMELINESS and basis:
                    item.setToolTip(basis)
                if column == FLAGS and flags:
                    item.setForeground(Qt.GlobalColor.darkRed)
                if column == TIMELINESS and not row.reported:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(index, column, item)
        self.table.resizeColumnToContents(CODE)
        self.table.resizeColumnToContents(TIMELINESS)
        self.table.resizeColumnToContents(REVIEW)
        self.table.resizeColumnToContents(FLAGS)
        if selected is not None and selected in self.rows:
            self.select_unit(selected.unit.code)

    def _timeliness(self, c: Consolidation | None, row: UnitRow) -> str:
        if c is None or c.schedule is None:
            return ""
        t = c.schedule.of(row.unit.kind, row.unit.code)
        if t.status is Status.MISSING:
            return self.tr("Chưa nhận")
        text = self.tr("Đúng hạn") if t.status is Status.ON_TIME else self.tr("Muộn {n} ngày").format(n=t.days_late)
        return text + (self.tr("; đã thay bằng bản mới") if t.replaced else "")

    def _basis(self, c: Consolidation | None, row: UnitRow) -> str:
        """'Gửi ngày 19/12/2025, theo dấu thời gian của chữ ký số': which clock the timeliness trusts."""
        if c is None or c.schedule is None:
            return ""
        t = c.schedule.of(row.unit.kind, row.unit.code)
        if t.sent_on is None or t.basis is None:
            return ""
        return self.tr("Gửi ngày {day}, {basis}").format(day=_day(t.sent_on), basis=translate("Inbox", t.basis_label))

    def _review_text(self, review: UnitReview) -> str:
        return {
            State.RECEIVED: self.tr("Đã nhận"),
            State.CORRECTION: self.tr("Cần chỉnh sửa"),
            State.CORRECTED: self.tr("Đã nhận bản sửa"),
            State.ACCEPTED: self.tr("Đã chấp nhận"),
        }[review.state]

    def selected_row(self) -> UnitRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) and self.table.selectedItems() else None

    def select_unit(self, code: str) -> None:
        for index, row in enumerate(self.rows):
            if row.unit.code == code:
                self.table.selectRow(index)
                return

    def _unit_changed(self) -> None:
        row = self.selected_row()
        review = self.reviews.get((row.unit.kind, row.unit.code)) if row is not None else None
        self.correction_button.setEnabled(review is not None)
        self.accept_button.setEnabled(review is not None and review.state is not State.ACCEPTED)
        self.correction_mail_button.setEnabled(review is not None and review.commented is not None)
        self.letter_button.setEnabled(review is not None and review.commented is not None)
        self.receipt_button.setEnabled(row is not None and row.reported)
        self.details.setHtml(self._details_html(row, review))

    def _details_html(self, row: UnitRow | None, review: UnitReview | None) -> str:
        if row is None:
            hint = escape(self.tr("Chọn một đơn vị để xem cảnh báo số liệu, ý kiến xem xét và các thay đổi."))
            return f"<p>{hint}</p>{self.checks_text}"
        parts = [f"<h3>{escape(row.name)}</h3>"]
        if not row.reported:
            parts.append(f"<p>{escape(self.tr('Chưa gửi báo cáo kỳ này.'))}</p>")
            return "".join(parts)
        sent = self._basis(self.consolidation, row)
        if sent:
            parts.append(f"<p>{escape(self._timeliness(self.consolidation, row))} — {escape(sent)}.</p>")
        flags = self.flags.get((row.unit.kind, row.unit.code), [])
        parts.append(f"<p><b>{escape(self.tr('Cảnh báo số liệu'))}</b> ({len(flags)})</p>")
        if flags:
            specs = self.consolidation.template.field_map() if self.consolidation else {}
            # A flag is kept in Vietnamese (the workbook prints it); here it is said in the interface language.
            items = "".join(
                f"<li><b>{escape(label_of(specs[f.key]) if f.key in specs else f.label)}</b> — "
                f"{escape(translate('Inbox', f.kind_label))}: {escape(pick(f.message, f.message_en))}</li>"
                for f in flags
            )
            parts.append(f"<ul>{items}</ul>")
        parts.append(self.checks_text)
        if review is not None and review.commented is not None:
            commented = review.commented
            parts.append(f"<p><b>{escape(self.tr('Ý kiến đề nghị chỉnh sửa'))}</b></p><ul>")
            fields = self.consolidation.template.field_map() if self.consolidation else {}
            if commented.general:
                parts.append(f"<li>{escape(commented.general)}</li>")
            for comment in commented.comments:
                label = fields[comment.key].label if comment.key in fields else comment.key
                parts.append(f"<li><b>{escape(label)}</b>: {escape(comment.text)}</li>")
            parts.append("</ul>")
        if review is not None and review.changes:
            parts.append(f"<p><b>{escape(self.tr('Thay đổi so với bản đã góp ý'))}</b></p><ul>")
            parts += [f"<li>{escape(change.text)}</li>" for change in review.changes]
            parts.append("</ul>")
        elif review is not None and review.state is State.CORRECTED:
            parts.append(f"<p>{escape(self.tr('Bản sửa không thay đổi số liệu nào.'))}</p>")
        parts.append(self.round_trip.answers_html(review))
        return "".join(parts)

    def _draw_chart(self) -> None:
        c, key = self.consolidation, self.chart_combo.currentData()
        self.chart.clear()
        if c is None or not key:
            return
        # lazy: reportlab and python-docx are imported when a chart or the draft is made, not when the desk tab opens
        from gui.govreport.charts import png_bytes
        from gui.govreport.outline import Chart, parse_target

        if key == TIMELINESS_CHART and c.schedule is not None:
            counts = tuple(float(c.schedule.count(status)) for status in (Status.ON_TIME, Status.LATE, Status.MISSING))
            chart = Chart(
                "timeliness", "Tình hình gửi báo cáo của các địa phương", ("Đúng hạn", "Muộn", "Chưa gửi"), counts
            )
            pixmap = QPixmap()
            pixmap.loadFromData(png_bytes(chart, dpi=110))
            self.chart.set_chart(pixmap)
            return
        spec = c.template.field(key)
        ranked = sorted(
            ((r.unit.name, r.rates.get(key)) for r in c.reported if r.rates.get(key) is not None),
            key=lambda item: -float(item[1] or 0),
        )
        if not ranked:
            self.chart.setText(self.tr("Chưa có số liệu để vẽ biểu đồ."))
            return
        target = parse_target(spec.target) if spec.target else None
        chart = Chart(
            "rates",
            spec.label,
            tuple(name for name, _ in ranked),
            tuple(float(v or 0) for _, v in ranked),
            target=target.value if target else None,
        )
        pixmap = QPixmap()
        pixmap.loadFromData(png_bytes(chart, dpi=110))
        self.chart.set_chart(pixmap)

    def _open(self) -> None:
        row = self.selected_row()
        if row is not None and row.report_id is not None:
            self.open_report.emit(row.report_id)

    # --- actions ------------------------------------------------------------------------------

    def move_deadline(self, *, default: bool = False) -> None:
        c = self.consolidation
        if c is None:
            return
        chosen = self.deadline_edit.date()
        day = None if default else dt.date(chosen.year(), chosen.month(), chosen.day())
        run_on_page(  # a day before the data's cut-off: the operation's refusal, the words the command line prints
            self,
            self.tr("Hạn gửi báo cáo"),
            lambda: set_deadline(store=self.store, period_id=c.period.id, day=day, default=default),
            refresh=lambda: self.changed.emit(),  # the consolidation read again
        )

    def ask_correction(self, dialog: CorrectionDialog | None = None) -> bool:
        row, c = self.selected_row(), self.consolidation
        if row is None or c is None:
            return False
        dialog = dialog or CorrectionDialog(c, row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        reviewed = run_on_page(
            self,
            self.tr("Cần chỉnh sửa"),
            lambda: record_review(
                store=self.store,
                consolidation=c,
                unit_code=row.unit.code,
                state=State.CORRECTION,
                general=dialog.general(),
                comments=dialog.comments(),
            ),
            refresh=self._refresh_reviews,
        )
        return reviewed is not None

    def accept_report(self) -> bool:
        row, c = self.selected_row(), self.consolidation
        if row is None or c is None:
            return False
        reviewed = run_on_page(
            self,
            self.tr("Chấp nhận"),
            lambda: record_review(store=self.store, consolidation=c, unit_code=row.unit.code, state=State.ACCEPTED),
            refresh=self._refresh_reviews,
        )
        return reviewed is not None

    def _refresh_reviews(self) -> None:
        if self.consolidation is not None:
            self.reviews = review_states(store=self.store, consolidation=self.consolidation)
        self._fill_table()
        self._unit_changed()

    def _save_as(self, title: str, default: str, filters: str, suffix: str) -> Path | None:
        return ask_save_path(self, title, default, filters, suffix)

    def save_correction_mail(self, path: Path | None = None) -> Path | None:
        row, c = self.selected_row(), self.consolidation
        review = self.reviews.get((row.unit.kind, row.unit.code)) if row is not None else None
        if c is None or row is None or review is None or review.commented is None:
            return None
        title = self.tr("Thư đề nghị chỉnh sửa")
        default = correction_file_name(row.unit, c.period.id)
        path = path or self._save_as(title, default, self.tr("Thư (*.eml)"), "eml")
        if path is None:
            return None
        letter = run_on_page(  # the message attaches the official letter (PDF) the unit's app opens; a .pdf: the letter
            self,
            title,
            lambda: write_correction_letter(store=self.store, consolidation=c, unit_code=row.unit.code, output=path),
        )
        if letter is None:
            return None
        written = letter.path
        if not letter.email:
            said = self.tr(
                "Đã lưu {path}. Ký số bằng chữ ký của cơ quan trước khi gửi; tệp gửi đơn vị: {name}."
            ).format(path=written, name=letter.file_name)
        elif letter.emails.strip():
            said = self.tr(
                "Đã lưu thư đề nghị chỉnh sửa gửi {unit} ({emails}):\n{path}\n\nMở tệp bằng Outlook hoặc Thunderbird, "
                "kiểm tra rồi bấm Gửi."
            ).format(unit=addressee(row.unit), emails=letter.emails, path=written)
        else:
            said = self.tr(
                "Đã lưu thư đề nghị chỉnh sửa gửi {unit}:\n{path}\n\nSổ địa chỉ chưa có email của đơn vị này: "
                "hãy điền địa chỉ người nhận trong chương trình thư, hoặc thêm vào Sổ địa chỉ rồi lưu lại thư."
            ).format(unit=addressee(row.unit), path=written)
        inform(self, title, said)
        return written

    def save_reminder(self, path: Path | None = None) -> Path | None:
        c = self.consolidation
        if c is None:
            return None
        title = self.tr("Thư nhắc")
        remaining = run_on_page(self, title, lambda: units_to_remind(store=self.store, consolidation=c))
        if remaining is None:
            return None
        if not remaining:
            inform(self, title, self.tr("Mọi đơn vị đã gửi báo cáo kỳ này."))
            return None
        path = path or self._save_as(title, f"nhac-bao-cao-{c.period.id}.eml", self.tr("Thư (*.eml)"), "eml")
        if path is None:
            return None
        result = run_on_page(self, title, lambda: write_reminder(store=self.store, period_id=c.period.id, output=path))
        if result is None:
            return None
        if result.without_email:
            names = ", ".join(u.display_name for u in result.without_email)
            inform(
                self,
                title,
                self.tr("Chưa có email trong sổ địa chỉ ({n}): {names}.").format(
                    n=len(result.without_email), names=names
                ),
            )
        return result.path

    def save_draft(self, path: Path | None = None) -> DraftResult | None:
        """The draft as a .docx to edit (or a .pdf), with the PDF beside a .docx; then the same next steps as
        after every export: open either file, the folder, or an email with both attached."""
        c = self.consolidation
        if c is None:
            return None
        title = self.tr("Dự thảo báo cáo Chính phủ")
        filters = self.tr("Văn bản Word (*.docx);;Tệp PDF (*.pdf)")
        path = path or self._save_as(title, f"du-thao-bao-cao-chinh-phu-{c.period.id}.docx", filters, "docx")
        if path is None:
            return None
        # A name other than .docx/.pdf, a full disk, a file open in Word: the refusal says so.
        result = run_on_page(
            self, title, lambda: make_draft(store=self.store, period_id=c.period.id, output=path, with_pdf=True)
        )
        if result is None:
            return None
        period = c.period.phrase
        self.done_dialog = DraftDoneDialog(
            result,
            title,
            self.tr("dự thảo báo cáo Chính phủ {period} ({coverage})").format(period=period, coverage=result.coverage),
            subject=self.tr("Dự thảo báo cáo Chính phủ về bảo vệ quyền lợi người tiêu dùng {period}").format(
                period=period
            ),
            body=self.tr("Gửi kèm dự thảo báo cáo Chính phủ {period} (bản Word để chỉnh sửa và bản PDF).").format(
                period=period
            ),
            parent=self,
        )
        self.done_dialog.open()
        return result

    def edit_addresses(self, dialog: AddressBookDialog | None = None) -> bool:
        dialog = dialog or AddressBookDialog(self.store, self)
        return dialog.exec() == QDialog.DialogCode.Accepted


def _day(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


class DraftDoneDialog(FileDoneDialog):
    """After the draft: its files (the .docx to edit and the PDF beside it), each to open, the folder, and an
    email with both attached."""

    def __init__(self, result: DraftResult, title: str, what: str, **kwargs: object) -> None:
        super().__init__(
            result.files[0],
            title,
            what,
            name=", ".join(f.name for f in result.files),
            **kwargs,  # type: ignore[arg-type]
        )
        self.result_files = result.files
        self.open_pdf_button: QPushButton | None = None
        if len(result.files) > 1:
            self.open_file_button.setText(self.tr("Mở bản &Word"))
            self.open_pdf_button = QPushButton(self.tr("Mở bản &PDF"), self)
            self.open_pdf_button.clicked.connect(self.open_pdf)
            self.button_row.insertWidget(1, self.open_pdf_button)

    def open_pdf(self) -> bool:
        problem = open_with_system(self.result_files[-1])
        if problem is not None:
            self._say(self.cannot_open_text(problem))
        return problem is None

    def write_draft(self) -> tuple[Path, list[str]]:
        # lazy: the mail module is needed only when someone sends
        from gui.mail import write_file_eml

        first, *rest = self.result_files
        return write_file_eml(first, subject=self.subject, body=self.body, to=self.to, also=tuple(rest)), []


class CorrectionDialog(QDialog):
    """The Ministry's comments on one report: a general one and any number on fields, each field named with its
    section as the report prints it ('III.4 Tiếp nhận, giải quyết khiếu nại… — Tổng số yêu cầu…'), found by typing
    part of its name; each comment a box of several lines; a comment added by mistake removed."""

    def __init__(self, c: Consolidation, row: UnitRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đề nghị chỉnh sửa — {unit}").format(unit=row.name))
        self.general_edit = QPlainTextEdit()
        self.general_edit.setPlaceholderText(self.tr("Ý kiến chung về báo cáo (không bắt buộc)"))
        self.general_edit.setMinimumHeight(90)
        self.field_combo = QComboBox()
        self.field_combo.setEditable(True)  # typing part of a field's name finds it among the 60 or so
        self.field_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        numbers = c.template.section_numbers()
        for section in c.template.iter_sections():
            for spec in section.fields:
                if not spec.is_computed:
                    text = f"{numbers[section.key]}. {section.title} — {spec.label}"
                    self.field_combo.addItem(text, spec.key)
        completer = self.field_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        self.field_edit = QPlainTextEdit()
        self.field_edit.setPlaceholderText(
            self.tr("Ý kiến cho mục đã chọn, ví dụ: số liệu cao bất thường, đề nghị kiểm tra lại")
        )
        self.field_edit.setMinimumHeight(70)
        add = QPushButton(self.tr("Thêm ý kiến"))
        add.clicked.connect(self.add_comment)
        self.remove_button = QPushButton(self.tr("Xóa ý kiến đã chọn"))
        self.remove_button.clicked.connect(self.remove_comment)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self._comments: list[Comment] = []
        adding = QHBoxLayout()
        adding.addWidget(add)
        adding.addWidget(self.remove_button)
        adding.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ý kiến chung:")))
        layout.addWidget(self.general_edit, 1)
        layout.addWidget(QLabel(self.tr("Ý kiến theo từng mục của báo cáo — chọn mục (gõ vài chữ để tìm):")))
        layout.addWidget(self.field_combo)
        layout.addWidget(self.field_edit, 1)
        layout.addLayout(adding)
        layout.addWidget(QLabel(self.tr("Các ý kiến theo mục đã thêm:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def add_comment(self) -> None:
        text = self.field_edit.toPlainText().strip()
        index = self.field_combo.findText(self.field_combo.currentText())
        if not text or index < 0:
            return
        key = str(self.field_combo.itemData(index))
        self._comments.append(Comment(key=key, text=text))
        self.list.addItem(f"{self.field_combo.itemText(index)}: {text}")
        self.field_edit.clear()

    def remove_comment(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._comments):
            del self._comments[row]
            self.list.takeItem(row)

    def accept(self) -> None:
        # A comment typed but not yet added is what the person meant to send: add it rather than lose it.
        if self.field_edit.toPlainText().strip():
            self.add_comment()
        super().accept()

    def general(self) -> str:
        return self.general_edit.toPlainText().strip()

    def comments(self) -> tuple[Comment, ...]:
        return tuple(self._comments)


class AddressBookDialog(QDialog):
    """Every province of today's list and every ministry, with its email addresses and contact, editable;
    'Nhập từ tệp…' reads an .xlsx or .csv. A malformed address is named and nothing is saved until it is fixed."""

    EMAILS, CONTACT = 2, 3

    def __init__(self, store: ReportStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.store = store
        self.setWindowTitle(self.tr("Sổ địa chỉ các đơn vị"))
        book = address_book(store=store)
        self.units = list(book.units)
        self.table = QTableWidget(len(self.units), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Mã"), self.tr("Đơn vị"), self.tr("Email"), self.tr("Người liên hệ")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(self.EMAILS, QHeaderView.ResizeMode.Stretch)
        for index, unit in enumerate(self.units):
            entry = book.of(unit)
            emails, contact = (entry.emails, entry.contact) if entry is not None else ("", "")
            for column, text in enumerate((unit.code, unit.display_name, emails, contact)):
                item = QTableWidgetItem(text)
                if column < self.EMAILS:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        load = QPushButton(self.tr("Nhập từ tệp…"))
        load.clicked.connect(lambda: self.load_file())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(load)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        self.resize(820, 560)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is made in __init__
        return item

    def set_emails(self, code: str, emails: str) -> None:
        for index, unit in enumerate(self.units):
            if unit.code == code:
                self._cell(index, self.EMAILS).setText(emails)

    def load_file(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Nhập sổ địa chỉ"), last_folder(PURPOSE), self.tr("Sổ địa chỉ (*.xlsx *.csv)")
            )
            if not name:
                return
            path = Path(name)
            remember_folder(PURPOSE, path.parent)
        report = run_on_page(
            self, self.tr("Nhập sổ địa chỉ"), lambda: read_address_file(path=path), refused=self._problem_shown
        )
        if report is None:
            return
        by_code = {(a.unit_kind, a.unit_code): a for a in report.addresses}
        for index, unit in enumerate(self.units):
            entry = by_code.get((unit.kind, unit.code))
            if entry is not None:
                self._cell(index, self.EMAILS).setText(entry.emails)
                self._cell(index, self.CONTACT).setText(entry.contact)
        self.problems.setText("\n".join(report.problems))

    def save(self) -> None:
        entries = [
            (unit.code, self._cell(index, self.EMAILS).text(), self._cell(index, self.CONTACT).text())
            for index, unit in enumerate(self.units)
        ]
        # Every malformed address named under the table and warned; nothing saved.
        saved = run_on_page(
            self,
            self.windowTitle(),
            lambda: save_address_book(store=self.store, entries=entries),
            refused=self._problem_warned,
        )
        if saved is not None:
            self.accept()

    def _problem_shown(self, error: UserError) -> bool:
        """A refusal written under the table, where the person fixes it; no warning besides."""
        self.problems.setText(str(error))
        return True

    def _problem_warned(self, error: UserError) -> bool:
        """A refusal written under the table, and warned too (saving: the dialog stays open)."""
        self.problems.setText(str(error))
        return False


__all__: list[str] = ["AddressBookDialog", "CorrectionDialog", "DeskPanel", "DraftDoneDialog"]
