"""Signatures in the Ministry's import: statuses in the import lines, refusals that store nothing, the data read
from the signed revision, a file signed by another tool (pyHanko's own command line), tampering caught."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from gui.inbox.importer import Outcome, import_paths
from gui.operations.trust import add_certificate
from gui.signing.inbox import SignaturePolicy
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.signing.verify import load_trust
from gui.store.reports import ReportStore
from gui.store.signatures import SignatureRepository
from tests.conftest import run_cli
from tests.signing.pki import PASSWORD, Pki
from tests.signing.signed import both


@pytest.fixture
def policy(pki: Pki) -> SignaturePolicy:
    return SignaturePolicy(load_trust([pki.root.pem, pki.intermediate.pem]))


@pytest.fixture
def ministry(tmp_path: Path):
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    yield store
    store.close()


def signed(data: bytes, issued, role: str = "signer", image: Path | None = None) -> bytes:  # type: ignore[no-untyped-def]
    return sign_pdf(data, load_pfx(issued.pfx, PASSWORD), role, image).data


def received_count(store: ReportStore) -> int:
    return int(store.db.execute("SELECT COUNT(*) FROM reports WHERE origin = 'inbox'").fetchone()[0])


def status_of(store: ReportStore, report_id: int) -> str:
    return SignatureRepository(store).received([report_id])[report_id].status


def test_both_signatures_imported_trusted_through_the_command(
    pki: Pki, images, report_pdf: Path, tmp_path: Path
) -> None:
    once = signed(report_pdf.read_bytes(), pki.nghe_an, "signer", images["signature"])
    twice = tmp_path / "BC.pdf"
    twice.write_bytes(signed(once, pki.nghe_an_clerk, "agency", images["seal"]))
    db = tmp_path / "bo.sqlite3"
    for role, issued in (("signer", pki.nghe_an), ("agency", pki.nghe_an_clerk)):
        added = run_cli("inbox", "certificates", "add", "--db", db, "--unit", "40", "--role", role, issued.pem)
        assert added.returncode == 0, added.stderr
    done = run_cli(
        "inbox",
        "import",
        "--db",
        db,
        twice,
        "--trust",
        pki.root.pem,
        "--trust",
        pki.intermediate.pem,
        "--require-signature",
    )
    assert done.returncode == 0, done.stderr
    assert "Đã nhập" in done.stdout
    assert "Chữ ký số: Đã ký số, tin cậy — Người có thẩm quyền Nguyễn Văn An (" in done.stdout
    assert "; Cơ quan Sở Công Thương tỉnh Nghệ An (" in done.stdout


def test_unsigned_flagged_or_refused_when_required(
    policy: SignaturePolicy, report_pdf: Path, ministry, tmp_path: Path
) -> None:
    required = SignaturePolicy(policy.trust, require=True)
    run = import_paths(ministry, [report_pdf], signatures=required)
    assert run.results[0].outcome is Outcome.REJECTED
    assert "chưa được ký số" in run.results[0].reason
    assert received_count(ministry) == 0
    run = import_paths(ministry, [report_pdf], signatures=policy)
    result = run.results[0]
    assert result.outcome is Outcome.IMPORTED and result.signature == "unsigned"
    assert "Chữ ký số: Chưa ký số" in result.reason
    assert status_of(ministry, result.report_id) == "unsigned"


def test_untrusted_root_and_other_province(
    pki: Pki, policy: SignaturePolicy, report_pdf: Path, ministry, tmp_path: Path
) -> None:
    stranger = tmp_path / "stranger.pdf"
    stranger.write_bytes(signed(report_pdf.read_bytes(), pki.stranger))
    result = import_paths(ministry, [stranger], signatures=policy).results[0]
    assert result.outcome is Outcome.PENDING and result.signature == "unverified"
    assert "chưa xác minh được nguồn gốc" in result.reason
    other = tmp_path / "ha-tinh.pdf"
    other.write_bytes(signed(report_pdf.read_bytes(), pki.ha_tinh))
    result = import_paths(ministry, [other], signatures=policy).results[0]
    assert result.outcome is Outcome.ALREADY  # the same report
    # A Hà Tĩnh certificate on Nghệ An's report is not an upgrade: flagged in the line, the status unchanged.
    assert result.signature == ""
    fresh = ReportStore.open(tmp_path / "fresh.sqlite3")
    try:
        result = import_paths(fresh, [other], signatures=policy).results[0]
        assert result.signature == "unverified"
        # Names in the certificate never identify a unit: the registry does.
        assert "chứng thư số chưa đăng ký cho đơn vị Nghệ An" in result.reason
    finally:
        fresh.close()


def test_file_signed_by_pyhankos_own_command_line(
    pki: Pki, policy: SignaturePolicy, report_pdf: Path, ministry, tmp_path: Path
) -> None:
    if shutil.which("pyhanko") is None:
        pytest.skip("pyhanko-cli not installed")
    passfile = tmp_path / "pass"
    passfile.write_text(PASSWORD)
    out = tmp_path / "outside.pdf"
    subprocess.run(
        [
            "pyhanko",
            "sign",
            "addsig",
            "--field",
            "-1/300,80,500,140/VGCA",
            "--use-pades",
            "pkcs12",
            "--passfile",
            str(passfile),
            str(report_pdf),
            str(out),
            str(pki.nghe_an.pfx),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    # Then our agency signature over it: the outside tool's signature stays valid.
    both = tmp_path / "both.pdf"
    both.write_bytes(signed(out.read_bytes(), pki.nghe_an_clerk, "agency"))
    # The role of a signature made by another tool comes from the registry (and its place): registered, trusted.
    add_certificate(store=ministry, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
    add_certificate(store=ministry, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
    run = import_paths(ministry, [both], signatures=policy)
    result = run.results[0]
    assert result.outcome is Outcome.IMPORTED, result.reason
    assert result.signature == "trusted"
    doc = ministry.document(result.report_id)
    assert doc.unit.name == "Nghệ An" and doc.values
    exported = run_cli("pdf", "verify", both, "--trust", pki.root.pem, "--trust", pki.intermediate.pem)
    assert exported.returncode == 0 and "[VGCA]" in exported.stdout


def _embedded(data: bytes) -> tuple[bytes, dict]:  # type: ignore[type-arg]
    from gui.pdf.embedded import read_embedded

    report = read_embedded(data)
    return report.data, report.manifest


def _replace_attachments(data: bytes, replacements: dict[str, bytes]) -> bytes:
    """An incremental update, as an editing tool makes it, replacing embedded files by name."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    for i in range(0, len(names), 2):
        name = str(names[i])
        if name in replacements:
            spec_ref = names.raw_get(i + 1)
            spec = spec_ref.get_object()
            stream = generic.StreamObject(
                {generic.NameObject("/Type"): generic.NameObject("/EmbeddedFile")}, stream_data=replacements[name]
            )
            spec["/EF"][generic.NameObject("/F")] = writer.add_object(stream)
            writer.mark_update(spec_ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _edited_document(data: bytes) -> tuple[bytes, bytes]:
    """The report JSON with one value changed, and a manifest whose SHA-256 was recomputed to match it."""
    document, manifest = _embedded(data)
    doc = json.loads(document)
    key = next(k for k, v in doc["values"].items() if isinstance(v, int) and not isinstance(v, bool))
    doc["values"][key] += 1000
    edited = json.dumps(doc, ensure_ascii=False).encode()
    manifest = {**manifest, "sha256": hashlib.sha256(edited).hexdigest()}
    return edited, json.dumps(manifest).encode()


def test_tampering_after_signing_is_refused_and_nothing_stored(
    pki: Pki, policy: SignaturePolicy, report_pdf: Path, ministry, tmp_path: Path
) -> None:
    from gui.pdf.embedded import DOCUMENT_NAME, MANIFEST_NAME

    good = signed(report_pdf.read_bytes(), pki.nghe_an)
    edited, manifest = _edited_document(good)
    flipped = bytearray(good)
    flipped[flipped.index(b"/Title") + 9] ^= 0x01
    cases = {
        "byte.pdf": bytes(flipped),
        "attachment.pdf": _replace_attachments(good, {DOCUMENT_NAME: edited}),
        "manifest.pdf": _replace_attachments(good, {DOCUMENT_NAME: edited, MANIFEST_NAME: manifest}),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    # Without the signature check, the recomputed manifest would pass: the data reads back as a valid report.
    from gui.pdf.embedded import read_embedded

    assert read_embedded(cases["manifest.pdf"]).data == edited
    run = import_paths(ministry, [tmp_path / n for n in cases], signatures=policy)
    for result in run.results:
        assert result.outcome is Outcome.REJECTED, (result.path.name, result.reason)
        assert "Chữ ký số hỏng hoặc văn bản bị sửa đổi sau khi ký" in result.reason
    assert "sau khi ký (không chỉ thêm chữ ký)" in run.results[2].reason
    assert received_count(ministry) == 0
    # Also refused when no root is trusted: integrity and coverage do not depend on trust.
    assert import_paths(ministry, [tmp_path / "manifest.pdf"]).results[0].outcome is Outcome.REJECTED


def test_data_is_read_from_the_signed_revision(pki: Pki, policy: SignaturePolicy, report_pdf: Path) -> None:
    from gui.pdf.embedded import read_embedded
    from gui.signing.verify import verify_pdf

    once = signed(report_pdf.read_bytes(), pki.nghe_an)
    twice = signed(once, pki.nghe_an_clerk, "agency")
    result = verify_pdf(twice, policy.trust)
    assert result.status == "trusted"
    # The bytes the first signature covers, exactly: the file as the competent person signed it.
    assert result.signed_data == once
    assert read_embedded(result.signed_data).data == read_embedded(report_pdf.read_bytes()).data


def test_a_certificate_not_registered_waits_until_confirmed(
    pki: Pki, policy: SignaturePolicy, report_pdf: Path, tmp_path: Path
) -> None:
    """No first-seen pinning: the first report of a unit is not trusted for its certificate alone; a person
    registers it (the old 'confirm-certificate' name still works), and the stored status follows at once."""
    db = tmp_path / "bo.sqlite3"
    first = tmp_path / "first.pdf"
    first.write_bytes(signed(signed(report_pdf.read_bytes(), pki.nghe_an), pki.nghe_an_clerk, "agency"))
    trust = ["--trust", pki.root.pem, "--trust", pki.intermediate.pem]
    done = run_cli("inbox", "import", "--db", db, first, *trust)
    assert "Chờ xác nhận: chưa tính vào tổng hợp" in done.stdout
    assert "chứng thư số chưa đăng ký cho đơn vị Nghệ An" in done.stdout
    assert "chưa xác minh được nguồn gốc" in done.stdout
    fingerprint = pki.nghe_an.cert.fingerprint(__import__("cryptography").hazmat.primitives.hashes.SHA256()).hex()
    confirmed = run_cli("inbox", "confirm-certificate", "--db", db, fingerprint[:20])
    assert confirmed.returncode == 0 and "Đã xác nhận chứng thư số" in confirmed.stdout
    clerk = pki.nghe_an_clerk.cert.fingerprint(__import__("cryptography").hazmat.primitives.hashes.SHA256()).hex()
    confirmed = run_cli("inbox", "certificates", "confirm", "--db", db, clerk)
    assert confirmed.returncode == 0, confirmed.stderr
    assert "1 đổi trạng thái chữ ký số, 1 đơn vị/kỳ đổi phiên bản được tính" in confirmed.stdout
    store = ReportStore.open(db)
    try:
        (report_id,) = store.db.execute("SELECT id FROM reports WHERE origin = 'inbox'").fetchone()
        assert status_of(store, report_id) == "trusted"
        stored = SignatureRepository(store).received([report_id])[report_id]
        assert "chưa đăng ký" not in stored.summary
    finally:
        store.close()


def test_only_loaded_roots_are_trusted(pki: Pki, report_pdf: Path) -> None:
    from gui.signing.verify import verify_pdf

    data = both(report_pdf.read_bytes(), pki)
    # The file carries the intermediate (the .pfx's chain): the root alone is enough.
    assert verify_pdf(data, load_trust([pki.root.pem])).status == "trusted"
    # An intermediate is never an anchor; nothing loaded, nothing trusted.
    assert verify_pdf(data, load_trust([pki.intermediate.pem])).status == "unverified"
    assert verify_pdf(data, load_trust([])).status == "unverified"
    assert verify_pdf(data, load_trust([pki.stranger_root.pem])).status == "unverified"


def test_damaged_signed_files_never_pass_and_never_raise(pki: Pki, policy: SignaturePolicy, report_pdf: Path) -> None:
    """Random bytes changed in and around the signature dictionaries and the trailer of a signed file: each is
    judged (never an exception) and none is taken as a trusted signature."""
    import random

    from gui.signing.verify import verify_pdf

    data = signed(report_pdf.read_bytes(), pki.nghe_an)
    places = [i for i in range(len(data)) if data.startswith((b"/ByteRange", b"/Contents", b"xref", b"trailer"), i)]
    rnd = random.Random(12)
    for _ in range(60):
        damaged = bytearray(data)
        for _ in range(rnd.randint(1, 4)):
            at = min(len(damaged) - 1, max(0, rnd.choice(places) + rnd.randint(-40, 300)))
            damaged[at] = rnd.randrange(256)
        if bytes(damaged) == data:
            continue
        assert verify_pdf(bytes(damaged), policy.trust).status != "trusted"
