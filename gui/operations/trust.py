"""The Ministry's trust, managed by a person (the inbox page and `bvntd inbox certificates …`): the certificates
registered per unit and role, the trust roots, intermediates and CRLs, re-verification of every stored version when
any of them changes, and a person's acceptance of a version that waits.

    list_certificates(store=…, unit_kind=None, unit_code=None) -> list[RegisteredCertificate]
    add_certificate(store=…, unit_kind=…, unit_code=…, role=…, path=…, by=None) -> Registered   (a .cer/.crt)
    confirm_certificate(store=…, fingerprint=…, by=None) -> Registered       (one seen in a received report)
    retire_certificate(store=…, fingerprint=…, by=None) -> Retired
    load_trust_files(store=…, paths=…, by=None) -> Loaded                    (roots, intermediates, CRLs)
    trust_sources(store=…) -> list[TrustSource]
    signature_policy(store=…, extra=(), require=False) -> SignaturePolicy    (Settings + database + given files)
    reverify(store=…, policy=None) -> Reverified
    accept_version(store=…, report_id=…, by=None) -> Accepted
    pending_versions(store=…) -> list[PendingVersion]

Every change of trust re-verifies every stored version (its signatures with the registry; its file's bytes again
when roots or CRLs changed) and weighs again which version of each unit and period is counted
(gui.inbox.counting).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from gui.core.document import UnitRef
from gui.core.errors import UserError
from gui.core.i18n import QT_TRANSLATE_NOOP, bilingual, translate
from gui.core.units import Unit, agencies, province_list_at, province_lists
from gui.inbox.counting import pending_text, recount
from gui.operations.person import acting_person
from gui.outside_file import ReadMessages, read_outside_file
from gui.pdf.embedded import PdfDataError
from gui.pdf.sandbox import PdfSandbox, SuspiciousPdfError
from gui.signing.anchors import (
    CRL,
    CertificateInfo,
    TrustItem,
    read_certificate,
    read_trust_items,
    signature_certificates,
    signer_certificates,
    trust_of,
)
from gui.signing.inbox import (
    AGENCY,
    NOT_KEPT,
    NOT_REGISTERED,
    RETIRED,
    ROLE_NAMES,
    SIGNER,
    SignaturePolicy,
    note_signatures,
    with_registry,
)
from gui.signing.rejudge import rejudge
from gui.signing.roles import Role
from gui.signing.settings import load_settings
from gui.signing.verify import (
    Revocation,
    SignatureCheck,
    Status,
    Verification,
    agency_names,
    agency_names_unit,
    load_trust,
)
from gui.store.database import write_transaction
from gui.store.inbox import InboxRepository
from gui.store.reports import ReportStore, now_iso
from gui.store.signatures import SignatureRepository
from gui.store.trust import RegisteredCertificate, TrustRepository, TrustSource

MAX_CERTIFICATE_BYTES = 1024 * 1024
ROLES = (SIGNER, AGENCY)
Progress = Callable[[int, int], None]

SOURCE_LABELS = {
    "file": QT_TRANSLATE_NOOP("Trust", "tệp chứng thư số đơn vị gửi"),
    "report": QT_TRANSLATE_NOOP("Trust", "thấy trong báo cáo đã nhận, người kiểm tra xác nhận"),
}
KIND_LABELS = {
    "root": QT_TRANSLATE_NOOP("Trust", "chứng thư gốc"),
    "intermediate": QT_TRANSLATE_NOOP("Trust", "chứng thư trung gian"),
    "crl": QT_TRANSLATE_NOOP("Trust", "danh sách thu hồi (CRL)"),
}


@dataclass(frozen=True, kw_only=True)
class Reverified:
    versions: int  # versions looked at
    status_changed: int  # versions whose signature status changed
    counted_changed: int  # (unit, period) groups whose counted version or waiting versions changed
    without_bytes: int  # versions received before files were kept: cannot be judged again, no longer trusted
    seconds: float


NOT_RUN = Reverified(
    versions=0, status_changed=0, counted_changed=0, without_bytes=0, seconds=0.0
)  # nothing re-verified (yet): nothing changed, or the caller re-verifies


@dataclass(frozen=True)
class Registered:
    certificate: RegisteredCertificate
    reverified: Reverified


@dataclass(frozen=True)
class Retired:
    certificates: tuple[RegisteredCertificate, ...]
    reverified: Reverified


@dataclass(frozen=True, kw_only=True)
class Loaded:
    added: tuple[TrustItem, ...]
    already: tuple[TrustItem, ...]
    reverified: Reverified


@dataclass(frozen=True, kw_only=True)
class Accepted:
    report_id: int
    unit_name: str
    period_id: str
    counted: bool  # it is now the counted version (not when a newer one is counted)


@dataclass(frozen=True, kw_only=True)
class PendingVersion:
    report_id: int
    unit_name: str
    period_id: str
    updated_at: str
    received_at: str
    reason: str  # in the interface language
    signature: str  # the stored signature status, in words


def role_label(role: str) -> str:
    return translate("Signing", ROLE_NAMES[role])


def find_unit_by_code(unit_kind: str, unit_code: str) -> Unit:
    """A province (the list in force today first, then older lists) or a ministry by its code."""
    code = unit_code.strip()
    if unit_kind == "ministry":
        found = next((u for u in agencies() if u.code.lower() == code.lower()), None)
    else:
        found = province_list_at(dt.date.today()).get(code) or next(
            (u for lst in province_lists() for u in lst.units if u.code == code), None
        )
    if found is None:
        raise UserError(
            translate("Trust", "Không có đơn vị mã '{code}': mã tỉnh (ví dụ 40) hoặc mã bộ, ngành (ví dụ BTC).").format(
                code=unit_code
            )
        )
    return found


def expected_agency_name(unit: Unit) -> str:
    """What an agency certificate's O must say for the unit ("Sở Công Thương tỉnh Nghệ An")."""
    if unit.kind == "ministry":
        return unit.name
    return f"Sở Công Thương {unit.display_name[:1].lower()}{unit.display_name[1:]}"


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise UserError(
            translate("Trust", "Vai trò '{role}' không có: signer (người có thẩm quyền) hoặc agency (cơ quan).").format(
                role=role
            )
        )


