"""The report as an official PDF: its template's structure set in the Decree 30/2020 format, its data embedded.

    render_report(doc: ReportDocument, template: Template, *, draft: bool) -> bytes

The body follows the template: top sections "I.", "II." (upper case, bold), subsections "1.", "2." (bold);
narrative fields as justified paragraphs (each line a paragraph), labelled "a)", "b)" when a section has several;
the other single-value fields of a section as one bordered indicator table (STT, Chỉ tiêu, Đơn vị, Kết quả and,
where a target exists, Chỉ tiêu/mục tiêu); repeating tables as bordered tables with their header row repeated on
every page and a totals row for the columns marked `total`. Computed values are computed here, never read from
the document. The text ends with "./."; the closing block follows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from gui.core.document import ReportDocument
from gui.core.kinds import kind_of
from gui.core.period import Period
from gui.core.template import Section, Template, TemplateField
from gui.core.values import computed_values, is_filled, is_required, table_totals
from gui.pdf import style as S
from gui.pdf.embedded import report_attachments
from gui.pdf.official import (
    Align,
    Closing,
    OfficialHeader,
    PdfMeta,
    addressee_block,
    body_paragraph,
    build_official_pdf,
    column_widths,
    data_table,
    end_text,
    fit_columns,
    heading,
    markup,
    official_styles,
    paragraph,
    title_block,
)

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
LETTERS = "abcdeghiklmnopqrstuvxy"  # the Vietnamese alphabet's order for a), b), c) … (no f, j, w, z)
MISSING_TEXT = "(Chưa nhập nội dung.)"
NOTHING_TEXT = "Không có."  # a section whose fields are all optional and left empty


def render_report(doc: ReportDocument, template: Template, *, draft: bool) -> bytes:
    """The report's PDF bytes; the same document and flag always give the same bytes."""
    styles = official_styles()
    story = report_story(doc, template, styles, draft=draft)
    return build_official_pdf(
        story,
        report_meta(doc, template, draft=draft),
        header=official_header(doc),
        closing=official_closing(doc),
        draft=draft,
        styles=styles,
    )


# --- header, closing, metadata ----------------------------------------------------------------------------


def official_header(doc: ReportDocument) -> OfficialHeader:
    h = doc.header
    return OfficialHeader(h.parent_body, h.agency, h.number, h.symbol, h.place, h.date)


def official_closing(doc: ReportDocument) -> Closing:
    s = doc.header.signer
    return Closing(doc.header.recipients, s.on_behalf_of, s.authority, s.authority_of, s.position, s.name)


def period_of(doc: ReportDocument) -> Period:
    return Period(doc.period.kind, doc.period.start, doc.period.end)


def subject_text(doc: ReportDocument, template: Template) -> str:
    return template.document.subject.replace("{period}", period_of(doc).phrase)


def agency_in_text(doc: ReportDocument) -> str:
    """The agency as it reads inside a sentence: 'SỞ CÔNG THƯƠNG' → 'Sở Công Thương'."""
    agency = doc.header.agency.strip() or doc.header.parent_body.strip()
    if not agency.isupper():
        return agency
    if agency.startswith("ỦY BAN NHÂN DÂN"):
        rest = agency.removeprefix("ỦY BAN NHÂN DÂN").strip()
        words = rest.split(" ", 1)
        if words and words[0] in ("TỈNH", "THÀNH"):
            return f"Ủy ban nhân dân {rest.lower().replace(doc.unit.name.lower(), doc.unit.name)}".strip()
        return f"Ủy ban nhân dân {rest.title()}".strip()
    return agency.title()


def report_meta(doc: ReportDocument, template: Template, *, draft: bool) -> PdfMeta:
    agency = ", ".join(x for x in (doc.header.agency.strip(), doc.header.parent_body.strip()) if x)
    unit = doc.unit.name if doc.unit.kind == "ministry" else f"{doc.unit.name}"
    title = f"{template.document.type.strip().capitalize()} {subject_text(doc, template)}"
    keywords = [
        "bvntd",
        "BVQLNTD",
        "NQ 82/NQ-CP",
        f"template={template.id}",
        f"template_version={template.version}",
        f"unit={doc.unit.kind}:{doc.unit.code}",
        f"period={doc.period.id}",
        unit,
    ]
    identity = hashlib.sha256(doc.canonical_bytes() + (b"\x00draft" if draft else b"\x00final")).digest()
    return PdfMeta(
        title=title,
        author=agency or unit,
        subject=subject_text(doc, template),
        keywords=keywords,
        created=_moment(doc),
        identity=identity,
        attachments=report_attachments(doc, draft=draft),
    )


