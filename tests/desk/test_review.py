"""The review round trip: a request for correction with comments (and its email), the corrected version, the
field-by-field changes, acceptance; bad requests refused with their reason."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from gui.core.numbers import format_int
from gui.core.period import parse_period
from gui.core.template import active_template
from gui.inbox.scenario import national_round, plausible_values
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.desk.conftest import LATE, PERIOD
from tests.inbox.conftest import province, write_docs


def review(db: Path, *args: str | Path):  # type: ignore[no-untyped-def]
    return run_cli("inbox", "review", "--db", db, "--period", PERIOD, *args)


def test_comment_correct_and_accept(desk_db: Path, tmp_path: Path) -> None:
    listing = review(desk_db)
    assert listing.returncode == 0 and "40\tTỉnh Nghệ An\tĐã nhận" in listing.stdout
    run_cli("inbox", "addresses", "--db", desk_db, "--set", "40", "sct@nghean.gov.vn")
    eml = tmp_path / "sua.eml"
    asked = review(
        desk_db,
        "--unit",
        "40",
        "--correction",
        "--comment",
        "Bổ sung số liệu theo kênh tiếp nhận.",
        "--field",
        "cm_articles",
        "Số tin, bài bất thường so với năm trước, đề nghị kiểm tra lại.",
        "-o",
        eml,
    )
    assert asked.returncode == 0, asked.stderr
    assert "40\tTỉnh Nghệ An\tCần chỉnh sửa" in asked.stdout
    before = plausible_values(active_template(), province("40", PERIOD), parse_period(PERIOD))["cm_articles"]
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["To"] == "sct@nghean.gov.vn" and "Tỉnh Nghệ An" in message["Subject"]
    body = message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    assert "1. Bổ sung số liệu theo kênh tiếp nhận." in body
    assert f"2. Số tin, bài trên báo chí (đã báo cáo: {format_int(before)}): Số tin, bài bất thường" in body

    # Nghệ An sends the corrected version: the same report, updated later, one figure changed.
    docs = national_round(
        active_template(),
        parse_period(PERIOD),
        ministries=0,
        late_days={"40": LATE["40"] + 5},
        changes={("40", "cm_articles"): 77},
    )
    corrected = [d for d in docs if d.unit.code == "40"]
    imported = run_cli("inbox", "import", "--db", desk_db, *write_docs(tmp_path / "sua", corrected, kind="pdf"))
    assert "Đã thay bản cũ" in imported.stdout, imported.stdout
    seen = review(desk_db, "--unit", "40")
    lines = seen.stdout.splitlines()
    assert lines[:2] == [
        "40\tTỉnh Nghệ An\tĐã nhận bản sửa",
        f"\tSố tin, bài trên báo chí: {format_int(before)} → 77",
    ]
    # The request answered, field by field; this made-up version does not cite the letter (its document has no
    # correction_of), and the desk says so rather than link it.
    assert lines[2].startswith("\tĐã nhận bản mới (không ghi theo công văn ngày ") and lines[2].endswith(
        "1/1 ý kiến đã sửa."
    )
    assert lines[3] == f"\t- Số tin, bài trên báo chí: {format_int(before)} → 77 (đã sửa)"
    accepted = review(desk_db, "--unit", "40", "--accept")
    assert accepted.stdout.splitlines()[0] == "40\tTỉnh Nghệ An\tĐã chấp nhận"
    assert "Tỉnh Cao Bằng\tĐã nhận" in review(desk_db).stdout


def test_bad_review_requests_are_refused(desk_db: Path) -> None:
    empty = review(desk_db, "--unit", "40", "--correction")
    assert empty.returncode == 2 and "hãy ghi ít nhất một ý kiến" in empty.stderr
    unknown = review(desk_db, "--unit", "40", "--correction", "--field", "no_such", "x")
    assert unknown.returncode == 2 and "mẫu báo cáo không có trường này" in unknown.stderr
    missing = review(desk_db, "--unit", "11", "--accept")
    assert missing.returncode == 2 and "Tỉnh Điện Biên chưa gửi báo cáo kỳ 2025" in missing.stderr
    nobody = review(desk_db, "--unit", "77", "--accept")
    assert nobody.returncode == 2 and "Không có đơn vị mã '77'" in nobody.stderr
    no_comment_yet = review(desk_db, "--unit", "40", "-o", "/tmp/x.eml")
    assert no_comment_yet.returncode == 2 and "chưa có ý kiến đề nghị chỉnh sửa" in no_comment_yet.stderr
    assert "Traceback" not in empty.stderr + unknown.stderr + missing.stderr


def test_a_comment_on_a_field_the_template_no_longer_has(desk_db: Path, tmp_path: Path) -> None:
    """A comment recorded on a field that a later template dropped: the listing, the desk and the email still
    show it, with the field named and marked as gone, never a crash."""
    asked = review(desk_db, "--unit", "40", "--correction", "--field", "cm_articles", "Kiểm tra lại số tin, bài.")
    assert asked.returncode == 0, asked.stderr
    store = ReportStore.open(desk_db)
    try:
        store.db.execute("UPDATE desk_reviews SET comments = replace(comments, 'cm_articles', 'cm_old_field')")
    finally:
        store.close()
    eml = tmp_path / "sua.eml"
    again = review(desk_db, "--unit", "40", "-o", eml)
    assert again.returncode == 0, again.stderr
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert [a.get_content_type() for a in message.iter_attachments()] == ["application/pdf"]  # the letter
    assert "1. Trường 'cm_old_field' (không còn trong mẫu báo cáo hiện hành): Kiểm tra lại số tin, bài." in body
    listing = review(desk_db)
    assert listing.returncode == 0 and "40\tTỉnh Nghệ An\tCần chỉnh sửa" in listing.stdout
    assert "Traceback" not in again.stderr + listing.stderr


def test_an_acceptance_belongs_to_the_version_reviewed(desk_db: Path, tmp_path: Path) -> None:
    """Accepted, then a new version is counted: it is "Đã nhận" again, since nobody reviewed it."""
    accepted = review(desk_db, "--unit", "40", "--accept")
    assert accepted.stdout.splitlines()[0] == "40\tTỉnh Nghệ An\tĐã chấp nhận"
    docs = national_round(
        active_template(),
        parse_period(PERIOD),
        ministries=0,
        late_days={"40": LATE["40"] + 5},
        changes={("40", "cm_articles"): 78},
    )
    newer = [d for d in docs if d.unit.code == "40"]
    imported = run_cli("inbox", "import", "--db", desk_db, *write_docs(tmp_path / "moi", newer, kind="pdf"))
    assert "Đã thay bản cũ" in imported.stdout, imported.stdout
    assert review(desk_db, "--unit", "40").stdout.splitlines()[0] == "40\tTỉnh Nghệ An\tĐã nhận"
