"""The consolidation as an Excel workbook: a sheet per table, provinces as rows, totals, numbers as numbers."""

from __future__ import annotations

import datetime as dt
import io
import re
import weakref
from collections.abc import Iterable, Sequence
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gui.core.dates import vn_date, vn_date_time
from gui.core.template import Column, TemplateField
from gui.fileio import write_output
from gui.inbox.consolidate import Consolidation, UnitRow
from gui.inbox.quality import change_percent, previous_row, quality_flags

# Grouped thousands: Excel shows the grouping with the reader's separators, dots on a Vietnamese system (1.234.567).
INTEGER_FORMAT = "#,##0"
RATE_FORMAT = "#,##0.00"
DATE_FORMAT = "dd/mm/yyyy"
TOTAL_LABEL = "TỔNG CỘNG"
CELL_LIMIT = 32_767  # characters in one Excel cell
EXACT_LIMIT = 10**15  # Excel keeps 15 significant digits
OVERFLOW_TITLE = "Văn bản dài"
# Per workbook: (number format, wrap, total) → the cell style made for it the first time.
_STYLES: weakref.WeakKeyDictionary[Workbook, dict[tuple[str | None, bool, bool], Any]] = weakref.WeakKeyDictionary()

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
    add_desk_sheets(workbook, c)
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
    # "TỔNG HỢP KẾT QUẢ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 82/NQ-CP … NĂM 2025": the subject, once (not "BÁO CÁO BÁO CÁO").
    subject = c.template.document.subject.replace("{period}", c.period.phrase)
    _append_plain(ws, [f"TỔNG HỢP {subject.upper()}"])
    ws["A1"].font = Font(bold=True, size=13)
    _append_plain(ws, [f"Kỳ báo cáo: {c.period.id} ({_day(c.period.start)} – {_day(c.period.end)})"])
    _append_plain(ws, [f"Danh sách tỉnh, thành phố: {c.unit_list.name}"])
    _append_plain(ws, [])
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
        _append(ws, row, [None, None, INTEGER_FORMAT, INTEGER_FORMAT])
    for spec in c.rates:
        ws.cell(row=_find_row(ws, f"{spec.label} (cả nước)"), column=3).number_format = RATE_FORMAT
    _append_plain(ws, [])
    _append_plain(ws, [c.plan_text])
    ws.cell(row=ws._current_row, column=1).font = _BOLD
    _widths(ws, [60, 34, 14, 10])
    ws.freeze_panes = "A6"


def _find_row(ws: Worksheet, first: str) -> int:
    for row in range(1, ws._current_row + 1):
        if ws.cell(row=row, column=1).value == first:
            return row
    raise KeyError(first)


def _completeness_sheet(ws: Worksheet, c: Consolidation) -> None:
    _header(
        ws,
        ["STT", "Mã", "Tỉnh, thành phố", "Đã gửi báo cáo", "Số, ký hiệu", "Ngày báo cáo", "Cập nhật lúc", "Phiên bản biểu mẫu",
         "Chữ ký số", "Thời hạn"],
    )
    for index, row in enumerate(c.provinces, start=1):
        _append(ws, [*_completeness_cells(index, row), c.timeliness_of(row)], [INTEGER_FORMAT])
    if c.ministries or c.outside_list:
        _append_plain(ws, [])
        _append_plain(ws, ["", "", "Bộ, ngành và cơ quan (liệt kê riêng)"])
        ws.cell(row=ws._current_row, column=3).font = _BOLD
        for index, row in enumerate([*c.ministries, *c.outside_list], start=1):
            _append(ws, [*_completeness_cells(index, row), c.timeliness_of(row)], [INTEGER_FORMAT])
    _append_plain(ws, [])
    _append_plain(ws, ["", "", c.completeness_text])
    ws.cell(row=ws._current_row, column=3).font = _BOLD
    if c.schedule is not None:
        _append_plain(ws, ["", "", c.schedule.text])
    ws.freeze_panes = "D2"
    _widths(ws, [6, 7, 26, 14, 16, 13, 18, 8, 60, 30])


