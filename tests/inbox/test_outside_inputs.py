"""Issue 21, part 5: no local input can stop the Ministry. A FIFO or /dev/zero given as a trust root, a signature
image, an address book or a template is refused at once (exit 2, its reason), never waited on or read for GBs;
an address-book .xlsx that inflates to 1.2 GB is refused from its zip directory; a FIFO in an imported folder is
one refused line; a link in an imported folder says so on its line."""

from __future__ import annotations

import os
import sys
import time
import zipfile
from pathlib import Path

import pytest

from gui.inbox.addressbook import AddressBookError, read_address_file
from gui.signing.errors import SigningError
from gui.signing.placement import load_picture
from tests.conftest import run_cli
from tests.inbox.conftest import province_docs, render_pdf

posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


@posix
@pytest.mark.parametrize("device", ["fifo", "zero"])
def test_a_fifo_or_a_device_as_any_local_input_is_refused_at_once(
    device: str, fifo: Path, tmp_path: Path, db_path: Path
) -> None:
    source = fifo if device == "fifo" else Path("/dev/zero")
    report = tmp_path / "report.pdf"
    report.write_bytes(render_pdf(province_docs("2025")[0]))
    commands = [
        ("inbox", "import", "--db", db_path, "--trust", source, report),
        ("inbox", "addresses", "--db", db_path, "--import", _named(source, tmp_path, ".csv")),
        ("inbox", "addresses", "--db", db_path, "--import", _named(source, tmp_path, ".xlsx")),
        ("template", "--file", source),
    ]
    for command in commands:
        started = time.monotonic()
        done = run_cli(*command, timeout=60)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr and "thông thường" in done.stderr, (command, done.stderr)
        assert time.monotonic() - started < 30
    with pytest.raises(SigningError, match="thông thường"):
        load_picture(source, "ảnh chữ ký")


def _named(source: Path, folder: Path, suffix: str) -> Path:
    """A link with the suffix the command asks for (a FIFO saved as 'so-dia-chi.xlsx')."""
    link = folder / f"so-dia-chi-{source.name}{suffix}"
    if not link.is_symlink():
        link.symlink_to(source)
    return link


def _bomb(path: Path, unpacked: int) -> None:
    """A workbook whose shared strings inflate to `unpacked` bytes (repetitive XML deflates ~1000:1)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Mã", "Email"])
    book.active.append(["40", "so@nghean.gov.vn"])
    book.save(path)
    with zipfile.ZipFile(path) as original:
        members = {info.filename: original.read(info) for info in original.infolist()}
    chunk = b"<si><t>" + b"A" * 4096 + b"</t></si>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name, data in members.items():
            if name != "xl/sharedStrings.xml":
                out.writestr(name, data)
        with out.open("xl/sharedStrings.xml", "w", force_zip64=True) as strings:
            strings.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for _ in range(unpacked // len(chunk)):
                strings.write(chunk)
            strings.write(b"</sst>")


def test_an_address_book_that_inflates_to_gigabytes_is_refused_from_its_directory(
    tmp_path: Path, db_path: Path
) -> None:
    path = tmp_path / "so-dia-chi.xlsx"
    _bomb(path, 1_200 * 1024 * 1024)
    assert path.stat().st_size < 5 * 1024 * 1024
    started = time.monotonic()
    with pytest.raises(AddressBookError, match="bung ra"):
        read_address_file(path)
    assert time.monotonic() - started < 5  # the zip's directory, not 1.2 GB of XML
    done = run_cli("inbox", "addresses", "--db", db_path, "--import", path, timeout=60)
    assert done.returncode == 2 and "bung ra" in done.stderr and "Traceback" not in done.stderr, done.stderr


@posix
def test_a_fifo_in_an_imported_folder_is_one_refused_line(fifo: Path, tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(render_pdf(province_docs("2025")[0]))
    os.mkfifo(folder / "b.pdf")
    (folder / "c.pdf").symlink_to(fifo)  # a link that became a FIFO after the folder was listed
    done = run_cli("inbox", "import", "--db", db_path, folder, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith(f"{folder / 'a.pdf'}: Đã nhập") for line in lines), done.stdout
    for name in ("b.pdf", "c.pdf"):
        line = next(line for line in lines if line.startswith(f"{folder / name}: "))
        assert "Từ chối" in line and "Không phải tệp thông thường" in line, line


def test_a_link_in_an_imported_folder_names_where_it_points(tmp_path: Path, db_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "nghe-an.pdf"
    target.write_bytes(render_pdf(province_docs("2025")[1]))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "link.pdf").symlink_to(target)
    done = run_cli("inbox", "import", "--db", db_path, folder, timeout=120)
    assert done.returncode == 0, done.stderr
    (line,) = [line for line in done.stdout.splitlines() if "link.pdf" in line]
    assert line.startswith(f"{folder / 'link.pdf'}: Đã nhập"), line
    assert f"liên kết tới {target}" in line, line
