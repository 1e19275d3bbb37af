"""Signatures in the Ministry's import (gui.inbox.importer calls these three, in this order, for every file).

    verification = verify_received(data, is_pdf, policy, sandbox)  # before the report data is read
    refusal(verification, policy) -> str | None              # broken: always refused; unsigned: when required
    note_signatures(store, report_id, unit, verification, at) -> Verification   # inside the import's transaction

The report data is then read from `verification.signed_data` when the file is signed (the revision the first
signature covers), never from bytes added after it. `note_signatures` adds the identity checks — the
certificate's organisation names the unit, and the unit's certificates are the ones seen before, per role
(the competent person's, the agency's): the first trusted one is recorded as known, a different one later is
flagged until a person confirms it
(the inbox's "Tình hình báo cáo" tab, or `bvntd inbox confirm-certificate`; gui.signing.certificates) — and records the status shown in the inbox list, the xlsx and the summary PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from gui.core.i18n import QT_TRANSLATE_NOOP, bilingual, translate
from gui.signing.verify import BROKEN, TRUSTED, UNSIGNED, UNVERIFIED, Trust, Verification
from gui.store.signatures import SignatureRepository

if TYPE_CHECKING:
    from gui.core.document import UnitRef
    from gui.pdf.guarded import PdfSandbox
    from gui.store.reports import ReportStore

__all__ = ["BROKEN", "TRUSTED", "UNSIGNED", "UNVERIFIED", "SignaturePolicy", "note_signatures", "refusal"]


@dataclass(frozen=True)
class SignaturePolicy:
    """The Ministry's trust roots and intermediates, and whether unsigned reports are refused."""

    trust: Trust = field(default_factory=Trust)
    require: bool = False


def verify_received(data: bytes, is_pdf: bool, policy: SignaturePolicy, sandbox: PdfSandbox) -> Verification | None:
    """The verification of a PDF, run in `sandbox`'s worker process (a received file is hostile until checked:
    SuspiciousPdfError when it takes too long or too much memory); None for a JSON document, which cannot carry
    a signature (its line says nothing of signatures; it counts as not signed)."""
    return sandbox.verify(data, policy.trust) if is_pdf else None


def refusal(verification: Verification | None, policy: SignaturePolicy) -> str | None:
    if verification is None:
        verification = Verification(UNSIGNED)
    if verification.status == BROKEN:
        found = [p for s in verification.signatures for p in s.problems] or list(verification.problems)
        problems = "; ".join(dict.fromkeys(p.rstrip(".") for p in found))  # two signatures often say the same
        return translate(
            "Signing",
            "Chữ ký số hỏng hoặc văn bản bị sửa đổi sau khi ký: {problems}. Không nhập; hãy đề nghị đơn vị gửi "
            "lại tệp đã ký.",
        ).format(problems=problems)
    if verification.status == UNSIGNED and policy.require:
        return translate(
            "Signing",
            "Báo cáo chưa được ký số, trong khi Bộ yêu cầu báo cáo phải có chữ ký số (Cài đặt, hoặc "
            "--require-signature). Không nhập; hãy đề nghị đơn vị ký số rồi gửi lại.",
        )
    return None


RANK: dict[str, int] = {UNSIGNED: 0, UNVERIFIED: 1, TRUSTED: 2}
# Kept in Vietnamese with the signature (gui.signing.certificates finds it by this text); shown translated too.
NEW_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Signing", "chứng thư số khác với chứng thư đã ghi nhận của đơn vị: cần người kiểm tra xác nhận"
)


def role_of(index: int, count: int) -> str:
    """Two signatures in order (Nghị định 30/2020, Điều 5): the competent person's, then the agency's."""
    return "agency" if count >= 2 and index == count - 1 else "signer"


def note_signatures(
    store: ReportStore,
    report_id: int,
    unit: UnitRef,
    verification: Verification,
    at: str,
    *,
    upgrade_only: bool = False,
) -> Verification | None:
    """Identity checks against the unit and its known certificates; records the outcome for the report.
    `upgrade_only` (the same report received again): record only a better status than the one stored; None
    when nothing changed."""
    repo = SignatureRepository(store)
    if upgrade_only:
        stored = repo.received([report_id]).get(report_id)
        if verification.status == UNSIGNED:
            return None
    result = verification.for_unit(unit.name)
    pending: set[int] = set()  # the signatures whose certificate waits for a person's confirmation
    if result.status == TRUSTED:
        checks = []
        for index, check in enumerate(result.signatures):
            role = role_of(index, len(result.signatures))
            known = repo.known_certificates(unit.kind, unit.code, role)
            if known and not known.get(check.fingerprint, False):
                new, new_en = bilingual("Signing", NEW_CERTIFICATE).format()
                code, code_en = bilingual("Signing", " (mã {code}…)").format(code=check.fingerprint[:16])
                check = replace(
                    check,
                    identity_ok=False,
                    problems=(*check.problems, new + code),
                    problems_en=(*check.problems_en, new_en + code_en),
                )
                pending.add(index)
            repo.note_certificate(
                unit.kind, unit.code, role, check.fingerprint, check.holder, check.organisation, at, confirmed=not known
            )
            checks.append(check)
        result = replace(result, signatures=tuple(checks))
        if any(not c.identity_ok for c in checks):
            result = replace(result, status=UNVERIFIED)
    signatures = [
        {
            "field": s.field,
            "holder": s.holder,
            "organisation": s.organisation,
            "fingerprint": s.fingerprint,
            "signed_at": s.signed_at.isoformat() if s.signed_at else None,
            "timestamped": s.timestamped,
            "status": s.status,
            "problems": list(s.problems),
            "role": role_of(index, len(result.signatures)),
            "valid_from": s.valid_from.isoformat() if s.valid_from else None,
            "valid_to": s.valid_to.isoformat() if s.valid_to else None,
            "pending": index in pending,
        }
        for index, s in enumerate(result.signatures)
    ]
    # Better: a higher status, or as good with more signatures (the agency's added to the competent person's).
    if (
        upgrade_only
        and stored is not None
        and (RANK[result.status], len(signatures)) <= (RANK[stored.status], stored.count)
    ):
        return None
    repo.record_received(report_id, result.status, result.summary(), signatures)
    return result
