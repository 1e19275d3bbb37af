"""An English interface reads signatures in English, while the store and the consolidation's documents keep them in
Vietnamese (the workbook and the summary PDF are the Ministry's Vietnamese documents)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.core.i18n import set_language
from gui.inbox.consolidate import consolidate
from gui.inbox.importer import import_paths
from gui.signing.inbox import SignaturePolicy
from gui.signing.verify import load_trust
from gui.store.reports import ReportStore
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
        run = import_paths(store, files, signatures=SignaturePolicy(load_trust([pki.root.pem, pki.intermediate.pem])))
        trusted, stranger = run.results
        assert " Digital signature: Signed, trusted (" in trusted.reason, trusted.reason
        assert " Digital signature: Signed, origin not verified (" in stranger.reason, stranger.reason
        assert "the certificate was not issued by any organisation in the loaded trust list" in stranger.reason
        rows = {row.name: row.signature for row in consolidate(store, "2025").provinces if row.signature}
    finally:
        store.close()
    assert rows["Tỉnh Nghệ An"].startswith("Đã ký số, tin cậy (")
    assert rows["Tỉnh Hà Tĩnh"].startswith("Đã ký số, chưa xác minh được nguồn gốc (")


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
