"""Signing helpers for the tests: the app's two signatures in order, and a signature made as another tool (or an
attacker) would, with any field name and without the app's checks."""

from __future__ import annotations

import io
from pathlib import Path

from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from tests.signing.pki import PASSWORD, Issued, Pki


def app_sign(data: bytes, issued: Issued, role: str, image: Path | None = None) -> bytes:
    return sign_pdf(data, load_pfx(issued.pfx, PASSWORD), role, image).data


def both(data: bytes, pki: Pki, signer: Issued | None = None, agency: Issued | None = None) -> bytes:
    """The competent person's signature, then the agency's (Nghệ An's by default)."""
    once = app_sign(data, signer or pki.nghe_an, "signer")
    return app_sign(once, agency or pki.nghe_an_clerk, "agency")


def raw_sign(
    data: bytes, issued: Issued, field: str, box: tuple[int, int, int, int] | None = None, page: int = 0
) -> bytes:
    """A PAdES signature in a new field named `field`, made with pyHanko directly (no order or role checks);
    visible in `box` on `page` when given (pyHanko's default appearance: a text stamp)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    key = load_pfx(issued.pfx, PASSWORD)
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
    )
    spec = fields.SigFieldSpec(field, box=box, on_page=page) if box else fields.SigFieldSpec(field)
    out = io.BytesIO()
    signers.PdfSigner(meta, key.signer, new_field_spec=spec).sign_pdf(writer, output=out)
    return out.getvalue()
