"""The certificates named by each signature of a stored file (gui.signing.anchors.signature_certificates), which
registering a certificate "seen in a received report" and the quick re-verification rely on: found whatever the
signature's bytes, also when its DER ends in a zero byte (one RSA-PSS or ECDSA signature in 256 does) before the
zero padding of the space reserved for it. They were stripped together, so `inbox certificates confirm` said no
report was signed with a certificate the report was signed with (seen once in CI)."""

from __future__ import annotations

import re
from pathlib import Path

from asn1crypto import cms

from gui.signing.anchors import signature_certificates, signer_certificates
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from tests.signing.pki import PASSWORD, Pki

_CONTENTS = re.compile(rb"/Contents\s*<([0-9a-fA-F]+)>")


def _signed_twice(report_pdf: Path, pki: Pki) -> bytes:
    once = sign_pdf(report_pdf.read_bytes(), load_pfx(pki.nghe_an.pfx, PASSWORD), "signer").data
    return sign_pdf(once, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency").data


def _last_byte_zero(data: bytes) -> bytes:
    """Each signature's CMS with its signature value's last byte set to 0: the DER's own last byte is then 0x00,
    its length unchanged, written back in place."""
    out = bytearray(data)
    for match in _CONTENTS.finditer(data):
        raw = bytes.fromhex(match.group(1).decode())
        info = cms.ContentInfo.load(raw)
        der = info.dump()
        signer = info["content"]["signer_infos"][0]
        signer["signature"] = signer["signature"].native[:-1] + b"\0"
        changed = cms.ContentInfo.load(info.dump(force=True)).dump()
        assert len(changed) == len(der) and changed.endswith(b"\0")
        text = (changed + raw[len(der) :]).hex().encode()
        out[match.start(1) : match.end(1)] = text
    return bytes(out)


def test_every_signature_is_named_also_when_its_der_ends_in_zero(pki: Pki, report_pdf: Path) -> None:
    data = _signed_twice(report_pdf, pki)
    expected = [c.fingerprint for c in signer_certificates(data)]
    assert len(expected) == 2
    edited = _last_byte_zero(data)
    assert edited != data and len(edited) == len(data)
    assert [c.fingerprint for c in signer_certificates(edited)] == expected
    assert [c.fingerprint for c in signature_certificates(edited)] == expected