def _check_agency(unit: Unit, role: str, info: CertificateInfo) -> None:
    """Either role's certificate names the unit itself in its organisation (O), exactly: "Sở Công Thương tỉnh Nghệ
    An" (or its People's Committee); a name that merely contains the unit's ("Công ty TNHH Thương mại Nghệ An") or
    an address (ST=, L=) never does."""
    if agency_names_unit(info.organisation, unit.name, unit.kind):
        return
    if role == AGENCY:
        raise UserError(
            translate(
                "Trust",
                "Chứng thư số của cơ quan phải ghi đúng tên cơ quan ở mục tổ chức (O): “{expected}”; chứng thư này "
                "ghi “{found}”. Địa chỉ (tỉnh, thành phố) trong chứng thư không xác định đơn vị. Không đăng ký.",
            ).format(expected=expected_agency_name(unit), found=info.organisation or "—")
        )
    raise UserError(
        translate(
            "Trust",
            "Chứng thư số của người có thẩm quyền phải ghi đúng tên đơn vị ở mục tổ chức (O): “{expected}”; chứng "
            "thư này ghi “{found}”. Tên chỉ chứa tên tỉnh, hay địa chỉ (tỉnh, thành phố) trong chứng thư, không "
            "xác định đơn vị. Không đăng ký.",
        ).format(expected=" / ".join(agency_names(unit.name, unit.kind)), found=info.organisation or "—")
    )


def _check_validity(info: CertificateInfo) -> None:
    now = dt.datetime.now(dt.UTC)
    if info.valid_to < now:
        raise UserError(
            translate("Trust", "Chứng thư số đã hết hạn ngày {end}: không đăng ký chứng thư số hết hạn.").format(
                end=f"{info.valid_to:%d/%m/%Y}"
            )
        )


def _record(
    store: ReportStore,
    unit: Unit,
    role: str,
    info: CertificateInfo,
    source: str,
    detail: str,
    by: str | None,
) -> RegisteredCertificate:
    cert = RegisteredCertificate(
        id=0,
        unit_kind=unit.kind,
        unit_code=unit.code,
        role=Role(role),
        fingerprint=info.fingerprint,
        subject=info.subject,
        issuer=info.issuer,
        holder=info.holder,
        organisation=info.organisation,
        valid_from=info.valid_from.isoformat(),
        valid_to=info.valid_to.isoformat(),
        source=source,
        source_detail=detail,
        registered_by=acting_person(by),
        registered_at=now_iso(),
    )
    repo = TrustRepository(store)
    with write_transaction(store.db):
        registration_id = repo.register(cert, info.der)
    return replace(cert, id=registration_id)


