"""The draft report to the Government: .docx read back with python-docx and converted by LibreOffice, the PDF read
back with pdftotext; headings, tables and totals against the imported data; gaps marked, never a crash."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from msgspec.structs import replace

from gui.core.document import Signer
from gui.core.numbers import format_int
from gui.core.period import parse_period
from gui.core.profile import Profile
from gui.core.template import Template, active_template
from gui.govreport.docx_writer import draft_docx_bytes
from gui.govreport.outline import Para, Table, build_draft, parse_target
from gui.inbox.consolidate import consolidate
from gui.inbox.importer import import_paths
from gui.inbox.scenario import national_round
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.desk.conftest import PERIOD
from tests.inbox.conftest import next_template, write_docs  # noqa: F401  (next_template is a fixture)

HEADINGS_1 = [
    "I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐỊA PHƯƠNG, BỘ, NGÀNH",
    "II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    "III. KẾT QUẢ THỰC HIỆN CÁC NHÓM NHIỆM VỤ, GIẢI PHÁP",
    "IV. ĐÁNH GIÁ CHUNG",
    "V. NHIỆM VỤ, PHƯƠNG HƯỚNG THỜI GIAN TỚI",
    "VI. ĐỀ XUẤT, KIẾN NGHỊ",
    "PHỤ LỤC I. SỐ LIỆU CỦA TỪNG ĐỊA PHƯƠNG, BỘ, NGÀNH",
    "PHỤ LỤC II. CÁC ĐƠN VỊ CHƯA GỬI BÁO CÁO",
    "PHỤ LỤC III. NỘI DUNG BÁO CÁO CỦA TỪNG ĐỊA PHƯƠNG, BỘ, NGÀNH",
]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())


def national_row(doc: Document, label: str) -> list[str]:
    for table in doc.tables:
        if table.rows[0].cells[-1].text == "Đánh giá":
            for row in table.rows:
                if row.cells[1].text == label:
                    return [cell.text for cell in row.cells]
    raise AssertionError(label)


def test_the_docx_has_real_headings_tables_and_the_imported_totals(desk_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "du-thao.docx"
    result = run_cli("inbox", "report", "--db", desk_db, "--period", PERIOD, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "31/34 địa phương đã gửi báo cáo, 5 bộ, ngành" in result.stdout
    doc = Document(str(out))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    # Word numbers the headings (I. / 1. / a) from the Heading styles' list); appendices switch it off.
    numbered = [h.split(". ", 1)[1] if not h.startswith("PHỤ LỤC") else h for h in HEADINGS_1]
    assert [text for style, text in headings if style == "Heading 1"] == numbered
    level2 = [text for style, text in headings if style == "Heading 2"]
    assert level2[:2] == [
        "Nâng cao trách nhiệm quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng",
        "Hoàn thiện thể chế, tổ chức bộ máy và nâng cao năng lực thực thi",
    ]
    heading1 = doc.styles["Heading 1"].element.pPr.find(f"{W}numPr")
    assert heading1 is not None and heading1.find(f"{W}ilvl").get(f"{W}val") == "0"
    for p in doc.paragraphs:
        if p.text.startswith("PHỤ LỤC"):
            assert p._p.pPr.find(f"{W}numPr").find(f"{W}numId").get(f"{W}val") == "0"
    assert not any(
        p.text.lstrip().startswith(("I. ", "II. ", "1. ")) for p in doc.paragraphs if p.style.name.startswith("Heading")
    )
    store = ReportStore.open(desk_db)
    try:
        c = consolidate(store, PERIOD)
    finally:
        store.close()
    for key in ("staff_fulltime", "cp_received", "cm_consumers_reached"):
        row = national_row(doc, c.template.field(key).label)
        assert row[3] == format_int(int(c.total(key) or 0)) and row[4] == "31/34"
    # 31 of 34 provinces: a national target is not judged on part of the country.
    rate = national_row(doc, "Tỷ lệ giải quyết thành công")
    assert rate[5] == "> 80%" and rate[6] == "chưa đủ số liệu (31/34)"
    reached = national_row(doc, c.template.field("cm_consumers_reached").label)
    assert reached[6] == "chưa đủ số liệu (31/34)"
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Bộ Công Thương đã nhận được báo cáo của 31/34 địa phương và 5 bộ, ngành" in text
    assert "chi tiết tại bảng tính" not in text
    assert "3 địa phương gửi muộn (Tỉnh Cao Bằng: 3 ngày, Tỉnh Nghệ An: 12 ngày, Thành phố Hồ Chí Minh: 1 ngày)" in text
    assert "3 địa phương chưa gửi (Tỉnh Điện Biên, Tỉnh Lai Châu, Tỉnh Cà Mau)" in text
    # a few units' words in the body, every unit's in the appendix; proposals by addressee, the Government first
    body = text[: text.index("PHỤ LỤC I.")]
    assert body.count("(toàn văn tại Phụ lục)") == len(c.narratives)
    assert "- Tỉnh Nghệ An: " in text[text.index("PHỤ LỤC III.") :]
    assert text.index("Đối với Chính phủ:") < text.index("Đối với Bộ Công Thương:") < text.index("Đối với các bộ")
    # appendices: the per-unit tables add up to the national totals; the units that did not report
    appendix = next(
        t
        for t in doc.tables
        if len(t.columns) > 2 and t.rows[0].cells[2].text.startswith("Số cán bộ làm công tác BVQLNTD chuy")
    )
    assert appendix.rows[-1].cells[1].text == "Tổng cộng các địa phương"
    column = [r.cells[2].text for r in appendix.rows[1:-1]]
    assert sum(int(v.replace(".", "")) for v in column) == c.total("staff_fulltime") and len(column) == 31
    missing = next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == ["STT", "Mã", "Địa phương"])
    assert [r.cells[2].text for r in missing.rows[1:]] == ["Tỉnh Điện Biên", "Tỉnh Lai Châu", "Tỉnh Cà Mau"]
    appendix_titles = [p.text for p in doc.paragraphs if p.style.name == "Heading 3"]
    assert len(appendix_titles) == len(set(appendix_titles)) and any(t.endswith(" (phần 2/2)") for t in appendix_titles)
    assert len(doc.inline_shapes) >= 3  # timeliness and the two rates against their targets
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption" and p.text.startswith("Hình")]
    assert [c.split(".")[0] for c in captions] == [f"Hình {n}" for n in range(1, len(doc.inline_shapes) + 1)]
    # A table row never splits across pages (a unit's name on one page, its numbers on the next).
    qn_cant_split = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit"
    assert all(
        r._tr.trPr is not None and r._tr.trPr.find(qn_cant_split) is not None
        for t in doc.tables
        if t.style.name == "Table Grid"
        for r in t.rows
    )
    assert "Kính gửi: Chính phủ" in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is in .ci/run's APT_PACKAGES")
def test_libreoffice_opens_the_docx(desk_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "du-thao.docx"
    assert run_cli("inbox", "report", "--db", desk_db, "--period", PERIOD, "-o", out).returncode == 0
    home = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{home}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )
    text = pdf_text(tmp_path / "du-thao.pdf")
    for heading in HEADINGS_1:
        assert heading in text
    store = ReportStore.open(desk_db)
    try:
        budget = format_int(int(consolidate(store, PERIOD).total("budget_vnd") or 0))
    finally:
        store.close()
    assert f"đồng {budget} 31/34" in text  # the national sum in đồng on one line of its cell, not broken
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Nơi nhận:" in text and "THỨ TRƯỞNG" in text
    # Decree 30's page numbers: none on the first page, then 2, 3, … at the top of each page; DỰ THẢO on all.
    pages = subprocess.run(["pdftotext", "-layout", str(tmp_path / "du-thao.pdf"), "-"], capture_output=True, text=True)
    heads = [page.strip().splitlines()[0].split() for page in pages.stdout.split("\f")[:4]]
    assert heads[0] == ["DỰ", "THẢO"] and heads[1:] == [[str(n), "DỰ", "THẢO"] for n in (2, 3, 4)]


def test_the_pdf_draft_in_the_official_format(desk_db: Path, tmp_path: Path) -> None:
    store = ReportStore.open(desk_db)
    try:
        store.save_profile(
            Profile(
                unit_kind="ministry",
                unit_code="BCT",
                agency="BỘ CÔNG THƯƠNG",
                symbol="BC-BCT",
                place="Hà Nội",
                addressee=["Thủ tướng Chính phủ"],
                recipients=["Như trên", "Văn phòng Chính phủ"],
                signer=Signer(authority="KT.", authority_of="BỘ TRƯỞNG", position="THỨ TRƯỞNG", name="Trần Văn Bình"),
            )
        )
        c = consolidate(store, PERIOD)
        total, budget = c.total("cp_received"), c.total("budget_vnd")
    finally:
        store.close()
    out = tmp_path / "du-thao.pdf"
    assert run_cli("inbox", "report", "--db", desk_db, "--period", PERIOD, "-o", out).returncode == 0
    text = pdf_text(out)
    assert "BỘ CÔNG THƯƠNG" in text and "Kính gửi: Thủ tướng Chính phủ" in text and "Trần Văn Bình" in text
    assert "Văn phòng Chính phủ" in text and "DỰ THẢO" in text
    for heading in HEADINGS_1:
        assert heading in text
    layout = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "Tổng số yêu cầu, khiếu nại" in text
    assert re.search(rf"{re.escape(format_int(int(total or 0)))}\s+31/34", layout)
    assert re.search(
        rf"đồng\s+{re.escape(format_int(int(budget or 0)))}\s+31/34", layout
    )  # a sum in đồng does not break inside its cell
    assert "Hình 1. Tình hình gửi báo cáo" in text and "Hình 2. " in text
    assert "Tổng cộng các địa phương" in text  # the appendix tables' totals row says what it is


def test_a_period_without_reports_gives_a_draft_with_the_gap_marked(desk_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "trong.docx"
    result = run_cli("inbox", "report", "--db", desk_db, "--period", "2023", "-o", out)
    assert result.returncode == 0
    assert "Chưa nhận được báo cáo nào của kỳ 2023" in result.stderr
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "[Chưa có số liệu: chưa nhận được báo cáo nào của kỳ 2023]" in text
    missing = next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == ["STT", "Mã", "Địa phương"])
    assert len(missing.rows) == 1 + 63  # 2023: the 63-unit list


def test_bad_output_names_are_refused(desk_db: Path, tmp_path: Path) -> None:
    result = run_cli("inbox", "report", "--db", desk_db, "--period", PERIOD, "-o", tmp_path / "x.odt")
    assert result.returncode == 2 and "phải có đuôi .docx hoặc .pdf" in result.stderr
    bad = run_cli("inbox", "report", "--db", desk_db, "--period", "2025-Q3", "-o", tmp_path / "x.docx")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_a_unit_with_only_some_sections_is_a_marked_gap(desk_store: ReportStore, tmp_path: Path) -> None:
    template, period = active_template(), parse_period(PERIOD)
    doc = next(d for d in national_round(template, period, ministries=0, seed=3) if d.unit.code == "96")
    partial = replace(doc, values={k: v for k, v in doc.values.items() if k not in ("pr_government",)})
    run = import_paths(desk_store, write_docs(tmp_path / "ca-mau", [partial]))
    assert run.results[0].handled, run.results[0].line()
    draft = build_draft(consolidate(desk_store, PERIOD))
    gaps = [b.text for b in draft.blocks if isinstance(b, Para) and b.kind == "gap"]
    assert any("không báo cáo nội dung này" in g and "Tỉnh Cà Mau" in g for g in gaps)
    assert draft_docx_bytes(draft)  # and it is written


def test_older_template_reports_count_what_maps_and_list_the_rest(
    next_template: Template,  # noqa: F811
    tmp_path: Path,
    db_path: Path,
) -> None:
    from gui.core.template import load_template
    from gui.resources import resource_path

    old = load_template(resource_path("templates", "nq82-v1.json"))
    period = parse_period(PERIOD)
    docs = national_round(old, period, ministries=0)[:5] + national_round(next_template, period, ministries=0)[5:10]
    store = ReportStore.open(db_path)
    try:
        run = import_paths(store, write_docs(tmp_path / "mixed", docs))
        older = sum(1 for r in run.results if r.handled and r.source_version == 1)
        c = consolidate(store, PERIOD)
    finally:
        store.close()
    draft = build_draft(c)
    notes = [b.text for b in draft.blocks if isinstance(b, Para) and b.kind == "note" and "mẫu cũ" in b.text]
    # all five older reports count: a choice the current template dropped is listed, never a reason to refuse
    assert older == 5 and len(notes) == 1 and notes[0].startswith("5 báo cáo lập theo mẫu cũ")
    mapped = sum(len(r.values) for r in c.reported if r.source_version == 1)
    assert f"{mapped} giá trị đã được chuyển vào mẫu hiện hành" in notes[0]
    assert "PHỤ LỤC III. SỐ LIỆU THEO MẪU CŨ KHÔNG KHỚP MẪU HIỆN HÀNH" in draft.headings(1)


def test_targets_are_read_from_the_template_text() -> None:
    assert parse_target("≥ 90%").value == 90 and parse_target("≥ 90%").percent
    t = parse_target("Cả nước ≥ 500 lớp (2021–2025)")
    assert t is not None and (t.op, t.value, t.span) == ("≥", 500, (2021, 2025))
    assert parse_target("Cả nước ≥ 200.000 lượt người/năm").value == 200_000
    assert parse_target("100% địa phương tổ chức hằng năm").percent


@pytest.fixture(scope="module")
def few_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three provinces of 34 and no ministry, with one long narrative of several lines."""
    template, period = active_template(), parse_period(PERIOD)
    keep = ("01", "04", "08")
    docs = [d for d in national_round(template, period, ministries=0) if d.unit.code in keep]
    lines = "Dòng thứ nhất của tỉnh.\nDòng thứ hai, ngắn.\nDòng thứ ba."
    docs[0] = replace(docs[0], values={**docs[0].values, "direction_summary": lines})
    folder = tmp_path_factory.mktemp("few")
    path = folder / "bo.sqlite3"
    store = ReportStore.open(path)
    try:
        run = import_paths(store, write_docs(folder / "in", docs))
        assert all(r.handled for r in run.results)
    finally:
        store.close()
    return path


