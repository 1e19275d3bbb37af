"""Checking the signatures of a report PDF, as the Ministry does before it believes the data.

    trust = load_trust([Path("root.cer"), Path("ca.cer")])      # roots (self-signed) and intermediates
    result = verify_pdf(data, trust).for_unit("Nghệ An")
    result.status        "trusted" | "unverified" | "unsigned" | "broken"
    result.signed_data   the file as it was when first signed: read the report data from these bytes only

For every signature:
- integrity: the signed bytes are unchanged and the signature value matches the certificate;
- coverage: everything after the revision it signs is only signatures, timestamps or validation data
  (pyHanko's difference analysis; a replaced attachment or a changed page is a modification);
- trust: the certificate chains to a root the Ministry loaded (nothing is trusted by default), was valid at the
  signing time and may sign (key usage). The signing time is the timestamp's for a B-T signature, the one the
  signer's PC wrote for B-B (the status line says which);
- identity: the certificate's organisation names the report's unit.
A file failing integrity or coverage is "broken" (the import refuses it); one whose origin could not be verified
(no trusted chain, another unit's certificate) is "unverified"; otherwise "trusted".
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gui.core.errors import UserError
from gui.core.i18n import QT_TRANSLATE_NOOP, bilingual, translate, translate_to
from gui.core.quiet import quiet_logger
from gui.core.units import province_lists
from gui.outside_file import ReadMessages, read_outside_file
from gui.signing.roles import ORDER, ROLE_LABELS, Role, role_of_field, roles_in_order

if TYPE_CHECKING:
    from asn1crypto.x509 import Certificate
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko.sign.validation.status import PdfSignatureStatus


class Status(StrEnum):
    """A file's (or one signature's) status; the values are what the store keeps."""

    TRUSTED = "trusted"
    UNVERIFIED = "unverified"
    UNSIGNED = "unsigned"
    BROKEN = "broken"


TRUSTED, UNVERIFIED, UNSIGNED, BROKEN = Status.TRUSTED, Status.UNVERIFIED, Status.UNSIGNED, Status.BROKEN
# In Vietnamese, as the store keeps them and the official documents print them; status_label() in another language.
STATUS_LABELS = {
    TRUSTED: QT_TRANSLATE_NOOP("Signing", "Đã ký số, tin cậy"),
    UNVERIFIED: QT_TRANSLATE_NOOP("Signing", "Đã ký số, chưa xác minh được nguồn gốc"),
    UNSIGNED: QT_TRANSLATE_NOOP("Signing", "Chưa ký số"),
    BROKEN: QT_TRANSLATE_NOOP("Signing", "Chữ ký hỏng hoặc văn bản bị sửa sau khi ký"),
}
VN = dt.timezone(dt.timedelta(hours=7))
MAX_TRUST_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Trust:
    roots: tuple[Certificate, ...] = ()
    intermediates: tuple[Certificate, ...] = ()


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    holder: str
    organisation: str
    fingerprint: str  # SHA-256 of the certificate, hex
    signed_at: dt.datetime | None  # the timestamp's time when there is one, else what the signer's PC said
    timestamped: bool
    intact: bool
    covered: bool
    trusted: bool
    identity_ok: bool = True
    problems: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # the subject's O=, OU=, ST=, L= values, for the identity check
    valid_from: dt.datetime | None = None  # the certificate's validity, shown when a person confirms it
    valid_to: dt.datetime | None = None
    problems_en: tuple[str, ...] = ()  # the same problems in English (`problems` is what the store keeps)

    role: Role = Role.UNKNOWN  # from the name of the field our app writes (gui.signing.roles)

    def for_unit(self, unit_name: str, *, kind: str = "province", role: Role | None = None) -> SignatureCheck:
        """This check with the identity test added: the certificate's organisation (O, OU; never the address
        fields ST, L) names the report's unit; the agency's names the unit itself in O (`role`: the role this
        signature has in the file, its field's role by default)."""
        role = role or self.role
        if role is Role.AGENCY:
            ok = agency_names_unit(self.organisation, unit_name, kind)
        else:
            ok = names_match(self.names, unit_name)
        problems, problems_en = self.problems, self.problems_en
        if self.intact and self.covered and not ok:
            org = (self.organisation,) * 2 if self.organisation else bilingual("Signing", "không ghi tổ chức").format()
            if role is Role.AGENCY:
                wanted = bilingual(
                    "Signing", "chứng thư số của cơ quan phải ghi đúng tên đơn vị ({names}) ở mục tổ chức (O)"
                ).format(names=" / ".join(agency_names(unit_name, kind)))
                vi, en = bilingual("Signing", "chứng thư số của tổ chức khác ({org}): {wanted}").format(
                    org=org, wanted=wanted
                )
            else:
                vi, en = bilingual("Signing", "chứng thư số của tổ chức khác ({org}), không phải của {unit}").format(
                    org=org, unit=unit_name
                )
            problems, problems_en = (*problems, vi), (*problems_en, en)
        return replace(self, identity_ok=ok, problems=problems, problems_en=problems_en)

    @property
    def status(self) -> Status:
        if not (self.intact and self.covered):
            return BROKEN
        return TRUSTED if self.trusted and self.identity_ok else UNVERIFIED

    def line(self, index: int, lang: str = "vi", role: Role | None = None) -> str:
        """What `bvntd pdf verify` prints for this signature, in `lang` (Vietnamese as stored by default); `role`:
        the role its place gives it when its field does not say."""

        i = 1 if lang == "en" else 0  # bilingual(...).format() gives (Vietnamese, English)
        if self.signed_at:
            when = self.signed_at.astimezone(VN).strftime("%d/%m/%Y %H:%M (UTC+7)")
        else:
            when = bilingual("Signing", "không rõ").format()[i]
        if self.timestamped:
            stamp = bilingual("Signing", " theo dấu thời gian").format()[i]
        elif self.signed_at:
            stamp = bilingual("Signing", " theo giờ người ký tự ghi (không có dấu thời gian)").format()[i]
        else:
            stamp = ""
        who = self.holder or self.organisation or bilingual("Signing", "không rõ người ký").format()[i]
        if self.holder and self.organisation and self.organisation != self.holder:
            who = f"{self.holder} ({self.organisation})"
        extra = "; ".join(self.problems_en or self.problems if lang == "en" else self.problems)
        extra = extra[:1].upper() + extra[1:]
        role_name = translate_to(
            lang, "Signing", ROLE_LABELS[self.role if self.role is not Role.UNKNOWN else role or Role.UNKNOWN]
        )
        text = bilingual("Signing", "Chữ ký {index} ({role}) [{field}]: {status} — {who}, ký lúc {when}{stamp}").format(
            index=index,
            role=role_name,
            field=self.field,
            status=status_label(self.status, lang),
            who=who,
            when=when,
            stamp=stamp,
        )[i]
        return text + (f". {extra}" if extra else "")


@dataclass(frozen=True)
class Verification:
    status: Status
    signatures: tuple[SignatureCheck, ...] = ()
    signed_data: bytes | None = None
    problems: tuple[str, ...] = field(default=())  # the file's own: damaged, one signature only, wrong order…
    problems_en: tuple[str, ...] = field(default=())  # the same in English

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def roles(self) -> tuple[Role, ...]:
        """Each signature's role in the file: its field's, or (a field another tool named) its place's."""
        return roles_in_order(tuple(s.role for s in self.signatures))

    @property
    def in_order(self) -> bool:
        """Exactly two signatures, the competent person's then the agency's (Nghị định 30/2020, Điều 5)."""
        return self.roles == ORDER

    @property
    def complete(self) -> bool:
        """The verdict on the file's signatures, identity aside (the registry judges whose they are): exactly two,
        in order, each intact with nothing but the allowed additions after it, its chain trusted and its
        certificate valid when it signed (and now, when no trusted timestamp proves the time), not revoked."""
        return self.in_order and all(s.intact and s.covered and s.trusted for s in self.signatures)

    def by_role(self, role: Role) -> SignatureCheck | None:
        return next((s for s, r in zip(self.signatures, self.roles, strict=True) if r is role), None)

    def for_unit(self, unit_name: str, kind: str = "province") -> Verification:
        """The result with each certificate checked against the report's unit (read from `signed_data`)."""
        if not self.signatures:
            return self
        checks = tuple(
            s.for_unit(unit_name, kind=kind, role=r) for s, r in zip(self.signatures, self.roles, strict=True)
        )
        return replace(self, status=_overall(checks), signatures=checks)

    def lines(self, lang: str = "vi") -> list[str]:
        """One line per signature, then the file's own problems, in `lang` (Vietnamese by default)."""
        shown = self.problems_en or self.problems if lang == "en" else self.problems
        problems = [f"{p[:1].upper()}{p[1:].rstrip('.')}." for p in shown]
        if not self.signatures:
            return [f"{status_label(self.status, lang)}.", *problems]
        lines = [s.line(i, lang, r) for i, (s, r) in enumerate(zip(self.signatures, self.roles, strict=True), start=1)]
        return lines + problems

    def summary(self, lang: str = "vi") -> str:
        """One phrase: the status, and who signed when (the last signature: the agency's, in a complete file).
        In Vietnamese by default: the store keeps it and the consolidation prints it."""
        if not self.signatures:
            return status_label(self.status, lang)
        en = lang == "en"
        return summary_of(
            self.status,
            [s.holder for s in self.signatures],
            self.signatures[-1].signed_at,
            [
                *(self.problems_en or self.problems if en else self.problems),
                *(p for s in self.signatures for p in (s.problems_en or s.problems if en else s.problems)),
            ],
            timestamped=self.signatures[-1].timestamped,
            lang=lang,
        )


def summary_of(
    status: str,
    holders: Sequence[str],
    last_signed_at: dt.datetime | None,
    problems: Sequence[str],
    *,
    timestamped: bool = False,
    lang: str = "vi",
) -> str:
    """'Đã ký số, tin cậy (who, when)': a time without a timestamp is the signer's own claim, and says so."""
    when = last_signed_at.astimezone(VN).strftime("%d/%m/%Y %H:%M") if last_signed_at else ""
    if when and not timestamped:
        when += bilingual("Signing", " theo giờ người ký tự ghi").format()[1 if lang == "en" else 0]
    names = ", ".join(dict.fromkeys(h for h in holders if h))
    return f"{status_label(status, lang)} ({names}{', ' + when if when else ''})" + (
        f": {'; '.join(problems)}" if problems else ""
    )


def status_label(status: str, lang: str = "vi") -> str:
    return translate_to(lang, "Signing", STATUS_LABELS[Status(status)])


# --- trust roots -------------------------------------------------------------------------------------------------


def load_trust(paths: Iterable[Path]) -> Trust:
    """Certificates from PEM or DER files (a file may hold several); self-signed ones are roots."""
    # lazy: asn1crypto is imported when trust roots are read
    from asn1crypto import pem, x509

    roots: list[Certificate] = []
    intermediates: list[Certificate] = []
    for path in paths:
        path = Path(path)
        messages = ReadMessages(
            missing=translate("Signing", "Không tìm thấy tệp chứng thư số tin cậy: {path}"),
            unreadable=translate("Signing", "Không đọc được tệp chứng thư số tin cậy {path}: {error}"),
            too_large=translate("Signing", "Tệp chứng thư số tin cậy {path} quá lớn (hơn 1 MB)."),
        )
        data = read_outside_file(path, MAX_TRUST_FILE_BYTES, messages)
        blobs = [der for _kind, _headers, der in pem.unarmor(data, multiple=True)] if pem.detect(data) else [data]
        try:
            certs = [x509.Certificate.load(der) for der in blobs]
            for cert in certs:
                cert.native  # noqa: B018  # parse fully now, so a damaged file is refused here, not later
        except (ValueError, TypeError):
            raise UserError(
                translate(
                    "Signing",
                    "Tệp {path} không phải chứng thư số (X.509, dạng .cer/.crt/.pem). Hãy chọn tệp chứng thư số gốc "
                    "hoặc trung gian do Bộ cung cấp.",
                ).format(path=path)
            ) from None
        for cert in certs:
            # asn1crypto says "yes", "maybe" (issuer = subject, no key identifiers to compare) or "no".
            (roots if cert.self_signed in ("yes", "maybe") else intermediates).append(cert)
    return Trust(tuple(roots), tuple(intermediates))


# --- verification ----------------------------------------------------------------------------------------------


def verify_pdf(data: bytes, trust: Trust) -> Verification:
    """Integrity, coverage and trust of every signature; add the identity test with .for_unit(unit_name)."""
    if b"/ByteRange" not in data:  # no signature dictionary at all: no need to parse the file again
        return Verification(UNSIGNED, signed_data=None)
    # lazy: pyHanko (~100 modules) is imported when a signature is checked, not with the modules that name its results
    from pyhanko.pdf_utils.reader import PdfFileReader

    with quiet_logger("pyhanko"):
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            # Document timestamps (validation data added later) are not signatures of the report.
            signatures = sorted(reader.embedded_regular_signatures, key=_signed_end)
            first_end = _signed_end(signatures[0]) if signatures else 0
        except Exception:  # whatever a damaged file makes the parser raise: its signatures cannot be checked
            vi, en = bilingual(
                "Signing", "tệp PDF hỏng hoặc không trọn vẹn (có thể bị cắt cụt), không đọc được chữ ký số"
            ).format()
            return Verification(BROKEN, problems=(vi,), problems_en=(en,))
        if not signatures:
            return Verification(UNSIGNED)
        names = [str(sig.field_name) for sig in signatures]
        checks = tuple(_check(sig, trust, frozenset(names[i + 1 :])) for i, sig in enumerate(signatures))
        checks = _appearances_checked(reader, signatures, checks)
    status = _overall(checks)
    order = order_problems(checks) if status is not BROKEN else None
    return Verification(
        status,
        checks,
        data[:first_end] if status != BROKEN else None,
        (order[0],) if order else (),
        (order[1],) if order else (),
    )


def _overall(checks: Sequence[SignatureCheck]) -> Status:
    """Broken when one signature is; trusted only when both are trusted and in order (the file's problems say why
    not: order_problems)."""
    statuses = {c.status for c in checks}
    if BROKEN in statuses:
        return BROKEN
    if UNVERIFIED in statuses or roles_in_order(tuple(c.role for c in checks)) != ORDER:
        return UNVERIFIED
    return TRUSTED


def order_problems(checks: Sequence[SignatureCheck]) -> tuple[str, str] | None:
    """Why the file's signatures are not the two the decree asks for, in that order; None when they are."""
    roles = roles_in_order(tuple(c.role for c in checks))
    if roles == ORDER:
        return None
    if len(checks) == 1:
        return bilingual(
            "Signing",
            "chỉ có một chữ ký số (của {role}): báo cáo phải có hai chữ ký, của người có thẩm quyền rồi của cơ quan; "
            "chưa tin cậy cho đến khi có đủ hai chữ ký",
        ).format(
            role=bilingual("Signing", ROLE_LABELS[roles[0] if roles[0] is not Role.UNKNOWN else Role.SIGNER]).format()
        )
    if len(checks) > 2:
        return bilingual(
            "Signing",
            "có {count} chữ ký số: báo cáo chỉ có hai chữ ký (người có thẩm quyền rồi cơ quan), chữ ký thêm vào "
            "không rõ của ai; không tin cậy",
        ).format(count=len(checks))
    if roles == (Role.AGENCY, Role.SIGNER):
        return bilingual(
            "Signing",
            "chữ ký của cơ quan có trước chữ ký của người có thẩm quyền (sai thứ tự: người có thẩm quyền ký trước, "
            "văn thư ký số của cơ quan sau); không tin cậy",
        ).format()
    return bilingual(
        "Signing",
        "hai chữ ký cùng vai trò ({role}): báo cáo cần chữ ký của người có thẩm quyền rồi của cơ quan; không tin cậy",
    ).format(role=bilingual("Signing", ROLE_LABELS[roles[0]]).format())


def _signed_end(sig: EmbeddedPdfSignature) -> int:
    byte_range = sig.sig_object["/ByteRange"]
    return int(byte_range[2]) + int(byte_range[3])


def _check(sig: EmbeddedPdfSignature, trust: Trust, later: frozenset[str] = frozenset()) -> SignatureCheck:
    """One signature's integrity, coverage and trust, the certificate judged at the signing time: a certificate
    that expired after a signature was made does not undo it. `later`: the fields of the signatures made after
    this one, the only fields that may change after it."""
    name = str(sig.field_name)
    role = role_of_field(name)
    try:
        cert = sig.signer_cert
        holder, organisation = _names(cert)
        fingerprint = cert.sha256.hex() if cert is not None else ""
    except Exception:  # a damaged certificate: the validation below fails and says so
        cert, holder, organisation, fingerprint = None, "", "", ""
    problems: list[str] = []
    problems_en: list[str] = []

    def add(problem: tuple[str, str]) -> None:
        problems.append(problem[0])
        problems_en.append(problem[1])

    now = dt.datetime.now(dt.UTC)
    claimed = _claimed_time(sig)
    believable = claimed
    if claimed is not None and claimed > now + CLOCK_SKEW:
        add(
            bilingual(
                "Signing",
                "giờ ký do máy người ký ghi ở tương lai (máy tính sai giờ?): chứng thư số được xét theo hiện tại",
            ).format()
        )
        believable = None
    token_time = _token_time(sig)
    try:
        status = _validate(sig, trust, token_time or believable)
        timestamp = status.timestamp_validity
        timestamped = timestamp is not None and bool(timestamp.intact and timestamp.valid and timestamp.trusted)
        if token_time is not None and not timestamped:
            # The timestamp could not be verified: it proves nothing, so the signer's own time is all there is.
            add(
                bilingual(
                    "Signing", "dấu thời gian không xác minh được (máy chủ dấu thời gian không thuộc nguồn tin cậy)"
                ).format()
            )
            if believable != token_time:
                status = _validate(sig, trust, believable)
    except Exception as error:
        problem, problem_en = bilingual("Signing", "không kiểm tra được chữ ký ({error})").format(
            error=type(error).__name__
        )
        return SignatureCheck(
            name,
            holder,
            organisation,
            fingerprint,
            None,
            False,
            False,
            False,
            False,
            True,
            (problem,),
            problems_en=(problem_en,),
            role=role,
        )
    signed_at = timestamp.timestamp if timestamped and timestamp is not None else claimed
    judged_at = timestamp.timestamp if timestamped and timestamp is not None else believable or now
    intact = bool(status.intact and status.valid)
    if not intact:
        add(bilingual("Signing", "nội dung đã ký bị thay đổi hoặc chữ ký không khớp chứng thư số").format())
    # lazy: pyHanko, as above
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    covered = status.coverage in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION)
    changed = _changed_after(sig, status, later) if covered else None
    if intact and not covered:
        add(bilingual("Signing", "tệp bị sửa đổi sau khi ký (không chỉ thêm chữ ký)").format())
    elif intact and changed is not None:
        covered = False
        add(changed)
    trusted = bool(status.trusted)
    if intact and covered:
        if judged_at is now:
            what = bilingual("Signing", "lúc kiểm tra").format()
        else:
            what = bilingual("Signing", "thời điểm ký").format()
        outside = _outside_validity(cert, judged_at, what)
        if outside:
            trusted = False
            add(outside)
        elif not trusted:
            add(_trust_problem(status))
    return SignatureCheck(
        name,
        holder,
        organisation,
        fingerprint,
        signed_at,
        timestamped,
        intact,
        covered,
        trusted,
        True,
        tuple(problems),
        _subject_names(cert),
        *_validity(cert),
        problems_en=tuple(problems_en),
        role=role,
    )


