"""The report list read with nothing but sqlite3, so the main window can show it before the heavy modules load.

The full store (sqlite-utils, msgspec, the template) costs a few hundred milliseconds to import; the list a
person sees first needs none of it. Writes and migrations always go through gui.store.reports.ReportStore.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from gui.core.report_status import ReportFacts, ReportStatus, report_status
from gui.store.location import read_only_uri
from gui.store.report_life import Execute, read_facts
from gui.store.rows import named

SUMMARY_COLUMNS = (
    "id, uid, origin, unit_kind, unit_code, unit_name, period_id, period_kind, status, completion, updated_at, "
    "deleted_at, template_id, template_version"
)


class Finality(StrEnum):
    """reports.status: a draft until a final PDF is exported (a received report: final, unless accepted as a
    draft). The values are those stored."""

    DRAFT = "draft"
    FINAL = "final"


@dataclass(frozen=True, kw_only=True)
class ReportSummary:
    id: int
    uid: str
    origin: str
    unit_kind: str
    unit_code: str
    unit_name: str
    period_id: str
    period_kind: str
    status: Finality
    completion: float
    updated_at: str
    deleted_at: str | None
    template_id: str
    template_version: int
    facts: ReportFacts = field(default_factory=ReportFacts)  # the report's life (exports, signings, sendings)

    @property
    def life(self) -> ReportStatus:
        """The one status shown for the report (gui.core.report_status)."""
        return report_status(self.facts)


def summary_of(row: dict[str, Any]) -> ReportSummary:
    """A row of SUMMARY_COLUMNS, by name."""
    return ReportSummary(**{**row, "status": Finality(row["status"])})


def with_facts(execute: Execute, summaries: list[ReportSummary]) -> list[ReportSummary]:
    facts = read_facts(execute, [s.id for s in summaries])
    return [replace(s, facts=facts[s.id]) for s in summaries]


def list_query(*, origin: str | None, trash: bool) -> tuple[str, list[str]]:
    where = ["deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"]
    params: list[str] = []
    if origin is not None:
        where.append("origin = ?")
        params.append(origin)
    sql = f"SELECT {SUMMARY_COLUMNS} FROM reports WHERE {' AND '.join(where)} ORDER BY updated_at DESC, id DESC"
    return sql, params


def read_report_list(path: Path, *, origin: str | None = "own", trash: bool = False) -> list[ReportSummary] | None:
    """The list straight from the file, read-only; None when there is no usable database yet (the caller then
    opens the full store, which creates, migrates or explains)."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=2.0)
    except sqlite3.Error:
        return None
    try:
        sql, params = list_query(origin=origin, trash=trash)
        return with_facts(conn.execute, [summary_of(row) for row in named(conn.execute(sql, params))])
    except sqlite3.Error:
        return None
    finally:
        conn.close()
