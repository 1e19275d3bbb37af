"""What a person decides about the inbox: the versions of a unit's report, and conflicts kept for a decision.

A conflict (gui.inbox.importer._identity_clash) is never settled by the machine: the document is kept whole in
inbox_conflicts until someone either keeps what was there (`keep`) or takes the received one (`take`: it is
checked again and stored as a version of its unit and period, and counted only as gui.inbox.counting allows, or
when the person accepts it knowingly; the earlier version is kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gui.core.document import read_document
from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.inbox.counting import pending_text, recount
from gui.inbox.importer import Rejected, check_document
from gui.inbox.versions import current_template
from gui.store.database import write_transaction
from gui.store.inbox import Conflict, InboxRepository, Version
from gui.store.reports import ReportStore, now_iso


def versions(store: ReportStore, unit_kind: str, unit_code: str, period_id: str) -> list[Version]:
    return InboxRepository(store).versions(unit_kind, unit_code, period_id)


def open_conflicts(store: ReportStore) -> list[Conflict]:
    return InboxRepository(store).conflicts()


class Decision(StrEnum):
    KEPT = "kept"  # what was there stays; the received document is kept with the conflict, counted nowhere
    TAKEN = "taken"  # the received document stored as a version of its unit and period


@dataclass(frozen=True, kw_only=True)
class Decided:
    conflict_id: int
    decision: Decision
    report_id: int | None = None  # the version stored from the received document (TAKEN)
    counted: bool = False  # it is the version the totals count
    accepted: bool = False  # counted because a person accepted it knowingly, not because it qualified


class NotCountableError(UserError):
    """A taken version the counting rule (gui.inbox.counting) would leave waiting: nothing was stored; the person
    may take it again with `accept` after checking it with the unit."""

    def __init__(self, message: str, *, conflict_id: int, reason: str) -> None:
        super().__init__(message)
        self.conflict_id = conflict_id
        self.reason = reason


def not_countable_text(conflict: Conflict, reason: str) -> str:
    """The refusal, the same words in the window and on the command line."""
    text = translate(
        "Inbox",
        "Xung đột số {id} ({unit}, kỳ {period}): bản mới không được tính vào tổng hợp — {reason}. Chỉ nhận bản này "
        "khi đã đối chiếu với đơn vị, và chấp nhận nó một cách có chủ ý: «Nhận và chấp nhận» trong cửa sổ, hoặc "
        "bvntd inbox resolve {id} --take --accept.",
    ).format(id=conflict.id, unit=conflict.unit_name, period=conflict.period_id, reason=pending_text(reason))
    if conflict.path.lower().endswith(".pdf"):
        text += " " + translate(
            "Inbox",
            "Chữ ký số của tệp không được lưu cùng xung đột, nên bản này được xét như bản chưa ký; nhập lại tệp sau "
            "khi quyết định để chữ ký số được kiểm tra.",
        )
    return text


def decide(
    store: ReportStore,
    conflict_id: int,
    *,
    take: bool,
    accept: bool = False,
    require: bool = False,
    by: str = "",
) -> Decided:
    """Settle a conflict. `take` stores the received document as a version of its unit and period, weighed by the
    counting rule like any received version (issue 20): one that would wait is refused (NotCountableError, nothing
    stored) unless `accept`, a person's knowing acceptance, recorded as `inbox accept` records it. `require`:
    signatures are required (Settings)."""
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
            repo.decide_conflict(conflict_id, Decision.KEPT.value, at)
            return Decided(conflict_id=conflict_id, decision=Decision.KEPT)
        doc = read_document(conflict.document)
        try:
            checked = check_document(doc, current_template())
        except Rejected as error:
            raise UserError(
                translate("Inbox", "Không nhận được báo cáo của xung đột số {id}: {error}").format(
                    id=conflict_id, error=error
                )
            ) from None
        report_id = store.import_document(checked.stored, origin="inbox")
        repo.set_status(report_id, draft=False)
        repo.record_report(
            report_id,
            doc.sha256(),
            checked.source_version,
            [u.as_dict() for u in checked.unmatched],
            conflict.path,
            at,
            notes=translate("Inbox", "Nhận theo quyết định về xung đột số {id}.").format(id=conflict_id),
        )
        # Weighed like every received version: taking a conflict is no way around the counting rule.
        weighed = recount(repo, doc.unit.kind, doc.unit.code, doc.period.id, require=require)
        reason = weighed.pending.get(report_id)
        if reason is not None:
            if not accept:
                # Raised inside the transaction: nothing of the version is stored, the conflict stays open.
                raise NotCountableError(not_countable_text(conflict, reason), conflict_id=conflict_id, reason=reason)
            repo.accept_version(report_id, by or "?", at)
            weighed = recount(repo, doc.unit.kind, doc.unit.code, doc.period.id, require=require)
        repo.decide_conflict(conflict_id, Decision.TAKEN.value, at)
    return Decided(
        conflict_id=conflict_id,
        decision=Decision.TAKEN,
        report_id=report_id,
        counted=weighed.counted == report_id,
        accepted=reason is not None,
    )
