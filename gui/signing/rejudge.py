"""A stored signature judged again against new trust (roots, intermediates, CRLs) without parsing its PDF again.

What a signature proves about the bytes — integrity (the signed bytes unchanged, the signature value matching the
certificate) and coverage (nothing but signatures added after it) — depends only on those bytes, which the store
keeps unchanged; the import established it with the full verification (gui.signing.verify). What depends on the
Ministry's trust is the certificate's chain to a loaded root, its validity at the signing time, its key usage and
its revocation: that is judged again here, from the certificates in the signature's CMS, with pyHanko's path
validation (no network), as gui.signing.verify judges it. A full verification of every file costs some 150 ms a
file (pyHanko's difference analysis): the re-verification after a root is loaded would take minutes for 1,000.

    rejudge(stored, certificates, trust, runner) -> dict | None  the stored signature with its trust judged again; None
                                                          when it cannot be (the caller verifies the file fully)
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import TYPE_CHECKING, Any

from gui.core.i18n import bilingual
from gui.signing.anchors import SignerCertificates
from gui.signing.verify import VN, Trust

if TYPE_CHECKING:
    from asn1crypto.x509 import Certificate


REVOKED = "chứng thư số đã bị thu hồi"
UNTRUSTED_TIMESTAMP = "dấu thời gian không xác minh được"  # how gui.signing.verify begins that problem  # as gui.signing.verify words it (in Vietnamese: what the store keeps)


def _when(value: Any) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment


def rejudge(
    stored: dict[str, Any], found: SignerCertificates, trust: Trust, runner: asyncio.Runner | None = None
) -> dict[str, Any] | None:
    """`stored`: a signature as gui.signing.inbox.signature_rows keeps it; `found`: its certificates from the
    stored file. None when the stored signature does not say enough (received before these fields were kept)."""
    if "trust_problem" not in stored or not stored.get("intact"):
        return None
    if any(str(p).startswith(UNTRUSTED_TIMESTAMP) for p in stored.get("problems", [])):
        return None  # its timestamp's authority was not trusted: a root loaded since may vouch for it (full check)
    if found.fingerprint != stored.get("fingerprint"):
        return None
    claimed = _when(stored.get("signed_at"))
    now = dt.datetime.now(dt.UTC)
    # As gui.signing.verify judges: a trusted timestamp proves the signing time; without one the signer's clock
    # proves nothing, so the chain is judged now and the certificate must also have been valid when it claims.
    moment = claimed if stored.get("timestamped") and claimed is not None else now
    if runner is None:
        with asyncio.Runner() as own:
            problem = _chain_problem(found, trust, moment, own, judged_now=moment is now)
    else:
        problem = _chain_problem(found, trust, moment, runner, judged_now=moment is now)
    if problem is None and moment is now and claimed is not None and claimed <= now + dt.timedelta(minutes=5):
        # lazy: asn1crypto, as below
        from asn1crypto import x509

        problem = _outside_validity(x509.Certificate.load(found.der), claimed, judged_now=False)
    old = str(stored.get("trust_problem") or "")
    problems = [str(p) for p in stored.get("problems", []) if str(p) != old]
    if problem is not None:
        problems.append(problem[0])
    return {
        **stored,
        "chain_trusted": problem is None,
        "trust_problem": problem[0] if problem else "",
        "problems": problems,
        "revocation": _revocation(stored, found, trust, problem),
    }


def _revocation(
    stored: dict[str, Any], found: SignerCertificates, trust: Trust, problem: tuple[str, str] | None
) -> str:
    """Whether revocation was checked, judged again: revoked when the path validation says so; checked when a loaded
    CRL is its issuer's (the validation used it) or when the import checked it (online); else not checked."""
    # lazy: as below
    from asn1crypto import x509

    if problem is not None and problem[0] == REVOKED:
        return "revoked"
    issuer = x509.Certificate.load(found.der).issuer
    if problem is None and any(lst["tbs_cert_list"]["issuer"] == issuer for lst in trust.crls):
        return "checked"
    return "checked" if stored.get("revocation") == "checked" and problem is None else "not_checked"


