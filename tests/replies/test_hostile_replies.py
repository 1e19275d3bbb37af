"""Hostile receipts and letters, each refused alone with its reason, nothing recorded: data changed after the
export (SHA-256 mismatch), a record nested beyond the limits, a record that is not a reply, a reply PDF carrying
an extra attachment, a signed letter changed after its signature."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from gui.pdf.embedded import MANIFEST_NAME, REPLY_MANIFEST_FORMAT, REPLY_NAME, Attachment
from gui.pdf.official import PdfMeta, body_paragraph, build_official_pdf, official_styles
from tests.conftest import run_cli
from tests.replies.conftest import Keys, Round, ok, sign_letter
from tests.replies.test_receipt import make_receipt


def crafted(path: Path, record: bytes, *, manifest_sha: str | None = None, extra: bool = False) -> Path:
    manifest = {
        "format": REPLY_MANIFEST_FORMAT,
        "format_version": 1,
        "sha256": manifest_sha or hashlib.sha256(record).hexdigest(),
        "document": REPLY_NAME,
    }
    files = [Attachment(REPLY_NAME, record), Attachment(MANIFEST_NAME, json.dumps(manifest).encode())]
    if extra:
        files.append(Attachment("run-me.exe", b"MZ\x90\x00", mime="application/octet-stream"))
    styles = official_styles()
    meta = PdfMeta(
        title="x",
        author="x",
        subject="x",
        keywords=(),
        created=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        identity=b"0" * 16,
        attachments=files,
    )
    story = [body_paragraph("Giấy xác nhận", styles.body)]
    path.write_bytes(build_official_pdf(story, meta, header=None, closing=None, draft=False, styles=styles))
    return path


def test_hostile_replies_are_refused_alone(fresh_round: Round, keys: Keys) -> None:
    r = fresh_round
    genuine = make_receipt(r)
    from gui.pdf.embedded import read_reply_with_reader

    record = read_reply_with_reader(genuine.read_bytes())[0]
    deep = b'{"format":"bvntd-reply","x":' + b"[" * 5000 + b"]" * 5000 + b"}"
    files = [
        crafted(
            r.folder / "sua-du-lieu.pdf",
            record.replace(b'"receipt"', b'"correction"'),
            manifest_sha=hashlib.sha256(record).hexdigest(),
        ),
        crafted(r.folder / "long-sau.pdf", deep),
        crafted(r.folder / "khong-phai.pdf", json.dumps({"format": "bvntd-report"}).encode()),
        crafted(r.folder / "dinh-kem-la.pdf", record, extra=True),
    ]
    signed = sign_letter(genuine, r.folder / "ky.pdf", keys.ministry)
    tampered = r.folder / "sua-sau-khi-ky.pdf"
    tampered.write_bytes(signed.read_bytes() + b"\n1 0 obj\n<< /Evil true >>\nendobj\n%%EOF\n")
    done = run_cli("report", "receive", "--db", r.so, *files, tampered, genuine)
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 6, done.stdout + done.stderr
    assert "SHA-256" in lines[0]
    assert "không đọc được" in lines[1] or "quá" in lines[1]
    assert "không phải văn bản trả lời của Bộ" in lines[2]
    assert "tệp đính kèm lạ" in lines[3]
    assert all("Không thay đổi gì" in line for line in lines[:4])
    assert "Bộ đã nhận lúc" in lines[5]  # the genuine one, after all the others
    assert "ministry" in json.loads(ok("report", "list", "--db", r.so, "--json"))[0]
    assert "bị sửa sau khi ký" in lines[4] and "Không thay đổi gì" in lines[4]
