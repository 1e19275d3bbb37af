"""Issue 13: hostile received files imported in one batch with good ones, under a memory limit, as the Ministry
would run it. Every good file goes in, every bad one is refused on its own line with its reason, nothing else is
stored, there is no traceback, and the whole batch takes bounded time."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from msgspec.structs import replace
from pypdf import PdfReader

from gui.core.text import shown_path
from gui.inbox.consolidate import consolidate
from gui.inbox.importer import Outcome, import_paths
from gui.store.reports import ReportStore
from tests.inbox.conftest import province_docs, render_pdf
from tests.inbox.hostile import good_docs, hostile_cases, write_good

MEMORY_LIMIT = 1_500 * 1024 * 1024  # address space, not resident memory: Python with Qt-free imports needs ~400 MB


def _run_limited(*args: str | Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "gui", *map(str, args)]
    if shutil.which("prlimit"):
        command = ["prlimit", f"--as={MEMORY_LIMIT}", "--", *command]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=timeout, env=os.environ)


def test_one_batch_of_hostile_and_good_files(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = write_good(folder)
    cases = hostile_cases()
    bad = {case.write(folder): case for case in cases}

    started = time.monotonic()
    done = _run_limited("inbox", "import", "--db", db_path, folder)
    elapsed = time.monotonic() - started

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    lines = done.stdout.splitlines()
    assert len(lines) == len(good) + len(bad) + 1, done.stdout  # one line per file (no forged line), the total
    for path in good:
        assert f"{path}: Đã nhập" in done.stdout
    for path, case in bad.items():
        line = next((x for x in lines if x.startswith(f"{shown_path(path)}: ")), None)
        assert line is not None, f"no line for {case.name!r}"
        assert ": Từ chối — " in line and case.says in line, line
    assert lines[-1] == f"Tổng cộng: {len(good) + len(bad)} tệp — đã nhập: {len(good)}, từ chối: {len(bad)}"
    assert elapsed < 60, elapsed

    store = ReportStore.open(db_path)
    try:
        received = store.list_reports(origin="inbox")
        assert sorted(r.uid for r in received) == sorted(d.uid for d in good_docs())
        assert store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == len(good)
    finally:
        store.close()


def test_a_non_utf8_name_and_a_newline_are_shown_escaped_and_stored(tmp_path: Path, db_path: Path) -> None:
    doc = province_docs("2025")[3]
    name = os.fsdecode(b"b\xe1o-c\xe1o\nT\xd4NG.json")
    (tmp_path / name).write_bytes(doc.to_json().encode())
    done = _run_limited("inbox", "import", "--db", db_path, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"{tmp_path}/b\\xe1o-c\\xe1o\\nT\\xd4NG.json: Đã nhập — {_what(doc)}."
    store = ReportStore.open(db_path)
    try:
        (path,) = store.db.execute("SELECT path FROM inbox_files").fetchone()
        assert path.endswith("b\\xe1o-c\\xe1o\\nT\\xd4NG.json")
    finally:
        store.close()


def _what(doc) -> str:  # type: ignore[no-untyped-def]
    from gui.core.units import province_list_at

    unit = province_list_at(doc.period.end).get(doc.unit.code)
    assert unit is not None
    return f"{unit.display_name}, kỳ {doc.period.id}"


def test_a_single_bad_file_exits_2_and_a_batch_0(tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "bvntd-report", "values": {"x": NaN}}')
    single = _run_limited("inbox", "import", "--db", db_path, bad)
    assert single.returncode == 2 and "Từ chối" in single.stdout and "Traceback" not in single.stderr
    good = tmp_path / "good.json"
    good.write_text(province_docs("2025")[0].to_json())
    both = _run_limited("inbox", "import", "--db", db_path, bad, good)
    assert both.returncode == 0


def test_each_line_is_printed_as_soon_as_its_file_is_done(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for index, doc in enumerate(province_docs("2025")[:30]):
        (folder / f"{index:02}.pdf").write_bytes(render_pdf(doc))
    process = subprocess.Popen(
        [sys.executable, "-m", "gui", "inbox", "import", "--db", str(db_path), str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        first = process.stdout.readline() if process.stdout else ""
        assert "00.pdf: Đã nhập" in first
        assert process.poll() is None  # the first line arrived while the other 29 files were still being read
        rest = process.communicate(timeout=120)[0]
    finally:
        process.kill()
    assert len(rest.splitlines()) == 30


def test_a_full_disk_refuses_that_file_and_the_batch_goes_on(tmp_path: Path, store: ReportStore) -> None:
    docs = province_docs("2025")[:3]
    paths = []
    for index, doc in enumerate(docs):
        paths.append(tmp_path / f"{index}.json")
        paths[-1].write_text(doc.to_json())
    assert import_paths(store, paths[:1]).results[0].outcome is Outcome.IMPORTED
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # as if the disk filled up now
    full = import_paths(store, paths[1:])
    assert [r.outcome for r in full.results] == [Outcome.REJECTED, Outcome.REJECTED]
    assert "đã đầy" in full.results[0].reason and "Chưa lưu được gì của tệp này" in full.results[0].reason
    assert len(store.list_reports(origin="inbox")) == 1  # nothing of the refused files
    store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed: the same files go in
    assert [r.outcome for r in import_paths(store, paths[1:]).results] == [Outcome.IMPORTED, Outcome.IMPORTED]


def test_an_unexpected_fault_in_one_file_is_that_files_refusal(
    tmp_path: Path, store: ReportStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.inbox import importer

    docs = province_docs("2025")[:2]
    for index, doc in enumerate(docs):
        (tmp_path / f"{index}.json").write_text(doc.to_json())
    real = importer.check_document

    def broken_for_the_first(doc, current, **kw):  # type: ignore[no-untyped-def]
        if doc.uid == docs[0].uid:
            raise sqlite3.InterfaceError("a bug")
        return real(doc, current, **kw)

    monkeypatch.setattr(importer, "check_document", broken_for_the_first)
    run = import_paths(store, [tmp_path])
    assert [r.outcome for r in run.results] == [Outcome.REJECTED, Outcome.IMPORTED]
    monkeypatch.setattr(importer, "check_document", lambda d, c, **kw: 1 / 0)
    again = import_paths(store, [tmp_path / "0.json"])
    assert again.results[0].outcome is Outcome.REJECTED and "Lỗi không mong muốn" in again.results[0].reason


def test_a_draft_is_refused_unless_accepted_and_then_marked(tmp_path: Path, db_path: Path) -> None:
    from gui.core.template import active_template
    from gui.pdf.render import render_report

    doc = province_docs("2025")[7]
    draft = tmp_path / "draft.pdf"
    draft.write_bytes(render_report(doc, active_template(), draft=True))
    refused = _run_limited("inbox", "import", "--db", db_path, draft)
    assert refused.returncode == 2 and "bản dự thảo (DỰ THẢO)" in refused.stdout
    accepted = _run_limited("inbox", "import", "--db", db_path, "--accept-drafts", draft)
    assert accepted.returncode == 0 and "Đã nhập" in accepted.stdout and "BẢN DỰ THẢO" in accepted.stdout
    store = ReportStore.open(db_path)
    try:
        (received,) = store.list_reports(origin="inbox")
        assert received.status == "draft"
        consolidation = consolidate(store, "2025")
    finally:
        store.close()
    (row,) = consolidation.reported  # counted, as the person chose, and marked wherever it is shown
    assert row.name.endswith("(DỰ THẢO)")
    from gui.inbox.summary_pdf import summary_pdf_bytes
    from gui.inbox.xlsx import xlsx_bytes

    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(consolidation)))
    assert any(
        isinstance(c.value, str) and c.value.endswith("(DỰ THẢO)")
        for r in workbook["Tình hình báo cáo"].iter_rows()
        for c in r
    )
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(summary_pdf_bytes(consolidation))).pages)
    assert "(DỰ THẢO)" in text

    # a draft that lacks what a final report needs: called a draft (not 'không đạt các quy định của mẫu, 18 lỗi'),
    # and when accepted, kept with what it lacks listed
    incomplete = tmp_path / "thieu.pdf"
    other = province_docs("2025")[8]
    bare = replace(other, values={k: v for k, v in other.values.items() if k != "cp_received"})
    incomplete.write_bytes(render_report(bare, active_template(), draft=True))
    no = _run_limited("inbox", "import", "--db", db_path, incomplete)
    assert no.returncode == 2 and "đây là bản dự thảo (DỰ THẢO)" in no.stdout
    assert "còn 1 chỗ chưa đạt quy định của mẫu" in no.stdout and "không đạt các quy định của mẫu" not in no.stdout
    yes = _run_limited("inbox", "import", "--db", db_path, "--accept-drafts", incomplete)
    assert yes.returncode == 0 and "BẢN DỰ THẢO" in yes.stdout, yes.stdout
    assert "Chưa đạt 1 quy định của mẫu: " in yes.stdout and "Tổng số yêu cầu, khiếu nại" in yes.stdout


def test_pages_that_differ_from_the_data_are_flagged(tmp_path: Path, store: ReportStore) -> None:
    from tests.inbox.hostile import pages_of

    doc = province_docs("2025")[8]
    shown = replace(doc, values={**doc.values, "direction_summary": "Một nội dung khác hẳn."})
    path = tmp_path / "differs.pdf"
    path.write_bytes(pages_of(shown, data_of=doc))
    (result,) = import_paths(store, [path]).results
    assert result.outcome is Outcome.IMPORTED
    assert "Nội dung các trang khác với dữ liệu kèm theo" in result.reason


def test_a_crafted_pdf_is_refused_as_suspicious_within_seconds(
    tmp_path: Path, db_path: Path, store: ReportStore
) -> None:
    from tests.inbox.hostile import crafted_xref

    crafted = crafted_xref(render_pdf(province_docs("2025")[9]), 2_000_000)
    path = tmp_path / "crafted.pdf"
    path.write_bytes(crafted)
    started = time.monotonic()
    (result,) = import_paths(store, [path]).results
    assert result.outcome is Outcome.REJECTED and "cần hơn 2 giây" in result.reason
    assert time.monotonic() - started < 8  # the worker's start, 2 s of the file, no more
    done = _run_limited("pdf", "extract", path)
    assert done.returncode == 2 and "cần hơn 2 giây" in done.stderr and "Traceback" not in done.stderr
