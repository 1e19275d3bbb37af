"""Which received version of a unit's report for a period is counted (in the totals, the flags and the Government
draft), and why the others wait for a person ("chờ xác nhận").

A version replaces the counted one only when its signatures are fully trusted (gui.signing.inbox.fully_trusted:
both signatures, in order, intact, chained to a loaded root, within validity, registered for the unit and role),
or, with signatures not required, when it is unsigned and the counted one is unsigned too (or there is none), or
when a person accepted it. Anything else is kept as a version with its reason and counts nowhere.

    recount(repo, unit_kind, unit_code, period_id, require=False) -> Recount   the outcome written to the store
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.signing.inbox import fully_trusted
from gui.signing.verify import TRUSTED, UNSIGNED
from gui.store.inbox import CountingRow, InboxRepository

# Stored in Vietnamese with the version (shown through translate()).
UNTRUSTED = QT_TRANSLATE_NOOP(
    "Inbox", "chữ ký số chưa tin cậy (xem cột Chữ ký số): chờ người kiểm tra xác nhận trước khi tính vào tổng hợp"
)
INCOMPLETE = QT_TRANSLATE_NOOP(
    "Inbox",
    "chưa đủ hai chữ ký số theo thứ tự (người có thẩm quyền, rồi cơ quan): chờ người kiểm tra xác nhận trước khi "
    "tính vào tổng hợp",
)
UNSIGNED_AFTER_SIGNED = QT_TRANSLATE_NOOP(
    "Inbox",
    "bản chưa ký số không thay được bản đã ký số đang được tính: chờ người kiểm tra xác nhận trước khi tính vào "
    "tổng hợp",
)
REQUIRED = QT_TRANSLATE_NOOP(
    "Inbox", "chưa ký số trong khi Bộ yêu cầu chữ ký số: chờ người kiểm tra xác nhận trước khi tính vào tổng hợp"
)


def pending_text(reason: str) -> str:
    """A stored reason in the interface language."""
    return translate("Inbox", reason) if reason else ""


def _unsigned(row: CountingRow) -> bool:
    return row.signatures == 0 and row.signature in (None, UNSIGNED)


def why_not_counted(row: CountingRow, counted: CountingRow | None, *, require: bool) -> str | None:
    """None when `row` may replace `counted` (the version counted before it); else the reason it waits."""
    if row.accepted:
        return None
    if _unsigned(row):
        if require:
            return REQUIRED
        if counted is None or _unsigned(counted):
            return None
        return UNSIGNED_AFTER_SIGNED
    if fully_trusted(row.signature, row.roles):
        return None
    return INCOMPLETE if row.signature == TRUSTED else UNTRUSTED


@dataclass(frozen=True, kw_only=True)
class Recount:
    counted: int | None  # the report id counted for the unit and period, None when none qualifies
    pending: dict[int, str]  # report id → why it waits
    changed: bool  # the counted version or a version's state changed


def recount(repo: InboxRepository, unit_kind: str, unit_code: str, period_id: str, *, require: bool = False) -> Recount:
    """Weigh every version of the unit's report for the period, oldest first, and write the outcome (the caller
    holds the transaction)."""
    rows = repo.counting_rows(unit_kind, unit_code, period_id)
    counted: CountingRow | None = None
    reasons: dict[int, str] = {}
    for row in rows:
        reason = why_not_counted(row, counted, require=require)
        if reason is None:
            counted = row
        else:
            reasons[row.report_id] = reason
    changed = False
    for row in rows:
        pending = reasons.get(row.report_id, "")
        superseded = None if pending or counted is None or row is counted else counted.report_id
        if (row.pending, row.superseded_by) != (pending, superseded):
            repo.set_counting(row.report_id, pending=pending, superseded_by=superseded)
            changed = True
    return Recount(counted=counted.report_id if counted else None, pending=reasons, changed=changed)
