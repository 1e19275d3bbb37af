"""Each page's text and annotations, read by PDFium (pypdfium2): about 2 ms a page where pypdf takes 30.

    page_texts(data) -> tuple[str, ...]        # one string per page, in the order the page draws it
    page_annotations(reader) -> tuple[str, ...]  # the subtype of each annotation but a signature's widget

A received file is read by these only inside the sandbox's worker (gui.pdf.sandbox: time and memory limits); the
import's page check (gui.inbox.page_check) also reads the app's own rendering with `page_texts`, so both sides of
its comparison come from the same extractor.
"""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium


def page_texts(data: bytes) -> tuple[str, ...]:
    document = pdfium.PdfDocument(data)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    texts.append(textpage.get_text_range())
                finally:
                    textpage.close()
            finally:
                page.close()
        return tuple(texts)
    finally:
        document.close()


def page_annotations(reader: Any) -> tuple[str, ...]:
    """`reader`: a pypdf PdfReader. A signature's widget (a /Sig field holding a signature) is left out: what it
    draws and when it was added is for signature verification (gui.signing.verify) to judge."""
    found = []
    for page in reader.pages:
        annotations = page.get("/Annots")
        if annotations is None:
            continue
        for item in annotations.get_object():
            annotation = item.get_object()
            if not hasattr(annotation, "get"):
                found.append("?")
                continue
            subtype = str(annotation.get("/Subtype") or "?")
            if subtype == "/Widget" and _signed_field(annotation):
                continue
            found.append(subtype.lstrip("/"))
    return tuple(found)


def _signed_field(widget: Any) -> bool:
    field = widget
    for _ in range(8):  # a widget's field may be its parent; a loop of parents is not followed
        if field.get("/FT") == "/Sig":
            return field.get("/V") is not None
        parent = field.get("/Parent")
        if parent is None:
            return False
        field = parent.get_object()
    return False
