"""Texts from below the views speak the interface language too: an English interface shows a storage error, a
command-line refusal or an inbox import line in English, from the same catalog as the window's tr()."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.core.i18n import set_language

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "bvntd_en.ts"
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("vi")


def _extracted(tmp_path: Path, *modules: str) -> dict[tuple[str, str], str]:
    """What lupdate extracts from these modules alone: (context, source) → translation (empty when unfinished)."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [update_translations.tool("lupdate"), *modules, *update_translations.OPTIONS, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return _messages(fresh)


def _messages(path: Path) -> dict[tuple[str, str], str]:
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message.findtext("translation") or ""
        for context in ET.parse(path).getroot().iter("context")
        for message in context.iter("message")
    }


def test_lupdate_extracts_translate_calls_outside_the_views_and_each_has_its_english(tmp_path: Path) -> None:
    found = _extracted(tmp_path, "gui/store/database.py", "gui/store/backups.py")
    assert ("Store", "Không mở được cơ sở dữ liệu {path}: {error}") in found
    assert ("Store", "Dữ liệu đã lưu trước đó vẫn nguyên vẹn.") in found
    committed = _messages(TS)
    for key in found:
        assert committed.get(key), f"{key} has no English in {TS.name}: run scripts/update_translations.py"


def test_a_storage_error_in_english(tmp_path: Path, english: None) -> None:
    from gui.store.database import connect
    from gui.store.errors import StoreError

    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as raised:
        connect(path)
    assert str(raised.value) == (
        f"The file {path} is damaged or is not a database of this app. "
        "Restore it from a backup (menu File → Restore from a backup) or open another file."
    )


def test_the_same_storage_error_in_vietnamese(tmp_path: Path) -> None:
    from gui.store.database import connect
    from gui.store.errors import StoreError

    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as raised:
        connect(path)
    assert str(raised.value).startswith(f"Tệp {path} bị hỏng hoặc không phải cơ sở dữ liệu của ứng dụng.")


def test_a_pdf_refusal_in_english_also_from_the_reading_worker(english: None) -> None:
    from gui.pdf.embedded import NotPdfError, PdfDataError, extract_document
    from gui.pdf.sandbox import PdfSandbox

    with pytest.raises(NotPdfError, match=r"^The file is not a PDF\.$"):
        extract_document(b"plain text, not a PDF")
    # The worker process words its refusal in the language of the process that started it.
    with PdfSandbox() as sandbox, pytest.raises(PdfDataError, match=r"^The file is not a PDF\.$"):
        sandbox.read(b"plain text, not a PDF")


def test_the_same_pdf_refusal_in_vietnamese() -> None:
    from gui.pdf.embedded import PdfDataError
    from gui.pdf.sandbox import PdfSandbox

    with PdfSandbox() as sandbox, pytest.raises(PdfDataError, match=r"^Tệp không phải là tệp PDF\.$"):
        sandbox.read(b"plain text, not a PDF")


def test_inbox_import_lines_in_english(tmp_path: Path, english: None) -> None:
    from gui.inbox.importer import import_paths
    from gui.store.reports import ReportStore
    from tests.inbox.conftest import province_docs

    doc = province_docs("2025")[0]
    good = tmp_path / "a.json"
    good.write_text(doc.to_json(), encoding="utf-8")
    letter = tmp_path / "letter.pdf"
    letter.write_text("Kính gửi Bộ Công Thương, đây là thư chứ không phải PDF.", encoding="utf-8")
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        run = import_paths(store, [good, letter])
        again = import_paths(store, [good])
    finally:
        store.close()
    imported, refused = run.results
    assert imported.line() == f"{good}: Imported — {imported.unit}, period 2025."
    assert refused.line() == (
        f"{letter}: Rejected — Not a PDF: the file's content is not a PDF document "
        "(the file may be damaged or renamed with another extension)."
    )
    assert run.summary_line() == "2 file(s) — imported: 1, rejected: 1"
    assert again.results[0].line() == f"{good}: Already there — This file was imported before."


def test_the_same_import_lines_in_vietnamese(tmp_path: Path) -> None:
    from gui.inbox.importer import import_paths
    from gui.store.reports import ReportStore
    from tests.inbox.conftest import province_docs

    doc = province_docs("2025")[0]
    good = tmp_path / "a.json"
    good.write_text(doc.to_json(), encoding="utf-8")
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        run = import_paths(store, [good, tmp_path / "missing.pdf"])
    finally:
        store.close()
    imported, refused = run.results
    assert imported.line() == f"{good}: Đã nhập — {imported.unit}, kỳ 2025."
    assert refused.line() == f"{tmp_path / 'missing.pdf'}: Từ chối — Không tìm thấy tệp."
    assert run.summary_line() == "2 tệp — đã nhập: 1, từ chối: 1"


