"""Deadlines (Nghị định 09/2019) and each unit's timeliness: inbox, command line, xlsx and the summary PDF."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from gui.core.period import parse_period
from gui.core.template import active_template
from gui.inbox.consolidate import consolidate
from gui.inbox.deadlines import Basis, Status, cutoff, default_deadline, timeliness
from gui.inbox.importer import import_paths
from gui.inbox.scenario import national_round
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.desk.conftest import LATE, MISSING, PERIOD, import_on_arrival
from tests.inbox.conftest import write_docs


def test_cutoff_follows_decree_09_and_the_template_sets_the_deadline() -> None:
    assert cutoff(parse_period("2025")) == (dt.date(2024, 12, 15), dt.date(2025, 12, 14))
    assert cutoff(parse_period("2025-H1")) == (dt.date(2024, 12, 15), dt.date(2025, 6, 14))
    assert cutoff(parse_period("2021-2025")) == (dt.date(2020, 12, 15), dt.date(2025, 12, 14))
    template = active_template()
    assert default_deadline(parse_period("2025"), template) == dt.date(2025, 12, 20)
    assert default_deadline(parse_period("2026-H1"), template) == dt.date(2026, 6, 20)


def test_sent_day_is_vietnam_time() -> None:
    # 20:00 UTC on the deadline is already the next day in Hà Nội: one day late.
    late = timeliness(dt.date(2025, 12, 20), "2025-12-20T20:00:00+00:00")
    assert (late.status, late.days_late) == (Status.LATE, 1)
    assert timeliness(dt.date(2025, 12, 20), "2025-12-20T16:00:00+00:00").status is Status.ON_TIME


def test_each_unit_is_missing_on_time_or_late_by_days(desk_store: ReportStore) -> None:
    c = consolidate(desk_store, PERIOD)
    assert c.schedule is not None and c.schedule.deadline == dt.date(2025, 12, 20) and not c.schedule.moved
    by_code = {row.unit.code: c.schedule.of(row.unit.kind, row.unit.code) for row in [*c.provinces, *c.ministries]}
    for code, days in LATE.items():
        assert by_code[code].status is Status.LATE and by_code[code].days_late == days
        assert by_code[code].label == f"Muộn {days} ngày"
    for code in MISSING[:3]:
        assert by_code[code].status is Status.MISSING and by_code[code].label.startswith("Chưa nhận")
    on_time = [code for code, t in by_code.items() if t.status is Status.ON_TIME]
    assert len(on_time) == 34 - 3 - 3 + 5  # 28 provinces and 5 ministries
    assert c.schedule.count(Status.LATE) == 3 and c.schedule.count(Status.MISSING) == 3


def test_the_ministry_moves_the_deadline_from_the_command_line(desk_db: Path) -> None:
    result = run_cli("inbox", "deadline", "--db", desk_db, "--period", PERIOD, "--set", "28/12/2025")
    assert result.returncode == 0, result.stderr
    assert "hạn gửi báo cáo 28/12/2025 (Bộ đã điều chỉnh; mặc định 20/12/2025)" in result.stdout
    lines = dict(line.split("\t")[0::2] for line in result.stdout.splitlines()[1:])
    assert lines["40"] == "Muộn 4 ngày" and lines["04"] == "Đúng hạn" and lines["11"].startswith("Chưa nhận")
    back = run_cli("inbox", "deadline", "--db", desk_db, "--period", PERIOD, "--default")
    assert "hạn gửi báo cáo 20/12/2025." in back.stdout


def test_a_bad_deadline_is_refused_with_its_reason(desk_db: Path) -> None:
    result = run_cli("inbox", "deadline", "--db", desk_db, "--period", PERIOD, "--set", "31/02/2026")
    assert result.returncode == 2
    assert "Ngày '31/02/2026' không hợp lệ" in result.stderr and "Traceback" not in result.stderr
    # Before the cut-off starts, and inside it (a report cannot be due before its data closes on 14/12/2025):
    # refused, naming the cut-off, and the deadline left as it was.
    for day in ("01/12/2024", "30/06/2025"):
        early = run_cli("inbox", "deadline", "--db", desk_db, "--period", PERIOD, "--set", day)
        assert early.returncode == 2 and "Traceback" not in early.stderr
        assert f"hạn {day} sớm hơn ngày chốt số liệu của kỳ 2025 (số liệu từ 15/12/2024 đến 14/12/2025)" in early.stderr
        assert "hạn gửi phải từ ngày 14/12/2025 trở đi" in early.stderr
    shown = run_cli("inbox", "deadline", "--db", desk_db, "--period", PERIOD)
    assert "hạn gửi báo cáo 20/12/2025." in shown.stdout
    assert run_cli("inbox", "deadline", "--db", desk_db, "--period", PERIOD, "--set", "14/12/2025").returncode == 0


def test_a_newer_version_shows_as_replaced(desk_store: ReportStore, tmp_path: Path) -> None:
    template, period = active_template(), parse_period(PERIOD)
    newer = national_round(template, period, late_days={"40": 14}, ministries=0, seed=2)
    nghe_an = [d for d in newer if d.unit.code == "40"]
    import_on_arrival(desk_store, nghe_an, write_docs(tmp_path / "again", nghe_an))
    c = consolidate(desk_store, PERIOD)
    assert c.schedule is not None
    assert c.schedule.of("province", "40").label == "Muộn 14 ngày; đã thay bằng bản mới"


def test_xlsx_and_summary_pdf_carry_the_timeliness(desk_db: Path, tmp_path: Path) -> None:
    xlsx, pdf = tmp_path / "th.xlsx", tmp_path / "th.pdf"
    assert run_cli("inbox", "summary", "--db", desk_db, "--period", PERIOD, "-o", xlsx).returncode == 0
    sheet = load_workbook(xlsx)["Tình hình báo cáo"]
    rows = {r[1]: r for r in sheet.iter_rows(values_only=True) if r and r[1]}
    assert rows["Mã"][9] == "Thời hạn"
    assert rows["40"][9] == "Muộn 12 ngày" and rows["01"][9] == "Đúng hạn" and rows["11"][9].startswith("Chưa nhận")
    assert run_cli("inbox", "summary", "--db", desk_db, "--period", PERIOD, "-o", pdf).returncode == 0
    text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout.split())
    assert "hạn gửi báo cáo 20/12/2025: 28 địa phương gửi đúng hạn, 3 địa phương gửi muộn" in text
    assert "Tỉnh Nghệ An: 12 ngày" in text


def test_timeliness_counts_from_receipt_not_from_the_provinces_clock(desk_store: ReportStore, tmp_path: Path) -> None:
    """A late unit that sets its PC's clock back still arrives late: the Ministry's receipt counts (and says so)."""
    template, period = active_template(), parse_period(PERIOD)
    backdated = [d for d in national_round(template, period, ministries=0, seed=4) if d.unit.code == "11"]
    assert dt.date.fromisoformat(backdated[0].updated_at[:10]) < dt.date(2025, 12, 20)  # claims to be on time
    import_paths(desk_store, write_docs(tmp_path / "dien-bien", backdated))  # received today, long after 20/12
    c = consolidate(desk_store, PERIOD)
    assert c.schedule is not None
    t = c.schedule.of("province", "11")
    assert t.status is Status.LATE and t.basis is Basis.RECEIVED and t.basis_label == "theo thời điểm Bộ nhận tệp"
    assert t.sent_on == dt.datetime.now(dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=7))).date()
    shown = run_cli("inbox", "deadline", "--db", desk_store.path, "--period", PERIOD)
    line = next(x for x in shown.stdout.splitlines() if x.startswith("11\t"))
    assert line.endswith("\ttheo thời điểm Bộ nhận tệp") and "Muộn" in line


def test_a_trusted_timestamp_counts_before_the_receipt() -> None:
    from gui.inbox.deadlines import sent_moment
    from gui.store.inbox import Arrival

    arrival = Arrival(
        received_at="2026-01-05T08:00:00+00:00", stamped=("2025-12-19T02:00:00+00:00", "2025-12-18T09:00:00+07:00")
    )
    assert sent_moment("2025-12-01T00:00:00+00:00", arrival) == ("2025-12-19T02:00:00+00:00", Basis.TIMESTAMP)
    assert sent_moment("2025-12-01T00:00:00+00:00", Arrival(received_at="2026-01-05T08:00:00+00:00")) == (
        "2026-01-05T08:00:00+00:00",
        Basis.RECEIVED,
    )
    assert sent_moment("2025-12-01T00:00:00+00:00", None)[1] is Basis.UPDATED
