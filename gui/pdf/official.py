"""The building blocks of an administrative document in the Decree 30/2020 format, shared by every PDF we make.

The report (gui.pdf.render) and the Ministry's summary (gui.inbox) both build their PDFs from these, so the
format lives in one place (measures in gui.pdf.style, fonts in gui.pdf.fonts):

    styles = official_styles()                                   # paragraph styles in the registered font
    story = [*title_block("BÁO CÁO", subject, styles), *addressee_block(["Bộ Công Thương"], styles),
             *paragraphs(text, styles.body), heading("I. KẾT QUẢ", 1, styles),
             data_table(head, rows, widths, styles, align=[...], total=[...])]
    end_text(story, styles)                                      # "./." after the last sentence
    pdf: bytes = build_official_pdf(story, PdfMeta(...), header=OfficialHeader(...), closing=Closing(...),
                                    draft=False)

- OfficialHeader → `header_block`: the page-1 two-column header (issuing bodies, "Số: …", Quốc hiệu, Tiêu ngữ
  with their rules, place and date on the line of "Số:").
- Closing → `closing_block`: "Nơi nhận:" and the recipients on the left, the signature block on the right.
- `build_official_pdf` sets A4 and the margins, page numbers centred in the top margin from page 2, the
  "DỰ THẢO" mark on every page of a draft, the metadata, the embedded files (PdfMeta.attachments), and makes the
  output deterministic: the same input gives the same bytes (fixed dates and file identifier from PdfMeta).
- `markup(text)` makes user text safe inside reportlab's Paragraph markup (NFC, & < > escaped).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import DummyDoc, PDFArray, PDFDictionary, PDFText
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from gui import __version__
from gui.pdf import style as S
from gui.pdf.embedded import Attachment, attach_files
from gui.pdf.fonts import FontFamily, font_family

# What a table cell of reportlab's may hold: text, a flowable, or flowables stacked.
Cell: TypeAlias = "str | Flowable | list[Flowable]"

Align = Literal["left", "right", "center"]


# --- text --------------------------------------------------------------------------------------------------

# On while gui.pdf.report_text collects what a report draws: paragraphs are then not parsed (a third of the cost
# of building a story), tables not styled. Per thread and task, like every ContextVar.
_TEXT_ONLY: ContextVar[bool] = ContextVar("bvntd_text_only", default=False)


class TextOnly(Paragraph):
    """A paragraph that only knows its text: what `paragraph` makes while the text alone is asked for."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:  # no super().__init__: that parses the markup
        self.text = text
        self.style = style
        self.frags: list[Any] = []

    def getPlainText(self, identify: Any = None) -> str:
        return html.unescape(_TAG.sub(" ", self.text))


_TAG = re.compile(r"<[^>]*>")


@contextmanager
def text_only() -> Iterator[None]:
    """While on, `paragraph` makes TextOnly stand-ins and tables are left unstyled: a story that is only read."""
    token = _TEXT_ONLY.set(True)
    try:
        yield
    finally:
        _TEXT_ONLY.reset(token)


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """reportlab's Paragraph of `text` (markup), or its TextOnly stand-in inside `text_only()`."""
    return TextOnly(text, style) if _TEXT_ONLY.get() else Paragraph(text, style)



def markup(text: str) -> str:
    """User text made safe for Paragraph markup: composed (NFC), with &, < and > escaped."""
    return html.escape(unicodedata.normalize("NFC", text), quote=False)


def place_and_date(place: str, date: dt.date | None) -> str:
    """'Nghệ An, ngày 08 tháng 02 năm 2025': a leading 0 for days under 10 and for months 1 and 2 (the rule)."""
    prefix = f"{place}, " if place else ""
    if date is None:
        blank = "\u00a0" * 6
        return f"{prefix}ngày{blank}tháng{blank}năm{blank}"
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{prefix}ngày {date.day:02d} tháng {month} năm {date.year}"


