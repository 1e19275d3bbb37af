"""The consolidation as an Excel workbook: a sheet per table, provinces as rows, totals, numbers as numbers."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from gui.core.dates import vn_date, vn_date_time
from gui.core.kinds import kind_of
from gui.core.template import Column, TemplateField
from gui.fileio import write_output
from gui.inbox.consolidate import Consolidation, UnitRow
from gui.inbox.xlsx_cells import (
    BOLD,
    INTEGER_FORMAT,
    KEY_FONT,
    RATE_FORMAT,
    TOTAL_LABEL,
    append,
    append_plain,
    header,
    widths,
    yes_no,
)
from gui.inbox.xlsx_desk import add_desk_sheets


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
    append_plain(ws, [f"TỔNG HỢP {subject.upper()}"])
    ws["A1"].font = Font(bold=True, size=13)
    # The data window the desk states (Nghị định 09/2019: 15/12 of the year before to 14/12), not the calendar year:
    # the two must never disagree on what the period covers.
    window = f"; {c.schedule.text}" if c.schedule is not None else f" ({_day(c.period.start)} – {_day(c.period.end)})"
    append_plain(ws, [f"Kỳ báo cáo: {c.period.id}{window}"])
    append_plain(ws, [f"Danh sách tỉnh, thành phố: {c.unit_list.name}"])
    append_plain(ws, [])
    header(ws, ["Nội dung", "Kết quả", "Số", "Trên"], row=5)
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
        append(ws, row, [None, None, INTEGER_FORMAT, INTEGER_FORMAT])
    for spec in c.rates:
        ws.cell(row=_find_row(ws, f"{spec.label} (cả nước)"), column=3).number_format = RATE_FORMAT
    append_plain(ws, [])
    append_plain(ws, [c.plan_text])
    ws.cell(row=ws._current_row, column=1).font = BOLD
    widths(ws, [60, 34, 14, 10])
    ws.freeze_panes = "A6"


def _find_row(ws: Worksheet, first: str) -> int:
    for row in range(1, ws._current_row + 1):
        if ws.cell(row=row, column=1).value == first:
            return row
    raise KeyError(first)


def _completeness_sheet(ws: Worksheet, c: Consolidation) -> None:
    header(
        ws,
        ["STT", "Mã", "Tỉnh, thành phố", "Đã gửi báo cáo", "Số, ký hiệu", "Ngày báo cáo", "Cập nhật lúc", "Phiên bản biểu mẫu",
         "Chữ ký số", "Thời hạn"],
    )
    for index, row in enumerate(c.provinces, start=1):
        append(ws, [*_completeness_cells(index, row), c.timeliness_of(row)], [INTEGER_FORMAT])
    if c.ministries or c.outside_list:
        append_plain(ws, [])
        append_plain(ws, ["", "", "Bộ, ngành và cơ quan (liệt kê riêng)"])
        ws.cell(row=ws._current_row, column=3).font = BOLD
        for index, row in enumerate([*c.ministries, *c.outside_list], start=1):
            append(ws, [*_completeness_cells(index, row), c.timeliness_of(row)], [INTEGER_FORMAT])
    append_plain(ws, [])
    append_plain(ws, ["", "", c.completeness_text])
    ws.cell(row=ws._current_row, column=3).font = BOLD
    if c.schedule is not None:
        append_plain(ws, ["", "", c.schedule.text])
    ws.freeze_panes = "D2"
    widths(ws, [6, 7, 26, 14, 16, 13, 18, 8, 60, 30])


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
    header(ws, ["STT", "Mã", "Tỉnh, thành phố", *labels])
    append_plain(ws, ["", "", "", *keys])
    for cell in ws[2]:
        cell.font = KEY_FONT
    ws.row_dimensions[2].hidden = True  # the fields' keys, for a program reading the sheet; a person needs none
    formats = [INTEGER_FORMAT, None, None] + [INTEGER_FORMAT] * len(numeric) + [RATE_FORMAT] * len(rates)

    def unit_cells(index: int | str, row: UnitRow) -> list[Any]:
        return [
            index,
            row.unit.code,
            row.name,
            *(row.values.get(f.key) for f in numeric),
            *(row.rates.get(f.key) for f in rates),
            *(yes_no(row.values.get(f.key)) for f in yesno),
        ]

    for index, row in enumerate(c.reported, start=1):
        append(ws, unit_cells(index, row), formats)
    append(
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
        append_plain(ws, [])
        append_plain(ws, ["", "", "Bộ, ngành (không cộng vào tổng)"])
        ws.cell(row=ws._current_row, column=3).font = BOLD
        for index, row in enumerate(c.ministries, start=1):
            append(ws, unit_cells(index, row), formats)
    ws.freeze_panes = "D3"
    widths(ws, [6, 7, 26] + [15] * len(labels))
    ws.row_dimensions[1].height = 90


def _table_sheet(ws: Worksheet, c: Consolidation, spec: TemplateField) -> None:
    columns = list(spec.columns)
    header(ws, ["STT", "Mã", "Địa phương", *(_with_unit(col) for col in columns)])
    formats = [INTEGER_FORMAT, None, None, *(kind_of(col).xlsx_format for col in columns)]
    for index, (row, item) in enumerate(c.table_rows(spec.key), start=1):
        cells = [index, row.unit.code, row.name, *(_cell_value(c, col, item.get(col.key)) for col in columns)]
        append(ws, cells, formats, wrap=True)
    totals = c.table_totals(spec.key)
    if totals:
        append(
            ws,
            ["", "", TOTAL_LABEL, *(totals.get(col.key, "") if col.total else "" for col in columns)],
            formats,
            total=True,
        )
    ws.freeze_panes = "D2"
    widths(ws, [6, 7, 24, *(max(12, min(50, 14 * col.width * 2)) for col in columns)])


def _narratives_sheet(ws: Worksheet, c: Consolidation) -> None:
    fields = c.narratives
    # "Kết quả thực hiện" heads six sections' columns: each says which section it is, as the report numbers it.
    numbers = c.template.section_numbers()
    section_of = {f.key: s.key for s in c.template.iter_sections() for f in s.fields}
    labels = [f"{numbers[section_of[f.key]]}. {f.label}" if f.key in section_of else f.label for f in fields]
    header(ws, ["STT", "Mã", "Địa phương", *labels])
    for index, row in enumerate([*c.reported, *c.ministries], start=1):
        append(
            ws,
            [index, row.unit.code, row.name, *(row.values.get(f.key) or "" for f in fields)],
            [INTEGER_FORMAT],
            wrap=True,
        )
    ws.freeze_panes = "D2"
    widths(ws, [6, 7, 24] + [60] * len(fields))


def _details_sheet(ws: Worksheet, c: Consolidation) -> None:
    fields = c.details
    header(ws, ["STT", "Mã", "Địa phương", *(f.label for f in fields)])
    formats = [INTEGER_FORMAT, None, None, *(kind_of(f).xlsx_format for f in fields)]
    for index, row in enumerate([*c.reported, *c.ministries], start=1):
        append(
            ws,
            [index, row.unit.code, row.name, *(_cell_value(c, f, row.values.get(f.key)) for f in fields)],
            formats,
            wrap=True,
        )
    ws.freeze_panes = "D2"
    widths(ws, [6, 7, 24] + [24] * len(fields))


def _unmatched_sheet(ws: Worksheet, c: Consolidation) -> None:
    header(ws, ["Mã", "Địa phương", "Mẫu", "Khóa", "Trường", "Giá trị", "Lý do"])
    for row, item in c.unmatched():
        append(
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
        append_plain(ws, ["", "Mọi báo cáo khớp mẫu hiện hành."])
    ws.freeze_panes = "A2"
    widths(ws, [7, 24, 7, 22, 36, 40, 36])


def _with_unit(spec: TemplateField | Column) -> str:
    return f"{spec.label} ({spec.unit})" if spec.unit else spec.label


def _cell_value(c: Consolidation, spec: TemplateField | Column, value: Any) -> Any:
    """The value as Excel should hold it: numbers as numbers, dates as dates, choices by their label."""
    return None if value is None else kind_of(spec).xlsx_cell(spec, value, c.template)


def _plain(value: Any) -> Any:
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return yes_no(value)
    return json.dumps(value, ensure_ascii=False)


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
