"""The draft report to the Government as a Word document (python-docx) that edits like the staff's own file:
real headings (Heading 1–3 with Word's own numbering, I. / 1. / a) as official documents number them, so a section
added or removed renumbers the rest), real tables with a repeated header row, the charts as pictures, the Ministry's
header with the short rules under the agency and the motto, 'Kính gửi', Nơi nhận and signature block in borderless
tables, and DỰ THẢO in every page's header."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table as DocxTable
from reportlab.pdfbase.pdfmetrics import stringWidth

from gui.govreport.charts import png_bytes
from gui.govreport.outline import Chart, Draft, Heading, Para, Table
from gui.pdf import style as S
from gui.pdf.fonts import font_family
from gui.pdf.official import fit_columns, number_line, place_and_date, recipient_lines, signer_lines

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
TABLE_SIZE = 11  # a point under the PDF's: Word's cell margins are wider than the PDF's
GAP_COLOUR = RGBColor(0xB0, 0x00, 0x20)
WORD_CELL_MARGIN = 5.4  # points: 0.19 cm, Word's and LibreOffice's default left/right cell margin
TABLE_WIDTH_TWIPS = 9240  # 16.3 cm: the text width between Decree 30's margins
JC = {"left": "left", "right": "right", "center": "center"}
# pPr's children that the schema (CT_PPrBase) puts after pBdr: a border is inserted before the first of them.
AFTER_BORDER = frozenset(
    qn(f"w:{tag}")
    for tag in (
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    )
)
DRAFT_MARK = "DỰ THẢO"
HEADING_NUMBERS = (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"))  # I. / 1. / a)
HEADING_NUM_ID = 90  # our own list, clear of the ids python-docx's default template uses
CELL_TEXT = {"left": 6.5 - 2 * 0.19, "right": 9.8 - 2 * 0.19}  # cm: the header cells' widths inside their margins
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}


def draft_docx_bytes(draft: Draft) -> bytes:
    doc = Document()
    _page_and_styles(doc)
    _letterhead(doc, draft)
    in_appendix = False
    for block in draft.blocks:
        if isinstance(block, Heading):
            if block.text.startswith("PHỤ LỤC") and not in_appendix:
                _closing(doc, draft)
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                in_appendix = True
            _heading(doc, block)
        elif isinstance(block, Para):
            _para(doc, block)
        elif isinstance(block, Table):
            _table(doc, block)
        elif isinstance(block, Chart):
            doc.add_picture(io.BytesIO(png_bytes(block)), width=Cm(16))
            doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if block.caption:
                caption = doc.add_paragraph(block.caption, style="Caption")
                caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if not in_appendix:
        _closing(doc, draft)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _heading(doc: DocxDocument, block: Heading) -> None:
    """A numbered heading takes its number from Word's list (its style's); any other (an appendix, a table's
    caption) is the same style with the numbering switched off."""
    paragraph = doc.add_heading(block.text, level=min(block.level, 3))
    if not block.number:
        # numPr in its place among pPr's children (after pStyle): Word refuses a file whose order is not the schema's
        paragraph._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 0


def _heading_numbering(doc: DocxDocument) -> None:
    """One multi-level list, I. / 1. / a), tied to Heading 1–3: each level restarts under the one above."""
    numbering = doc.part.numbering_part.element
    w = nsdecls("w")
    levels = "".join(
        f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:pStyle w:val="Heading{index + 1}"/><w:suff w:val="space"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
        for index, (fmt, text) in enumerate(HEADING_NUMBERS)
    )
    abstract = parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="{HEADING_NUM_ID}"><w:multiLevelType w:val="multilevel"/>'
        f"{levels}</w:abstractNum>"
    )
    # abstractNum elements come before every num element (the schema's order).
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {w} w:numId="{HEADING_NUM_ID}"><w:abstractNumId w:val="{HEADING_NUM_ID}"/></w:num>')
    )
    for level in (1, 2, 3):
        number = doc.styles[f"Heading {level}"].element.get_or_add_pPr().get_or_add_numPr()
        number.get_or_add_ilvl().val = level - 1
        number.get_or_add_numId().val = HEADING_NUM_ID


def _font(
    style_or_run: object, size: float | None = None, bold: bool | None = None, italic: bool | None = None
) -> None:
    font = style_or_run.font  # type: ignore[attr-defined]
    font.name = FONT
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    element = style_or_run.element if hasattr(style_or_run, "element") else style_or_run._element  # type: ignore[attr-defined]
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # the theme's font would win
        fonts.attrib.pop(qn(attr), None)


def _page_and_styles(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    section.left_margin, section.right_margin = Cm(3.1), Cm(1.6)
    _page_numbers(section)
    normal = doc.styles["Normal"]
    _font(normal, S.BODY_SIZE)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for level in (1, 2, 3):
        style = doc.styles[f"Heading {level}"]
        _font(style, S.HEADING_SIZE, bold=level < 3, italic=level == 3)
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.first_line_indent = Cm(1)
    _heading_numbering(doc)
    caption = doc.styles["Caption"]
    _font(caption, 12, bold=False, italic=True)
    caption.font.color.rgb = RGBColor(0, 0, 0)
    table_style = doc.styles["Table Grid"]
    _font(table_style, TABLE_SIZE)


def _page_numbers(section: object) -> None:
    """Decree 30's page numbers: centred in the top margin from the second page on, as a PAGE field Word and
    LibreOffice keep up to date while the staff edit; DỰ THẢO at the right of every page's header, the first's too
    (the staff delete it from the header when the text is final)."""
    section.different_first_page_header_footer = True  # type: ignore[attr-defined]
    first = section.first_page_header.paragraphs[0]  # type: ignore[attr-defined]
    first.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(first.add_run(DRAFT_MARK), S.BODY_SIZE, bold=True)
    paragraph = section.header.paragraphs[0]  # type: ignore[attr-defined]
    width = section.page_width - section.left_margin - section.right_margin  # type: ignore[attr-defined]
    stops = paragraph.paragraph_format.tab_stops
    stops.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    _font(paragraph.add_run("\t"), S.BODY_SIZE)
    run = paragraph.add_run()
    _font(run, S.BODY_SIZE)
    w = nsdecls("w")
    for xml in (
        f'<w:fldChar {w} w:fldCharType="begin"/>',
        f'<w:instrText {w} xml:space="preserve"> PAGE </w:instrText>',
        f'<w:fldChar {w} w:fldCharType="separate"/>',
        f"<w:t {w}>2</w:t>",  # shown until the field is updated
        f'<w:fldChar {w} w:fldCharType="end"/>',
    ):
        run._r.append(parse_xml(xml))
    _font(paragraph.add_run("\t" + DRAFT_MARK), S.BODY_SIZE, bold=True)


def _cell_text(
    cell: object, text: str, *, align: str = "left", bold: bool = False, italic: bool = False, size: float | None = None
) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.alignment = ALIGN[align]
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.first_line_indent = Cm(0)
    for index, line in enumerate(text.split("\n")):
        if index:
            paragraph = cell.add_paragraph()  # type: ignore[attr-defined]
            paragraph.alignment = ALIGN[align]
            paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(line)
        _font(run, size, bold=bold, italic=italic)


def _widths(table: DocxTable, widths: list[int]) -> None:
    """Column widths Word and LibreOffice both honour: the grid's and every cell's, autofit off."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _no_borders(table: DocxTable) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _letterhead(doc: DocxDocument, draft: Draft) -> None:
    h = draft.header
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, [Cm(6.5), Cm(9.8)])
    left, right = table.rows[0].cells
    lines = [line for line in (h.parent_body.upper(), h.agency.upper()) if line]
    _cell_text(left, lines[0], align="center", bold=len(lines) == 1, size=S.AGENCY_SIZE)
    for line in lines[1:]:
        paragraph = left.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(paragraph.add_run(line), S.AGENCY_SIZE, bold=True)
    bold_face = font_family().bold
    # Decree 30: a short rule under the issuing agency (1/3–1/2 of its name), one under the motto as long as it.
    _rule(left.add_paragraph(), S.AGENCY_RULE_RATIO * stringWidth(lines[-1], bold_face, S.AGENCY_SIZE), "left")
    paragraph = left.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run(number_line(h.number, h.symbol)), S.NUMBER_SIZE)
    _cell_text(right, S.NATIONAL_TITLE, align="center", bold=True, size=S.NATIONAL_TITLE_SIZE)
    motto = right.add_paragraph()
    motto.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(motto.add_run(S.MOTTO), S.MOTTO_SIZE, bold=True)
    _rule(right.add_paragraph(), stringWidth(S.MOTTO, bold_face, S.MOTTO_SIZE), "right")
    paragraph = right.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run(place_and_date(h.place, h.date)), S.MOTTO_SIZE, italic=True)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(12)
    _font(title.add_run(draft.doc_type.upper()), S.BODY_SIZE, bold=True)
    subject = doc.add_paragraph()
    subject.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(subject.add_run(draft.subject), S.BODY_SIZE, bold=True)
    to = doc.add_paragraph()
    to.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(to.add_run("Kính gửi: " + "; ".join(draft.addressees)), S.BODY_SIZE)


