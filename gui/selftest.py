"""`bvntd --self-test`: a full round trip in a temporary folder — demo report, PDF export, read back, compare.

It runs the same code as a user's export, so a bundle that passes it can make and read official PDFs on this
machine: the resources are found, the font covers Vietnamese, the data survives the trip.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from gui.core.i18n import language, translate
from gui.resources import describe_build, resources_dir
from gui.signing.verify import TRUSTED, Trust, verify_pdf

T = TypeVar("T")


def run_self_test(args: argparse.Namespace | None = None) -> int:
    failures: list[str] = []
    started = time.perf_counter()

    def check(name: str, step: Callable[[], T]) -> T | None:
        try:
            result = step()
        except Exception as error:  # every fault is reported, none is raised: this is a diagnostic
            failures.append(f"{name}: {type(error).__name__}: {error}")
            print(translate("CommandLine", "[LỖI] {step}: {error}").format(step=name, error=error))
            return None
        print(f"[OK]  {name}" + (f": {result}" if isinstance(result, str) else ""))
        return result

    print(describe_build())
    with tempfile.TemporaryDirectory(prefix="bvntd-selftest-") as folder:
        base = Path(folder) / "Thư mục thử"
        check(translate("CommandLine", "tài nguyên và mẫu báo cáo"), _load_template)
        store = check(translate("CommandLine", "cơ sở dữ liệu"), lambda: _open_store(base / "kiểm tra.sqlite3"))
        if store is not None:
            report_id = check(translate("CommandLine", "báo cáo mẫu"), lambda: _demo(store))
            if report_id is not None:
                pdf = base / "BC-NQ82-kiem-tra.pdf"
                check(translate("CommandLine", "xuất PDF"), lambda: _export(store, report_id, pdf))
                if pdf.exists():
                    check(
                        translate("CommandLine", "đọc lại dữ liệu trong PDF"), lambda: _read_back(store, report_id, pdf)
                    )
                    check(translate("CommandLine", "chữ tiếng Việt trong PDF"), lambda: _text(pdf))
                    check(translate("CommandLine", "ký số và kiểm tra chữ ký"), lambda: _sign_and_verify(pdf))
            store.close()

    elapsed = time.perf_counter() - started
    if failures:
        print(
            translate("CommandLine", "Tự kiểm tra THẤT BẠI ({count} lỗi, {seconds} s):").format(
                count=len(failures), seconds=f"{elapsed:.1f}"
            )
        )
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print(translate("CommandLine", "Tự kiểm tra thành công ({seconds} s).").format(seconds=f"{elapsed:.1f}"))
    return 0


def _load_template() -> str:
    # lazy: a missing or broken library fails its own step of this diagnostic, reported, not the whole self-test
    from gui.core.template import active_template

    template = active_template()
    return f"{template.id} v{template.version}, {resources_dir()}"


def _open_store(path: Path):  # type: ignore[no-untyped-def]
    # lazy: as above, a broken library fails this step only
    from gui.store.reports import ReportStore

    return ReportStore.open(path)


def _demo(store) -> int:  # type: ignore[no-untyped-def]
    # lazy: as above, a broken library fails this step only
    from gui.store.reports import create_demo_report

    return create_demo_report(store)


def _export(store, report_id: int, pdf: Path) -> None:  # type: ignore[no-untyped-def]
    # lazy: as above, a broken library fails this step only
    from gui.operations.export import export_report

    result = export_report(store, report_id, pdf, draft=False)
    if result.size < 5000:
        raise AssertionError(translate("CommandLine", "tệp PDF quá nhỏ ({size} byte)").format(size=result.size))


def _read_back(store, report_id: int, pdf: Path) -> None:  # type: ignore[no-untyped-def]
    # lazy: as above, a broken library fails this step only
    from gui.pdf.embedded import extract_document

    if extract_document(pdf) != store.document(report_id):
        raise AssertionError(translate("CommandLine", "dữ liệu đọc lại khác với cơ sở dữ liệu"))


def _text(pdf: Path) -> None:
    # lazy: as above, a broken library fails this step only
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nguyễn Thị Hường", "2.845.600.000"):
        if expected not in text:
            raise AssertionError(
                translate("CommandLine", "không thấy '{text}' trong văn bản của PDF").format(text=expected)
            )


def _sign_and_verify(pdf: Path) -> str:
    """Sign the exported PDF with a throwaway key and verify it: a bundle that passes can sign and verify here."""
    # lazy: as above, a broken library fails this step only
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    # lazy: as above, a broken library fails this step only
    from gui.signing.keys import load_pfx
    from gui.signing.sign import sign_pdf

    def throwaway(stem: str, holder: str) -> tuple[Path, asn1_x509.Certificate]:
        """A self-signed key and certificate in a .pfx beside the PDF, and the certificate to trust."""
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, holder),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Tự kiểm tra"),
            ]
        )
        now = dt.datetime.now(dt.UTC)
        usage = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
        cert = (
            x509.CertificateBuilder(subject_name=name, issuer_name=name, public_key=key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(usage, critical=True)
            .sign(key, hashes.SHA256())
        )
        pfx = pdf.with_name(f"{pdf.stem}-{stem}.p12")
        encryption = serialization.BestAvailableEncryption(b"selftest")
        pfx.write_bytes(pkcs12.serialize_key_and_certificates(b"selftest", key, cert, None, encryption))
        return pfx, asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    # Both signatures of Nghị định 30/2020, in order and by two certificates: a file with one is not trusted.
    signed = pdf.read_bytes()
    roots = []
    for role, holder in (("signer", "Tự kiểm tra"), ("agency", "Tự kiểm tra (cơ quan)")):
        pfx, root = throwaway(role, holder)
        roots.append(root)
        signing_key = load_pfx(pfx, "selftest")
        try:
            signed = sign_pdf(signed, signing_key, role).data
        finally:
            signing_key.close()
    verification = verify_pdf(signed, Trust(roots=tuple(roots)))
    if verification.status != TRUSTED:
        raise AssertionError("; ".join(verification.lines()))
    return verification.summary(language())
