"""The reminder to every unit whose report of a period has not arrived: one draft email (.eml, the same hand-off
as a province's report) with the units' addresses in Bcc, naming the period, the deadline and what to send."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gui.core.units import Unit, agencies
from gui.inbox.consolidate import Consolidation
from gui.inbox.deadlines import show
from gui.inbox.review import addressee
from gui.mail import draft_eml
from gui.store.follow_up import Address

SUBJECT = "Đề nghị gửi Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP – {period}"


@dataclass(frozen=True, kw_only=True)
class Reminder:
    subject: str
    body: str
    recipients: tuple[str, ...]  # the addresses, in the list's order
    units: tuple[Unit, ...]  # every unit not received
    without_email: tuple[Unit, ...]  # of those, the ones the address book has no address for

    def eml(self, *, sender: str = "", now: dt.datetime | None = None) -> bytes:
        return draft_eml(self.subject, self.body, to=sender, bcc=", ".join(self.recipients), sender=sender, now=now)


def pending_units(c: Consolidation, addresses: dict[tuple[str, str], Address]) -> list[Unit]:
    """The provinces of the period's list that have not reported, then the ministries in the address book (the
    ones the Ministry expects a report from) that have not."""
    sent = {row.unit.code for row in c.ministries}
    expected = [u for u in agencies() if ("ministry", u.code) in addresses and u.code not in sent]
    return [row.unit for row in c.missing] + expected


def addressees(units: list[Unit]) -> str:
    """The units the reminder lists, as its 'Kính gửi' names them: 'Sở Công Thương các tỉnh Điện Biên, Lai Châu,
    Cà Mau; Bộ Công an' ('tỉnh, thành phố' when the list holds both; one province: 'Sở Công Thương tỉnh …')."""
    provinces = [u for u in units if u.kind == "province"]
    parts = []
    if len(provinces) == 1:
        parts.append(addressee(provinces[0]))
    elif provinces:
        cities = {u.city for u in provinces}
        kind = "tỉnh, thành phố" if len(cities) == 2 else ("thành phố" if True in cities else "tỉnh")
        parts.append(f"Sở Công Thương các {kind}: {', '.join(u.name for u in provinces)}")
    parts += [u.name for u in units if u.kind == "ministry"]
    return "; ".join(parts)


def build_reminder(
    c: Consolidation,
    addresses: dict[tuple[str, str], Address],
    *,
    ministry_email: str = "",
    today: dt.date | None = None,
) -> Reminder:
    day = today or dt.date.today()
    units = pending_units(c, addresses)
    recipients: list[str] = []
    without = []
    for unit in units:
        entry = addresses.get((unit.kind, unit.code))
        if entry is None or not entry.emails.strip():
            without.append(unit)
            continue
        for email in (e.strip() for e in entry.emails.split(";")):
            if email and email not in recipients:
                recipients.append(email)
    period = c.period.phrase
    deadline = c.schedule.deadline if c.schedule else None
    late = deadline is not None and day > deadline
    when = (
        f"Hạn gửi báo cáo là ngày {show(deadline)} (số liệu từ {show(c.schedule.cutoff_start)} đến "
        f"{show(c.schedule.cutoff_end)})"
        if c.schedule and deadline
        else ""
    )
    lines = [
        f"Kính gửi: {addressees(units)}",
        "",
        f"Đến ngày {show(day)}, Bộ Công Thương chưa nhận được Báo cáo kết quả triển khai thực hiện Nghị quyết số "
        f"82/NQ-CP ngày 26/5/2020 của Chính phủ {period} của các đơn vị có tên dưới đây. "
        + (f"{when}; báo cáo đã quá hạn." if late else f"{when}." if when else ""),
        "",
        "Đề nghị các đơn vị gửi báo cáo (tệp PDF xuất từ ứng dụng Báo cáo BVQLNTD, có chữ ký số của cơ quan) "
        + (f"về địa chỉ {ministry_email} " if ministry_email else "về Bộ Công Thương (Ủy ban Cạnh tranh Quốc gia) ")
        + "trong thời gian sớm nhất. Tệp PDF có kèm dữ liệu của báo cáo, Bộ tổng hợp không cần nhập lại.",
        "",
        f"Các đơn vị chưa gửi báo cáo ({len(units)}):",
        *(f"- {unit.display_name}" for unit in units),
        "",
        "Trân trọng.",
    ]
    subject = SUBJECT.format(period=period[:1].upper() + period[1:])
    return Reminder(
        subject=subject,
        body="\n".join(lines) + "\n",
        recipients=tuple(recipients),
        units=tuple(units),
        without_email=tuple(without),
    )
