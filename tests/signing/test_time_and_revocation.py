"""Time and revocation (issue 20, item 5): only roots valid now (and at a timestamp's time) are anchors; without a
trusted timestamp the signer's clock proves nothing, so the certificate must be valid now too and the line says
the signing time is unproven; a revoked certificate is refused once its CRL is loaded, and every line says
whether revocation was checked. Tests run offline: nothing is fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.errors import UserError
from gui.signing.verification_json import trust_from_wire, trust_to_wire, verification_from_wire, verification_to_wire
from gui.signing.verify import Revocation, Status, load_trust, verify_pdf
from tests.conftest import run_cli
from tests.signing.pki import Pki, revocation_list
from tests.signing.signed import both


@pytest.fixture(scope="module")
def crl(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The intermediate CA's CRL listing pki.revoked."""
    path = tmp_path_factory.mktemp("crl") / "ca.crl"
    path.write_bytes(revocation_list(pki.intermediate, [pki.revoked.cert]))
    return path


def anchors(pki: Pki) -> list[Path]:
    return [pki.root.pem, pki.intermediate.pem]


@pytest.mark.parametrize("which", ["expired_root", "future_root"])
def test_a_root_outside_its_validity_is_no_anchor(pki: Pki, report_pdf: Path, which: str) -> None:
    root, user = getattr(pki, which), getattr(pki, f"{which}_user")
    data = both(report_pdf.read_bytes(), pki, signer=user, agency=user)
    result = verify_pdf(data, load_trust([root.pem])).for_unit("Nghệ An")
    assert result.status is Status.UNVERIFIED and not result.complete
    line = result.lines()[0]
    assert "Chứng thư số gốc tin cậy “" in line and "không có hiệu lực lúc kiểm tra" in line, line
    # The same chain under a valid root would be trusted: the root's dates are the only difference.
    assert verify_pdf(both(report_pdf.read_bytes(), pki), load_trust(anchors(pki))).status is Status.TRUSTED


def test_without_a_timestamp_the_time_is_unproven_and_the_certificate_must_be_valid_now(
    pki: Pki, report_pdf: Path
) -> None:
    result = verify_pdf(both(report_pdf.read_bytes(), pki), load_trust(anchors(pki))).for_unit("Nghệ An")
    assert result.status is Status.TRUSTED
    assert "không có dấu thời gian tin cậy: giờ ký chưa được chứng minh" in result.lines()[0]
    assert result.summary().endswith("theo giờ người ký tự ghi, chưa được chứng minh, chưa kiểm tra thu hồi)")


def test_a_revoked_certificate_is_refused_once_its_crl_is_loaded(pki: Pki, report_pdf: Path, crl: Path) -> None:
    data = both(report_pdf.read_bytes(), pki, signer=pki.revoked)
    unchecked = verify_pdf(data, load_trust(anchors(pki))).for_unit("Nghệ An")
    assert unchecked.status is Status.TRUSTED  # nothing says otherwise, and the line says so
    assert unchecked.signatures[0].revocation is Revocation.NOT_CHECKED
    assert "chưa kiểm tra thu hồi" in unchecked.lines()[0]
    checked = verify_pdf(data, load_trust(anchors(pki), [crl])).for_unit("Nghệ An")
    assert checked.status is Status.UNVERIFIED and not checked.complete
    assert checked.signatures[0].revocation is Revocation.REVOKED and not checked.signatures[0].trusted
    assert "đã bị thu hồi" in checked.lines()[0]
    assert "chưa kiểm tra thu hồi" in unchecked.summary() and "chưa kiểm tra thu hồi" not in checked.summary()
    # The agency's certificate is in the same CRL's scope and not listed: checked.
    assert checked.signatures[1].revocation is Revocation.CHECKED and "đã kiểm tra thu hồi" in checked.lines()[1]
    # A CRL given among the trust files counts too (the Ministry's '--trust x.crl' was refused before).
    assert verify_pdf(data, load_trust([*anchors(pki), crl])).signatures[0].revocation is Revocation.REVOKED


def test_the_crl_crosses_to_the_sandbox_worker(pki: Pki, report_pdf: Path, crl: Path) -> None:
    trust = load_trust(anchors(pki), [crl])
    again = trust_from_wire(trust_to_wire(trust))
    assert [c.dump() for c in again.crls] == [c.dump() for c in trust.crls] and again.online is False
    data = both(report_pdf.read_bytes(), pki, signer=pki.revoked)
    result = verify_pdf(data, again)
    back = verification_from_wire(verification_to_wire(result), data)
    assert [s.revocation for s in back.signatures] == [Revocation.REVOKED, Revocation.CHECKED]


def test_the_command_line_takes_crls(pki: Pki, report_pdf: Path, crl: Path, tmp_path: Path) -> None:
    revoked = tmp_path / "revoked.pdf"
    revoked.write_bytes(both(report_pdf.read_bytes(), pki, signer=pki.revoked))
    trust = ["--trust", pki.root.pem, "--trust", pki.intermediate.pem]
    plain = run_cli("pdf", "verify", revoked, *trust)
    assert plain.returncode == 0 and "chưa nạp danh sách thu hồi (--crl)" in plain.stderr, plain.stderr
    done = run_cli("pdf", "verify", revoked, *trust, "--crl", crl)
    assert done.returncode == 2 and "đã bị thu hồi" in done.stdout, done.stdout
    not_a_crl = tmp_path / "x.crl"
    not_a_crl.write_text("không phải CRL")
    bad = run_cli("pdf", "verify", revoked, *trust, "--crl", not_a_crl)
    assert bad.returncode == 2 and "không phải danh sách thu hồi chứng thư số" in bad.stderr
    assert "Traceback" not in bad.stderr
    # The import takes them too: the revoked signer's report is not trusted.
    db = tmp_path / "bo.sqlite3"
    imported = run_cli("inbox", "import", "--db", db, revoked, *trust, "--crl", crl)
    assert "đã bị thu hồi" in imported.stdout and "Đã ký số, tin cậy" not in imported.stdout, imported.stdout
    assert "Hãy đề nghị đơn vị ký lại" in imported.stdout and "Hãy nạp chứng thư gốc" not in imported.stdout


def test_a_file_that_is_not_a_crl_is_refused_by_name(tmp_path: Path) -> None:
    from gui.signing.verify import load_crl

    path = tmp_path / "ds.crl"
    path.write_bytes(b"\x30\x03\x02\x01\x01")
    with pytest.raises(UserError, match=r"ds\.crl không phải danh sách thu hồi"):
        load_crl(path)
