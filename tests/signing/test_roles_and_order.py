"""Two signatures, in order, by role (issue 20, item 3): the competent person's, then the agency's; one signature,
the agency's first or a third signer is not trusted, and says so. Identity comes from O=, never from ST=/L=."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.signing.errors import SigningError
from gui.signing.keys import load_pfx
from gui.signing.roles import Role, role_of_field
from gui.signing.sign import sign_pdf
from gui.signing.verification_json import verification_from_wire, verification_to_wire
from gui.signing.verify import Status, load_trust, verify_pdf
from tests.signing.pki import PASSWORD, Pki
from tests.signing.signed import app_sign, both, raw_sign
from tests.signing.test_sign_cli import sign as cli_sign


def check(pki: Pki, data: bytes):  # type: ignore[no-untyped-def]
    return verify_pdf(data, load_trust([pki.root.pem, pki.intermediate.pem])).for_unit("Nghệ An")


def test_role_from_the_field_name() -> None:
    assert role_of_field("ChuKyNguoiCoThamQuyen") is Role.SIGNER
    assert role_of_field("ChuKyNguoiCoThamQuyen2") is Role.SIGNER
    assert role_of_field("ChuKyCoQuan") is Role.AGENCY
    assert role_of_field("Signature1") is Role.UNKNOWN
    assert role_of_field("ChuKyCoQuanGia") is Role.UNKNOWN


def test_two_signatures_in_order_are_trusted_with_their_roles(pki: Pki, report_pdf: Path) -> None:
    result = check(pki, both(report_pdf.read_bytes(), pki))
    assert result.status is Status.TRUSTED, result.lines()
    assert [s.role for s in result.signatures] == [Role.SIGNER, Role.AGENCY]
    assert result.complete and result.in_order and not result.problems
    assert result.by_role(Role.AGENCY).holder == "Sở Công Thương tỉnh Nghệ An"  # type: ignore[union-attr]
    lines = result.lines()
    assert "(người có thẩm quyền)" in lines[0] and "(cơ quan (văn thư))" in lines[1]
    # The role crosses the pipe from the sandbox's worker as the enum.
    again = verification_from_wire(verification_to_wire(result), report_pdf.read_bytes() + b"x" * 10**6)
    assert [s.role for s in again.signatures] == [Role.SIGNER, Role.AGENCY] and again.status is Status.TRUSTED


def test_one_signature_only_is_not_trusted_and_says_so(pki: Pki, report_pdf: Path) -> None:
    result = check(pki, app_sign(report_pdf.read_bytes(), pki.nghe_an, "signer"))
    assert result.status is Status.UNVERIFIED and not result.complete
    assert result.signatures[0].status is Status.TRUSTED  # the signature itself is fine: the file is incomplete
    assert "Chỉ có một chữ ký số (của người có thẩm quyền)" in result.lines()[-1]
    assert "chỉ có một chữ ký số" in result.summary()


def test_the_agency_before_the_competent_person_is_not_trusted(pki: Pki, report_pdf: Path) -> None:
    data = raw_sign(report_pdf.read_bytes(), pki.nghe_an_clerk, "ChuKyCoQuan")
    data = raw_sign(data, pki.nghe_an, "ChuKyNguoiCoThamQuyen")
    result = check(pki, data)
    assert [s.role for s in result.signatures] == [Role.AGENCY, Role.SIGNER]
    assert result.status is Status.UNVERIFIED and not result.complete
    assert "sai thứ tự" in " ".join(result.lines())


def test_a_third_signer_is_not_trusted(pki: Pki, report_pdf: Path) -> None:
    data = raw_sign(both(report_pdf.read_bytes(), pki), pki.nghe_an, "Signature3")
    result = check(pki, data)
    assert len(result.signatures) == 3 and result.status is not Status.TRUSTED and not result.complete
    assert "Có 3 chữ ký số" in " ".join(result.lines())


def test_another_tools_field_names_take_their_roles_from_the_order(pki: Pki, report_pdf: Path) -> None:
    data = raw_sign(raw_sign(report_pdf.read_bytes(), pki.nghe_an, "Signature1"), pki.nghe_an_clerk, "Signature2")
    result = check(pki, data)
    assert [s.role for s in result.signatures] == [Role.UNKNOWN, Role.UNKNOWN]
    assert result.roles == (Role.SIGNER, Role.AGENCY)
    assert result.status is Status.TRUSTED and result.complete, result.lines()


def test_address_fields_never_identify_the_unit(pki: Pki, report_pdf: Path) -> None:
    # A company in Nghệ An (ST=Nghệ An, L=Nghệ An) under a trusted CA signs as the competent person, then as the
    # agency: neither is Nghệ An's.
    data = both(report_pdf.read_bytes(), pki, signer=pki.company, agency=pki.company)
    result = check(pki, data)
    assert result.status is Status.UNVERIFIED
    assert not any(s.identity_ok for s in result.signatures)
    assert "tổ chức khác (Công ty TNHH Thương mại Hồng Lam)" in result.lines()[0]


def test_the_agency_certificate_names_the_unit_exactly_in_o(pki: Pki, report_pdf: Path) -> None:
    # An agency signature must be the unit's own certificate (O and CN name the unit): the clerk's passes; Nguyễn
    # Văn An's personal certificate (O=Sở Công Thương tỉnh Nghệ An, CN his name) cannot stand in for the seal,
    # and another province's does not name the unit.
    ok = check(pki, both(report_pdf.read_bytes(), pki, agency=pki.nghe_an_clerk))
    assert ok.status is Status.TRUSTED, ok.lines()
    person = check(pki, both(report_pdf.read_bytes(), pki, signer=pki.nghe_an_clerk, agency=pki.nghe_an))
    assert person.status is Status.UNVERIFIED  # identity: `complete` leaves it to the registry
    assert "cấp cho Nguyễn Văn An, không phải chứng thư của cơ quan" in person.lines()[1]
    wrong = check(pki, both(report_pdf.read_bytes(), pki, agency=pki.ha_tinh))
    assert wrong.status is Status.UNVERIFIED
    assert "Sở Công Thương tỉnh Nghệ An" in wrong.lines()[1] and "(O)" in wrong.lines()[1]
    # Accents, case and spacing aside; whole name only.
    from gui.signing.verify import agency_names_unit

    assert agency_names_unit("SỞ CÔNG THƯƠNG  TỈNH NGHỆ AN", "Nghệ An")
    assert agency_names_unit("Uỷ ban nhân dân tỉnh Nghệ An", "Nghệ An")
    assert not agency_names_unit("Chi nhánh Sở Công Thương tỉnh Nghệ An", "Nghệ An")
    assert not agency_names_unit("Công ty Nghệ An", "Nghệ An")
    assert agency_names_unit("Bộ Quốc phòng", "Bộ Quốc phòng", "ministry")


def test_signing_out_of_order_is_refused(pki: Pki, report_pdf: Path) -> None:
    clerk = load_pfx(pki.nghe_an_clerk.pfx, PASSWORD)
    with pytest.raises(SigningError, match="chưa có chữ ký số của người có thẩm quyền"):
        sign_pdf(report_pdf.read_bytes(), clerk, "agency")
    signed_twice = both(report_pdf.read_bytes(), pki)
    with pytest.raises(SigningError, match="đã có chữ ký số của cơ quan"):
        sign_pdf(signed_twice, load_pfx(pki.nghe_an.pfx, PASSWORD), "signer")
    with pytest.raises(SigningError, match="đã có chữ ký số của cơ quan"):
        sign_pdf(signed_twice, clerk, "agency")
    once = app_sign(report_pdf.read_bytes(), pki.nghe_an, "signer")
    with pytest.raises(SigningError, match="đã có chữ ký số của người có thẩm quyền"):
        sign_pdf(once, load_pfx(pki.nghe_an.pfx, PASSWORD), "signer")


def test_pdf_sign_agency_refuses_a_broken_first_signature(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    data = bytearray(app_sign(report_pdf.read_bytes(), pki.nghe_an, "signer"))
    at = data.index(b"/Title")
    data[at + 9] ^= 0x01  # one byte of the signed revision changed
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(bytes(data))
    out = tmp_path / "out.pdf"
    done = cli_sign(broken, out, "agency", "--pfx", pki.nghe_an_clerk.pfx)
    assert done.returncode == 2, done.stderr
    assert "không còn nguyên vẹn" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
    unsigned = cli_sign(report_pdf, out, "agency", "--pfx", pki.nghe_an_clerk.pfx)
    assert unsigned.returncode == 2 and "chưa có chữ ký số của người có thẩm quyền" in unsigned.stderr
    assert not out.exists()
    agency_signed = tmp_path / "both.pdf"
    agency_signed.write_bytes(both(report_pdf.read_bytes(), pki))
    again = cli_sign(agency_signed, out, "signer", "--pfx", pki.nghe_an.pfx)
    assert again.returncode == 2 and "đã có chữ ký số của cơ quan" in again.stderr
    assert not out.exists()


def test_one_certificate_cannot_make_both_signatures(pki: Pki, report_pdf: Path) -> None:
    # Điều 5: the competent person's signature and the agency's, two signatures by two certificates. The unit's
    # own certificate signing twice, once in each role, is one signer: not trusted, said plainly.
    twice = check(pki, both(report_pdf.read_bytes(), pki, signer=pki.nghe_an_clerk, agency=pki.nghe_an_clerk))
    assert twice.status is Status.UNVERIFIED and not twice.complete and not twice.in_order
    assert any("cùng một chứng thư số" in line for line in twice.lines())
