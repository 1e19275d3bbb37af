"""Do a received PDF's pages show what its embedded data say? The data are re-rendered and the page texts compared.

The Ministry counts the embedded data, but people read the pages: a file whose pages show one province while its
data name another (or other figures) must not pass unnoticed. The document is rendered again exactly as the app
renders it (final, and draft when the pages carry the DỰ THẢO mark), and the text of each page, with spacing
ignored, is compared with the received file's (pypdf's extraction, in the sandbox, gui.pdf.guarded).

    same         the pages are those of the data (final)
    draft        the pages are those of the data, exported as a draft (DỰ THẢO on every page)
    differ       the pages show something else; the unit's header line is there (flagged, shown to a person;
                 `marked` when they carry the DỰ THẢO mark)
    other_unit   the pages do not name the unit the data name: refused

A file made by another version of the app may lay out differently: it is then "differ" with the versions named.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from gui import __version__
from gui.core.document import ReportDocument
from gui.core.i18n import translate
from gui.core.template import Template

DRAFT_MARK = "DỰ THẢO"
SAME, DRAFT, DIFFER, OTHER_UNIT = "same", "draft", "differ", "other_unit"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class PageCheck:
    status: str
    note: str = ""  # for the result line and the inbox, when DIFFER or OTHER_UNIT
    marked: bool = False  # the pages carry the DỰ THẢO mark

    @property
    def refused(self) -> bool:
        return self.status == OTHER_UNIT


def flat(text: str) -> str:
    return _SPACE.sub("", text)


def check_pages(
    page_texts: tuple[str, ...], doc: ReportDocument, template: Template, *, made_by: str = ""
) -> PageCheck:
    received = flat("".join(page_texts))
    marked = DRAFT_MARK.replace(" ", "") in received
    if received == _rendered_text(doc, template, draft=False):
        return PageCheck(SAME)
    if marked and received == _rendered_text(doc, template, draft=True):
        return PageCheck(DRAFT, marked=True)
    unit_line = flat(doc.header.parent_body or doc.unit.name)
    if unit_line and unit_line not in received:
        return PageCheck(
            OTHER_UNIT,
            translate(
                "Inbox",
                "Các trang của tệp không ghi “{unit}” như dữ liệu kèm theo: trang hiển thị một đơn vị khác với dữ liệu. "
                "Không nhập; hãy đề nghị đơn vị gửi lại tệp xuất từ ứng dụng.",
            ).format(unit=doc.header.parent_body or doc.unit.name),
        )

    other = ""
    if made_by and made_by != __version__:
        other = translate("Inbox", " (tệp do phiên bản {made_by} xuất, máy này là {version})").format(
            made_by=made_by, version=__version__
        )
    note = translate(
        "Inbox",
        "Nội dung các trang khác với dữ liệu kèm theo{other}: số liệu được nhập theo dữ liệu kèm theo; "
        "hãy đối chiếu với văn bản trước khi dùng.",
    ).format(other=other)
    return PageCheck(DIFFER, note, marked)


def _rendered_text(doc: ReportDocument, template: Template, *, draft: bool) -> str:
    # lazy: reportlab and pypdf are imported when a received PDF's pages are compared, not when the inbox page opens
    from pypdf import PdfReader

    # lazy: reportlab and pypdf are imported when a received PDF's pages are compared, not when the inbox page opens
    from gui.pdf.render import render_report

    reader = PdfReader(io.BytesIO(render_report(doc, template, draft=draft)))
    return flat("".join(page.extract_text() or "" for page in reader.pages))
