"""Every measure of the official format (Nghị định 30/2020/NĐ-CP, Phụ lục I) in one place, each with its rule.

Where the decree gives a range, one value inside it is chosen here and nowhere else; where practice rather than
the decree decides, the comment says so. Lengths are in points (1 pt = 1/72 inch) unless the name says mm.
The paragraph styles are built from these numbers by `paragraph_styles()` for a registered font family.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm

# --- Page -------------------------------------------------------------------------------------------------
# Rule: A4 (210 × 297 mm), portrait.
PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
# Rule: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm. Values are taken a little inside each
# range, so text positions measured from the file (rounded to 1/100 pt by the writer) never read as outside it.
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
MARGIN_LEFT = 31 * mm
MARGIN_RIGHT = 16 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

# Rule: page numbers in Arabic figures, 13–14 pt, upright, centred in the top margin, not on page 1.
PAGE_NUMBER_SIZE = 13
PAGE_NUMBER_BASELINE_FROM_TOP = 13 * mm  # inside the 22 mm top margin, clear of the first line of text

# Draft mark (practice): "DỰ THẢO" boxed in the top margin, right, on every page, plus a light diagonal watermark.
DRAFT_TEXT = "DỰ THẢO"
DRAFT_BOX_SIZE = 12
DRAFT_BOX_BASELINE_FROM_TOP = 13 * mm
DRAFT_WATERMARK_SIZE = 96
DRAFT_WATERMARK_GREY = 0.88  # 1 = white; light enough to read the text through it
DRAFT_WATERMARK_ANGLE = 55

# --- Header on page 1: a borderless two-column table ----------------------------------------------------
# Practice: the left column (issuing bodies) is narrower than the right (Quốc hiệu, Tiêu ngữ); the right column
# holds "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in bold 12 pt on one line.
HEADER_RIGHT_WIDTH = 254
HEADER_LEFT_WIDTH = FRAME_WIDTH - HEADER_RIGHT_WIDTH
PARENT_BODY_SIZE = 12  # Rule: 12–13 pt, upper case, upright.
AGENCY_SIZE = 12  # Rule: 12–13 pt, upper case, bold, a short rule under it.
NUMBER_SIZE = 13  # Rule: "Số: 12/BC-SCT", 13 pt, upright.
EXCERPT_SIZE = 12  # Rule: a letter's summary ("V/v …") under its number, 12–13 pt, upright.
NATIONAL_TITLE_SIZE = 12  # Rule: 12–13 pt, upper case, bold.
MOTTO_SIZE = 13  # Rule: 13–14 pt, bold, a rule under it as long as the text.
PLACE_DATE_SIZE = 13  # Rule: 13–14 pt, italic; same line as "Số:" (same size keeps one baseline).
AGENCY_RULE_RATIO = 0.4  # Rule: the rule under the issuing body is 1/3–1/2 of its width.
RULE_THICKNESS = 0.6
RULE_GAP = 3  # between the text's descent and its rule
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
HEADER_COLUMN_GAP = 10  # Practice: a long parent body ("ỦY BAN NHÂN DÂN THÀNH PHỐ …") breaks onto two lines
NUMBER_SPACE_BEFORE = 8
NUMBER_BLANK = "\u00a0" * 8  # "Số:        /BC-SCT": room the clerk fills in when the number is registered
HEADER_SPACE_AFTER = 14

# --- Title and body ---------------------------------------------------------------------------------------
TITLE_SIZE = 14  # Rule: "BÁO CÁO", 13–14 pt, upper case, bold, centred.
SUBJECT_SIZE = 14  # Rule: subject lines 13–14 pt, bold, centred, a short rule under them.
SUBJECT_RULE_RATIO = 0.35  # Rule: 1/3–1/2 of the subject's width.
ADDRESSEE_SIZE = 14  # Rule: "Kính gửi: …", 13–14 pt, upright.
BODY_SIZE = 14  # Rule: body 13–14 pt, justified.
BODY_LEADING = 17  # Rule: line spacing from single to 1.5 lines (about 1.2 × the size here).
FIRST_LINE_INDENT = 1.27 * cm  # Rule: first-line indent 1 cm or 1.27 cm.
PARAGRAPH_SPACE = 6  # Rule: at least 6 pt between paragraphs.
HEADING_SIZE = 14  # Practice: I., II. upper case bold; 1., 2. bold; a), b) italic.
HEADING_SPACE_BEFORE = 6
CLOSING_MARK = "./."  # Practice: the text ends with "./." right after the last sentence.

# --- Tables -----------------------------------------------------------------------------------------------
# Rule: borders, header row bold and repeated on each page, numbers right-aligned with grouping (1.234.567),
# a totals row where it adds up. Practice: table text one or two points smaller than the body.
TABLE_SIZE = 12
TABLE_LEADING = 14
TABLE_PADDING = 3
TABLE_GRID_WIDTH = 0.5
TABLE_STT_WIDTH = 1.25 * cm
TABLE_UNIT_WIDTH = 2.3 * cm
TABLE_RESULT_MIN_WIDTH = 3.3 * cm
TABLE_TARGET_WIDTH = 3.6 * cm
TABLE_SPACE_AFTER = 8

# --- Closing: a borderless two-column table ---------------------------------------------------------------
CLOSING_LEFT_WIDTH = 0.45 * FRAME_WIDTH
CLOSING_RIGHT_WIDTH = FRAME_WIDTH - CLOSING_LEFT_WIDTH
RECIPIENTS_TITLE_SIZE = 12  # Rule: "Nơi nhận:" 12 pt bold italic, flush left.
RECIPIENTS_SIZE = 11  # Rule: one line per recipient, 11 pt upright, "- …;" and the last "- Lưu: VT, … ."
SIGNER_SIZE = 14  # Rule: authority, position and name 13–14 pt bold, upper case except the name.
SIGNATURE_SPACE = 4 * 17  # Rule: room for the signature and seal, about four lines.
CLOSING_SPACE_BEFORE = 10


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the official format for one font family."""

    parent_body: ParagraphStyle
    agency: ParagraphStyle
    number: ParagraphStyle
    excerpt: ParagraphStyle
    national_title: ParagraphStyle
    motto: ParagraphStyle
    place_date: ParagraphStyle
    title: ParagraphStyle
    subject: ParagraphStyle
    addressee: ParagraphStyle
    addressee_item: ParagraphStyle
    body: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_number: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    cell_total: ParagraphStyle
    cell_total_number: ParagraphStyle
    recipients_title: ParagraphStyle
    recipient: ParagraphStyle
    signer: ParagraphStyle
    signer_name: ParagraphStyle
    page_number: ParagraphStyle