# --- the registry ------------------------------------------------------------------------------------------


def list_certificates(
    *, store: ReportStore, unit_kind: str | None = None, unit_code: str | None = None
) -> list[RegisteredCertificate]:
    return TrustRepository(store).certificates(unit_kind, unit_code)


def add_certificate(
    *,
    store: ReportStore,
    unit_kind: str,
    unit_code: str,
    role: str,
    path: Path,
    by: str | None = None,
    reverify_now: bool = True,
) -> Registered:
    """Register a certificate file (.cer/.crt/.pem) a unit sent, for the unit in the role. `reverify_now` False:
    the caller re-verifies (the window, on a worker thread: reverify(registry_only=True))."""
    _check_role(role)
    unit = find_unit_by_code(unit_kind, unit_code)
    messages = ReadMessages(
        missing=translate("Trust", "Không tìm thấy tệp chứng thư số: {path}"),
        unreadable=translate("Trust", "Không đọc được tệp chứng thư số {path}: {error}"),
        too_large=translate("Trust", "Tệp chứng thư số {path} quá lớn (hơn {limit})."),
    )
    info = read_certificate(read_outside_file(Path(path), MAX_CERTIFICATE_BYTES, messages), str(path))
    _check_agency(unit, role, info)
    _check_validity(info)
    cert = _record(store, unit, role, info, "file", Path(path).name, by)
    return Registered(cert, reverify(store=store, registry_only=True) if reverify_now else NOT_RUN)


def confirm_certificate(
    *,
    store: ReportStore,
    fingerprint: str,
    role: str | None = None,
    report_id: int | None = None,
    by: str | None = None,
    reverify_now: bool = True,
) -> Registered:
    """Register a certificate seen in a received report, for that report's unit in the role it signed in, once a
    person has checked it with the unit (its fingerprint read out over the phone). `role` and `report_id` choose
    when the certificate signed in both roles or for several reports."""
    prefix = _prefix(fingerprint)
    if role is not None:
        _check_role(role)
    seen = [
        s
        for s in _seen_in_reports(store, prefix)
        if (role is None or s[2] == role) and (report_id is None or s[3] == report_id)
    ]
    if not seen:
        raise UserError(
            translate(
                "Trust", "Không có báo cáo đã nhận nào được ký bằng chứng thư số có dấu vân tay bắt đầu bằng {prefix}."
            ).format(prefix=prefix)
        )
    if len({(s[1].fingerprint, s[0].kind, s[0].code, s[2]) for s in seen}) > 1:  # the same, in several reports: one
        raise UserError(
            translate(
                "Trust",
                "Dấu vân tay {prefix} khớp nhiều chứng thư số hoặc nhiều đơn vị, vai trò: hãy ghi dài hơn, hoặc "
                "chọn vai trò (--role).",
            ).format(prefix=prefix)
        )
    unit_ref, info, role, report_id = seen[0]
    unit = find_unit_by_code(unit_ref.kind, unit_ref.code)
    _check_agency(unit, role, info)
    _check_validity(info)
    detail = translate("Trust", "báo cáo số {id}").format(id=report_id)
    cert = _record(store, unit, role, info, "report", detail, by)
    return Registered(cert, reverify(store=store, registry_only=True) if reverify_now else NOT_RUN)


def _prefix(fingerprint: str) -> str:
    prefix = fingerprint.strip().lower().rstrip("…").replace(":", "").replace(" ", "")
    if not (16 <= len(prefix) <= 64 and all(c in "0123456789abcdef" for c in prefix)):
        raise UserError(
            translate("Trust", "Dấu vân tay phải là 16–64 ký tự hex (0-9, a-f), như trong dòng nhập báo cáo.")
        )
    return prefix


def _seen_in_reports(store: ReportStore, prefix: str) -> list[tuple[UnitRef, CertificateInfo, str, int]]:
    """(unit, certificate, role, report id) for each received version signed with a matching certificate."""
    out = []
    signatures = SignatureRepository(store)
    for version in TrustRepository(store).stored_versions():
        if version.data is None:
            continue
        stored = signatures.signatures(version.report_id)
        if not any(str(s.get("fingerprint", "")).startswith(prefix) for s in stored):
            continue
        certs = signer_certificates(version.data)
        for index, signature in enumerate(stored):
            if not str(signature.get("fingerprint", "")).startswith(prefix):
                continue
            info = next((c for c in certs if c.fingerprint == signature.get("fingerprint")), None)
            if info is None:
                continue
            unit = _unit_ref(version.unit_kind, version.unit_code, version.unit_name)
            role = str(signature.get("role") or (AGENCY if index == len(stored) - 1 and index else SIGNER))
            out.append((unit, info, role, version.report_id))
    return out


