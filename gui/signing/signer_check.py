"""One signature's CMS checked, and its certificate chain judged once for a whole import.

For the common case — a PAdES signature without a timestamp token, checked offline — pyHanko's CMS validation
spends most of its time comparing certificate names the LDAP way (asn1crypto prepares every string of every name)
to find the signer's certificate and match its signing-certificate attribute, and then builds and validates the
same chain again for every file. `judge(...)` makes the same checks with byte comparisons:

- the signer's certificate: the one certificate of the CMS with the signer's serial number, its issuer's DER equal
  to the signer identifier's; its ESS signing-certificate-v2 attribute (hash, issuer and serial) matching it;
- content type `data`; the message digest equal to the signed bytes' digest; the CMS algorithm protection
  attribute consistent (pyHanko's own check); the signature value verified with the certificate's key by
  pyhanko-certvalidator's verifier over `cryptography` (RSASSA-PSS, RSA PKCS#1 v1.5, ECDSA), with SHA-256, -384
  or -512 and keys of at least RSA 2048 / ECDSA 256 bits;
- the chain: pyhanko-certvalidator's path building and validation at the moment judged, with the roots given and
  the loaded CRLs, and the key usage pyHanko asks of a signer (non-repudiation).

The chain's verdict is kept in a session cache keyed by the certificate, the CMS's other certificates, the roots,
the intermediates and the CRLs, and reused only for a moment inside the window where nothing it depends on can
change: every certificate of the path valid, no CRL updated, and no loaded CRL listing any of them (then nothing is
kept). So each file's signing time (or now) is still judged against every validity, and a new root set, a new CRL
or another certificate is judged afresh.

Only a signature for which every check holds is answered here; anything else (a timestamp, online revocation,
another algorithm or structure, any check failing) gives None, and pyHanko's full validation answers, with its
reasons.

    judge(sig, roots, trust, moment) -> Judged | None
    signer_certificate(sig) -> Certificate | None     the signer's certificate found by bytes (None: ask pyHanko)
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from asn1crypto.x509 import Certificate
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    from gui.signing.verify import Trust

DIGESTS = frozenset({"sha256", "sha384", "sha512"})
SIGNATURE_ALGORITHMS = frozenset(
    {"rsassa_pss", "sha256_rsa", "sha384_rsa", "sha512_rsa", "sha256_ecdsa", "sha384_ecdsa", "sha512_ecdsa"}
)
CURVES = frozenset({"secp256r1", "secp384r1", "secp521r1"})
SUBFILTERS = frozenset({"/ETSI.CAdES.detached", "/adbe.pkcs7.detached"})
MAX_CACHED = 256  # chains kept (an import meets a few per unit)


@dataclass(frozen=True)
class Judged:
    """What gui.signing.verify reads of pyHanko's PdfSignatureStatus, for a signature every check passed."""

    coverage: Any
    validation_path: Any
    intact: bool = True
    valid: bool = True
    trusted: bool = True
    revoked: bool = False
    trust_problem_indic: Any = None
    timestamp_validity: Any = None
    revocation_details: Any = None


@dataclass(frozen=True)
class _Chain:
    path: Any
    start: dt.datetime  # the verdict holds for a moment in [start, end]
    end: dt.datetime


_chains: dict[tuple[bytes, ...], _Chain] = {}
_trust_keys: dict[int, tuple[Trust, bytes, frozenset[int], tuple[dt.datetime, ...]]] = {}
_loop: asyncio.AbstractEventLoop | None = None


def clear_session() -> None:
    """Forget every chain verdict (tests; the cache is also bounded)."""
    _chains.clear()
    _trust_keys.clear()


def signer_certificate(sig: EmbeddedPdfSignature) -> Certificate | None:
    """The signer's certificate: the only one in the CMS with the signer identifier's serial number, its issuer
    the same bytes as the identifier's. None when that does not single one out (pyHanko's matching decides)."""
    try:
        signer_info = sig.signer_info
        sid = signer_info["sid"]
        if sid.name != "issuer_and_serial_number":
            return None
        serial = sid.chosen["serial_number"].native
        issuer = sid.chosen["issuer"].dump()
        certs = [c.chosen for c in sig.signed_data["certificates"] if c.name == "certificate"]
        same_serial = [c for c in certs if c.serial_number == serial]
        if len(same_serial) != 1 or same_serial[0].issuer.dump() != issuer:
            return None
        cert: Certificate = same_serial[0]
        return cert
    except Exception:  # a structure pyHanko will judge
        return None