def number_line(number: str, symbol: str) -> str:
    """'Số: 05/BC-SCT'; an unregistered report keeps the blank the clerk fills in: 'Số:        /BC-SCT'."""
    number = number.strip()
    if number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"
    return f"Số: {number or S.NUMBER_BLANK}/{symbol}" if symbol else f"Số: {number or S.NUMBER_BLANK}"


# --- inputs ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficialHeader:
    """What the page-1 header shows; texts as entered (the upper-case elements are upper-cased here)."""

    parent_body: str
    agency: str
    number: str = ""
    symbol: str = ""
    place: str = ""
    date: dt.date | None = None
    excerpt: str = ""  # a letter's (công văn) summary under its number: "V/v đề nghị chỉnh sửa báo cáo …"


@dataclass(frozen=True)
class Closing:
    """Nơi nhận and the signature block: authority 'KT.' + authority_of 'GIÁM ĐỐC', position 'PHÓ GIÁM ĐỐC';
    on_behalf_of 'ỦY BAN NHÂN DÂN' adds 'TM. ỦY BAN NHÂN DÂN' above them."""

    recipients: Sequence[str] = ()
    on_behalf_of: str = ""
    authority: str = ""
    authority_of: str = ""
    position: str = ""
    name: str = ""


@dataclass(frozen=True)
class PdfMeta:
    """The PDF's metadata and attachments; `created` and `identity` make the bytes reproducible."""

    title: str
    author: str
    subject: str
    keywords: Sequence[str]
    created: dt.datetime
    identity: bytes
    attachments: Sequence[Attachment] = field(default_factory=tuple)
    creator: str = f"Báo cáo BVQLNTD {__version__}"


# --- styles and small flowables -------------------------------------------------------------------------


def official_styles(family: FontFamily | None = None) -> S.Styles:
    family = family or font_family()
    return S.paragraph_styles(family.regular, family.bold, family.italic, family.bold_italic)


class CenteredRule(Flowable):
    """A horizontal line of a given length, centred in the space it is given (the rules under header lines)."""

    def __init__(self, length: float, thickness: float = S.RULE_THICKNESS, space_before: float = S.RULE_GAP):
        super().__init__()
        self.length = length
        self.thickness = thickness
        self.space_before = space_before

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        return available_width, self.space_before + self.thickness

    def draw(self) -> None:
        x = (self._width - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, self.thickness / 2, x + self.length, self.thickness / 2)


def _widest_line(text: str, font: str, size: float, width: float) -> float:
    return min(stringWidth(text, font, size), width)


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """One paragraph per line of the text (blank lines dropped), escaped."""
    return [paragraph(markup(line.strip()), style) for line in text.split("\n") if line.strip()]


def heading(text: str, level: int, styles: S.Styles) -> Paragraph:
    """Level 1: 'I. …' upper case bold; level 2: '1. …' bold; level 3: 'a) …' italic (the text given is used as is)."""
    style = {1: styles.heading1, 2: styles.heading2}.get(level, styles.heading3)
    return paragraph(markup(text), style)


def end_text(story: list[Flowable], styles: S.Styles) -> None:
    """Put the closing mark './.' right after the last sentence (in place of its full stop)."""
    last = story[-1] if story else None
    if isinstance(last, Paragraph) and getattr(last, "_bvntd_text", None) is not None:
        text = last._bvntd_text.rstrip()  # type: ignore[attr-defined]
        text = text[:-1] if text.endswith(".") else text
        story[-1] = body_paragraph(text + S.CLOSING_MARK, last.style)
    else:
        story.append(paragraph(S.CLOSING_MARK, styles.body))


