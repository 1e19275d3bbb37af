"""Issue 20's "done when": in every attack the forged figure reaches no total, no flag and no draft. The attacks of
tests/signing/test_trust_registry.py (another province, self-made, a company with ST=, an unconfirmed certificate)
are joined here by the rest, each imported as a later version of Nghệ An's trusted, counted report: one signature
only, the agency's before the person's, a certificate revoked by a CRL the Ministry loaded, a root outside its
validity, a person's certificate whose O merely contains the province's name, a file changed after signing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from gui.inbox.importer import Outcome, import_paths
from gui.operations.trust import add_certificate, load_trust_files, signature_policy
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.inbox.conftest import render_pdf
from tests.signing.attacks import shadow_annotation
from tests.signing.pki import Pki, _issue, _name, revocation_list
from tests.signing.signed import app_sign, raw_sign
from tests.signing.test_trust_registry import (  # noqa: F401  # the Ministry's fixture
    FORGED,
    counted_figure,
    forged,
    ministry,
    nghe_an,
    signed_twice,
    xlsx_text,
)

ATTACKS = (
    "one signature",
    "wrong order",
    "revoked by a loaded CRL",
    "expired root",
    "company O containing the name",
    "changed after signing",
)


def forged_file(attack: str, pki: Pki, store: ReportStore, folder: Path) -> bytes:
    data = render_pdf(forged(nghe_an()))
    if attack == "one signature":
        return app_sign(data, pki.nghe_an, "signer")
    if attack == "wrong order":  # as another tool would sign: the agency's field first
        return raw_sign(raw_sign(data, pki.nghe_an_clerk, "ChuKyCoQuan"), pki.nghe_an, "ChuKyNguoiCoThamQuyen")
    if attack == "revoked by a loaded CRL":  # registered before it was revoked; the Ministry loads the CRL
        add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.revoked.pem)
        crl = folder / "ca.crl"
        crl.write_bytes(revocation_list(pki.intermediate, [pki.revoked.cert]))
        load_trust_files(store=store, paths=[crl])
        return signed_twice(forged(nghe_an()), pki.revoked, pki.nghe_an_clerk)
    if attack == "expired root":
        load_trust_files(store=store, paths=[pki.expired_root.pem])
        return app_sign(app_sign(data, pki.expired_root_user, "signer"), pki.nghe_an_clerk, "agency")
    if attack == "company O containing the name":
        company = _issue(
            folder,
            "company",
            _name("Nguyễn Văn An", "Công ty TNHH Thương mại Nghệ An", "Nghệ An", "Nghệ An"),
            pki.intermediate,
            ca=False,
        )
        return signed_twice(forged(nghe_an()), company, pki.nghe_an_clerk)
    if attack == "changed after signing":
        honest = signed_twice(nghe_an(), pki.nghe_an, pki.nghe_an_clerk)
        return shadow_annotation(honest, "hide-and-replace")
    raise AssertionError(attack)


@pytest.mark.parametrize("attack", ATTACKS)
def test_the_forged_figure_reaches_no_total_flag_or_draft(
    attack: str, pki: Pki, ministry: ReportStore, tmp_path: Path  # noqa: F811
) -> None:
    honest = counted_figure(ministry)
    path = tmp_path / "forged.pdf"
    path.write_bytes(forged_file(attack, pki, ministry, tmp_path))
    run = import_paths(ministry, [path], signatures=signature_policy(store=ministry))
    result = run.results[0]
    assert result.outcome in (Outcome.PENDING, Outcome.REJECTED), (result.outcome, result.reason)
    assert result.signature != "trusted", result.reason
    assert counted_figure(ministry) == honest
    db = ministry.path
    summary = tmp_path / "tong-hop.xlsx"
    assert run_cli("inbox", "summary", "--db", db, "--period", "2025", "-o", summary).returncode == 0
    assert str(FORGED) not in xlsx_text(summary)
    flags = run_cli("inbox", "flags", "--db", db, "--period", "2025")
    assert flags.returncode == 0 and "987654321" not in flags.stdout.replace(".", "").replace(",", "")
    draft = tmp_path / "du-thao.pdf"
    assert run_cli("inbox", "report", "--db", db, "--period", "2025", "-o", draft).returncode == 0
    text = subprocess.run(["pdftotext", str(draft), "-"], capture_output=True, text=True).stdout
    assert "987.654.321" not in text and "987654321" not in text
