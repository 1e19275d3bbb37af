"""Checking the signatures of a report PDF, as the Ministry does before it believes the data.

    trust = load_trust([Path("root.cer"), Path("ca.cer")], crls=[Path("ca.crl")])   # roots, intermediates, CRLs
    result = verify_pdf(data, trust).for_unit("Nghệ An")
    result.status        Status.TRUSTED | UNVERIFIED | UNSIGNED | BROKEN (the values the store keeps)
    result.complete      two signatures in order, intact, covered, trusted chains and times (identity aside)
    result.signed_data   the file as it was when first signed: read the report data from these bytes only

For every signature:
- integrity: the signed bytes are unchanged and the signature value matches the certificate (RSASSA-PSS, RSA
  PKCS#1 v1.5, ECDSA);
- coverage, what you see is what was signed: after the last signature only validation data (DSS) and document
  timestamps; after an earlier one only the later signatures' own fields, drawn inside the recorded signature
  block; no object of a signed revision pointing to an object only a later update wrote. The updates are compared
  object by object (gui.signing.allowed_updates); when that cannot show them harmless, pyHanko's difference
  analysis, which accepts form filling and new signature fields, is the first pass of the stricter checks here;
- role and order: the role from the field name our app writes (gui.signing.roles); exactly the competent person's
  then the agency's, or the file is not trusted;
- trust: the certificate chains to a root the Ministry loaded (nothing is trusted by default) that is valid now
  (and at a timestamp's time); with a trusted timestamp the certificate is judged at its time, without one the
  signer's clock proves nothing and the certificate must be valid at the time it claims and now; a certificate
  revoked by then — by a loaded CRL, the CRL or OCSP answers the file carries (B-LT), or, online, those fetched —
  is not trusted, and the line says whether revocation was checked;
- identity: the certificate's organisation (O=; never a name that contains the unit's, never ST=/L=) is the
  report's unit's own name exactly, for both roles.
A file failing integrity or coverage is "broken" (the import refuses it); one whose origin could not be verified
is "unverified"; otherwise "trusted".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gui.core import limits
from gui.core.errors import UserError
from gui.core.i18n import QT_TRANSLATE_NOOP, bilingual, translate, translate_to
from gui.core.signature_terms import Status as Status  # defined with the store's other signature words
from gui.core.silent_logger import quiet_logger
from gui.core.text import ascii_fold
from gui.core.units import province_lists
from gui.outside_file import ReadMessages, read_outside_file
from gui.signing.allowed_updates import Updates, judge_updates
from gui.signing.roles import ORDER, ROLE_LABELS, Role, role_of_field, roles_in_order
from gui.signing.signature_contents import preload_signature_values
from gui.signing.signer_check import Judged, judge, signer_certificate

if TYPE_CHECKING:
    from asn1crypto.crl import CertificateList
    from asn1crypto.x509 import Certificate
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko.sign.validation.status import PdfSignatureStatus
    from pyhanko_certvalidator import ValidationContext


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
MAX_CRL_FILE_BYTES = 20 * 1024 * 1024  # a national CA's CRL lists many thousand certificates
FETCH_SECONDS = 5  # a CRL or OCSP request online, at most
FETCHED_FOR_SECONDS = 120.0  # what was fetched online (or failed to be) serves the files of a run that long


def verify_seconds(trust: Trust) -> float:
    """The time a file's verification may take in the PDF sandbox: online, room for a CRL and an OCSP request
    that time out (an unreachable server is asked once per run: see _fetchers)."""
    return limits.VERIFY_SECONDS + (2 * FETCH_SECONDS if trust.online else 0)


@dataclass(frozen=True, kw_only=True)
class Trust:
    roots: tuple[Certificate, ...] = ()
    intermediates: tuple[Certificate, ...] = ()
    crls: tuple[CertificateList, ...] = ()  # revocation lists the Ministry loaded (--crl)
    online: bool = False  # fetch CRLs and OCSP answers over the network, with a short timeout (off by default)


class Revocation(StrEnum):
    """Whether the signer's certificate was checked against its issuer's revocation list (or OCSP)."""

    CHECKED = "checked"  # a CRL or OCSP answer from the issuer covered it: not revoked
    NOT_CHECKED = "not_checked"  # no revocation data for it: the status says so
    REVOKED = "revoked"


@dataclass(frozen=True, kw_only=True)
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
    valid_from: dt.datetime | None = None  # the certificate's validity, shown when a person confirms it
    valid_to: dt.datetime | None = None
    problems_en: tuple[str, ...] = ()  # the same problems in English (`problems` is what the store keeps)

    role: Role = Role.UNKNOWN  # from the name of the field our app writes (gui.signing.roles)
    revocation: Revocation = Revocation.NOT_CHECKED
    algorithm: str = ""  # how it was made: "RSASSA-PSS, SHA-256", "RSA PKCS#1 v1.5, SHA-256", "ECDSA, SHA-256"

    def for_unit(self, unit_name: str, *, kind: str = "province", role: Role | None = None) -> SignatureCheck:
        """This check with the identity test added: the certificate's organisation (O, OU; never the address
        fields ST, L) names the report's unit; the agency's names the unit itself in O (`role`: the role this
        signature has in the file, its field's role by default)."""
        role = role or self.role
        if role is Role.AGENCY:
            # The agency's certificate is issued to the organisation itself (its CN is the unit's name too): a
            # person's certificate carries the same O=, and must not stand in for the agency's seal.
            ok = agency_names_unit(self.organisation, unit_name, kind) and agency_names_unit(
                self.holder, unit_name, kind
            )
        else:
            # The person's certificate names the unit in O exactly too: O = "Công ty TNHH Thương mại Nghệ An"
            # contains the name and is a company; an address (ST=, L=) never names a unit.
            ok = agency_names_unit(self.organisation, unit_name, kind)
        problems, problems_en = self.problems, self.problems_en
        if self.intact and self.covered and not ok:
            org = (self.organisation,) * 2 if self.organisation else bilingual("Signing", "không ghi tổ chức").format()
            if role is Role.AGENCY:
                wanted = bilingual(
                    "Signing",
                    "chứng thư số của cơ quan phải là chứng thư của chính đơn vị, ghi đúng tên đơn vị ({names}) ở "
                    "mục tổ chức (O) và tên chủ thể (CN), không phải chứng thư của một cá nhân",
                ).format(names=" / ".join(agency_names(unit_name, kind)))
                if agency_names_unit(self.organisation, unit_name, kind):
                    vi, en = bilingual(
                        "Signing", "chứng thư số cấp cho {holder}, không phải chứng thư của cơ quan: {wanted}"
                    ).format(holder=self.holder, wanted=wanted)
                else:
                    vi, en = bilingual("Signing", "chứng thư số của tổ chức khác ({org}): {wanted}").format(
                        org=org, wanted=wanted
                    )
            else:
                vi, en = bilingual(
                    "Signing",
                    "chứng thư số của tổ chức khác ({org}), không phải của {unit}: mục tổ chức (O) phải ghi đúng tên "
                    "đơn vị ({names})",
                ).format(org=org, unit=unit_name, names=" / ".join(agency_names(unit_name, kind)))
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
            stamp = bilingual(
                "Signing", " theo giờ người ký tự ghi (không có dấu thời gian tin cậy: giờ ký chưa được chứng minh)"
            ).format()[i]
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
        if self.revocation is Revocation.CHECKED:
            stamp += bilingual("Signing", "; đã kiểm tra thu hồi").format()[i]
        elif self.intact and self.covered and self.revocation is Revocation.NOT_CHECKED:
            # Offline without a CRL, or online when no server answered: the same fact, neither cause presumed.
            stamp += bilingual(
                "Signing",
                "; chưa kiểm tra thu hồi (không có danh sách thu hồi CRL hay trả lời OCSP dùng được cho chứng thư số "
                "này)",
            ).format()[i]
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


@dataclass(frozen=True, kw_only=True)
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
        return order_problems(self.signatures) is None

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
            revocation_checked=not any(s.revocation is Revocation.NOT_CHECKED for s in self.signatures)
            if self.status is not BROKEN
            else None,
        )

    @property
    def revocation_checked(self) -> bool:
        """Every signature's certificate was checked against its issuer's revocation data."""
        return bool(self.signatures) and all(s.revocation is Revocation.CHECKED for s in self.signatures)


