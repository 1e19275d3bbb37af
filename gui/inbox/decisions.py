"""What a person decides about the inbox: the versions of a unit's report, and conflicts kept for a decision.

A conflict (gui.inbox.importer._identity_clash) is never settled by the machine: the document is kept whole in
inbox_conflicts until someone either keeps what was there (`keep`) or takes the received one (`take`: it is
checked again and stored as the unit's current version, the earlier one kept as a previous version).
"""

from __future__ import annotations

from gui.core.document import read_document
from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.inbox.importer import Rejected, check_document
from gui.inbox.versions import current_template
from gui.store.database import write_transaction
from gui.store.inbox import Conflict, InboxRepository, Version
from gui.store.reports import ReportStore, now_iso


def versions(store: ReportStore, unit_kind: str, unit_code: str, period_id: str) -> list[Version]:
    return InboxRepository(store).versions(unit_kind, unit_code, period_id)


def open_conflicts(store: ReportStore) -> list[Conflict]:
    return InboxRepository(store).conflicts()


def decide(store: ReportStore, conflict_id: int, *, take: bool) -> int | None:
    """Settle a conflict; with `take`, the id of the report stored from the received document."""
    repo = InboxRepository(store)
    conflict = next((c for c in repo.conflicts(open_only=False) if c.id == conflict_id), None)
    if conflict is None:
        raise UserError(
            translate("Inbox", "Không có xung đột số {id} (xem 'bvntd inbox conflicts').").format(id=conflict_id)
        )
    if conflict.decision:
        raise UserError(
            translate("Inbox", "Xung đột số {id} đã được quyết định ({decision}).").format(
                id=conflict_id, decision=conflict.decision
            )
        )
    at = now_iso()
    with write_transaction(store.db):
        if not take:
            repo.decide_conflict(conflict_id, "kept", at)
            return None
        doc = read_document(conflict.document)
        try:
            checked = check_document(doc, current_template())
        except Rejected as error:
            raise UserError(
                translate("Inbox", "Không nhận được báo cáo của xung đột số {id}: {error}").format(
                    id=conflict_id, error=error
                )
            ) from None
        receipt = repo.receipt_for(doc.unit.kind, doc.unit.code, doc.period.id)
        report_id = store.import_document(checked.stored, origin="inbox")
        repo.set_status(report_id, draft=False)
        repo.record_report(
            report_id,
            doc.sha256(),
            checked.source_version,
            [u.as_dict() for u in checked.unmatched],
            conflict.path,
            doc.updated_at,
            notes=translate("Inbox", "Nhận theo quyết định về xung đột số {id}.").format(id=conflict_id),
        )
        if receipt is not None:
            repo.supersede(receipt.report_id, report_id)
        repo.decide_conflict(conflict_id, "taken", at)
    return report_id
