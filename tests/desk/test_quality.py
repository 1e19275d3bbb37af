"""Data-quality flags: planted figures found, ordinary ones left alone, never blocking the import."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from openpyxl import load_workbook

from gui.core.numbers import format_int
from gui.core.period import parse_period
from gui.core.template import active_template
from gui.inbox.consolidate import consolidate
from gui.inbox.deadlines import previous_period
from gui.inbox.importer import import_paths
from gui.inbox.quality import checks_run, quality_flags
from gui.inbox.scenario import national_round
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.desk.conftest import PERIOD, PLANTED
from tests.inbox.conftest import write_docs


def test_planted_outliers_are_found_and_ordinary_values_are_not(desk_store: ReportStore) -> None:
    c = consolidate(desk_store, PERIOD)
    assert len(c.reported) == 31  # the planted reports were imported: flags never block
    flags = quality_flags(c)
    # Both slips are above the template's plausible ceiling: one flag each, said beside the next highest unit
    # (the cross-unit score finds them too, and is not said twice).
    assert {(f.unit_code, f.key) for f in flags} == set(PLANTED)
    assert [f.kind for f in flags] == ["plausible", "plausible"]
    articles = next(f for f in flags if f.key == "cm_articles")
    assert articles.value == 400_000 and articles.unit_name == "Tỉnh Quảng Ninh"
    assert articles.message.startswith("400.000, trong khi mẫu báo cáo coi tối đa 20.000 là hợp lý; cao gấp ")
    assert "lần " in articles.message and "đơn vị cao tiếp theo" in articles.message
    assert "điểm lệch" not in articles.message and "ngưỡng" not in articles.message


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
    assert "Tỉnh Quảng Ninh\tSố tin, bài trên báo chí [cm_articles]\tVượt mức hợp lý\t400.000, trong khi" in result.stdout
    assert "Khác thường so với các đơn vị khác: so sánh giữa 31 địa phương" in result.stdout
    assert result.stdout.splitlines()[-1] == "Kỳ 2025: 2 cảnh báo số liệu (so với kỳ 2024)."
    out = tmp_path / "th.xlsx"
    assert run_cli("inbox", "summary", "--db", desk_db, "--period", PERIOD, "-o", out).returncode == 0
    book = load_workbook(out)
    # the workbook states the same data window as the desk (15/12 to 14/12), not the calendar year
    assert book["Tổng hợp"]["A2"].value == (
        "Kỳ báo cáo: 2025; Số liệu từ 15/12/2024 đến 14/12/2025; hạn gửi báo cáo 20/12/2025"
    )
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
    assert "trong khi mẫu báo cáo coi tối đa 20.000 là hợp lý" in articles.message
    assert "while the template holds at most 20.000 plausible" in articles.message_en
    assert translate_to("en", "Inbox", articles.kind_label) == "Above a plausible figure"


def _few(tmp_path: Path, codes: tuple[str, ...], changes: dict[tuple[str, str], object]) -> ReportStore:
    docs = national_round(active_template(), parse_period(PERIOD), ministries=0, changes=changes)
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    run = import_paths(store, write_docs(tmp_path / "in", [d for d in docs if d.unit.code in codes]))
    assert all(r.handled for r in run.results)
    return store


def test_three_reports_a_fine_far_above_plausible_is_flagged_in_words(tmp_path: Path) -> None:
    """98 billion đồng of fines among three provinces: no cross-unit score with 3, but the template's ceiling and
    the fines per case find it, named beside the next highest province; the clerk reads which checks ran."""
    planted = {("40", "fines_imposed"): 98_000_000_000}
    store = _few(tmp_path, ("38", "40", "42"), planted)
    try:
        c = consolidate(store, PERIOD)
    finally:
        store.close()
    flags = quality_flags(c)
    fine = next(f for f in flags if f.kind == "plausible")
    assert (fine.unit_name, fine.key) == ("Tỉnh Nghệ An", "fines_imposed")
    other = max((r for r in c.reported if r.unit.code != "40"), key=lambda r: r.values["fines_imposed"])
    times = round(98_000_000_000 / other.values["fines_imposed"])
    assert fine.message == (
        f"98.000.000.000, trong khi mẫu báo cáo coi tối đa 30.000.000.000 là hợp lý; cao gấp {times} lần {other.name} "
        f"({format_int(other.values['fines_imposed'])}), đơn vị cao tiếp theo"
    )
    per_case = next(f for f in flags if f.kind == "ratio")
    assert per_case.message.startswith("Số tiền xử phạt bình quân một vụ: ")
    assert per_case.message.endswith("trong khi mẫu báo cáo coi tối đa 200.000.000 đồng/vụ là hợp lý")
    checks = {check.kind: check for check in checks_run(c)}
    assert not checks["outlier"].ran and "cần ít nhất 8 đơn vị báo cáo (hiện có 3)" in checks["outlier"].text
    assert not checks["change"].ran and checks["plausible"].ran
    assert all("inf" not in f.message and "điểm lệch" not in f.message for f in flags)


def test_few_units_far_above_the_next_is_said_by_name(tmp_path: Path) -> None:
    planted = {("38", "cm_events"): 5_000}  # under no ceiling, but 40× the next province
    store = _few(tmp_path, ("38", "40", "42", "44"), planted)
    try:
        flags = quality_flags(consolidate(store, PERIOD))
    finally:
        store.close()
    few = [f for f in flags if f.kind == "few"]
    assert [(f.unit_code, f.key) for f in few] == [("38", "cm_events")]
    assert few[0].message.startswith("5.000 — cao gấp ") and "đơn vị cao tiếp theo" in few[0].message


def test_a_median_of_zero_never_prints_infinity(desk_store: ReportStore) -> None:
    c = consolidate(desk_store, PERIOD)
    for index, row in enumerate(c.provinces):
        if row.reported:
            value = 40 if row.unit.code == "01" else 0
            c.provinces[index] = dataclasses.replace(row, values={**row.values, "id_ecommerce_cases": value})
    flag = next(f for f in quality_flags(c) if f.key == "id_ecommerce_cases")
    assert flag.message == "40 — trong khi mức giữa của 31 đơn vị là 0"
    assert "inf" not in flag.message_en
