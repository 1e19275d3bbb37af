"""A long report paginates with its table headers repeated; the font is found, or the user is told what to install."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from gui.pdf.fonts import FontNotFoundError, find_font_files, font_family
from gui.pdf.render import render_report
from gui.store.reports import ReportStore
from tests.pdf.conftest import flat, pypdf_text

PARAGRAPH = (
    "Sở Công Thương phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường tổ chức kiểm tra việc niêm yết giá, "
    "ghi nhãn hàng hóa, hợp đồng theo mẫu; hướng dẫn người tiêu dùng ở Đắk Lắk và Quảng Ngãi thuở ấy, ươm ướt, "
    "không ỷ lại vào cơ quan nhà nước mà chủ động bảo vệ quyền lợi của mình khi mua sắm trực tuyến."
)


def long_values() -> dict[str, Any]:
    text = "\n".join(f"{i}. {PARAGRAPH}" for i in range(1, 9))
    return {
        "sm_results": text,
        "cm_results": text,
        "cp_results": text,
        "lo_results": text,
        "so_results": text,
        "id_results": text,
        "campaigns": [
            {
                "name": f"Chiến dịch truyền thông số {i} tại xã",
                "date": "2025-05-01",
                "form": "media",
                "participants": i * 10,
            }
            for i in range(1, 161)
        ],
        "notable_cases": [
            {
                "business": f"Hộ kinh doanh số {i}",
                "violation": "Kinh doanh hàng không rõ nguồn gốc",
                "fine": 1_000_000 * i,
            }
            for i in range(1, 121)
        ],
    }


def test_a_thirty_page_report_paginates_with_headers_repeated(store: ReportStore, demo_id: int) -> None:
    store.set_values(demo_id, long_values())
    data = render_report(store.document(demo_id), store.template_of(demo_id), draft=False)
    pages = pypdf_text(data)
    assert 25 <= len(pages) <= 40
    campaign_pages = [p for p in pages if "Chiến dịch truyền thông số" in p]
    case_pages = [p for p in pages if "Hộ kinh doanh số" in p]
    assert len(campaign_pages) >= 4 and len(case_pages) >= 3
    assert all("Tên chương trình" in p and "Số lượt người" in p for p in campaign_pages)
    assert all("Tổ chức, cá nhân" in p and "Hành vi vi phạm" in p for p in case_pages)
    text = flat(" ".join(pages))
    assert "Chiến dịch truyền thông số 160 tại xã" in text and "Hộ kinh doanh số 120" in text
    assert "128.800" in text  # 10 × (1 + … + 160) participants
    assert "7.260.000.000" in text  # 1.000.000 × (1 + … + 120) in fines
    for number in range(2, len(pages) + 1):
        assert str(number) in pages[number - 1].split()[:3]
    assert len(PdfReader(io.BytesIO(data)).pages) == len(pages)


def test_fonts_are_found_and_pinned() -> None:
    spec, paths = find_font_files()
    assert spec.key == "liberation" and all(p.is_file() for p in paths)
    family = font_family()
    assert family.bold != family.regular


def test_no_font_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BVNTD_PDF_FONT_DIR", str(tmp_path))
    with pytest.raises(FontNotFoundError, match="fonts-liberation2"):
        font_family()
    monkeypatch.setenv("BVNTD_PDF_FONT", "comic")
    with pytest.raises(FontNotFoundError, match="BVNTD_PDF_FONT"):
        font_family()


def test_font_dir_without_vietnamese_is_skipped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    if not dejavu.exists():
        pytest.skip("DejaVu Serif not installed")
    for name in (
        "LiberationSerif-Regular",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    ):
        (tmp_path / f"{name}.ttf").write_bytes(dejavu.read_bytes())  # lacks ₫
    monkeypatch.setenv("BVNTD_PDF_FONT_DIR", str(tmp_path))
    with pytest.raises(FontNotFoundError, match="thiếu chữ"):
        font_family()


def test_cli_without_font_exits_2(cli, db_path: Path, tmp_path: Path) -> None:
    assert cli("demo", "--db", db_path).returncode == 0
    result = cli(
        "pdf", "export", "--db", db_path, "1", "-o", tmp_path / "x.pdf", env={"BVNTD_PDF_FONT_DIR": str(tmp_path)}
    )
    assert result.returncode == 2 and "fonts-liberation2" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()
