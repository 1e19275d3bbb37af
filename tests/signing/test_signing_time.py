"""Trust is judged at the signing time a trusted timestamp proves; without one the signer's clock proves nothing,
so the certificate must have been valid at the time it claims and be valid now (issue 20: a clock set back).
A certificate that expired after a timestamped signature still verifies; one that was not valid does not, and
the message gives its dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.signing.verify import TRUSTED, UNVERIFIED, load_trust, verify_pdf
from tests.conftest import run_cli
from tests.signing.pki import NOW, PASSWORD, Issued, Pki


@pytest.fixture
def sign_at(pki: Pki, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Sign as if the signer's PC clock said `claimed`, with a timestamp saying `stamped` when given."""
    import pyhanko.sign.signers.pdf_signer as pdf_signer
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    import gui.signing.sign as signing

    def sign(
        data: bytes,
        issued: Issued,
        claimed: dt.datetime,
        stamped: dt.datetime | None = None,
        tsa: Issued | None = None,
    ) -> bytes:
        tsa = tsa or pki.tsa

        class Clock(dt.datetime):
            @classmethod
            def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
                return claimed.astimezone(tz)

        monkeypatch.setattr(pdf_signer, "datetime", Clock)
        stamper = None
        if stamped is not None:
            stamper = DummyTimeStamper(
                tsa_cert=x509.Certificate.load(tsa.cert.public_bytes(serialization.Encoding.DER)),
                tsa_key=keys.PrivateKeyInfo.load(
                    tsa.key.private_bytes(
                        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                    )
                ),
                fixed_dt=stamped,
            )
        monkeypatch.setattr(signing, "_timestamper", lambda url: stamper)
        # The app refuses to sign outside the validity; these signatures stand for another tool's, or a PC whose
        # clock is wrong, so the check before signing is made while the certificate was valid.
        key = load_pfx(issued.pfx, PASSWORD, now=issued.cert.not_valid_before_utc + dt.timedelta(days=1))
        return sign_pdf(data, key, "signer", timestamp_url="http://tsa.invalid" if stamper else None).data

    yield sign
    monkeypatch.undo()


def check(pki: Pki, data: bytes):  # type: ignore[no-untyped-def]
    """The file's one signature judged on its own (the file itself waits for the agency's: tests/signing/
    test_roles_and_order.py)."""
    result = verify_pdf(data, load_trust([pki.root.pem, pki.intermediate.pem])).for_unit("Nghệ An")
    return replace(result, status=result.signatures[0].status, problems=(), problems_en=())


def test_an_expired_certificate_is_trusted_only_with_a_timestamp(pki: Pki, sign_at, report_pdf: Path) -> None:
    # pki.expired was valid from NOW-800 to NOW-70 days. Signed 100 days ago with a trusted timestamp: the time is
    # proven, the signature stands. The same claim without a timestamp is the attacker's clock set back: the
    # certificate must be valid now as well, and it is not.
    then = NOW - dt.timedelta(days=100)
    timestamped = check(pki, sign_at(report_pdf.read_bytes(), pki.expired, then, stamped=then))
    assert timestamped.status == TRUSTED, timestamped.lines()
    assert timestamped.signatures[0].timestamped and "theo dấu thời gian" in timestamped.lines()[0]
    assert "tự ghi" not in timestamped.summary()
    clock_set_back = check(pki, sign_at(report_pdf.read_bytes(), pki.expired, then))
    assert clock_set_back.status == UNVERIFIED, clock_set_back.lines()
    line = clock_set_back.lines()[0]
    assert then.astimezone(dt.timezone(dt.timedelta(hours=7))).strftime("%d/%m/%Y") in line
    assert "theo giờ người ký tự ghi (không có dấu thời gian tin cậy: giờ ký chưa được chứng minh)" in line
    assert "Chứng thư số đã hết hạn trước lúc kiểm tra" in line
    # The one-phrase status (import lines, inbox, xlsx) says whose clock the time is from.
    assert "theo giờ người ký tự ghi, chưa được chứng minh, chưa kiểm tra thu hồi)" in clock_set_back.summary()


