"""The page check (gui.inbox.page_check): quick for honest files (the text the data give, no layout), the same
verdicts as rendering the whole report again, annotations counted, and the unit printed on the pages must be the
unit the data are counted for (issue 20, item 4: files without signatures)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from msgspec.structs import replace
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject, TextStringObject

from gui.core.document import ReportDocument
from gui.core.template import active_template
from gui.core.units import province_list_at
from gui.inbox.importer import Outcome, import_paths
from gui.inbox.page_check import DIFFER, DRAFT, SAME, check_pages
from gui.pdf.page_texts import page_annotations, page_texts
from gui.pdf.render import render_report
from gui.pdf.report_text import flat, report_text
from gui.store.reports import ReportStore
from tests.inbox.conftest import ministry_doc, province_docs, render_pdf
from tests.inbox.hostile import pages_of


def _docs() -> list[ReportDocument]:
    docs = province_docs("2025")[:4] + province_docs("2024-H1", seed=5)[:2]
    long = docs[0]
    narrative = "Một đoạn rất dài về công tác bảo vệ quyền lợi người tiêu dùng trên địa bàn. " * 120
    docs.append(replace(long, values={**long.values, "direction_summary": narrative}))
    docs.append(ministry_doc(next(iter(_ministry_codes())), "2025"))
    return docs


def _ministry_codes() -> list[str]:
    from gui.core.units import agencies

    return [u.code for u in agencies()]


@pytest.mark.parametrize("draft", [False, True])
def test_the_quick_check_matches_every_honest_report_as_the_whole_rendering_does(draft: bool) -> None:
    template = active_template()
    for doc in _docs():
        pdf = render_report(doc, template, draft=draft)
        texts = page_texts(pdf)
        assert report_text(doc, template, draft=draft).matches(texts), doc.unit.name
        assert not report_text(doc, template, draft=not draft).matches(texts)
        status = check_pages(texts, doc, template, unit_name=doc.unit.name).status
        assert status == (DRAFT if draft else SAME)


def test_the_quick_check_refuses_a_changed_figure_a_missing_page_and_extra_text() -> None:
    template = active_template()
    doc = province_docs("2025")[3]
    texts = list(page_texts(render_report(doc, template, draft=False)))
    expected = report_text(doc, template, draft=False)
    assert expected.matches(texts)
    assert not expected.matches(texts[:-1])  # a page left out
    assert not expected.matches([*texts[:-1], texts[-1] + " 1.000"])  # a figure added
    assert not expected.matches([texts[0].replace("1", "7", 1), *texts[1:]])  # a figure changed
    assert not expected.matches([texts[1], texts[0], *texts[2:]])  # pages swapped


def test_pages_showing_other_figures_are_differ_with_the_whole_rendering_too(tmp_path: Path) -> None:
    doc = province_docs("2025")[6]
    shown = replace(doc, values={**doc.values, "direction_summary": "Một nội dung khác hẳn."})
    texts = page_texts(pages_of(shown, data_of=doc))
    assert check_pages(texts, doc, active_template(), unit_name=doc.unit.name).status == DIFFER
    assert flat("".join(texts)) != flat("".join(page_texts(render_report(doc, active_template(), draft=False))))


def _with_annotation(pdf: bytes, text: str) -> bytes:
    """A white box with its own text over the top of page 1 (a FreeText annotation with its appearance), added
    the way any PDF editor adds one."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    appearance = StreamObject()
    appearance._data = f"1 1 1 rg 0 0 400 60 re f 0 0 0 rg BT /F1 14 Tf 10 20 Td ({text}) Tj ET".encode()
    appearance.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): _array(0, 0, 400, 60),
        }
    )
    annotation = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/FreeText"),
            NameObject("/Rect"): _array(60, 760, 460, 820),
            NameObject("/Contents"): TextStringObject(text),
            NameObject("/DA"): TextStringObject("/Helv 14 Tf 0 g"),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(appearance)}),
        }
    )
    writer.add_annotation(0, annotation)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _array(*numbers: int):  # type: ignore[no-untyped-def]
    from pypdf.generic import ArrayObject

    return ArrayObject([NumberObject(n) for n in numbers])


def test_an_annotation_over_page_one_is_not_the_same(tmp_path: Path, store: ReportStore) -> None:
    doc = province_docs("2025")[2]
    covered = _with_annotation(render_pdf(doc), "SO LIEU DA SUA")
    assert page_annotations(PdfReader(io.BytesIO(covered))) == ("FreeText",)
    path = tmp_path / "annotated.pdf"
    path.write_bytes(covered)
    (result,) = import_paths(store, [path]).results
    assert result.outcome is Outcome.IMPORTED  # the data are counted, the pages are flagged for a person
    assert "chú thích (annotation: FreeText)" in result.reason
    (row,) = store.db.execute("SELECT pages FROM inbox_reports").fetchall()
    assert row[0] == DIFFER


def test_pages_naming_one_province_do_not_import_as_another(tmp_path: Path, store: ReportStore) -> None:
    """The pages all say NGHỆ AN; only the embedded unit was changed to Hà Tĩnh (same header, same figures)."""
    docs = province_docs("2025")
    units = province_list_at(docs[0].period.end)
    nghe_an = next(d for d in docs if d.unit.name == "Nghệ An")
    ha_tinh = units.get(next(u.code for u in units.units if u.name == "Hà Tĩnh"))
    assert ha_tinh is not None
    moved = replace(nghe_an, unit=replace(nghe_an.unit, code=ha_tinh.code, name=ha_tinh.name))
    path = tmp_path / "moved.pdf"
    path.write_bytes(pages_of(nghe_an, data_of=moved))
    (result,) = import_paths(store, [path]).results
    assert result.outcome is Outcome.REJECTED, result.reason
    assert "Hà Tĩnh" in result.reason and "đơn vị khác" in result.reason
    assert store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 0
    # Only the code changed (the name left as Nghệ An): the code decides what it is counted as, so also refused.
    coded = replace(nghe_an, unit=replace(nghe_an.unit, code=ha_tinh.code))
    path.write_bytes(pages_of(nghe_an, data_of=coded))
    (result,) = import_paths(store, [path]).results
    assert result.outcome is Outcome.REJECTED and "Hà Tĩnh" in result.reason, result.reason
    # The honest report of Nghệ An still goes in.
    path.write_bytes(render_pdf(nghe_an))
    (result,) = import_paths(store, [path]).results
    assert result.outcome is Outcome.IMPORTED, result.reason
