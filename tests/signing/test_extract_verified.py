"""`bvntd pdf extract` verifies as the import does (issue 20, item 8): the data of a signed file is read from the
revision the first signature covers; a file changed after signing is refused (exit 2) unless --unverified, which
says on stderr that the data is not what was signed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.signing import attacks
from tests.signing.pki import Pki
from tests.signing.signed import both
from tests.signing.test_inbox_signatures import _edited_document, _replace_attachments


def test_a_signed_file_is_read_from_its_signed_revision(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(both(report_pdf.read_bytes(), pki))
    done = run_cli("pdf", "extract", signed, "--trust", pki.root.pem, "--trust", pki.intermediate.pem)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["unit"]["name"] == "Nghệ An"
    assert "Chữ ký số: Đã ký số, tin cậy (" in done.stderr


def test_data_changed_after_signing_is_refused_unless_unverified(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    from gui.pdf.embedded import DOCUMENT_NAME, MANIFEST_NAME

    good = both(report_pdf.read_bytes(), pki)
    edited, manifest = _edited_document(good)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(_replace_attachments(good, {DOCUMENT_NAME: edited, MANIFEST_NAME: manifest}))
    refused = run_cli("pdf", "extract", changed)
    assert refused.returncode == 2 and refused.stdout == ""
    assert "chữ ký số hỏng hoặc tệp bị sửa đổi sau khi ký" in refused.stderr and "--unverified" in refused.stderr
    assert "Traceback" not in refused.stderr
    out = tmp_path / "data.json"
    assert run_cli("pdf", "extract", changed, "-o", out).returncode == 2 and not out.exists()
    forced = run_cli("pdf", "extract", changed, "--unverified")
    assert forced.returncode == 0, forced.stderr
    assert "Cảnh báo (--unverified)" in forced.stderr and "KHÔNG phải dữ liệu đã ký" in forced.stderr
    assert json.loads(forced.stdout)["values"] == json.loads(edited)["values"]  # what the file carries now
    # A page shadowed after signing (the data untouched) is refused the same way.
    shadowed = tmp_path / "shadowed.pdf"
    shadowed.write_bytes(attacks.shadow_annotation(good, "hide-and-replace"))
    assert run_cli("pdf", "extract", shadowed).returncode == 2