def test_three_provinces_judge_no_national_target_and_name_distinct_ends(few_db: Path) -> None:
    store = ReportStore.open(few_db)
    try:
        c = consolidate(store, PERIOD)
    finally:
        store.close()
    draft = build_draft(c)
    tables = [b for b in draft.blocks if isinstance(b, Table) and b.head[-1] == "Đánh giá"]
    verdicts = {row[1]: (row[4], row[5], row[6]) for t in tables for row in t.rows}
    assert verdicts["Tỷ lệ giải quyết thành công"] == ("3/34", "> 80%", "chưa đủ số liệu (3/34)")
    assert verdicts[c.template.field("cm_consumers_reached").label][2] == "chưa đủ số liệu (3/34)"
    # '≥ 60 tỉnh, thành phố' was set for the 63 provinces: on the 34 it is shown with its list, never judged.
    association = verdicts[c.template.field("so_association").label]
    assert association[1] == "Cả nước ≥ 60 tỉnh, thành phố (đặt cho danh sách 63 tỉnh, thành phố)"
    assert association[2] == "không áp dụng cho 34 tỉnh, thành phố"
    text = "\n".join(b.text for b in draft.blocks if isinstance(b, Para))
    assert "đã nhận được báo cáo của 3/34 địa phương;" in text and "bộ, ngành" not in text.split("\n")[1]
    assert "0/19" not in text and "chi tiết tại bảng tính" not in text and "Chưa đạt" not in str(verdicts)
    # 'cao nhất … thấp nhất': one unit at each end with three, never the same unit in both
    ranked = next(line for line in text.split("\n") if line.startswith("Tỷ lệ giải quyết thành công chung"))
    top = ranked.split("cao nhất: ")[1].split(";")[0]
    low = ranked.split("thấp nhất: ")[1].split(".")[0]
    assert top.count("(") == low.count("(") == 1 and top.split(" (")[0] != low.split(" (")[0]


