"""The data a PDF carries: read back exactly, refused with a clear message when absent, altered or damaged."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from gui.core.document import DocumentError
from gui.pdf.embedded import (
    DOCUMENT_NAME,
    MANIFEST_NAME,
    Attachment,
    DamagedPdfError,
    DataMismatchError,
    NoEmbeddedDataError,
    NotPdfError,
    extract_document,
    manifest_for,
    read_embedded,
)
from gui.pdf.render import render_report
from gui.store.reports import ReportStore


@pytest.fixture
def demo_bytes(store: ReportStore, demo_id: int) -> bytes:
    return render_report(store.document(demo_id), store.template_of(demo_id), draft=False)


def test_embedded_document_equals_the_database(store: ReportStore, demo_id: int, demo_bytes: bytes) -> None:
    embedded = read_embedded(demo_bytes)
    assert embedded.document == store.document(demo_id)
    assert embedded.data == store.document(demo_id).canonical_bytes()
    assert embedded.manifest["template"] == {"id": "nq82-bvqlntd", "version": 1}
    assert embedded.manifest["sha256"] == hashlib.sha256(embedded.data).hexdigest()
    from pypdf import PdfReader

    attachments = PdfReader(io.BytesIO(demo_bytes)).attachments
    assert sorted(attachments) == [MANIFEST_NAME, DOCUMENT_NAME]
    assert attachments[DOCUMENT_NAME][0] == store.document(demo_id).canonical_bytes()


def test_extract_is_fast(demo_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "bc.pdf"
    path.write_bytes(demo_bytes)
    extract_document(path)
    samples = []
    for _ in range(7):
        start = time.perf_counter()
        extract_document(path)
        samples.append(time.perf_counter() - start)
    assert sorted(samples)[3] < 0.05  # about 3 ms on the reference machine; generous for slow CI


def _without_attachments(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _with_other_document(data: bytes, store: ReportStore, demo_id: int) -> bytes:
    """The same pages carrying an edited JSON beside the original manifest (whose hash no longer matches)."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    document = json.loads(reader.attachments[DOCUMENT_NAME][0])
    document["values"]["cp_received"] = 999
    changed = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.add_attachment(DOCUMENT_NAME, changed)
    writer.add_attachment(MANIFEST_NAME, reader.attachments[MANIFEST_NAME][0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _byte_flipped(data: bytes, payload: bytes) -> bytes:
    """One byte changed inside the compressed JSON stream, as a faulty transfer would."""
    compressed = zlib.compress(payload)
    start = data.index(compressed)
    middle = start + len(compressed) // 2
    return data[:middle] + bytes([data[middle] ^ 0x5A]) + data[middle + 1 :]


def test_refusals(store: ReportStore, demo_id: int, demo_bytes: bytes) -> None:
    payload = store.document(demo_id).canonical_bytes()
    with pytest.raises(NoEmbeddedDataError, match="không mang dữ liệu báo cáo"):
        extract_document(_without_attachments(demo_bytes))
    with pytest.raises(DataMismatchError, match="SHA-256"):
        extract_document(_with_other_document(demo_bytes, store, demo_id))
    with pytest.raises(DataMismatchError):
        extract_document(_byte_flipped(demo_bytes, payload))
    with pytest.raises(NotPdfError, match="không phải là tệp PDF"):
        extract_document(b"PK\x03\x04 a zip file")
    with pytest.raises(DamagedPdfError, match="không đầy đủ"):
        extract_document(demo_bytes[: len(demo_bytes) // 2])
    with pytest.raises(DamagedPdfError):
        extract_document(demo_bytes[:2000] + b"\n%%EOF\n")
    assert issubclass(DamagedPdfError, DocumentError)


def test_a_bomb_is_refused_before_it_is_inflated(store: ReportStore, demo_id: int) -> None:
    from gui.pdf.official import PdfMeta, build_official_pdf

    doc = store.document(demo_id)
    bomb = b" " * (11 * 1024 * 1024)  # 11 MB of spaces (over the 10 MB limit): a few KB once compressed
    manifest = json.dumps(manifest_for(doc, bomb)).encode()
    files = [Attachment(DOCUMENT_NAME, bomb), Attachment(MANIFEST_NAME, manifest)]
    meta = PdfMeta("t", "a", "s", [], created=dt.datetime(2025, 1, 1, tzinfo=dt.UTC), identity=b"x", attachments=files)
    data = build_official_pdf([], meta, header=None, closing=None, draft=False)
    assert len(data) < 100_000
    with pytest.raises(DamagedPdfError, match="lớn hơn"):
        extract_document(data)


def test_cli_export_render_extract_round_trip(cli, db_path: Path, tmp_path: Path) -> None:
    assert cli("demo", "--db", db_path).returncode == 0
    exported = tmp_path / "out" / "bc.pdf"
    result = cli("pdf", "export", "--db", db_path, "1", "-o", exported)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(exported)
    sha = hashlib.sha256(exported.read_bytes()).hexdigest()
    assert sha in result.stderr

    as_json = tmp_path / "bc.json"
    assert cli("pdf", "extract", exported, "-o", as_json).returncode == 0
    original = cli("report", "export-json", "--db", db_path, "1").stdout
    assert json.loads(as_json.read_text(encoding="utf-8")) == json.loads(original)
    printed = cli("pdf", "extract", exported)
    assert printed.returncode == 0 and json.loads(printed.stdout) == json.loads(original)

    rendered = tmp_path / "r.pdf"
    again = cli("pdf", "render", as_json, "-o", rendered)
    assert again.returncode == 0, again.stderr
    assert rendered.read_bytes() == exported.read_bytes()  # same document, same bytes, across processes
    draft = tmp_path / "d.pdf"
    assert cli("pdf", "render", as_json, "-o", draft, "--draft").returncode == 0
    assert draft.read_bytes() != exported.read_bytes()


_RENDER_AND_LIST_MODULES = """
import json, sys
from gui.cli import main
status = main(sys.argv[1:])
ours = [m for m in sys.modules if m.startswith(("gui.store", "gui.inbox", "gui.views", "gui.signing", "gui.commands."))]
theirs = [m for m in sys.modules if m.split(".")[0] in ("pydantic", "sqlite_utils", "sqlite3", "pypdf", "PySide6")]
print(json.dumps({"status": status, "modules": sorted(ours + theirs)}))
"""


def test_a_fresh_render_imports_only_what_rendering_needs(store: ReportStore, demo_id: int, tmp_path: Path) -> None:
    """Issue 11 (a fast first export, benchmarks/bench_first_export.py): `bvntd pdf render` imports neither the
    store, the other command groups, the window nor the PDF reader, and no pydantic."""
    doc = tmp_path / "doc.json"
    doc.write_text(store.document(demo_id).to_json(), encoding="utf-8")
    out = tmp_path / "out.pdf"
    done = subprocess.run(
        [sys.executable, "-c", _RENDER_AND_LIST_MODULES, "pdf", "render", str(doc), "-o", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    # gui.commands.sign registers `pdf sign` and `pdf verify` beside render; it imports nothing heavy at the top, and
    # gui.commands.options (the options commands share) only argparse and the catalog.
    assert found == {"status": 0, "modules": ["gui.commands.options", "gui.commands.pdf", "gui.commands.sign"]}
    assert out.read_bytes().startswith(b"%PDF-")


def test_cli_extract_refusals_exit_2_and_write_nothing(
    cli, store: ReportStore, demo_id: int, demo_bytes: bytes, tmp_path: Path
) -> None:
    payload = store.document(demo_id).canonical_bytes()
    cases = {
        "scan.pdf": (_without_attachments(demo_bytes), "không mang dữ liệu báo cáo"),
        "altered.pdf": (_byte_flipped(demo_bytes, payload), "không khớp"),
        "edited.pdf": (_with_other_document(demo_bytes, store, demo_id), "không khớp"),
        "letter.pdf": ("Kính gửi Bộ Công Thương".encode(), "không phải là tệp PDF"),
        "cut.pdf": (demo_bytes[: len(demo_bytes) - 3000], "không đầy đủ"),
    }
    for name, (data, message) in cases.items():
        source = tmp_path / name
        source.write_bytes(data)
        out = tmp_path / f"{name}.json"
        result = cli("pdf", "extract", source, "-o", out)
        assert result.returncode == 2, (name, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr, (name, result.stderr)
        assert not out.exists()
    missing = cli("pdf", "extract", tmp_path / "none.pdf")
    assert missing.returncode == 2 and "Không tìm thấy" in missing.stderr