def summary_of(
    status: str,
    holders: Sequence[str],
    last_signed_at: dt.datetime | None,
    problems: Sequence[str],
    *,
    timestamped: bool = False,
    lang: str = "vi",
    revocation_checked: bool | None = None,
) -> str:
    """'Đã ký số, tin cậy (who, when)': a time without a timestamp is the signer's own claim, and says so; so does
    a revocation not checked (`revocation_checked` False; None: not said)."""
    i = 1 if lang == "en" else 0
    when = last_signed_at.astimezone(VN).strftime("%d/%m/%Y %H:%M") if last_signed_at else ""
    if when and not timestamped:
        when += bilingual("Signing", " theo giờ người ký tự ghi, chưa được chứng minh").format()[i]
    names = ", ".join(dict.fromkeys(h for h in holders if h))
    parts = [p for p in (names, when) if p]
    if revocation_checked is False:
        parts.append(bilingual("Signing", "chưa kiểm tra thu hồi").format()[i])
    return f"{status_label(status, lang)} ({', '.join(parts)})" + (f": {'; '.join(problems)}" if problems else "")


def status_label(status: str, lang: str = "vi") -> str:
    return translate_to(lang, "Signing", STATUS_LABELS[Status(status)])


# --- trust roots -------------------------------------------------------------------------------------------------


