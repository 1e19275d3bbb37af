"""gui.operations.signing without a window: what is refused before the PIN (a PDF not ours, a draft, data changed
after the export, a signature broken, the wrong role's turn, the report edited since), what is recorded where, and
`bvntd pdf sign` refusing before it reads a PIN."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from gui.core.errors import UserError
from gui.operations.export import export_report
from gui.operations.signing import (
    ExportNotFoundError,
    check_pdf,
    check_report_export,
    check_role,
    check_unchanged,
    finish_signing,
    last_final_export,
    run_signing,
)
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.signing.verify import load_trust, verify_pdf
from gui.store.reports import ReportStore, create_demo_report
from gui.store.signatures import SignatureRepository
from tests.signing.pki import PASSWORD, Pki
from tests.signing.test_hostile_inputs import _changed_after_signing
from tests.signing.test_sign_cli import sign


def intact_and_trusted(data: bytes, pki: Pki) -> bool:
    """The competent person's signature alone: intact, its chain trusted (the file as a whole waits for the agency's)."""
    checked = verify_pdf(data, load_trust([pki.root.pem, pki.intermediate.pem]))
    return len(checked.signatures) == 1 and all(s.intact and s.covered and s.trusted for s in checked.signatures)


def refused(path: Path, *words: str, store: ReportStore | None = None) -> str:
    with pytest.raises(UserError) as caught:
        check_pdf(path=path, store=store)
    message = str(caught.value)
    for word in (path.name, *words):
        assert word in message, message
    return message


def test_only_our_intact_final_pdfs_are_signed(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "cong-van-khac.pdf"
    canvas = Canvas(str(foreign))
    canvas.drawString(100, 700, "Cong van")
    canvas.save()
    refused(foreign, "không phải báo cáo xuất từ ứng dụng này", "Chưa ký")

    text = tmp_path / "ghi-chu.pdf"
    text.write_text("không phải PDF")
    refused(text, "không phải tệp PDF")

    data = report_pdf.read_bytes()
    tampered = tmp_path / "sua-du-lieu.pdf"
    tampered.write_bytes(_flip_embedded_byte(data))
    refused(tampered, "không khớp mã kiểm tra", "xuất lại")

    with ReportStore.open(tmp_path / "a.sqlite3") as store:
        report_id = create_demo_report(store)
        draft = tmp_path / "du-thao.pdf"
        export_report(store, report_id, draft, draft=True)
    refused(draft, "bản dự thảo", "chỉ ký số bản chính thức")

    once = sign_pdf(data, load_pfx(pki.nghe_an.pfx, PASSWORD), "signer").data
    broken = tmp_path / "sua-sau-khi-ky.pdf"
    broken.write_bytes(_changed_after_signing(once))
    refused(broken, "bị hỏng hoặc đã bị sửa sau khi ký", "Chưa ký")

    signed = tmp_path / "da-ky.pdf"
    signed.write_bytes(once)
    target = check_pdf(path=signed)
    assert target.next_role == "agency" and target.report_id is None
    assert [(s.role, s.holder) for s in target.signatures] == [("signer", "Nguyễn Văn An")]


def _flip_embedded_byte(data: bytes) -> bytes:
    """One byte of the embedded report JSON changed: the PDF still opens, the manifest's SHA-256 no longer matches.
    The attachment is a compressed stream, so the change is made by re-embedding through pypdf."""
    import io

    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    names = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    for i in range(0, len(names), 2):
        if names[i] == "bvntd-report.json":
            stream = names[i + 1].get_object()["/EF"]["/F"].get_object()
            content = stream.get_data().replace(b'"Ngh', b'"Mgh', 1)
            stream.set_data(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_order_of_the_two_signatures(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    target = check_pdf(path=report_pdf)
    with pytest.raises(UserError, match="chưa có chữ ký số của người có thẩm quyền"):
        check_role(target=target, role="agency")
    check_role(target=target, role="signer")
    once = tmp_path / "mot.pdf"
    once.write_bytes(sign_pdf(report_pdf.read_bytes(), load_pfx(pki.nghe_an.pfx, PASSWORD), "signer").data)
    target = check_pdf(path=once)
    with pytest.raises(UserError, match=r"đã có chữ ký số của người có thẩm quyền \(Nguyễn Văn An"):
        check_role(target=target, role="signer")
    check_role(target=target, role="agency")
    twice = tmp_path / "hai.pdf"
    twice.write_bytes(sign_pdf(once.read_bytes(), load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency").data)
    for role in ("signer", "agency"):
        with pytest.raises(UserError, match="chữ ký cuối cùng"):
            check_role(target=check_pdf(path=twice), role=role)


def test_the_reports_last_export_signed_and_recorded_then_refused_once_edited(
    pki: Pki, images: dict[str, Path], tmp_path: Path
) -> None:
    with ReportStore.open(tmp_path / "so.sqlite3") as store:
        report_id = create_demo_report(store)
        with pytest.raises(UserError, match="chưa được xuất bản chính thức"):
            check_report_export(store=store, report_id=report_id)
        pdf = tmp_path / "xuat" / "BC.pdf"
        pdf.parent.mkdir()
        export_report(store, report_id, pdf, draft=False, at="2026-11-30T08:00:00+00:00")
        export_report(store, report_id, tmp_path / "du-thao.pdf", draft=True)  # a later draft is not what is signed
        last = last_final_export(store=store, report_id=report_id)
        assert last is not None and last.path == pdf.absolute()

        target = check_report_export(store=store, report_id=report_id)
        assert target.path == pdf.absolute() and target.report_id == report_id
        key = load_pfx(pki.nghe_an.pfx, PASSWORD)
        result = run_signing(target=target, key=key, role="signer", image=images["signature"])
        done = finish_signing(target=target, result=result, store=store)
        assert done.recorded and done.path == pdf.absolute()
        assert [r.role for r in SignatureRepository(store).signings(report_id)] == ["signer"]
        assert intact_and_trusted(pdf.read_bytes(), pki)

        # Moved: said with its name; the person then chooses it, and it is checked like any other.
        moved = tmp_path / "BC-da-chuyen.pdf"
        shutil.move(pdf, moved)
        with pytest.raises(ExportNotFoundError) as caught:
            check_report_export(store=store, report_id=report_id)
        assert caught.value.file_name == "BC.pdf" and "BC.pdf" in str(caught.value)
        target = check_report_export(store=store, report_id=report_id, path=moved)
        assert target.next_role == "agency"

        # Another report's file, chosen by mistake.
        other = create_demo_report(store)
        with pytest.raises(UserError, match="không phải báo cáo đang chọn"):
            check_report_export(store=store, report_id=report_id, path=_export(store, other, tmp_path / "khac.pdf"))

        # Edited while the dialog was open: refused at the last moment, the file untouched.
        store.set_value(report_id, "cp_received", 4321)
        with pytest.raises(UserError, match="đã được sửa sau khi xuất"):
            check_unchanged(store=store, target=target)
        with pytest.raises(UserError, match="đã được sửa sau khi xuất"):
            check_report_export(store=store, report_id=report_id, path=moved)


def _export(store: ReportStore, report_id: int, path: Path) -> Path:
    export_report(store, report_id, path, draft=False)
    return path


def test_a_file_changed_while_the_token_signs_is_not_overwritten(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    copy = tmp_path / "BC.pdf"
    shutil.copy(report_pdf, copy)
    target = check_pdf(path=copy)
    result = run_signing(target=target, key=load_pfx(pki.nghe_an.pfx, PASSWORD), role="signer", image=None)
    copy.write_bytes(report_pdf.read_bytes() + b"\n% changed meanwhile\n")
    with pytest.raises(UserError, match="đã bị thay đổi hoặc xóa trong khi ký"):
        finish_signing(target=target, result=result)
    assert copy.read_bytes().endswith(b"% changed meanwhile\n")


def test_the_command_line_refuses_before_the_pin_and_records_with_db(
    pki: Pki, images: dict[str, Path], tmp_path: Path
) -> None:
    foreign = tmp_path / "khac.pdf"
    canvas = Canvas(str(foreign))
    canvas.drawString(100, 700, "x")
    canvas.save()
    out = tmp_path / "out.pdf"
    done = sign(foreign, out, "signer", "--pfx", pki.nghe_an.pfx, secret="")  # no PIN given: never asked for
    assert done.returncode == 2 and "không phải báo cáo xuất từ ứng dụng này" in done.stderr, done.stderr
    assert "Chưa nhập mã PIN" not in done.stderr and not out.exists()

    db = tmp_path / "so.sqlite3"
    with ReportStore.open(db) as store:
        report_id = create_demo_report(store)
        pdf = tmp_path / "BC.pdf"
        export_report(store, report_id, pdf, draft=False)
    done = sign(pdf, out, "agency", "--pfx", pki.nghe_an_clerk.pfx, secret="")
    assert done.returncode == 2 and "người có thẩm quyền ký trước" in done.stderr and not out.exists()

    done = _sign_with_db(pdf, db, pki)  # in place (-o the same file), recorded on the report
    assert done.returncode == 0, done.stderr
    assert "Đã ghi chữ ký vào lịch sử xuất bản của báo cáo" in done.stderr
    with ReportStore.open(db) as store:
        assert [r.role for r in SignatureRepository(store).signings(report_id)] == ["signer"]


def _sign_with_db(pdf: Path, db: Path, pki: Pki):  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "gui", "pdf", "sign", str(pdf), "-o", str(pdf), "--role", "signer",
         "--pfx", str(pki.nghe_an.pfx), "--db", str(db), "--pin-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, encoding="utf-8", env=dict(os.environ), timeout=120,
    )
