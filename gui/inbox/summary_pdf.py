"""The consolidation of a period as a PDF in the official format (Bộ Công Thương's summary report)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gui.core.kinds import kind_of
from gui.core.numbers import format_int, format_percent
from gui.fileio import write_output
from gui.inbox.consolidate import Consolidation, signature_sentence
from gui.inbox.deadlines import Status
from gui.pdf import style as S
from gui.pdf.official import (
    Align,
    Closing,
    OfficialHeader,
    PdfMeta,
    body_paragraph,
    build_official_pdf,
    column_widths,
    data_table,
    end_text,
    heading,
    official_styles,
    title_block,
)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable
    from reportlab.platypus import Table as PdfTable

MINISTRY = "BỘ CÔNG THƯƠNG"
SYMBOL = "BC-BCT"
# The columns of the by-province table: what fits across A4 portrait; the workbook has every indicator.
BY_PROVINCE = ("cp_received", "cp_resolved", "cp_success_rate", "in_violations", "fines_cases", "plan_issued")
DEFAULT_CLOSING = Closing(
    recipients=("Lãnh đạo Bộ (để báo cáo)", "Lưu: VT, UBCTQG"),
    authority="KT.",
    authority_of="BỘ TRƯỞNG",
    position="THỨ TRƯỞNG",
)


def write_summary_pdf(
    consolidation: Consolidation,
    path: Path,
    *,
    date: dt.date | None = None,
    closing: Closing = DEFAULT_CLOSING,
    draft: bool = False,
) -> None:
    write_output(path, summary_pdf_bytes(consolidation, date=date, closing=closing, draft=draft))


def summary_pdf_bytes(
    c: Consolidation,
    *,
    date: dt.date | None = None,
    closing: Closing = DEFAULT_CLOSING,
    draft: bool = False,
) -> bytes:
    styles = official_styles()
    day = date or dt.date.today()
    subject = "Tổng hợp " + _lower_first(c.template.document.subject.replace("{period}", c.period.phrase))
    story: list[Flowable] = [*title_block(c.template.document.type, subject, styles)]
    story.append(body_paragraph(_intro(c), styles.body))

    story.append(heading("I. TÌNH HÌNH GỬI BÁO CÁO", 1, styles))
    story.append(body_paragraph(f"Danh sách tỉnh, thành phố áp dụng: {c.unit_list.name}.", styles.body))
    if c.schedule is not None:
        story.append(body_paragraph(timeliness_sentence(c) + ".", styles.body))
    missing = [row.name for row in c.missing]
    if missing:
        story.append(
            body_paragraph(f"Các địa phương chưa gửi báo cáo ({len(missing)}): {', '.join(missing)}.", styles.body)
        )
    else:
        story.append(body_paragraph("Tất cả các địa phương đã gửi báo cáo.", styles.body))
    if c.ministries:
        names = ", ".join(row.name for row in c.ministries)
        story.append(body_paragraph(f"Các bộ, ngành đã gửi báo cáo ({len(c.ministries)}): {names}.", styles.body))
    if signatures := signature_sentence(c):
        story.append(body_paragraph(signatures, styles.body))

    story.append(heading("II. CÁC CHỈ TIÊU TỔNG HỢP CẢ NƯỚC", 1, styles))
    # A sentence between heading and table: the heading keeps with it, and the long table splits across pages.
    story.append(
        body_paragraph(
            f"Số liệu cộng từ báo cáo của {len(c.reported)} địa phương (không gồm bộ, ngành); các tỷ lệ tính lại "
            "từ số tổng cả nước; các chỉ tiêu có/không ghi số địa phương trả lời có trên số địa phương đã báo cáo.",
            styles.body,
        )
    )
    story.append(_national_table(c, styles))

    columns = [key for key in BY_PROVINCE if key in c.template.field_map()]
    if c.reported and columns:
        story.append(heading("III. MỘT SỐ CHỈ TIÊU THEO ĐỊA PHƯƠNG", 1, styles))
        story.append(body_paragraph("Theo thứ tự trong danh sách tỉnh, thành phố; các tỷ lệ tính bằng %.", styles.body))
        story.append(_province_table(c, columns, styles))

    if c.unmatched():
        story.append(heading("IV. SỐ LIỆU KHÔNG KHỚP MẪU HIỆN HÀNH", 1, styles))
        story.append(
            body_paragraph(
                f"Có {len(c.unmatched())} trường số liệu của báo cáo lập theo mẫu cũ không khớp mẫu hiện hành; "
                "chi tiết tại bảng tính Excel tổng hợp (trang Không khớp mẫu).",
                styles.body,
            )
        )
    story.append(
        body_paragraph(
            "Chi tiết số liệu từng địa phương, các bảng kê và nội dung báo cáo được tổng hợp tại bảng tính Excel "
            "kèm theo.",
            styles.body,
        )
    )
    end_text(story, styles)

    header = OfficialHeader(parent_body="", agency=MINISTRY, number="", symbol=SYMBOL, place="Hà Nội", date=day)
    identity = hashlib.sha256(f"summary|{c.period.id}|{len(c.reported)}|{day}".encode()).digest()
    meta = PdfMeta(
        title=f"Báo cáo {subject}",
        author="Bộ Công Thương",
        subject=subject,
        keywords=["bvntd", "BVQLNTD", "NQ 82/NQ-CP", "tổng hợp", f"period={c.period.id}"],
        created=dt.datetime.combine(day, dt.time(8, 0), tzinfo=dt.UTC),
        identity=identity,
    )
    return build_official_pdf(story, meta, header=header, closing=closing, draft=draft, styles=styles)


def timeliness_sentence(c: Consolidation) -> str:
    """'Số liệu từ … đến …; hạn gửi …: 30 địa phương gửi đúng hạn, 3 gửi muộn (Tỉnh A: 5 ngày, …)'."""
    assert c.schedule is not None
    late = [(row, c.schedule.of("province", row.unit.code)) for row in c.reported]
    late = [(row, t) for row, t in late if t.status is Status.LATE]
    on_time = len(c.reported) - len(late)
    text = f"{c.schedule.text}: {on_time} địa phương gửi đúng hạn, {len(late)} địa phương gửi muộn"
    if late:
        text += " (" + ", ".join(f"{row.name}: {t.days_late} ngày" for row, t in late) + ")"
    return text


def _intro(c: Consolidation) -> str:
    ministries = f" và {len(c.ministries)} bộ, ngành" if c.ministries else ""
    return (
        f"Bộ Công Thương đã nhận được báo cáo của {len(c.reported)}/{len(c.provinces)} địa phương{ministries} "
        f"về kết quả triển khai thực hiện Nghị quyết số 82/NQ-CP {c.period.phrase}; {c.plan_text}. "
        "Kết quả tổng hợp như sau."
    )


def _national_table(c: Consolidation, styles: S.Styles) -> PdfTable:
    rows: list[list[str]] = []
    number = 0
    for spec in c.numeric:
        total = c.total(spec.key)
        if total is None:
            continue
        number += 1
        rows.append([str(number), spec.label, spec.unit, _number(total)])
    for spec in c.rates:
        number += 1
        rate = c.rate_total(spec.key)
        rows.append([str(number), spec.label, "%", "" if rate is None else format_percent(rate, 2)])
    for spec in c.yesno:
        number += 1
        rows.append([str(number), spec.label, "địa phương", c.yes_count(spec.key).text])
    align: Sequence[Align] = ("center", "left", "center", "right")
    widths = column_widths([0, 1, 0, 0], [S.TABLE_STT_WIDTH, None, S.TABLE_UNIT_WIDTH, S.TABLE_RESULT_MIN_WIDTH])
    return data_table(["STT", "Chỉ tiêu", "Đơn vị tính", "Cả nước"], rows, widths, styles, align=align)


def _province_table(c: Consolidation, keys: list[str], styles: S.Styles) -> PdfTable:
    fields = c.template.field_map()
    head = ["STT", "Địa phương", *(_SHORT.get(k, fields[k].label) for k in keys)]
    rows = []
    for index, row in enumerate(c.reported, start=1):
        cells = [str(index), row.name]
        for key in keys:
            spec = fields[key]
            if spec.is_computed:
                rate = row.rates.get(key)
                cells.append("" if rate is None else format_percent(rate, 1))
            elif kind_of(spec).switch:
                answer = row.values.get(key)
                cells.append("Có" if answer is True else "Không" if answer is False else "")
            else:
                cells.append(_number(row.values.get(key)))
        rows.append(cells)
    total = ["", "Tổng cộng"]
    for key in keys:
        spec = fields[key]
        if spec.is_computed:
            rate = c.rate_total(key)
            total.append("" if rate is None else format_percent(rate, 1))
        elif kind_of(spec).switch:
            total.append(c.yes_count(key).text)
        else:
            total.append(_number(c.total(key)))
    align: list[Align] = ["center", "left", *(["center" if kind_of(fields[k]).switch else "right" for k in keys])]
    widths = column_widths([0, 1.6, *([1] * len(keys))], [S.TABLE_STT_WIDTH, None, *([None] * len(keys))])
    return data_table(head, rows, widths, styles, align=align, total=total, total_span=2)


_SHORT = {
    "cp_received": "Yêu cầu, khiếu nại tiếp nhận",
    "cp_resolved": "Giải quyết thành công",
    "cp_success_rate": "Tỷ lệ giải quyết (%)",
    "in_violations": "Vụ vi phạm phát hiện",
    "fines_cases": "Vụ bị xử phạt",
    "plan_issued": "Đã ban hành Kế hoạch",
}


def _number(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int):
        return format_int(value)
    return format_percent(float(value), 2)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
