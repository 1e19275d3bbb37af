"""The inbox tables: files seen, the reports received from provinces and ministries, and what did not fit."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from gui.core.i18n import translate
from gui.core.signature_terms import Status
from gui.store.listing import Finality
from gui.store.reports import ReportStore
from gui.store.rows import first_row


@dataclass(frozen=True, kw_only=True)
class StoredReceipt:
    """A received report already in the database, as the importer compares it with a new arrival."""

    report_id: int
    uid: str
    updated_at: str
    doc_sha256: str


class FileOutcome(StrEnum):
    """What the store keeps of a file's import (inbox_files.result; the values are those stored)."""

    IMPORTED = "imported"  # its report went in (also when its version waits for a person)
    REPLACED = "replaced"  # its report replaced an earlier version
    OLDER = "older"  # kept as an older version
    ALREADY = "already"  # the same report was there
    REJECTED = "rejected"  # refused, or held as a conflict


@dataclass(frozen=True, kw_only=True)
class FileRecord:
    sha256: str
    path: str
    result: FileOutcome
    reason: str
    report_id: int | None


@dataclass(frozen=True, kw_only=True)
class ReceivedReport:
    """One received report of a period, with its stored values (header keys included)."""

    id: int
    uid: str
    unit_kind: str
    unit_code: str
    unit_name: str
    unit_list: str
    template_id: str
    template_version: int
    source_template_version: int
    updated_at: str
    values: dict[str, Any]
    unmatched: list[dict[str, Any]]
    draft: bool = False  # accepted as a draft (DỰ THẢO) by the person importing


@dataclass(frozen=True, kw_only=True)
class Conflict:
    """A received document whose identity clashes with a report already received (same uid and time with other
    content, the same uid from another unit or period, or the same unit and time with other content)."""

    file_sha256: str
    path: str
    uid: str
    unit_kind: str
    unit_code: str
    unit_name: str
    period_id: str
    updated_at: str
    existing_report_id: int | None
    reason: str
    document: str  # the received document's JSON, kept whole for the decision
    received_at: str
    id: int = 0
    decision: str = ""


@dataclass(frozen=True, kw_only=True)
class Version:
    report_id: int
    uid: str
    updated_at: str
    status: Finality  # final, or draft when accepted as one
    source_path: str
    imported_at: str
    superseded_by: int | None
    pages: str
    notes: str
    pending: str = ""  # why it is not counted, waiting for a person ("" once counted or accepted)
    signature: str = ""  # its signature status (gui.signing.verify), "" for a JSON document

    @property
    def current(self) -> bool:
        """The version the totals count."""
        return self.superseded_by is None and not self.pending


@dataclass(frozen=True, kw_only=True)
class CountingRow:
    """A version as gui.inbox.counting weighs it."""

    report_id: int
    updated_at: str
    signature: Status | None  # None: a JSON document, or received before signatures were checked
    signatures: int  # how many
    roles: tuple[str, ...]  # each signature's role, in order
    accepted: bool  # a person accepted it although it did not qualify
    pending: str
    superseded_by: int | None


