"""A received version signed with a certificate not in the registry, and what a person compares before registering it
(the inbox page's "Chứng thư số" tab, or `bvntd inbox certificates confirm`; gui.operations.trust registers it).

    pending_change(store, report_id) -> CertificateChange | None   the unregistered certificate and the unit's
                                                                    registered ones in that role
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gui.core.signature_terms import Role
from gui.signing.inbox import role_of
from gui.store.inbox import InboxRepository
from gui.store.signatures import SignatureRepository
from gui.store.trust import TrustRepository

if TYPE_CHECKING:
    from gui.store.reports import ReportStore


@dataclass(frozen=True, kw_only=True)
class KnownCertificate:
    fingerprint: str  # SHA-256, hex
    holder: str
    organisation: str
    valid_from: dt.datetime | None  # None: not known (a signature stored before validity dates were kept)
    valid_to: dt.datetime | None
    first_seen_at: str = ""  # a registered certificate: when it was registered


@dataclass(frozen=True, kw_only=True)
class CertificateChange:
    report_id: int
    unit_kind: str
    unit_code: str
    unit_name: str
    role: Role  # the competent person's or the agency's
    new: KnownCertificate
    old: tuple[KnownCertificate, ...]  # the unit's registered certificates in that role


def _date(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def pending_change(store: ReportStore, report_id: int) -> CertificateChange | None:
    """The first signature of the version whose certificate is intact and chained but not registered, if any."""
    unit = InboxRepository(store).version_unit(report_id)
    if unit is None:
        return None
    kind, code, name, _period = unit
    signatures = SignatureRepository(store).signatures(report_id)
    for index, signature in enumerate(signatures):
        if not signature.get("pending") or not signature.get("intact", True):
            continue
        stored = signature.get("role")
        role = Role(str(stored)) if stored in Role._value2member_map_ else role_of(index, len(signatures))
        new = KnownCertificate(
            fingerprint=str(signature.get("fingerprint", "")),
            holder=str(signature.get("holder", "")),
            organisation=str(signature.get("organisation", "")),
            valid_from=_date(signature.get("valid_from")),
            valid_to=_date(signature.get("valid_to")),
        )
        old = tuple(
            KnownCertificate(
                fingerprint=c.fingerprint,
                holder=c.holder,
                organisation=c.organisation,
                valid_from=_date(c.valid_from),
                valid_to=_date(c.valid_to),
                first_seen_at=c.registered_at,
            )
            for c in TrustRepository(store).certificates(kind, code, include_retired=False)
            if c.role == role
        )
        return CertificateChange(
            report_id=report_id, unit_kind=kind, unit_code=code, unit_name=name, role=role, new=new, old=old
        )
    return None