def load_trust(paths: Iterable[Path], crls: Iterable[Path] = (), *, online: bool = False) -> Trust:
    """Certificates from PEM or DER files (a file may hold several); self-signed ones are roots. A revocation list
    (.crl) given among them is taken as one; `crls`: the revocation lists (gui.signing.verify.load_crl)."""
    # lazy: asn1crypto is imported when trust roots are read
    from asn1crypto import pem, x509

    roots: list[Certificate] = []
    intermediates: list[Certificate] = []
    lists: list[CertificateList] = [lst for path in crls for lst in load_crl(Path(path))]
    for path in paths:
        path = Path(path)
        messages = ReadMessages(
            missing=translate("Signing", "Không tìm thấy tệp chứng thư số tin cậy: {path}"),
            unreadable=translate("Signing", "Không đọc được tệp chứng thư số tin cậy {path}: {error}"),
            too_large=translate("Signing", "Tệp chứng thư số tin cậy {path} quá lớn (hơn 1 MB)."),
        )
        data = read_outside_file(path, MAX_TRUST_FILE_BYTES, messages)
        blobs = [der for _kind, _headers, der in pem.unarmor(data, multiple=True)] if pem.detect(data) else [data]
        found_crls = _crls(blobs)
        if found_crls:
            lists.extend(found_crls)
            continue
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
    return Trust(roots=tuple(roots), intermediates=tuple(intermediates), crls=tuple(lists), online=online)


def load_crl(path: Path) -> list[CertificateList]:
    """The revocation lists (CRL, PEM or DER) in a file; UserError naming the file when it holds none."""
    # lazy: asn1crypto is imported when trust roots are read
    from asn1crypto import pem

    messages = ReadMessages(
        missing=translate("Signing", "Không tìm thấy tệp danh sách thu hồi (CRL): {path}"),
        unreadable=translate("Signing", "Không đọc được tệp danh sách thu hồi {path}: {error}"),
        too_large=translate("Signing", "Tệp danh sách thu hồi {path} quá lớn (hơn 20 MB)."),
    )
    data = read_outside_file(Path(path), MAX_CRL_FILE_BYTES, messages)
    blobs = [der for _kind, _headers, der in pem.unarmor(data, multiple=True)] if pem.detect(data) else [data]
    lists = _crls(blobs)
    if not lists:
        raise UserError(
            translate(
                "Signing",
                "Tệp {path} không phải danh sách thu hồi chứng thư số (CRL, dạng .crl/.pem). Hãy chọn tệp CRL do tổ "
                "chức cấp chứng thư số công bố.",
            ).format(path=path)
        )
    return lists


def _crls(blobs: list[bytes]) -> list[CertificateList]:
    """The blobs as revocation lists when every one is a well-formed CRL; [] otherwise."""
    # lazy: as above
    from asn1crypto import crl

    try:
        lists = [crl.CertificateList.load(der) for der in blobs]
        for item in lists:
            item.native  # noqa: B018  # parse fully: a certificate fails here, as a damaged list does
    except (ValueError, TypeError, KeyError):
        return []
    return lists


# --- verification ----------------------------------------------------------------------------------------------


def verify_pdf(data: bytes, trust: Trust) -> Verification:
    """Integrity, coverage and trust of every signature; add the identity test with .for_unit(unit_name)."""
    if b"/ByteRange" not in data:  # no signature dictionary at all: no need to parse the file again
        return Verification(status=UNSIGNED, signed_data=None)
    # lazy: pyHanko (~100 modules) is imported when a signature is checked, not with the modules that name its results
    from pyhanko.pdf_utils.reader import PdfFileReader

    with quiet_logger("pyhanko"):
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            preload_signature_values(reader, data)  # their CMS read at once, not one hex digit at a time
            # Document timestamps (validation data added later) are not signatures of the report.
            signatures = sorted(reader.embedded_regular_signatures, key=_signed_end)
            first_end = _signed_end(signatures[0]) if signatures else 0
        except Exception:  # whatever a damaged file makes the parser raise: its signatures cannot be checked
            vi, en = bilingual(
                "Signing", "tệp PDF hỏng hoặc không trọn vẹn (có thể bị cắt cụt), không đọc được chữ ký số"
            ).format()
            return Verification(status=BROKEN, problems=(vi,), problems_en=(en,))
        if not signatures:
            return Verification(status=UNSIGNED)
        names = [str(sig.field_name) for sig in signatures]
        embedded = _embedded_revinfo(reader) if b"/DSS" in data else None
        checks = tuple(
            _check(sig, trust, frozenset(names[i + 1 :]), data, embedded) for i, sig in enumerate(signatures)
        )
        checks = _appearances_checked(reader, signatures, checks)
        status = _overall(checks)
        stamps = _document_timestamps(reader, _signed_end(signatures[-1]), trust) if status is not BROKEN else []
    order = order_problems(checks) if status is not BROKEN else None
    flagged = [order] if order else []
    flagged += stamps
    return Verification(
        status=status,
        signatures=checks,
        signed_data=data[:first_end] if status != BROKEN else None,
        problems=tuple(p[0] for p in flagged),
        problems_en=tuple(p[1] for p in flagged),
    )


def _document_timestamps(reader: PdfFileReader, last_end: int, trust: Trust) -> list[tuple[str, str]]:
    """A document timestamp added after the last signature proves a time only when its authority chains to a
    loaded root; one that does not (or whose token is not intact) is flagged, naming the authority. It never makes
    the signatures trusted or untrusted: they stand on their own."""
    # lazy: pyHanko, as above
    from pyhanko.sign.validation import validate_pdf_timestamp

    flagged: list[tuple[str, str]] = []
    try:
        stamps = [t for t in reader.embedded_timestamp_signatures if _signed_end(t) > last_end]
    except Exception:  # an unreadable structure: the coverage check of the last signature has judged the file
        return flagged
    for stamp in stamps[:MAX_SIGNATURES]:
        try:
            status = validate_pdf_timestamp(stamp, _context(trust, None), skip_diff=True)
            trusted = bool(status.intact and status.valid and status.trusted)
            authority = _authority(status.signing_cert)
        except Exception:  # a damaged token proves nothing
            trusted, authority = False, ""
        if not trusted:
            flagged.append(
                bilingual(
                    "Signing",
                    "dấu thời gian tài liệu thêm sau chữ ký cuối không xác minh được: máy chủ dấu thời gian “{tsa}” "
                    "không thuộc nguồn tin cậy đã nạp, nên nó không chứng minh được thời điểm nào",
                ).format(tsa=(authority or "?",) * 2)
            )
    return flagged


