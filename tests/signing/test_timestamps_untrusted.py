"""A timestamp proves the time only when its authority (TSA) chains to a loaded root (issue 20). A signature
timestamp from a TSA the Ministry does not trust leaves the signing time unproven, as without a timestamp, and the
line names that TSA; a document timestamp added after the last signature by such a TSA is flagged, naming it,
while the signatures stand or fall on their own merits."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import gui.signing.sign as signing
from gui.inbox.importer import import_paths
from gui.operations.trust import add_certificate, load_trust_files, reverify, signature_policy
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.signing.verify import Status, load_trust, verify_pdf
from gui.store.reports import ReportStore
from gui.store.signatures import SignatureRepository
from tests.inbox.conftest import render_pdf
from tests.signing.pki import PASSWORD, Issued, Pki, _issue, _name
from tests.signing.test_trust_registry import nghe_an

ROGUE = "TSA lạ (test)"


@pytest.fixture(scope="module")
def rogue_tsa(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Issued:
    """A timestamp authority under a root the Ministry never loaded (pki.stranger_root)."""
    folder = tmp_path_factory.mktemp("rogue-tsa")
    return _issue(folder, "rogue-tsa", _name(ROGUE, "Công ty Dấu Thời Gian"), pki.stranger_root, ca=False,
                  timestamping=True)


def stamper(tsa: Issued):  # type: ignore[no-untyped-def]
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    return DummyTimeStamper(
        tsa_cert=x509.Certificate.load(tsa.cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(
            tsa.key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
    )


def signed(data: bytes, pki: Pki, tsa: Issued, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """Both signatures, each timestamped by `tsa`."""
    monkeypatch.setattr(signing, "_timestamper", lambda url: stamper(tsa))
    once = sign_pdf(data, load_pfx(pki.nghe_an.pfx, PASSWORD), "signer", timestamp_url="http://tsa.invalid").data
    return sign_pdf(once, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency", timestamp_url="http://tsa.invalid").data


def document_timestamp(data: bytes, tsa: Issued) -> bytes:
    """A document timestamp added after the last signature (validation data a tool may add later)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper

    out = io.BytesIO()
    PdfTimeStamper(stamper(tsa)).timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data), strict=False), "sha256", output=out
    )
    return out.getvalue()


def judged(pki: Pki, data: bytes, *extra: Path):  # type: ignore[no-untyped-def]
    return verify_pdf(data, load_trust([pki.root.pem, pki.intermediate.pem, *extra])).for_unit("Nghệ An")


def test_a_signature_timestamp_from_an_untrusted_tsa_proves_no_time(
    pki: Pki, rogue_tsa: Issued, report_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = signed(report_pdf.read_bytes(), pki, rogue_tsa, monkeypatch)
    result = judged(pki, data)
    # The certificates are valid now and registered by name: trusted on their own merits, the time unproven.
    assert result.status is Status.TRUSTED, result.lines()
    for check, line in zip(result.signatures, result.lines(), strict=False):
        assert not check.timestamped
        assert "theo giờ người ký tự ghi (không có dấu thời gian tin cậy: giờ ký chưa được chứng minh)" in line
        assert f"máy chủ dấu thời gian “{ROGUE}” không thuộc nguồn tin cậy đã nạp" in line, line
    assert "theo giờ người ký tự ghi, chưa được chứng minh" in result.summary()
    assert "theo dấu thời gian" not in "".join(result.lines())
    # Once the TSA's root is loaded, the same timestamps prove the time.
    trusted = judged(pki, data, pki.stranger_root.pem)
    assert all(s.timestamped for s in trusted.signatures) and "theo dấu thời gian" in trusted.lines()[0]
    assert ROGUE not in "".join(trusted.lines())


def test_a_document_timestamp_from_an_untrusted_tsa_is_flagged(
    pki: Pki, rogue_tsa: Issued, report_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = document_timestamp(signed(report_pdf.read_bytes(), pki, pki.tsa, monkeypatch), rogue_tsa)
    result = judged(pki, data)
    flag = f"dấu thời gian tài liệu thêm sau chữ ký cuối không xác minh được: máy chủ dấu thời gian “{ROGUE}”"
    assert any(flag in p for p in result.problems), result.problems
    assert any(flag[1:] in line for line in result.lines())
    assert flag in result.summary()
    # The signatures are trusted on their own (valid certificates, their own timestamps from a trusted TSA).
    assert result.status is Status.TRUSTED and all(s.timestamped for s in result.signatures)
    # Without the roots the signatures are not trusted, and the flag stays.
    bare = verify_pdf(data, load_trust([])).for_unit("Nghệ An")
    assert bare.status is Status.UNVERIFIED and any(flag in p for p in bare.problems)
    # A document timestamp from the trusted TSA says nothing.
    good = judged(pki, document_timestamp(signed(report_pdf.read_bytes(), pki, pki.tsa, monkeypatch), pki.tsa))
    assert good.status is Status.TRUSTED and not good.problems, good.lines()


def test_the_import_keeps_the_flag_through_a_reverification(
    pki: Pki, rogue_tsa: Issued, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "nghe-an.pdf"
    path.write_bytes(document_timestamp(signed(render_pdf(nghe_an()), pki, pki.tsa, monkeypatch), rogue_tsa))
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        load_trust_files(store=store, paths=[pki.root.pem, pki.intermediate.pem])
        add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
        add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
        run = import_paths(store, [path], signatures=signature_policy(store=store))
        report_id = run.results[0].report_id
        assert report_id is not None, run.results[0].reason
        stored = SignatureRepository(store).received([report_id])[report_id]
        assert f"máy chủ dấu thời gian “{ROGUE}”" in stored.summary, stored.summary
        reverify(store=store)
        again = SignatureRepository(store).received([report_id])[report_id]
        assert f"máy chủ dấu thời gian “{ROGUE}”" in again.summary, again.summary
    finally:
        store.close()


def test_loading_the_tsas_root_later_proves_the_time_of_stored_versions(
    pki: Pki, rogue_tsa: Issued, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "nghe-an.pdf"
    path.write_bytes(signed(render_pdf(nghe_an()), pki, rogue_tsa, monkeypatch))
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        load_trust_files(store=store, paths=[pki.root.pem, pki.intermediate.pem])
        add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
        add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
        run = import_paths(store, [path], signatures=signature_policy(store=store))
        report_id = run.results[0].report_id
        assert report_id is not None, run.results[0].reason
        before = SignatureRepository(store).received([report_id])[report_id]
        assert f"“{ROGUE}” không thuộc nguồn tin cậy đã nạp" in before.summary, before.summary
        assert "theo giờ người ký tự ghi" in before.summary
        # The Ministry now trusts that TSA's root: the stored version is verified again and its time is proven;
        # the status no longer says the TSA is untrusted.
        load_trust_files(store=store, paths=[pki.stranger_root.pem])
        after = SignatureRepository(store).received([report_id])[report_id]
        assert ROGUE not in after.summary and "theo giờ người ký tự ghi" not in after.summary, after.summary
        assert after.status == "trusted"
        assert all(s["timestamped"] for s in SignatureRepository(store).signatures(report_id))
    finally:
        store.close()
