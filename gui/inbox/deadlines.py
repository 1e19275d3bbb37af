"""A period's data cut-off and deadline (Nghị định 09/2019/NĐ-CP) and whether each unit sent its report in time.

Cut-off (Điều 12, Nghị định 09/2019/NĐ-CP): an annual report covers 15/12 of the previous year to 14/12 of the
report year; a six-month report 15/12 of the previous year to 14/6; a multi-year review, by the same rule, 15/12
before its first year to 14/12 of its last. The deadline to send comes from the template (`deadlines`, "MM-DD" in
the period's last year); the Ministry may move it for one period. A report counts as sent on the day (Vietnam
time) a trusted timestamp on its signatures proves, else the day the Ministry received the file; never the day the
province's PC wrote in it (`updated_at`), which a late unit can set back. Each unit's timeliness says which.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from gui.core.dates import vn_date
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.period import Period
from gui.core.template import Template
from gui.store.follow_up import DeskRepository
from gui.store.inbox import Arrival, arrivals
from gui.store.reports import ReportStore

VIETNAM = dt.timezone(dt.timedelta(hours=7))
FALLBACK_DAYS_AFTER_CUTOFF = 6  # a template without a deadline for the kind: the 20th after a cut-off on the 14th


class Basis(StrEnum):
    """What a unit's sending day was counted from."""

    TIMESTAMP = "timestamp"  # a trusted timestamp on its signature
    RECEIVED = "received"  # the Ministry's receipt of the file
    UPDATED = "updated"  # the report's own time: only a report stored before receipts were kept


BASIS_LABELS = {
    Basis.TIMESTAMP: QT_TRANSLATE_NOOP("Inbox", "theo dấu thời gian của chữ ký số"),
    Basis.RECEIVED: QT_TRANSLATE_NOOP("Inbox", "theo thời điểm Bộ nhận tệp"),
    Basis.UPDATED: QT_TRANSLATE_NOOP("Inbox", "theo thời điểm ghi trong báo cáo"),
}


class Status(StrEnum):
    MISSING = "missing"
    ON_TIME = "on_time"
    LATE = "late"


@dataclass(frozen=True, kw_only=True)
class UnitTimeliness:
    status: Status
    sent_on: dt.date | None = None
    days_late: int = 0
    replaced: int = 0  # earlier versions this report replaced
    overdue_days: int = 0  # not received and the deadline passed this many days ago
    basis: Basis | None = None  # what `sent_on` was counted from

    @property
    def basis_label(self) -> str:
        """'theo dấu thời gian của chữ ký số' (Vietnamese; translate('Inbox', …) where shown)."""
        return BASIS_LABELS[self.basis] if self.basis is not None else ""

    @property
    def label(self) -> str:
        if self.status is Status.MISSING:
            return f"Chưa nhận (quá hạn {self.overdue_days} ngày)" if self.overdue_days else "Chưa nhận"
        text = "Đúng hạn" if self.status is Status.ON_TIME else f"Muộn {self.days_late} ngày"
        if self.replaced:
            text += f"; đã thay bằng bản mới ({self.replaced} lần)" if self.replaced > 1 else "; đã thay bằng bản mới"
        return text


@dataclass(frozen=True, kw_only=True)
class Schedule:
    period: Period
    cutoff_start: dt.date
    cutoff_end: dt.date
    deadline: dt.date
    default_deadline: dt.date
    units: dict[tuple[str, str], UnitTimeliness] = field(default_factory=dict)

    @property
    def moved(self) -> bool:
        return self.deadline != self.default_deadline

    def of(self, kind: str, code: str) -> UnitTimeliness:
        return self.units.get((kind, code), UnitTimeliness(status=Status.MISSING))

    def count(self, status: Status, kind: str | None = "province") -> int:
        return sum(1 for (k, _), t in self.units.items() if t.status is status and (kind is None or k == kind))

    @property
    def text(self) -> str:
        moved = f" (Bộ đã điều chỉnh; mặc định {show(self.default_deadline)})" if self.moved else ""
        return (
            f"Số liệu từ {show(self.cutoff_start)} đến {show(self.cutoff_end)}; "
            f"hạn gửi báo cáo {show(self.deadline)}{moved}"
        )


def show(day: dt.date) -> str:
    return vn_date(day)


def cutoff(period: Period) -> tuple[dt.date, dt.date]:
    last_month = 6 if period.kind == "half" else 12
    return dt.date(period.start.year - 1, 12, 15), dt.date(period.end.year, last_month, 14)