MAX_SIGNATURES = 16  # document timestamps looked at, at most


def _authority(cert: Certificate | None) -> str:
    """A timestamp authority as a person names it: its certificate's CN (else the whole subject)."""
    if cert is None:
        return "?"
    try:
        return _names(cert)[0] or str(cert.subject.human_friendly)
    except Exception:  # a damaged certificate
        return "?"


def _overall(checks: Sequence[SignatureCheck]) -> Status:
    """Broken when one signature is; trusted only when both are trusted and in order (the file's problems say why
    not: order_problems)."""
    statuses = {c.status for c in checks}
    if BROKEN in statuses:
        return BROKEN
    if UNVERIFIED in statuses or order_problems(checks) is not None:
        return UNVERIFIED
    return TRUSTED


def order_problems(checks: Sequence[SignatureCheck]) -> tuple[str, str] | None:
    """Why the file's signatures are not the two the decree asks for, in that order; None when they are."""
    roles = roles_in_order(tuple(c.role for c in checks))
    if roles == ORDER:
        if len({c.fingerprint for c in checks}) == 1 and checks[0].fingerprint:
            # Điều 5 asks for two signatures, the person's and the agency's: one key cannot make both.
            return bilingual(
                "Signing",
                "hai chữ ký bằng cùng một chứng thư số: báo cáo cần chữ ký của người có thẩm quyền và chữ ký của cơ "
                "quan, bằng hai chứng thư khác nhau; không tin cậy",
            ).format()
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


def _check(
    sig: EmbeddedPdfSignature,
    trust: Trust,
    later: frozenset[str] = frozenset(),
    data: bytes | None = None,
    embedded: Revinfo | None = None,
) -> SignatureCheck:
    """One signature's integrity, coverage and trust, the certificate judged at the signing time: a certificate
    that expired after a signature was made does not undo it. `later`: the fields of the signatures made after
    this one, the only fields that may change after it; `data`: the file's bytes (for the cheap proof of what was
    added after the signature, gui.signing.allowed_updates); `embedded`: the revocation data the file carries."""
    name = str(sig.field_name)
    role = role_of_field(name)
    try:
        cert = signer_certificate(sig) or sig.signer_cert  # found by bytes first: pyHanko's name matching is slow
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
        # With a timestamp the chain is judged at its time; without one (or one not from a trusted authority) the
        # signer's clock proves nothing: the chain is judged now, and the certificate must also have been valid
        # at the time the signer claims.
        # Without a timestamp, offline: the CMS checked and the chain judged by gui.signing.signer_check (its chain
        # verdicts kept for the session); pyHanko's validation whenever that cannot say "all holds".
        quick = judge(sig, _anchors(trust, None), trust, None) if token_time is None else None
        status: PdfSignatureStatus | Judged = quick or _validate(sig, trust, token_time)
        timestamp = status.timestamp_validity
        timestamped = timestamp is not None and bool(timestamp.intact and timestamp.valid and timestamp.trusted)
        if token_time is not None and not timestamped:
            # A timestamp proves the time only when its authority chains to a loaded root: name the one that does not.
            add(
                bilingual(
                    "Signing",
                    "dấu thời gian không xác minh được: máy chủ dấu thời gian “{tsa}” không thuộc nguồn tin cậy đã nạp, "
                    "nên không chứng minh được giờ ký",
                ).format(tsa=(_authority(timestamp.signing_cert if timestamp is not None else None),) * 2)
            )
            status = _validate(sig, trust, None)
    except Exception as error:
        problem, problem_en = bilingual("Signing", "không kiểm tra được chữ ký ({error})").format(
            error=type(error).__name__
        )
        return SignatureCheck(
            field=name,
            holder=holder,
            organisation=organisation,
            fingerprint=fingerprint,
            signed_at=None,
            timestamped=False,
            intact=False,
            covered=False,
            trusted=False,
            problems=(problem,),
            problems_en=(problem_en,),
            role=role,
        )
    signed_at = timestamp.timestamp if timestamped and timestamp is not None else claimed
    intact = bool(status.intact and status.valid)
    if not intact:
        add(bilingual("Signing", "nội dung đã ký bị thay đổi hoặc chữ ký không khớp chứng thư số").format())
    # lazy: pyHanko, as above
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    covered = status.coverage in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION)
    changed = _changed_after(sig, later, data) if covered and intact else None
    if intact and not covered:
        add(bilingual("Signing", "tệp bị sửa đổi sau khi ký (không chỉ thêm chữ ký)").format())
    elif intact and changed is not None:
        covered = False
        add(changed)
    judged_at = timestamp.timestamp if timestamped and timestamp else now
    if timestamped and cert is not None and _revoked_after(status, judged_at):
        # pyHanko's validation judges revocation now; a trusted timestamp before the revocation proves the signature
        # was made while the certificate was good (ETSI EN 319 102-1, past signature validation): judged at its time.
        verdict, path = _revinfo_verdict(sig, cert, trust, embedded, judged_at)
        if verdict is Revocation.CHECKED:
            status = Judged(
                coverage=status.coverage,
                validation_path=path,
                intact=bool(status.intact),
                valid=bool(status.valid),
                timestamp_validity=status.timestamp_validity,
            )
    trusted = bool(status.trusted)
    revocation = _revocation(status, trust, cert, judged_at)
    if revocation is Revocation.NOT_CHECKED and trusted and cert is not None and (trust.online or embedded):
        revocation = _revinfo_verdict(sig, cert, trust, embedded, judged_at)[0]
    if intact and covered:
        at_signing = bilingual("Signing", "thời điểm ký").format()
        if timestamped and timestamp is not None:
            outside = _outside_validity(cert, timestamp.timestamp, at_signing)
        else:
            outside = (_outside_validity(cert, believable, at_signing) if believable else None) or _outside_validity(
                cert, now, bilingual("Signing", "lúc kiểm tra").format()
            )
        expired_root = _expired_root(trust, status, cert, token_time if timestamped else None)
        if outside:
            trusted = False
            add(outside)
        elif revocation is Revocation.REVOKED:
            trusted = False
            add(
                bilingual(
                    "Signing",
                    "chứng thư số đã bị thu hồi (theo danh sách thu hồi CRL hoặc trả lời OCSP của tổ chức cấp chứng "
                    "thư số)",
                ).format()
            )
        elif expired_root:
            trusted = False
            add(expired_root)
        elif not trusted:
            add(_trust_problem(status))
    valid_from, valid_to = _validity(cert)
    return SignatureCheck(
        field=name,
        holder=holder,
        organisation=organisation,
        fingerprint=fingerprint,
        signed_at=signed_at,
        timestamped=timestamped,
        intact=intact,
        covered=covered,
        trusted=trusted,
        problems=tuple(problems),
        valid_from=valid_from,
        valid_to=valid_to,
        problems_en=tuple(problems_en),
        role=role,
        revocation=revocation,
        algorithm=_algorithm(sig),
    )