def _completeness_cells(index: int, row: UnitRow) -> list[Any]:
    return [
        index,
        row.unit.code,
        row.name,
        "Đã gửi" if row.reported else "Chưa gửi",
        row.number,
        row.date,
        _time(row.updated_at),
        row.source_version or "",
        row.signature,
    ]


def _indicators_sheet(ws: Worksheet, c: Consolidation) -> None:
    numeric, rates, yesno = c.numeric, c.rates, c.yesno
    labels = [_with_unit(f) for f in numeric] + [f.label + " (%)" for f in rates] + [f.label for f in yesno]
    keys = [f.key for f in [*numeric, *rates, *yesno]]
    _header(ws, ["STT", "Mã", "Tỉnh, thành phố", *labels])
    _append_plain(ws, ["", "", "", *keys])
    for cell in ws[2]:
        cell.font = _KEY_FONT
    ws.row_dimensions[2].hidden = True  # the fields' keys, for a program reading the sheet; a person needs none
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
        _append(ws, unit_cells(index, row), formats)
    _append(
        ws,
        [
            "",
            "",
            TOTAL_LABEL,
            *(c.total(f.key) for f in numeric),
            *(c.rate_total(f.key) for f in rates),
            *(c.yes_count(f.key).text for f in yesno),
        ],
        formats,
        total=True,
    )
    if c.ministries:
        _append_plain(ws, [])
        _append_plain(ws, ["", "", "Bộ, ngành (không cộng vào tổng)"])
        ws.cell(row=ws._current_row, column=3).font = _BOLD
        for index, row in enumerate(c.ministries, start=1):
            _append(ws, unit_cells(index, row), formats)
    ws.freeze_panes = "D3"
    _widths(ws, [6, 7, 26] + [15] * len(labels))
    ws.row_dimensions[1].height = 90


def _table_sheet(ws: Worksheet, c: Consolidation, spec: TemplateField) -> None:
    columns = list(spec.columns)
    _header(ws, ["STT", "Mã", "Địa phương", *(_with_unit(col) for col in columns)])
    formats = [INTEGER_FORMAT, None, None, *(_column_format(col) for col in columns)]
    for index, (row, item) in enumerate(c.table_rows(spec.key), start=1):
        cells = [index, row.unit.code, row.name, *(_cell_value(c, col, item.get(col.key)) for col in columns)]
        _append(ws, cells, formats, wrap=True)
    totals = c.table_totals(spec.key)
    if totals:
        _append(
            ws,
            ["", "", TOTAL_LABEL, *(totals.get(col.key, "") if col.total else "" for col in columns)],
            formats,
            total=True,
        )
    ws.freeze_panes = "D2"
    _widths(ws, [6, 7, 24, *(max(12, min(50, 14 * col.width * 2)) for col in columns)])


def _narratives_sheet(ws: Worksheet, c: Consolidation) -> None:
    fields = c.narratives
    # "Kết quả thực hiện" heads six sections' columns: each says which section it is, as the report numbers it.
    numbers = c.template.section_numbers()
    section_of = {f.key: s.key for s in c.template.iter_sections() for f in s.fields}
    labels = [f"{numbers[section_of[f.key]]}. {f.label}" if f.key in section_of else f.label for f in fields]
    _header(ws, ["STT", "Mã", "Địa phương", *labels])
    for index, row in enumerate([*c.reported, *c.ministries], start=1):
        _append(
            ws,
            [index, row.unit.code, row.name, *(row.values.get(f.key) or "" for f in fields)],
            [INTEGER_FORMAT],
            wrap=True,
        )
    ws.freeze_panes = "D2"
    _widths(ws, [6, 7, 24] + [60] * len(fields))


def _details_sheet(ws: Worksheet, c: Consolidation) -> None:
    fields = c.details
    _header(ws, ["STT", "Mã", "Địa phương", *(f.label for f in fields)])
    formats = [INTEGER_FORMAT, None, None, *(DATE_FORMAT if f.kind == "date" else None for f in fields)]
    for index, row in enumerate([*c.reported, *c.ministries], start=1):
        _append(
            ws,
            [index, row.unit.code, row.name, *(_cell_value(c, f, row.values.get(f.key)) for f in fields)],
            formats,
            wrap=True,
        )
    ws.freeze_panes = "D2"
    _widths(ws, [6, 7, 24] + [24] * len(fields))