def body_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of running text that `end_text` can finish with './.'."""
    para = paragraph(markup(text), style)
    para._bvntd_text = text  # type: ignore[attr-defined]
    return para


# --- the header, title, addressee and closing blocks ---------------------------------------------------------


def header_block(header: OfficialHeader, styles: S.Styles) -> Table:
    """The page-1 header: a borderless two-column table (its measures and their rules: gui/pdf/style.py, Header)."""
    left_w, right_w = S.HEADER_LEFT_WIDTH, S.HEADER_RIGHT_WIDTH
    parent = header.parent_body.strip().upper()
    parent_width = stringWidth(parent, styles.parent_body.fontName, S.PARENT_BODY_SIZE)
    if parent.startswith("ỦY BAN NHÂN DÂN ") and parent_width > left_w - 2 * S.HEADER_COLUMN_GAP:
        # Practice: a long parent body breaks after "ỦY BAN NHÂN DÂN", the place name on the second line.
        parent_text = "ỦY BAN NHÂN DÂN<br/>" + markup(parent.removeprefix("ỦY BAN NHÂN DÂN "))
    else:
        parent_text = markup(parent)
    agency = header.agency.strip().upper()
    agency_rule = S.AGENCY_RULE_RATIO * _widest_line(agency, styles.agency.fontName, S.AGENCY_SIZE, left_w)
    motto_rule = _widest_line(S.MOTTO, styles.motto.fontName, S.MOTTO_SIZE, right_w)
    left: list[Flowable] = [paragraph(parent_text, styles.parent_body)]
    if agency:
        left += [paragraph(markup(agency), styles.agency), CenteredRule(agency_rule)]
    right: list[Flowable] = [
        paragraph(markup(S.NATIONAL_TITLE), styles.national_title),
        paragraph(markup(S.MOTTO), styles.motto),
        CenteredRule(motto_rule),
    ]
    rows = [
        [left, right],
        [
            paragraph(markup(number_line(header.number, header.symbol)), styles.number),
            paragraph(markup(place_and_date(header.place, header.date)), styles.place_date),
        ],
    ]
    if header.excerpt.strip():
        # Rule (công văn): the summary "V/v …" under the number, 12–13 pt upright, centred in the left column.
        rows.append([paragraph(markup(header.excerpt.strip()), styles.excerpt), ""])
    return layout_table(rows, [left_w, right_w], styles, extra=[("TOPPADDING", (0, 1), (-1, 1), S.NUMBER_SPACE_BEFORE)])


def layout_table(
    rows: list[list[Cell]],
    widths: Sequence[float],
    styles: S.Styles,
    *,
    h_align: str = "LEFT",
    pad_top: float = 0,
    pad_bottom: float = 0,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A borderless table that only places blocks side by side: cells top-aligned, no padding but what is asked."""
    table = Table(rows, colWidths=list(widths), hAlign=h_align)
    if _TEXT_ONLY.get():
        return table
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), pad_top),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad_bottom),
                *extra,
            ]
        )
    )
    return table


def title_block(doc_type: str, subject: str, styles: S.Styles) -> list[Flowable]:
    """'BÁO CÁO' and its subject lines, bold and centred, with a short rule under them."""
    subject = subject.strip()
    width = S.FRAME_WIDTH
    subject_width = _widest_line(subject, styles.subject.fontName, S.SUBJECT_SIZE, width)
    return [
        Spacer(1, S.HEADER_SPACE_AFTER),
        paragraph(markup(doc_type.strip().upper()), styles.title),
        paragraph(markup(subject), styles.subject),
        CenteredRule(S.SUBJECT_RULE_RATIO * subject_width, space_before=3),
    ]