ALGORITHMS = {"rsassa_pss": "RSASSA-PSS", "rsassa_pkcs1v15": "RSA PKCS#1 v1.5", "ecdsa": "ECDSA"}


def _algorithm(sig: EmbeddedPdfSignature) -> str:
    """The signature's algorithm and digest as a person reads them (empty when unreadable)."""
    try:
        algo = sig.signer_info["signature_algorithm"].signature_algo
        return f"{ALGORITHMS.get(algo, algo)}, {sig.md_algorithm.upper().replace('SHA', 'SHA-')}"
    except Exception:  # an unreadable algorithm: the integrity check says what is wrong
        return ""


def _changed_after(sig: EmbeddedPdfSignature, later: frozenset[str], data: bytes | None) -> tuple[str, str] | None:
    """What you see is what was signed: after the last signature only validation data (DSS) and document
    timestamps may follow; after an earlier one, only the later signatures' own fields (whose appearances
    _appearances_checked keeps inside the signature block). None when so.

    First the cheap proof, object by object (gui.signing.allowed_updates); when it cannot show the updates are
    only those, pyHanko's difference analysis — which accepts form filling and new signature fields after a
    signature, either of which can draw anything over the page — with the stricter checks below."""
    # lazy: pyHanko, as above
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, DiffResult, ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if sig.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return None  # nothing after it
    verdict = judge_updates(sig.reader, data, sig.signed_revision, _signed_end(sig), later) if data else None
    if verdict is Updates.ALLOWED:
        return None
    if verdict is Updates.PLANTED:  # a reference laid before signing, resolved by a later update
        return bilingual("Signing", "tệp bị sửa đổi sau khi ký (không chỉ thêm chữ ký)").format()
    try:
        diff = sig.evaluate_modifications(DEFAULT_DIFF_POLICY)
    except Exception:  # whatever a damaged update makes the analysis raise: not shown to be harmless
        return bilingual("Signing", "tệp bị sửa đổi sau khi ký (không chỉ thêm chữ ký)").format()
    level = diff.modification_level if isinstance(diff, DiffResult) else None
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
    """pyHanko's validation with the chain judged at `moment` (a timestamp's time; now when None), trusting only
    the roots valid then and now (pyHanko would take an expired root as an anchor), checking revocation against
    the loaded CRLs (and online, when allowed)."""
    # lazy: pyHanko, as above
    from pyhanko.sign.validation import validate_pdf_signature

    # The difference analysis is _changed_after's, once per signature (and mostly without pyHanko's).
    return validate_pdf_signature(
        sig, _context(trust, moment), ts_validation_context=_context(trust, moment), skip_diff=True
    )


