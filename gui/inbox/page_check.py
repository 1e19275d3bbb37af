"""Do a received PDF's pages show what its embedded data say, and name the unit it is imported as?

The Ministry counts the embedded data, but people read the pages: a file whose pages show one province while its
data name another (or other figures) must not pass unnoticed. The received pages' texts (extracted in the
sandbox, gui.pdf.sandbox) are compared, spacing ignored, with the text the data give when rendered as the app
renders them (final, and draft when the pages carry the DỰ THẢO mark):

- first with the strings the report's flowables draw, in order (gui.pdf.report_text: a few ms, no layout);
- when that does not match, with the text of the whole report rendered again (gui.pdf.render, 100-200 ms), so a
  layout the quick check does not foresee is still judged exactly as before.

Annotations count: the app puts none on a report's pages (only the signatures' widgets, which verification
judges), so any other annotation (a white FreeText or Square with its own appearance over page 1) draws something
the data do not say, which a text comparison cannot see (PDFium's page text leaves annotations out): such a file
is refused. And the header page 1 prints (before the national title) must carry the unit's line from the data,
and that line must name the unit the report is counted for (its code decides: gui.inbox.importer resolves it
from the province list).

    same         the pages are those of the data (final)
    draft        the pages are those of the data, exported as a draft (DỰ THẢO on every page)
    differ       the pages show something else; the unit's header line is there (flagged, shown to a person;
                 `marked` when they carry the DỰ THẢO mark)
    other_unit   the pages do not name the unit the data name: refused
    annotated    annotations drawn over the pages: refused

A file made by another version of the app may lay out differently: it is then "differ" with the versions named.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from gui import __version__
from gui.core.document import ReportDocument
from gui.core.i18n import translate
from gui.core.template import Template
from gui.pdf.report_text import flat, report_text
from gui.pdf.style import NATIONAL_TITLE

DRAFT_MARK = "DỰ THẢO"
SAME, DRAFT, DIFFER, OTHER_UNIT, ANNOTATED = "same", "draft", "differ", "other_unit", "annotated"


@dataclass(frozen=True)
class PageCheck:
    status: str
    note: str = ""  # for the result line and the inbox, when DIFFER or OTHER_UNIT
    marked: bool = False  # the pages carry the DỰ THẢO mark

    @property
    def refused(self) -> bool:
        return self.status in (OTHER_UNIT, ANNOTATED)


def check_pages(
    page_texts: tuple[str, ...],
    doc: ReportDocument,
    template: Template,
    *,
    made_by: str = "",
    annotations: tuple[str, ...] = (),
    unit_name: str = "",
    file_name: str = "",
) -> PageCheck:
    """`annotations`: the subtype of each annotation on the pages other than a signature's widget;
    `unit_name`: the name of the unit the report is counted as (from its code), when it is known; `file_name`:
    the file's name, for a refusal's sentence."""
    if annotations:
        return _annotated(annotations, file_name)
    received = flat("".join(page_texts))
    marked = flat(DRAFT_MARK) in received
    unit_line = flat(doc.header.parent_body or doc.unit.name)
    if unit_line and unit_line not in _page_one_header(page_texts):
        return _other_unit(doc.header.parent_body or doc.unit.name, file_name)
    if unit_name and not names_unit(doc, unit_name):
        return _other_unit(unit_name, file_name)
    if _same(page_texts, received, doc, template, draft=False):
        return PageCheck(SAME)
    if marked and _same(page_texts, received, doc, template, draft=True):
        return PageCheck(DRAFT, marked=True)

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


def names_unit(doc: ReportDocument, unit_name: str) -> bool:
    """The header the pages print (issuing body and agency) names `unit_name` ("Nghệ An" in "ỦY BAN NHÂN DÂN
    TỈNH NGHỆ AN"), letter case and spacing aside."""
    printed = _folded(f"{doc.header.parent_body} {doc.header.agency}")
    return bool(unit_name.strip()) and _folded(unit_name) in printed


def _folded(text: str) -> str:
    return flat(unicodedata.normalize("NFC", text).casefold())


def _page_one_header(page_texts: tuple[str, ...]) -> str:
    """Page 1's text before the national title: the issuing body and agency the header block prints (the whole
    of page 1 when the title is not found, a layout this app does not make)."""
    first = flat(page_texts[0]) if page_texts else ""
    title = first.find(flat(NATIONAL_TITLE))
    return first[:title] if title > 0 else first


def _named(file_name: str, sentence: str) -> str:
    """The sentence after the file's name ("Tệp “x.pdf”: các trang …"), or alone."""
    if not file_name:
        return sentence
    return translate("Inbox", "Tệp “{name}”: {sentence}").format(
        name=file_name, sentence=sentence[:1].lower() + sentence[1:]
    )


def _other_unit(unit: str, file_name: str = "") -> PageCheck:
    return PageCheck(
        OTHER_UNIT,
        _named(
            file_name,
            translate(
                "Inbox",
                "Các trang của tệp không ghi “{unit}” như dữ liệu kèm theo: trang hiển thị một đơn vị khác với dữ liệu. "
                "Không nhập; hãy đề nghị đơn vị gửi lại tệp xuất từ ứng dụng.",
            ).format(unit=unit),
        ),
    )


def _annotated(annotations: tuple[str, ...], file_name: str) -> PageCheck:
    kinds = ", ".join(f"{kind} ×{count}" if count > 1 else kind for kind, count in Counter(annotations).items())
    return PageCheck(
        ANNOTATED,
        _named(
            file_name,
            translate(
                "Inbox",
                "Các trang có {count} chú thích (annotation: {kinds}) vẽ đè lên nội dung. Báo cáo xuất từ ứng dụng "
                "không có chú thích nào ngoài ô chữ ký số, nên người đọc tệp có thể thấy những gì khác với số liệu "
                "kèm theo. Không nhập; hãy đề nghị đơn vị gửi lại tệp xuất từ ứng dụng.",
            ).format(count=len(annotations), kinds=kinds),
        ),
    )


def _same(page_texts: tuple[str, ...], received: str, doc: ReportDocument, template: Template, *, draft: bool) -> bool:
    if report_text(doc, template, draft=draft).matches(page_texts):
        return True
    return received == _rendered_text(doc, template, draft=draft)


def _rendered_text(doc: ReportDocument, template: Template, *, draft: bool) -> str:
    # lazy: reportlab is imported when a received PDF's pages are compared, not when the inbox page opens
    from gui.pdf.page_texts import page_texts
    from gui.pdf.render import render_report

    return flat("".join(page_texts(render_report(doc, template, draft=draft))))
