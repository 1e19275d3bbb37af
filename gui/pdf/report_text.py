"""The text a report's pages carry, in the order it is drawn, without laying the pages out.

    expected = report_text(doc, template, draft=False)   # -> ReportText
    expected.matches(page_texts)                          # the pages' texts (spacing ignored) say exactly that

Laying out and writing a report's PDF takes 100-200 ms; collecting the strings its flowables would draw (built
in gui.pdf.official's `text_only()`: paragraphs not parsed, tables not styled) takes a few. The pages' texts (extracted from the received file, one string per page) match when, page by page, they are
the next stretch of that text, after what is drawn on every page and carries no data: the DỰ THẢO mark of a draft,
the page number from page 2, and a table's header row repeated at the top of a page. Anything else on a page, or
anything missing, and they do not match (gui.inbox.page_check then renders the whole file to be sure).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from gui.core.document import ReportDocument
from gui.core.template import Template
from gui.pdf import style as S
from gui.pdf.official import closing_block, header_block, official_styles, text_only
from gui.pdf.render import official_closing, official_header, report_story

_SPACE = re.compile(r"\s+")


def flat(text: str) -> str:
    """Text with every space and line break removed: layouts break lines differently, words stay in order."""
    return _SPACE.sub("", text)


@dataclass(frozen=True)
class ReportText:
    text: str  # every string of the report, in drawing order, flattened
    heads: tuple[str, ...]  # each bordered table's header row, flattened (repeated at the top of a page)
    draft: bool

    def matches(self, page_texts: Sequence[str]) -> bool:
        at = 0
        mark = flat(S.DRAFT_TEXT)
        for number, page in enumerate(page_texts, start=1):
            text = flat(page)
            # Drawn on the page before its content: a draft's two marks (the watermark, the boxed one) and the
            # page number from page 2, in an order that depends on where each stands.
            furniture = [mark, mark] if self.draft else []
            if number >= 2:
                furniture.append(str(number))
            while furniture:
                token = next((t for t in furniture if text.startswith(t)), None)
                if token is None:
                    return False
                furniture.remove(token)
                text = text[len(token) :]
            if self.text.startswith(text, at):
                at += len(text)
                continue
            rest = next(
                (text[len(h) :] for h in self.heads if text.startswith(h) and self.text.startswith(text[len(h) :], at)),
                None,
            )
            if rest is None:
                return False
            at += len(rest)
        return at == len(self.text)


def report_text(doc: ReportDocument, template: Template, *, draft: bool) -> ReportText:
    """What gui.pdf.render.render_report draws, as text, from the same flowables (built, never laid out)."""
    styles = _styles()
    pieces: list[str] = []
    heads: list[str] = []
    with text_only():  # paragraphs unparsed, tables unstyled: read, never drawn
        flowables: list[Flowable] = [header_block(official_header(doc), styles)]
        flowables += report_story(doc, template, styles, draft=draft)
        flowables.append(closing_block(official_closing(doc), styles))
    _collect(flowables, pieces, heads)
    # flattened once: spaces removed from the whole text are those removed from each piece
    return ReportText(flat("".join(pieces)), tuple(dict.fromkeys(flat(h) for h in heads if flat(h))), draft)


@cache
def _styles() -> Any:
    """The report's styles, found once per process (finding the font files costs ~5 ms a call): only the strings
    the flowables hold are read here, never their fonts."""
    return official_styles()


def _collect(content: object, pieces: list[str], heads: list[str]) -> None:
    if isinstance(content, str):
        pieces.append(content)
    elif isinstance(content, Paragraph):
        pieces.append(content.getPlainText())
    elif isinstance(content, Table):
        rows = content._cellvalues
        if content.repeatRows and rows:
            head: list[str] = []
            for cell in rows[0]:
                _collect(cell, head, [])
            heads.append("".join(head))
        for row in rows:
            for cell in row:
                _collect(cell, pieces, heads)
    elif isinstance(content, KeepTogether):
        _collect(content._content, pieces, heads)
    elif isinstance(content, Iterable):
        for item in content:
            _collect(item, pieces, heads)
    # spacers, rules and the signature's room draw no text