def addressee_block(addressees: Sequence[str], styles: S.Styles) -> list[Flowable]:
    """'Kính gửi: …' centred; several addressees as a list under it, '- …;' each, the last ending with '.'."""
    items = [a.strip() for a in addressees if a.strip()]
    if not items:
        return [Spacer(1, 10)]
    if len(items) == 1:
        return [paragraph(markup(f"Kính gửi: {items[0]}"), styles.addressee)]
    lines = [f"- {item.rstrip(';.')}{'.' if i == len(items) - 1 else ';'}" for i, item in enumerate(items)]
    label_w = stringWidth("Kính gửi: ", styles.addressee.fontName, S.ADDRESSEE_SIZE) + 2
    list_w = max(stringWidth(line, styles.addressee.fontName, S.ADDRESSEE_SIZE) for line in lines) + 4
    list_w = min(list_w, S.FRAME_WIDTH - label_w - 1 * 72 / 2.54)
    row = [paragraph("Kính gửi:", styles.addressee_item), [paragraph(markup(x), styles.addressee_item) for x in lines]]
    return [layout_table([row], [label_w, list_w], styles, h_align="CENTER", pad_top=8, pad_bottom=10)]


def recipient_lines(recipients: Sequence[str]) -> list[str]:
    """'- Như trên;' … '- Lưu: VT, QLTM.': each recipient on its line, ';' after each, '.' after the last."""
    items = [r.strip().removeprefix("-").strip().rstrip(";.").strip() for r in recipients]
    items = [r for r in items if r]
    return [f"- {item}{'.' if i == len(items) - 1 else ';'}" for i, item in enumerate(items)]


def signer_lines(closing: Closing) -> list[str]:
    """The authority block in upper case: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], or just ['GIÁM ĐỐC'], or three lines
    ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] (Decree 30/2020, appendix I)."""
    lines = []
    collective = closing.on_behalf_of.strip().removeprefix("TM.").strip()
    if collective:
        lines.append(f"TM. {collective}".upper())
    if closing.authority.strip():
        lines.append(f"{closing.authority.strip()} {closing.authority_of.strip()}".strip().upper())
    if closing.position.strip():
        lines.append(closing.position.strip().upper())
    return lines


SIGNATURE_BLOCK_KEY = "BVNTD_SignatureBlock"


class SignatureSpace(Spacer):
    """The room between the signing title and the name. Drawing it paints nothing; it records where it landed in
    the catalogue (/BVNTD_SignatureBlock << /Page i /Rect [x0 y0 x1 y1] >>) so a signing tool can put the signature
    and seal images there (gui.signing.placement) without the page's pixels changing."""

    def __init__(self, height: float) -> None:
        super().__init__(1, height)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        x0, y0 = self.canv.absolutePosition(0, 0)
        rect = PDFArray([round(v, 2) for v in (x0, y0, x0 + self.width, y0 + self.height)])
        catalog = self.canv._doc.Catalog
        # reportlab writes only the catalogue keys it lists; this instance lists one more.
        catalog.__NoDefault__ = [*type(catalog).__NoDefault__, SIGNATURE_BLOCK_KEY]
        block = PDFDictionary({"Page": self.canv.getPageNumber() - 1, "Rect": rect})
        setattr(catalog, SIGNATURE_BLOCK_KEY, block)


def closing_block(closing: Closing, styles: S.Styles) -> Flowable:
    """'Nơi nhận:' left, the signature block right, on one line; kept together on one page."""
    return KeepTogether(closing_parts(closing, styles))


def closing_parts(closing: Closing, styles: S.Styles) -> list[Flowable]:
    """The closing block's flowables (the space before it, the table), for a caller keeping them with more."""
    left: list[Flowable] = [paragraph("Nơi nhận:", styles.recipients_title)]
    left += [paragraph(markup(line), styles.recipient) for line in recipient_lines(closing.recipients)]
    right: list[Flowable] = [paragraph(markup(line), styles.signer) for line in signer_lines(closing)]
    right.append(SignatureSpace(S.SIGNATURE_SPACE))
    if closing.name.strip():
        right.append(paragraph(markup(closing.name.strip()), styles.signer_name))
    table = layout_table(
        [[left, right]],
        [S.CLOSING_LEFT_WIDTH, S.CLOSING_RIGHT_WIDTH],
        styles,
        # "Nơi nhận:" (12 pt) on the baseline of the authority's first line (14 pt).
        extra=[("TOPPADDING", (0, 0), (0, 0), S.SIGNER_SIZE - S.RECIPIENTS_TITLE_SIZE)],
    )
    return [Spacer(1, S.CLOSING_SPACE_BEFORE), table]


