"""The request for correction, end to end on the command line: the Ministry comments on two fields and makes the
official letter (PDF, signed, and the .eml attaching it) → the province opens it, the two comments listed by field
→ the province corrects, exports ("Bản chỉnh sửa theo văn bản số …"), signs → the Ministry imports it and sees both
fields before/after and the request answered. An unverified letter warns and changes no value; one for another
unit, period or an older version changes nothing."""

from __future__ import annotations

import email
import json
from email import policy

from gui.core.replies import read_reply
from gui.pdf.embedded import read_reply_with_reader
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.replies.conftest import Keys, Round, ok, sign_letter, sign_report
from tests.replies.test_receipt import text_of

STAFF = "Số cán bộ chuyên trách 3 người là quá ít so với 130 kiêm nhiệm; đề nghị kiểm tra lại."
ARTICLES = "Số tin, bài 146 khác với báo cáo 6 tháng; đề nghị rà soát."


def request(r: Round, out_name: str = "cv.pdf") -> str:
    return ok(
        "inbox", "review", "--db", r.bo, "--period", "2025", "--unit", "40", "--correction",
        "--field", "staff_fulltime", STAFF, "--field", "cm_articles", ARTICLES,
        "--number", "125", "--deadline", "31/12/2026", "-o", r.folder / out_name,
    )  # fmt: skip


def test_request_answer_round_trip(fresh_round: Round, keys: Keys) -> None:
    r = fresh_round
    assert "(2 ý kiến)" in request(r)
    letter = r.folder / "cv.pdf"
    text = text_of(letter)
    assert "V/v đề nghị chỉnh sửa báo cáo" in text and "Số: 125/BCT-TTTN" in text
    assert "Kính gửi: Sở Công Thương tỉnh Nghệ An" in text and "31/12/2026" in text
    flat = " ".join(text.split())
    assert "(đã báo cáo: 3): Số cán bộ chuyên trách 3 người" in flat
    record = read_reply(read_reply_with_reader(letter.read_bytes())[0])
    assert record.kind == "correction" and record.number == "125/BCT-TTTN"
    assert [(c.key, c.section, c.value) for c in record.comments] == [
        ("staff_fulltime", "I", "3"),
        ("cm_articles", "II.3", "146"),
    ]
    assert record.version.file_sha256 and record.version.document_sha256

    # The .eml attaches the same letter.
    ok("inbox", "review", "--db", r.bo, "--period", "2025", "--unit", "40", "-o", r.folder / "cv.eml")
    message = email.message_from_bytes((r.folder / "cv.eml").read_bytes(), policy=policy.default)
    attached = [part for part in message.iter_attachments()]
    assert len(attached) == 1 and attached[0].get_filename().endswith(".pdf")
    assert read_reply(read_reply_with_reader(attached[0].get_content())[0]).id == record.id

    signed = sign_letter(letter, r.folder / "cv-ky.pdf", keys.ministry)
    line = ok("report", "receive", "--db", r.so, signed, "--trust", keys.ministry.pem)
    assert "Bộ đề nghị chỉnh sửa (2 ý kiến) — của Bộ Công Thương, tin cậy" in line
    row = json.loads(ok("report", "list", "--db", r.so, "--json"))[0]
    assert row["stage"] == "changes_requested" and row["status_text"] == row["ministry"]
    comments = ok("report", "comments", "--db", r.so, "1")
    assert f"staff_fulltime\tI Số cán bộ làm công tác BVQLNTD chuyên trách\t{STAFF}" in comments
    assert f"cm_articles\tII.3 Số tin, bài trên báo chí\t{ARTICLES}" in comments
    assert "Cảnh báo" not in comments and "31/12/2026" in comments

    with ReportStore.open(r.so) as store:
        assert store.values(1)["staff_fulltime"] == 3  # a letter never changes a value by itself
        store.set_value(1, "staff_fulltime", 5)
        store.set_value(1, "cm_articles", 150)
    ok("pdf", "export", "--db", r.so, "1", "-o", r.folder / "bc-sua.pdf")
    corrected_text = " ".join(text_of(r.folder / "bc-sua.pdf").split())
    assert "(Bản chỉnh sửa theo văn bản số 125/BCT-TTTN ngày" in corrected_text
    doc = json.loads(ok("pdf", "extract", r.folder / "bc-sua.pdf"))
    assert doc["correction_of"]["id"] == record.id
    corrected = sign_report(r.folder / "bc-sua.pdf", r.folder / "bc-sua-ky.pdf", keys.pki)
    ok("inbox", "import", "--db", r.bo, corrected, "--trust", keys.pki.root.pem)

    desk = ok("inbox", "review", "--db", r.bo, "--period", "2025", "--unit", "40")
    assert "Đã nhận bản sửa" in desk
    assert "Đã nhận bản sửa theo công văn số 125" in desk and "2/2 ý kiến đã sửa" in desk
    assert "Số cán bộ làm công tác BVQLNTD chuyên trách: 3 → 5 (đã sửa)" in desk
    assert "Số tin, bài trên báo chí: 146 → 150 (đã sửa)" in desk
    # The province's status follows the newer version sent: the request no longer stands over it.
    assert "ministry" not in json.loads(ok("report", "list", "--db", r.so, "--json"))[0]


