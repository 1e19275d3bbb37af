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
from gui.inbox.page_check import ANNOTATED, DIFFER, DRAFT, OTHER_UNIT, SAME, check_pages
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


def _with_annotation(pdf: bytes, text: str, subtype: str = "/FreeText") -> bytes:
    """A white box with its own text over the top of page 1 (an annotation with its appearance: FreeText, or a
    Square whose appearance stream draws the text), added the way any PDF editor adds one."""
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
            NameObject("/Subtype"): NameObject(subtype),
            NameObject("/Rect"): _array(60, 760, 460, 820),
            NameObject("/Contents"): TextStringObject(text),
            NameObject("/DA"): TextStringObject("/Helv 14 Tf 0 g"),
            NameObject("/C"): _array(1, 1, 1),
            NameObject("/IC"): _array(1, 1, 1),
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


@pytest.mark.parametrize("subtype", ["/FreeText", "/Square"])
def test_an_annotation_over_page_one_refuses_the_file_and_names_it(
    tmp_path: Path, store: ReportStore, subtype: str
) -> None:
    """Issue 20, item 4 (unsigned files): a white annotation with its own text over page 1 is not 'same': PDFium's
    page text leaves it out, so the file is refused for carrying it, its name in the reason, nothing stored."""
    doc = province_docs("2025")[2]
    honest = render_pdf(doc)
    covered = _with_annotation(honest, "SO LIEU DA SUA", subtype)
    assert page_annotations(PdfReader(io.BytesIO(covered))) == (subtype.lstrip("/"),)
    assert flat("".join(page_texts(covered))) == flat("".join(page_texts(honest)))  # the text alone is the same
    path = tmp_path / "Nghe An có chú thích.pdf"
    path.write_bytes(covered)
    (result,) = import_paths(store, [path]).results
    assert result.outcome is Outcome.REJECTED, result.reason
    assert result.reason.startswith("Tệp “Nghe An có chú thích.pdf”: các trang có 1 chú thích")
    assert f"(annotation: {subtype.lstrip('/')})" in result.reason and "Không nhập" in result.reason
    assert store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 0
    assert store.db.execute("SELECT COUNT(*) FROM inbox_reports").fetchone()[0] == 0
    # The same report without the annotation goes in, its pages the same as its data.
    path.write_bytes(honest)
    (result,) = import_paths(store, [path]).results
    assert result.outcome is Outcome.IMPORTED, result.reason
    (row,) = store.db.execute("SELECT pages FROM inbox_reports").fetchall()
    assert row[0] == SAME


def test_an_annotation_is_refused_whatever_the_text_says() -> None:
    doc = province_docs("2025")[2]
    texts = page_texts(render_pdf(doc))
    checked = check_pages(texts, doc, active_template(), annotations=("Square",), unit_name=doc.unit.name)
    assert checked.status == ANNOTATED and checked.refused
    assert checked.note.startswith("Các trang có 1 chú thích (annotation: Square)")


def test_the_unit_line_must_be_in_page_one_header_not_anywhere_in_the_text() -> None:
    """Page 1's header shows Nghệ An; the data (header and unit) say Hà Tĩnh, whose header line is written into a
    narrative further down: the pages do not name Hà Tĩnh where a reader looks, so they are another unit's."""
    docs = province_docs("2025")
    nghe_an = next(d for d in docs if d.unit.name == "Nghệ An")
    ha_tinh = next(d for d in docs if d.unit.name == "Hà Tĩnh")
    template = active_template()
    shown = replace(
        nghe_an, values={**nghe_an.values, "direction_summary": f"Xem {ha_tinh.header.parent_body} gửi kèm."}
    )
    texts = page_texts(pages_of(shown, data_of=ha_tinh))
    assert flat(ha_tinh.header.parent_body) in flat("".join(texts))  # the line is there, but not in the header
    checked = check_pages(texts, ha_tinh, template, unit_name="Hà Tĩnh", file_name="ha-tinh.pdf")
    assert checked.status == OTHER_UNIT and checked.refused
    assert checked.note.startswith("Tệp “ha-tinh.pdf”: các trang của tệp không ghi")
    honest = page_texts(render_pdf(ha_tinh))
    assert check_pages(honest, ha_tinh, template, unit_name="Hà Tĩnh").status == SAME


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
