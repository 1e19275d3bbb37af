"""An English interface reads signatures in English, while the store and the consolidation's documents keep them in
Vietnamese (the workbook and the summary PDF are the Ministry's Vietnamese documents)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.core.i18n import set_language
from gui.inbox.importer import import_paths
from gui.operations.trust import add_certificate, load_trust_files, signature_policy
from gui.store.reports import ReportStore
from gui.store.signatures import SignatureRepository
from tests.conftest import run_cli
from tests.inbox.conftest import province_docs, render_pdf
from tests.signing.pki import Pki
from tests.signing.signed import both


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("vi")


def test_import_lines_say_the_signatures_in_english_and_the_store_keeps_vietnamese(
    pki: Pki, tmp_path: Path, english: None
) -> None:
    docs = {d.unit.name: d for d in province_docs("2025")}
    files = []
    for name, issued in (("Nghệ An", pki.nghe_an), ("Hà Tĩnh", pki.stranger)):
        path = tmp_path / f"{name}.pdf"
        agency = pki.nghe_an_clerk if issued is pki.nghe_an else issued
        path.write_bytes(both(render_pdf(docs[name]), pki, signer=issued, agency=agency))
        files.append(path)
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        load_trust_files(store=store, paths=[pki.root.pem, pki.intermediate.pem])
        add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
        add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
        run = import_paths(store, files, signatures=signature_policy(store=store))
        trusted, stranger = run.results
        assert " Digital signature: Signed, trusted — The competent person Nguyễn Văn An (" in trusted.reason, (
            trusted.reason
        )
        assert "; Agency Sở Công Thương tỉnh Nghệ An (" in trusted.reason
        assert " Digital signature: Signed, origin not verified — " in stranger.reason, stranger.reason
        assert "the certificate was not issued by any organisation in the loaded trust list" in stranger.reason
        assert "Load the root certificate of the certification authority" in stranger.reason
        stored = SignatureRepository(store).received([trusted.report_id, stranger.report_id])
    finally:
        store.close()
    assert stored[trusted.report_id].summary.startswith("Đã ký số, tin cậy — Người có thẩm quyền Nguyễn Văn An (")
    assert stored[stranger.report_id].summary.startswith("Đã ký số, chưa xác minh được nguồn gốc — ")


def test_pdf_verify_in_english(pki: Pki, tmp_path: Path) -> None:
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(both(render_pdf(province_docs("2025")[0]), pki, signer=pki.stranger, agency=pki.stranger))
    english = run_cli("--lang", "en", "pdf", "verify", signed, "--trust", pki.root.pem)
    assert english.returncode == 2
    assert english.stdout.startswith("Signature 1 (the competent person) [")
    assert ": Signed, origin not verified — " in english.stdout
    vietnamese = run_cli("pdf", "verify", signed, "--trust", pki.root.pem, env={"BVNTD_LANG": "vi"})
    assert vietnamese.stdout.startswith("Chữ ký 1 (người có thẩm quyền) [")
    assert ": Đã ký số, chưa xác minh được nguồn gốc — " in vietnamese.stdout