# --- tables ------------------------------------------------------------------------------------------------


LONG_WORD_SHARE = 0.3  # of a table's width: the widest word that widens its column (fit_columns)


def column_widths(weights: Sequence[float], fixed: Sequence[float | None], total: float = S.FRAME_WIDTH) -> list[float]:
    """Widths that fill `total`: columns with a fixed width keep it, the others share the rest by weight."""
    rest = total - sum(f for f in fixed if f is not None)
    share = sum(w for w, f in zip(weights, fixed, strict=True) if f is None) or 1.0
    return [f if f is not None else rest * w / share for w, f in zip(weights, fixed, strict=True)]


def fit_columns(
    widths: Sequence[float], columns: Sequence[Sequence[str]], font: str, size: float, pad: float | None = None
) -> list[float]:
    """Widen columns whose longest word would not fit (a document number such as '1840/SCT-QLTM' must not
    break inside), taking the room from the columns that have some to spare, in proportion to it. `pad`: a cell's
    left and right margins together (the PDF's by default; Word's are wider)."""
    pad = 2 * S.TABLE_PADDING + 1 if pad is None else pad
    # A word wider than this (a URL, a pasted text without spaces) is not worth squeezing other columns for:
    # it breaks inside its cell.
    longest = LONG_WORD_SHARE * sum(widths)
    need = [
        max((min(stringWidth(word, font, size), longest) + pad for text in texts for word in text.split()), default=0.0)
        for texts in columns
    ]
    out = list(widths)
    short = sum(max(0.0, n - w) for n, w in zip(need, out, strict=True))
    spare = [max(0.0, w - n) for n, w in zip(need, out, strict=True)]
    if short <= 0 or sum(spare) <= 0:
        return out
    take = min(1.0, short / sum(spare))
    # When the other columns cannot give all that is needed (a URL or a pasted text without spaces), each column
    # gets its share of what they can give and the table keeps its width: the longest words then break inside
    # their cells (the paragraphs' splitLongWords) instead of pushing the table past the right margin.
    give = min(1.0, sum(spare) / short)
    return [w + (n - w) * give if n > w else w - s * take for n, w, s in zip(need, out, spare, strict=True)]


