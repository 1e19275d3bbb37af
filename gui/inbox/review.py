"""The Ministry's review of each received report: received → needs correction (comments per field or general,
sent to the unit as a draft email) → accepted; when the unit sends a corrected version, what changed since the
version commented on, field by field."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from gui.core.i18n import translate
from gui.core.numbers import format_int, format_percent
from gui.core.units import Unit
from gui.inbox.consolidate import Consolidation, UnitRow
from gui.mail import draft_eml
from gui.store.follow_up import Address, Comment, DeskRepository, Review
from gui.store.follow_up import ReviewState as State  # what the store keeps is the review's state
from gui.store.reports import ReportStore

STATE_LABELS = {
    State.RECEIVED: "Đã nhận",
    State.CORRECTION: "Cần chỉnh sửa",
    State.CORRECTED: "Đã nhận bản sửa",
    State.ACCEPTED: "Đã chấp nhận",
}


class ReviewError(ValueError):
    """A review that cannot be recorded (the message says why)."""


@dataclass(frozen=True, kw_only=True)
class Change:
    key: str
    label: str
    before: Any
    after: Any

    @property
    def text(self) -> str:
        return f"{self.label}: {show_value(self.before)} → {show_value(self.after)}"


@dataclass(frozen=True, kw_only=True)
class UnitReview:
    row: UnitRow
    state: State
    last: Review | None  # the latest review recorded
    commented: Review | None  # the latest request for correction
    changes: tuple[Change, ...] = ()  # since the version commented on, when a corrected one arrived

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


def show_value(value: Any) -> str:
    if value is None or value == "":
        return "(trống)"
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int):
        return format_int(value)
    if isinstance(value, float):
        return format_percent(value, 2)
    if isinstance(value, list):
        return f"{len(value)} dòng"
    if isinstance(value, dict):
        return ", ".join(f"{v}" for v in value.values() if v)
    return str(value)


def _same_version(row: UnitRow, review: Review, uid: str) -> bool:
    return (review.report_uid, review.report_updated_at) == (uid, row.updated_at)


def reviews(store: ReportStore, c: Consolidation) -> dict[tuple[str, str], UnitReview]:
    """Every received unit's review state."""
    recorded = DeskRepository(store).reviews(c.period.id)
    uids = _uids(store, [row.report_id for row in [*c.reported, *c.ministries] if row.report_id is not None])
    out: dict[tuple[str, str], UnitReview] = {}
    for row in [*c.reported, *c.ministries, *c.outside_list]:
        if row.report_id is None:
            continue
        history = recorded.get((row.unit.kind, row.unit.code), [])
        last = history[-1] if history else None
        commented = next((r for r in reversed(history) if r.state is State.CORRECTION), None)
        uid = uids.get(row.report_id, "")
        if last is None:
            out[(row.unit.kind, row.unit.code)] = UnitReview(row=row, state=State.RECEIVED, last=None, commented=None)
            continue
        if last.state is State.CORRECTION and not _same_version(row, last, uid):
            changes = diff(c, last.snapshot, row.values)
            out[(row.unit.kind, row.unit.code)] = UnitReview(
                row=row, state=State.CORRECTED, last=last, commented=commented, changes=changes
            )
            continue
        if last.state is State.ACCEPTED and not _same_version(row, last, uid):
            # A review belongs to the version reviewed: a new counted version is received, not yet accepted.
            out[(row.unit.kind, row.unit.code)] = UnitReview(
                row=row, state=State.RECEIVED, last=last, commented=commented
            )
            continue
        state = last.state
        changes = diff(c, commented.snapshot, row.values) if commented and state is State.ACCEPTED else ()
        out[(row.unit.kind, row.unit.code)] = UnitReview(
            row=row, state=state, last=last, commented=commented, changes=changes
        )
    return out


def _uids(store: ReportStore, ids: list[int]) -> dict[int, str]:
    return DeskRepository(store).report_uids(ids) if ids else {}


def diff(c: Consolidation, before: dict[str, Any], after: dict[str, Any]) -> tuple[Change, ...]:
    """The fields whose value changed, in the template's order."""
    changes = []
    for spec in c.template.iter_fields():
        if spec.is_computed:
            continue
        old, new = before.get(spec.key), after.get(spec.key)
        if old != new:
            changes.append(Change(key=spec.key, label=spec.label, before=old, after=new))
    return tuple(changes)


