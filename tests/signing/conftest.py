"""Signing fixtures: the test PKI, a SoftHSM2 token holding a province's key, signature and seal images, and an
exported demo report (tests/pdf pins the font the same way)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ["BVNTD_PDF_FONT"] = "liberation"

from tests.signing.pki import PASSWORD, Pki, build_pki

TOKEN_LABEL = "BVNTD Nghe An"
USER_PIN = "246810"
SO_PIN = "13579135"
SOFTHSM_MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/*/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return build_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def pfx_password() -> str:
    return PASSWORD


def softhsm_module() -> Path:
    for pattern in SOFTHSM_MODULES:
        found = sorted(glob.glob(pattern))
        if found:
            return Path(found[0])
    pytest.skip("SoftHSM2 is not installed (Debian: softhsm2; .ci/run installs it)")


@pytest.fixture(scope="session")
def token(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A SoftHSM2 token with Nguyễn Văn An's key and certificate; returns the environment that points at it."""
    module = softhsm_module()
    if shutil.which("softhsm2-util") is None or shutil.which("pkcs11-tool") is None:
        pytest.skip("softhsm2-util / pkcs11-tool (softhsm2, opensc) not installed")
    from cryptography.hazmat.primitives import serialization

    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    key_pem = folder / "key.pem"
    key_pem.write_bytes(
        pki.nghe_an.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    cert_der = folder / "cert.der"
    cert_der.write_bytes(pki.nghe_an.cert.public_bytes(serialization.Encoding.DER))

    def run(*args: str) -> None:
        subprocess.run(args, env=env, check=True, capture_output=True, timeout=60)

    run("softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL, "--so-pin", SO_PIN, "--pin", USER_PIN)
    run(
        "softhsm2-util",
        "--import",
        str(key_pem),
        "--token",
        TOKEN_LABEL,
        "--label",
        "an",
        "--id",
        "01",
        "--pin",
        USER_PIN,
    )
    run(
        "pkcs11-tool",
        "--module",
        str(module),
        "--token-label",
        TOKEN_LABEL,
        "--login",
        "--pin",
        USER_PIN,
        "--write-object",
        str(cert_der),
        "--type",
        "cert",
        "--id",
        "01",
        "--label",
        "an",
    )
    key_pem.unlink()
    os.environ["SOFTHSM2_CONF"] = str(conf)  # for in-process signing; set before the module is first loaded
    return {"SOFTHSM2_CONF": str(conf), "module": str(module)}


@pytest.fixture(scope="session")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A blue handwritten-signature PNG and a red 36 mm seal (425 px at 300 dpi), transparent backgrounds."""
    from PIL import Image, ImageDraw

    folder = tmp_path_factory.mktemp("images")
    signature = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(signature).line(
        [(20, 200), (200, 40), (300, 180), (450, 60), (580, 150)], fill=(20, 40, 200, 255), width=10
    )
    signature.save(folder / "chu-ky.png")
    seal = Image.new("RGBA", (425, 425), (0, 0, 0, 0))
    draw = ImageDraw.Draw(seal)
    draw.ellipse([5, 5, 420, 420], outline=(220, 0, 0, 255), width=14)
    draw.regular_polygon((212, 212, 60), 5, fill=(220, 0, 0, 255))
    seal.save(folder / "con-dau.png", dpi=(300, 300))
    return {"signature": folder / "chu-ky.png", "seal": folder / "con-dau.png"}


@pytest.fixture(scope="session")
def tsa_url(pki: Pki):  # type: ignore[no-untyped-def]
    """An RFC 3161 timestamp server on localhost: pyHanko's DummyTimeStamper answering over HTTP."""
    import asyncio
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from asn1crypto import keys, tsp, x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    stamper = DummyTimeStamper(
        tsa_cert=x509.Certificate.load(pki.tsa.cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(
            pki.tsa.key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            body = asyncio.run(stamper.async_request_tsa_response(request)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/tsa"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo report (Nghệ An), exported final, once per session; tests copy it before changing anything."""
    from gui.operations.export import export_report
    from gui.store.reports import ReportStore, create_demo_report

    folder = tmp_path_factory.mktemp("report")
    store = ReportStore.open(folder / "db.sqlite3")
    try:
        report_id = create_demo_report(store)
        path = folder / "BC-NQ82-Nghe-An-2025.pdf"
        export_report(store, report_id, path, draft=False)
    finally:
        store.close()
    return path


class RevocationServer:
    """The intermediate CA's CRL served over HTTP on localhost; `revoked` lists what it names (changeable)."""

    def __init__(self, pki: Pki) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        from tests.signing.pki import revocation_list

        self.revoked: list = []  # cryptography certificates
        self.requests = 0
        server_self = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server_self.requests += 1
                body = revocation_list(pki.intermediate, list(server_self.revoked))
                self.send_response(200)
                self.send_header("Content-Type", "application/pkix-crl")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/ca.crl"


@pytest.fixture
def revocation_server(pki: Pki):  # type: ignore[no-untyped-def]
    import threading

    served = RevocationServer(pki)
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    yield served
    served.server.shutdown()
    served.server.server_close()


@pytest.fixture
def silent_server():  # type: ignore[no-untyped-def]
    """A URL whose server accepts the connection and never answers: a network that hangs (a request must time
    out, not wait forever)."""
    import socket

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/ca.crl"
    listener.close()