def test_a_signing_refusal_in_english(tmp_path: Path, english: None) -> None:
    from gui.signing.errors import SigningError
    from gui.signing.keys import load_pfx

    missing = tmp_path / "nobody.pfx"
    with pytest.raises(SigningError) as raised:
        load_pfx(missing, "secret")
    assert str(raised.value) == f"Certificate file not found: {missing}"
    not_pfx = tmp_path / "letter.pfx"
    not_pfx.write_bytes(b"not a certificate at all")
    with pytest.raises(SigningError, match=r"is not a \.pfx/\.p12 certificate file\.$"):
        load_pfx(not_pfx, "secret")


def test_the_command_line_speaks_the_interface_language(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    db = tmp_path / "a.db"
    settings = tmp_path / "settings.ini"
    vietnamese = run_cli(
        "report", "export-json", "--db", db, "42", env={"BVNTD_LANG": "", "BVNTD_SETTINGS": str(settings)}
    )
    assert vietnamese.returncode == 2
    assert vietnamese.stderr == "Lỗi: Không có báo cáo số 42 trong cơ sở dữ liệu.\n"
    english = "Error: There is no report number 42 in the database.\n"
    by_env = run_cli("report", "export-json", "--db", db, "42", env={"BVNTD_LANG": "en"})
    assert (by_env.returncode, by_env.stderr) == (2, english)
    by_flag = run_cli("--lang", "en", "report", "export-json", "--db", db, "42")
    assert (by_flag.returncode, by_flag.stderr) == (2, english)
    # The language chosen in the window's Settings (settings.ini, as QSettings writes it) holds for commands too.
    settings.write_text("[interface]\nlanguage=en\n", encoding="utf-8")
    saved = run_cli("report", "export-json", "--db", db, "42", env={"BVNTD_LANG": "", "BVNTD_SETTINGS": str(settings)})
    assert (saved.returncode, saved.stderr) == (2, english)


def test_inbox_import_on_the_command_line_in_english(tmp_path: Path) -> None:
    from tests.conftest import run_cli
    from tests.inbox.conftest import province_docs

    doc = province_docs("2025")[0]
    good = tmp_path / "a.json"
    good.write_text(doc.to_json(), encoding="utf-8")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    done = run_cli("--lang", "en", "inbox", "import", "--db", tmp_path / "bo.db", good, empty)
    assert done.returncode == 0, done.stderr  # a refused file is reported, not an error of the command
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{good}: Imported — ") and lines[0].endswith(", period 2025.")
    assert lines[1] == f"{empty}: Rejected — The file is empty (0 bytes)."
    assert lines[2] == "Total: 2 file(s) — imported: 1, rejected: 1"


def test_core_refusals_and_problems_in_english(english: None) -> None:
    from gui.core.period import PeriodError, parse_period
    from gui.core.template import active_template
    from gui.core.validation import validate_report

    with pytest.raises(PeriodError) as raised:
        parse_period("2025-Q3")
    assert str(raised.value).startswith("The reporting period '2025-Q3' is not valid: use 2025 (a whole year)")
    template = active_template()
    required = next(f for f in template.iter_fields() if f.required)
    problems = validate_report(template, {}, period_start=None, period_end=None, report_date=None)
    problem = next(p for p in problems if p.key == required.key)
    # Both languages are kept, whatever the interface's: the Vietnamese source and its English from the catalog.
    assert problem.message == f"{required.label}: chưa nhập (bắt buộc)."
    assert problem.message_en == f"{required.label_en or required.label}: missing (required)."


def test_an_output_refusal_and_a_json_refusal_in_english(tmp_path: Path, english: None) -> None:
    from gui.core.document import DocumentError, read_document
    from gui.core.errors import UserError
    from gui.fileio import write_output

    with pytest.raises(UserError) as raised:
        write_output(tmp_path, b"%PDF-")
    assert str(raised.value) == (
        f"Could not write {tmp_path}: it is a folder; only a regular file (a new one, or an existing one that may be "
        "written), a character device such as /dev/null, or a FIFO (named pipe) can be written."
    )
    with pytest.raises(DocumentError, match=r"^The report document cannot be read: not valid JSON: line 1, column 2"):
        read_document(b"{oops")


def test_the_command_line_help_in_english() -> None:
    from tests.conftest import run_cli

    english = run_cli("--lang", "en", "report", "--help")
    assert english.returncode == 0
    assert "ACTION" in english.stdout and "list the reports" in english.stdout
    vietnamese = run_cli("report", "--help", env={"BVNTD_LANG": "vi"})
    assert "THAO_TÁC" in vietnamese.stdout and "liệt kê các báo cáo" in vietnamese.stdout
