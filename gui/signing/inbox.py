"""Signatures in the Ministry's import (gui.inbox.importer calls these three, in this order, for every file).

    verification = verify_received(data, is_pdf, policy, sandbox)  # before the report data is read
    refusal(verification, policy) -> str | None              # broken: always refused; unsigned: when required
    note_signatures(store, report_id, unit, verification, at) -> Verification   # inside the import's transaction

The report data is then read from `verification.signed_data` when the file is signed (the revision the first
signature covers), never from bytes added after it. `note_signatures` adds the identity check: a signature's
certificate must be registered for the report's unit in that signature's role (the competent person's, the
agency's) in the Ministry's registry (gui.store.trust, managed through gui.operations.trust); names in the
certificate (O, ST, L) never identify a unit. A certificate not registered is "chưa đăng ký" until a person
registers it. It records the status shown in the inbox list, the xlsx and the summary PDF.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

from gui.core.i18n import QT_TRANSLATE_NOOP, bilingual, translate
from gui.core.signature_terms import Role
from gui.signing.verify import (
    BROKEN,
    TRUSTED,
    UNSIGNED,
    UNVERIFIED,
    VN,
    Revocation,
    SignatureCheck,
    Trust,
    Verification,
    status_label,
)
from gui.store.signatures import SignatureRepository
from gui.store.trust import TrustRepository

if TYPE_CHECKING:
    from gui.core.document import UnitRef
    from gui.store.reports import ReportStore

__all__ = ["BROKEN", "TRUSTED", "UNSIGNED", "UNVERIFIED", "SignaturePolicy", "note_signatures", "refusal"]


@dataclass(frozen=True)
class SignaturePolicy:
    """The Ministry's trust roots and intermediates, and whether unsigned reports are refused."""

    trust: Trust = field(default_factory=Trust)
    require: bool = False


class Verifier(Protocol):
    """Whatever runs verify_pdf on a received file: the import gives gui.pdf.sandbox.PdfSandbox, which runs it in a
    worker process under limits (named by what it does, so gui.signing imports nothing of gui.pdf)."""

    def verify(self, data: bytes, trust: Trust) -> Verification: ...


def verify_received(data: bytes, is_pdf: bool, policy: SignaturePolicy, sandbox: Verifier) -> Verification | None:
    """The verification of a PDF, run in `sandbox`'s worker process (a received file is hostile until checked:
    SuspiciousPdfError when it takes too long or too much memory); None for a JSON document, which cannot carry
    a signature (its line says nothing of signatures; it counts as not signed)."""
    return sandbox.verify(data, policy.trust) if is_pdf else None


def refusal(verification: Verification | None, policy: SignaturePolicy) -> str | None:
    if verification is None:
        verification = Verification(status=UNSIGNED)
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
SIGNER = Role.SIGNER  # the competent person (người có thẩm quyền)
AGENCY = Role.AGENCY  # the agency (cơ quan), signed by its clerk
ROLE_NAMES: dict[str, str] = {  # by a Role or its stored value
    SIGNER: QT_TRANSLATE_NOOP("Signing", "người có thẩm quyền"),
    AGENCY: QT_TRANSLATE_NOOP("Signing", "cơ quan"),
}
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Signing", "vai trò không rõ")
# Kept in Vietnamese with the signature (gui.signing.certificates finds it by this text); shown translated too.
NOT_REGISTERED = QT_TRANSLATE_NOOP("Signing", "chứng thư số chưa đăng ký cho đơn vị")
NEW_CERTIFICATE = NOT_REGISTERED  # the name older callers know
RETIRED = QT_TRANSLATE_NOOP("Signing", "chứng thư số đã bị Bộ ngừng chấp nhận cho đơn vị")
# What to do, said once after every signature's problems.
DO_REGISTER = QT_TRANSLATE_NOOP(
    "Signing",
    "Hãy đối chiếu dấu vân tay với đơn vị rồi đăng ký chứng thư số (trang Hộp thư, thẻ Chứng thư số; hoặc "
    "bvntd inbox certificates confirm).",
)
DO_LOAD_ROOT = QT_TRANSLATE_NOOP(
    "Signing",
    "Hãy nạp chứng thư gốc của tổ chức cấp chứng thư (trang Hộp thư, nút Nạp chứng thư gốc…).",
)
# The verification's words for a certificate no loaded root vouches for (gui.signing.verify, gui.signing.rejudge).
NO_CHAIN = QT_TRANSLATE_NOOP("Signing", "chứng thư số không được cấp bởi tổ chức nào trong danh sách tin cậy đã nạp")
DO_ASK = QT_TRANSLATE_NOOP("Signing", "Hãy đề nghị đơn vị ký lại bằng chứng thư số còn hiệu lực đã đăng ký.")
# A version received before the app kept files' bytes: nothing to judge again when trust changes, so it is no
# longer trusted (gui.operations.trust.reverify); importing the file again keeps its bytes and judges it.
NOT_KEPT = QT_TRANSLATE_NOOP("Signing", "không thể kiểm tra lại: tệp gốc không được lưu — hãy nhập lại tệp")


