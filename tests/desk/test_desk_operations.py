"""The desk's operations (gui/operations/desk.py), called as the window and the command line call them: one
behaviour for both, a UserError naming the problem, nothing written when refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from gui.core.errors import UserError
from gui.operations.desk import make_draft, set_deadline, write_reminder
from gui.store.follow_up import Address, DeskRepository
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.desk.conftest import PERIOD


@pytest.mark.parametrize("name", ["du-thao.odt", "du-thao", "du-thao.docx.txt"])
def test_a_draft_name_other_than_docx_or_pdf_is_refused_by_both(
    desk_store: ReportStore, desk_db: Path, tmp_path: Path, name: str
) -> None:
    with pytest.raises(UserError, match=r"phải có đuôi \.docx hoặc \.pdf"):
        make_draft(store=desk_store, period_id=PERIOD, output=tmp_path / name)
    result = run_cli("inbox", "report", "--db", desk_db, "--period", PERIOD, "-o", tmp_path / name)
    assert result.returncode == 2 and "phải có đuôi .docx hoặc .pdf" in result.stderr
    assert list(tmp_path.glob("du-thao*")) == []


def test_the_draft_as_docx_with_its_pdf_beside_it(desk_store: ReportStore, tmp_path: Path) -> None:
    result = make_draft(store=desk_store, period_id=PERIOD, output=tmp_path / "dt.docx", with_pdf=True)
    assert result.files == (tmp_path / "dt.docx", tmp_path / "dt.pdf")
    assert result.coverage == "31/34 địa phương đã gửi báo cáo, 5 bộ, ngành"
    assert Document(str(result.files[0])).paragraphs and result.files[1].read_bytes().startswith(b"%PDF")
    only_pdf = make_draft(store=desk_store, period_id=PERIOD, output=tmp_path / "x.pdf", with_pdf=True)
    assert only_pdf.files == (tmp_path / "x.pdf",)


def test_a_period_that_cannot_be_read_is_a_user_error(desk_store: ReportStore, tmp_path: Path) -> None:
    with pytest.raises(UserError):
        make_draft(store=desk_store, period_id="2025-Q3", output=tmp_path / "x.docx")
    with pytest.raises(UserError):
        write_reminder(store=desk_store, period_id="abc", output=tmp_path / "x.eml")


def test_a_deadline_before_the_cutoff_is_refused_and_nothing_moves(desk_store: ReportStore) -> None:
    with pytest.raises(UserError, match="sớm hơn ngày chốt số liệu"):
        set_deadline(store=desk_store, period_id=PERIOD, day=dt.date(2025, 6, 30))
    assert DeskRepository(desk_store).deadline(PERIOD) is None
    moved = set_deadline(store=desk_store, period_id=PERIOD, day=dt.date(2025, 12, 28))
    assert moved.moved and moved.consolidation.schedule is not None and moved.consolidation.schedule.moved
    back = set_deadline(store=desk_store, period_id=PERIOD, default=True)
    assert back.consolidation.schedule is not None and not back.consolidation.schedule.moved


def test_the_reminder_names_who_has_no_address(desk_store: ReportStore, tmp_path: Path) -> None:
    DeskRepository(desk_store).save_addresses([Address(unit_kind="province", unit_code="11", emails="dienbien@gov.vn")])
    result = write_reminder(store=desk_store, period_id=PERIOD, output=tmp_path / "nhac.eml")
    assert result.path == tmp_path / "nhac.eml" and result.recipients == ("dienbien@gov.vn",)
    assert [u.code for u in result.without_email] == ["12", "96"]


def test_the_summary_takes_its_format_from_the_name_or_the_button_never_renaming(
    desk_store: ReportStore, desk_db: Path, tmp_path: Path
) -> None:
    from gui.operations.desk import export_summary

    with pytest.raises(UserError, match=r"có đuôi \.pdf nhưng định dạng là xlsx"):
        export_summary(store=desk_store, period_id=PERIOD, output=tmp_path / "th.pdf", fmt="xlsx")
    with pytest.raises(UserError, match=r"phải có đuôi \.xlsx hoặc \.pdf"):
        export_summary(store=desk_store, period_id=PERIOD, output=tmp_path / "th.odt")
    assert not list(tmp_path.glob("th.*"))
    done = export_summary(store=desk_store, period_id=PERIOD, output=tmp_path / "th.xlsx")
    assert done.format == "xlsx" and (tmp_path / "th.xlsx").read_bytes()[:2] == b"PK"
    cli = run_cli("inbox", "summary", "--db", desk_db, "--period", PERIOD, "-o", tmp_path / "x.pdf", "--format", "xlsx")
    assert cli.returncode == 2 and "có đuôi .pdf nhưng định dạng là xlsx" in cli.stderr