def _moment(doc: ReportDocument) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(doc.updated_at)
    except ValueError:
        day = doc.header.date or doc.period.end
        moment = dt.datetime(day.year, day.month, day.day)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# --- the story ------------------------------------------------------------------------------------------------


def report_story(doc: ReportDocument, template: Template, styles: S.Styles, *, draft: bool) -> list[Flowable]:
    """Title, addressee, intro, the numbered sections, ending with './.' (the closing block is added later)."""
    story: list[Flowable] = [*title_block(template.document.type, subject_text(doc, template), styles)]
    if doc.correction_of is not None:
        story.append(paragraph(markup(correction_note(doc)), _note_style(styles)))
    story += addressee_block(doc.header.addressee, styles)
    intro = template.document.intro.replace("{agency}", agency_in_text(doc)).replace("{period}", period_of(doc).phrase)
    if intro.strip():
        story.append(body_paragraph(intro, styles.body))
    values = {**doc.values, **computed_values(template, doc.values)}
    writer = _SectionWriter(template, values, styles, draft=draft)
    for index, section in enumerate(template.sections):
        writer.section(section, 1, f"{ROMAN[index] if index < len(ROMAN) else index + 1}.", story)
    end_text(story, styles)
    return story


def correction_note(doc: ReportDocument) -> str:
    """'(Bản chỉnh sửa theo văn bản số 125/BCT-TMĐT ngày 05/01/2026 của Bộ Công Thương)' under the title of a
    version that answers the Ministry's request for correction."""
    ref = doc.correction_of
    assert ref is not None
    day = ref.date.strftime("%d/%m/%Y")
    cited = f"số {ref.number} ngày {day}" if ref.number else f"ngày {day} (mã {ref.id[:8]})"
    return f"(Bản chỉnh sửa theo văn bản {cited} của Bộ Công Thương)"


def _note_style(styles: S.Styles) -> ParagraphStyle:
    return ParagraphStyle("correction-note", parent=styles.place_date, alignment=TA_CENTER, spaceAfter=6)