def role_of(index: int, count: int) -> Role:
    """Two signatures in order (Nghị định 30/2020, Điều 5): the competent person's, then the agency's."""
    return AGENCY if count >= 2 and index == count - 1 else SIGNER


def _roles(verification: Verification) -> tuple[str, ...]:
    """Each signature's role in the file (gui.signing.roles: its field's, else its place's)."""
    return tuple(str(r.value) for r in verification.roles)


def role_label(role: str) -> tuple[str, str]:
    return bilingual("Signing", ROLE_NAMES.get(role, UNKNOWN_ROLE)).format()


def with_registry(
    verification: Verification,
    unit: UnitRef,
    registered: Mapping[tuple[str, str, str], set[str]],
    retired: Mapping[tuple[str, str, str], set[str]] | None = None,
) -> Verification:
    """The verification with the identity check of the registry: a signature that is intact, covered and chains to
    a loaded root is trusted only when its certificate is registered, not retired, for the unit in its role."""
    if not verification.signatures:
        return verification
    roles = _roles(verification)
    checks = []
    for check, role in zip(verification.signatures, roles, strict=True):
        key = (unit.kind, unit.code, role)
        problems, problems_en = list(check.problems), list(check.problems_en)
        ok = check.fingerprint in registered.get(key, set())
        if check.intact and check.covered and not ok:
            was_retired = retired is not None and check.fingerprint in retired.get(key, set())
            vi, en = bilingual("Signing", RETIRED if was_retired else NOT_REGISTERED).format()
            code = f" {unit.name} (SHA-256 {check.fingerprint[:16]}…)"
            problems.append(vi + code)
            problems_en.append(en + code)
        checks.append(replace(check, identity_ok=ok, problems=tuple(problems), problems_en=tuple(problems_en)))
    statuses = {c.status for c in checks}
    if BROKEN in statuses:
        status = BROKEN
    elif UNVERIFIED in statuses or not verification.in_order:  # one signature, the agency first, a third signer
        status = UNVERIFIED
    else:
        status = TRUSTED
    return replace(verification, status=status, signatures=tuple(checks))