def _context(trust: Trust, moment: dt.datetime | None) -> ValidationContext:
    """A validation context on the roots valid now (and at `moment`), the loaded intermediates and CRLs; fetching
    CRLs and OCSP answers only when the trust allows it, each request cut off after FETCH_SECONDS."""
    # lazy: pyHanko, as above
    from pyhanko_certvalidator import ValidationContext

    roots = _anchors(trust, moment)
    if trust.online:
        return ValidationContext(
            trust_roots=roots,
            other_certs=list(trust.intermediates),
            crls=list(trust.crls) or None,
            allow_fetching=True,
            fetchers=_fetchers(),
            best_signature_time=moment,
            retroactive_revinfo=True,
        )
    return ValidationContext(
        trust_roots=roots,
        other_certs=list(trust.intermediates),
        crls=list(trust.crls) or None,
        allow_fetching=False,
        moment=moment,
        retroactive_revinfo=True,
    )


def _anchors(trust: Trust, moment: dt.datetime | None) -> list[Certificate]:
    """The loaded roots valid now and at `moment` (pyHanko would take an expired root as an anchor)."""
    now = dt.datetime.now(dt.UTC)
    return [r for r in trust.roots if _valid_at(r, now) and (moment is None or _valid_at(r, moment))]


_online: list[tuple[float, Any]] = []  # (when made, pyHanko's fetchers): one set for the files of a run


def _fetchers() -> Any:
    """pyHanko's online fetchers, shared by the signatures and files verified within FETCHED_FOR_SECONDS: they
    keep each answer — and each server that failed — so a CRL is fetched once per run and a server that hangs costs
    one timeout, not one per certificate (a run's first file would otherwise outlast verify_seconds)."""
    # lazy: requests is imported when revocation data is fetched online
    from pyhanko_certvalidator.errors import CRLFetchError, OCSPFetchError
    from pyhanko_certvalidator.fetchers.requests_fetchers import RequestsFetcherBackend

    now = time.monotonic()
    if not _online or now - _online[0][0] > FETCHED_FOR_SECONDS:
        fetchers = RequestsFetcherBackend(per_request_timeout=FETCH_SECONDS).get_fetchers()
        failed: set[str] = set()
        ocsp = _AskOnce(fetchers.ocsp_fetcher, _ocsp_urls, OCSPFetchError, failed)
        crl = _AskOnce(fetchers.crl_fetcher, _crl_urls, CRLFetchError, failed)
        _online[:] = [(now, replace(fetchers, ocsp_fetcher=ocsp, crl_fetcher=crl))]  # type: ignore[arg-type]
    return _online[0][1]


class _AskOnce:
    """One of pyHanko's fetchers (OCSP or CRL) for a run: a request for a certificate whose servers all failed
    earlier in the run fails at once; any failure — a timeout, a refusal, an answer pyHanko's parser trips on (a
    responder sending garbage makes it raise KeyError) — is reported as a failed request, so revocation stays "not
    checked" instead of the signature being judged unreadable."""

    def __init__(self, inner: Any, urls: Any, error: type[Exception], failed: set[str]) -> None:
        self._inner, self._urls, self._error, self._failed = inner, urls, error, failed

    async def fetch(self, cert: Any, *args: Any, **kwargs: Any) -> Any:
        # lazy: urllib.parse, with the fetchers
        from urllib.parse import urlsplit

        try:
            servers = {urlsplit(url).netloc for url in self._urls(cert)}
        except Exception:  # a certificate without readable URLs: pyHanko's fetcher says what it can
            servers = set()
        if servers and servers <= self._failed:
            raise self._error("The server did not answer earlier in this run")
        try:
            return await self._inner.fetch(cert, *args, **kwargs)
        except Exception as error:
            self._failed.update(servers)
            if isinstance(error, self._error):
                raise
            raise self._error(f"Unreadable answer ({type(error).__name__})") from error

    def __getattr__(self, name: str) -> Any:  # fetched_responses(), fetched_crls()…: the inner fetcher's
        return getattr(self._inner, name)


def _ocsp_urls(cert: Any) -> list[str]:
    return list(cert.ocsp_urls)


def _crl_urls(cert: Any) -> list[str]:
    return [str(point.url) for point in cert.crl_distribution_points if point.url]


def _valid_at(cert: Certificate, moment: dt.datetime) -> bool:
    validity = cert["tbs_certificate"]["validity"]
    return bool(validity["not_before"].native <= moment <= validity["not_after"].native)


def _expired_root(
    trust: Trust, status: PdfSignatureStatus | Judged, cert: Certificate | None, moment: dt.datetime | None
) -> tuple[str, str] | None:
    """When the chain was not trusted because the loaded root that would anchor it is outside its validity (at the
    signing time proven by a timestamp, or now): which root, and its dates."""
    if status.trusted or cert is None:
        return None
    now = dt.datetime.now(dt.UTC)
    issuers = {cert.issuer.dump()} | {c.issuer.dump() for c in trust.intermediates}
    with contextlib.suppress(Exception):  # no path built: the intermediates and the certificate say the issuers
        issuers |= {c.issuer.dump() for c in status.validation_path or ()}
    for root in trust.roots:
        if root.subject.dump() not in issuers:
            continue
        for at, what in ((now, bilingual("Signing", "lúc kiểm tra").format()), (moment, None)):
            if at is None or _valid_at(root, at):
                continue
            validity = root["tbs_certificate"]["validity"]
            start, end = validity["not_before"].native, validity["not_after"].native
            return bilingual(
                "Signing",
                "chứng thư số gốc tin cậy “{name}” không có hiệu lực {what} (hiệu lực từ {start} đến {end}): không "
                "dùng làm gốc tin cậy; hãy nạp chứng thư số gốc còn hiệu lực",
            ).format(
                name=(_names(root)[0] or root.subject.human_friendly,) * 2,
                what=what or bilingual("Signing", "vào thời điểm ký").format(),
                start=f"{start.astimezone(VN):%d/%m/%Y}",
                end=f"{end.astimezone(VN):%d/%m/%Y}",
            )
    return None