def data_table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: S.Styles,
    *,
    align: Sequence[Align],
    total: Sequence[str] | None = None,
    total_span: int = 1,
    italic_rows: Sequence[int] = (),
    cell_align: dict[tuple[int, int], Align] | None = None,
    spans: Sequence[tuple[int, int, int]] = (),
) -> Table:
    """A bordered table: bold header row repeated on every page, cells aligned per column, optional totals row.

    `total` is the last row's cells (bold); its first `total_span` cells are merged to hold the label.
    Texts are plain (escaped here). `cell_align` overrides the alignment of single cells ((row, column), 0-based
    over `rows`); rows listed in `italic_rows` are set in italic (sub-items such as "trong đó …"); `spans`
    merges cells (row, first column, last column) of `rows`, the text in the first of them.
    """
    by_align = {"left": styles.cell, "right": styles.cell_number, "center": styles.cell_center}
    cell_align = cell_align or {}
    italic = styles.heading3.fontName
    span_width = {(row, first): sum(widths[first : last + 1]) for row, first, last in spans}
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), S.TABLE_GRID_WIDTH, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        # Text that fits on one line is drawn as a plain string (much cheaper than a paragraph) in these fonts;
        # setting them also keeps reportlab from listing an unused Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), S.TABLE_SIZE),
        ("LEADING", (0, 0), (-1, -1), S.TABLE_LEADING),
        ("LEFTPADDING", (0, 0), (-1, -1), S.TABLE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), S.TABLE_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), S.TABLE_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), S.TABLE_PADDING + 1),
    ]
    commands += [("ALIGN", (c, 1), (c, -1), how.upper()) for c, how in enumerate(align)]

    def cell(text: str, row: int, column: int, how: Align, font: str, style: ParagraphStyle) -> str | Paragraph:
        text = unicodedata.normalize("NFC", text)
        if _TEXT_ONLY.get():  # the text alone: a string or a paragraph of it draws the same words
            return text
        width = span_width.get((row - 1, column), widths[column]) - 2 * S.TABLE_PADDING - 0.5
        if "\n" not in text and stringWidth(text, font, S.TABLE_SIZE) <= width:
            if how != align[column]:
                commands.append(("ALIGN", (column, row), (column, row), how.upper()))
            if font != styles.cell.fontName:
                commands.append(("FONTNAME", (column, row), (column, row), font))
            return text
        content = markup(text)
        if font == italic:
            content = f"<i>{content}</i>"
        return paragraph(content, style)

    data: list[list[Cell]] = [[paragraph(markup(h), styles.cell_head) for h in head]]
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, (text, column_how) in enumerate(zip(row, align, strict=True)):
            how = cell_align.get((r - 1, c), column_how)
            font = italic if r - 1 in italic_rows and how == "left" else styles.cell.fontName
            cells.append(cell(text, r, c, how, font, by_align[how]))
        data.append(cells)
    commands += [("SPAN", (first, row + 1), (last, row + 1)) for row, first, last in spans]
    if total is not None:
        r = len(data)
        span_width[(r - 1, 0)] = sum(widths[:total_span])
        cells = []
        for c, (text, how) in enumerate(zip(total, align, strict=True)):
            label = c < total_span
            style = styles.cell_total if label or how != "right" else styles.cell_total_number
            cells.append(cell(text, r, c, "center" if label else how, styles.cell_head.fontName, style))
        data.append(cells)
        if total_span > 1:
            commands.append(("SPAN", (0, r), (total_span - 1, r)))
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", spaceAfter=S.TABLE_SPACE_AFTER)
    if not _TEXT_ONLY.get():  # the text alone (gui.pdf.report_text) needs no style
        table.setStyle(TableStyle(commands))
    return table


# --- the document ------------------------------------------------------------------------------------------


class _FixedTimeStamp:
    """reportlab's TimeStamp with a date chosen by the caller (the report's), not the clock."""

    def __init__(self, moment: dt.datetime) -> None:
        offset = moment.utcoffset() or dt.timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        self.t = moment.timestamp()
        self.YMDhms = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
        self.dhh = int(minutes / 60)
        self.dmm = abs(minutes) % 60
        self.tzname = "UTC" if minutes == 0 else ""


def _canvas_class(meta: PdfMeta) -> type[Canvas]:
    identity = hashlib.md5(meta.identity, usedforsecurity=False).digest()
    file_id = PDFText(identity, enc="raw").format(DummyDoc())

    class OfficialCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            document = self._doc
            document._timeStamp = _FixedTimeStamp(meta.created)
            document._ID = b"\n[" + file_id + file_id + b"]\n"
            attach_files(self, meta.attachments)

    return OfficialCanvas


