"""The official PDF of a report: every value readable, the decree's layout, fonts, pages, determinism."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from gui.core.demo import DEMO_VALUES
from gui.pdf.official import markup, number_line, place_and_date
from gui.pdf.render import render_report
from gui.store.reports import ReportStore
from tests.pdf.conftest import MM, flat, pdftotext, pypdf_text, require_tools
from tests.pdf.expected import expected_texts

HARD = "Nguyễn Thị Hường, Đắk Lắk, thuở ấy, ỷ lại, Quảng Ngãi, ươm ướt"


@pytest.fixture
def demo_pdf(store: ReportStore, demo_id: int, tmp_path: Path) -> Path:
    path = tmp_path / "demo.pdf"
    path.write_bytes(render_report(store.document(demo_id), store.template_of(demo_id), draft=False))
    return path


def test_every_filled_value_of_the_demo_is_in_the_text(store: ReportStore, demo_id: int, demo_pdf: Path) -> None:
    expected = expected_texts(store.document(demo_id), store.template_of(demo_id))
    assert "97,0" in expected and "83,9" in expected  # computed rates, never typed
    assert "2.845.600.000" in expected and "số 473/KH-UBND, ngày 28/07/2020" in expected
    by_pypdf = flat(" ".join(pypdf_text(demo_pdf.read_bytes())))
    by_poppler = flat(pdftotext(demo_pdf, "-raw"))
    for text in expected:
        assert flat(text) in by_pypdf, text
        assert flat(text) in by_poppler, text
    # Poppler's reading-order mode also keeps every number and date whole.
    layout = flat(pdftotext(demo_pdf))
    for text in expected:
        if re.fullmatch(r"[\d.,/]+", text):
            assert text in layout, text
    assert "Nghệ An, ngày 15 tháng 12 năm 2025" in by_poppler
    assert "Số: 412/BC-SCT" in by_poppler
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in by_poppler and "Độc lập - Tự do - Hạnh phúc" in by_poppler
    assert "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in by_poppler and "V. ĐỀ XUẤT, KIẾN NGHỊ" in by_poppler
    assert "a) Nguyên nhân khách quan" in by_poppler and "b) Nguyên nhân chủ quan" in by_poppler
    assert "Kính gửi: Bộ Công Thương (Ủy ban Cạnh tranh Quốc gia)" in by_poppler
    assert "cộng đồng" not in by_poppler  # nothing invented
    last = DEMO_VALUES["pr_ministry"].rstrip(".")
    assert flat(last + "./.") in by_poppler  # the closing mark right after the last sentence


def test_hard_vietnamese_survives_in_nfc(store: ReportStore, demo_id: int, tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", HARD)
    store.set_values(
        demo_id,
        {
            "sm_results": decomposed,
            "plan_issuer": decomposed,
            "header.signer_name": "Nguyễn Thị Hường",
            "campaigns": [{"name": decomposed, "date": "2025-03-14", "form": "event", "participants": 5}],
        },
    )
    path = tmp_path / "hard.pdf"
    path.write_bytes(render_report(store.document(demo_id), store.template_of(demo_id), draft=False))
    for text in (" ".join(pypdf_text(path.read_bytes())), pdftotext(path, "-raw")):
        assert unicodedata.is_normalized("NFC", text)
        assert flat(text).count(HARD) >= 3


def test_markup_is_escaped(store: ReportStore, demo_id: int, tmp_path: Path) -> None:
    store.set_value(demo_id, "sm_results", "Giá <b>giảm</b> & tăng > 5% <br/>")
    path = tmp_path / "x.pdf"
    path.write_bytes(render_report(store.document(demo_id), store.template_of(demo_id), draft=False))
    assert "Giá <b>giảm</b> & tăng > 5% <br/>" in flat(pdftotext(path, "-raw"))
    assert markup("a & <b>") == "a &amp; &lt;b&gt;"


def test_structure_is_sound_a4_fonts_embedded_pages_render(demo_pdf: Path, tmp_path: Path) -> None:
    require_tools()
    check = subprocess.run(["qpdf", "--check", str(demo_pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    reader = PdfReader(demo_pdf)
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width / MM - 210) < 0.1 and abs(height / MM - 297) < 0.1
    fonts = subprocess.run(["pdffonts", str(demo_pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows and all(re.search(r"\byes\s+yes\s+yes\b", row) for row in rows), fonts
    assert all("LiberationSerif" in row for row in rows)
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(demo_pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(reader.pages) >= 5
    assert all(image.stat().st_size > 1000 for image in images)


def _words(path: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, xMin, xMax, yMin, word) from pdftotext -bbox, in points."""
    html = pdftotext(path, "-bbox")
    words = []
    page = 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*)</word>', line)
        if match:
            words.append((page, float(match[1]), float(match[3]), float(match[2]), match[4]))
    return words