def _chain_problem(
    found: SignerCertificates, trust: Trust, moment: dt.datetime, runner: asyncio.Runner, *, judged_now: bool
) -> tuple[str, str] | None:
    """Why the certificate is not trusted at `moment` (Vietnamese, English), None when it is; worded as
    gui.signing.verify words it."""
    # lazy: asn1crypto and pyHanko's certificate validator are imported when a re-verification runs
    from asn1crypto import x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import (
        ExpiredError,
        InvalidCertificateError,
        NotYetValidError,
        PathBuildingError,
        RevokedError,
    )

    cert = x509.Certificate.load(found.der)
    others = [x509.Certificate.load(der) for der in found.others]
    outside = _outside_validity(cert, moment, judged_now)
    if outside is not None:
        return outside
    # A root is an anchor only while it is valid (now, and at the moment judged).
    now = dt.datetime.now(dt.UTC)
    roots = [r for r in trust.roots if _valid_at(r, now) and _valid_at(r, moment)]
    context = ValidationContext(
        trust_roots=roots,
        other_certs=[*trust.intermediates, *others],
        allow_fetching=False,
        moment=moment,
        crls=list(trust.crls),
    )
    validator = CertificateValidator(cert, intermediate_certs=others, validation_context=context)
    try:
        runner.run(validator.async_validate_path())  # one event loop for a whole re-verification: a new one costs
    except PathBuildingError:
        return bilingual(
            "Signing",
            "chứng thư số không được cấp bởi tổ chức nào trong danh sách tin cậy đã nạp (thiếu chứng thư số gốc "
            "hoặc trung gian)",
        ).format()
    except RevokedError:
        return bilingual("Signing", REVOKED).format()
    except (ExpiredError, NotYetValidError):
        return bilingual("Signing", "chứng thư số không xác minh được với danh sách tin cậy đã nạp").format()
    except InvalidCertificateError:
        return bilingual("Signing", "chứng thư số không được phép dùng để ký văn bản (mục đích sử dụng khóa)").format()
    except Exception:  # whatever else the validator finds wrong: not trusted, said plainly
        return bilingual("Signing", "chứng thư số không xác minh được với danh sách tin cậy đã nạp").format()
    usage = set(cert.key_usage_value.native) if cert.key_usage_value is not None else set()
    if usage and not usage & {"digital_signature", "non_repudiation"}:
        return bilingual("Signing", "chứng thư số không được phép dùng để ký văn bản (mục đích sử dụng khóa)").format()
    return None


def _valid_at(cert: Certificate, moment: dt.datetime) -> bool:
    validity = cert["tbs_certificate"]["validity"]
    return bool(validity["not_before"].native <= moment <= validity["not_after"].native)


def _outside_validity(cert: Certificate, moment: dt.datetime, judged_now: bool) -> tuple[str, str] | None:
    validity = cert["tbs_certificate"]["validity"]
    start, end = validity["not_before"].native, validity["not_after"].native
    if start <= moment <= end:
        return None
    if judged_now:
        what = bilingual("Signing", "lúc kiểm tra").format()
    else:
        what = bilingual("Signing", "thời điểm ký").format()
    if moment < start:
        state = bilingual("Signing", "chưa có hiệu lực vào {what}").format(what=what)
    else:
        state = bilingual("Signing", "đã hết hạn trước {what}").format(what=what)
    return bilingual("Signing", "chứng thư số {state} (hiệu lực từ {start} đến {end} giờ Việt Nam)").format(
        state=state, start=f"{start.astimezone(VN):%d/%m/%Y %H:%M}", end=f"{end.astimezone(VN):%d/%m/%Y %H:%M}"
    )
