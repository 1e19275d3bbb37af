"""JSON from outside (`report import-json`, `pdf render`, `template --file`, the window's open-file): bad input
exits 2 with a message naming the fault and the limit, never 1 with a traceback, in bounded time."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from gui.core.document import DocumentError, read_document
from gui.core.safejson import UnsafeJson, load_json
from gui.store.reports import ReportStore, import_own_document
from tests.inbox.conftest import province_docs


def _doc_text() -> str:
    return province_docs("2025")[5].to_json()


def _with(**values: object) -> str:
    data = json.loads(_doc_text())
    data["values"].update(values)
    return json.dumps(data, ensure_ascii=False)


CASES = {
    "unknown field": (_with(no_such_field=1), "no_such_field"),
    "computed field": (_with(cp_success_rate=50.0), "được tính tự động"),
    "lone surrogate": (_doc_text().replace('"uid": "', '"uid": "\\udc00'), "nửa cặp UTF-16"),
    "NaN": (_with(cp_received="@").replace('"@"', "NaN"), "NaN"),
    "giant number": (_with(cp_received="@").replace('"@"', "1" * 5000), "tối đa 18 chữ số"),
    "long narrative": (_with(direction_summary="x" * 30_000), "tối đa 20.000 ký tự"),
    "escaped quotes": ('{"format": "bvntd-report", "uid": "' + '\\"' * 400_000 + '"}', "không hợp lệ"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_import_json_refuses_with_exit_2(case: str, tmp_path: Path, db_path: Path, cli) -> None:
    text, says = CASES[case]
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    started = time.monotonic()
    done = cli("report", "import-json", "--db", db_path, path)
    assert time.monotonic() - started < 20
    assert done.returncode == 2, done.stderr
    assert says in done.stderr and "Traceback" not in done.stderr
    store = ReportStore.open(db_path)
    try:
        assert store.list_reports(origin=None) == []  # nothing of it stored
    finally:
        store.close()


def test_pdf_render_refuses_beyond_the_limits(tmp_path: Path, cli) -> None:
    path = tmp_path / "in.json"
    path.write_text(_with(direction_summary="x" * 30_000), encoding="utf-8")
    done = cli("pdf", "render", path, "-o", tmp_path / "out.pdf", "--draft")
    assert done.returncode == 2 and "tối đa 20.000 ký tự" in done.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_a_template_file_that_is_hostile_is_bad_input(tmp_path: Path, cli) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"a": ' + "[" * 50_000 + "]" * 50_000 + "}")
    done = cli("template", "--file", deep)
    assert done.returncode == 2 and "lồng nhau quá sâu" in done.stderr and "Traceback" not in done.stderr
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (3 * 1024 * 1024))
    done = cli("template", "--file", big)
    assert done.returncode == 2 and "tối đa 2,0 MB" in done.stderr


def test_the_reader_is_linear_on_escaped_quotes() -> None:
    text = '{"format": "bvntd-report", "uid": "' + '\\"' * 5_000_000 + '"}'  # 10 MB
    started = time.monotonic()
    with pytest.raises(DocumentError):
        read_document(text.encode())
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[Infinity]", "NaN"),
        ("[-Infinity]", "NaN"),
        ("[1e999]", "quá lớn"),
        ('["\\ud800x"]', "UTF-16"),
        ('{"\\udfff": 1}', "UTF-16"),
        ("[" * 30 + "]" * 30, "lồng nhau quá sâu"),
        ("[" + "1" * 19 + "]", "tối đa 18 chữ số"),
    ],
)
def test_load_json_refuses(text: str, says: str) -> None:
    with pytest.raises(UnsafeJson, match=says):
        load_json(text)


def test_load_json_keeps_what_a_report_holds() -> None:
    assert load_json('{"a": [1, -2, 3.5, "Nghệ An", null, true], "b": 999999999999999999}') == {
        "a": [1, -2, 3.5, "Nghệ An", None, True],
        "b": 999999999999999999,
    }


def test_the_window_and_import_json_share_the_admission_check(store: ReportStore) -> None:
    doc = read_document(_with(no_such_field=1).encode())
    with pytest.raises(DocumentError, match="no_such_field"):
        import_own_document(store, doc)
    assert store.list_reports(origin=None) == []


@pytest.fixture
def store(db_path: Path):  # type: ignore[no-untyped-def]
    opened = ReportStore.open(db_path)
    yield opened
    opened.close()