def _file_record(row: dict[str, Any]) -> FileRecord:
    # A value this version does not write (a row from another version of the app) reads as a file that did not
    # go in: only "imported" and "replaced" rows are ever overwritten or counted.
    known = row["result"] in FileOutcome._value2member_map_
    return FileRecord(**{**row, "result": FileOutcome(row["result"]) if known else FileOutcome.REJECTED})


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class InboxRepository:
    """Every SQL statement of the inbox; the importer, the consolidation and the widgets go through it."""

    def __init__(self, store: ReportStore) -> None:
        self.store = store
        self.db = store.db

    # --- what is there -------------------------------------------------------------------------

    def receipt_for(self, unit_kind: str, unit_code: str, period_id: str) -> StoredReceipt | None:
        row = first_row(
            self.db,
            """SELECT r.id AS report_id, r.uid, r.updated_at, COALESCE(i.doc_sha256, '') AS doc_sha256
               FROM reports r LEFT JOIN inbox_reports i ON i.report_id = r.id
               WHERE r.origin = 'inbox' AND r.unit_kind = ? AND r.unit_code = ? AND r.period_id = ?
                 AND r.deleted_at IS NULL AND i.superseded_by IS NULL AND COALESCE(i.pending, '') = ''
               ORDER BY r.updated_at DESC, r.id DESC LIMIT 1""",
            [unit_kind, unit_code, period_id],
        )
        return StoredReceipt(**row) if row else None

    def report_with_sha(self, doc_sha256: str) -> int | None:
        row = first_row(
            self.db,
            """SELECT i.report_id FROM inbox_reports i JOIN reports r ON r.id = i.report_id
               WHERE i.doc_sha256 = ? AND r.deleted_at IS NULL LIMIT 1""",
            [doc_sha256],
        )
        return int(row["report_id"]) if row else None

    def report_with_uid_at(self, uid: str, updated_at: str) -> int | None:
        row = first_row(
            self.db,
            """SELECT id FROM reports WHERE origin = 'inbox' AND uid = ? AND updated_at = ? AND deleted_at IS NULL
               LIMIT 1""",
            [uid, updated_at],
        )
        return int(row["id"]) if row else None

    def file_record(self, sha256: str) -> FileRecord | None:
        row = first_row(
            self.db, "SELECT sha256, path, result, reason, report_id FROM inbox_files WHERE sha256 = ?", [sha256]
        )
        return _file_record(row) if row else None

    # --- writing (the caller holds the transaction) ----------------------------------------------

    def record_file(
        self,
        *,
        sha256: str,
        path: str,
        size: int,
        result: FileOutcome,
        reason: str,
        at: str,
        report_id: int | None,
    ) -> None:
        """Remember a file and its outcome. Outcomes that change nothing (already there, older, rejected) only
        describe a file never seen before; they never overwrite the row of a file seen before, so importing the
        same files twice leaves the database exactly as it was."""
        if result not in (FileOutcome.IMPORTED, FileOutcome.REPLACED) and self.file_record(sha256) is not None:
            return
        # Plain SQL, not sqlite-utils' upsert: that reads the table's columns again for every file of an import.
        self.db.execute(
            """INSERT INTO inbox_files (sha256, path, size, result, reason, imported_at, report_id)
               VALUES (:sha256, :path, :size, :result, :reason, :imported_at, :report_id)
               ON CONFLICT (sha256) DO UPDATE SET path = excluded.path, size = excluded.size,
                   result = excluded.result, reason = excluded.reason, imported_at = excluded.imported_at,
                   report_id = excluded.report_id""",
            {
                "sha256": sha256,
                "path": path,
                "size": size,  # the same content has the same size: updating it changes nothing
                "result": result,
                "reason": reason,
                "imported_at": at,
                "report_id": report_id,
            },
        )

    def record_report(
        self,
        report_id: int,
        doc_sha256: str,
        source_version: int,
        unmatched: list[dict[str, Any]],
        path: str,
        at: str,
        *,
        draft: bool = False,
        pages: str = "",
        notes: str = "",
    ) -> None:
        self.db.execute(
            """INSERT INTO inbox_reports (report_id, doc_sha256, source_template_version, unmatched, source_path,
                   imported_at, draft, pages, notes)
               VALUES (:report_id, :doc_sha256, :source_template_version, :unmatched, :source_path, :imported_at,
                   :draft, :pages, :notes)""",
            {
                "report_id": report_id,
                "doc_sha256": doc_sha256,
                "source_template_version": source_version,
                "unmatched": _dump(unmatched),
                "source_path": path,
                "imported_at": at,
                "draft": int(draft),
                "pages": pages,
                "notes": notes,
            },
        )

    def supersede(self, old_id: int, new_id: int) -> None:
        """`old_id` is an earlier version of `new_id`: kept, listed with the versions, left out of consolidations."""
        self.db.execute("UPDATE inbox_reports SET superseded_by = ? WHERE report_id = ?", [new_id, old_id])

    def uid_elsewhere(self, uid: str, unit_kind: str, unit_code: str, period_id: str) -> tuple[int, str] | None:
        """A received report with this identity (uid) from another unit or period: (its id, "its unit, kỳ its
        period")."""
        row = first_row(
            self.db,
            """SELECT id, unit_name, period_id FROM reports
               WHERE origin = 'inbox' AND uid = ? AND deleted_at IS NULL
                 AND NOT (unit_kind = ? AND unit_code = ? AND period_id = ?) LIMIT 1""",
            [uid, unit_kind, unit_code, period_id],
        )
        if row is None:
            return None
        where = translate("Inbox", "{unit}, kỳ {period}").format(unit=row["unit_name"], period=row["period_id"])
        return int(row["id"]), where

    def record_conflict(self, conflict: Conflict) -> int:
        """A received document that clashes with one already there; kept whole until a person decides."""
        known = first_row(self.db, "SELECT id FROM inbox_conflicts WHERE file_sha256 = ?", [conflict.file_sha256])
        if known:
            return int(known["id"])
        row = asdict(conflict)
        del row["id"], row["decision"]  # the database numbers it; undecided until a person decides
        return int(self.db.table("inbox_conflicts").insert(row).last_pk or 0)

    def conflicts(self, *, open_only: bool = True) -> list[Conflict]:
        rows = self.db.query(
            f"""SELECT file_sha256, path, uid, unit_kind, unit_code, unit_name, period_id, updated_at,
                       existing_report_id, reason, document, received_at, id, decision
                FROM inbox_conflicts {"WHERE decision = ''" if open_only else ""} ORDER BY id"""
        )
        return [Conflict(**r) for r in rows]

    def decide_conflict(self, conflict_id: int, decision: str, at: str) -> None:
        self.db.execute(
            "UPDATE inbox_conflicts SET decision = ?, decided_at = ? WHERE id = ?", [decision, at, conflict_id]
        )

    def versions(self, unit_kind: str, unit_code: str, period_id: str) -> list[Version]:
        """Every received version of a unit's report for a period, newest first (the current one has no
        superseded_by)."""
        rows = self.db.query(
            """SELECT r.id AS report_id, r.uid, r.updated_at, r.status, COALESCE(i.source_path, '') AS source_path,
                      COALESCE(i.imported_at, '') AS imported_at, i.superseded_by, COALESCE(i.pages, '') AS pages,
                      COALESCE(i.notes, '') AS notes, COALESCE(i.pending, '') AS pending,
                      COALESCE(s.status, '') AS signature
               FROM reports r LEFT JOIN inbox_reports i ON i.report_id = r.id
                    LEFT JOIN inbox_signatures s ON s.report_id = r.id
               WHERE r.origin = 'inbox' AND r.unit_kind = ? AND r.unit_code = ? AND r.period_id = ?
                 AND r.deleted_at IS NULL
               ORDER BY r.updated_at DESC, r.id DESC""",
            [unit_kind, unit_code, period_id],
        )
        return [Version(**{**r, "status": Finality(r["status"])}) for r in rows]

    def set_status(self, report_id: int, *, draft: bool) -> None:
        """A received report is final unless it was accepted as a draft (DỰ THẢO), and then it says so."""
        status = Finality.DRAFT if draft else Finality.FINAL
        self.db.execute("UPDATE reports SET status = ? WHERE id = ?", [status, report_id])

    # --- counting (gui.inbox.counting decides; these read and write its inputs and outcome) ---------

    def counting_rows(self, unit_kind: str, unit_code: str, period_id: str) -> list[CountingRow]:
        """Every version of a unit's report for a period, oldest first (by its own update time, then arrival)."""
        rows = self.db.query(
            """SELECT r.id AS report_id, r.updated_at, COALESCE(s.status, '') AS signature,
                      COALESCE(s.signatures, '[]') AS stored, i.accepted_at, i.pending, i.superseded_by
               FROM reports r JOIN inbox_reports i ON i.report_id = r.id
                    LEFT JOIN inbox_signatures s ON s.report_id = r.id
               WHERE r.origin = 'inbox' AND r.unit_kind = ? AND r.unit_code = ? AND r.period_id = ?
                 AND r.deleted_at IS NULL
               ORDER BY r.updated_at, r.id""",
            [unit_kind, unit_code, period_id],
        )
        out = []
        for values in rows:
            signatures = json.loads(values["stored"] or "[]")
            out.append(
                CountingRow(
                    report_id=int(values["report_id"]),
                    updated_at=str(values["updated_at"]),
                    signature=Status(values["signature"]) if values["signature"] else None,
                    signatures=len(signatures),
                    roles=tuple(str(s.get("role", "")) for s in signatures),
                    accepted=values["accepted_at"] is not None,
                    pending=str(values["pending"]),
                    superseded_by=values["superseded_by"],
                )
            )
        return out

    def groups(self) -> list[tuple[str, str, str]]:
        """Every (unit kind, unit code, period) with a received version."""
        rows = self.db.query(
            """SELECT DISTINCT unit_kind, unit_code, period_id FROM reports
               WHERE origin = 'inbox' AND deleted_at IS NULL ORDER BY period_id, unit_kind, unit_code"""
        )
        return [(str(r["unit_kind"]), str(r["unit_code"]), str(r["period_id"])) for r in rows]

    def set_counting(self, report_id: int, *, pending: str, superseded_by: int | None) -> None:
        self.db.execute(
            "UPDATE inbox_reports SET pending = ?, superseded_by = ? WHERE report_id = ?",
            [pending, superseded_by, report_id],
        )

    def accept_version(self, report_id: int, by: str, at: str) -> None:
        self.db.execute(
            "UPDATE inbox_reports SET accepted_by = ?, accepted_at = ? WHERE report_id = ?", [by, at, report_id]
        )

    def version_unit(self, report_id: int) -> tuple[str, str, str, str] | None:
        """(unit kind, unit code, unit name, period) of a received version."""
        row = first_row(
            self.db,
            """SELECT r.unit_kind, r.unit_code, r.unit_name, r.period_id FROM reports r
               JOIN inbox_reports i ON i.report_id = r.id WHERE r.id = ? AND r.deleted_at IS NULL""",
            [report_id],
        )
        if row is None:
            return None
        return str(row["unit_kind"]), str(row["unit_code"]), str(row["unit_name"]), str(row["period_id"])

    def pending_versions(self) -> list[tuple[int, str, str, str, str, str]]:
        """(report id, unit name, period, updated at, received at, reason) of every version waiting for a person."""
        rows = self.db.query(
            """SELECT r.id, r.unit_name, r.period_id, r.updated_at, i.imported_at, i.pending
               FROM reports r JOIN inbox_reports i ON i.report_id = r.id
               WHERE r.origin = 'inbox' AND r.deleted_at IS NULL AND i.pending != ''
               ORDER BY i.imported_at DESC, r.id DESC"""
        )
        return [
            (
                int(r["id"]),
                str(r["unit_name"]),
                str(r["period_id"]),
                str(r["updated_at"]),
                str(r["imported_at"]),
                str(r["pending"]),
            )
            for r in rows
        ]

    # --- reading for the consolidation ---------------------------------------------------------

    def periods(self) -> list[tuple[str, int]]:
        """Period ids with received reports, latest first, and how many each has."""
        rows = self.db.query(
            """SELECT period_id, COUNT(*) AS reports FROM reports r WHERE origin = 'inbox' AND deleted_at IS NULL
                 AND NOT EXISTS (SELECT 1 FROM inbox_reports v WHERE v.report_id = r.id
                                 AND (v.superseded_by IS NOT NULL OR v.pending != ''))
               GROUP BY period_id ORDER BY MAX(period_end) DESC, period_id DESC"""
        )
        return [(str(r["period_id"]), int(r["reports"])) for r in rows]

    def received(self, period_id: str) -> list[ReceivedReport]:
        rows = list(
            self.db.query(
                """SELECT r.id, r.uid, r.unit_kind, r.unit_code, r.unit_name, r.unit_list, r.template_id,
                      r.template_version,
                      COALESCE(i.source_template_version, r.template_version) AS source_template_version,
                      r.updated_at, COALESCE(i.unmatched, '[]') AS unmatched, COALESCE(i.draft, 0) AS draft
               FROM reports r LEFT JOIN inbox_reports i ON i.report_id = r.id
               WHERE r.origin = 'inbox' AND r.period_id = ? AND r.deleted_at IS NULL AND i.superseded_by IS NULL
                 AND COALESCE(i.pending, '') = ''
               ORDER BY r.unit_kind DESC, r.unit_code, r.updated_at DESC""",
                [period_id],
            )
        )
        if not rows:
            return []
        ids = [int(r["id"]) for r in rows]
        values: dict[int, dict[str, Any]] = {i: {} for i in ids}
        # One query for every value of the period: the consolidation must not cost a query per report.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(
                f"SELECT report_id, key, value FROM report_values WHERE report_id IN ({marks})", chunk
            ):
                values[row["report_id"]][row["key"]] = json.loads(row["value"])
        out = []
        seen: set[tuple[str, str]] = set()
        for r in rows:
            unit = (str(r["unit_kind"]), str(r["unit_code"]))
            if unit in seen:  # never two reports of one unit in a consolidation: the newest wins
                continue
            seen.add(unit)
            out.append(
                ReceivedReport(
                    id=int(r["id"]),
                    uid=r["uid"],
                    unit_kind=r["unit_kind"],
                    unit_code=r["unit_code"],
                    unit_name=r["unit_name"],
                    unit_list=r["unit_list"],
                    template_id=r["template_id"],
                    template_version=int(r["template_version"]),
                    source_template_version=int(r["source_template_version"]),
                    updated_at=r["updated_at"],
                    values=values[int(r["id"])],
                    unmatched=json.loads(r["unmatched"]),
                    draft=bool(r["draft"]),
                )
            )
        return out

    def files(self, limit: int = 1000) -> list[FileRecord]:
        rows = self.db.query(
            "SELECT sha256, path, result, reason, report_id FROM inbox_files ORDER BY imported_at DESC LIMIT ?",
            [limit],
        )
        return [_file_record(r) for r in rows]


