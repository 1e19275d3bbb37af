"""Exporting the official PDF: prints the median time for the demo report and a ~30-page report (targets: the
demo ≤ 0.3 s, and ≤ 2× the floor).

The floor, measured in the same run, is a plain reportlab document holding the same text in the same font
(one paragraph per extracted line, no tables, header, closing, attachments or page decoration): what any
reportlab PDF of that text costs, so the ratio says what the official layout and the embedded data add.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from gui.operations.export import export_document
from gui.pdf.fonts import font_family
from gui.store.reports import ReportStore, create_demo_report

RUNS = 9
PARAGRAPH = (
    "Sở Công Thương phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường tổ chức kiểm tra việc niêm yết giá, "
    "ghi nhãn hàng hóa, hợp đồng theo mẫu; hướng dẫn người tiêu dùng chủ động bảo vệ quyền lợi của mình khi mua "
    "sắm trực tuyến, phản ánh kịp thời hành vi vi phạm tới đường dây nóng 1800 6838."
)


def long_values() -> dict[str, Any]:
    text = "\n".join(f"{i}. {PARAGRAPH}" for i in range(1, 9))
    keys = ("sm_results", "lo_results", "cm_results", "cp_results", "so_results", "id_results")
    campaigns = [
        {"name": f"Chiến dịch truyền thông số {i} tại xã", "date": "2025-05-01", "form": "media", "participants": i}
        for i in range(1, 161)
    ]
    cases = [
        {"business": f"Hộ kinh doanh số {i}", "violation": "Kinh doanh hàng không rõ nguồn gốc", "fine": 1_000_000 * i}
        for i in range(1, 121)
    ]
    return {**dict.fromkeys(keys, text), "campaigns": campaigns, "notable_cases": cases}


def median_seconds(action: Any) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def floor_pdf(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    family = font_family()
    style = ParagraphStyle("plain", fontName=family.regular, fontSize=14, leading=17)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([Paragraph(line, style) for line in lines])
    return buffer.getvalue()


def plain_lines(pdf: bytes) -> list[str]:
    from xml.sax.saxutils import escape

    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return [escape(line) for line in text.splitlines() if line.strip()]


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bvntd-bench-pdf-"))
    store = ReportStore.open(folder / "bench.sqlite3")
    demo = create_demo_report(store)
    long = create_demo_report(store)
    store.set_values(long, long_values())
    font_family()  # registering the font happens once per process; not part of an export
    for name, report_id in (("demo report", demo), ("long report", long)):
        doc, template = store.document(report_id), store.template_of(report_id)
        out = folder / f"{report_id}.pdf"
        app = median_seconds(
            lambda doc=doc, template=template, out=out: export_document(doc, template, out, draft=False)
        )
        pdf = out.read_bytes()
        lines = plain_lines(pdf)
        floor = median_seconds(lambda lines=lines: floor_pdf(lines))
        pages = pdf.count(b"/Type /Page\n")
        print(f"{name}: {pages} pages, {len(pdf) // 1024} KB")
        print(f"  export (render + embed + write): median {app * 1000:.0f} ms")
        print(f"  plain reportlab, same text and font: median {floor * 1000:.0f} ms")
        print(f"  ratio: {app / floor:.2f}x")
        if report_id == demo:
            print(
                f"  target demo <= 0.3 s: {'met' if app <= 0.3 else 'NOT met'}; <= 2x floor: {'met' if app <= 2 * floor else 'NOT met'}"
            )
        else:
            print(f"  target <= 2x floor: {'met' if app <= 2 * floor else 'NOT met'}")
    from gui.pdf.embedded import extract_document

    demo_pdf = folder / f"{demo}.pdf"
    extract_document(demo_pdf)
    print(
        f"extract_document (demo PDF): median {median_seconds(lambda: extract_document(demo_pdf)) * 1000:.1f} ms (target <= 10 ms)"
    )
    store.close()


if __name__ == "__main__":
    main()