def _unmatched_sheet(ws: Worksheet, c: Consolidation) -> None:
    _header(ws, ["Mã", "Địa phương", "Mẫu", "Khóa", "Trường", "Giá trị", "Lý do"])
    for row, item in c.unmatched():
        _append(
            ws,
            [
                row.unit.code,
                row.name,
                f"v{row.source_version}" if row.source_version else "",
                item.get("key", ""),
                item.get("label", ""),
                _plain(item.get("value")),
                item.get("why", ""),
            ],
            [None, None, None, None, None, INTEGER_FORMAT],
            wrap=True,
        )
    if ws._current_row == 1:
        _append_plain(ws, ["", "Mọi báo cáo khớp mẫu hiện hành."])
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


def _append(
    ws: Worksheet, cells: Sequence[Any], formats: Iterable[str | None] = (), *, total: bool = False, wrap: bool = False
) -> None:
    """Append a row of values as safe cells and style it. Costs the row's width only: openpyxl's ws.max_row and
    ws.max_column scan every cell, which made the workbook quadratic in its rows (16 minutes for 34 provinces with
    tables at the template's row limits)."""
    row = _append_plain(ws, cells)
    formats = list(formats)
    styles = _STYLES.setdefault(ws.parent, {})
    for column in range(1, len(cells) + 1):
        cell = ws.cell(row=row, column=column)
        fmt = formats[column - 1] if column - 1 < len(formats) else None
        if not (fmt and isinstance(cell.value, int | float) and not isinstance(cell.value, bool)):
            fmt = DATE_FORMAT if isinstance(cell.value, dt.date) else None
        key = (fmt, wrap, total)
        known = styles.get(key)
        if known is not None:  # copying a style already made is ~20× faster than setting its parts again
            cell._style = copy(known)
            continue
        cell.border = _BORDER
        if fmt:
            cell.number_format = fmt
        if wrap:
            cell.alignment = _WRAP_TOP
        if total:
            cell.font = _BOLD
            cell.fill = _TOTAL_FILL
        styles[key] = copy(cell._style)


def _append_plain(ws: Worksheet, cells: Sequence[Any]) -> int:
    """Append a row of safe cells (see _safe); returns its number."""
    row = ws._current_row + 1  # the row ws.append writes
    ws.append([_safe(ws, value, row, column) for column, value in enumerate(cells, start=1)])
    for column, value in enumerate(cells, start=1):
        if isinstance(value, str):
            # Text stays text: "=HYPERLINK(…)", "+1", "-x", "@SUM(…)" typed in a report are never formulas.
            ws.cell(row=row, column=column).data_type = "s"
    return row