def _changed_after(
    sig: EmbeddedPdfSignature, status: PdfSignatureStatus, later: frozenset[str]
) -> tuple[str, str] | None:
    """What you see is what was signed: pyHanko's difference analysis accepts form filling and new signature
    fields after a signature, either of which can draw anything over the page. After the last signature only
    validation data (DSS) and document timestamps may follow; after an earlier one, only the later signatures'
    own fields (whose appearances _appearances_checked keeps inside the signature block). None when so."""
    # lazy: pyHanko, as above
    from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel

    level = status.modification_level
    diff = status.diff_result
    if level is None or level > ModificationLevel.FORM_FILLING or not isinstance(diff, DiffResult):
        return bilingual("Signing", "tệp bị sửa đổi sau khi ký (không chỉ thêm chữ ký)").format()
    # pyHanko names a field whose widget sits on a page that changed (a later signature's widget was added to
    # it) although nothing of the field itself did: only a field with an object written after the signed
    # revision has changed.
    changed = {name for name in diff.changed_form_fields if _written_after(sig, name)}
    if not later and (changed or level > ModificationLevel.FORM_FILLING):
        fields = ", ".join(sorted(changed)) or "?"
        return bilingual(
            "Signing",
            "sau chữ ký cuối cùng, tệp bị thêm hoặc điền trường biểu mẫu ({fields}): phần hiển thị có thể khác nội "
            "dung đã ký",
        ).format(fields=fields)
    extra = changed - later
    if extra:
        return bilingual(
            "Signing",
            "sau chữ ký này, tệp bị thêm hoặc điền trường biểu mẫu không phải chữ ký tiếp theo ({fields}): phần hiển "
            "thị có thể khác nội dung đã ký",
        ).format(fields=", ".join(sorted(extra)))
    return None


