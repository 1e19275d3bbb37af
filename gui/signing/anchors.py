"""Certificates and CRLs the Ministry loads or registers, read from bytes (a .cer/.crt/.pem/.crl file, or the
signature of a received PDF), described for a person, and turned into the Trust a verification uses.

    read_trust_items(data, name) -> list[TrustItem]            roots, intermediates and CRLs in a file
    read_certificate(data, name) -> CertificateInfo            one end-entity certificate (a unit's .cer/.crt)
    signer_certificates(pdf) -> list[CertificateInfo]          each signature's certificate, in file order
    signature_certificates(pdf) -> list[SignerCertificates]   the same with the CMS's other certificates
    trust_of(items) -> Trust
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.signing.verify import Trust

if TYPE_CHECKING:
    from asn1crypto.x509 import Certificate

ROOT, INTERMEDIATE, CRL = "root", "intermediate", "crl"
MAX_SIGNATURES = 8  # a report has two; more are read no further


@dataclass(frozen=True)
class CertificateInfo:
    fingerprint: str  # SHA-256 of the DER, hex
    subject: str
    issuer: str
    holder: str  # CN
    organisation: str  # O
    valid_from: dt.datetime
    valid_to: dt.datetime
    der: bytes


@dataclass(frozen=True)
class SignerCertificates:
    """A signature's certificate and the other certificates its CMS carries (intermediates, for the chain)."""

    fingerprint: str
    der: bytes
    others: tuple[bytes, ...]  # DER

    @property
    def signer(self) -> CertificateInfo:
        # lazy: as above
        from asn1crypto import x509

        return _info(x509.Certificate.load(self.der))


@dataclass(frozen=True, kw_only=True)
class TrustItem:
    kind: str  # root | intermediate | crl
    fingerprint: str
    name: str  # the CA's name (a CRL: its issuer's)
    valid_from: dt.datetime | None  # a CRL: this update
    valid_to: dt.datetime | None  # a CRL: next update
    der: bytes


def _blobs(data: bytes) -> list[bytes]:
    # lazy: asn1crypto is imported when a certificate file is read
    from asn1crypto import pem

    return [der for _kind, _headers, der in pem.unarmor(data, multiple=True)] if pem.detect(data) else [data]


def _name(name: object) -> str:
    human = getattr(name, "human_friendly", "")
    return str(human)


def _short_name(name: object) -> str:
    """A CA as a person names it: its common name, with its organisation when that says more."""
    native = getattr(name, "native", None)
    if not isinstance(native, dict):
        return _name(name)
    common, organisation = str(native.get("common_name") or ""), str(native.get("organization_name") or "")
    if common and organisation and organisation not in common:
        return f"{common} — {organisation}"
    return common or organisation or _name(name)


def _info(cert: Certificate) -> CertificateInfo:
    subject = cert.subject.native
    validity = cert["tbs_certificate"]["validity"]
    der = cert.dump()
    return CertificateInfo(
        fingerprint=hashlib.sha256(der).hexdigest(),
        subject=_name(cert.subject),
        issuer=_name(cert.issuer),
        holder=str(subject.get("common_name", "")),
        organisation=str(subject.get("organization_name", "")),
        valid_from=validity["not_before"].native,
        valid_to=validity["not_after"].native,
        der=der,
    )


def _not_a_certificate(name: str) -> UserError:
    return UserError(
        translate(
            "Signing",
            "Tệp {path} không phải chứng thư số (X.509, dạng .cer/.crt/.pem) hay danh sách thu hồi (.crl). Hãy chọn "
            "tệp chứng thư số gốc, trung gian hoặc tệp CRL do tổ chức cấp chứng thư cung cấp.",
        ).format(path=name)
    )


