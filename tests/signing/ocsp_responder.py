"""A local OCSP responder for the revocation tests (RFC 6960 over HTTP, POST and GET), built on `cryptography`'s
OCSPResponseBuilder: it answers for the intermediate CA's certificates, signed by the CA itself or by a responder
certificate the CA delegated (EKU OCSPSigning, id-pkix-ocsp-nocheck). `revoked` maps a serial number to its
revocation time (changeable while it runs); `mode` makes it misbehave: "hang" accepts and never answers, "garbage"
answers 200 with bytes that are no OCSP response."""

from __future__ import annotations

import base64
import datetime as dt
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from tests.signing.pki import Issued

HANG_SECONDS = 60  # longer than any limit the app sets on a request


class OcspResponder:
    def __init__(self, issuer: Issued, delegate: Issued | None = None) -> None:
        self.issuer = issuer
        self.delegate = delegate  # signs the answers when given (the CA's delegated responder)
        self.revoked: dict[int, dt.datetime] = {}
        self.mode = "answer"  # "answer" | "hang" | "garbage"
        self.requests = 0
        self.answered: list[tuple[int, str]] = []  # (serial, "good" | "revoked" | "unknown") per answer
        self._stop = threading.Event()
        responder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                responder._serve(self, body)

            def do_GET(self) -> None:  # RFC 6960 A.1: the DER request base64-encoded in the path
                encoded = urllib.parse.unquote(self.path.rsplit("/", 1)[-1])
                responder._serve(self, base64.b64decode(encoded))

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/ocsp"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> OcspResponder:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # a hanging handler returns
        self.server.shutdown()
        self.server.server_close()

    def revoke(self, cert: x509.Certificate, when: dt.datetime) -> None:
        self.revoked[cert.serial_number] = when

    def _serve(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        self.requests += 1
        if self.mode == "hang":
            self._stop.wait(HANG_SECONDS)
            return
        data = b"\x30\x03\x0a\x01\x07 -- khong phai OCSP" if self.mode == "garbage" else self._answer(body)
        handler.send_response(200)
        handler.send_header("Content-Type", "application/ocsp-response")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _answer(self, body: bytes) -> bytes:
        try:
            request = ocsp.load_der_ocsp_request(body)
        except ValueError:
            return ocsp.OCSPResponseBuilder.build_unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST).public_bytes(
                serialization.Encoding.DER
            )
        issuer = self.issuer.cert
        key_hash = x509.SubjectKeyIdentifier.from_public_key(issuer.public_key()).digest
        digest = hashes.Hash(request.hash_algorithm)
        digest.update(issuer.subject.public_bytes())
        if request.issuer_name_hash != digest.finalize() or request.issuer_key_hash != key_hash:
            status, when = ocsp.OCSPCertStatus.UNKNOWN, None  # not a certificate of this CA
        elif request.serial_number in self.revoked:
            status, when = ocsp.OCSPCertStatus.REVOKED, self.revoked[request.serial_number]
        else:
            status, when = ocsp.OCSPCertStatus.GOOD, None
        self.answered.append((request.serial_number, status.name.lower()))
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        signer = self.delegate or self.issuer
        builder = (
            ocsp.OCSPResponseBuilder()
            .add_response_by_hash(
                issuer_name_hash=request.issuer_name_hash,
                issuer_key_hash=request.issuer_key_hash,
                serial_number=request.serial_number,
                algorithm=request.hash_algorithm,
                cert_status=status,
                this_update=now - dt.timedelta(minutes=1),
                next_update=now + dt.timedelta(days=1),
                revocation_time=when,
                revocation_reason=x509.ReasonFlags.key_compromise if when else None,
            )
            .responder_id(ocsp.OCSPResponderEncoding.HASH, signer.cert)
        )
        if self.delegate is not None:
            builder = builder.certificates([self.delegate.cert])
        for extension in request.extensions:  # echo the nonce
            if isinstance(extension.value, x509.OCSPNonce):
                builder = builder.add_extension(extension.value, critical=False)
        response = builder.sign(signer.key, hashes.SHA256())  # type: ignore[arg-type]
        return response.public_bytes(serialization.Encoding.DER)