def _written_after(sig: EmbeddedPdfSignature, name: str) -> bool:
    """Whether the form field `name` (its dictionary, its widgets, their appearances, its value) has an object
    written in a revision after the one `sig` signed; True when it cannot be told."""
    # lazy: pyHanko, as above
    from pyhanko.pdf_utils import generic

    reader = sig.reader
    try:
        ref = _field_ref(reader.root, name)
        if ref is None:
            return True
        refs: list[Any] = []
        todo: list[Any] = [ref]
        while todo and len(refs) < MAX_WALK:
            item = todo.pop()
            if isinstance(item, generic.IndirectObject):
                refs.append(item.reference)
                item = item.get_object()
            if isinstance(item, generic.DictionaryObject):
                for key in ("/V", "/AP", "/N", "/D", "/R", "/Kids", "/MK"):
                    if key in item:
                        todo.append(item.raw_get(key))
                if item.get("/Type") != "/Annot" and "/FT" not in item and "/Kids" not in item:
                    todo.extend(item.raw_get(k) for k in item)  # an appearance-state dictionary: every state
            elif isinstance(item, generic.ArrayObject):
                todo.extend(item.raw_get(i) for i in range(len(item)))
        return any(reader.xrefs.get_last_change(r) > sig.signed_revision for r in refs)
    except Exception:  # an unreadable structure: not shown unchanged
        return True


