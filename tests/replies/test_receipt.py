"""The Ministry's receipt, end to end on the command line: the province exports and signs, the Ministry imports and
makes the receipt, signs it, and the province opens it ("Bộ đã nhận"); a forged receipt is "chưa xác minh"; a
receipt about another unit, another period or an older version changes nothing; hostile files are refused alone."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from gui.core.replies import read_reply
from gui.pdf.embedded import read_reply_with_reader
from tests.conftest import run_cli
from tests.replies.conftest import Keys, Round, ok, sign_letter


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def make_receipt(r: Round, name: str = "xn.pdf") -> Path:
    out = r.folder / name
    line = ok("inbox", "receipt", "--db", r.bo, "--period", "2025", "--unit", "40", "-o", out)
    assert "giấy xác nhận đã nhận báo cáo của Tỉnh Nghệ An" in line
    return out


def listed(r: Round) -> dict:
    return json.loads(ok("report", "list", "--db", r.so, "--json"))[0]


def test_signed_receipt_sets_received_trusted(fresh_round: Round, keys: Keys) -> None:
    r = fresh_round
    receipt = make_receipt(r)
    text = text_of(receipt)
    assert "GIẤY XÁC NHẬN" in text and "Sở Công Thương tỉnh Nghệ An" in text
    record = read_reply(read_reply_with_reader(receipt.read_bytes())[0])
    file_sha = __import__("hashlib").sha256(r.report.read_bytes()).hexdigest()
    assert record.kind == "receipt" and record.version.file_sha256 == file_sha
    assert file_sha[:40] in text.replace("\n", "").replace(" ", "")  # printed, wrapped in its cell
    assert record.checked.status == "trusted" and record.review == "Đã nhận"
    assert subprocess.run(["pdfinfo", str(receipt)], capture_output=True, text=True).stdout.count("Pages:") == 1
    assert "Pages:           1" in subprocess.run(["pdfinfo", str(receipt)], capture_output=True, text=True).stdout

    signed = sign_letter(receipt, r.folder / "xn-ky.pdf", keys.ministry)
    line = ok("report", "receive", "--db", r.so, signed, "--trust", keys.ministry.pem)
    assert "Bộ đã nhận lúc" in line and "của Bộ Công Thương, tin cậy" in line
    assert listed(r)["ministry"].startswith("Bộ đã nhận lúc") and "tin cậy" in listed(r)["ministry"]
    # The report's life (gui.core.report_status) takes the receipt as its last step, with when and by whom.
    assert listed(r)["stage"] == "received" and listed(r)["status_text"] == listed(r)["ministry"]
    assert "đã mở tệp này" in ok("report", "receive", "--db", r.so, signed)
    # Loaded once: a later receipt is verified without --trust.
    later = ok("report", "receive", "--db", r.so, sign_letter(receipt, r.folder / "xn-ky-2.pdf", keys.ministry))
    assert "của Bộ Công Thương, tin cậy" in later


def test_forged_receipts_are_unverified(fresh_round: Round, keys: Keys) -> None:
    r = fresh_round
    receipt = make_receipt(r)
    ok(
        "report",
        "receive",
        "--db",
        r.so,
        sign_letter(receipt, r.folder / "that.pdf", keys.ministry),
        "--trust",
        keys.ministry.pem,
    )
    for name, forged in (
        ("unsigned", receipt),
        ("impostor", sign_letter(receipt, r.folder / "gia-mao.pdf", keys.impostor)),
        ("another", sign_letter(receipt, r.folder / "ha-tinh.pdf", keys.pki.ha_tinh)),
    ):
        line = ok("report", "receive", "--db", r.so, forged)
        assert "chưa xác minh" in line and "tin cậy" not in line, name
        assert listed(r)["ministry"].endswith("chưa xác minh"), name


def test_under_the_ministrys_root_only_the_ministry_itself_is_trusted(fresh_round: Round, keys: Keys) -> None:
    """The province loads the Ministry's root (not its own certificate): a receipt signed by a certificate under
    it whose organisation merely contains "Bộ Công Thương" is not the Ministry's; the Ministry's own (O= exactly
    "Bộ Công Thương") is."""
    r = fresh_round
    receipt = make_receipt(r)
    office = sign_letter(receipt, r.folder / "cuc.pdf", keys.office)
    line = ok("report", "receive", "--db", r.so, office, "--trust", keys.pki.root.pem)
    assert "chưa xác minh" in line and "tin cậy" not in line
    assert listed(r)["ministry"].endswith("chưa xác minh")
    line = ok("report", "receive", "--db", r.so, sign_letter(receipt, r.folder / "bo.pdf", keys.ministry))
    assert "của Bộ Công Thương, tin cậy" in line


def test_a_receipt_for_another_unit_period_or_older_version_changes_nothing(fresh_round: Round, keys: Keys) -> None:
    r = fresh_round
    old_receipt = make_receipt(r, "xn-cu.pdf")
    # The province edits and sends a new version; the receipt of the first one is now about an older version.
    from gui.store.reports import ReportStore

    with ReportStore.open(r.so) as store:
        store.set_value(1, "staff_fulltime", 4)
    ok("pdf", "export", "--db", r.so, "1", "-o", r.folder / "bc2.pdf")
    before = listed(r)
    done = run_cli("report", "receive", "--db", r.so, old_receipt)
    assert done.returncode == 2 and "phiên bản cũ" in done.stdout and "Không thay đổi gì" in done.stdout
    assert listed(r) == before and "ministry" not in before

    # Another unit's database: the same receipt matches nothing there.
    other = r.folder / "other.sqlite3"
    ok("report", "new", "--db", other, "--period", "2025", "--unit", "42")
    done = run_cli("report", "receive", "--db", other, old_receipt)
    assert done.returncode == 2 and "không có trong máy này" in done.stdout


def test_hostile_files_are_refused_alone(fresh_round: Round, keys: Keys) -> None:
    r = fresh_round
    receipt = make_receipt(r)
    truncated = r.folder / "cut.pdf"
    truncated.write_bytes(receipt.read_bytes()[:-2000])
    text = r.folder / "notes.pdf"
    text.write_text("không phải PDF", encoding="utf-8")
    huge = r.folder / "huge.pdf"
    with huge.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.seek(6 * 1024 * 1024)
        handle.write(b"%%EOF\n")
    done = run_cli("report", "receive", "--db", r.so, truncated, text, huge, r.report, r.folder, receipt)
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 6, done.stdout
    assert "hỏng" in lines[0] and "Không phải tệp PDF" in lines[1] and "quá lớn" in lines[2]
    assert "là một báo cáo" in lines[3] and "thư mục" in lines[4]
    assert "Bộ đã nhận lúc" in lines[5]
    assert all("Không thay đổi gì" in line for line in lines[:5])
