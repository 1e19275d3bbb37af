"""What you see is what was signed (issue 20, item 4). After both signatures an incremental update needs no key to
draw over page 1: an empty signature field, a form field (new, or one laid before signing and filled after) or an
annotation, each hiding the page, replacing its text, or both. pyHanko's difference analysis accepts the first two;
the app's policy refuses every one as changed after signing, and so does the import (nothing stored)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.inbox.importer import Outcome, import_paths
from gui.signing.inbox import SignaturePolicy
from gui.signing.verify import Status, load_trust, verify_pdf
from gui.store.reports import ReportStore
from tests.signing import attacks
from tests.signing.pki import Pki
from tests.signing.signed import app_sign, both, raw_sign


@pytest.fixture(scope="module")
def signed(pki: Pki, report_pdf: Path) -> bytes:
    return both(report_pdf.read_bytes(), pki)


@pytest.fixture(scope="module")
def trap(pki: Pki, report_pdf: Path) -> bytes:
    """A text field over page 1 with an empty appearance, laid before the signatures: signed as it was."""
    return both(attacks.text_field_before_signing(report_pdf.read_bytes()), pki)


def check(pki: Pki, data: bytes):  # type: ignore[no-untyped-def]
    return verify_pdf(data, load_trust([pki.root.pem, pki.intermediate.pem])).for_unit("Nghệ An")


def test_the_honest_files_are_trusted(pki: Pki, signed: bytes, trap: bytes, images, report_pdf: Path) -> None:
    assert check(pki, signed).status is Status.TRUSTED
    assert check(pki, trap).status is Status.TRUSTED  # an untouched form field is no change
    once = app_sign(report_pdf.read_bytes(), pki.nghe_an, "signer", images["signature"])
    visible = check(pki, app_sign(once, pki.nghe_an_clerk, "agency", images["seal"]))
    assert visible.status is Status.TRUSTED, visible.lines()  # the seal drawn in the signature block


@pytest.mark.parametrize("mode", attacks.MODES)
@pytest.mark.parametrize("channel", ["signature field", "new form field", "filled form field", "annotation"])
def test_shadow_attacks_after_both_signatures_are_refused(
    pki: Pki, signed: bytes, trap: bytes, channel: str, mode: str
) -> None:
    attacked = {
        "signature field": lambda: attacks.shadow_signature_field(signed, mode),
        "new form field": lambda: attacks.shadow_form_field(signed, mode),
        "filled form field": lambda: attacks.fill_form_field(trap, "GhiChu", mode),
        "annotation": lambda: attacks.shadow_annotation(signed, mode),
    }[channel]()
    result = check(pki, attacked)
    assert result.status is Status.BROKEN, result.lines()
    assert not result.complete and result.signed_data is None
    assert all(not s.covered for s in result.signatures)  # neither signer signed what is drawn now
    assert "sau" in result.lines()[-1] and "ký" in result.lines()[-1]


def test_a_shadow_between_the_signatures_breaks_the_first(pki: Pki, report_pdf: Path) -> None:
    once = app_sign(report_pdf.read_bytes(), pki.nghe_an, "signer")
    shadowed = attacks.shadow_signature_field(once, "hide-and-replace")
    # The agency's clerk is refused: the competent person's signature no longer covers what is shown.
    from gui.signing.errors import SigningError
    from gui.signing.keys import load_pfx
    from gui.signing.sign import sign_pdf
    from tests.signing.pki import PASSWORD

    with pytest.raises(SigningError, match="không còn nguyên vẹn"):
        sign_pdf(shadowed, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency")
    # Signed anyway with another tool: the first signature is broken, the file refused.
    result = check(pki, raw_sign(shadowed, pki.nghe_an_clerk, "ChuKyCoQuan"))
    assert result.status is Status.BROKEN
    assert not result.signatures[0].covered and "Shadow" in result.lines()[0]


def test_the_agency_signature_drawn_outside_the_block_is_refused(pki: Pki, report_pdf: Path) -> None:
    once = app_sign(report_pdf.read_bytes(), pki.nghe_an, "signer")
    over_page_1 = raw_sign(once, pki.nghe_an_clerk, "ChuKyCoQuan", box=(0, 0, 595, 842), page=0)
    result = check(pki, over_page_1)
    assert result.status is Status.BROKEN
    assert not result.signatures[0].covered and result.signatures[1].covered
    assert "ngoài khối chữ ký" in result.lines()[0]


def test_the_import_refuses_a_shadowed_file_and_stores_nothing(pki: Pki, signed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "BC-NQ82-Nghe-An-2025.pdf"
    path.write_bytes(attacks.shadow_signature_field(signed, "hide-and-replace"))
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        policy = SignaturePolicy(load_trust([pki.root.pem, pki.intermediate.pem]))
        [line] = import_paths(store, [path], signatures=policy).results
        assert line.outcome is Outcome.REJECTED, line
        assert "sửa đổi sau khi ký" in line.reason
        assert store.db.execute("SELECT COUNT(*) FROM reports WHERE origin = 'inbox'").fetchone()[0] == 0
    finally:
        store.close()


def test_a_document_timestamp_after_the_signatures_is_allowed(pki: Pki, signed: bytes) -> None:
    """Validation data after the last signature (PAdES-LTA's document timestamp) changes nothing shown."""
    import io

    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers import PdfTimeStamper
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    stamper = DummyTimeStamper(
        tsa_cert=x509.Certificate.load(pki.tsa.cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(
            pki.tsa.key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
    )
    out = io.BytesIO()
    PdfTimeStamper(stamper).timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(signed), strict=False), "sha256", output=out
    )
    result = check(pki, out.getvalue())
    assert len(result.signatures) == 2  # the document timestamp is no signature of the report
    assert result.status is Status.TRUSTED, result.lines()