def record(
    store: ReportStore,
    c: Consolidation,
    row: UnitRow,
    state: State,
    *,
    general: str = "",
    comments: tuple[Comment, ...] = (),
) -> int:
    """Record a review of the unit's current report; a request for correction needs at least one comment, each
    naming a field of the template (or '' for a general one)."""
    if row.report_id is None:
        raise ReviewError(
            translate("Inbox", "{unit} chưa gửi báo cáo kỳ {period}: chưa có gì để xem xét.").format(
                unit=row.name, period=c.period.id
            )
        )
    if state is State.CORRECTION and not general.strip() and not comments:
        raise ReviewError(translate("Inbox", "Cần chỉnh sửa: hãy ghi ít nhất một ý kiến (chung hoặc cho một trường)."))
    fields = c.template.field_map()
    for comment in comments:
        if comment.key and comment.key not in fields:
            raise ReviewError(
                translate("Inbox", "Ý kiến cho trường '{key}': mẫu báo cáo không có trường này.").format(
                    key=comment.key
                )
            )
        if not comment.text.strip():
            raise ReviewError(translate("Inbox", "Ý kiến cho trường '{key}' đang trống.").format(key=comment.key))
    uid = _uids(store, [row.report_id]).get(row.report_id, "")
    return DeskRepository(store).add_review(
        unit_kind=row.unit.kind,
        unit_code=row.unit.code,
        period_id=c.period.id,
        report_uid=uid,
        report_updated_at=row.updated_at,
        state=state,
        general=general.strip(),
        comments=comments,
        snapshot=dict(row.values) if state is State.CORRECTION else {},
    )


def addressee(unit: Unit) -> str:
    """Who a letter to a unit goes to: 'Sở Công Thương tỉnh Nghệ An', 'Sở Công Thương thành phố Hà Nội', or the
    ministry itself."""
    if unit.kind == "ministry":
        return unit.name
    return f"Sở Công Thương {'thành phố' if unit.city else 'tỉnh'} {unit.name}"


def correction_email(
    c: Consolidation,
    review: UnitReview,
    address: Address | None,
    *,
    sender: str = "",
    now: dt.datetime | None = None,
    attachments: list[tuple[str, bytes, str, str]] | None = None,
) -> bytes:
    """The draft email asking the unit to correct its report, listing the comments; `attachments`: the official
    letter's PDF (gui.inbox.correction_letter), which the unit's app opens."""
    assert review.commented is not None
    row, commented = review.row, review.commented
    fields = c.template.field_map()
    period = c.period.phrase
    lines = [
        f"Kính gửi: {addressee(row.unit)}",
        "",
        f"Bộ Công Thương đã nhận Báo cáo kết quả triển khai thực hiện Nghị quyết số 82/NQ-CP {period} của quý cơ quan"
        + (f" (số {row.number}" + (f" ngày {row.date})" if row.date else ")") if row.number else "")
        + ". Đề nghị quý cơ quan rà soát, chỉnh sửa các nội dung sau và gửi lại bản đã sửa (xuất lại tệp PDF từ "
        "ứng dụng, ký số và gửi như lần trước):",
        "",
    ]
    number = 0
    if commented.general:
        number += 1
        lines.append(f"{number}. {commented.general}")
    for comment in commented.comments:
        number += 1
        spec = fields.get(comment.key)
        if spec is None:
            # A field the template has since dropped: still named, so the unit knows what the comment was about.
            where = f"Trường '{comment.key}' (không còn trong mẫu báo cáo hiện hành): " if comment.key else ""
            lines.append(f"{number}. {where}{comment.text}")
            continue
        value = show_value(commented.snapshot.get(comment.key))
        lines.append(f"{number}. {spec.label} (đã báo cáo: {value}): {comment.text}")
    lines += ["", "Trân trọng."]
    subject = f"Đề nghị chỉnh sửa Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP – {row.unit.display_name} – {period}"
    to = address.emails.replace(";", ",") if address is not None else ""
    return draft_eml(subject, "\n".join(lines) + "\n", to=to, sender=sender, now=now, attachments=attachments)