def deadline_problem(period: Period, day: dt.date) -> str | None:
    """Why `day` cannot be the period's deadline, or None: a report cannot be due before its data closes (a date
    typed in the wrong year, or before the cut-off start, would mark every unit late or on time by mistake)."""
    start, end = cutoff(period)
    if day >= end:
        return None
    return translate(
        "Inbox",
        "hạn {day} sớm hơn ngày chốt số liệu của kỳ {period} (số liệu từ {start} đến {end}): "
        "hạn gửi phải từ ngày {end} trở đi.",
    ).format(day=show(day), period=period.id, start=show(start), end=show(end))


def default_deadline(period: Period, template: Template) -> dt.date:
    day = template.deadlines.get(period.kind)
    if day is None:
        return cutoff(period)[1] + dt.timedelta(days=FALLBACK_DAYS_AFTER_CUTOFF)
    month, dom = (int(part) for part in day.split("-"))
    return dt.date(period.end.year, month, dom)


def parse_day(text: str) -> dt.date:
    """'20/12/2025' or '2025-12-20'; ValueError with the Vietnamese reason otherwise."""
    value = text.strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(
        translate("Inbox", "Ngày '{text}' không hợp lệ: dùng dạng ngày/tháng/năm, ví dụ 20/12/2025.").format(text=text)
    )


def sent_on(updated_at: str) -> dt.date | None:
    try:
        moment = dt.datetime.fromisoformat(updated_at)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(VIETNAM).date()


def timeliness(
    deadline: dt.date,
    sent_at: str | None,
    *,
    replaced: int = 0,
    today: dt.date | None = None,
    basis: Basis | None = None,
) -> UnitTimeliness:
    if sent_at is None:
        overdue = ((today or dt.date.today()) - deadline).days
        return UnitTimeliness(status=Status.MISSING, overdue_days=max(0, overdue))
    day = sent_on(sent_at)
    if day is None or day <= deadline:
        return UnitTimeliness(status=Status.ON_TIME, sent_on=day, replaced=replaced, basis=basis)
    return UnitTimeliness(
        status=Status.LATE, sent_on=day, days_late=(day - deadline).days, replaced=replaced, basis=basis
    )


def sent_moment(updated_at: str, arrival: Arrival | None) -> tuple[str, Basis]:
    """The time a report counts as sent, and what it was taken from: the latest trusted timestamp on its
    signatures, else the Ministry's receipt of the file, else (a report stored before receipts) its own time."""
    if arrival is not None:
        stamped = [(moment, text) for text in arrival.stamped if (moment := _moment(text)) is not None]
        if stamped:
            return max(stamped)[1], Basis.TIMESTAMP
        if arrival.received_at:
            return arrival.received_at, Basis.RECEIVED
    return updated_at, Basis.UPDATED


def _moment(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def schedule(
    store: ReportStore,
    period: Period,
    template: Template,
    received: dict[tuple[str, str], tuple[int, str] | None],
    *,
    today: dt.date | None = None,
) -> Schedule:
    """The period's dates and each unit's timeliness; `received` maps (kind, code) to (report id, updated_at) or
    None for a unit expected but not received (updated_at counts only for a report with no receipt kept)."""
    desk = DeskRepository(store)
    default = default_deadline(period, template)
    moved = desk.deadline(period.id)
    deadline = dt.date.fromisoformat(moved) if moved else default
    replaced = desk.replaced_counts(period.id)
    arrived = arrivals(store, [got[0] for got in received.values() if got is not None])
    units = {}
    for unit, got in received.items():
        if got is None:
            units[unit] = timeliness(deadline, None, today=today)
            continue
        moment, basis = sent_moment(got[1], arrived.get(got[0]))
        units[unit] = timeliness(deadline, moment, replaced=replaced.get(got[0], 0), basis=basis)
    start, end = cutoff(period)
    return Schedule(
        period=period, cutoff_start=start, cutoff_end=end, deadline=deadline, default_deadline=default, units=units
    )


def previous_period(period: Period) -> Period | None:
    """The period to compare with: the previous year, or the previous year's first half; none for a review."""
    if period.kind == "review" or period.start.year <= 2019:  # the app's periods start in 2019
        return None
    return Period(
        period.kind, period.start.replace(year=period.start.year - 1), period.end.replace(year=period.end.year - 1)
    )