@cache
def paragraph_styles(regular: str, bold: str, italic: str, bold_italic: str) -> Styles:
    """The styles for a family registered under these four font names (see gui.pdf.fonts)."""

    def style(name: str, font: str, size: float, align: int = TA_LEFT, **extra: float) -> ParagraphStyle:
        leading = extra.pop("leading", round(size * 1.2, 1))
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, alignment=align, **extra)

    cell = style("cell", regular, TABLE_SIZE, leading=TABLE_LEADING)
    return Styles(
        parent_body=style("parent_body", regular, PARENT_BODY_SIZE, TA_CENTER),
        agency=style("agency", bold, AGENCY_SIZE, TA_CENTER),
        number=style("number", regular, NUMBER_SIZE, TA_CENTER),
        excerpt=style("excerpt", regular, EXCERPT_SIZE, TA_CENTER, spaceBefore=2),
        national_title=style("national_title", bold, NATIONAL_TITLE_SIZE, TA_CENTER),
        motto=style("motto", bold, MOTTO_SIZE, TA_CENTER),
        place_date=style("place_date", italic, PLACE_DATE_SIZE, TA_CENTER),
        title=style("title", bold, TITLE_SIZE, TA_CENTER, spaceBefore=6),
        subject=style("subject", bold, SUBJECT_SIZE, TA_CENTER, leading=BODY_LEADING),
        addressee=style("addressee", regular, ADDRESSEE_SIZE, TA_CENTER, spaceBefore=8, spaceAfter=10),
        addressee_item=style("addressee_item", regular, ADDRESSEE_SIZE, TA_LEFT, leading=BODY_LEADING),
        body=style(
            "body",
            regular,
            BODY_SIZE,
            TA_JUSTIFY,
            leading=BODY_LEADING,
            firstLineIndent=FIRST_LINE_INDENT,
            spaceAfter=PARAGRAPH_SPACE,
        ),
        heading1=style(
            "heading1",
            bold,
            HEADING_SIZE,
            TA_JUSTIFY,
            leading=BODY_LEADING,
            firstLineIndent=FIRST_LINE_INDENT,
            spaceBefore=HEADING_SPACE_BEFORE,
            spaceAfter=PARAGRAPH_SPACE,
            keepWithNext=1,
        ),
        heading2=style(
            "heading2",
            bold,
            HEADING_SIZE,
            TA_JUSTIFY,
            leading=BODY_LEADING,
            firstLineIndent=FIRST_LINE_INDENT,
            spaceAfter=PARAGRAPH_SPACE,
            keepWithNext=1,
        ),
        heading3=style(
            "heading3",
            italic,
            HEADING_SIZE,
            TA_JUSTIFY,
            leading=BODY_LEADING,
            firstLineIndent=FIRST_LINE_INDENT,
            spaceAfter=PARAGRAPH_SPACE,
            keepWithNext=1,
        ),
        caption=style(
            "caption",
            italic,
            BODY_SIZE,
            TA_JUSTIFY,
            leading=BODY_LEADING,
            firstLineIndent=FIRST_LINE_INDENT,
            spaceAfter=4,
            keepWithNext=1,
        ),
        cell=cell,
        cell_number=ParagraphStyle("cell_number", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=bold, alignment=TA_CENTER),
        cell_total=ParagraphStyle("cell_total", parent=cell, fontName=bold, alignment=TA_CENTER),
        cell_total_number=ParagraphStyle("cell_total_number", parent=cell, fontName=bold, alignment=TA_RIGHT),
        recipients_title=style("recipients_title", bold_italic, RECIPIENTS_TITLE_SIZE),
        recipient=style("recipient", regular, RECIPIENTS_SIZE, leading=13),
        signer=style("signer", bold, SIGNER_SIZE, TA_CENTER),
        signer_name=style("signer_name", bold, SIGNER_SIZE, TA_CENTER),
        page_number=style("page_number", regular, PAGE_NUMBER_SIZE, TA_CENTER),
    )
