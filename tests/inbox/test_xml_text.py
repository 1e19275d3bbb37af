"""Issue 21, part 5: one province's narrative carrying what XML cannot hold (U+FFFE, U+FFFF, C0 controls other
than tab and newline; a lone surrogate) cannot stop the Ministry's writers. The text is cleaned where it enters
(gui.core.text.normalize_text: at import and at entry); every writer the Ministry uses is run on such a report."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
from docx import Document
from msgspec.structs import replace
from pypdf import PdfReader

from gui.core.parsing import parse_input
from gui.core.template import active_template
from gui.core.text import normalize_text
from tests.conftest import run_cli
from tests.inbox.conftest import province_docs

BAD = "Tăng cường\ufffe kiểm tra\uffff thị trường\x01\x0b\x0c dịp Tết."
CLEAN = "Tăng cường kiểm tra thị trường dịp Tết."


def test_normalize_text_drops_what_xml_cannot_hold() -> None:
    assert normalize_text(BAD) == CLEAN
    assert normalize_text("a\ud800b\udfffc") == "abc"  # lone surrogates (a file name decoded with surrogateescape)
    assert normalize_text("tab\tand\nline") == "tab\tand\nline"


def test_typed_text_is_cleaned_at_entry() -> None:
    template = active_template()
    field = template.field("direction_summary")
    assert parse_input(field, BAD, template=template) == CLEAN


def test_every_writer_takes_a_report_imported_with_such_text(tmp_path: Path, db_path: Path) -> None:
    docs = province_docs("2025")[:3]
    dirty = replace(docs[0], values={**docs[0].values, "direction_summary": BAD})
    folder = tmp_path / "in"
    folder.mkdir()
    for index, doc in enumerate([dirty, *docs[1:]]):
        # As a careless tool would write it: the characters raw in the file, not escaped.
        (folder / f"{index}.json").write_text(json.dumps(doc.to_data(), ensure_ascii=False), encoding="utf-8")
    fourth = province_docs("2025")[3]
    broken = replace(fourth, values={**fourth.values, "direction_summary": "Nửa ký tự \ud800 lạc."})
    surrogate = json.dumps(broken.to_data(), ensure_ascii=True)  # "\\ud800" in the file: not a character
    (folder / "surrogate.json").write_text(surrogate, encoding="utf-8")
    done = run_cli("inbox", "import", "--db", db_path, folder, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "0.json: Đã nhập" in done.stdout, done.stdout
    surrogate_line = next(line for line in done.stdout.splitlines() if "surrogate.json" in line)
    assert "Từ chối" in surrogate_line  # refused with its reason, the others imported

    outputs = {name: tmp_path / name for name in ("tong-hop.xlsx", "tong-hop.pdf", "du-thao.docx", "du-thao.pdf")}
    for name, path in outputs.items():
        command = "summary" if name.startswith("tong-hop") else "report"
        done = run_cli("inbox", command, "--db", db_path, "--period", "2025", "-o", path, timeout=240)
        assert done.returncode == 0, (name, done.stderr)
        assert "Traceback" not in done.stderr and path.stat().st_size > 0

    workbook = openpyxl.load_workbook(outputs["tong-hop.xlsx"])
    cells = [c.value for ws in workbook.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any(ch in cell for cell in cells for ch in "\ufffe\uffff\x01")
    document = Document(str(outputs["du-thao.docx"]))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert not any(ch in text for ch in "\ufffe\uffff\x01")
    for name in ("tong-hop.pdf", "du-thao.pdf"):
        pages = "".join(p.extract_text() for p in PdfReader(io.BytesIO(outputs[name].read_bytes())).pages)
        assert "\ufffe" not in pages and pages.strip()