class OfficialDocTemplate(BaseDocTemplate):
    """A4, the decree's margins, one frame; page numbers from page 2; the draft mark on every page."""

    def __init__(self, target: io.BytesIO, meta: PdfMeta, *, draft: bool, styles: S.Styles) -> None:
        super().__init__(
            target,
            pagesize=S.PAGE_SIZE,
            leftMargin=S.MARGIN_LEFT,
            rightMargin=S.MARGIN_RIGHT,
            topMargin=S.MARGIN_TOP,
            bottomMargin=S.MARGIN_BOTTOM,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=", ".join(meta.keywords),
            creator=meta.creator,
            invariant=1,
            lang="vi-VN",
            initialFontName=styles.body.fontName,
            initialFontSize=S.BODY_SIZE,
        )
        self.draft = draft
        self.official_styles = styles
        frame = Frame(
            S.MARGIN_LEFT,
            S.MARGIN_BOTTOM,
            S.FRAME_WIDTH,
            S.FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="official", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        styles = self.official_styles
        page = canvas.getPageNumber()
        if self.draft:
            _draw_draft_mark(canvas, styles)
        if page >= 2:
            canvas.saveState()
            canvas.setFont(styles.page_number.fontName, S.PAGE_NUMBER_SIZE)
            canvas.drawCentredString(
                S.MARGIN_LEFT + S.FRAME_WIDTH / 2, S.PAGE_HEIGHT - S.PAGE_NUMBER_BASELINE_FROM_TOP, str(page)
            )
            canvas.restoreState()


def _draw_draft_mark(canvas: Canvas, styles: S.Styles) -> None:
    bold = styles.title.fontName
    canvas.saveState()
    # A light diagonal watermark across the page, drawn first so the text stays on top of it.
    canvas.setFillGray(S.DRAFT_WATERMARK_GREY)
    canvas.translate(S.PAGE_WIDTH / 2, S.PAGE_HEIGHT / 2)
    canvas.rotate(S.DRAFT_WATERMARK_ANGLE)
    canvas.setFont(bold, S.DRAFT_WATERMARK_SIZE)
    canvas.drawCentredString(0, -S.DRAFT_WATERMARK_SIZE / 3, S.DRAFT_TEXT)
    canvas.restoreState()
    # A boxed mark in the top margin, right, readable when printed in black and white.
    canvas.saveState()
    width = stringWidth(S.DRAFT_TEXT, bold, S.DRAFT_BOX_SIZE)
    right = S.PAGE_WIDTH - S.MARGIN_RIGHT
    baseline = S.PAGE_HEIGHT - S.DRAFT_BOX_BASELINE_FROM_TOP
    canvas.setFont(bold, S.DRAFT_BOX_SIZE)
    canvas.drawRightString(right - 4, baseline, S.DRAFT_TEXT)
    canvas.setLineWidth(0.8)
    canvas.rect(right - width - 8, baseline - 4, width + 8, S.DRAFT_BOX_SIZE + 6, stroke=1, fill=0)
    canvas.restoreState()


def _keeps_with_next(flowable: Flowable) -> bool:
    style = getattr(flowable, "style", None)
    return bool(getattr(style, "keepWithNext", False))


def build_official_pdf(
    story: Sequence[Flowable],
    meta: PdfMeta,
    *,
    header: OfficialHeader | None,
    closing: Closing | None,
    draft: bool,
    styles: S.Styles | None = None,
) -> bytes:
    """The PDF bytes: the header block, the story, the closing block, in the official page layout."""
    styles = styles or official_styles()
    flowables: list[Flowable] = []
    if header is not None:
        flowables.append(header_block(header, styles))
    flowables.extend(story)
    if closing is not None:
        block = closing_block(closing, styles)
        if flowables and isinstance(flowables[-1], Paragraph):
            # The signature never stands alone on a page: the last paragraph goes with it, and so do the
            # headings that must stay with that paragraph.
            tail = [flowables.pop()]
            while flowables and _keeps_with_next(flowables[-1]):
                tail.insert(0, flowables.pop())
            # One KeepTogether, not one inside another: reportlab measures a nested one as taller than it is, and
            # the closing then moved to a new page even when the page had room for it.
            block = KeepTogether([*tail, *closing_parts(closing, styles)])
        flowables.append(block)
    buffer = io.BytesIO()
    template = OfficialDocTemplate(buffer, meta, draft=draft, styles=styles)
    template.build(flowables, canvasmaker=_canvas_class(meta))
    return buffer.getvalue()
