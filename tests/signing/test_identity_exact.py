"""Identity from O exactly (issue 20): without a registry, `pdf verify` judges a certificate Nghệ An's only when its
organisation (O) is the unit's own name — "Sở Công Thương tỉnh Nghệ An" or its People's Committee, accents, case
and spacing aside — for the competent person as for the agency. A company whose name contains "Nghệ An", another
province's Sở with ST=Nghệ An, or a certificate naming the province only in its address (ST=) is nobody's; the
registry refuses to register them for Nghệ An in either role."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.errors import UserError
from gui.operations.trust import add_certificate
from gui.signing.verify import Status, agency_names_unit, load_trust, verify_pdf
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.signing.pki import Issued, Pki, _issue, _name
from tests.signing.signed import both


@pytest.fixture(scope="module")
def impostors(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Issued]:
    folder = tmp_path_factory.mktemp("impostors")

    def issue(stem: str, cn: str, org: str | None, province: str | None) -> Issued:
        return _issue(folder, stem, _name(cn, org, province, province), pki.intermediate, ca=False)

    return {
        # O contains the unit's name, whole words and all: a company, not the Sở.
        "company": issue("company-o", "Công ty TNHH Thương mại Nghệ An", "Công ty TNHH Thương mại Nghệ An", "Nghệ An"),
        "company person": issue("company-person", "Nguyễn Văn An", "Công ty TNHH Thương mại Nghệ An", "Nghệ An"),
        # Another province's Sở, its address in Nghệ An.
        "other province": issue("other-o", "Sở Công Thương tỉnh Hà Tĩnh", "Sở Công Thương tỉnh Hà Tĩnh", "Nghệ An"),
        # No organisation at all: the province only in ST= and L=.
        "address only": issue("st-only", "Sở Công Thương tỉnh Nghệ An", None, "Nghệ An"),
    }


def judged(pki: Pki, data: bytes):  # type: ignore[no-untyped-def]
    return verify_pdf(data, load_trust([pki.root.pem, pki.intermediate.pem])).for_unit("Nghệ An")


@pytest.mark.parametrize("which", ["company", "company person", "other province", "address only"])
def test_a_certificate_not_naming_the_unit_in_o_exactly_is_nobodys(
    which: str, impostors: dict[str, Issued], pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    impostor = impostors[which]
    as_person = judged(pki, both(report_pdf.read_bytes(), pki, signer=impostor))
    assert as_person.status is Status.UNVERIFIED, as_person.lines()
    assert not as_person.signatures[0].identity_ok and as_person.signatures[1].identity_ok
    assert "không phải của Nghệ An" in as_person.lines()[0]
    assert "Sở Công Thương tỉnh Nghệ An" in as_person.lines()[0]
    as_agency = judged(pki, both(report_pdf.read_bytes(), pki, agency=impostor))
    assert as_agency.status is Status.UNVERIFIED and not as_agency.signatures[1].identity_ok
    # The command line says the same and exits 2.
    path = tmp_path / "impostor.pdf"
    path.write_bytes(both(report_pdf.read_bytes(), pki, signer=impostor))
    done = run_cli("pdf", "verify", path, "--trust", pki.root.pem, "--trust", pki.intermediate.pem)
    assert done.returncode == 2 and "Đã ký số, tin cậy" not in done.stdout.splitlines()[0], done.stdout
    # The registry refuses it for Nghệ An in either role.
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        for role in ("signer", "agency"):
            with pytest.raises(UserError, match="mục tổ chức \\(O\\)"):
                add_certificate(store=store, unit_kind="province", unit_code="40", role=role, path=impostor.pem)
    finally:
        store.close()


def test_the_units_own_names_pass_and_nothing_else(pki: Pki, report_pdf: Path) -> None:
    honest = judged(pki, both(report_pdf.read_bytes(), pki))
    assert honest.status is Status.TRUSTED, honest.lines()
    for name in (
        "Sở Công Thương tỉnh Nghệ An",
        "SO CONG THUONG TINH NGHE AN",
        "Ủy ban nhân dân  tỉnh Nghệ An",
        "UBND tỉnh Nghệ An",
    ):
        assert agency_names_unit(name, "Nghệ An"), name
    for name in ("Công ty TNHH Thương mại Nghệ An", "Sở Công Thương tỉnh Nghệ An - Chi nhánh", "Nghệ An", ""):
        assert not agency_names_unit(name, "Nghệ An"), name
    assert agency_names_unit("Sở Công Thương thành phố Hà Nội", "Hà Nội")
    assert not agency_names_unit("Sở Công Thương tỉnh Hà Nội", "Hà Nội")
