"""The draft report to the Government for 34 provinces and every ministry (19 in gui/core/units): from the
database to the finished .docx and PDF (target: each under 2 s on the 2-core test machine).

The reports are imported as JSON documents (the import is bench_inbox.py's subject); what is timed is what the
Ministry waits for after pressing the button: the consolidation (with the previous period), the outline, the
charts and the file. Prints the median of 5 runs of each, and the outline alone as the baseline; and the PDF's
pages before its appendices (target: under 25; every unit's full text is in an appendix, not in the body).
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader

from gui.core.period import parse_period
from gui.core.template import active_template
from gui.core.units import agencies
from gui.govreport.docx_writer import draft_docx_bytes
from gui.govreport.outline import build_draft
from gui.govreport.pdf_writer import draft_pdf_bytes
from gui.inbox.consolidate import consolidate
from gui.inbox.importer import import_paths
from gui.inbox.scenario import national_round
from gui.store.reports import ReportStore

TARGET_S = 2.0
TARGET_PAGES = 25
RUNS = 5


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="bvntd-bench-govreport-"))
    ministries = len(agencies())
    docs = national_round(active_template(), parse_period("2025"), ministries=ministries, late_days={"40": 3})
    docs += national_round(active_template(), parse_period("2024"), ministries=ministries)
    for doc in docs:
        (folder / f"{doc.unit.code}-{doc.period.id}.json").write_text(doc.to_json(), encoding="utf-8")
    store = ReportStore.open(folder / "bo.sqlite3")
    run = import_paths(store, [folder])
    assert all(r.handled for r in run.results), [r.line() for r in run.results if not r.handled]

    def timed(make: object) -> float:
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            make()  # type: ignore[operator]
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    def outline() -> object:
        return build_draft(consolidate(store, "2025"), store.profile())

    base = timed(outline)
    docx = timed(lambda: draft_docx_bytes(outline()))
    pdf = timed(lambda: draft_pdf_bytes(outline()))
    c = consolidate(store, "2025")
    print(f"units: {len(c.reported)} provinces + {len(c.ministries)} ministries (period 2025, compared with 2024)")
    print(f"consolidation + outline (baseline): {base * 1000:7.0f} ms")
    print(f"draft .docx:                        {docx * 1000:7.0f} ms  ({len(draft_docx_bytes(outline())) // 1024} KB)")
    print(f"draft PDF:                          {pdf * 1000:7.0f} ms")
    reader = PdfReader(io.BytesIO(draft_pdf_bytes(outline())))  # type: ignore[arg-type]
    texts = [page.extract_text() or "" for page in reader.pages]
    body = next((i for i, text in enumerate(texts) if "PHỤ LỤC I." in text), len(texts))
    print(f"PDF pages before the appendices:    {body:7d}  (of {len(texts)} with the appendices)")
    ok = docx < TARGET_S and pdf < TARGET_S and body < TARGET_PAGES
    print(f"target < {TARGET_S:.0f} s each, < {TARGET_PAGES} pages: {'met' if ok else 'NOT met'}")
    store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
