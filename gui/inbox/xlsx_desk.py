"""The desk's sheets of the consolidation workbook: data-quality flags, the previous period and the change
(gui/inbox/quality.py)."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from gui.core.kinds import kind_of
from gui.inbox.consolidate import Consolidation
from gui.inbox.quality import change_percent, previous_row, quality_flags
from gui.inbox.xlsx_cells import INTEGER_FORMAT, RATE_FORMAT, append, append_plain, header, widths

FLAGS_SHEET = "Cảnh báo số liệu"
CHANGE_SHEET = "So với kỳ trước"


def add_desk_sheets(workbook: Workbook, c: Consolidation) -> None:
    _flags_sheet(workbook.create_sheet(FLAGS_SHEET), c)
    _change_sheet(workbook.create_sheet(CHANGE_SHEET), c)


def _flags_sheet(ws: Worksheet, c: Consolidation) -> None:
    header(ws, ["STT", "Mã", "Đơn vị", "Khóa", "Chỉ tiêu", "Loại cảnh báo", "Giá trị", "Đối chiếu", "Chi tiết"])
    flags = quality_flags(c)
    for index, flag in enumerate(flags, start=1):
        cells = [index, flag.unit_code, flag.unit_name, flag.key, flag.label, flag.kind_label]
        append(ws, [*cells, flag.value, flag.reference, flag.message], [INTEGER_FORMAT, *[None] * 5, RATE_FORMAT])
    if not flags:
        append_plain(ws, ["", "", "Không có cảnh báo số liệu nào."])
    append_plain(ws, [])
    note = (
        "Cảnh báo chỉ để Bộ xem lại, không chặn việc nhập báo cáo: số liệu gấp hơn 3 lần hoặc dưới một phần ba kỳ "
        "trước, khác thường so với các đơn vị khác, tỷ lệ trên 100%, phần lớn hơn tổng."
    )
    append_plain(ws, ["", "", note])
    ws.freeze_panes = "D2"
    widths(ws, [6, 7, 26, 20, 40, 30, 14, 14, 60])


def _change_sheet(ws: Worksheet, c: Consolidation) -> None:
    fields = [f for f in c.numeric if kind_of(f).additive] + c.rates
    previous = c.previous.period.id if c.previous is not None else "—"
    heads = []
    for f in fields:
        heads += [f"{f.label} — kỳ {c.period.id}", f"kỳ {previous}", "thay đổi (%)"]
    header(ws, ["STT", "Mã", "Đơn vị", *heads])
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
        append(ws, cells, formats)
    append_plain(ws, [])
    note = (
        f"Kỳ trước: {previous}. Chỉ so sánh đơn vị dùng cùng danh sách tỉnh, thành phố ở hai kỳ."
        if c.previous is not None
        else "Không có kỳ trước để so sánh."
    )
    append_plain(ws, ["", "", note])
    ws.freeze_panes = "D2"
    widths(ws, [6, 7, 26] + [14] * len(heads))
    ws.row_dimensions[1].height = 90
