"""The Ministry's desk tables: periods' deadlines, the units' address book, the reviews of received reports."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from gui.store.reports import ReportStore, now_iso
from gui.store.rows import first_row


@dataclass(frozen=True, kw_only=True)
class Address:
    unit_kind: str
    unit_code: str
    emails: str = ""
    contact: str = ""


@dataclass(frozen=True, kw_only=True)
class Comment:
    """One of the Ministry's comments: on a field (key) or general (key '')."""

    key: str
    text: str


class ReviewState(StrEnum):
    """Where the Ministry's review of a unit's report stands (desk_reviews.state keeps the values)."""

    RECEIVED = "received"
    CORRECTION = "correction"
    CORRECTED = "corrected"  # a new version arrived after the request for correction: to look at again
    ACCEPTED = "accepted"


@dataclass(frozen=True)
class Review:
    id: int
    unit_kind: str
    unit_code: str
    period_id: str
    report_uid: str
    report_updated_at: str
    state: ReviewState
    general: str
    comments: tuple[Comment, ...]
    snapshot: dict[str, Any] = field(default_factory=dict)
    at: str = ""


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class DeskRepository:
    def __init__(self, store: ReportStore) -> None:
        self.store = store
        self.db = store.db

    # --- deadlines ------------------------------------------------------------------------------

    def deadline(self, period_id: str) -> str | None:
        row = first_row(self.db, "SELECT deadline FROM desk_periods WHERE period_id = ?", [period_id])
        return str(row["deadline"]) if row else None

    def set_deadline(self, period_id: str, day: str | None) -> None:
        """Move a period's deadline (an ISO date), or go back to the template's default (None)."""
        with self.db.atomic():
            if day is None:
                self.db.execute("DELETE FROM desk_periods WHERE period_id = ?", [period_id])
            else:
                row = {"period_id": period_id, "deadline": day, "changed_at": now_iso()}
                self.db.table("desk_periods").upsert(row, pk="period_id")

    def replaced_counts(self, period_id: str) -> dict[int, int]:
        """How many earlier versions each received report of the period replaced (from the files' outcomes)."""
        rows = self.db.query(
            """SELECT f.report_id, COUNT(*) AS replaced FROM inbox_files f JOIN reports r ON r.id = f.report_id
               WHERE f.result = 'replaced' AND r.period_id = ? GROUP BY f.report_id""",
            [period_id],
        )
        return {int(r["report_id"]): int(r["replaced"]) for r in rows}

    # --- address book ---------------------------------------------------------------------------

    def addresses(self) -> dict[tuple[str, str], Address]:
        rows = self.db.query("SELECT unit_kind, unit_code, emails, contact FROM desk_addresses")
        return {(str(r["unit_kind"]), str(r["unit_code"])): Address(**r) for r in rows}

    def save_addresses(self, addresses: list[Address]) -> None:
        at = now_iso()
        rows = [{**asdict(a), "updated_at": at} for a in addresses]
        with self.db.atomic():
            self.db.table("desk_addresses").upsert_all(rows, pk=("unit_kind", "unit_code"))

    def replace_addresses(self, addresses: list[Address]) -> None:
        """The whole book as edited in the app: units left without an address leave it."""
        with self.db.atomic():
            self.db.execute("DELETE FROM desk_addresses")
            self.save_addresses(addresses)

    # --- reviews --------------------------------------------------------------------------------

    def add_review(
        self,
        *,
        unit_kind: str,
        unit_code: str,
        period_id: str,
        report_uid: str,
        report_updated_at: str,
        state: ReviewState,
        general: str = "",
        comments: tuple[Comment, ...] = (),
        snapshot: dict[str, Any] | None = None,
    ) -> int:
        with self.db.atomic():
            row = {
                "unit_kind": unit_kind,
                "unit_code": unit_code,
                "period_id": period_id,
                "report_uid": report_uid,
                "report_updated_at": report_updated_at,
                "state": state,
                "general": general,
                "comments": _dump([{"key": c.key, "text": c.text} for c in comments]),
                "snapshot": _dump(snapshot or {}),
                "at": now_iso(),
            }
            return int(self.db.table("desk_reviews").insert(row).last_pk or 0)

    def reviews(self, period_id: str) -> dict[tuple[str, str], list[Review]]:
        """Every review of the period by unit, oldest first."""
        rows = self.db.query(
            """SELECT id, unit_kind, unit_code, period_id, report_uid, report_updated_at, state, general, comments,
                      snapshot, at FROM desk_reviews WHERE period_id = ? ORDER BY id""",
            [period_id],
        )
        out: dict[tuple[str, str], list[Review]] = {}
        for r in rows:
            comments = tuple(Comment(key=c["key"], text=c["text"]) for c in json.loads(r["comments"]))
            review = Review(
                **{**r, "state": ReviewState(r["state"]), "comments": comments, "snapshot": json.loads(r["snapshot"])}
            )
            out.setdefault((review.unit_kind, review.unit_code), []).append(review)
        return out

    def report_uids(self, report_ids: list[int]) -> dict[int, str]:
        """Report id → its uid (the identity a review names with the version's update time)."""
        out: dict[int, str] = {}
        for start in range(0, len(report_ids), 500):
            chunk = report_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"SELECT id, uid FROM reports WHERE id IN ({marks})", chunk):
                out[int(row["id"])] = str(row["uid"])
        return out
