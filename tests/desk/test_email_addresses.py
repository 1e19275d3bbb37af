"""Issue 21, part 5: an address that is not one (a line break in the stored Ministry e-mail, an RFC 2047 encoded
word as a local part) is refused clearly where it is entered and where it is used; `inbox remind` never exits 1."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from gui.core.emails import bad_addresses, is_address
from gui.core.errors import UserError
from gui.inbox.addressbook import check_emails, split_emails
from gui.mail import draft_eml
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.desk.conftest import PERIOD

ENCODED = "=?utf-8?q?Bcc=3A_ke-gian@evil.vn?=@moit.gov.vn"


def test_the_address_check() -> None:
    assert is_address("bvqlntd@moit.gov.vn")
    assert not is_address(ENCODED)
    assert not is_address("bo@moit.gov.vn\n") and not is_address("bo@moit.gov.vn\r\nBcc: x@evil.vn")
    assert bad_addresses("a@b.vn, c@d.vn") == []
    assert bad_addresses("a@b.vn\r\nBcc: x@evil.vn") == ["a@b.vn\r\nBcc: x@evil.vn"]


def test_an_encoded_word_is_refused_where_it_is_entered(db_path: Path, tmp_path: Path) -> None:
    assert split_emails(f"so@nghean.gov.vn; {ENCODED}") == (["so@nghean.gov.vn"], [ENCODED])
    assert check_emails(ENCODED) is not None
    done = run_cli("inbox", "addresses", "--db", db_path, "--set", "40", ENCODED)
    assert done.returncode == 2 and "không hợp lệ" in done.stderr and "Traceback" not in done.stderr, done.stderr
    book = tmp_path / "so.csv"
    book.write_text(f"Mã,Email\n40,{ENCODED}\n", encoding="utf-8")
    done = run_cli("inbox", "addresses", "--db", db_path, "--import", book)
    assert done.returncode == 2 and "không hợp lệ" in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_a_bad_address_is_refused_where_it_is_used() -> None:
    for bad in ("bo@moit.gov.vn\r\nBcc: x@evil.vn", ENCODED):
        with pytest.raises(UserError, match="không hợp lệ"):
            draft_eml("Nhắc", "Nội dung", to=bad, sender=bad)


@pytest.mark.parametrize("stored", ["bvqlntd@moit.gov.vn\r\nBcc: ke-gian@evil.vn", ENCODED])
def test_remind_with_a_bad_stored_ministry_email_exits_2_with_its_reason(
    stored: str, desk_db: Path, tmp_path: Path
) -> None:
    store = ReportStore.open(desk_db)
    try:
        store.save_profile(msgspec.structs.replace(store.profile(), ministry_email=stored))
    finally:
        store.close()
    run_cli("inbox", "addresses", "--db", desk_db, "--set", "BCA", "vanthu@bca.gov.vn")
    out = tmp_path / "nhac.eml"
    done = run_cli("inbox", "remind", "--db", desk_db, "--period", PERIOD, "-o", out)
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr and "không hợp lệ" in done.stderr and "Cài đặt" in done.stderr
    assert not out.exists()
