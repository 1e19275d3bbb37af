"""Data-quality flags: planted figures found, ordinary ones left alone, never blocking the import."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from openpyxl import load_workbook

from gui.core.period import parse_period
from gui.core.template import active_template
from gui.inbox.consolidate import consolidate
from gui.inbox.deadlines import previous_period
from gui.inbox.importer import import_paths
from gui.inbox.quality import quality_flags
from gui.inbox.scenario import national_round
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.desk.conftest import PERIOD, PLANTED
from tests.inbox.conftest import write_docs


def test_planted_outliers_are_found_and_ordinary_values_are_not(desk_store: ReportStore) -> None:
    c = consolidate(desk_store, PERIOD)
    assert len(c.reported) == 31  # the planted reports were imported: flags never block
    flags = quality_flags(c)
    assert {(f.unit_code, f.key) for f in flags if f.kind == "outlier"} == set(PLANTED)
    assert [f.kind for f in flags] == ["outlier", "outlier"]
    articles = next(f for f in flags if f.key == "cm_articles")
    assert articles.value == 400_000 and articles.unit_name == "Tỉnh Quảng Ninh"
    assert (
        "mức giữa của 31 đơn vị" in articles.message
        and "ngưỡng ±3,5" in articles.message
        and "điểm lệch chuẩn hóa +" in articles.message
    )


def test_a_large_change_from_the_previous_year_is_flagged(desk_store: ReportStore, tmp_path: Path) -> None:
    # 2024: Bộ Tư pháp inspected ten times as many businesses as usual; 2024's provinces use the 63-unit list.
    before = national_round(
        active_template(), parse_period("2024"), ministries=6, changes={("BTP", "in_businesses"): 5_000}
    )
    import_paths(desk_store, write_docs(tmp_path / "2024", before))
    c = consolidate(desk_store, PERIOD)
    assert c.previous is not None and c.previous.period.id == "2024"
    changes = [f for f in quality_flags(c) if f.kind == "change"]
    assert [(f.unit_code, f.key) for f in changes] == [("BTP", "in_businesses")]
    assert changes[0].reference == 5_000 and "kỳ trước 5.000: giảm" in changes[0].message


def test_rates_above_100_and_parts_above_their_whole(desk_store: ReportStore) -> None:
    c = consolidate(desk_store, PERIOD)
    row = c.reported[0]
    values = {**row.values, "cp_resolved": row.values["cp_received"] + 5, "cp_hotline": row.values["cp_received"]}
    rates = {**row.rates, "cp_success_rate": 101.5}
    c.provinces[0] = dataclasses.replace(row, values=values, rates=rates)
    mine = [f for f in quality_flags(c) if f.unit_code == row.unit.code]
    assert {f.kind for f in mine} == {"rate", "part"}
    assert {f.key for f in mine if f.kind == "part"} == {"cp_resolved", "cp_received"}
    assert any("101,5% > 100%" in f.message for f in mine)


def test_previous_period_rule() -> None:
    assert previous_period(parse_period("2025")) == parse_period("2024")
    assert previous_period(parse_period("2025-H1")) == parse_period("2024-H1")
    assert previous_period(parse_period("2021-2025")) is None
    assert previous_period(parse_period("2019")) is None


def test_flags_and_the_previous_period_in_the_workbook_and_on_the_command_line(desk_db: Path, tmp_path: Path) -> None:
    result = run_cli("inbox", "flags", "--db", desk_db, "--period", PERIOD)
    assert result.returncode == 0, result.stderr
    assert "Tỉnh Quảng Ninh\tSố tin, bài trên báo chí [cm_articles]\tKhác thường" in result.stdout
    assert result.stdout.splitlines()[-1] == "Kỳ 2025: 2 cảnh báo số liệu (so với kỳ 2024)."
    out = tmp_path / "th.xlsx"
    assert run_cli("inbox", "summary", "--db", desk_db, "--period", PERIOD, "-o", out).returncode == 0
    book = load_workbook(out)
    flagged = [r for r in book["Cảnh báo số liệu"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert {(r[1], r[3]) for r in flagged} == set(PLANTED)
    change = list(book["So với kỳ trước"].iter_rows(values_only=True))
    assert str(change[0][3]).endswith("— kỳ 2025")
    assert change[0][4] == "kỳ 2024" and change[0][5] == "thay đổi (%)"


def test_a_flag_is_kept_in_vietnamese_and_carries_its_english(desk_store: ReportStore) -> None:
    """The workbook prints the Vietnamese; the window's desk shows message_en and the kind's English."""
    from gui.core.i18n import translate_to

    flags = quality_flags(consolidate(desk_store, PERIOD))
    articles = next(f for f in flags if f.key == "cm_articles")
    assert "mức giữa của 31 đơn vị" in articles.message
    assert "the median of 31 units" in articles.message_en and "threshold ±3,5" in articles.message_en
    assert translate_to("en", "Inbox", articles.kind_label) == "Unusual against the other units"