def retire_certificate(
    *, store: ReportStore, fingerprint: str, by: str | None = None, reverify_now: bool = True
) -> Retired:
    """Stop accepting a registered certificate (lost token, a person who left): its reports stop being trusted."""
    prefix = _prefix(fingerprint)
    repo = TrustRepository(store)
    found = [c for c in repo.with_fingerprint(prefix) if c.active]
    if not found:
        raise UserError(
            translate("Trust", "Không có chứng thư số đang đăng ký nào có dấu vân tay bắt đầu bằng {prefix}.").format(
                prefix=prefix
            )
        )
    if len({c.fingerprint for c in found}) > 1:
        raise UserError(
            translate("Trust", "Có nhiều chứng thư số bắt đầu bằng {prefix}: hãy ghi dài hơn.").format(prefix=prefix)
        )
    at, who = now_iso(), acting_person(by)
    with write_transaction(store.db):
        for cert in found:
            repo.retire(cert.id, who, at)
    retired = tuple(replace(c, retired_by=who, retired_at=at) for c in found)
    return Retired(retired, reverify(store=store, registry_only=True) if reverify_now else NOT_RUN)


# --- trust roots, intermediates, CRLs --------------------------------------------------------------------------


def trust_sources(*, store: ReportStore) -> list[TrustSource]:
    return TrustRepository(store).sources()


def load_trust_files(
    *, store: ReportStore, paths: Sequence[Path], by: str | None = None, reverify_now: bool = True
) -> Loaded:
    """Load roots, intermediates and CRLs into the database (all the files, or none), then re-verify (unless
    `reverify_now` is False: the caller does, as the window does on a worker thread)."""
    messages = ReadMessages(
        missing=translate("Signing", "Không tìm thấy tệp chứng thư số tin cậy: {path}"),
        unreadable=translate("Signing", "Không đọc được tệp chứng thư số tin cậy {path}: {error}"),
        too_large=translate("Trust", "Tệp {path} quá lớn (hơn {limit})."),
    )
    if not paths:
        raise UserError(translate("Trust", "Chưa chọn tệp chứng thư gốc, trung gian hay CRL nào."))
    read = [
        (Path(p), read_trust_items(read_outside_file(Path(p), MAX_CERTIFICATE_BYTES, messages), str(p))) for p in paths
    ]
    repo = TrustRepository(store)
    added: list[TrustItem] = []
    already: list[TrustItem] = []
    at, who = now_iso(), acting_person(by)
    with write_transaction(store.db):
        for path, items in read:
            for item in items:
                source = TrustSource(
                    id=0,
                    kind=item.kind,
                    fingerprint=item.fingerprint,
                    name=item.name,
                    valid_from=item.valid_from.isoformat() if item.valid_from else None,
                    valid_to=item.valid_to.isoformat() if item.valid_to else None,
                    file_name=path.name,
                    loaded_by=who,
                    loaded_at=at,
                    data=item.der,
                )
                (added if repo.add_source(source) else already).append(item)
    reverified = reverify(store=store) if added and reverify_now else NOT_RUN
    return Loaded(added=tuple(added), already=tuple(already), reverified=reverified)


def remove_trust_source(*, store: ReportStore, source_id: int) -> Reverified:
    """A root, intermediate or CRL removed: every file verified again in full (`thorough`), since a timestamp whose
    authority chained to the removed root proves no time any more, which the quick re-judging cannot see."""
    with write_transaction(store.db):
        TrustRepository(store).remove_source(source_id)
    return reverify(store=store, thorough=True)


def signature_policy(
    *,
    store: ReportStore,
    extra: Iterable[Path] = (),
    require: bool = False,
    crls: Iterable[Path] = (),
    online: bool = False,
) -> SignaturePolicy:
    """The trust the import and the re-verification use: Settings' trust files, the roots, intermediates and CRLs
    loaded into the database, and files given now; required when Settings or the caller say so; CRLs and OCSP
    fetched over the network (a short timeout each) when the caller (`--online`) or this PC's setting says so."""
    settings = load_settings()
    online = online or settings.online_revocation
    base = load_trust([Path(p) for p in settings.trust_files] + list(extra), list(crls), online=online)
    items = [
        TrustItem(kind=s.kind, fingerprint=s.fingerprint, name=s.name, valid_from=None, valid_to=None, der=s.data)
        for s in TrustRepository(store).sources()
    ]
    return SignaturePolicy(trust_of(items, base), require or settings.require_signatures)