def describe(verification: Verification, lang: str = "vi") -> str:
    """The status in one paragraph: the label, then each signature by role with who signed and its problems, a
    problem both signatures share said once, then what to do, once."""
    i = 1 if lang == "en" else 0
    label = status_label(verification.status, lang)
    if not verification.signatures:
        return label
    count = len(verification.signatures)
    parts: list[str] = []
    shared: list[str] = []
    per: list[tuple[str, str, list[str]]] = []
    for check, role_name in zip(verification.signatures, _roles(verification), strict=True):
        role = role_label(role_name)[i]
        who = check.holder or check.organisation or "?"
        if check.signed_at:
            when = check.signed_at.astimezone(VN).strftime("%d/%m/%Y %H:%M")
            if not check.timestamped:
                when += bilingual("Signing", " theo giờ người ký tự ghi").format()[i]
            who += f" ({when})"
        problems = [p.rstrip(".") for p in (check.problems_en or check.problems if i else check.problems)]
        per.append((role, who, problems))
    if count > 1:
        shared = [p for p in per[0][2] if all(p in other[2] for other in per[1:])]
    for role, who, problems in per:
        own = [p for p in problems if p not in shared]
        parts.append(f"{role[:1].upper()}{role[1:]} {who}" + (f": {'; '.join(own)}" if own else ""))
    text = f"{label} — {'; '.join(parts)}"
    if shared:
        both = bilingual("Signing", "cả hai chữ ký").format()[i]
        text += f"; {both}: {'; '.join(shared)}"
    file_problems = verification.problems_en or verification.problems if i else verification.problems
    for problem in dict.fromkeys(p.rstrip(".") for p in file_problems):  # the file's: one signature, the wrong order…
        text += f"; {problem}"
    if verification.status != BROKEN:  # whether revocation was checked, said once (a revoked one says so itself)
        live = [c for c in verification.signatures if c.revocation is not Revocation.REVOKED]
        if live and all(c.revocation is Revocation.CHECKED for c in live):
            text += "; " + bilingual("Signing", "đã kiểm tra thu hồi").format()[i]
        elif live:
            text += "; " + bilingual("Signing", "chưa kiểm tra thu hồi").format()[i]
    todo = []
    found = " ".join(p for _r, _w, problems in per for p in problems)
    no_chain = bilingual("Signing", NO_CHAIN).format()[i]
    if no_chain in found:
        todo.append(DO_LOAD_ROOT)
    elif any(
        check.intact and check.covered and not check.trusted and NOT_KEPT not in check.problems
        for check in verification.signatures
    ):
        todo.append(DO_ASK)  # expired, not yet valid, revoked, may not sign: the unit must sign again
    if bilingual("Signing", NOT_REGISTERED).format()[i] in found:
        todo.append(DO_REGISTER)
    if bilingual("Signing", RETIRED).format()[i] in found and DO_ASK not in todo:
        todo.append(DO_ASK)
    if verification.status == TRUSTED or not todo:
        return text + "."
    return text + ". " + " ".join(bilingual("Signing", t).format()[i] for t in todo)


def note_signatures(
    store: ReportStore,
    report_id: int,
    unit: UnitRef,
    verification: Verification,
    at: str,
    *,
    upgrade_only: bool = False,
) -> Verification | None:
    """The registry's identity check added; the outcome recorded for the report. `upgrade_only` (the same report
    received again in another file): record only a status at least as good as the one stored; None when nothing
    changed."""
    repo = SignatureRepository(store)
    trust = TrustRepository(store)
    if upgrade_only:
        stored = repo.received([report_id]).get(report_id)
        if verification.status == UNSIGNED:
            return None
    result = with_registry(verification, unit, trust.active_fingerprints(), trust.retired_fingerprints())
    signatures = signature_rows(result)
    if (
        upgrade_only
        and stored is not None
        and (RANK[result.status], len(signatures)) <= (RANK[stored.status], stored.count)
    ):
        return None
    repo.record_received(report_id, result.status, describe(result), signatures)
    return result


def signature_rows(result: Verification) -> list[dict[str, object]]:
    """Each signature as the store keeps it (JSON)."""
    roles = _roles(result)
    return [
        {
            "field": s.field,
            "holder": s.holder,
            "organisation": s.organisation,
            "fingerprint": s.fingerprint,
            "signed_at": s.signed_at.isoformat() if s.signed_at else None,
            "timestamped": s.timestamped,
            "status": s.status,
            "chain_trusted": s.trusted,
            "intact": s.intact and s.covered,
            "problems": list(s.problems),
            "trust_problem": _trust_problem(s),
            "role": roles[index],
            "valid_from": s.valid_from.isoformat() if s.valid_from else None,
            "valid_to": s.valid_to.isoformat() if s.valid_to else None,
            "pending": not s.identity_ok,
            "revocation": s.revocation.value,
        }
        for index, s in enumerate(result.signatures)
    ]


def _trust_problem(check: SignatureCheck) -> str:
    """The problem that says why the chain is not trusted (the verification adds it last, before the registry's),
    kept apart so a re-verification with new roots can replace it (gui.signing.rejudge)."""
    if check.trusted or not (check.intact and check.covered):
        return ""
    own = [p for p in check.problems if not p.startswith((NOT_REGISTERED, RETIRED))]
    return own[-1] if own else ""


def fully_trusted(status: str | None, roles: Sequence[str]) -> bool:
    """The verdict that lets a version count, read from what the store keeps: trusted (the verification's
    Verification.complete — two signatures in order, intact, covered, chained, within validity — and both
    registered for the unit and role), and the two roles in order. One function: the only place that decides."""
    return status == TRUSTED and tuple(roles) == (SIGNER, AGENCY)
