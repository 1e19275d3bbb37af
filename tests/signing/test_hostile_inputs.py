"""What a newcomer meets with wrong files: a truncated signed PDF, a text file, a folder given as the image, a PDF
changed by an incremental update after signing — each said once, in Vietnamese, exit 2, nothing written."""

from __future__ import annotations

import io
from pathlib import Path

from gui.inbox.importer import Outcome, import_paths
from gui.signing.inbox import SignaturePolicy
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.signing.verify import load_trust
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.signing.pki import PASSWORD, Pki
from tests.signing.test_sign_cli import sign


def _changed_after_signing(signed: bytes) -> bytes:
    """An incremental update that adds a content stream to the first page (someone "fixing" a figure)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    added = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 100 Td (99) Tj ET"))
    contents = page.raw_get("/Contents")
    page["/Contents"] = generic.ArrayObject([*(contents if isinstance(contents, list) else [contents]), added])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_broken_and_foreign_files(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    once = sign_pdf(report_pdf.read_bytes(), load_pfx(pki.nghe_an.pfx, PASSWORD), "signer").data
    twice = sign_pdf(once, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency").data
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(twice[:-3000])
    trust = ["--trust", pki.root.pem]
    done = run_cli("pdf", "verify", truncated, *trust)
    assert done.returncode == 2 and "Tệp PDF hỏng hoặc không trọn vẹn (có thể bị cắt cụt)" in done.stdout
    out = tmp_path / "out.pdf"
    done = sign(truncated, out, "agency", "--pfx", pki.nghe_an_clerk.pfx)
    assert done.returncode == 2 and "bị hỏng hoặc không đầy đủ" in done.stderr and "EOF" not in done.stderr
    assert not out.exists()

    text = tmp_path / "ghi-chu.txt"
    text.write_text("không phải PDF")
    done = run_cli("pdf", "verify", text)
    assert done.returncode == 2 and "ghi-chu.txt không phải tệp PDF" in done.stderr

    done = sign(report_pdf, out, "signer", "--pfx", pki.nghe_an.pfx, image=tmp_path)
    assert done.returncode == 2 and "phải là một tệp ảnh PNG hoặc JPEG, không phải thư mục" in done.stderr
    assert "Is a directory" not in done.stderr and not out.exists()

    changed = tmp_path / "sua-sau-khi-ky.pdf"
    changed.write_bytes(_changed_after_signing(twice))
    done = run_cli("pdf", "verify", changed, *trust)
    assert done.returncode == 2 and done.stdout.count("Tệp bị sửa đổi sau khi ký") == 2
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        policy = SignaturePolicy(load_trust([pki.root.pem]))
        result = import_paths(store, [changed, truncated], signatures=policy).results
        assert [r.outcome for r in result] == [Outcome.REJECTED, Outcome.REJECTED]
        # Both signatures say the same: said once.
        assert result[0].reason.count("tệp bị sửa đổi sau khi ký (không chỉ thêm chữ ký)") == 1
        assert store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 0
    finally:
        store.close()
