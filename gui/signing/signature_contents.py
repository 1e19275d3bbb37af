"""Reading the signature dictionaries of a PDF without parsing their CMS one byte at a time.

A PAdES signature's CMS is the hex string /Contents its /ByteRange leaves out: several KB of hex that pyHanko's
parser reads character by character (about 10 ms a signature, more than the rest of its reading). This parses
each signature dictionary with pyHanko's own parser, but with that gap replaced by a short random marker; when
the marker comes back as the dictionary's /Contents (so the gap is exactly that value, nothing else) and its
/ByteRange is the one that located the gap, the gap's hex is decoded with bytes.fromhex and the dictionary is put
in the reader's object cache: pyHanko then reads the very object it would have parsed itself. Anything unusual (an
encrypted file, a dictionary in an object stream, hex with spaces, a marker not found) is left to pyHanko.

    preload_signature_values(reader, data) -> int     how many signature dictionaries were read this way
"""

from __future__ import annotations

import io
import re
import secrets
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyhanko.pdf_utils.reader import PdfFileReader

BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]")
HEX = re.compile(rb"[0-9A-Fa-f]*")
MAX_FIELDS = 64  # signature fields looked at, at most (a report has two)
MAX_SEARCH = 256 * 1024  # how far after its header a signature dictionary's /ByteRange is looked for


def preload_signature_values(reader: PdfFileReader, data: bytes) -> int:
    """Parse every signature field's value (the dictionary its /V points to) as above and cache it in `reader`."""
    # lazy: pyHanko is imported when a signature is checked
    from pyhanko.pdf_utils import generic

    if reader.encrypted:
        return 0
    done = 0
    try:
        # pyHanko's .get() gives a reference as it is: raw_get().get_object() follows it.
        form = reader.root.raw_get("/AcroForm").get_object() if "/AcroForm" in reader.root else None
        fields = form["/Fields"] if isinstance(form, generic.DictionaryObject) and "/Fields" in form else None
        if not isinstance(fields, generic.ArrayObject):
            return 0
        for index in range(min(len(fields), MAX_FIELDS)):
            field = fields.raw_get(index).get_object()
            if not isinstance(field, generic.DictionaryObject) or field.get("/FT") != "/Sig" or "/V" not in field:
                continue
            value = field.raw_get("/V")
            if isinstance(value, generic.IndirectObject) and _preload(reader, data, value.reference):
                done += 1
    except Exception:  # a structure pyHanko's own reading will judge (and report) later
        return done
    return done


def _preload(reader: PdfFileReader, data: bytes, ref: Any) -> bool:
    # lazy: as above
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.xref import read_object_header

    if reader.cache_get_indirect_object(ref.generation, ref.idnum) is not None:
        return False
    offset = reader.xrefs[ref]
    if not isinstance(offset, int) or not 0 <= offset < len(data):
        return False  # in an object stream, or nowhere: pyHanko reads it
    for match in BYTE_RANGE.finditer(data, offset, min(len(data), offset + MAX_SEARCH)):
        start, length, end, _tail = (int(v) for v in match.groups())
        low, high = start + length, end
        if not offset < low < high <= len(data) or data[low : low + 1] != b"<" or data[high - 1 : high] != b">":
            continue
        digits = data[low + 1 : high - 1]
        if HEX.fullmatch(digits) is None:
            continue
        marker = secrets.token_bytes(12)
        stream = io.BytesIO(b"".join((data[:low], b"<", marker.hex().encode(), b">", data[high:])))
        stream.seek(offset)
        if read_object_header(stream, strict=False) != (ref.idnum, ref.generation):
            return False
        container = generic.Reference(ref.idnum, ref.generation, reader)
        obj = generic.read_object(stream, container)
        if not isinstance(obj, generic.DictionaryObject):
            return False
        contents = obj.raw_get("/Contents") if "/Contents" in obj else None
        if not isinstance(contents, (generic.ByteStringObject, generic.TextStringObject)):
            continue
        if contents.original_bytes != marker:
            continue  # the gap was not this dictionary's /Contents: another candidate, or pyHanko's reading
        byte_range = obj.get("/ByteRange")
        if not isinstance(byte_range, generic.ArrayObject) or [int(v) for v in byte_range] != [
            int(v) for v in match.groups()
        ]:
            continue
        # What pyHanko's hex reader makes of the same digits: an odd count is padded with a zero.
        value = generic.pdf_string(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii")))
        value.container_ref = container
        obj[generic.pdf_name("/Contents")] = value
        reader.cache_indirect_object(ref.generation, ref.idnum, obj)
        return True
    return False
