"""A signature verification's result and the trust it was judged against, as JSON, for the pipe to the PDF worker
(gui.pdf.sandbox verifies received files in a child process). Bytes travel as base64, times as ISO 8601 strings,
certificates as DER: never pickle, since a reply comes from a process that has just parsed a hostile file.

The signed revision is not sent back: only its length, as the parent already holds the file's bytes."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import typing
from typing import Any

from gui.signing.roles import Role
from gui.signing.verify import Revocation, SignatureCheck, Status, Trust, Verification

STATUSES = tuple(Status)


class WireError(ValueError):
    """A reply that is not a verification as this module writes it."""


def trust_to_wire(trust: Trust) -> dict[str, Any]:
    return {
        "roots": [_b64(cert.dump()) for cert in trust.roots],
        "intermediates": [_b64(cert.dump()) for cert in trust.intermediates],
        "crls": [_b64(lst.dump()) for lst in trust.crls],
        "online": trust.online,
    }


def trust_from_wire(message: dict[str, Any]) -> Trust:
    # lazy: asn1crypto is imported when certificates cross to the worker, not with the wire format's types
    from asn1crypto import crl, x509

    def certs(key: str) -> tuple[x509.Certificate, ...]:
        return tuple(x509.Certificate.load(base64.b64decode(text)) for text in message.get(key) or ())

    lists = tuple(crl.CertificateList.load(base64.b64decode(text)) for text in message.get("crls") or ())
    return Trust(
        roots=certs("roots"), intermediates=certs("intermediates"), crls=lists, online=message.get("online") is True
    )


def verification_to_wire(result: Verification) -> dict[str, Any]:
    return {
        "status": result.status,
        "signatures": [_check_to_wire(check) for check in result.signatures],
        "signed_length": None if result.signed_data is None else len(result.signed_data),
        "problems": list(result.problems),
        "problems_en": list(result.problems_en),
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
            status=Status(status),
            signatures=tuple(_check_from_wire(item) for item in message.get("signatures") or ()),
            signed_data=data[:length] if length is not None else None,
            problems=_texts(message.get("problems")),
            problems_en=_texts(message.get("problems_en")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise WireError(str(error)) from None


def _check_to_wire(check: SignatureCheck) -> dict[str, Any]:
    """Every field of the check (fields added to SignatureCheck later travel too): times as ISO 8601 text."""
    message: dict[str, Any] = {}
    for item in dataclasses.fields(SignatureCheck):
        value = getattr(check, item.name)
        if isinstance(value, dt.datetime):
            value = value.isoformat()
        elif isinstance(value, Role | Revocation):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        message[item.name] = value
    return message


def _check_from_wire(message: dict[str, Any]) -> SignatureCheck:
    """The check, each field read as its declared type (text, yes/no, time or list of texts); one missing or of
    another type makes the reply invalid."""
    values: dict[str, Any] = {}
    for name, kind in _CHECK_TYPES.items():
        if name not in message:
            if name in _CHECK_DEFAULTS:
                continue
            raise WireError(f"{name} missing")
        value = message[name]
        if kind is str:
            values[name] = _typed(value, str, name)
        elif kind is bool:
            values[name] = _typed(value, bool, name)
        elif kind == dt.datetime | None:
            values[name] = None if value is None else dt.datetime.fromisoformat(_typed(value, str, name))
        elif kind == tuple[str, ...]:
            values[name] = _texts(value)
        elif kind is Role:
            values[name] = Role(_typed(value, str, name))
        elif kind is Revocation:
            values[name] = Revocation(_typed(value, str, name))
        else:  # a new kind of field: this module must learn it
            raise WireError(f"{name}: type {kind} not carried")
    return SignatureCheck(**values)


def _typed(value: Any, kind: type, name: str) -> Any:
    if not isinstance(value, kind):
        raise WireError(f"{name}: {kind.__name__} expected")
    return value


_CHECK_TYPES = typing.get_type_hints(SignatureCheck)
_CHECK_DEFAULTS = {f.name for f in dataclasses.fields(SignatureCheck) if f.default is not dataclasses.MISSING}


def _texts(values: Any) -> tuple[str, ...]:
    if values is None:
        return ()
    if not isinstance(values, list):
        raise WireError("a list of texts expected")
    return tuple(_typed(value, str, "text") for value in values)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
