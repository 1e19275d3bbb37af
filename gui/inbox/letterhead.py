"""The Ministry's letterhead for the documents it sends a unit (the receipt, the request for correction): its
profile when the app is set up as a ministry, otherwise Bộ Công Thương's usual one; and how a unit is addressed."""

from __future__ import annotations

import datetime as dt
import hashlib

from gui.core.document import PeriodRef, UnitRef
from gui.core.period import Period
from gui.core.profile import Profile
from gui.core.units import find_unit
from gui.pdf.official import Closing, OfficialHeader

MINISTRY = "BỘ CÔNG THƯƠNG"
ISSUER = "Bộ Công Thương"


def ministry_header(profile: Profile | None, day: dt.date, *, symbol: str, number: str = "") -> OfficialHeader:
    if profile is not None and profile.unit_kind == "ministry" and profile.agency:
        return OfficialHeader(
            parent_body=profile.parent_body,
            agency=profile.agency,
            number=number,
            symbol=symbol,
            place=profile.place or "Hà Nội",
            date=day,
        )
    return OfficialHeader(parent_body="", agency=MINISTRY, number=number, symbol=symbol, place="Hà Nội", date=day)


def ministry_closing(profile: Profile | None) -> Closing:
    if profile is not None and profile.unit_kind == "ministry" and profile.agency:
        signer = profile.signer
        return Closing(
            recipients=("Như trên", f"Lưu: VT, {profile.archive_unit}"),
            on_behalf_of=signer.on_behalf_of,
            authority=signer.authority,
            authority_of=signer.authority_of,
            position=signer.position,
            name=signer.name,
        )
    return Closing(recipients=("Như trên", "Lưu: VT, TTTN"), authority="TL.", authority_of="BỘ TRƯỞNG")


def addressee_of(unit: UnitRef) -> str:
    """'Sở Công Thương tỉnh Nghệ An', 'Sở Công Thương thành phố Hà Nội', or the ministry's name."""
    if unit.kind == "ministry":
        return unit.name
    known = find_unit(unit.kind, unit.code, unit.list_id)
    return f"Sở Công Thương {'thành phố' if known is not None and known.city else 'tỉnh'} {unit.name}"


def period_words(period: PeriodRef) -> str:
    """'năm 2025', '6 tháng đầu năm 2025'…, as the template's report title says it."""
    return Period(period.kind, period.start, period.end).phrase


def stable_id(*parts: str) -> str:
    """An identity made from what it names (the same version gives the same receipt id)."""
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:20]


def letter_symbol(profile: Profile | None) -> str:
    """The symbol after a letter's number: 'BCT-' and the issuing unit (the profile's archive unit)."""
    unit = profile.archive_unit if profile is not None and profile.unit_kind == "ministry" else "TTTN"
    return f"BCT-{unit}"
