"""Signature algorithms (issue 20, item 6; Thông tư 15/2025/TT-BKHCN): RSA keys sign with RSASSA-PSS and SHA-256,
from a .pfx and from a token whose mechanism list offers CKM_SHA256_RSA_PKCS_PSS (SoftHSM2 does); ECDSA P-256 keys
sign too; files signed with PKCS#1 v1.5 (older ones) still verify; a key weaker than the rules allow is refused
before anything is signed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from gui.signing.errors import SigningError
from gui.signing.keys import load_pfx, open_token
from gui.signing.sign import sign_pdf
from gui.signing.verify import Status, load_trust, verify_pdf
from tests.signing.conftest import TOKEN_LABEL, USER_PIN
from tests.signing.pki import PASSWORD, Pki
from tests.signing.signed import app_sign


def check(pki: Pki, data: bytes):  # type: ignore[no-untyped-def]
    return verify_pdf(data, load_trust([pki.root.pem, pki.intermediate.pem])).for_unit("Nghệ An")


def cms_algorithms(data: bytes) -> list[str]:
    """The signature algorithm each signature's CMS names, read with pyHanko."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    return [s.signer_info["signature_algorithm"].signature_algo for s in reader.embedded_regular_signatures]


def test_a_pfx_rsa_key_signs_with_pss(pki: Pki, report_pdf: Path) -> None:
    key = load_pfx(pki.nghe_an.pfx, PASSWORD)
    assert key.algorithm == "RSASSA-PSS, SHA-256"
    once = sign_pdf(report_pdf.read_bytes(), key, "signer")
    assert once.algorithm == "RSASSA-PSS, SHA-256"
    data = app_sign(once.data, pki.nghe_an_clerk, "agency")
    assert cms_algorithms(data) == ["rsassa_pss", "rsassa_pss"]
    result = check(pki, data)
    assert result.status is Status.TRUSTED, result.lines()
    assert [s.algorithm for s in result.signatures] == ["RSASSA-PSS, SHA-256"] * 2


def test_an_ecdsa_p256_key_signs(pki: Pki, report_pdf: Path) -> None:
    key = load_pfx(pki.ecdsa.pfx, PASSWORD)
    assert key.algorithm == "ECDSA, SHA-256"
    data = app_sign(sign_pdf(report_pdf.read_bytes(), key, "signer").data, pki.nghe_an_clerk, "agency")
    assert cms_algorithms(data) == ["ecdsa", "rsassa_pss"]
    result = check(pki, data)
    assert result.status is Status.TRUSTED, result.lines()
    assert result.signatures[0].algorithm.startswith("ECDSA")


def test_older_pkcs1_v15_files_still_verify(pki: Pki, report_pdf: Path) -> None:
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    data = report_pdf.read_bytes()
    for issued, field in ((pki.nghe_an, "ChuKyNguoiCoThamQuyen"), (pki.nghe_an_clerk, "ChuKyCoQuan")):
        signer = signers.SimpleSigner(  # PKCS#1 v1.5: pyHanko's default, and what older files carry
            signing_cert=x509.Certificate.load(issued.cert.public_bytes(serialization.Encoding.DER)),
            signing_key=keys.PrivateKeyInfo.load(
                issued.key.private_bytes(
                    serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                )
            ),
            cert_registry=SimpleCertificateStore.from_certs(
                [x509.Certificate.load(pki.intermediate.cert.public_bytes(serialization.Encoding.DER))]
            ),
        )
        out = io.BytesIO()
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES)
        signers.PdfSigner(meta, signer).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data), strict=False), output=out)
        data = out.getvalue()
    assert cms_algorithms(data) == ["rsassa_pkcs1v15", "rsassa_pkcs1v15"]
    result = check(pki, data)
    assert result.status is Status.TRUSTED, result.lines()
    assert [s.algorithm for s in result.signatures] == ["RSA PKCS#1 v1.5, SHA-256"] * 2


def test_the_softhsm_token_signs_with_pss(pki: Pki, token: dict[str, str], report_pdf: Path) -> None:
    key = open_token(Path(token["module"]), USER_PIN, token_label=TOKEN_LABEL)
    try:
        assert key.algorithm == "RSASSA-PSS, SHA-256"  # SoftHSM2 lists CKM_SHA256_RSA_PKCS_PSS
        once = sign_pdf(report_pdf.read_bytes(), key, "signer")
    finally:
        key.close()
    data = app_sign(once.data, pki.nghe_an_clerk, "agency")
    assert cms_algorithms(data)[0] == "rsassa_pss"
    result = check(pki, data)
    assert result.status is Status.TRUSTED, result.lines()
    assert result.signatures[0].algorithm == "RSASSA-PSS, SHA-256"


def test_a_weak_key_is_refused_before_signing(pki: Pki) -> None:
    with pytest.raises(SigningError, match="RSA 1024 bit, yếu hơn mức Thông tư 15/2025/TT-BKHCN"):
        load_pfx(pki.weak.pfx, PASSWORD)