def _field_ref(root: Any, name: str) -> Any:
    """The reference of the form field whose full name is `name` (its /T and its ancestors', joined by dots)."""
    form = root.get("/AcroForm")
    if form is None:
        return None
    todo = [(form["/Fields"], "")]
    seen = 0
    while todo and seen < MAX_WALK:
        fields, prefix = todo.pop()
        for i in range(min(len(fields), MAX_WALK)):
            seen += 1
            ref = fields.raw_get(i)
            field = ref.get_object()
            full = f"{prefix}.{field['/T']}" if prefix and "/T" in field else str(field.get("/T", prefix))
            if full == name:
                return ref
            if "/Kids" in field and name.startswith(full):
                todo.append((field["/Kids"], full))
    return None


# Where the agency's seal may be drawn: the signature block, widened by a seal's size (36 mm) and a margin.
SEAL_REACH = 45 * 72 / 25.4
MAX_WALK = 5000  # pages or annotations looked at, at most (the file's size limit bounds them anyway)


def _appearances_checked(
    reader: PdfFileReader, signatures: Sequence[EmbeddedPdfSignature], checks: tuple[SignatureCheck, ...]
) -> tuple[SignatureCheck, ...]:
    """Each signature after the first draws only inside the signature block the renderer recorded (read from the
    first signed revision); one drawn elsewhere breaks the signatures made before it: they did not sign that."""
    if len(signatures) < 2 or not all(c.intact and c.covered for c in checks):
        return checks
    try:
        shown = _signature_widgets(reader.root)
        block = _recorded_block(reader, signatures[0].signed_revision, shown.get(str(signatures[0].field_name), []))
        outside = next(
            (
                (index, sig)
                for index, sig in enumerate(signatures[1:], start=1)
                if not all(_inside(place, block) for place in shown.get(str(sig.field_name), []))
            ),
            None,
        )
    except Exception:  # a structure we cannot read: the appearances cannot be shown to be harmless
        outside = (1, signatures[1])
    if outside is None:
        return checks
    index, sig = outside
    problem = bilingual(
        "Signing",
        "chữ ký sau ({field}) hiển thị ở ngoài khối chữ ký của báo cáo: phần hiển thị có thể khác nội dung đã ký",
    ).format(field=str(sig.field_name))
    return tuple(
        replace(c, covered=False, problems=(*c.problems, problem[0]), problems_en=(*c.problems_en, problem[1]))
        if i < index
        else c
        for i, c in enumerate(checks)
    )


