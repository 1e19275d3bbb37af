"""Online revocation at import (issue 20, item 5): `bvntd inbox import --online` and the Ministry's setting
"Kiểm tra thu hồi trực tuyến khi có mạng" fetch the CRL (or OCSP answer) a certificate names, with a short timeout.
Tests run offline: a server that never answers stands for no network (the import finishes, its status says
"chưa kiểm tra thu hồi"), and a local HTTP server serves a CRL that revokes the signer's certificate."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from gui.inbox.importer import import_paths
from gui.operations.trust import add_certificate, load_trust_files, signature_policy
from gui.signing.settings import load_settings
from gui.signing.verify import FETCH_SECONDS
from gui.store.reports import ReportStore
from gui.store.signatures import SignatureRepository
from tests.conftest import run_cli
from tests.signing.pki import Issued, Pki
from tests.signing.test_revocation_embedded import person_with_crl
from tests.signing.test_trust_registry import nghe_an, signed_twice


def ministry(pki: Pki, folder: Path, person: Issued) -> ReportStore:
    store = ReportStore.open(folder / "bo.sqlite3")
    load_trust_files(store=store, paths=[pki.root.pem, pki.intermediate.pem])
    add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=person.pem)
    add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
    return store


def test_online_without_network_says_unchecked_and_does_not_hang(
    pki: Pki, tmp_path: Path, silent_server: str
) -> None:
    person = person_with_crl(pki, tmp_path, silent_server)
    files = []
    for period in ("2025", "2024"):  # two files: the unreachable server is waited for once, not per signature
        path = tmp_path / f"nghe-an-{period}.pdf"
        path.write_bytes(signed_twice(nghe_an(period), person, pki.nghe_an_clerk))
        files.append(path)
    store = ministry(pki, tmp_path, person)
    try:
        policy = signature_policy(store=store, online=True)
        assert policy.trust.online
        started = time.monotonic()
        run = import_paths(store, files, signatures=policy)
        took = time.monotonic() - started
        # One request timed out (FETCH_SECONDS); the rest came from what the run already knew.
        assert took < 3 * FETCH_SECONDS + 10, took
        for result in run.results:
            assert result.report_id is not None, result.reason
            assert result.signature == "trusted", result.reason
            stored = SignatureRepository(store).received([result.report_id])[result.report_id]
            assert "chưa kiểm tra thu hồi" in stored.summary, stored.summary
            assert "chưa kiểm tra thu hồi" in result.reason
    finally:
        store.close()


def test_online_a_revoked_certificate_is_refused(
    pki: Pki, tmp_path: Path, revocation_server: Any
) -> None:
    person = person_with_crl(pki, tmp_path, revocation_server.url)
    path = tmp_path / "nghe-an.pdf"
    path.write_bytes(signed_twice(nghe_an(), person, pki.nghe_an_clerk))
    again = tmp_path / "nghe-an-lan-2.pdf"
    again.write_bytes(signed_twice(nghe_an("2024"), person, pki.nghe_an_clerk))
    third = tmp_path / "nghe-an-lan-3.pdf"
    third.write_bytes(signed_twice(nghe_an("2023"), person, pki.nghe_an_clerk))
    # Signed while the certificate was good (the signing PC embedded the CRL of then); revoked since.
    revocation_server.revoked.append(person.cert)
    revocation_server.requests = 0
    store = ministry(pki, tmp_path, person)
    db = store.path
    store.close()
    # Without --online nothing says it is revoked: the only revocation data is the CRL the signing PC embedded, still
    # current by its own dates (read from the file, nothing fetched), and it says good.
    offline = run_cli("inbox", "import", "--db", db, path)
    assert "đã bị thu hồi" not in offline.stdout and revocation_server.requests == 0, offline.stdout
    assert "đã kiểm tra thu hồi" in offline.stdout, offline.stdout
    # Online, with signatures required: refused, and nothing of it stored.
    refused = run_cli("inbox", "import", "--db", db, "--online", "--require-signature", again, timeout=120)
    assert refused.returncode == 2, refused.stdout
    assert "đã bị thu hồi" in refused.stdout and revocation_server.requests >= 1, refused.stdout
    # Online without requiring signatures: kept, not trusted, not counted.
    kept = run_cli("inbox", "import", "--db", db, "--online", third, timeout=120)
    assert "đã bị thu hồi" in kept.stdout and "CHỜ XÁC NHẬN" in kept.stdout, kept.stdout
    assert "Đã ký số, tin cậy" not in kept.stdout


def test_an_unrevoked_certificate_checked_online_says_so(
    pki: Pki, tmp_path: Path, revocation_server: Any
) -> None:
    person = person_with_crl(pki, tmp_path, revocation_server.url)
    path = tmp_path / "nghe-an.pdf"
    path.write_bytes(signed_twice(nghe_an(), person, pki.nghe_an_clerk))
    store = ministry(pki, tmp_path, person)
    try:
        run = import_paths(store, [path], signatures=signature_policy(store=store, online=True))
        result = run.results[0]
        assert result.signature == "trusted", result.reason
        # The person's certificate names the intermediate's CRL, fetched online; the same list covers the clerk's.
        stored = SignatureRepository(store).received([result.report_id])[result.report_id]
        assert stored.summary.endswith("; đã kiểm tra thu hồi."), stored.summary
        assert revocation_server.requests >= 1
        rows = SignatureRepository(store).signatures(result.report_id)
        assert [r["revocation"] for r in rows] == ["checked", "checked"], result.reason
    finally:
        store.close()


def test_the_setting_is_in_the_ministrys_window(qtbot: Any, tmp_path: Path) -> None:
    from gui.views.inbox.certificates import TrustPanel

    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        panel = TrustPanel(store)
        qtbot.addWidget(panel)
        assert panel.online.text() == "Kiểm tra thu hồi trực tuyến khi có mạng"
        assert not panel.online.isChecked() and not signature_policy(store=store).trust.online
        panel.online.click()
        assert load_settings().online_revocation and signature_policy(store=store).trust.online
        assert "qua mạng" in panel.note.text()
        again = TrustPanel(store)  # the window opened again: the setting stays
        qtbot.addWidget(again)
        assert again.online.isChecked()
        again.online.click()
        assert not load_settings().online_revocation
    finally:
        store.close()