def test_the_docx_keeps_a_units_lines_as_paragraphs_with_the_header_rules(few_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ba.docx"
    result = run_cli("inbox", "report", "--db", few_db, "--period", PERIOD, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "3/34 địa phương đã gửi báo cáo." in result.stdout and "0 bộ, ngành" not in result.stdout
    doc = Document(str(out))
    body = doc.element.body
    # no manual line break in a justified paragraph (it stretches the line before it)
    assert not [p for p in doc.paragraphs if p._p.findall(f".//{W}br") and p.alignment == 3]
    texts = [p.text for p in doc.paragraphs]
    assert "Dòng thứ hai, ngắn." in texts and "Dòng thứ ba." in texts
    # the short rules: one under the agency, one under the motto, each a paragraph's top border in the header
    header = doc.tables[0]
    rules = [p for cell in header.rows[0].cells for p in cell.paragraphs if p._p.find(f".//{W}pBdr") is not None]
    assert len(rules) == 2
    left, right = (p.paragraph_format.left_indent.pt for p in rules)
    assert 40 < left < 80 and 40 < right < 130  # short: centred, a fraction of the cell
    # Word opens only a file whose elements keep the schema's order (LibreOffice forgives; Word says "unreadable")
    order = [
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "suppressLineNumbers",
        "pBdr",
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ]
    for part in (doc.element, doc.styles.element):
        for ppr in part.iter(f"{W}pPr"):
            tags = [c.tag[len(W) :] for c in ppr if c.tag.startswith(W) and c.tag[len(W) :] in order]
            assert tags == sorted(tags, key=order.index), tags
    levels = [
        "start",
        "numFmt",
        "lvlRestart",
        "pStyle",
        "isLgl",
        "suff",
        "lvlText",
        "lvlPicBulletId",
        "legacy",
        "lvlJc",
        "pPr",
        "rPr",
    ]
    for lvl in doc.part.numbering_part.element.iter(f"{W}lvl"):
        tags = [c.tag[len(W) :] for c in lvl]
        assert tags == sorted(tags, key=levels.index), tags
    section = doc.sections[0]
    assert "DỰ THẢO" in section.first_page_header.paragraphs[0].text
    assert "DỰ THẢO" in section.header.paragraphs[0].text
    assert body is not None


def test_a_national_draft_of_34_provinces_and_19_ministries_is_under_25_pages(tmp_path: Path) -> None:
    from gui.core.units import agencies
    from gui.govreport.pdf_writer import draft_pdf_bytes

    template, period = active_template(), parse_period(PERIOD)
    docs = national_round(template, period, ministries=len(agencies()))
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        run = import_paths(store, write_docs(tmp_path / "in", docs))
        assert all(r.handled for r in run.results)
        c = consolidate(store, PERIOD)
    finally:
        store.close()
    assert (len(c.reported), len(c.ministries)) == (34, 19)
    out = tmp_path / "du-thao.pdf"
    out.write_bytes(draft_pdf_bytes(build_draft(c)))
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    before = next(i for i, page in enumerate(pages.split("\f")) if "PHỤ LỤC I." in page)
    assert before < 25, f"{before} pages before the appendices"
    body = " ".join(pages.split("\f")[:before])
    assert "Đạt" in body  # complete coverage: the national targets are judged