def _rule(paragraph: Paragraph, length: float, cell: str) -> None:
    """An empty paragraph whose top border is the rule: `length` points, centred in the header's `cell`. A
    paragraph's border runs between its indents, which Word and LibreOffice both keep while the text is edited."""
    side = max(0.0, (CELL_TEXT[cell] * 28.35 - length) / 2)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = Pt(side)
    fmt.first_line_indent = Pt(0)
    fmt.space_before = Pt(2)
    fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(4)
    ppr = paragraph._p.get_or_add_pPr()
    border = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="{round(S.RULE_THICKNESS * 8)}" w:space="1" '
        'w:color="000000"/></w:pBdr>'
    )
    # In the schema's order among pPr's children (before spacing, ind, jc…): Word refuses a file out of order.
    following = next((child for child in ppr if child.tag in AFTER_BORDER), None)
    if following is not None:
        following.addprevious(border)
    else:
        ppr.append(border)


def _para(doc: DocxDocument, block: Para) -> None:
    """One paragraph per line of the text: a line a unit ended itself is a paragraph's end, which justification
    leaves alone (a manual line break inside a justified paragraph stretches the line before it)."""
    lines = [line for line in block.text.split("\n") if line.strip()] or [""]
    for index, line in enumerate(lines):
        text = f"- {line}" if block.kind == "item" and index == 0 else line
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1)
        run = paragraph.add_run(text)
        if block.kind == "gap":
            _font(run, italic=True, bold=True)
            run.font.color.rgb = GAP_COLOUR
        elif block.kind == "note":
            _font(run, italic=True)