def _revocation(
    status: PdfSignatureStatus | Judged, trust: Trust, cert: Certificate | None, moment: dt.datetime
) -> Revocation:
    """Whether the certificates of the chain (the signer's and the intermediates') were revoked at `moment` (a
    timestamp's time, else now), by the CRLs the Ministry loaded: each list counts only when its issuer is the
    certificate's issuer and its signature verifies with that issuer's key. pyHanko checks a loaded CRL only for
    a certificate that names a distribution point; this checks every one. Checked: the signer's certificate was
    covered by such a list (or by data fetched online)."""
    # lazy: pyHanko, as above
    from pyhanko.sign.ades.report import AdESIndeterminate

    if status.revoked or status.trust_problem_indic in (
        AdESIndeterminate.REVOKED_NO_POE,
        AdESIndeterminate.REVOKED_CA_NO_POE,
    ):
        return Revocation.REVOKED
    if cert is None or not status.trusted:
        return Revocation.NOT_CHECKED
    try:
        path = list(status.validation_path.iter_certs(include_root=True)) if status.validation_path else []
    except Exception:  # no path: nothing was checked
        return Revocation.NOT_CHECKED
    checked = False
    for subject in path:
        if subject.self_signed in ("yes", "maybe"):
            continue  # a root is trusted as loaded, not by a list it signs itself
        issuer = next((c for c in path if c.subject == subject.issuer and c is not subject), None)
        if issuer is None:
            continue
        lists = [
            lst
            for lst in (*trust.crls, *_fetched_crls(trust))
            if lst["tbs_cert_list"]["issuer"] == subject.issuer and _signed_by(lst, issuer.public_key)
        ]
        when = _revoked_serials(lists).get(subject.serial_number) if lists else None
        if when is not None and when <= moment:
            return Revocation.REVOKED
        if lists and subject.dump() == cert.dump():
            checked = True
    if checked:
        return Revocation.CHECKED
    return Revocation.NOT_CHECKED


_serials_cache: dict[bytes, dict[int, dt.datetime]] = {}


def _revoked_serials(lists: Sequence[CertificateList]) -> dict[int, dt.datetime]:
    """Serial number → revocation time, of every entry of `lists` (each list read once per process: a national
    CA's list has many thousand entries)."""
    found: dict[int, dt.datetime] = {}
    for lst in lists:
        key = lst["signature"].native
        if key not in _serials_cache:
            if len(_serials_cache) > 64:  # lists replaced by newer ones over a long session
                _serials_cache.clear()
            entries: dict[int, dt.datetime] = {}
            for entry in lst["tbs_cert_list"]["revoked_certificates"] or ():
                entries[int(entry["user_certificate"].native)] = entry["revocation_date"].native
            _serials_cache[key] = entries
        for serial, when in _serials_cache[key].items():
            found[serial] = min(when, found.get(serial, when))
    return found


def _signed_by(lst: CertificateList, key: Any) -> bool:
    """The CRL's signature verifies with the issuer's public key (asn1crypto key info)."""
    # lazy: cryptography's primitives are imported when a CRL is matched to its issuer
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import serialization

    try:
        public = serialization.load_der_public_key(key.dump())
        return cx509.load_der_x509_crl(lst.dump()).is_signature_valid(public)  # type: ignore[arg-type]
    except Exception:  # a key or a list cryptography cannot read: not shown to be the issuer's
        return False


def _fetched_crls(trust: Trust) -> list[CertificateList]:
    """Online: the CRLs fetched during this run (judged as a loaded list is: its issuer's, signed by its key)."""
    if not trust.online or not _online:
        return []
    try:
        return list(_online[0][1].crl_fetcher.fetched_crls())
    except Exception:  # a fetcher without the list: nothing shown to be checked
        return []


@dataclass(frozen=True)
class Revinfo:
    """What a file's Document Security Store carries (PAdES B-LT): OCSP answers, CRLs and certificates."""

    ocsps: tuple[Any, ...] = ()
    crls: tuple[Any, ...] = ()
    certs: tuple[Any, ...] = ()


def _embedded_revinfo(reader: PdfFileReader) -> Revinfo | None:
    """The revocation data in the file's DSS, read by pyHanko; None when there is none (or it cannot be read: then
    it proves nothing). What it holds is signed by the CA or its responder, and pyHanko's validation judges that."""
    # lazy: pyHanko, as above
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    try:
        context = DocumentSecurityStore.read_dss(reader).as_validation_context({"trust_roots": []})
        manager = context.revinfo_manager
        found = Revinfo(
            ocsps=tuple({r.dump(): r for r in manager.ocsps}.values()),
            crls=tuple({c.dump(): c for c in manager.crls}.values()),
            certs=tuple(context.certificate_registry),
        )
    except Exception:  # no DSS, or a damaged one
        return None
    return found if found.ocsps or found.crls else None


