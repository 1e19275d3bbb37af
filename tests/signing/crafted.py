"""Signed PDFs crafted against pyHanko's verification (issue 13): small files that keep it busy for many seconds."""

from __future__ import annotations

import io

from pypdf import PdfReader


def many_signature_fields(signed: bytes, count: int) -> bytes:
    """An incremental update adding `count` signature fields that all point at the file's one signature: pyHanko
    checks each (integrity, difference analysis, chain), about 20 s for 1,000 of them in a 220 KB file."""
    reader = PdfReader(io.BytesIO(signed))
    root = reader.trailer["/Root"]
    value = root["/AcroForm"]["/Fields"][0].get_object()["/V"].indirect_reference.idnum
    first = int(reader.trailer["/Size"])
    out = bytearray(signed)
    offsets: dict[int, int] = {}
    for index in range(count):
        offsets[first + index] = len(out)
        out += b"%d 0 obj\n<< /FT /Sig /T (f%d) /V %d 0 R >>\nendobj\n" % (first + index, index, value)
    form = first + count
    offsets[form] = len(out)
    fields = b" ".join(b"%d 0 R" % number for number in range(first, form))
    out += b"%d 0 obj\n<< /Fields [%s] >>\nendobj\n" % (form, fields)
    catalogue = root.indirect_reference.idnum
    pages = root["/Pages"].indirect_reference.idnum
    offsets[catalogue] = len(out)
    out += b"%d 0 obj\n<< /Type /Catalog /Pages %d 0 R /AcroForm %d 0 R >>\nendobj\n" % (catalogue, pages, form)
    previous = int(signed.rsplit(b"startxref", 1)[1].split()[0])
    xref = len(out)
    out += b"xref\n" + b"".join(b"%d 1\n%010d 00000 n \n" % (n, offsets[n]) for n in sorted(offsets))
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        form + 1,
        catalogue,
        previous,
        xref,
    )
    return bytes(out)
