"""The facts of a report's life read from the store (final exports, the signing log, the sendings), for
gui.core.report_status to say the one status the list, the editor and `bvntd report list` show.

`read_facts` takes any DB-API `execute` (sqlite3's, for the list read before the store's modules load, or the
store's own) and reads many reports in a few queries. `record_sent` notes a sending (migration m_report_life).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from gui.core.replies import status_note
from gui.core.report_status import (
    ExportFact,
    MinistryReply,
    ReportFacts,
    ReportStatus,
    SentFact,
    SentHow,
    SigningFact,
    report_status,
)
from gui.core.report_status import Reply as ReplyKind
from gui.store.rows import named

Execute = Callable[[str, list[Any]], Any]

_CHUNK = 500


def _chunks(ids: list[int]) -> Iterable[tuple[list[int], str]]:
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield chunk, ",".join("?" * len(chunk))


def read_facts(execute: Execute, report_ids: Iterable[int]) -> dict[int, ReportFacts]:
    """Report id → its facts (a report with none is a draft)."""
    ids = list(dict.fromkeys(report_ids))
    base: dict[int, tuple[int, str]] = {}
    exports: dict[int, ExportFact] = {}
    signings: dict[int, list[SigningFact]] = defaultdict(list)
    sent: dict[int, list[SentFact]] = defaultdict(list)
    replies: dict[int, list[MinistryReply]] = defaultdict(list)
    # The Ministry's receipts and letters the province opened (gui/operations/ministry_replies.py); a database not
    # yet migrated (the list read before the store's modules load) has no such table.
    has_replies = bool(
        execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ministry_replies'", []).fetchone()
    )
    for chunk, marks in _chunks(ids):
        for row in named(execute(f"SELECT id, edits, updated_at FROM reports WHERE id IN ({marks})", chunk)):
            base[int(row["id"])] = (int(row["edits"] or 0), str(row["updated_at"] or ""))
        # The last final export of each report (the highest id: exports are appended).
        for row in named(
            execute(
                f"""SELECT report_id, at, edits, file_name, sha256 FROM exports
                WHERE id IN (SELECT max(id) FROM exports WHERE draft = 0 AND report_id IN ({marks}) GROUP BY report_id)""",
                chunk,
            )
        ):
            exports[int(row["report_id"])] = ExportFact(
                at=str(row["at"]),
                edits=None if row["edits"] is None else int(row["edits"]),
                file_name=str(row["file_name"]),
                sha256=str(row["sha256"]),
            )
        for row in named(
            execute(
                f"""SELECT report_id, role, signed_at, edits FROM export_signatures
                WHERE report_id IN ({marks}) ORDER BY id""",
                chunk,
            )
        ):
            edits = row["edits"]
            signings[int(row["report_id"])].append(
                SigningFact(
                    role=str(row["role"]), at=_utc(str(row["signed_at"])), edits=None if edits is None else int(edits)
                )
            )
        for row in named(
            execute(
                f"SELECT report_id, at, how, file_name, sha256 FROM report_sent WHERE report_id IN ({marks}) ORDER BY id",
                chunk,
            )
        ):
            sent[int(row["report_id"])].append(
                SentFact(
                    at=str(row["at"]),
                    how=SentHow(row["how"]),
                    file_name=str(row["file_name"]),
                    sha256=str(row["sha256"]),
                )
            )
        if not has_replies:
            continue
        for row in named(
            execute(
                f"""SELECT report_id, kind, received_at, status, data FROM ministry_replies
                WHERE report_id IN ({marks}) ORDER BY id""",
                chunk,
            )
        ):
            kind = row["kind"]
            try:
                record = json.loads(row["data"])
            except ValueError:
                record = {}
            replies[int(row["report_id"])].append(
                MinistryReply(
                    at=str(row["received_at"]),
                    kind=ReplyKind.RECEIVED if kind == "receipt" else ReplyKind.CHANGES_REQUESTED,
                    note=status_note(str(kind), row["status"] == "trusted", record if isinstance(record, dict) else {}),
                )
            )
    out: dict[int, ReportFacts] = {}
    for report_id in ids:
        edits, updated_at = base.get(report_id, (0, ""))
        out[report_id] = ReportFacts(
            edits=edits,
            updated_at=updated_at,
            final_export=exports.get(report_id),
            signings=tuple(signings.get(report_id, ())),
            sent=tuple(sent.get(report_id, ())),
            replies=tuple(replies.get(report_id, ())),
        )
    return out


def _utc(iso: str) -> str:
    """A signing's time (written with its offset) as the store's other times are written: UTC, to the second,
    '+00:00', so the facts compare as text."""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        return iso
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat()


def status_of(execute: Execute, report_id: int) -> ReportStatus:
    return report_status(read_facts(execute, [report_id])[report_id])


def record_sent(
    execute: Execute, report_id: int, *, at: str, how: SentHow, file_name: str, sha256: str, recipient: str = ""
) -> None:
    """Note that the report went out (the caller holds the transaction)."""
    execute(
        """INSERT INTO report_sent (report_id, at, how, file_name, sha256, recipient)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [report_id, at, str(how), file_name, sha256, recipient],
    )
