"""The consolidation as an Excel workbook: a sheet per table, provinces as rows, totals, numbers as numbers."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gui.core.template import Column, TemplateField
from gui.fileio import write_output
from gui.inbox.consolidate import Consolidation, UnitRow

# Grouped thousands: Excel shows the grouping with the reader's separators, dots on a Vietnamese system (1.234.567).
INTEGER_FORMAT = "#,##0"
RATE_FORMAT = "#,##0.00"
DATE_FORMAT = "dd/mm/yyyy"
TOTAL_LABEL = "TỔNG CỘNG"

_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_KEY_FONT = Font(color="808080", size=8)
_THIN = Side(style="thin", color="A0A0A0")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")


def write_xlsx(consolidation: Consolidation, path: Path) -> None:
    write_output(path, xlsx_bytes(consolidation))


def xlsx_bytes(consolidation: Consolidation) -> bytes:
    workbook = build_workbook(consolidation)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def build_workbook(c: Consolidation) -> Workbook:
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    _summary_sheet(summary, c)
    _completeness_sheet(workbook.create_sheet("Tình hình báo cáo"), c)
    _indicators_sheet(workbook.create_sheet("Chỉ tiêu"), c)
    names = {ws.title for ws in workbook.worksheets}
    for spec in c.tables:
        _table_sheet(workbook.create_sheet(_sheet_title(spec.label, names)), c, spec)
    _narratives_sheet(workbook.create_sheet("Nội dung"), c)
    _details_sheet(workbook.create_sheet("Thông tin chung"), c)
    _unmatched_sheet(workbook.create_sheet("Không khớp mẫu"), c)
    return workbook


def _sheet_title(label: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (≤ 31 characters, none of []:*?/\\), unique in the workbook."""
    text = re.sub(r"[\[\]:*?/\\]", " ", label).strip().removeprefix("Các ").split(",")[0].strip()
    base = text[:1].upper() + text[1:]
    while len(base) > 31 and " " in base:
        base = base.rsplit(" ", 1)[0]
    base = base[:31] or "Bảng"
    name, n = base, 2
    while name in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


# --- sheets -----------------------------------------------------------------------------------------


