"""The .eml draft parses back with the PDF attached, the recipient and the proper subject."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default
from pathlib import Path

from gui.mail import build_eml, write_eml
from gui.store.reports import ReportStore, create_demo_report


def test_eml_draft_round_trip(db_path: Path, tmp_path: Path) -> None:
    store = ReportStore.open(db_path)
    doc = store.document(create_demo_report(store))
    folder = tmp_path / "Nguyễn Văn A" / "Tài liệu"
    folder.mkdir(parents=True)
    pdf = folder / "BC-NQ82-Nghe-An-2025.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% test\n")
    path = write_eml(doc, pdf, to="bvntd@moit.gov.vn")
    assert path.parent == folder and path.suffix == ".eml"
    message = message_from_bytes(path.read_bytes(), policy=default)
    assert message["Subject"] == "Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP – Tỉnh Nghệ An – Năm 2025"
    assert message["To"] == "bvntd@moit.gov.vn"
    assert message["X-Unsent"] == "1"
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [pdf.name]
    assert attachments[0].get_content() == pdf.read_bytes()
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Nghị quyết số 82/NQ-CP" in body
    assert "Sở Công Thương tỉnh Nghệ An trân trọng gửi" in body


def test_the_message_is_signed_by_the_sender_not_the_reports_signer(db_path: Path, tmp_path: Path) -> None:
    store = ReportStore.open(db_path)
    doc = store.document(create_demo_report(store))
    signer = doc.header.signer.name
    assert signer
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    message = message_from_bytes(
        build_eml(doc, pdf, to="x@moit.gov.vn", sender_name="Lê Thị Mai", phone="0238 3844 123"), policy=default
    )
    body = message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    assert body.rstrip().endswith("Lê Thị Mai\nSở Công Thương tỉnh Nghệ An\nĐiện thoại: 0238 3844 123")
    assert signer not in body
    # No contact person in the profile: the agency signs, never the report's signer.
    body = message_from_bytes(build_eml(doc, pdf, to=""), policy=default).get_body(("plain",)).get_content()
    body = body.replace("\r\n", "\n")
    assert body.rstrip().endswith("Trân trọng.\n\nSở Công Thương tỉnh Nghệ An") and signer not in body


def test_eml_without_recipient_still_opens_as_a_draft(db_path: Path, tmp_path: Path) -> None:
    store = ReportStore.open(db_path)
    doc = store.document(create_demo_report(store))
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    message = message_from_bytes(build_eml(doc, pdf, to=""), policy=default)
    assert message["To"] is None and message["X-Unsent"] == "1"


def test_a_long_vietnamese_subject_keeps_every_space_when_folded() -> None:
    """The email package's own folding dropped the space at a split ('kếtquả', '–Thành phố'): every reader joins
    two encoded words without the blank between them."""
    from gui.mail import draft_eml

    subject = "Đề nghị chỉnh sửa Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP – Thành phố Hồ Chí Minh – năm 2025"
    raw = draft_eml(subject, "x\n", to="a@b.vn")
    header = raw.split(b"\r\n\r\n")[0].decode("ascii")
    assert all(len(line) <= 78 for line in header.split("\r\n"))  # folded, as RFC 5322 asks
    assert message_from_bytes(raw, policy=default)["Subject"] == subject