def test_margins_measured_from_the_text(demo_pdf: Path) -> None:
    words = _words(demo_pdf)
    pages = {w[0] for w in words}
    for page in pages:
        on_page = [w for w in words if w[0] == page]
        left = min(w[1] for w in on_page) / MM
        right = 210 - max(w[2] for w in on_page) / MM
        assert 30 <= left <= 35, (page, left)
        assert 15 <= right <= 20, (page, right)
        body = [w for w in on_page if w[3] / MM > 20]  # the page number sits in the top margin
        assert min(w[3] for w in body) / MM >= 20


def test_page_numbers_from_page_two(demo_pdf: Path) -> None:
    pages = pypdf_text(demo_pdf.read_bytes())
    assert not pages[0].strip().startswith("1")
    for number, text in enumerate(pages[1:], start=2):
        assert str(number) in text.split()[:3], text[:80]


def test_header_number_and_date_rules() -> None:
    import datetime as dt

    assert place_and_date("Nghệ An", dt.date(2023, 3, 8)) == "Nghệ An, ngày 08 tháng 3 năm 2023"
    assert place_and_date("Huế", dt.date(2025, 2, 15)) == "Huế, ngày 15 tháng 02 năm 2025"
    assert place_and_date("Huế", dt.date(2025, 1, 1)) == "Huế, ngày 01 tháng 01 năm 2025"
    assert number_line("5", "BC-SCT") == "Số: 05/BC-SCT"
    assert number_line("412", "BC-SCT") == "Số: 412/BC-SCT"
    blank = number_line("", "BC-SCT")
    assert blank.startswith("Số:") and blank.endswith("/BC-SCT") and len(blank) > len("Số: /BC-SCT") + 4


def test_unnumbered_report_leaves_the_blank(store: ReportStore, demo_id: int, tmp_path: Path) -> None:
    store.set_values(demo_id, {"header.number": None, "header.date": None})
    path = tmp_path / "blank.pdf"
    path.write_bytes(render_report(store.document(demo_id), store.template_of(demo_id), draft=False))
    text = pdftotext(path, "-raw")
    assert re.search(r"Số:\s+/BC-SCT", text)
    assert re.search(r"Nghệ An, ngày\s+tháng\s+năm", text)


def test_same_report_same_bytes(store: ReportStore, demo_id: int) -> None:
    doc, template = store.document(demo_id), store.template_of(demo_id)
    first = hashlib.sha256(render_report(doc, template, draft=False)).hexdigest()
    second = hashlib.sha256(render_report(doc, template, draft=False)).hexdigest()
    assert first == second
    assert hashlib.sha256(render_report(doc, template, draft=True)).hexdigest() != first
    info = PdfReader(io.BytesIO(render_report(doc, template, draft=False))).metadata
    assert info["/CreationDate"].startswith("D:20251215083000")


def test_metadata(demo_pdf: Path) -> None:
    info = PdfReader(demo_pdf).metadata
    assert info["/Author"].startswith("SỞ CÔNG THƯƠNG")
    assert "Nghị quyết số 82/NQ-CP" in info["/Title"] and "năm 2025" in info["/Subject"]
    for keyword in ("template=nq82-bvqlntd", "template_version=1", "unit=province:40", "period=2025"):
        assert keyword in info["/Keywords"]


def test_draft_mark_on_every_page(store: ReportStore, demo_id: int) -> None:
    doc, template = store.document(demo_id), store.template_of(demo_id)
    draft = pypdf_text(render_report(doc, template, draft=True))
    assert all("DỰ THẢO" in page for page in draft)
    final = pypdf_text(render_report(doc, template, draft=False))
    assert not any("DỰ THẢO" in page for page in final)


def test_the_three_line_signature_block_of_a_peoples_committee(
    store: ReportStore, demo_id: int, tmp_path: Path
) -> None:
    """ "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" above the name (Decree 30/2020), and back out of
    the PDF's own data."""
    from gui.pdf.embedded import extract_document

    store.set_values(
        demo_id,
        {
            "header.signer_on_behalf_of": "Ủy ban nhân dân",
            "header.signer_authority": "KT.",
            "header.signer_authority_of": "Chủ tịch",
            "header.signer_position": "Phó Chủ tịch",
            "header.signer_name": "Lê Hồng Vinh",
        },
    )
    path = tmp_path / "ubnd.pdf"
    path.write_bytes(render_report(store.document(demo_id), store.template_of(demo_id), draft=False))
    lines = [flat(line) for line in pdftotext(path, "-layout").splitlines() if line.strip()]
    block = [line for line in lines if re.search(r"TM\. ỦY BAN NHÂN DÂN|KT\. CHỦ TỊCH|PHÓ CHỦ TỊCH|Lê Hồng Vinh", line)]
    assert len(block) == 4
    assert "TM. ỦY BAN NHÂN DÂN" in block[0] and "Nơi nhận:" in block[0]  # on the line of "Nơi nhận:"
    assert block[1].endswith("KT. CHỦ TỊCH") and block[2].endswith("PHÓ CHỦ TỊCH") and block[3].endswith("Lê Hồng Vinh")
    signer = extract_document(path).header.signer
    assert (signer.on_behalf_of, signer.authority, signer.authority_of) == ("Ủy ban nhân dân", "KT.", "Chủ tịch")
