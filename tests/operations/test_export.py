"""Exporting a stored report (gui/operations/export.py): the check a final export passes, the file, the record."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from msgspec.structs import replace

from gui.operations.export import ExportBlockedError, export_report, suggested_file_name
from gui.pdf.embedded import extract_document
from gui.store.reports import ReportStore


def test_final_export_is_recorded(store: ReportStore, demo_id: int, tmp_path: Path) -> None:
    out = tmp_path / suggested_file_name(store.document(demo_id))
    result = export_report(store, demo_id, out, draft=False, at="2025-12-16T09:00:00+00:00")
    assert out.name == "BC-NQ82-Nghe-An-2025.pdf"
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert store.exports(demo_id) == [
        {
            "at": "2025-12-16T09:00:00+00:00",
            "file_name": out.name,
            "sha256": result.sha256,
            "draft": False,
            "path": str(out.absolute()),  # where it is, for signing it later from the list
        }
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