class _SectionWriter:
    def __init__(self, template: Template, values: dict[str, Any], styles: S.Styles, *, draft: bool) -> None:
        self.template = template
        self.values = values
        self.styles = styles
        self.draft = draft

    def section(self, section: Section, level: int, number: str, story: list[Flowable]) -> None:
        title = section.title.strip()
        story.append(heading(f"{number} {title.upper() if level == 1 else title}", level, self.styles))
        start = len(story)
        self.narratives(section, story)
        indicators = [f for f in section.fields if kind_of(f).layout == "indicator"]
        if indicators:
            story.append(self.indicator_table(indicators))
        for f in section.fields:
            if kind_of(f).layout == "table":
                story.extend(self.repeating_table(f))
        if len(story) == start and not section.sections:
            # Nothing written here (every field optional and empty): the heading says so, never stands bare.
            story.append(body_paragraph(NOTHING_TEXT, self.styles.body))
        for index, sub in enumerate(section.sections):
            sub_number = f"{index + 1}." if level == 1 else f"{LETTERS[index % len(LETTERS)]})"
            self.section(sub, level + 1, sub_number, story)

    # narratives -------------------------------------------------------------------------------------------

    def narratives(self, section: Section, story: list[Flowable]) -> None:
        shown: list[tuple[TemplateField, str]] = []
        for f in section.fields:
            if kind_of(f).layout != "narrative":
                continue
            value = self.values.get(f.key)
            if is_filled(f, value) and str(value).strip():
                shown.append((f, str(value)))
            elif self.draft and is_required(f, self.values):
                shown.append((f, MISSING_TEXT))
        labelled = len(shown) > 1
        for index, (f, text) in enumerate(shown):
            if labelled:
                story.append(heading(f"{LETTERS[index % len(LETTERS)]}) {f.label.strip()}", 3, self.styles))
            for line in text.split("\n"):
                if line.strip():
                    story.append(body_paragraph(line.strip(), self.styles.body))

    # indicators -------------------------------------------------------------------------------------------

    def indicator_table(self, fields: list[TemplateField]) -> Flowable:
        with_target = any(f.target for f in fields)
        head = ["STT", "Chỉ tiêu", "Đơn vị", "Kết quả", *(["Chỉ tiêu/mục tiêu"] if with_target else [])]
        align: list[Align] = ["center", "left", "center", "right"]
        if with_target:
            align.append("left")
        rows: list[list[str]] = []
        italic_rows: list[int] = []
        number = 0
        text_rows: list[int] = []
        for f in fields:
            label = f.label.strip()
            sub_item = label.startswith(("—", "-", "–"))
            if sub_item:
                italic_rows.append(len(rows))
                stt = ""
                label = label.lstrip("—–- ").strip()
                label = label[0].upper() + label[1:] if label else label
            else:
                number += 1
                stt = str(number)
            result = self.display(f, self.values.get(f.key))
            target = [f.target] if with_target else []
            if kind_of(f).numeric or f.unit:
                rows.append([stt, label, f.unit, result, *target])
            else:
                # A text result (Có/Không, a document reference, a name) under "Kết quả", left-aligned; no unit.
                text_rows.append(len(rows))
                rows.append([stt, label, "", result, *target])
        numbers = [r[3] for i, r in enumerate(rows) if i not in text_rows]
        texts = [self._line_width(r[3]) for i, r in enumerate(rows) if i in text_rows]
        result_width = max(S.TABLE_RESULT_MIN_WIDTH, *(self._width_of(x) for x in numbers), *texts)
        result_width = min(result_width, 6.5 * 72 / 2.54)
        fixed: list[float | None] = [S.TABLE_STT_WIDTH, None, S.TABLE_UNIT_WIDTH, result_width]
        weights = [0.0, 1.0, 0.0, 0.0]
        if with_target:
            fixed.append(S.TABLE_TARGET_WIDTH)
            weights.append(0.0)
        widths = column_widths(weights, fixed)
        cell_align: dict[tuple[int, int], Align] = {(r, 3): "left" for r in text_rows}
        return data_table(
            head, rows, widths, self.styles, align=align, italic_rows=italic_rows, cell_align=cell_align
        )

    def _line_width(self, text: str) -> float:
        """A text result on one line, when it fits the cap the caller applies (longer ones wrap)."""
        return stringWidth(text, self.styles.cell.fontName, S.TABLE_SIZE) + 2 * S.TABLE_PADDING + 2 if text else 0.0

    def _width_of(self, text: str) -> float:
        if not text or " " in text:
            return 0.0
        return stringWidth(text, self.styles.cell.fontName, S.TABLE_SIZE) + 2 * S.TABLE_PADDING + 2

    # repeating tables -------------------------------------------------------------------------------------

    def repeating_table(self, f: TemplateField) -> list[Flowable]:
        rows_value = self.values.get(f.key) or []
        if not rows_value:
            return []
        columns = f.columns
        head = ["STT", *(c.label for c in columns)]
        align: list[Align] = ["center"]
        align.extend(kind_of(c).align for c in columns)
        rows = [
            [str(i), *(self.display(c, row.get(c.key)) for c in columns)] for i, row in enumerate(rows_value, start=1)
        ]
        totals = table_totals(f, rows_value)
        total_row = None
        span = 1
        if totals:
            first_total = next(i for i, c in enumerate(columns) if c.total)
            span = max(1, first_total + 1)
            total_row = ["Tổng cộng", *([""] * (span - 1))]
            for c in columns[span - 1 :]:
                total_row.append(kind_of(c).format(c, totals[c.key], self.template) if c.key in totals else "")
        widths = column_widths([0.0, *(c.width for c in columns)], [S.TABLE_STT_WIDTH, *([None] * len(columns))])
        cells = [[h, *(r[i] for r in rows), *([total_row[i]] if total_row else [])] for i, h in enumerate(head)]
        widths = fit_columns(widths, cells, self.styles.cell_head.fontName, S.TABLE_SIZE)
        caption = paragraph(markup(f"{f.label.strip()}:"), self.styles.caption)
        return [caption, data_table(head, rows, widths, self.styles, align=align, total=total_row, total_span=span)]

    # values -----------------------------------------------------------------------------------------------

    def display(self, spec: Any, value: Any) -> str:
        """A value as the report prints it: grouped numbers, Có/Không, dd/mm/yyyy, 'số …, ngày …'."""
        return kind_of(spec).format(spec, value, self.template)
