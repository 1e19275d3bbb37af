"""Per received report, what the Ministry's clerk needs beside "sent": when it arrived, how complete it is and how
many problems the app's own checks find in it (the same checks the province's final export runs)."""

from __future__ import annotations

from dataclasses import dataclass

from gui.core.header import validate_document
from gui.inbox.consolidate import Consolidation
from gui.store.inbox import InboxRepository
from gui.store.reports import ReportStore


@dataclass(frozen=True)
class ReportQuality:
    received_at: str  # when this version was imported (UTC ISO), not when the province last edited it
    completion: float  # 0..1, the required items filled
    errors: int
    warnings: int


def report_quality(store: ReportStore, c: Consolidation) -> dict[int, ReportQuality]:
    """Report id → its quality, for every unit of the consolidation that reported."""
    repo = InboxRepository(store)
    found: dict[int, ReportQuality] = {}
    for row in [*c.provinces, *c.ministries, *c.outside_list]:
        if row.report_id is None:
            continue
        versions = repo.versions(row.unit.kind, row.unit.code, c.period.id)
        received = next((v.imported_at for v in versions if v.report_id == row.report_id), "")
        problems = validate_document(store.document(row.report_id), store.template_of(row.report_id))
        errors = sum(p.is_error for p in problems)
        found[row.report_id] = ReportQuality(
            received_at=received,
            completion=float(store.summary(row.report_id).completion or 0),
            errors=errors,
            warnings=len(problems) - errors,
        )
    return found