@dataclass(frozen=True, kw_only=True)
class Arrival:
    """When the Ministry can say a report was sent: the time it received the file (its own clock) and, when a
    signature carries a trusted timestamp, the latest such time (a third party's clock). Neither is the province
    PC's `updated_at`, which a late unit can set back."""

    received_at: str = ""
    stamped: tuple[str, ...] = ()  # the signing times proven by a trusted timestamp (ISO 8601)


def arrivals(store: ReportStore, report_ids: list[int]) -> dict[int, Arrival]:
    """Report id → its Arrival, for the received reports among `report_ids`."""
    out: dict[int, Arrival] = {}
    for start in range(0, len(report_ids), 500):
        chunk = report_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.db.query(
            f"""SELECT i.report_id AS report_id, i.imported_at AS received_at,
                       COALESCE(s.signatures, '[]') AS signatures
                FROM inbox_reports i LEFT JOIN inbox_signatures s ON s.report_id = i.report_id
                WHERE i.report_id IN ({marks})""",
            chunk,
        ):
            stamped = [
                str(sig["signed_at"])
                for sig in json.loads(row["signatures"])
                if isinstance(sig, dict) and sig.get("timestamped") and sig.get("signed_at")
            ]
            out[int(row["report_id"])] = Arrival(received_at=str(row["received_at"] or ""), stamped=tuple(stamped))
    return out
