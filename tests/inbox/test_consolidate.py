"""The consolidation and its workbook: totals read back from the xlsx equal sums computed from the inputs."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from gui.core.template import active_template
from gui.inbox.consolidate import consolidate
from gui.inbox.importer import import_paths
from gui.inbox.xlsx import INTEGER_FORMAT, TOTAL_LABEL, write_xlsx
from gui.store.reports import ReportStore
from tests.inbox.conftest import ministry_doc, province_docs, write_docs

NUMERIC = [f.key for f in active_template().iter_fields() if f.kind in ("integer", "money") and not f.is_computed]


def _sheet_rows(sheet) -> dict[str, dict[str, object]]:
    """Rows by their third cell (unit name or TỔNG CỘNG), columns by the keys of the second header row."""
    keys = [c.value for c in sheet[2]]
    rows = {}
    for row in sheet.iter_rows(min_row=3, values_only=True):
        if row[2]:
            rows.setdefault(str(row[2]), dict(zip(keys, row, strict=False)))
    return rows


@pytest.mark.parametrize(("period", "count", "kind"), [("2025", 34, "pdf"), ("2024", 63, "json")])
def test_xlsx_totals_equal_the_sums_of_the_reports(
    tmp_path: Path, store: ReportStore, period: str, count: int, kind: str
) -> None:
    docs = province_docs(period, seed=7)
    assert len(docs) == count
    received, missing = docs[:-3], docs[-3:]  # three provinces have not reported yet
    write_docs(tmp_path / "in", received, kind)
    (tmp_path / "in" / "bct.json").write_text(ministry_doc("BCA", period).to_json())
    import_paths(store, [tmp_path / "in"])

    summary = consolidate(store, period)
    out = tmp_path / "tong-hop.xlsx"
    write_xlsx(summary, out)
    book = openpyxl.load_workbook(out)

    # Completeness against the list valid at the period's end, ministries listed apart.
    assert summary.completeness_text == f"{count - 3}/{count} địa phương đã gửi báo cáo"
    assert [r.unit.code for r in summary.missing] == [d.unit.code for d in missing]
    status = {row[1]: row[3] for row in book["Tình hình báo cáo"].iter_rows(min_row=2, values_only=True) if row[1]}
    assert status[missing[0].unit.code] == "Chưa gửi" and status[received[0].unit.code] == "Đã gửi"
    assert status["BCA"] == "Đã gửi"

    sheet = book["Chỉ tiêu"]
    rows = _sheet_rows(sheet)
    total = rows[TOTAL_LABEL]
    for key in NUMERIC:
        expected = sum(d.values.get(key) or 0 for d in received)
        assert total[key] == expected, key
        assert isinstance(total[key], int)
    received_sum = sum(d.values["cp_received"] for d in received)
    resolved_sum = sum(d.values["cp_resolved"] for d in received)
    assert total["cp_success_rate"] == pytest.approx(100 * resolved_sum / received_sum, abs=1e-3)
    plans = sum(1 for d in received if d.values.get("plan_issued") is True)
    assert total["plan_issued"] == f"{plans}/{count - 3}"
    assert summary.plan_text == f"{plans}/{count - 3} địa phương đã ban hành Kế hoạch"
    # Ministries are shown below the total, not added into it.
    assert "Bộ Công an" in rows
    first = received[0]
    assert rows[summary.reported[0].name]["cp_received"] == first.values["cp_received"]

    # Numbers are numbers with grouped thousands; the header rows stay in view.
    cell = sheet.cell(row=3, column=4)
    assert isinstance(cell.value, int) and cell.number_format == INTEGER_FORMAT
    assert sheet.freeze_panes == "D3"
    assert sheet.column_dimensions["C"].width >= 20

    # Each repeating table: every row of every unit, and its totals.
    cases = book["Vụ việc điển hình"]
    case_rows = [r for r in cases.iter_rows(min_row=2, values_only=True) if r[2] and r[2] != TOTAL_LABEL]
    expected_rows = sum(len(d.values.get("notable_cases") or []) for d in received)
    bca = ministry_doc("BCA", period).values.get("notable_cases") or []
    assert len(case_rows) == expected_rows + len(bca)
    fine_total = next(r for r in cases.iter_rows(values_only=True) if r[2] == TOTAL_LABEL)
    fines = sum(row["fine"] or 0 for d in received for row in d.values.get("notable_cases") or [])
    assert fine_total[5] == fines + sum(row["fine"] or 0 for row in bca)

    # The texts side by side, one row per unit.
    texts = book["Nội dung"]
    header = [c.value for c in texts[1]]
    column = header.index("I. Tình hình chỉ đạo, điều hành")
    by_code = {r[1]: r[column] for r in texts.iter_rows(min_row=2, values_only=True)}
    assert by_code[first.unit.code] == first.values["direction_summary"]


def test_a_period_with_no_report_consolidates_to_an_empty_list(store: ReportStore, tmp_path: Path) -> None:
    summary = consolidate(store, "2025-H1")
    assert summary.unit_list.id == "qd124-2004"  # 30/6/2025: before the merger
    assert summary.completeness_text == "0/63 địa phương đã gửi báo cáo"
    write_xlsx(summary, tmp_path / "empty.xlsx")
    assert openpyxl.load_workbook(tmp_path / "empty.xlsx")["Chỉ tiêu"].cell(row=3, column=3).value == TOTAL_LABEL


def test_the_narrative_columns_say_their_section_and_no_cell_points_into_the_repository(
    tmp_path: Path, store: ReportStore
) -> None:
    write_docs(tmp_path / "in", province_docs("2025", seed=3)[:3], "json")
    import_paths(store, [tmp_path / "in"])
    out = tmp_path / "tong-hop.xlsx"
    write_xlsx(consolidate(store, "2025"), out)
    book = openpyxl.load_workbook(out)
    headers = [c.value for c in book["Nội dung"][1]][3:]
    assert len(set(headers)) == len(headers)  # six "Kết quả thực hiện" told apart
    assert "II.4. Kết quả thực hiện" in headers and "I. Tình hình chỉ đạo, điều hành" in headers
    cells = [c for ws in book for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert not [c for c in cells if "docs/" in c or ".md" in c]