def test_a_signature_made_outside_the_validity_is_not_trusted(pki: Pki, sign_at, report_pdf: Path) -> None:
    data = report_pdf.read_bytes()
    after = NOW - dt.timedelta(days=10)  # pki.expired ended 70 days ago
    result = check(pki, sign_at(data, pki.expired, after))
    assert result.status == UNVERIFIED
    expiry = pki.expired.cert.not_valid_after_utc.astimezone(dt.timezone(dt.timedelta(hours=7)))
    line = result.lines()[0]
    assert "theo giờ người ký tự ghi (không có dấu thời gian tin cậy: giờ ký chưa được chứng minh)" in line
    assert "Chứng thư số đã hết hạn trước thời điểm ký" in line
    assert f"đến {expiry.strftime('%d/%m/%Y %H:%M')} giờ Việt Nam" in line
    # The signer claims a time inside the validity, but the timestamp proves the signature came later.
    backdated = check(pki, sign_at(data, pki.expired, NOW - dt.timedelta(days=100), stamped=after))
    assert backdated.status == UNVERIFIED
    assert "đã hết hạn trước thời điểm ký" in backdated.lines()[0]
    assert "theo dấu thời gian" in backdated.lines()[0] and "tự ghi" not in backdated.lines()[0]
    # Before a certificate's start: not yet valid, at the claimed time.
    early = check(pki, sign_at(data, pki.not_yet, NOW - dt.timedelta(days=1)))
    assert early.status == UNVERIFIED and "chưa có hiệu lực vào thời điểm ký" in early.lines()[0]


def test_a_claimed_time_in_the_future_is_not_believed(pki: Pki, sign_at, report_pdf: Path) -> None:
    # pki.not_yet becomes valid in 10 days; a signature claiming to be made in 20 days is judged now.
    result = check(pki, sign_at(report_pdf.read_bytes(), pki.not_yet, NOW + dt.timedelta(days=20)))
    assert result.status == UNVERIFIED
    line = result.lines()[0]
    assert "Giờ ký do máy người ký ghi ở tương lai" in line and "chưa có hiệu lực vào lúc kiểm tra" in line
    # The same with a certificate valid now: trusted, the wrong clock noted.
    result = check(pki, sign_at(report_pdf.read_bytes(), pki.nghe_an, NOW + dt.timedelta(days=20)))
    assert result.status == TRUSTED and "Giờ ký do máy người ký ghi ở tương lai" in result.lines()[0]


def test_the_command_line_says_it(pki: Pki, sign_at, report_pdf: Path, tmp_path: Path) -> None:
    then = NOW - dt.timedelta(days=100)
    good = tmp_path / "expired-since.pdf"
    good.write_bytes(sign_at(report_pdf.read_bytes(), pki.expired, then, stamped=then))
    trust = ["--trust", pki.root.pem, "--trust", pki.intermediate.pem]
    done = run_cli("pdf", "verify", good, *trust)
    assert "Chữ ký 1 (người có thẩm quyền) [ChuKyNguoiCoThamQuyen]: Đã ký số, tin cậy" in done.stdout, done.stdout
    set_back = tmp_path / "clock-set-back.pdf"
    set_back.write_bytes(sign_at(report_pdf.read_bytes(), pki.expired, then))
    done = run_cli("pdf", "verify", set_back, *trust)
    assert done.returncode == 2 and "đã hết hạn trước lúc kiểm tra" in done.stdout, done.stdout
    late = tmp_path / "signed-after-expiry.pdf"
    late.write_bytes(sign_at(report_pdf.read_bytes(), pki.expired, NOW - dt.timedelta(days=1)))
    done = run_cli("pdf", "verify", late, *trust)
    assert done.returncode == 2 and "đã hết hạn trước thời điểm ký" in done.stdout, done.stdout


def test_an_unverifiable_timestamp_proves_nothing(pki: Pki, sign_at, report_pdf: Path) -> None:
    # A timestamp from an authority outside the loaded roots proves nothing: the signer's claimed time is all there
    # is, so the certificate is judged now too (expired: not trusted), and the line says both.
    then = NOW - dt.timedelta(days=100)
    result = check(pki, sign_at(report_pdf.read_bytes(), pki.expired, then, stamped=NOW, tsa=pki.stranger))
    line = result.lines()[0]
    assert not result.signatures[0].timestamped
    assert "Dấu thời gian không xác minh được" in line and "theo giờ người ký tự ghi" in line
    assert result.status == UNVERIFIED and "đã hết hạn trước lúc kiểm tra" in line, line
    # With a certificate valid now, the same unverifiable timestamp leaves a trusted signature, time unproven.
    valid = check(pki, sign_at(report_pdf.read_bytes(), pki.nghe_an, NOW, stamped=NOW, tsa=pki.stranger))
    assert valid.status == TRUSTED and "giờ ký chưa được chứng minh" in valid.lines()[0]