def read_trust_items(data: bytes, name: str) -> list[TrustItem]:
    """Every certificate (self-signed: a root) and CRL in a PEM or DER file; UserError naming the file otherwise."""
    # lazy: as above
    from asn1crypto import crl, x509

    items: list[TrustItem] = []
    for der in _blobs(data):
        try:
            cert = x509.Certificate.load(der)
            cert.native  # noqa: B018  # parsed fully now, so a damaged file is refused here
            info = _info(cert)
            kind = ROOT if cert.self_signed in ("yes", "maybe") else INTERMEDIATE
            name = _short_name(cert.subject)
            items.append(
                TrustItem(
                    kind=kind,
                    fingerprint=info.fingerprint,
                    name=name,
                    valid_from=info.valid_from,
                    valid_to=info.valid_to,
                    der=info.der,
                )
            )
            continue
        except (ValueError, TypeError, KeyError):
            pass
        try:
            revoked = crl.CertificateList.load(der)
            tbs = revoked["tbs_cert_list"]
            revoked.native  # noqa: B018  # as above
            next_update = tbs["next_update"].native
            items.append(
                TrustItem(
                    kind=CRL,
                    fingerprint=hashlib.sha256(der).hexdigest(),
                    name=_short_name(tbs["issuer"]),
                    valid_from=tbs["this_update"].native,
                    valid_to=next_update if isinstance(next_update, dt.datetime) else None,
                    der=der,
                )
            )
        except (ValueError, TypeError, KeyError):
            raise _not_a_certificate(name) from None
    if not items:
        raise _not_a_certificate(name)
    return items


def read_certificate(data: bytes, name: str) -> CertificateInfo:
    """The one end-entity certificate of a .cer/.crt/.pem file a unit sent."""
    # lazy: as above
    from asn1crypto import x509

    blobs = _blobs(data)
    try:
        certs = [x509.Certificate.load(der) for der in blobs]
        for cert in certs:
            cert.native  # noqa: B018  # as above
    except (ValueError, TypeError, KeyError):
        raise _not_a_certificate(name) from None
    ends = [c for c in certs if not c.ca]
    if len(ends) != 1:
        raise UserError(
            translate(
                "Signing",
                "Tệp {path} phải chứa đúng một chứng thư số của người ký hoặc của cơ quan (không phải chứng thư của "
                "tổ chức cấp chứng thư); tệp có {count}.",
            ).format(path=name, count=len(ends))
        )
    return _info(ends[0])


_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]")


def signer_certificates(pdf: bytes) -> list[CertificateInfo]:
    """Each signature's signer certificate, in the order of the file (read from the CMS between the byte ranges;
    the verification has already judged the signatures, this only names their certificates)."""
    return [found.signer for found in signature_certificates(pdf)]


def signature_certificates(pdf: bytes) -> list[SignerCertificates]:
    """Each signature's certificates, in the order of the file."""
    # lazy: as above
    from asn1crypto import cms

    found: list[tuple[int, SignerCertificates]] = []
    for match in _BYTE_RANGE.finditer(pdf):
        start, length, second, _rest = (int(g) for g in match.groups())
        gap = pdf[start + length : second].strip()
        if not (gap.startswith(b"<") and gap.endswith(b">")):
            continue
        try:
            # The CMS is padded with zeros to the space reserved for it: asn1crypto reads the one DER value and leaves
            # the padding. Never strip the zeros: the DER itself may end in 0x00 (the signature value's last byte,
            # one signature in 256), and then nothing would be found.
            info = cms.ContentInfo.load(bytes.fromhex(gap[1:-1].decode("ascii")))
            signed = info["content"]
            signer = signed["signer_infos"][0]["sid"]
            certs = [choice.chosen for choice in signed["certificates"] if choice.name == "certificate"]
            sid = signer.chosen
            for cert in certs:
                if signer.name == "issuer_and_serial_number":
                    matches = cert.issuer == sid["issuer"] and cert.serial_number == sid["serial_number"].native
                else:
                    matches = cert.key_identifier == sid.native
                if matches:
                    der = cert.dump()
                    others = tuple(c.dump() for c in certs if c is not cert)
                    found.append((second, SignerCertificates(hashlib.sha256(der).hexdigest(), der, others)))
                    break
        except (ValueError, TypeError, KeyError, IndexError):
            continue
        if len(found) >= MAX_SIGNATURES:
            break
    return [info for _at, info in sorted(found, key=lambda pair: pair[0])]


def trust_of(items: list[TrustItem], base: Trust | None = None) -> Trust:
    """The roots and intermediates (and the CRLs, when the verification takes them) as one Trust."""
    # lazy: as above
    from asn1crypto import crl, x509

    base = base or Trust()
    roots = [x509.Certificate.load(i.der) for i in items if i.kind == ROOT]
    others = [x509.Certificate.load(i.der) for i in items if i.kind == INTERMEDIATE]
    crls = [crl.CertificateList.load(i.der) for i in items if i.kind == CRL]
    return Trust(
        roots=(*base.roots, *roots),
        intermediates=(*base.intermediates, *others),
        crls=(*base.crls, *crls),
        online=base.online,
    )
