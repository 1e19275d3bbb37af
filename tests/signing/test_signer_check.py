"""gui.signing.signer_check: the CMS checked and the chain judged without pyHanko's slow name matching, the chain's
verdict kept for the session — and never making a file trusted that would not be trusted alone."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from gui.signing import signer_check
from gui.signing.signature_contents import preload_signature_values
from gui.signing.signer_check import judge, signer_certificate
from gui.signing.verify import Revocation, Status, Trust, load_trust, verify_pdf
from tests.signing.pki import Pki, revocation_list
from tests.signing.signed import both


@pytest.fixture(autouse=True)
def fresh_session() -> Iterator[None]:
    signer_check.clear_session()
    yield
    signer_check.clear_session()


@pytest.fixture(scope="module")
def signed(pki: Pki, report_pdf: Path) -> bytes:
    return both(report_pdf.read_bytes(), pki)


def trust_of(pki: Pki, crls: tuple[Path, ...] = ()) -> Trust:
    return load_trust([pki.root.pem, pki.intermediate.pem], crls)


def signatures(data: bytes) -> list:  # type: ignore[type-arg]
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    preload_signature_values(reader, data)
    return sorted(reader.embedded_regular_signatures, key=lambda s: int(s.sig_object["/ByteRange"][2]))


def test_the_signer_certificate_found_by_bytes_is_pyhankos(signed: bytes) -> None:
    for sig in signatures(signed):
        cert = signer_certificate(sig)
        assert cert is not None and cert.dump() == sig.signer_cert.dump()


@pytest.mark.parametrize("signer", ["pss", "ecdsa"])
def test_the_quick_path_answers_and_agrees_with_pyhanko(
    pki: Pki, report_pdf: Path, signer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = both(report_pdf.read_bytes(), pki, signer=pki.ecdsa if signer == "ecdsa" else None)
    trust = trust_of(pki)
    assert all(judge(sig, trust.roots, trust, None) is not None for sig in signatures(data))
    quick = verify_pdf(data, trust).for_unit("Nghệ An")
    monkeypatch.setattr("gui.signing.verify.judge", lambda *args: None)  # pyHanko's validation alone
    alone = verify_pdf(data, trust).for_unit("Nghệ An")
    assert quick.status is alone.status is Status.TRUSTED
    assert quick.lines() == alone.lines() and quick.lines("en") == alone.lines("en")
    assert [s.revocation for s in quick.signatures] == [s.revocation for s in alone.signatures]


def test_a_broken_signature_is_left_to_pyhanko(pki: Pki, signed: bytes) -> None:
    """The agency's signature value changed (its gap is signed by nobody): not answered here; pyHanko says broken."""
    start = signed.rindex(b"/Contents <") + len(b"/Contents <")
    assert signed[start : start + 4] == b"3082"  # a SEQUENCE with a two-byte length
    der_end = 4 + int(signed[start + 4 : start + 8], 16)  # bytes: the signature value is the last of them
    at = start + 2 * der_end - 20
    flipped = signed[:at] + (b"0" if signed[at : at + 1] != b"0" else b"1") + signed[at + 1 :]
    trust = trust_of(pki)
    assert judge(signatures(flipped)[1], trust.roots, trust, None) is None
    assert verify_pdf(flipped, trust).status is Status.BROKEN


def test_a_cached_chain_does_not_hide_a_crl_loaded_after(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    data = both(report_pdf.read_bytes(), pki, signer=pki.revoked)
    before = verify_pdf(data, trust_of(pki)).for_unit("Nghệ An")
    assert before.status is Status.TRUSTED  # no CRL loaded: revocation not checked, and it says so
    assert signer_check._chains  # the chains are kept
    crl = tmp_path / "ca.crl"
    crl.write_bytes(revocation_list(pki.intermediate, [pki.revoked.cert]))
    after = verify_pdf(data, trust_of(pki, (crl,))).for_unit("Nghệ An")
    assert after.status is Status.UNVERIFIED
    assert after.signatures[0].revocation is Revocation.REVOKED and not after.signatures[0].trusted
    assert after.signatures[1].revocation is Revocation.CHECKED and after.signatures[1].trusted


def test_a_cached_chain_does_not_make_another_root_set_trusted(pki: Pki, signed: bytes) -> None:
    assert verify_pdf(signed, trust_of(pki)).status is Status.TRUSTED
    for other in (load_trust([pki.stranger_root.pem]), Trust(), load_trust([pki.intermediate.pem])):
        result = verify_pdf(signed, other)
        assert result.status is Status.UNVERIFIED
        assert not any(s.trusted for s in result.signatures)


def test_a_cached_verdict_is_not_reused_outside_the_certificates_validity(pki: Pki, signed: bytes) -> None:
    trust = trust_of(pki)
    sig = signatures(signed)[0]
    assert judge(sig, trust.roots, trust, None) is not None  # judged now, and kept
    cert = signer_certificate(sig)
    assert cert is not None
    validity = cert["tbs_certificate"]["validity"]
    start, end = validity["not_before"].native, validity["not_after"].native
    assert judge(sig, trust.roots, trust, end + dt.timedelta(days=1)) is None  # expired then
    assert judge(sig, trust.roots, trust, start - dt.timedelta(days=1)) is None  # not yet valid then
    assert judge(sig, trust.roots, trust, None) is not None
