"""Signing embeds the chain's revocation data when it can fetch it (PAdES B-LT, issue 20 item 5), and says when it
cannot (offline, or a certificate that names no CRL): the file is then signed B-B (or B-T) all the same."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.signing.verify import Status, load_trust, verify_pdf
from tests.signing.pki import PASSWORD, Pki, _issue, _name, revocation_list


@pytest.fixture
def crl_server(pki: Pki) -> Iterator[str]:
    """The intermediate CA's (empty) CRL served over HTTP on localhost."""
    body = revocation_list(pki.intermediate, [])

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/pkix-crl")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/ca.crl"
    server.shutdown()
    server.server_close()


def person_with_crl(pki: Pki, folder: Path, url: str):  # type: ignore[no-untyped-def]
    """Nguyễn Văn An's certificate naming its CRL at `url`, in a .pfx with the whole chain (as a CA hands it out)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    issued = _issue(
        folder,
        "with-crl",
        _name("Nguyễn Văn An", "Sở Công Thương tỉnh Nghệ An", "Nghệ An"),
        pki.intermediate,
        ca=False,
        crl_url=url,
    )
    issued.pfx.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"with-crl",
            issued.key,
            issued.cert,
            [pki.intermediate.cert, pki.root.cert],
            serialization.BestAvailableEncryption(PASSWORD.encode()),
        )
    )
    return issued


def test_online_signing_embeds_the_crl(pki: Pki, report_pdf: Path, crl_server: str, tmp_path: Path) -> None:
    issued = person_with_crl(pki, tmp_path, crl_server)
    result = sign_pdf(report_pdf.read_bytes(), load_pfx(issued.pfx, PASSWORD), "signer")
    assert result.level == "PAdES B-LT" and result.revocation_embedded, result.notes
    assert not any("thông tin thu hồi" in note for note in result.notes)
    # The validation data added after the signature (a DSS) is allowed: the agency signs over it, and the file is
    # trusted.
    clerk = sign_pdf(result.data, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency")
    checked = verify_pdf(clerk.data, load_trust([pki.root.pem, pki.intermediate.pem])).for_unit("Nghệ An")
    assert checked.status is Status.TRUSTED, checked.lines()


def test_offline_signing_is_b_b_and_says_so(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    unreachable = person_with_crl(pki, tmp_path, "http://127.0.0.1:9/ca.crl")  # nothing listens on port 9
    result = sign_pdf(report_pdf.read_bytes(), load_pfx(unreachable.pfx, PASSWORD), "signer")
    assert result.level == "PAdES B-B" and not result.revocation_embedded
    assert any("không đạt PAdES B-LT" in note for note in result.notes)
    # A certificate that names no CRL: nothing to fetch, B-B at once, and the note says why.
    plain = sign_pdf(report_pdf.read_bytes(), load_pfx(pki.nghe_an.pfx, PASSWORD), "signer")
    assert plain.level == "PAdES B-B" and any("không ghi nơi cung cấp" in note for note in plain.notes)
