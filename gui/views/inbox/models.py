"""Table models of the inbox: per-file import results, completeness, indicators with totals, texts, unmatched values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from gui.core.numbers import format_int, format_percent
from gui.inbox.consolidate import Consolidation, UnitRow
from gui.inbox.deadlines import Status
from gui.inbox.importer import FileResult, Outcome, outcome_label, unit_and_period
from gui.views.textutil import local_datetime

if TYPE_CHECKING:
    from gui.inbox.report_checks import ReportQuality

Index = QModelIndex | QPersistentModelIndex
REPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 10
SORT_ROLE = Qt.ItemDataRole.UserRole + 11

_OUTCOME_COLOURS = {
    Outcome.IMPORTED: "#1b7f3b",
    Outcome.REPLACED: "#1b5e9f",
    Outcome.ALREADY: "#666666",
    Outcome.OLDER: "#8a6d00",
    Outcome.CONFLICT: "#b35c00",
    Outcome.PENDING: "#b35c00",
    Outcome.REJECTED: "#b00020",
    Outcome.SKIPPED: "#666666",
}
_MISSING_BACKGROUND = QColor("#fdecea")
_TOTAL_FONT = QFont()
_TOTAL_FONT.setBold(True)


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxModels", text)


_SIGNATURE_COLOURS = {"trusted": "#1b7f3b", "unverified": "#8a6d00", "unsigned": "#666666"}


def signature_text(status: str) -> str:
    """The short signature status of a received report (the tooltip says who signed and when)."""
    return {
        "trusted": tr("Đã ký, tin cậy"),
        "unverified": tr("Đã ký, chưa xác minh nguồn gốc"),
        "unsigned": tr("Chưa ký số"),
    }.get(status, "")


def outcome_text(outcome: Outcome) -> str:
    return outcome_label(outcome)  # worded once, in gui.inbox.importer, for the command line too


class _Table(QAbstractTableModel):
    """A read-only table of display strings computed once, with a header list and per-row report ids."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._cells: list[list[str]] = []
        self._ids: list[int | None] = []
        self._numeric: set[int] = set()
        self._bold_rows: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[row][column]
        if role == REPORT_ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row in self._bold_rows:
            return _TOTAL_FONT
        return self._extra(row, column, role)

    def _extra(self, row: int, column: int, role: int) -> Any:
        return None

    def report_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def cell(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def headers(self) -> list[str]:
        return list(self._headers)


class ImportResultsModel(_Table):
    """One row per file of the last import: the file, what happened, the unit and period, and why."""

    FILE, OUTCOME, UNIT, PERIOD, REASON = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: list[FileResult] = []
        self._headers = [tr("Tệp"), tr("Kết quả"), tr("Đơn vị"), tr("Kỳ"), tr("Lý do, ghi chú")]

    def set_results(self, results: list[FileResult]) -> None:
        self.beginResetModel()
        self.results = list(results)
        self._cells = [[r.path.name, outcome_text(r.outcome), r.unit, r.period_id, _note(r)] for r in self.results]
        self._ids = [r.report_id if r.handled else None for r in self.results]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == self.FILE:
            return str(self.results[index.row()].path)
        return super().data(index, role)

    def _extra(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OUTCOME:
            return QBrush(QColor(_OUTCOME_COLOURS[self.results[row].outcome]))
        return None


class CompletenessModel(_Table):
    """Every province of the list valid at the period's end, reported or not; then the ministries that reported."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            tr("STT"),
            tr("Mã"),
            tr("Đơn vị"),
            tr("Tình trạng"),
            tr("Số, ký hiệu"),
            tr("Ngày báo cáo"),
            tr("Nhận lúc"),
            tr("Đầy đủ"),
            tr("Cần xem"),
            tr("Chữ ký số"),
            tr("Thời hạn"),
        ]
        self.quality: dict[int, ReportQuality] = {}
        self._missing: set[int] = set()
        self._signatures: dict[int, tuple[str, str]] = {}  # row → (status, summary)
        self._numeric = {0}

    def set_consolidation(self, c: Consolidation | None, quality: dict[int, ReportQuality] | None = None) -> None:
        """`quality`: report id → gui.inbox.quality.ReportQuality (received time, completion, problems)."""
        self.quality = quality or {}
        self.beginResetModel()
        self._cells, self._ids, self._missing, self._bold_rows = [], [], set(), set()
        self._signatures = {}
        if c is not None:
            for index, row in enumerate(c.provinces, start=1):
                self._add(str(index), row, c)
            if c.ministries or c.outside_list:
                self._bold_rows.add(len(self._cells))
                self._cells.append(["", "", tr("Bộ, ngành, cơ quan (liệt kê riêng)")] + [""] * (len(self._headers) - 3))
                self._ids.append(None)
                for index, row in enumerate([*c.ministries, *c.outside_list], start=1):
                    self._add(str(index), row, c)
        self.endResetModel()

    def _add(self, number: str, row: UnitRow, c: Consolidation) -> None:
        if not row.reported:
            self._missing.add(len(self._cells))
        quality = self.quality.get(row.report_id) if row.report_id is not None else None
        self._cells.append(
            [
                number,
                row.unit.code,
                row.name,
                tr("Đã gửi") if row.reported else tr("Chưa gửi"),
                row.number,
                row.date,
                local_datetime(quality.received_at) if quality is not None and quality.received_at else "",
                f"{round(100 * quality.completion)}%" if quality is not None else "",
                problems_text(quality.errors, quality.warnings) if quality is not None else "",
                signature_text(row.signature_status),
                timeliness_text(c, row),
            ]
        )
        if row.signature_status:
            self._signatures[len(self._cells) - 1] = (row.signature_status, row.signature)
        self._ids.append(row.report_id)

    SIGNATURE = 9

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SIGNATURE:
            found = self._signatures.get(index.row())
            return found[1] if found else None
        return super().data(index, role)

    def _extra(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row in self._missing:
            return QBrush(_MISSING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SIGNATURE and row in self._signatures:
            return QBrush(QColor(_SIGNATURE_COLOURS.get(self._signatures[row][0], "#666666")))
        return None


class IndicatorsModel(_Table):
    """Provinces as rows, every numeric indicator, computed rate and yes/no item as columns; a total row, in
    which rates are recomputed from the totals and yes/no items counted as x/y."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys: list[str] = []

    def set_consolidation(self, c: Consolidation | None) -> None:
        self.beginResetModel()
        self._cells, self._ids, self._bold_rows = [], [], set()
        self._headers, self.keys = [], []
        self._names: list[str] = []
        if c is not None:
            numeric, rates, yesno = c.numeric, c.rates, c.yesno
            self.keys = [f.key for f in [*numeric, *rates, *yesno]]
            self._headers += [f"{f.label} ({f.unit})" if f.unit else f.label for f in numeric]
            self._headers += [f"{f.label} (%)" for f in rates] + [f.label for f in yesno]
            self._numeric = set(range(len(numeric) + len(rates)))
            for row in c.reported:
                self._names.append(row.name)
                self._cells.append(
                    [
                        *(_number(row.values.get(f.key)) for f in numeric),
                        *(_rate(row.rates.get(f.key)) for f in rates),
                        *(_yes_no(row.values.get(f.key)) for f in yesno),
                    ]
                )
                self._ids.append(row.report_id)
            self._bold_rows.add(len(self._cells))
            self._names.append(tr("TỔNG CỘNG"))
            self._cells.append(
                [
                    *(_number(c.total(f.key)) for f in numeric),
                    *(_rate(c.rate_total(f.key)) for f in rates),
                    *(c.yes_count(f.key).text for f in yesno),
                ]
            )
            self._ids.append(None)
            for row in c.ministries:
                self._names.append(row.name + " " + tr("(không cộng vào tổng)"))
                self._cells.append(
                    [
                        *(_number(row.values.get(f.key)) for f in numeric),
                        *(_rate(row.rates.get(f.key)) for f in rates),
                        *(_yes_no(row.values.get(f.key)) for f in yesno),
                    ]
                )
                self._ids.append(row.report_id)
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The units in the vertical header: frozen at the left while the indicators scroll sideways."""
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._names):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._names[section]
            if role == Qt.ItemDataRole.FontRole and section in self._bold_rows:
                return _TOTAL_FONT
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def unit_name(self, row: int) -> str:
        return self._names[row]


class NarrativesModel(_Table):
    """One narrative field of every unit that reported, side by side for reading."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [tr("Đơn vị"), tr("Nội dung")]

    def set_field(self, c: Consolidation | None, key: str | None) -> None:
        self.beginResetModel()
        self._cells, self._ids = [], []
        if c is not None and key:
            for row in [*c.reported, *c.ministries]:
                self._cells.append([row.name, row.values.get(key) or tr("(không có)")])
                self._ids.append(row.report_id)
        self.endResetModel()


class UnmatchedModel(_Table):
    """Values of older-template reports that have no place in the current template: shown, never dropped."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [tr("Đơn vị"), tr("Phiên bản biểu mẫu"), tr("Mục"), tr("Giá trị"), tr("Lý do")]

    def set_consolidation(self, c: Consolidation | None) -> None:
        self.beginResetModel()
        self._cells, self._ids = [], []
        for row, item in c.unmatched() if c is not None else []:
            self._cells.append(
                [
                    row.name,
                    str(row.source_version or ""),
                    str(item.get("label", "")) or str(item.get("key", "")),
                    _plain(item.get("value")),
                    str(item.get("why", "")),
                ]
            )
            self._ids.append(row.report_id)
        self.endResetModel()


def problems_text(errors: int, warnings: int) -> str:
    """'Không có', '2 lỗi', '1 lỗi, 3 cảnh báo' — what the app's checks find in a received report."""
    parts = []
    if errors:
        parts.append(tr("{n} lỗi").format(n=errors))
    if warnings:
        parts.append(tr("{n} cảnh báo").format(n=warnings))
    return ", ".join(parts) if parts else tr("Không có")


def timeliness_text(c: Consolidation, row: UnitRow) -> str:
    """The unit's timeliness in the interface language (gui/inbox/deadlines.py decides it)."""
    if c.schedule is None:
        return ""
    t = c.schedule.of(row.unit.kind, row.unit.code)
    if t.status is Status.MISSING:
        return tr("Chưa nhận (quá hạn {n} ngày)").format(n=t.overdue_days) if t.overdue_days else tr("Chưa nhận")
    text = tr("Đúng hạn") if t.status is Status.ON_TIME else tr("Muộn {n} ngày").format(n=t.days_late)
    return text + (tr("; đã thay bằng bản mới") if t.replaced else "")


def _number(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int):
        return format_int(value)
    if isinstance(value, float):
        return format_percent(value, 2)
    return str(value)


def _rate(value: float | None) -> str:
    return "" if value is None else format_percent(value, 2)


def _yes_no(value: Any) -> str:
    if value is True:
        return tr("Có")
    if value is False:
        return tr("Không")
    return ""


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, int | float):
        return _number(value)
    if isinstance(value, list):
        return "; ".join(_plain(v) for v in value if v is not None)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items() if v is not None)
    return "" if value is None else str(value)


def _note(result: FileResult) -> str:
    """The reason without the unit and period the row already shows."""
    prefix = unit_and_period(result.unit, result.period_id)
    if result.unit and result.reason.startswith(prefix):
        return result.reason.removeprefix(prefix).lstrip(":.").strip()
    return result.reason
