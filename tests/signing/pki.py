"""A throwaway PKI for the signing tests, built with `cryptography`: a root, an intermediate, certificates for two
provinces' Sở Công Thương (O= the unit, as VGCA issues them), an expired one, one from another root, one that may
not sign; each end-entity also as a .pfx file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

PASSWORD = "mật-khẩu-pfx-1"
NOW = dt.datetime.now(dt.UTC)


@dataclass
class Issued:
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    pfx: Path
    pem: Path


@dataclass
class Pki:
    root: Issued
    intermediate: Issued
    nghe_an: Issued  # Nguyễn Văn An, Sở Công Thương tỉnh Nghệ An
    nghe_an_clerk: Issued  # the clerk's certificate, same unit
    ha_tinh: Issued
    ha_tinh_clerk: Issued  # the Sở's own certificate (CN and O: Sở Công Thương tỉnh Hà Tĩnh)
    expired: Issued
    not_yet: Issued
    no_signing: Issued
    stranger_root: Issued
    stranger: Issued
    tsa: Issued  # a timestamp authority under the same root (tests/signing/conftest.py serves it over HTTP)
    company: Issued  # a company in Nghệ An: ST=Nghệ An, L=Vinh, but O= the company (issue 20: never the Sở's)
    revoked: Issued  # Nghệ An's, valid, listed in the intermediate's CRL (revocation_list)
    expired_root: Issued  # a root that ended yesterday, and a certificate it issued (expired_root_user)
    expired_root_user: Issued
    future_root: Issued  # a root valid only from tomorrow, and a certificate it issued
    future_root_user: Issued
    ecdsa: Issued  # Nguyễn Văn An with an ECDSA P-256 key
    weak: Issued  # an RSA 1024-bit key: refused before signing (Thông tư 15/2025/TT-BKHCN)


def _name(cn: str, org: str | None = None, province: str | None = None, locality: str | None = None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if province:
        parts.append(x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, province))
    if locality:
        parts.append(x509.NameAttribute(NameOID.LOCALITY_NAME, locality))
    if org:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(parts)


def _issue(
    folder: Path,
    stem: str,
    subject: x509.Name,
    issuer: Issued | None,
    *,
    ca: bool,
    start: dt.datetime = NOW - dt.timedelta(days=30),
    end: dt.datetime = NOW + dt.timedelta(days=365),
    signing: bool = True,
    timestamping: bool = False,
    crl_url: str | None = None,
    ocsp_url: str | None = None,
    ocsp_signing: bool = False,
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | None = None,
) -> Issued:
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False
        )
    builder = builder.add_extension(
        x509.KeyUsage(
            digital_signature=signing and not ca,
            content_commitment=signing and not ca,
            key_encipherment=not signing,
            data_encipherment=False,
            key_agreement=False,
            key_cert_sign=ca,
            crl_sign=ca,
            encipher_only=False,
            decipher_only=False,
        ),
        critical=True,
    )
    if crl_url:
        builder = builder.add_extension(
            x509.CRLDistributionPoints(
                [x509.DistributionPoint([x509.UniformResourceIdentifier(crl_url)], None, None, None)]
            ),
            critical=False,
        )
    if ocsp_url:  # Authority Information Access: where to ask the issuer's OCSP responder
        builder = builder.add_extension(
            x509.AuthorityInformationAccess(
                [x509.AccessDescription(AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ocsp_url))]
            ),
            critical=False,
        )
    if timestamping:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    if ocsp_signing:  # a responder the issuing CA delegated its OCSP answers to (RFC 6960, 4.2.2.2)
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.OCSP_SIGNING]), critical=False)
        builder = builder.add_extension(x509.OCSPNoCheck(), critical=False)
    cert = builder.sign(issuer.key if issuer else key, hashes.SHA256())
    pem = folder / f"{stem}.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pfx = folder / f"{stem}.pfx"
    chain = [issuer.cert] if issuer else None
    pfx.write_bytes(
        pkcs12.serialize_key_and_certificates(
            stem.encode(), key, cert, chain, serialization.BestAvailableEncryption(PASSWORD.encode())
        )
    )
    return Issued(key, cert, pfx, pem)


# The CAs and the timestamp authority outlive every end-entity certificate, so a signature made while an
# expired certificate was still valid can be judged at that time (tests/signing/test_signing_time.py).
LONG = {"start": NOW - dt.timedelta(days=1500), "end": NOW + dt.timedelta(days=3650)}


def revocation_list(issuer: Issued, revoked: list[x509.Certificate], when: dt.datetime = NOW) -> bytes:
    """A CRL (DER) from `issuer` listing `revoked`, each revoked an hour before `when`."""
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.cert.subject)
        .last_update(when - dt.timedelta(days=1))
        .next_update(when + dt.timedelta(days=7))
    )
    for cert in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(cert.serial_number)
            .revocation_date(when - dt.timedelta(hours=1))
            .build()
        )
    return builder.sign(issuer.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def build_pki(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    root = _issue(folder, "root", _name("Bo Cong Thuong Root CA (test)", "Bộ Công Thương"), None, ca=True, **LONG)
    inter = _issue(
        folder, "intermediate", _name("CA ky so chuyen dung (test)", "Ban Cơ yếu Chính phủ"), root, ca=True, **LONG
    )

    def person(stem: str, cn: str, org: str, province: str, **kw) -> Issued:  # type: ignore[no-untyped-def]
        return _issue(folder, stem, _name(cn, org, province), inter, ca=False, **kw)

    stranger_root = _issue(folder, "stranger-root", _name("Other Root CA"), None, ca=True)
    expired_root = _issue(
        folder,
        "expired-root",
        _name("Expired Root CA (test)"),
        None,
        ca=True,
        start=NOW - dt.timedelta(days=3000),
        end=NOW - dt.timedelta(days=1),
    )
    future_root = _issue(
        folder,
        "future-root",
        _name("Future Root CA (test)"),
        None,
        ca=True,
        start=NOW + dt.timedelta(days=1),
        end=NOW + dt.timedelta(days=3000),
    )
    return Pki(
        root=root,
        intermediate=inter,
        nghe_an=person("nghe-an", "Nguyễn Văn An", "Sở Công Thương tỉnh Nghệ An", "Nghệ An"),
        nghe_an_clerk=person(
            "nghe-an-van-thu", "Sở Công Thương tỉnh Nghệ An", "Sở Công Thương tỉnh Nghệ An", "Nghệ An"
        ),
        ha_tinh=person("ha-tinh", "Trần Thị Hà", "Sở Công Thương tỉnh Hà Tĩnh", "Hà Tĩnh"),
        ha_tinh_clerk=person(
            "ha-tinh-van-thu", "Sở Công Thương tỉnh Hà Tĩnh", "Sở Công Thương tỉnh Hà Tĩnh", "Hà Tĩnh"
        ),
        expired=person(
            "expired",
            "Lê Văn Cũ",
            "Sở Công Thương tỉnh Nghệ An",
            "Nghệ An",
            start=NOW - dt.timedelta(days=800),
            end=NOW - dt.timedelta(days=70),
        ),
        not_yet=person(
            "not-yet",
            "Lê Văn Mới",
            "Sở Công Thương tỉnh Nghệ An",
            "Nghệ An",
            start=NOW + dt.timedelta(days=10),
            end=NOW + dt.timedelta(days=400),
        ),
        no_signing=person("no-signing", "Mã hóa", "Sở Công Thương tỉnh Nghệ An", "Nghệ An", signing=False),
        stranger_root=stranger_root,
        stranger=_issue(
            folder,
            "stranger",
            _name("Nguyễn Văn An", "Sở Công Thương tỉnh Nghệ An", "Nghệ An"),
            stranger_root,
            ca=False,
        ),
        tsa=_issue(folder, "tsa", _name("TSA (test)", "Bộ Công Thương"), inter, ca=False, timestamping=True, **LONG),
        company=_issue(
            folder,
            "company",
            _name("Công ty TNHH Thương mại Hồng Lam", "Công ty TNHH Thương mại Hồng Lam", "Nghệ An", "Nghệ An"),
            inter,
            ca=False,
        ),
        revoked=person("revoked", "Lê Thị Thu Hồi", "Sở Công Thương tỉnh Nghệ An", "Nghệ An"),
        expired_root=expired_root,
        expired_root_user=_issue(
            folder,
            "expired-root-user",
            _name("Nguyễn Văn An", "Sở Công Thương tỉnh Nghệ An", "Nghệ An"),
            expired_root,
            ca=False,
            start=NOW - dt.timedelta(days=30),
            end=NOW + dt.timedelta(days=30),
        ),
        ecdsa=person("ecdsa", "Nguyễn Văn An", "Sở Công Thương tỉnh Nghệ An", "Nghệ An", key=ec.generate_private_key(ec.SECP256R1())),
        weak=person(
            "weak",
            "Nguyễn Văn Yếu",
            "Sở Công Thương tỉnh Nghệ An",
            "Nghệ An",
            key=rsa.generate_private_key(public_exponent=65537, key_size=1024),
        ),
        future_root=future_root,
        future_root_user=_issue(
            folder,
            "future-root-user",
            _name("Nguyễn Văn An", "Sở Công Thương tỉnh Nghệ An", "Nghệ An"),
            future_root,
            ca=False,
            start=NOW - dt.timedelta(days=30),
            end=NOW + dt.timedelta(days=30),
        ),
    )
