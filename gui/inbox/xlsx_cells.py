"""Writing cells of the Ministry's workbooks safely: styled rows, text that stays text, long text continued on
an overflow sheet, whole numbers beyond Excel's precision kept as text."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable, Sequence
from copy import copy
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gui.core.kinds.base import XLSX_DATE, XLSX_INTEGER, XLSX_RATE

# The number formats are the kinds' (gui/core/kinds/base.py); the rest is how a workbook is laid out.
INTEGER_FORMAT = XLSX_INTEGER
RATE_FORMAT = XLSX_RATE
DATE_FORMAT = XLSX_DATE
TOTAL_LABEL = "TỔNG CỘNG"
CELL_LIMIT = 32_767  # characters in one Excel cell
EXACT_LIMIT = 10**15  # Excel keeps 15 significant digits
OVERFLOW_TITLE = "Văn bản dài"
# Per workbook: (number format, wrap, total) → the cell style made for it the first time.
_STYLES: weakref.WeakKeyDictionary[Workbook, dict[tuple[str | None, bool, bool], Any]] = weakref.WeakKeyDictionary()

BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
KEY_FONT = Font(color="808080", size=8)
_THIN = Side(style="thin", color="A0A0A0")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")


def header(ws: Worksheet, labels: list[str], row: int = 1) -> None:
    for column, label in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=column, value=label)
        cell.font = BOLD
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGN
        cell.border = _BORDER


def append(
    ws: Worksheet, cells: Sequence[Any], formats: Iterable[str | None] = (), *, total: bool = False, wrap: bool = False
) -> None:
    """Append a row of values as safe cells and style it. Costs the row's width only: openpyxl's ws.max_row and
    ws.max_column scan every cell, which made the workbook quadratic in its rows (16 minutes for 34 provinces with
    tables at the template's row limits)."""
    row = append_plain(ws, cells)
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
            cell.font = BOLD
            cell.fill = _TOTAL_FILL
        styles[key] = copy(cell._style)


def append_plain(ws: Worksheet, cells: Sequence[Any]) -> int:
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
        header(sheet, ["Tiếp theo của ô", "Phần 2", "Phần 3 …"])
        widths(sheet, [24, 80, 80])
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


def widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def yes_no(value: Any) -> str:
    return {True: "Có", False: "Không"}.get(value, "") if isinstance(value, bool) else ""
