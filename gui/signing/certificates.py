"""A unit's new certificate, flagged at import, and a person's confirmation of it (the inbox page's "Tình hình báo
cáo" tab, or `bvntd inbox confirm-certificate`).

    pending_change(store, report_id) -> CertificateChange | None   the new certificate and the unit's known ones
    confirm(store, fingerprint) -> list[int]                        the reports whose stored status was brought
                                                                    up to date (no re-import needed)
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gui.signing.inbox import NEW_CERTIFICATE, role_of
from gui.signing.verify import TRUSTED, UNVERIFIED, summary_of
from gui.store.signatures import SignatureRepository

if TYPE_CHECKING:
    from gui.store.reports import ReportStore


@dataclass(frozen=True)
class KnownCertificate:
    fingerprint: str  # SHA-256, hex
    holder: str
    organisation: str
    valid_from: dt.datetime | None  # None: the report was imported before validity dates were kept
    valid_to: dt.datetime | None
    first_seen_at: str = ""


@dataclass(frozen=True)
class CertificateChange:
    report_id: int
    unit_kind: str
    unit_code: str
    unit_name: str
    role: str  # "signer" (the competent person) or "agency"
    new: KnownCertificate
    old: tuple[KnownCertificate, ...]  # the unit's confirmed certificates in that role


def _is_pending(signature: dict[str, Any]) -> bool:
    # "pending" is stored since the confirmation exists in the app; older rows only carry the problem's text.
    return bool(signature.get("pending")) or any(
        str(p).startswith(NEW_CERTIFICATE) for p in signature.get("problems", [])
    )


def _date(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def pending_change(store: ReportStore, report_id: int) -> CertificateChange | None:
    """The first signature of the report whose certificate waits for a person's confirmation, if any."""
    row = store.db.execute(
        """SELECT r.unit_kind, r.unit_code, r.unit_name, s.signatures FROM reports r
           JOIN inbox_signatures s ON s.report_id = r.id WHERE r.id = ?""",
        [report_id],
    ).fetchone()
    if row is None:
        return None
    kind, code, name, stored = row
    signatures = json.loads(stored or "[]")
    for index, signature in enumerate(signatures):
        if not _is_pending(signature):
            continue
        role = signature.get("role") or role_of(index, len(signatures))
        fingerprint = str(signature.get("fingerprint", ""))
        seen = store.db.execute(
            """SELECT first_seen_at FROM unit_certificates
               WHERE unit_kind = ? AND unit_code = ? AND role = ? AND fingerprint = ?""",
            [kind, code, role, fingerprint],
        ).fetchone()
        new = KnownCertificate(
            fingerprint,
            str(signature.get("holder", "")),
            str(signature.get("organisation", "")),
            _date(signature.get("valid_from")),
            _date(signature.get("valid_to")),
            str(seen[0]) if seen else "",
        )
        old = tuple(
            _known(store, *r)
            for r in store.db.execute(
                """SELECT fingerprint, holder, organisation, first_seen_at FROM unit_certificates
                   WHERE unit_kind = ? AND unit_code = ? AND role = ? AND confirmed = 1 AND fingerprint != ?
                   ORDER BY first_seen_at""",
                [kind, code, role, fingerprint],
            )
        )
        return CertificateChange(report_id, kind, code, name, role, new, old)
    return None


def _known(
    store: ReportStore, fingerprint: str, holder: str, organisation: str, first_seen_at: str
) -> KnownCertificate:
    """A known certificate with its validity, read from a stored signature that used it."""
    valid_from = valid_to = None
    for (stored,) in store.db.execute(
        "SELECT signatures FROM inbox_signatures WHERE instr(signatures, ?) > 0", [fingerprint]
    ):
        for signature in json.loads(stored or "[]"):
            if signature.get("fingerprint") == fingerprint and signature.get("valid_from"):
                valid_from, valid_to = _date(signature.get("valid_from")), _date(signature.get("valid_to"))
                break
        if valid_from:
            break
    return KnownCertificate(fingerprint, holder, organisation, valid_from, valid_to, first_seen_at)


def confirm(store: ReportStore, fingerprint: str) -> list[int]:
    """Mark the certificate as the unit's own and update the stored status of every received report of that unit
    it signed: the flag was the only thing between those signatures and "trusted" (it is only raised on
    signatures that passed every other check)."""
    repo = SignatureRepository(store)
    changed: list[int] = []
    with store.db.atomic():
        store.db.execute("UPDATE unit_certificates SET confirmed = 1 WHERE fingerprint = ?", [fingerprint])
        units = store.db.execute(
            "SELECT DISTINCT unit_kind, unit_code FROM unit_certificates WHERE fingerprint = ?", [fingerprint]
        ).fetchall()
        for kind, code in units:
            rows = store.db.execute(
                """SELECT s.report_id, s.signatures FROM inbox_signatures s JOIN reports r ON r.id = s.report_id
                   WHERE r.unit_kind = ? AND r.unit_code = ? AND instr(s.signatures, ?) > 0""",
                [kind, code, fingerprint],
            ).fetchall()
            for report_id, stored in rows:
                signatures = json.loads(stored or "[]")
                touched = False
                for signature in signatures:
                    if signature.get("fingerprint") == fingerprint and _is_pending(signature):
                        signature["problems"] = [
                            p for p in signature.get("problems", []) if not str(p).startswith(NEW_CERTIFICATE)
                        ]
                        signature["pending"] = False
                        signature["status"] = TRUSTED
                        touched = True
                if not touched:
                    continue
                status = TRUSTED if all(s.get("status") == TRUSTED for s in signatures) else UNVERIFIED
                summary = summary_of(
                    status,
                    [str(s.get("holder", "")) for s in signatures],
                    _date(signatures[-1].get("signed_at")) if signatures else None,
                    [str(p) for s in signatures for p in s.get("problems", [])],
                    timestamped=bool(signatures[-1].get("timestamped")) if signatures else False,
                )
                repo.record_received(int(report_id), status, summary, signatures)
                changed.append(int(report_id))
    return changed