def test_unverified_letter_warns_and_changes_no_value(fresh_round: Round, keys: Keys) -> None:
    r = fresh_round
    request(r)
    forged = sign_letter(r.folder / "cv.pdf", r.folder / "gia-mao.pdf", keys.impostor)
    line = ok("report", "receive", "--db", r.so, forged)
    assert "Bộ đề nghị chỉnh sửa (2 ý kiến) — chưa xác minh" in line
    comments = ok("report", "comments", "--db", r.so, "1")
    assert "Cảnh báo: chưa xác minh" in comments
    with ReportStore.open(r.so) as store:
        assert store.values(1)["staff_fulltime"] == 3 and store.values(1)["cm_articles"] == 146


def test_a_letter_for_an_older_version_changes_nothing(fresh_round: Round, keys: Keys) -> None:
    r = fresh_round
    request(r)
    with ReportStore.open(r.so) as store:
        store.set_value(1, "staff_fulltime", 4)
    ok("pdf", "export", "--db", r.so, "1", "-o", r.folder / "bc2.pdf")
    done = run_cli("report", "receive", "--db", r.so, r.folder / "cv.pdf")
    assert done.returncode == 2 and "Công văn nói về phiên bản cũ" in done.stdout
    assert "Bộ chưa có ý kiến" in ok("report", "comments", "--db", r.so, "1")


def test_a_letter_for_another_unit_or_period_changes_nothing(fresh_round: Round, keys: Keys) -> None:
    from msgspec.structs import replace

    from gui.core.document import PeriodRef, UnitRef
    from gui.inbox.correction_letter import letter_pdf

    r = fresh_round
    request(r)
    record = read_reply(read_reply_with_reader((r.folder / "cv.pdf").read_bytes())[0])
    other_unit = replace(record, unit=UnitRef(kind="province", code="42", name="Hà Tĩnh"))
    other_period = replace(
        record,
        period=PeriodRef(
            id="2025-H1", kind="half", start=record.period.start, end=record.period.start.replace(month=6, day=30)
        ),
    )
    for name, reply in (("unit.pdf", other_unit), ("period.pdf", other_period)):
        (r.folder / name).write_bytes(letter_pdf(reply, None))
    done = run_cli("report", "receive", "--db", r.so, r.folder / "unit.pdf", r.folder / "period.pdf")
    lines = done.stdout.splitlines()
    assert done.returncode == 2
    assert "gửi Hà Tĩnh, không phải Nghệ An" in lines[0] and "Không thay đổi gì" in lines[0]
    assert "nói về kỳ 2025-H1, báo cáo này là kỳ 2025" in lines[1]
    assert "Bộ chưa có ý kiến" in ok("report", "comments", "--db", r.so, "1")
