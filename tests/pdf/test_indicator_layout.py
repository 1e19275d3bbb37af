"""The indicator table puts a text answer under "Kết quả" (not under "Đơn vị"), and a section left empty says
"Không có." instead of a bare heading (issue 22)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from gui.pdf.render import render_report
from gui.store.reports import ReportStore
from tests.pdf.conftest import flat, pdftotext


def words_on_page_1(path: Path) -> list[tuple[str, float, float]]:
    """(word, x min, y min) of page 1, read back with pdftotext -bbox."""
    out = pdftotext(path, "-bbox", "-f", "1", "-l", "1")
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', out)
    return [(html.unescape(text), float(x), float(y)) for x, y, text in found]


def test_text_answers_sit_under_the_result_heading(store: ReportStore, demo_id: int, tmp_path: Path) -> None:
    store.set_values(demo_id, {"plan_issued": True, "plan_ref": {"number": "125/KH-UBND", "date": "2025-03-20"}})
    path = tmp_path / "bc.pdf"
    path.write_bytes(render_report(store.document(demo_id), store.template_of(demo_id), draft=False))
    words = words_on_page_1(path)
    head_y = next(y for w, _x, y in words if w == "STT")  # the indicator table's heading row
    heading = {w: x for w, x, y in words if abs(y - head_y) < 1}
    unit_end = heading["vị"]  # "Đơn vị" is centred over its column: an answer starts right of it, or it is under it
    for answer in ("Có", "125/KH-UBND,"):
        x = next(x for w, x, y in words if w == answer and y > head_y)
        assert x > unit_end, (answer, x, unit_end)


def test_an_empty_section_says_so(store: ReportStore, demo_id: int, tmp_path: Path) -> None:
    store.set_values(demo_id, {"pr_government": None, "pr_ministry": None, "pr_others": None})
    path = tmp_path / "bc.pdf"
    path.write_bytes(render_report(store.document(demo_id), store.template_of(demo_id), draft=False))
    text = flat(pdftotext(path))
    assert "V. ĐỀ XUẤT, KIẾN NGHỊ Không có./." in text