def _summary_sheet(ws: Worksheet, c: Consolidation) -> None:
    ws.title = "Tổng hợp"
    ws.append([f"TỔNG HỢP BÁO CÁO {c.template.document.type} — {c.period.phrase.upper()}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([f"Kỳ báo cáo: {c.period.id} ({_day(c.period.start)} – {_day(c.period.end)})"])
    ws.append([f"Danh sách tỉnh, thành phố: {c.unit_list.name}"])
    ws.append([])
    _header(ws, ["Nội dung", "Kết quả", "Số", "Trên"], row=5)
    rows: list[list[Any]] = [
        ["Địa phương đã gửi báo cáo", c.completeness_text, len(c.reported), len(c.provinces)],
        ["Bộ, ngành đã gửi báo cáo", str(len(c.ministries)), len(c.ministries), None],
    ]
    for spec in c.yesno:
        count = c.yes_count(spec.key)
        rows.append([spec.label, f"{count.text} địa phương", count.yes, count.of])
    for spec in c.rates:
        rows.append([f"{spec.label} (cả nước)", _rate_text(c.rate_total(spec.key)), c.rate_total(spec.key), None])
    for row in rows:
        ws.append(row)
        _style_row(ws, ws.max_row, [None, None, INTEGER_FORMAT, INTEGER_FORMAT])
    for spec in c.rates:
        ws.cell(row=_find_row(ws, f"{spec.label} (cả nước)"), column=3).number_format = RATE_FORMAT
    ws.append([])
    ws.append([c.plan_text])
    ws.cell(row=ws.max_row, column=1).font = _BOLD
    _widths(ws, [60, 34, 14, 10])
    ws.freeze_panes = "A6"


def _find_row(ws: Worksheet, first: str) -> int:
    for row in range(1, ws.max_row + 1):
        if ws.cell(row=row, column=1).value == first:
            return row
    raise KeyError(first)


def _completeness_sheet(ws: Worksheet, c: Consolidation) -> None:
    _header(
        ws, ["STT", "Mã", "Tỉnh, thành phố", "Đã gửi báo cáo", "Số, ký hiệu", "Ngày báo cáo", "Cập nhật lúc", "Mẫu"]
    )
    for index, row in enumerate(c.provinces, start=1):
        ws.append(_completeness_cells(index, row))
        _style_row(ws, ws.max_row, [INTEGER_FORMAT])
    if c.ministries or c.outside_list:
        ws.append([])
        ws.append(["", "", "Bộ, ngành và cơ quan (liệt kê riêng)"])
        ws.cell(row=ws.max_row, column=3).font = _BOLD
        for index, row in enumerate([*c.ministries, *c.outside_list], start=1):
            ws.append(_completeness_cells(index, row))
            _style_row(ws, ws.max_row, [INTEGER_FORMAT])
    ws.append([])
    ws.append(["", "", c.completeness_text])
    ws.cell(row=ws.max_row, column=3).font = _BOLD
    ws.freeze_panes = "D2"
    _widths(ws, [6, 7, 26, 14, 16, 13, 18, 8])


def _completeness_cells(index: int, row: UnitRow) -> list[Any]:
    return [
        index,
        row.unit.code,
        row.name,
        "Đã gửi" if row.reported else "Chưa gửi",
        row.number,
        row.date,
        _time(row.updated_at),
        f"v{row.source_version}" if row.source_version else "",
    ]


def _indicators_sheet(ws: Worksheet, c: Consolidation) -> None:
    numeric, rates, yesno = c.numeric, c.rates, c.yesno
    labels = [_with_unit(f) for f in numeric] + [f.label + " (%)" for f in rates] + [f.label for f in yesno]
    keys = [f.key for f in [*numeric, *rates, *yesno]]
    _header(ws, ["STT", "Mã", "Tỉnh, thành phố", *labels])
    ws.append(["", "", "", *keys])
    for cell in ws[2]:
        cell.font = _KEY_FONT
    formats = [INTEGER_FORMAT, None, None] + [INTEGER_FORMAT] * len(numeric) + [RATE_FORMAT] * len(rates)

    def unit_cells(index: int | str, row: UnitRow) -> list[Any]:
        return [
            index,
            row.unit.code,
            row.name,
            *(row.values.get(f.key) for f in numeric),
            *(row.rates.get(f.key) for f in rates),
            *(_yes_no(row.values.get(f.key)) for f in yesno),
        ]

    for index, row in enumerate(c.reported, start=1):
        ws.append(unit_cells(index, row))
        _style_row(ws, ws.max_row, formats)
    ws.append(
        [
            "",
            "",
            TOTAL_LABEL,
            *(c.total(f.key) for f in numeric),
            *(c.rate_total(f.key) for f in rates),
            *(c.yes_count(f.key).text for f in yesno),
        ]
    )
    _style_row(ws, ws.max_row, formats, total=True)
    if c.ministries:
        ws.append([])
        ws.append(["", "", "Bộ, ngành (không cộng vào tổng)"])
        ws.cell(row=ws.max_row, column=3).font = _BOLD
        for index, row in enumerate(c.ministries, start=1):
            ws.append(unit_cells(index, row))
            _style_row(ws, ws.max_row, formats)
    ws.freeze_panes = "D3"
    _widths(ws, [6, 7, 26] + [15] * len(labels))
    ws.row_dimensions[1].height = 90


def _table_sheet(ws: Worksheet, c: Consolidation, spec: TemplateField) -> None:
    columns = list(spec.columns)
    _header(ws, ["STT", "Mã", "Địa phương", *(_with_unit(col) for col in columns)])
    formats = [INTEGER_FORMAT, None, None, *(_column_format(col) for col in columns)]
    for index, (row, item) in enumerate(c.table_rows(spec.key), start=1):
        cells = [index, row.unit.code, row.name, *(_cell_value(c, col, item.get(col.key)) for col in columns)]
        ws.append(cells)
        _style_row(ws, ws.max_row, formats, wrap=True)
    totals = c.table_totals(spec.key)
    if totals:
        ws.append(["", "", TOTAL_LABEL, *(totals.get(col.key, "") if col.total else "" for col in columns)])
        _style_row(ws, ws.max_row, formats, total=True)
    ws.freeze_panes = "D2"
    _widths(ws, [6, 7, 24, *(max(12, min(50, 14 * col.width * 2)) for col in columns)])


def _narratives_sheet(ws: Worksheet, c: Consolidation) -> None:
    fields = c.narratives
    _header(ws, ["STT", "Mã", "Địa phương", *(f.label for f in fields)])
    for index, row in enumerate([*c.reported, *c.ministries], start=1):
        ws.append([index, row.unit.code, row.name, *(row.values.get(f.key) or "" for f in fields)])
        _style_row(ws, ws.max_row, [INTEGER_FORMAT], wrap=True)
    ws.freeze_panes = "D2"
    _widths(ws, [6, 7, 24] + [60] * len(fields))


def _details_sheet(ws: Worksheet, c: Consolidation) -> None:
    fields = c.details
    _header(ws, ["STT", "Mã", "Địa phương", *(f.label for f in fields)])
    formats = [INTEGER_FORMAT, None, None, *(DATE_FORMAT if f.kind == "date" else None for f in fields)]
    for index, row in enumerate([*c.reported, *c.ministries], start=1):
        ws.append([index, row.unit.code, row.name, *(_cell_value(c, f, row.values.get(f.key)) for f in fields)])
        _style_row(ws, ws.max_row, formats, wrap=True)
    ws.freeze_panes = "D2"
    _widths(ws, [6, 7, 24] + [24] * len(fields))


def _unmatched_sheet(ws: Worksheet, c: Consolidation) -> None:
    _header(ws, ["Mã", "Địa phương", "Mẫu", "Khóa", "Trường", "Giá trị", "Lý do"])
    for row, item in c.unmatched():
        ws.append(
            [
                row.unit.code,
                row.name,
                f"v{row.source_version}" if row.source_version else "",
                item.get("key", ""),
                item.get("label", ""),
                _plain(item.get("value")),
                item.get("why", ""),
            ]
        )
        _style_row(ws, ws.max_row, [None, None, None, None, None, INTEGER_FORMAT], wrap=True)
    if ws.max_row == 1:
        ws.append(["", "Mọi báo cáo khớp mẫu hiện hành."])
    ws.freeze_panes = "A2"
    _widths(ws, [7, 24, 7, 22, 36, 40, 36])


# --- cells ------------------------------------------------------------------------------------------


def _header(ws: Worksheet, labels: list[str], row: int = 1) -> None:
    for column, label in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=column, value=label)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGN
        cell.border = _BORDER


def _style_row(
    ws: Worksheet, row: int, formats: Iterable[str | None], *, total: bool = False, wrap: bool = False
) -> None:
    formats = list(formats)
    for column in range(1, ws.max_column + 1):
        cell = ws.cell(row=row, column=column)
        cell.border = _BORDER
        fmt = formats[column - 1] if column - 1 < len(formats) else None
        if fmt and isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
            cell.number_format = fmt
        elif isinstance(cell.value, dt.date):
            cell.number_format = DATE_FORMAT
        if wrap:
            cell.alignment = _WRAP_TOP
        if total:
            cell.font = _BOLD
            cell.fill = _TOTAL_FILL


def _widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _with_unit(spec: TemplateField | Column) -> str:
    return f"{spec.label} ({spec.unit})" if spec.unit else spec.label


def _column_format(spec: TemplateField | Column) -> str | None:
    if spec.kind in ("integer", "money"):
        return INTEGER_FORMAT
    if spec.kind == "percent":
        return RATE_FORMAT
    if spec.kind == "date":
        return DATE_FORMAT
    return None


def _cell_value(c: Consolidation, spec: TemplateField | Column, value: Any) -> Any:
    """The value as Excel should hold it: numbers as numbers, dates as dates, choices by their label."""
    if value is None:
        return None
    if spec.kind == "yesno":
        return _yes_no(value)
    if spec.kind == "date":
        return dt.date.fromisoformat(value)
    if spec.kind == "choice" and spec.choices:
        return c.template.choice_label(spec.choices, value)
    if spec.kind == "docref":
        parts = [value.get("number") or "", _day(dt.date.fromisoformat(value["date"])) if value.get("date") else ""]
        return " ngày ".join(p for p in parts if p)
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return _yes_no(value)
    import json

    return json.dumps(value, ensure_ascii=False)


def _yes_no(value: Any) -> str:
    return {True: "Có", False: "Không"}.get(value, "") if isinstance(value, bool) else ""


def _rate_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}%".replace(".", ",")


def _day(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _time(text: str) -> str:
    if not text:
        return ""
    try:
        return dt.datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return text
