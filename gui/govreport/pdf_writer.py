"""The draft report to the Government as a PDF in the official format (Nghị định 30/2020: the Ministry's header,
'Kính gửi', numbered headings, bordered tables, Nơi nhận and the signature block), charts drawn by reportlab."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, PageBreak

from gui.govreport.charts import drawing
from gui.govreport.outline import Chart, Draft, Heading, Para, Table
from gui.pdf import style as S
from gui.pdf.official import (
    PdfMeta,
    addressee_block,
    body_paragraph,
    build_official_pdf,
    closing_block,
    column_widths,
    data_table,
    end_text,
    fit_columns,
    heading,
    official_styles,
    title_block,
)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def draft_pdf_bytes(draft: Draft, *, mark_draft: bool = True) -> bytes:
    styles = official_styles()
    story: list[Flowable] = [
        *title_block(draft.doc_type, draft.subject, styles),
        *addressee_block(draft.addressees, styles),
    ]
    in_appendix = False
    for block in draft.blocks:
        if isinstance(block, Heading):
            if block.text.startswith("PHỤ LỤC") and not in_appendix:
                # The report ends (./., Nơi nhận, signature) before its appendices, which start a new page.
                end_text(story, styles)
                last = story.pop()
                story += [KeepTogether([last, closing_block(draft.closing, styles)]), PageBreak()]
                in_appendix = True
            story.append(heading(block.title, block.level, styles))
        elif isinstance(block, Para):
            style = styles.body if block.kind in ("body", "item") else styles.caption
            # A unit's own line breaks end paragraphs of their own (a justified line is never stretched to one).
            for index, line in enumerate(line for line in block.text.split("\n") if line.strip()):
                text = f"- {line}" if block.kind == "item" and index == 0 else line
                story.append(body_paragraph(text, style))
        elif isinstance(block, Table):
            story.extend(_tables(block, styles))
        elif isinstance(block, Chart):
            story.append(drawing(block))
            if block.caption:
                story.append(body_paragraph(block.caption, _figure_caption(styles)))
    if not in_appendix:
        end_text(story, styles)
        last = story.pop()
        story.append(KeepTogether([last, closing_block(draft.closing, styles)]))
    day = draft.header.date or dt.date.today()
    identity = hashlib.sha256(f"govreport|{draft.period_id}|{draft.received}|{day}".encode()).digest()
    meta = PdfMeta(
        title=f"{draft.doc_type.title()} {draft.subject}",
        author=draft.header.agency,
        subject=draft.subject,
        keywords=("BVQLNTD", "Nghị quyết 82/NQ-CP", draft.period_id, "dự thảo"),
        created=dt.datetime.combine(day, dt.time(8, 0), tzinfo=dt.UTC),
        identity=identity,
    )
    return build_official_pdf(story, meta, header=draft.header, closing=None, draft=mark_draft, styles=styles)


def _label_first(total: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The totals row with its label in the first cell: STT and the unit's column are merged to hold it, and a
    merged cell shows only its first cell's text (the label sat in the second and did not print)."""
    if not total:
        return total
    return (" ".join(t for t in total[:2] if t), "", *total[2:])


def _figure_caption(styles: S.Styles) -> ParagraphStyle:
    """A figure's caption centred under it, without the body's first-line indent."""
    return ParagraphStyle("figure-caption", parent=styles.caption, alignment=TA_CENTER, firstLineIndent=0)


def _tables(block: Table, styles: S.Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if block.caption:
        out.append(heading(block.caption, 3, styles))
    widths = column_widths(list(block.weights), [None] * len(block.weights), S.FRAME_WIDTH)
    # A sum in đồng ('36.919.000.000') or a unit's name must not break inside its cell.
    columns = [
        [h, *(r[i] for r in (*block.rows, *block.after_total, *([block.total] if block.total else [])))]
        for i, h in enumerate(block.head)
    ]
    widths = fit_columns(widths, columns, styles.cell_head.fontName, S.TABLE_SIZE)
    out.append(
        data_table(
            block.head,
            block.rows,
            widths,
            styles,
            align=block.align,
            total=_label_first(block.total),
            total_span=2 if block.total else 1,
        )
    )
    if block.after_total:
        out.append(body_paragraph("Bộ, ngành (không cộng vào tổng):", styles.caption))
        out.append(data_table(block.head, block.after_total, widths, styles, align=block.align))
    return out
