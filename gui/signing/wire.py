"""A signature verification's result and the trust it was judged against, as JSON, for the pipe to the PDF worker
(gui.pdf.guarded verifies received files in a child process). Bytes travel as base64, times as ISO 8601 strings,
certificates as DER: never pickle, since a reply comes from a process that has just parsed a hostile file.

The signed revision is not sent back: only its length, as the parent already holds the file's bytes."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from gui.signing.verify import BROKEN, TRUSTED, UNSIGNED, UNVERIFIED, SignatureCheck, Trust, Verification

STATUSES = (TRUSTED, UNVERIFIED, UNSIGNED, BROKEN)


class WireError(ValueError):
    """A reply that is not a verification as this module writes it."""


def trust_to_wire(trust: Trust) -> dict[str, list[str]]:
    return {
        "roots": [_b64(cert.dump()) for cert in trust.roots],
        "intermediates": [_b64(cert.dump()) for cert in trust.intermediates],
    }


def trust_from_wire(message: dict[str, Any]) -> Trust:
    from asn1crypto import x509

    def certs(key: str) -> tuple[Any, ...]:
        return tuple(x509.Certificate.load(base64.b64decode(text)) for text in message.get(key) or ())

    return Trust(certs("roots"), certs("intermediates"))


def verification_to_wire(result: Verification) -> dict[str, Any]:
    return {
        "status": result.status,
        "signatures": [_check_to_wire(check) for check in result.signatures],
        "signed_length": None if result.signed_data is None else len(result.signed_data),
        "problems": list(result.problems),
    }


def verification_from_wire(message: dict[str, Any], data: bytes) -> Verification:
    """The verification of `data` (the file sent to the worker): its signed revision cut from it by length."""
    try:
        status = message["status"]
        if status not in STATUSES:
            raise WireError(f"unknown status {status!r}")
        length = message.get("signed_length")
        if length is not None and not (isinstance(length, int) and 0 < length <= len(data)):
            raise WireError(f"signed length {length!r} outside the file")
        return Verification(
            status,
            tuple(_check_from_wire(item) for item in message.get("signatures") or ()),
            data[:length] if length is not None else None,
            _texts(message.get("problems")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise WireError(str(error)) from None


def _check_to_wire(check: SignatureCheck) -> dict[str, Any]:
    return {
        "field": check.field,
        "holder": check.holder,
        "organisation": check.organisation,
        "fingerprint": check.fingerprint,
        "signed_at": check.signed_at.isoformat() if check.signed_at is not None else None,
        "timestamped": check.timestamped,
        "intact": check.intact,
        "covered": check.covered,
        "trusted": check.trusted,
        "identity_ok": check.identity_ok,
        "problems": list(check.problems),
        "names": list(check.names),
    }


def _check_from_wire(item: dict[str, Any]) -> SignatureCheck:
    signed_at = item.get("signed_at")
    return SignatureCheck(
        field=str(item["field"]),
        holder=str(item["holder"]),
        organisation=str(item["organisation"]),
        fingerprint=str(item["fingerprint"]),
        signed_at=dt.datetime.fromisoformat(signed_at) if signed_at is not None else None,
        timestamped=item["timestamped"] is True,
        intact=item["intact"] is True,
        covered=item["covered"] is True,
        trusted=item["trusted"] is True,
        identity_ok=item.get("identity_ok", True) is True,
        problems=_texts(item.get("problems")),
        names=_texts(item.get("names")),
    )


def _texts(values: Any) -> tuple[str, ...]:
    if values is None:
        return ()
    if not isinstance(values, list):
        raise WireError("a list of texts expected")
    return tuple(str(value) for value in values)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