def _revinfo_verdict(
    sig: EmbeddedPdfSignature, cert: Certificate, trust: Trust, embedded: Revinfo | None, moment: dt.datetime
) -> tuple[Revocation, Any]:
    """pyHanko's path validation of the signer's certificate at `moment` (a timestamp's time, else now) with
    revocation data required for it: the OCSP answers and CRLs the file carries, the loaded CRLs and, online, what
    this run fetched (OCSP or CRL; nothing is fetched again here). Checked, with the validated path, when an
    answer from the issuer covers it; revoked when one says so then; otherwise not checked."""
    # lazy: asyncio runs pyHanko's certificate validator, imported with it when a signature is checked
    import asyncio

    # lazy: pyHanko's certificate validator, as above
    from pyhanko.sign.validation.status import PdfSignatureStatus
    from pyhanko_certvalidator import ValidationContext, find_valid_path
    from pyhanko_certvalidator.errors import RevokedError
    from pyhanko_certvalidator.policy_decl import CertRevTrustPolicy, RevocationCheckingPolicy, RevocationCheckingRule

    policy = CertRevTrustPolicy(
        RevocationCheckingPolicy(
            ee_certificate_rule=RevocationCheckingRule.CRL_OR_OCSP_REQUIRED,
            intermediate_ca_cert_rule=RevocationCheckingRule.CHECK_IF_DECLARED,
        ),
        retroactive_revinfo=True,
    )
    embedded = embedded or Revinfo()
    fetched_ocsps, fetched_crls = _fetched_revinfo(trust)
    try:
        context = ValidationContext(
            trust_roots=_anchors(trust, moment),
            other_certs=[*trust.intermediates, *embedded.certs],
            crls=[*trust.crls, *embedded.crls, *fetched_crls],
            ocsps=[*embedded.ocsps, *fetched_ocsps],
            revinfo_policy=policy,
            moment=moment,
        )
        context.certificate_registry.register_multiple(
            c.chosen for c in sig.signed_data["certificates"] if c.name == "certificate"
        )
        path = asyncio.run(find_valid_path(cert, context.path_builder.async_build_paths_lazy(cert), context))
        PdfSignatureStatus.default_usage_constraints().validate(cert)  # pyHanko's: non-repudiation
    except RevokedError:
        return Revocation.REVOKED, None
    except Exception:  # no revocation data that covers it (unreachable, garbage, stale), or no valid path then
        return Revocation.NOT_CHECKED, None
    return Revocation.CHECKED, path


def _fetched_revinfo(trust: Trust) -> tuple[list[Any], list[CertificateList]]:
    """Online: the OCSP answers and CRLs this run fetched (pyHanko's validation judges whose they are)."""
    if not trust.online or not _online:
        return [], []
    try:
        fetchers = _online[0][1]
        return list(fetchers.ocsp_fetcher.fetched_responses()), list(fetchers.crl_fetcher.fetched_crls())
    except Exception:  # a fetcher without the lists: nothing shown
        return [], []


def _revoked_after(status: PdfSignatureStatus | Judged, moment: dt.datetime) -> bool:
    """pyHanko found the certificate (or its CA's) revoked, with no proof the signature existed before, and the
    revocation came after `moment`."""
    # lazy: pyHanko, as above
    from pyhanko.sign.ades.report import AdESIndeterminate

    if status.trust_problem_indic not in (AdESIndeterminate.REVOKED_NO_POE, AdESIndeterminate.REVOKED_CA_NO_POE):
        return False
    details = status.revocation_details
    when = getattr(details, "revocation_date", None)
    return isinstance(when, dt.datetime) and when > moment


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


def _trust_problem(status: PdfSignatureStatus | Judged) -> tuple[str, str]:
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
    """A name compared with accents, case and spacing aside: 'Sở  Công Thương' == 'so cong thuong'."""
    return " ".join(ascii_fold(text).lower().split())


def agency_names(unit_name: str, kind: str = "province") -> tuple[str, ...]:
    """The names an agency's certificate may carry in O= for the unit: a ministry's own name; for a province its
    Sở Công Thương (which reports) or its People's Committee (which may sign for it)."""
    if kind == "ministry":
        return (unit_name,)
    city = any(u.city for units in province_lists() for u in units.units if u.name == unit_name)
    level = "thành phố" if city else "tỉnh"
    return (
        f"Sở Công Thương {level} {unit_name}",
        f"Ủy ban nhân dân {level} {unit_name}",
        f"UBND {level} {unit_name}",
    )


def agency_names_unit(organisation: str, unit_name: str, kind: str = "province") -> bool:
    """The certificate names the unit itself in O=, exactly (accents, case and spacing aside; no two units' names
    fold alike): never a name that merely contains the unit's, never an address field."""
    return bool(unit_name.strip()) and fold(organisation) in {fold(n) for n in agency_names(unit_name, kind)}