def judge(
    sig: EmbeddedPdfSignature, roots: Sequence[Certificate], trust: Trust, moment: dt.datetime | None
) -> Judged | None:
    """The signature intact, valid and its chain trusted at `moment` (now when None), or None (ask pyHanko)."""
    if trust.online:
        return None
    try:
        cert = _integrity(sig)
        if cert is None:
            return None
        path = _chain(sig, cert, roots, trust, moment or dt.datetime.now(dt.UTC))
    except Exception:  # whatever is unusual: pyHanko's validation says what
        return None
    if path is None:
        return None
    return Judged(coverage=sig.coverage, validation_path=path)


def _integrity(sig: EmbeddedPdfSignature) -> Certificate | None:
    # lazy: asn1crypto and pyHanko are imported when a signature is checked
    from asn1crypto import core
    from pyhanko.sign.general import find_unique_cms_attribute
    from pyhanko.sign.validation.generic_cms import validate_algorithm_protection
    from pyhanko_certvalidator.sig_validate import DefaultSignatureValidator, SignatureValidationContext

    if sig.sig_object_type != "/Sig" or sig.sig_object.get("/SubFilter") not in SUBFILTERS:
        return None
    if "/SV" in sig.sig_field:
        return None  # seed values: pyHanko reports on them
    signed_data = sig.signed_data
    if len(signed_data["signer_infos"]) != 1 or signed_data["encap_content_info"]["content"] is not core.VOID:
        return None
    if signed_data["encap_content_info"]["content_type"].native != "data":
        return None
    signer_info = sig.signer_info
    if signer_info["signed_attrs"] is core.VOID:
        return None
    unsigned = signer_info["unsigned_attrs"]
    if unsigned is not core.VOID and len(unsigned):
        return None  # a timestamp token (or anything else): pyHanko validates it
    md = signer_info["digest_algorithm"]["algorithm"].native
    algorithm = signer_info["signature_algorithm"]
    if md not in DIGESTS or algorithm["algorithm"].native not in SIGNATURE_ALGORITHMS:
        return None
    cert = signer_certificate(sig)
    if cert is None or not _strong_key(cert):
        return None
    # The digest, and the coverage gui.signing.verify reads (pyHanko's, without its difference analysis).
    sig.compute_integrity_info(skip_diff=True)
    digest = sig.compute_digest()
    attrs = signer_info["signed_attrs"].untag()
    types = [a["type"].native for a in attrs]
    if "signing_certificate" in types or types.count("signing_certificate_v2") != 1:
        return None
    if "content_time_stamp" in types:
        return None
    validate_algorithm_protection(
        attrs,
        claimed_digest_algorithm_obj=signer_info["digest_algorithm"],
        claimed_signature_algorithm_obj=algorithm,
        claimed_mac_algorithm_obj=None,
    )
    if find_unique_cms_attribute(attrs, "content_type").native != "data":
        return None
    if find_unique_cms_attribute(attrs, "message_digest").native != digest:
        return None
    if not _signing_certificate_matches(find_unique_cms_attribute(attrs, "signing_certificate_v2"), cert):
        return None
    DefaultSignatureValidator().validate_signature(
        signer_info["signature"].native,
        attrs.dump(),
        cert.public_key,
        algorithm,
        context=SignatureValidationContext(contextual_md_algorithm=md, prehashed=False),
    )  # raises InvalidSignature: pyHanko then says the signature does not match
    return cert


def _strong_key(cert: Certificate) -> bool:
    key = cert.public_key
    if key.algorithm == "rsa":
        return bool(key.bit_size >= 2048)
    return key.algorithm == "ec" and key.curve[1] in CURVES


def _signing_certificate_matches(attribute: Any, cert: Certificate) -> bool:
    """ESS signing-certificate-v2: its first entry's hash is the certificate's, and its issuer and serial (when
    given) are the certificate's."""
    first = attribute["certs"][0]
    algorithm = first["hash_algorithm"]["algorithm"].native
    if algorithm not in DIGESTS or hashlib.new(algorithm, cert.dump()).digest() != first["cert_hash"].native:
        return False
    issuer_serial = first["issuer_serial"]
    if issuer_serial.native is None:
        return True
    names = issuer_serial["issuer"]
    return (
        issuer_serial["serial_number"].native == cert.serial_number
        and len(names) == 1
        and names[0].name == "directory_name"
        and _same_name(names[0].chosen, cert.issuer)
    )