def _safe(ws: Worksheet, value: Any, row: int, column: int) -> Any:
    """A value Excel stores exactly as given: text without the characters XML cannot hold, at most a cell's
    32,767 characters (the rest continues on the overflow sheet, with a note saying where), whole numbers
    beyond Excel's 15 digits as text (Excel would round them)."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > CELL_LIMIT:
            return _overflow(ws, value, f"{get_column_letter(column)}{row}")
        return value
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= EXACT_LIMIT:
        return str(value)
    return value


def _overflow(ws: Worksheet, text: str, where: str) -> str:
    """The part of `text` that fits the cell, with a note; the rest on the sheet OVERFLOW_TITLE, one row per
    long text: the cell it continues, then its parts in the following cells."""
    workbook = ws.parent
    sheet = workbook[OVERFLOW_TITLE] if OVERFLOW_TITLE in workbook.sheetnames else None
    if sheet is None:
        sheet = workbook.create_sheet(OVERFLOW_TITLE)
        _header(sheet, ["Tiếp theo của ô", "Phần 2", "Phần 3 …"])
        _widths(sheet, [24, 80, 80])
    line = sheet._current_row + 1
    note = f" […còn tiếp ở trang “{OVERFLOW_TITLE}”, dòng {line}]"
    head = CELL_LIMIT - len(note)
    parts = [text[i : i + CELL_LIMIT] for i in range(head, len(text), CELL_LIMIT)]
    sheet.append([f"'{ws.title}'!{where}", *parts])
    for column in range(1, len(parts) + 2):
        cell = sheet.cell(row=line, column=column)
        cell.data_type = "s"
        cell.alignment = _WRAP_TOP
    return text[:head] + note


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
    return vn_date(day)


def _time(text: str) -> str:
    if not text:
        return ""
    try:
        return vn_date_time(dt.datetime.fromisoformat(text))
    except ValueError:
        return text


# --- the desk sheets: data-quality flags, the previous period and the change (gui/inbox/quality.py) ----------

FLAGS_SHEET = "Cảnh báo số liệu"
CHANGE_SHEET = "So với kỳ trước"


def add_desk_sheets(workbook: Workbook, c: Consolidation) -> None:
    _flags_sheet(workbook.create_sheet(FLAGS_SHEET), c)
    _change_sheet(workbook.create_sheet(CHANGE_SHEET), c)


def _flags_sheet(ws: Worksheet, c: Consolidation) -> None:
    _header(ws, ["STT", "Mã", "Đơn vị", "Khóa", "Chỉ tiêu", "Loại cảnh báo", "Giá trị", "Đối chiếu", "Chi tiết"])
    flags = quality_flags(c)
    for index, flag in enumerate(flags, start=1):
        cells = [index, flag.unit_code, flag.unit_name, flag.key, flag.label, flag.kind_label]
        _append(ws, [*cells, flag.value, flag.reference, flag.message], [INTEGER_FORMAT, *[None] * 5, RATE_FORMAT])
    if not flags:
        _append_plain(ws, ["", "", "Không có cảnh báo số liệu nào."])
    _append_plain(ws, [])
    note = (
        "Cảnh báo chỉ để Bộ xem lại, không chặn việc nhập báo cáo: số liệu gấp hơn 3 lần hoặc dưới một phần ba kỳ "
        "trước, khác thường so với các đơn vị khác, tỷ lệ trên 100%, phần lớn hơn tổng."
    )
    _append_plain(ws, ["", "", note])
    ws.freeze_panes = "D2"
    _widths(ws, [6, 7, 26, 20, 40, 30, 14, 14, 60])


def _change_sheet(ws: Worksheet, c: Consolidation) -> None:
    fields = [f for f in c.numeric if f.kind != "percent"] + c.rates
    previous = c.previous.period.id if c.previous is not None else "—"
    heads = []
    for f in fields:
        heads += [f"{f.label} — kỳ {c.period.id}", f"kỳ {previous}", "thay đổi (%)"]
    _header(ws, ["STT", "Mã", "Đơn vị", *heads])
    formats = [INTEGER_FORMAT, None, None]
    for f in fields:
        fmt = RATE_FORMAT if f.is_computed else INTEGER_FORMAT
        formats += [fmt, fmt, RATE_FORMAT]
    for index, row in enumerate([*c.reported, *c.ministries], start=1):
        before = previous_row(c, row)
        cells: list[object] = [index, row.unit.code, row.name]
        for f in fields:
            source = (lambda r: r.rates) if f.is_computed else (lambda r: r.values)
            now = source(row).get(f.key)
            then = source(before).get(f.key) if before is not None else None
            cells += [now, then, change_percent(now, then)]
        _append(ws, cells, formats)
    _append_plain(ws, [])
    note = (
        f"Kỳ trước: {previous}. Chỉ so sánh đơn vị dùng cùng danh sách tỉnh, thành phố ở hai kỳ."
        if c.previous is not None
        else "Không có kỳ trước để so sánh."
    )
    _append_plain(ws, ["", "", note])
    ws.freeze_panes = "D2"
    _widths(ws, [6, 7, 26] + [14] * len(heads))
    ws.row_dimensions[1].height = 90
