"""The tables of the Ministry's replies (migration m_ministry_replies): on the Ministry's side the receipts made,
the requests for correction (id, letter number and date) and the request each received corrected version answers;
on the province's side each receipt or letter opened, and the Ministry's certificates it trusts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from gui.core.signature_terms import Status
from gui.store.reports import ReportStore, now_iso
from gui.store.rows import first_row


@dataclass(frozen=True)
class MadeReceipt:
    report_id: int | None
    unit_kind: str
    unit_code: str
    receipt_id: str
    document_sha256: str
    made_at: str


@dataclass(frozen=True, kw_only=True)
class Request:
    review_id: int
    request_id: str
    number: str
    day: str  # ISO date
    deadline: str  # ISO date or ""
    document_sha256: str


@dataclass(frozen=True)
class Answer:
    report_id: int
    request_id: str
    number: str
    day: str


@dataclass(frozen=True)
class StoredReply:
    id: int
    report_id: int
    kind: str  # receipt | correction
    reply_id: str
    version_updated_at: str
    status: Status  # trusted | unverified
    summary: str
    data: dict[str, Any]  # the reply record as JSON values (gui.core.replies.Reply)
    file_sha256: str
    file_name: str
    received_at: str


@dataclass(frozen=True)
class TrustedCertificate:
    fingerprint: str
    der: bytes
    subject: str
    loaded_at: str


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True, kw_only=True)
class OwnReport:
    """One of our own reports, as a reply of the Ministry names it (by its uid)."""

    id: int
    unit_kind: str
    unit_code: str
    unit_name: str
    period_id: str
    updated_at: str


class ReplyRepository:
    def __init__(self, store: ReportStore) -> None:
        self.store = store
        self.db = store.db

    # --- the province's side: which of our reports a reply speaks of ------------------------------

    def own_report(self, uid: str) -> OwnReport | None:
        for row in self.db.query(
            """SELECT id, unit_kind, unit_code, unit_name, period_id, updated_at FROM reports
               WHERE origin = 'own' AND uid = ? AND deleted_at IS NULL ORDER BY id LIMIT 1""",
            [uid],
        ):
            return OwnReport(
                id=int(row["id"]),
                unit_kind=str(row["unit_kind"]),
                unit_code=str(row["unit_code"]),
                unit_name=str(row["unit_name"]),
                period_id=str(row["period_id"]),
                updated_at=str(row["updated_at"]),
            )
        return None

    # --- the Ministry's side --------------------------------------------------------------------

    def record_receipt(
        self, *, report_id: int, unit_kind: str, unit_code: str, period_id: str, receipt_id: str, document_sha256: str
    ) -> None:
        with self.db.atomic():
            self.db.execute(
                """INSERT INTO desk_receipts (report_id, unit_kind, unit_code, period_id, receipt_id, document_sha256,
                   made_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [report_id, unit_kind, unit_code, period_id, receipt_id, document_sha256, now_iso()],
            )

    def receipts(self, period_id: str) -> dict[tuple[str, str], list[MadeReceipt]]:
        """Every receipt made for the period, by unit, oldest first."""
        rows = self.db.query(
            """SELECT report_id, unit_kind, unit_code, receipt_id, document_sha256, made_at FROM desk_receipts
               WHERE period_id = ? ORDER BY id""",
            [period_id],
        )
        out: dict[tuple[str, str], list[MadeReceipt]] = {}
        for r in rows:
            receipt = MadeReceipt(**r)
            out.setdefault((receipt.unit_kind, receipt.unit_code), []).append(receipt)
        return out

    def request(self, review_id: int) -> Request | None:
        row = first_row(
            self.db,
            """SELECT review_id, request_id, number, day, deadline, document_sha256 FROM desk_requests
               WHERE review_id = ?""",
            [review_id],
        )
        return Request(**row) if row else None

    def save_request(self, request: Request) -> None:
        """A request's letter: made once per review; a later letter for the same review keeps its id and takes the
        number and dates given now (the clerk registers the number after the first draft)."""
        with self.db.atomic():
            self.db.table("desk_requests").upsert(
                {
                    "review_id": request.review_id,
                    "request_id": request.request_id,
                    "number": request.number,
                    "day": request.day,
                    "deadline": request.deadline,
                    "document_sha256": request.document_sha256,
                    "made_at": now_iso(),
                },
                pk="review_id",
            )

    def record_answer(self, answer: Answer) -> None:
        """The request a received version says it answers (its document's correction_of); the caller holds the
        import's transaction."""
        self.db.table("inbox_answers").upsert(
            {
                "report_id": answer.report_id,
                "request_id": answer.request_id,
                "number": answer.number,
                "day": answer.day,
            },
            pk="report_id",
        )

    def answer(self, report_id: int) -> Answer | None:
        row = first_row(
            self.db, "SELECT report_id, request_id, number, day FROM inbox_answers WHERE report_id = ?", [report_id]
        )
        return Answer(**row) if row else None

    def received_version(self, report_id: int) -> tuple[str, str, str, str]:
        """A received report's (uid, document SHA-256, time received, SHA-256 of the file it came in)."""
        row = first_row(
            self.db,
            """SELECT r.uid, COALESCE(i.doc_sha256, '') AS doc_sha256, COALESCE(i.imported_at, '') AS received_at,
                      COALESCE((SELECT f.sha256 FROM inbox_files f WHERE f.report_id = r.id
                                AND f.result IN ('imported', 'replaced', 'older') ORDER BY f.imported_at LIMIT 1), '')
                        AS file_sha256
               FROM reports r LEFT JOIN inbox_reports i ON i.report_id = r.id WHERE r.id = ?""",
            [report_id],
        )
        if row is None:
            return ("", "", "", "")
        return str(row["uid"]), str(row["doc_sha256"]), str(row["received_at"]), str(row["file_sha256"])

    # --- the province's side --------------------------------------------------------------------

    def add_reply(
        self,
        *,
        report_id: int,
        kind: str,
        reply_id: str,
        version_updated_at: str,
        status: Status,
        summary: str,
        data: dict[str, Any],
        file_sha256: str,
        file_name: str,
    ) -> int:
        with self.db.atomic():
            row = {
                "report_id": report_id,
                "kind": kind,
                "reply_id": reply_id,
                "version_updated_at": version_updated_at,
                "status": status,
                "summary": summary,
                "data": _dump(data),
                "file_sha256": file_sha256,
                "file_name": file_name,
                "received_at": now_iso(),
            }
            return int(self.db.table("ministry_replies").insert(row).last_pk or 0)

    def reply_with_file(self, file_sha256: str) -> StoredReply | None:
        row = first_row(self.db, f"{_REPLY_SELECT} WHERE file_sha256 = ?", [file_sha256])
        return _stored(row) if row else None

    def replies(self, report_id: int) -> list[StoredReply]:
        """Every reply opened for a report, oldest first."""
        rows = self.db.query(f"{_REPLY_SELECT} WHERE report_id = ? ORDER BY id", [report_id])
        return [_stored(r) for r in rows]

    def latest_replies(self) -> dict[int, StoredReply]:
        """Each report's latest reply (for the list)."""
        rows = self.db.query(f"{_REPLY_SELECT} WHERE id IN (SELECT MAX(id) FROM ministry_replies GROUP BY report_id)")
        return {int(r["report_id"]): _stored(r) for r in rows}

    def last_sent_version(self, report_id: int) -> str:
        """The updated_at of the newest version a final export wrote ('' when none recorded it)."""
        row = first_row(
            self.db,
            """SELECT MAX(document_updated_at) AS version FROM exports WHERE report_id = ? AND draft = 0
               AND document_updated_at != ''""",
            [report_id],
        )
        return str(row["version"]) if row and row["version"] else ""

    def certificates(self) -> list[TrustedCertificate]:
        rows = self.db.query(
            "SELECT fingerprint, der, subject, loaded_at FROM ministry_certificates ORDER BY loaded_at"
        )
        return [
            TrustedCertificate(
                fingerprint=str(r["fingerprint"]),
                der=bytes(r["der"]),
                subject=str(r["subject"]),
                loaded_at=str(r["loaded_at"]),
            )
            for r in rows
        ]

    def add_certificate(self, fingerprint: str, der: bytes, subject: str) -> None:
        with self.db.atomic():
            self.db.execute(
                """INSERT OR IGNORE INTO ministry_certificates (fingerprint, der, subject, loaded_at)
                   VALUES (?, ?, ?, ?)""",
                [fingerprint, der, subject, now_iso()],
            )


_REPLY_SELECT = """SELECT id, report_id, kind, reply_id, version_updated_at, status, summary, data, file_sha256,
                          file_name, received_at FROM ministry_replies"""


def _stored(r: dict[str, Any]) -> StoredReply:
    return StoredReply(
        id=int(r["id"]),
        report_id=int(r["report_id"]),
        kind=str(r["kind"]),
        reply_id=str(r["reply_id"]),
        version_updated_at=str(r["version_updated_at"]),
        status=Status(r["status"]),
        summary=str(r["summary"]),
        data=json.loads(r["data"]),
        file_sha256=str(r["file_sha256"]),
        file_name=str(r["file_name"]),
        received_at=str(r["received_at"]),
    )
