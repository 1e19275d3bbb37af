"""Every command's `-o`: a device stays a device, a FIFO gets the bytes, what cannot take a file is refused (exit 2)."""

from __future__ import annotations

import io
import json
import os
import shlex
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from tests.conftest import run_cli
from tests.test_fileio import FifoReader, make_null_device

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="device nodes and FIFOs are POSIX")


@dataclass(frozen=True)
class Inputs:
    db: Path  # the demo report
    report_id: int
    doc_json: Path
    pdf: Path
    inbox_db: Path  # five provinces' reports received for 2025


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Inputs:
    from gui.inbox.importer import import_paths
    from gui.operations.export import export_report
    from gui.store.reports import ReportStore, create_demo_report
    from tests.inbox.conftest import province_docs, write_docs

    folder = tmp_path_factory.mktemp("inputs")
    store = ReportStore.open(folder / "bc.db")
    try:
        report_id = create_demo_report(store)
        (folder / "bc.json").write_text(store.document(report_id).to_json(), encoding="utf-8")
        export_report(store, report_id, folder / "bc.pdf", draft=False)
    finally:
        store.close()
    inbox = ReportStore.open(folder / "bo.db")
    try:
        import_paths(inbox, write_docs(folder / "in", province_docs("2025")[:5]), progress=None)
    finally:
        inbox.close()
    return Inputs(folder / "bc.db", report_id, folder / "bc.json", folder / "bc.pdf", folder / "bo.db")


def _json(data: bytes) -> None:
    assert json.loads(data)["format"] == "bvntd-report"


def _pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF") and len(PdfReader(io.BytesIO(data)).pages) >= 1


def _xlsx(data: bytes) -> None:
    assert "Chỉ tiêu" in openpyxl.load_workbook(io.BytesIO(data)).sheetnames


@dataclass(frozen=True)
class Command:
    args: Callable[[Inputs, Path], tuple[object, ...]]
    suffix: str
    check: Callable[[bytes], None]


COMMANDS = {
    "report export-json": Command(
        lambda i, out: ("report", "export-json", "--db", i.db, i.report_id, "-o", out), ".json", _json
    ),
    "pdf export": Command(lambda i, out: ("pdf", "export", "--db", i.db, i.report_id, "-o", out), ".pdf", _pdf),
    "pdf render": Command(lambda i, out: ("pdf", "render", i.doc_json, "-o", out, "--draft"), ".pdf", _pdf),
    "pdf extract": Command(lambda i, out: ("pdf", "extract", i.pdf, "-o", out), ".json", _json),
    "inbox summary xlsx": Command(
        lambda i, out: ("inbox", "summary", "--db", i.inbox_db, "--period", "2025", "-o", out), ".xlsx", _xlsx
    ),
    "inbox summary pdf": Command(
        lambda i, out: ("inbox", "summary", "--db", i.inbox_db, "--period", "2025", "-o", out), ".pdf", _pdf
    ),
}


@pytest.mark.parametrize("name", COMMANDS)
def test_a_character_device_stays_a_device(name: str, inputs: Inputs, tmp_path: Path) -> None:
    command = COMMANDS[name]
    null = make_null_device(tmp_path / f"null{command.suffix}")
    before = null.lstat()

    done = run_cli(*command.args(inputs, null))

    assert done.returncode == 0, done.stderr
    after = null.lstat()
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert [p.name for p in tmp_path.iterdir()] == [null.name]  # no temporary file left beside it