# --- re-verification -------------------------------------------------------------------------------------


def reverify(
    *,
    store: ReportStore,
    policy: SignaturePolicy | None = None,
    registry_only: bool = False,
    thorough: bool = False,
    progress: Progress | None = None,
) -> Reverified:
    """Every stored version's signatures checked again, then the counted versions weighed again.

    `registry_only` (only the registry changed): the stored verification is kept and the registry applied again,
    no file is parsed. Otherwise each signature's certificate, read from the stored bytes, is judged again with
    today's roots and CRLs (gui.signing.rejudge: chain, validity, key usage, revocation; integrity and coverage
    were established at import from the same bytes), or, with `thorough` or for a signature stored before this
    was possible, the whole file verified again in the PDF worker (the bytes came from outside). A signed version
    received before files were kept cannot be judged again: its status says so ("không thể kiểm tra lại…"), it is
    no longer trusted (it waits, unless a person accepts it), and it is counted in `without_bytes`."""
    started = time.perf_counter()
    if policy is None:
        policy = signature_policy(store=store)
    signatures = SignatureRepository(store)
    trust_repo = TrustRepository(store)
    inbox = InboxRepository(store)
    versions = list(trust_repo.stored_versions())
    before = {v.report_id: s.status for v in versions if (s := signatures.received([v.report_id]).get(v.report_id))}
    without = 0
    at = now_iso()
    with PdfSandbox(pages=False) as sandbox, asyncio.Runner() as runner:
        for done, version in enumerate(versions):
            if progress is not None:
                progress(done, len(versions))
            unit = _unit_ref(version.unit_kind, version.unit_code, version.unit_name)
            stored = signatures.signatures(version.report_id)
            if not stored:
                continue
            verification: Verification | None = None
            if not registry_only and version.data is not None:
                # A document timestamp's authority is judged with the whole file (rare): rejudge sees signatures only.
                full = thorough or b"/DocTimeStamp" in version.data
                rejudged = None if full else _rejudged(stored, version.data, policy, runner)
                if rejudged is not None:
                    verification = _from_stored(rejudged)
                else:
                    try:
                        verification = sandbox.verify(version.data, policy.trust)
                    except (SuspiciousPdfError, PdfDataError):
                        verification = None  # judged at import; a worker fault now leaves the stored status
            if version.data is None:
                without += 1
                verification = _not_kept(_from_stored(stored))
            elif verification is None:
                verification = _from_stored(stored)
            with write_transaction(store.db):
                note_signatures(store, version.report_id, unit, verification, at)
    changed_status = sum(
        1
        for report_id, status in before.items()
        if (now := signatures.received([report_id]).get(report_id)) is not None and now.status != status
    )
    groups = 0
    with write_transaction(store.db):
        for kind, code, period in inbox.groups():
            if recount(inbox, kind, code, period, require=policy.require).changed:
                groups += 1
    if progress is not None:
        progress(len(versions), len(versions))
    return Reverified(
        versions=len(versions),
        status_changed=changed_status,
        counted_changed=groups,
        without_bytes=without,
        seconds=time.perf_counter() - started,
    )


def _rejudged(
    stored: list[dict[str, Any]], data: bytes, policy: SignaturePolicy, runner: asyncio.Runner
) -> list[dict[str, Any]] | None:
    """Every stored signature judged again against the policy's trust, or None when one cannot be."""
    found = {c.fingerprint: c for c in signature_certificates(data)}
    out = []
    for signature in stored:
        certificates = found.get(str(signature.get("fingerprint", "")))
        judged = rejudge(signature, certificates, policy.trust, runner) if certificates is not None else None
        if judged is None:
            return None
        out.append(judged)
    return out