Place = tuple[int, float, float, float, float]  # page index, x0, y0, x1, y1 in points


def _recorded_block(reader: PdfFileReader, revision: int, first: list[Place]) -> Place:
    """Where a later signature may be drawn: the signature block the first signed revision recorded; for a file
    without one (another tool's), the first signature's own image, else the bottom right of the last page (where
    gui.signing.placement would put it)."""
    # lazy: the signature block's key, with the placement module (Pillow is imported there only when drawing)
    from gui.signing.placement import BLOCK_KEY, MM, sorted_rect

    root = reader.get_historical_root(revision)
    block = root.get(BLOCK_KEY)
    if block is not None:
        return (int(block["/Page"]), *sorted_rect(block["/Rect"]))
    visible = [p for p in first if _visible(p)]
    if visible:
        return visible[0]
    pages = int(root["/Pages"]["/Count"])
    return pages - 1, 297.6, 30 * MM, 549.9, 30 * MM + 68


def _visible(place: Place) -> bool:
    _page, x0, y0, x1, y1 = place
    return x1 - x0 > 0.01 and y1 - y0 > 0.01


def _signature_widgets(root: Any) -> dict[str, list[Place]]:
    """Every signature field's widgets as the pages show them: field name → (page, rectangle)."""
    # lazy: as above
    from gui.signing.placement import sorted_rect

    found: dict[str, list[Place]] = {}
    stack = [root["/Pages"]]
    index = seen = 0
    while stack and seen < MAX_WALK:
        node = stack.pop().get_object()
        seen += 1
        if "/Kids" in node:
            stack.extend(reversed(list(node["/Kids"])[:MAX_WALK]))
            continue
        for ref in list(node.get("/Annots") or ())[:MAX_WALK]:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget" or "/Rect" not in annot:
                continue
            names: list[str] = []
            kind, node_ = None, annot
            for _depth in range(32):  # the field's full name: the /T of each ancestor, outermost first
                kind = kind or node_.get("/FT")
                if "/T" in node_:
                    names.insert(0, str(node_["/T"]))
                if "/Parent" not in node_:
                    break
                node_ = node_["/Parent"].get_object()
            if kind == "/Sig" and names:
                found.setdefault(".".join(names), []).append((index, *sorted_rect(annot["/Rect"])))
        index += 1
    return found


