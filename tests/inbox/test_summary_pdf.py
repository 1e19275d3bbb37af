"""The summary PDF: the official format, the figures of the consolidation, made from the command line too."""

from __future__ import annotations

import subprocess
from pathlib import Path

from gui.inbox.consolidate import consolidate
from gui.inbox.importer import import_paths
from gui.inbox.summary_pdf import write_summary_pdf
from gui.store.reports import ReportStore
from tests.inbox.conftest import province_docs, write_docs


def _text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())  # lines joined: a justified sentence may break anywhere


def test_the_summary_pdf_carries_the_ministry_header_the_counts_and_the_closing(
    tmp_path: Path, store: ReportStore
) -> None:
    docs = province_docs("2025", seed=3)[:20]
    write_docs(tmp_path / "in", docs)
    import_paths(store, [tmp_path / "in"])
    out = tmp_path / "tong-hop.pdf"
    write_summary_pdf(consolidate(store, "2025"), out)

    text = _text(out)
    assert "BỘ CÔNG THƯƠNG" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "BÁO CÁO" in text and "Tổng hợp kết quả triển khai" in text
    assert "20/34 địa phương" in text
    plans = sum(1 for d in docs if d.values.get("plan_issued"))
    assert f"{plans}/20 địa phương đã ban hành Kế hoạch" in text
    received = sum(d.values["cp_received"] for d in docs)
    assert f"{received:,}".replace(",", ".") in text
    assert "Nơi nhận:" in text and "./." in text


def test_summary_to_pdf_from_the_command_line(tmp_path: Path, db_path: Path, cli) -> None:
    write_docs(tmp_path / "in", province_docs("2024")[:3])
    assert cli("inbox", "import", "--db", db_path, tmp_path / "in").returncode == 0
    out = tmp_path / "tong-hop-2024.pdf"
    done = cli("inbox", "summary", "--db", db_path, "--period", "2024", "-o", out)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "3/63 địa phương" in _text(out)
