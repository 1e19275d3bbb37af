"""The signature tables (migration m003): verification results of received reports, the certificates known per
unit, and the signing log of exported reports. The caller holds the transaction when writing."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from gui.core.signature_terms import Role, Status
from gui.store.reports import ReportStore
from gui.store.rows import first_row


@dataclass(frozen=True, kw_only=True)
class ReceivedSignature:
    status: Status  # trusted | unverified | unsigned (broken files are never stored)
    summary: str
    count: int = 0  # how many signatures


@dataclass(frozen=True, kw_only=True)
class SigningRecord:
    role: Role
    holder: str
    organisation: str
    signed_at: str
    file_name: str
    sha256: str
    document_sha256: str


class SignatureRepository:
    def __init__(self, store: ReportStore) -> None:
        self.db = store.db

    # --- received reports --------------------------------------------------------------------------

    def record_received(self, report_id: int, status: str, summary: str, signatures: list[dict[str, Any]]) -> None:
        row = {
            "report_id": report_id,
            "status": status,
            "summary": summary,
            "signatures": json.dumps(signatures, ensure_ascii=False),
        }
        self.db.table("inbox_signatures").upsert(row, pk="report_id")

    def received(self, report_ids: list[int]) -> dict[int, ReceivedSignature]:
        """Report id → its signature status; a report imported before signatures were checked is absent."""
        out: dict[int, ReceivedSignature] = {}
        for start in range(0, len(report_ids), 500):
            chunk = report_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(
                f"""SELECT report_id, status, summary, json_array_length(signatures) AS count FROM inbox_signatures
                    WHERE report_id IN ({marks})""",
                chunk,
            ):
                out[int(row["report_id"])] = ReceivedSignature(
                    status=Status(row["status"]), summary=row["summary"], count=int(row["count"] or 0)
                )
        return out

    def signatures(self, report_id: int) -> list[dict[str, Any]]:
        """The stored signatures of a received report, in order (empty when it has none)."""
        row = first_row(self.db, "SELECT signatures FROM inbox_signatures WHERE report_id = ?", [report_id])
        loaded = json.loads(row["signatures"] or "[]") if row else []
        return [s for s in loaded if isinstance(s, dict)] if isinstance(loaded, list) else []

    # --- the signing log of exports ------------------------------------------------------------------

    def record_signing(self, report_id: int, record: SigningRecord) -> None:
        """Append to the log, with the report's edit count: the signing checked the file against the report, so
        the report's status counts edits from here (gui.core.report_status)."""
        report = first_row(self.db, "SELECT edits FROM reports WHERE id = ?", [report_id])
        edits = report["edits"] if report else None
        self.db.table("export_signatures").insert({"report_id": report_id, **asdict(record), "edits": edits})

    def signings(self, report_id: int) -> list[SigningRecord]:
        rows = self.db.query(
            """SELECT role, holder, organisation, signed_at, file_name, sha256, document_sha256
               FROM export_signatures WHERE report_id = ? ORDER BY id""",
            [report_id],
        )
        return [
            SigningRecord(
                role=Role(r["role"]),
                holder=str(r["holder"]),
                organisation=str(r["organisation"]),
                signed_at=str(r["signed_at"]),
                file_name=str(r["file_name"]),
                sha256=str(r["sha256"]),
                document_sha256=str(r["document_sha256"]),
            )
            for r in rows
        ]