def _from_stored(stored: list[dict[str, Any]]) -> Verification:
    """A stored verification rebuilt for the registry to be applied again (its registry problems left out)."""
    checks = []
    for s in stored:
        listed = s.get("problems")
        problems = tuple(
            str(p)
            for p in (listed if isinstance(listed, list) else [])
            if not str(p).startswith((NOT_REGISTERED, RETIRED, NOT_KEPT))
        )
        intact = bool(s.get("intact", s.get("status") != "broken"))
        trusted = bool(s.get("chain_trusted", s.get("status") == "trusted"))
        checks.append(
            SignatureCheck(
                field=str(s.get("field", "")),
                holder=str(s.get("holder", "")),
                organisation=str(s.get("organisation", "")),
                fingerprint=str(s.get("fingerprint", "")),
                signed_at=_when(s.get("signed_at")),
                timestamped=bool(s.get("timestamped")),
                intact=intact,
                covered=intact,
                trusted=trusted,
                problems=problems,
                valid_from=_when(s.get("valid_from")),
                valid_to=_when(s.get("valid_to")),
                role=Role(str(s["role"])) if s.get("role") in {r.value for r in Role} else Role.UNKNOWN,
                revocation=Revocation(str(s["revocation"]))
                if s.get("revocation") in {r.value for r in Revocation}
                else Revocation.NOT_CHECKED,
            )
        )
    statuses = {c.status for c in checks}
    status = (
        Status.BROKEN
        if Status.BROKEN in statuses
        else Status.UNVERIFIED
        if Status.UNVERIFIED in statuses
        else Status.TRUSTED
    )
    verification = Verification(status=status, signatures=tuple(checks))
    if not verification.in_order and status is Status.TRUSTED:
        verification = replace(verification, status=Status.UNVERIFIED)
    return verification


def _not_kept(verification: Verification) -> Verification:
    """A version whose file's bytes were not kept: its old verdict is no proof under the new trust."""
    vi, en = bilingual("Signing", NOT_KEPT).format()
    checks = tuple(
        replace(c, trusted=False, problems=(*c.problems, vi), problems_en=(*(c.problems_en or c.problems), en))
        if c.intact and c.covered
        else c
        for c in verification.signatures
    )
    status = Status.BROKEN if verification.status is Status.BROKEN else Status.UNVERIFIED
    return replace(verification, status=status, signatures=checks)


def _unit_ref(kind: str, code: str, name: str) -> UnitRef:
    return UnitRef(kind="ministry" if kind == "ministry" else "province", code=code, name=name, list_id="")


def _when(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


# --- versions that wait ---------------------------------------------------------------------------------


def pending_versions(*, store: ReportStore) -> list[PendingVersion]:
    signatures = SignatureRepository(store)
    rows = InboxRepository(store).pending_versions()
    statuses = signatures.received([r[0] for r in rows])
    out = []
    for report_id, unit_name, period_id, updated_at, received_at, reason in rows:
        found = statuses.get(report_id)
        out.append(
            PendingVersion(
                report_id=report_id,
                unit_name=unit_name,
                period_id=period_id,
                updated_at=updated_at,
                received_at=received_at,
                reason=pending_text(reason),
                signature=found.summary if found else "",
            )
        )
    return out


def accept_version(*, store: ReportStore, report_id: int, by: str | None = None) -> Accepted:
    """A person accepts a version that waits: it is counted as any trusted one would be (the newest counted
    version of the unit and period wins)."""
    inbox = InboxRepository(store)
    unit = inbox.version_unit(report_id)
    if unit is None:
        raise UserError(
            translate("Trust", "Không có phiên bản báo cáo đã nhận số {id} (xem 'bvntd inbox versions').").format(
                id=report_id
            )
        )
    waiting = {r[0] for r in inbox.pending_versions()}
    if report_id not in waiting:
        raise UserError(
            translate("Trust", "Phiên bản số {id} không chờ xác nhận: không có gì để chấp nhận.").format(id=report_id)
        )
    kind, code, name, period = unit
    with write_transaction(store.db):
        inbox.accept_version(report_id, acting_person(by), now_iso())
        weighed = recount(inbox, kind, code, period, require=False)
    return Accepted(report_id=report_id, unit_name=name, period_id=period, counted=weighed.counted == report_id)


__all__ = [
    "CRL",
    "KIND_LABELS",
    "NOT_RUN",
    "SOURCE_LABELS",
    "Accepted",
    "Loaded",
    "PendingVersion",
    "Registered",
    "RegisteredCertificate",
    "Retired",
    "Reverified",
    "TrustSource",
    "accept_version",
    "add_certificate",
    "confirm_certificate",
    "expected_agency_name",
    "find_unit_by_code",
    "list_certificates",
    "load_trust_files",
    "pending_versions",
    "remove_trust_source",
    "retire_certificate",
    "reverify",
    "role_label",
    "signature_policy",
    "trust_sources",
    "with_registry",
]