def _inside(place: Place, block: Place) -> bool:
    if not _visible(place):
        return True  # an invisible signature draws nothing
    page, x0, y0, x1, y1 = place
    block_page, bx0, by0, bx1, by1 = block
    reach = SEAL_REACH
    return page == block_page and x0 >= bx0 - reach and x1 <= bx1 + reach and y0 >= by0 - reach and y1 <= by1 + reach


def _validity(cert: Certificate | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    if cert is None:
        return None, None
    try:
        validity = cert["tbs_certificate"]["validity"]
        return validity["not_before"].native, validity["not_after"].native
    except Exception:  # a damaged certificate
        return None, None


CLOCK_SKEW = dt.timedelta(minutes=5)  # a signer's PC clock a little ahead is not a claim about the future


def _validate(sig: EmbeddedPdfSignature, trust: Trust, moment: dt.datetime | None) -> PdfSignatureStatus:
    """pyHanko's validation with the chain judged at `moment` (the signing time; now when it is unknown)."""
    # lazy: pyHanko, as above
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    def context() -> ValidationContext:
        return ValidationContext(
            trust_roots=list(trust.roots), other_certs=list(trust.intermediates), allow_fetching=False, moment=moment
        )

    return validate_pdf_signature(sig, context(), ts_validation_context=context())


def _claimed_time(sig: EmbeddedPdfSignature) -> dt.datetime | None:
    """The signing time the signer's PC wrote (CMS signingTime, else the signature dictionary's /M)."""
    try:
        moment = sig.self_reported_timestamp
    except Exception:  # an unreadable date is no date
        return None
    if not isinstance(moment, dt.datetime):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _token_time(sig: EmbeddedPdfSignature) -> dt.datetime | None:
    """The time in the signature's timestamp token, read but not yet checked (pyHanko's validation checks it)."""
    try:
        for attribute in sig.signer_info["unsigned_attrs"] or ():
            if attribute["type"].native == "signature_time_stamp_token":
                token = attribute["values"][0]["content"]
                moment = token["encap_content_info"]["content"].parsed["gen_time"].native
                return moment if isinstance(moment, dt.datetime) else None
    except Exception:  # a damaged token: no time from it (the validation reports the token as invalid)
        return None
    return None


def _outside_validity(cert: Certificate | None, moment: dt.datetime, what: tuple[str, str]) -> tuple[str, str] | None:
    """Why the certificate was not valid at `moment` (`what`: the signing time, or now), with its dates, in
    Vietnamese and English; None when it was."""
    if cert is None:
        return None
    validity = cert["tbs_certificate"]["validity"]
    start, end = validity["not_before"].native, validity["not_after"].native
    if start <= moment <= end:
        return None
    if moment < start:
        state = bilingual("Signing", "chưa có hiệu lực vào {what}").format(what=what)
    else:
        state = bilingual("Signing", "đã hết hạn trước {what}").format(what=what)
    return bilingual("Signing", "chứng thư số {state} (hiệu lực từ {start} đến {end} giờ Việt Nam)").format(
        state=state, start=f"{start.astimezone(VN):%d/%m/%Y %H:%M}", end=f"{end.astimezone(VN):%d/%m/%Y %H:%M}"
    )


def _trust_problem(status: PdfSignatureStatus) -> tuple[str, str]:
    # lazy: pyHanko, as above
    from pyhanko.sign.ades.report import AdESIndeterminate

    indication = status.trust_problem_indic
    if status.revoked or indication in (AdESIndeterminate.REVOKED_NO_POE, AdESIndeterminate.REVOKED_CA_NO_POE):
        return bilingual("Signing", "chứng thư số đã bị thu hồi").format()
    if indication is AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND:
        return bilingual(
            "Signing",
            "chứng thư số không được cấp bởi tổ chức nào trong danh sách tin cậy đã nạp (thiếu chứng thư số gốc "
            "hoặc trung gian)",
        ).format()
    if indication in (AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE, AdESIndeterminate.SIG_CONSTRAINTS_FAILURE):
        return bilingual("Signing", "chứng thư số không được phép dùng để ký văn bản (mục đích sử dụng khóa)").format()
    return bilingual("Signing", "chứng thư số không xác minh được với danh sách tin cậy đã nạp").format()


def _names(cert: Certificate | None) -> tuple[str, str]:
    if cert is None:
        return "", ""
    subject = cert.subject.native
    return str(subject.get("common_name", "")), str(subject.get("organization_name", ""))


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).lower().split())


