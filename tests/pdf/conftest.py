"""PDF tests pin one font family (Liberation Serif, installed by .ci/run), so their output is stable."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

os.environ["BVNTD_PDF_FONT"] = "liberation"

from gui.store.reports import ReportStore, create_demo_report

TOOLS = ("pdftotext", "pdffonts", "pdftoppm", "qpdf")
MM = 72 / 25.4


def require_tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.skip(f"PDF tools not installed: {', '.join(missing)} (poppler-utils, qpdf)")


def flat(text: str) -> str:
    """NFC, every run of white space one space: how a value reads once line breaks are set aside."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def pypdf_text(data: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pdftotext(path: Path, *options: str) -> str:
    require_tools()
    return subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


@pytest.fixture
def store(db_path: Path):
    store = ReportStore.open(db_path)
    yield store
    store.close()


@pytest.fixture
def demo_id(store: ReportStore) -> int:
    return create_demo_report(store)
