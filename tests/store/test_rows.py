"""Rows written through sqlite-utils: the same outcome as the statements they replaced, and nothing else written."""

from __future__ import annotations

from pathlib import Path

from gui.core.signature_terms import Role
from gui.store.follow_up import Address, DeskRepository
from gui.store.inbox import FileOutcome, InboxRepository
from gui.store.reports import ReportStore, create_demo_report
from gui.store.signatures import SignatureRepository, SigningRecord


def test_upserts_write_rows_only_inside_the_callers_transaction(db_path: Path) -> None:
    """sqlite-utils would probe SQLite's ON CONFLICT by creating a table at the first upsert; the store tells it."""
    store = ReportStore.open(db_path)
    schema = store.db.execute("PRAGMA schema_version").fetchone()[0]
    with store.db.atomic():
        InboxRepository(store).record_file(
            sha256="ab" * 32,
            path="/x.pdf",
            size=10,
            result=FileOutcome.REJECTED,
            reason="hỏng",
            at="2026-01-01T00:00:00",
            report_id=None,
        )
        DeskRepository(store).set_deadline("2025", "2026-01-15")
    assert store.db.execute("PRAGMA schema_version").fetchone()[0] == schema


def test_an_upsert_updates(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    desk = DeskRepository(store)
    desk.save_addresses([Address(unit_kind="province", unit_code="40", emails="a@x.vn", contact="An")])
    desk.save_addresses([Address(unit_kind="province", unit_code="40", emails="b@x.vn", contact="Bình")])
    assert desk.addresses()[("province", "40")] == Address(
        unit_kind="province", unit_code="40", emails="b@x.vn", contact="Bình"
    )
    desk.set_deadline("2025", "2026-01-15")
    desk.set_deadline("2025", "2026-01-20")
    assert desk.deadline("2025") == "2026-01-20"


def test_the_signing_log_keeps_every_signature(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = create_demo_report(store)
    signatures = SignatureRepository(store)
    first = SigningRecord(
        role=Role.SIGNER,
        holder="Nguyễn Văn A",
        organisation="Sở",
        signed_at="2026-01-01T08:00:00",
        file_name="a.pdf",
        sha256="1" * 64,
        document_sha256="2" * 64,
    )
    second = SigningRecord(
        role=Role.AGENCY,
        holder="Sở",
        organisation="Sở",
        signed_at="2026-01-01T09:00:00",
        file_name="a.pdf",
        sha256="3" * 64,
        document_sha256="2" * 64,
    )
    signatures.record_signing(report_id, first)
    signatures.record_signing(report_id, second)
    assert signatures.signings(report_id) == [first, second]