def _subject_names(cert: Certificate | None) -> tuple[str, ...]:
    """The subject's organisation (O=) and organisational unit (OU=): the names that may identify a unit. The address
    fields (ST=, L=) never do: a company in Nghệ An has ST=Nghệ An too."""
    if cert is None:
        return ()
    subject = cert.subject.native
    parts: list[str] = []
    for key in ("organization_name", "organizational_unit_name"):
        value = subject.get(key)
        parts.extend(str(v) for v in (value if isinstance(value, list) else [value] if value else []))
    return tuple(parts)


def names_match(names: Sequence[str], unit_name: str) -> bool:
    """The certificate's organisation (O=, OU=) names the unit: 'Nghệ An' in 'Sở Công Thương tỉnh Nghệ An' —
    accents, case and spacing aside, whole words only."""
    if not unit_name.strip():
        return False
    haystack = " | ".join(fold(p) for p in names)
    return re.search(rf"(?<![a-z0-9]){re.escape(fold(unit_name))}(?![a-z0-9])", haystack) is not None


def agency_names(unit_name: str, kind: str = "province") -> tuple[str, ...]:
    """The names an agency's certificate may carry in O= for the unit: a ministry's own name; for a province its
    Sở Công Thương (which reports) or its People's Committee (which may sign for it)."""
    if kind == "ministry":
        return (unit_name,)
    city = any(u.city for units in province_lists() for u in units.units if u.name == unit_name)
    level = "thành phố" if city else "tỉnh"
    return (f"Sở Công Thương {level} {unit_name}", f"Ủy ban nhân dân {level} {unit_name}")


def agency_names_unit(organisation: str, unit_name: str, kind: str = "province") -> bool:
    """The agency's certificate names the unit itself in O=, exactly (accents, case and spacing aside)."""
    return bool(unit_name.strip()) and fold(organisation) in {fold(n) for n in agency_names(unit_name, kind)}


def verify_file(path: Path, trust: Trust) -> Verification:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise UserError(
            translate("Signing", "Không đọc được tệp {path}: {error}").format(path=path, error=error.strerror or error)
        ) from None
    if b"%PDF-" not in data[:1024]:
        raise UserError(
            translate("Signing", "Tệp {path} không phải tệp PDF: chỉ kiểm tra được chữ ký số trong tệp PDF.").format(
                path=path
            )
        )
    return verify_pdf(data, trust)