@pytest.mark.parametrize("name", COMMANDS)
def test_a_fifo_receives_the_whole_output(name: str, inputs: Inputs, tmp_path: Path) -> None:
    command = COMMANDS[name]
    reader = FifoReader(tmp_path / f"pipe{command.suffix}")

    done = run_cli(*command.args(inputs, reader.path))

    data = reader.finish()
    assert done.returncode == 0, done.stderr
    command.check(data)
    assert stat.S_ISFIFO(reader.path.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == [reader.path.name]


@pytest.mark.parametrize("name", COMMANDS)
def test_a_folder_or_a_read_only_file_is_refused_with_exit_2(name: str, inputs: Inputs, tmp_path: Path) -> None:
    command = COMMANDS[name]
    folder = tmp_path / f"folder{command.suffix}"
    folder.mkdir()
    (folder / "inside.txt").write_text("kept")
    locked = tmp_path / f"locked{command.suffix}"
    locked.write_bytes(b"signed copy")
    locked.chmod(0o444)

    into_folder = run_cli(*command.args(inputs, folder))
    over_locked = run_cli(*command.args(inputs, locked))

    assert into_folder.returncode == 2
    assert f"Lỗi: Không ghi được {folder}: đó là một thư mục; chỉ ghi được vào một tệp thường" in into_folder.stderr
    assert over_locked.returncode == 2
    assert f"Lỗi: Không ghi đè được {locked}: tệp này chỉ cho phép đọc" in over_locked.stderr
    for done in (into_folder, over_locked):
        assert "Traceback" not in done.stderr and done.stdout == ""
    assert folder.is_dir() and (folder / "inside.txt").read_text() == "kept"
    assert locked.read_bytes() == b"signed copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder.name, locked.name])


def test_a_link_to_a_file_stays_a_link(inputs: Inputs, tmp_path: Path) -> None:
    real = tmp_path / "shared" / "bc.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "bc.json"
    link.symlink_to(real)

    done = run_cli(*COMMANDS["pdf extract"].args(inputs, link))

    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    _json(real.read_bytes())


def _run_binary(*args: object, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *map(str, args)], stdout=stdout, stderr=subprocess.PIPE, timeout=60, check=False
    )


@pytest.mark.parametrize(
    ("name", "extra"), [("pdf export", ()), ("pdf render", ()), ("inbox summary pdf", ("--format", "pdf"))]
)
def test_dev_stdout_carries_the_file_and_nothing_else(name: str, extra: tuple[str, ...], inputs: Inputs) -> None:
    """`-o /dev/stdout | next-tool`: the pipe gets the PDF alone; the line naming the output goes to stderr."""
    done = _run_binary(*COMMANDS[name].args(inputs, Path("/dev/stdout")), *extra)
    assert done.returncode == 0, done.stderr.decode()
    _pdf(done.stdout)
    assert done.stdout.rstrip().endswith(b"%%EOF")
    assert done.stderr.decode().startswith("/dev/stdout")
    assert os.path.islink("/dev/stdout")


def test_dev_stdout_appended_to_a_file_keeps_what_was_there(inputs: Inputs, tmp_path: Path) -> None:
    """`-o /dev/stdout >> log`: added to the log, as the shell's >> asks, not put in its place."""
    log = tmp_path / "exports.jsonl"
    log.write_bytes(b"earlier\n")
    for _ in range(2):
        with log.open("ab") as appended:
            done = _run_binary(*COMMANDS["pdf extract"].args(inputs, Path("/dev/stdout")), stdout=appended)
        assert done.returncode == 0, done.stderr.decode()
    first, second = log.read_bytes().removeprefix(b"earlier\n").split(b"}\n{", 1)
    _json(first + b"}\n")
    _json(b"{" + second)


def test_a_reader_that_stops_early_is_not_an_error(inputs: Inputs) -> None:
    """`-o /dev/stdout | head -c 8`, as with standard output: exit 0 and no message."""
    args = " ".join(shlex.quote(str(a)) for a in COMMANDS["pdf render"].args(inputs, Path("/dev/stdout")))
    done = subprocess.run(
        ["bash", "-c", f"{shlex.quote(sys.executable)} -m gui {args} | head -c 8; exit ${{PIPESTATUS[0]}}"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, b"%PDF-1.4"), done.stderr.decode()
    assert b"L\xe1\xbb\x97i" not in done.stderr and b"Traceback" not in done.stderr  # no "Lỗi", no trace


def test_a_summary_to_a_name_without_suffix_takes_format(inputs: Inputs, tmp_path: Path) -> None:
    summary = ("inbox", "summary", "--db", inputs.inbox_db, "--period", "2025", "-o")
    null = make_null_device(tmp_path / "null")

    to_null = run_cli(*summary, null, "--format", "pdf")
    reader = FifoReader(tmp_path / "pipe")
    to_pipe = run_cli(*summary, reader.path, "--format", "xlsx")
    _xlsx(reader.finish())
    without = run_cli(*summary, null)
    mismatched = run_cli(*summary, tmp_path / "bc.xlsx", "--format", "pdf")

    assert to_null.returncode == 0 and to_pipe.returncode == 0, to_null.stderr + to_pipe.stderr
    assert without.returncode == 2 and "--format xlsx|pdf" in without.stderr
    assert mismatched.returncode == 2
    assert f"Tệp ghi ra {tmp_path / 'bc.xlsx'} có đuôi .xlsx nhưng định dạng là pdf" in mismatched.stderr
    assert stat.S_ISCHR(null.lstat().st_mode) and sorted(p.name for p in tmp_path.iterdir()) == ["null", "pipe"]
