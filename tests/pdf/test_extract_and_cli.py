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
from msgspec.structs import replace

from gui.core.document import DocumentError
from gui.operations.export import ExportBlockedError, export_report, suggested_file_name
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
    # gui.commands.sign registers `pdf sign` and `pdf verify` beside render; it imports nothing heavy at the top.
    assert found == {"status": 0, "modules": ["gui.commands.pdf", "gui.commands.sign"]}
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


def test_final_export_is_recorded(store: ReportStore, demo_id: int, tmp_path: Path) -> None:
    out = tmp_path / suggested_file_name(store.document(demo_id))
    result = export_report(store, demo_id, out, draft=False, at="2025-12-16T09:00:00+00:00")
    assert out.name == "BC-NQ82-Nghe-An-2025.pdf"
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert store.exports(demo_id) == [
        {"at": "2025-12-16T09:00:00+00:00", "file_name": out.name, "sha256": result.sha256, "draft": False}
    ]
    assert store.summary(demo_id).status == "final"
    assert extract_document(out) == store.document(demo_id)


def test_missing_required_fields_block_a_final_but_not_a_draft(
    cli, store: ReportStore, demo_id: int, db_path: Path, tmp_path: Path
) -> None:
    store.set_values(demo_id, {"sm_results": None, "cp_received": None})
    out = tmp_path / "final.pdf"
    with pytest.raises(ExportBlockedError) as refused:
        export_report(store, demo_id, out, draft=False)
    assert [p.key for p in refused.value.problems] == ["sm_results", "cp_received"]
    assert refused.value.problems[0].section == "II.1"
    assert "Tổng số yêu cầu, khiếu nại đã tiếp nhận" in str(refused.value)
    assert not out.exists() and store.exports(demo_id) == []

    by_cli = cli("pdf", "export", "--db", db_path, str(demo_id), "-o", out)
    assert by_cli.returncode == 2 and not out.exists()
    assert "- Kết quả thực hiện: chưa nhập (bắt buộc). (mục II.1 " in by_cli.stderr

    result = export_report(store, demo_id, out, draft=True)
    assert out.exists() and result.draft
    assert store.exports(demo_id)[0]["draft"] is True and store.summary(demo_id).status != "final"


def test_a_final_export_is_checked_as_the_editor_checks_it_header_and_rules_included(
    cli, store: ReportStore, demo_id: int, db_path: Path, tmp_path: Path
) -> None:
    """Not only empty required fields: the signer, "Kính gửi" and the cross-field rules block the command line's
    final export too, each named with where it is; a draft still goes out, and nothing is recorded or marked sent."""
    received = store.values(demo_id)["cp_received"]
    store.set_values(demo_id, {"header.signer_name": "", "header.addressee": [], "cp_resolved": received + 1})
    out = tmp_path / "final.pdf"
    by_cli = cli("pdf", "export", "--db", db_path, str(demo_id), "-o", out)
    assert by_cli.returncode == 2 and not out.exists(), by_cli.stderr
    assert "Traceback" not in by_cli.stderr
    assert "- Kính gửi: chưa nhập (bắt buộc). (Thông tin chung)" in by_cli.stderr
    assert "- Họ và tên người ký: chưa nhập (bắt buộc). (Thông tin chung)" in by_cli.stderr
    rule = f"- Số vụ việc giải quyết thành công không được lớn hơn tổng số đã tiếp nhận (đang nhập {received + 1} > "
    assert rule in by_cli.stderr and "(mục II.4 Tiếp nhận, giải quyết khiếu nại" in by_cli.stderr
    assert store.exports(demo_id) == [] and store.summary(demo_id).status != "final"
    assert store.values(demo_id)["cp_resolved"] == received + 1  # the user's data is as they left it

    draft = cli("pdf", "export", "--db", db_path, str(demo_id), "-o", out, "--draft")
    assert draft.returncode == 0 and out.exists(), draft.stderr
    assert store.summary(demo_id).status != "final"


def test_suggested_file_names_are_ascii_and_windows_safe(store: ReportStore, demo_id: int) -> None:
    doc = store.document(demo_id)
    unit = replace(doc.unit, name="Đắk Lắk")
    period = replace(doc.period, id="2025-H1")
    assert suggested_file_name(replace(doc, unit=unit, period=period)) == "BC-NQ82-Dak-Lak-2025-H1.pdf"
    odd = replace(doc.unit, name='TP. Hồ Chí Minh: "a/b\\c"')
    name = suggested_file_name(replace(doc, unit=odd))
    assert name == "BC-NQ82-TP-Ho-Chi-Minh-a-b-c-2025.pdf" and name.isascii()
