"""The Ministry's desk tables: periods' deadlines, the units' address book, the reviews of received reports."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from gui.store.reports import ReportStore, now_iso


@dataclass(frozen=True)
class Address:
    unit_kind: str
    unit_code: str
    emails: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Comment:
    """One of the Ministry's comments: on a field (key) or general (key '')."""

    key: str
    text: str


@dataclass(frozen=True)
class Review:
    id: int
    unit_kind: str
    unit_code: str
    period_id: str
    report_uid: str
    report_updated_at: str
    state: str
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
        row = self.db.execute("SELECT deadline FROM desk_periods WHERE period_id = ?", [period_id]).fetchone()
        return str(row[0]) if row else None

    def set_deadline(self, period_id: str, day: str | None) -> None:
        """Move a period's deadline (an ISO date), or go back to the template's default (None)."""
        with self.db.atomic():
            if day is None:
                self.db.execute("DELETE FROM desk_periods WHERE period_id = ?", [period_id])
            else:
                self.db.execute(
                    """INSERT INTO desk_periods (period_id, deadline, changed_at) VALUES (?, ?, ?)
                       ON CONFLICT(period_id) DO UPDATE SET deadline = excluded.deadline,
                           changed_at = excluded.changed_at""",
                    [period_id, day, now_iso()],
                )

    def replaced_counts(self, period_id: str) -> dict[int, int]:
        """How many earlier versions each received report of the period replaced (from the files' outcomes)."""
        rows = self.db.execute(
            """SELECT f.report_id, COUNT(*) FROM inbox_files f JOIN reports r ON r.id = f.report_id
               WHERE f.result = 'replaced' AND r.period_id = ? GROUP BY f.report_id""",
            [period_id],
        ).fetchall()
        return {int(r[0]): int(r[1]) for r in rows}

    # --- address book ---------------------------------------------------------------------------

    def addresses(self) -> dict[tuple[str, str], Address]:
        rows = self.db.execute("SELECT unit_kind, unit_code, emails, contact FROM desk_addresses").fetchall()
        return {(str(r[0]), str(r[1])): Address(*r) for r in rows}

    def save_addresses(self, addresses: list[Address]) -> None:
        at = now_iso()
        with self.db.atomic():
            for a in addresses:
                self.db.execute(
                    """INSERT INTO desk_addresses (unit_kind, unit_code, emails, contact, updated_at)
                       VALUES (?, ?, ?, ?, ?)
                       ON CONFLICT(unit_kind, unit_code) DO UPDATE SET emails = excluded.emails,
                           contact = excluded.contact, updated_at = excluded.updated_at""",
                    [a.unit_kind, a.unit_code, a.emails, a.contact, at],
                )

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
        state: str,
        general: str = "",
        comments: tuple[Comment, ...] = (),
        snapshot: dict[str, Any] | None = None,
    ) -> int:
        with self.db.atomic():
            cursor = self.db.execute(
                """INSERT INTO desk_reviews (unit_kind, unit_code, period_id, report_uid, report_updated_at, state,
                       general, comments, snapshot, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    unit_kind,
                    unit_code,
                    period_id,
                    report_uid,
                    report_updated_at,
                    state,
                    general,
                    _dump([{"key": c.key, "text": c.text} for c in comments]),
                    _dump(snapshot or {}),
                    now_iso(),
                ],
            )
            return int(cursor.lastrowid or 0)

    def reviews(self, period_id: str) -> dict[tuple[str, str], list[Review]]:
        """Every review of the period by unit, oldest first."""
        rows = self.db.execute(
            """SELECT id, unit_kind, unit_code, period_id, report_uid, report_updated_at, state, general, comments,
                      snapshot, at FROM desk_reviews WHERE period_id = ? ORDER BY id""",
            [period_id],
        ).fetchall()
        out: dict[tuple[str, str], list[Review]] = {}
        for r in rows:
            comments = tuple(Comment(c["key"], c["text"]) for c in json.loads(r[8]))
            review = Review(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], comments, json.loads(r[9]), r[10])
            out.setdefault((review.unit_kind, review.unit_code), []).append(review)
        return out