def _table(doc: DocxDocument, block: Table) -> None:
    """A bordered table with its header row repeated on every page. Built as one piece of WordprocessingML: cell
    by cell through python-docx's objects it took 4 s for the appendices of 53 units, this way 0.1 s."""
    if block.caption:
        doc.add_heading(block.caption, level=3)
    share = sum(block.weights)
    points = [TABLE_WIDTH_TWIPS / 20 * w / share for w in block.weights]
    # As in the PDF, a sum in đồng or a long word keeps to one line: measured in the bold face (the header's, the
    # wider), with Word's default cell margins (0.19 cm each side).
    columns = [
        [h, *(r[i] for r in (*block.rows, *block.after_total, *([block.total] if block.total else [])))]
        for i, h in enumerate(block.head)
    ]
    points = fit_columns(points, columns, font_family().bold, TABLE_SIZE, pad=2 * WORD_CELL_MARGIN + 1)
    widths = [round(p * 20) for p in points]
    size = str(TABLE_SIZE * 2)  # half-points

    def cell(text: str, width: int, align: str, bold: bool) -> str:
        paragraphs = []
        for line in text.split("\n") or [""]:
            run = (
                f'<w:r><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
                f'{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
                f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
            )
            paragraphs.append(
                f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/>'
                f'<w:jc w:val="{JC[align]}"/></w:pPr>{run}</w:p>'
            )
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc>'

    def row(values: tuple[str, ...], aligns: tuple[str, ...], *, bold: bool = False, header: bool = False) -> str:
        # A row never splits across pages (a name on one page, its numbers on the next).
        props = f"<w:trPr><w:cantSplit/>{'<w:tblHeader/>' if header else ''}</w:trPr>"
        cells = "".join(cell(v, w, a, bold) for v, w, a in zip(values, widths, aligns, strict=True))
        return f"<w:tr>{props}{cells}</w:tr>"

    rows = [row(block.head, ("center",) * len(block.head), bold=True, header=True)]
    rows += [row(values, block.align) for values in block.rows]
    if block.total:
        rows.append(row(block.total, block.align, bold=True))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    xml = (
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )
    doc.element.body.sectPr.addprevious(parse_xml(xml))
    if block.after_total:
        note = doc.add_paragraph("Bộ, ngành (không cộng vào tổng):", style="Caption")
        note.paragraph_format.space_before = Pt(4)
        _table(doc, Table(block.head, block.after_total, block.align, block.weights))
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _closing(doc: DocxDocument, draft: Draft) -> None:
    last = doc.paragraphs[-1]
    if last.text.strip() and not last.text.rstrip().endswith("./."):
        last.add_run("./.")
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, [Cm(7.5), Cm(8.8)])
    left, right = table.rows[0].cells
    _cell_text(left, "Nơi nhận:", bold=True, italic=True, size=S.RECIPIENTS_TITLE_SIZE)
    for line in recipient_lines(draft.closing.recipients):
        paragraph = left.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        _font(paragraph.add_run(line), 11)
    lines = signer_lines(draft.closing) or [""]
    _cell_text(right, "\n".join(lines), align="center", bold=True, size=S.BODY_SIZE)
    for _ in range(4):
        right.add_paragraph()
    name = right.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(name.add_run(draft.closing.name), S.BODY_SIZE, bold=True)