def _same_name(a: Any, b: Any) -> bool:
    """Equal names: the same bytes, or the same decoded values (pyHanko writes the issuer again, in other string
    types); anything else is left to the LDAP comparison in pyHanko's validation."""
    return bool(a.dump() == b.dump() or a.native == b.native)


def _chain(
    sig: EmbeddedPdfSignature, cert: Certificate, roots: Sequence[Certificate], trust: Trust, moment: dt.datetime
) -> Any:
    """The validated path of `cert` at `moment`, from the session cache when its verdict holds then."""
    trust_key, revoked, crl_times = _trust_key(trust)
    others = [c.chosen for c in sig.signed_data["certificates"] if c.chosen.dump() != cert.dump()]
    key = (
        cert.sha256,
        *sorted(c.sha256 for c in others),
        b"|roots",
        *sorted(r.sha256 for r in roots),
        b"|trust",
        trust_key,
    )
    cached = _chains.get(key)
    if cached is not None and cached.start <= moment <= cached.end:
        return cached.path
    path = _validate(cert, others, roots, trust, moment)
    if path is None:
        return None
    certs = list(path.iter_certs(include_root=True))
    if any(c.serial_number in revoked for c in certs):
        return path  # a loaded CRL names one of them: judged afresh every time, never kept
    start = max(c["tbs_certificate"]["validity"]["not_before"].native for c in certs)
    end = min(c["tbs_certificate"]["validity"]["not_after"].native for c in certs)
    start = max([start, *(t for t in crl_times if t <= moment)])
    end = min([end, *(t for t in crl_times if t > moment)])
    if start <= moment <= end:
        if len(_chains) >= MAX_CACHED:
            _chains.clear()
        _chains[key] = _Chain(path, start, end)
    return path


def _trust_key(trust: Trust) -> tuple[bytes, frozenset[int], tuple[dt.datetime, ...]]:
    """A digest of the roots, intermediates and CRLs; every serial number a CRL lists; every CRL's update times.
    Computed once per Trust object (a national CA's CRL is large)."""
    known = _trust_keys.get(id(trust))
    if known is not None and known[0] is trust:
        return known[1], known[2], known[3]
    digest = hashlib.sha256()
    for group in (trust.roots, trust.intermediates, trust.crls):
        digest.update(b"|")
        for item in group:
            digest.update(hashlib.sha256(item.dump()).digest())
    revoked: set[int] = set()
    times: list[dt.datetime] = []
    for lst in trust.crls:
        tbs = lst["tbs_cert_list"]
        for entry in tbs["revoked_certificates"] or ():
            revoked.add(int(entry["user_certificate"].native))
        for field in ("this_update", "next_update"):
            value = tbs[field].native
            if isinstance(value, dt.datetime):
                times.append(value)
    if len(_trust_keys) > 16:
        _trust_keys.clear()
    _trust_keys[id(trust)] = (trust, digest.digest(), frozenset(revoked), tuple(times))
    return digest.digest(), frozenset(revoked), tuple(times)


def _validate(
    cert: Certificate, others: list[Certificate], roots: Sequence[Certificate], trust: Trust, moment: dt.datetime
) -> Any:
    """pyhanko-certvalidator's path validation, as pyHanko's CMS validation runs it; None when it fails."""
    # lazy: pyHanko's certificate validator is imported when a signature is checked
    from pyhanko.sign.validation.status import PdfSignatureStatus
    from pyhanko_certvalidator import ValidationContext, find_valid_path

    context = ValidationContext(
        trust_roots=list(roots),
        other_certs=list(trust.intermediates),
        crls=list(trust.crls) or None,
        allow_fetching=False,
        moment=moment,
        retroactive_revinfo=True,
    )
    context.certificate_registry.register_multiple(others)

    async def run() -> Any:
        path = await find_valid_path(cert, context.path_builder.async_build_paths_lazy(cert), context)
        if path.pkix_len > 0:
            PdfSignatureStatus.default_usage_constraints().validate(cert)  # pyHanko's: non-repudiation
        return path

    global _loop
    if _loop is None or _loop.is_closed():
        _loop = asyncio.new_event_loop()  # one loop for a whole session: making one per file costs
    try:
        return _loop.run_until_complete(run())
    except Exception:  # not trusted, or not shown: pyHanko's validation says why
        return None
