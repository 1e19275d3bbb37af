"""`bvntd pdf sign -o`: a device stays a device, a FIFO and /dev/stdout get the signed PDF, a read-only file or a
folder is refused (exit 2) and kept — the same writer as every other command (tests/test_cli_output.py)."""

from __future__ import annotations

import io
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.signing.pki import PASSWORD, Pki
from tests.test_fileio import FifoReader, make_null_device

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="device nodes and FIFOs are POSIX")


def sign_to(pki: Pki, report_pdf: Path, out: Path) -> subprocess.CompletedProcess[bytes]:
    args = ["pdf", "sign", report_pdf, "-o", out, "--role", "signer", "--pfx", pki.nghe_an.pfx, "--pin-stdin"]
    return subprocess.run(
        [sys.executable, "-m", "gui", *map(str, args)],
        input=(PASSWORD + "\n").encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )


def _signed(data: bytes, report_pdf: Path) -> None:
    assert data.startswith(report_pdf.read_bytes())  # an incremental update of the exported file
    assert PdfReader(io.BytesIO(data)).get_fields()  # the signature field is there


def test_signing_into_a_device_a_fifo_and_stdout(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    null = make_null_device(tmp_path / "null")
    into_null = sign_to(pki, report_pdf, null)
    assert into_null.returncode == 0, into_null.stderr.decode()
    assert stat.S_ISCHR(null.lstat().st_mode)

    reader = FifoReader(tmp_path / "pipe")
    into_pipe = sign_to(pki, report_pdf, reader.path)
    _signed(reader.finish(), report_pdf)
    assert into_pipe.returncode == 0, into_pipe.stderr.decode()
    assert stat.S_ISFIFO(reader.path.lstat().st_mode)

    to_stdout = sign_to(pki, report_pdf, Path("/dev/stdout"))
    assert to_stdout.returncode == 0, to_stdout.stderr.decode()
    _signed(to_stdout.stdout, report_pdf)  # the PDF alone: the line naming the output went to stderr
    assert to_stdout.stderr.decode().startswith("/dev/stdout\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "pipe"]


def test_signing_over_a_read_only_file_or_into_a_folder_is_refused(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    locked = tmp_path / "đã ký.pdf"
    locked.write_bytes(b"%PDF signed by the clerk")
    locked.chmod(0o444)
    over_locked = sign_to(pki, report_pdf, locked)
    into_folder = sign_to(pki, report_pdf, tmp_path)

    assert over_locked.returncode == 2
    assert f"Lỗi: Không ghi đè được {locked}: tệp này chỉ cho phép đọc" in over_locked.stderr.decode()
    assert into_folder.returncode == 2
    assert f"Lỗi: Không ghi được {tmp_path}: đó là một thư mục" in into_folder.stderr.decode()
    assert locked.read_bytes() == b"%PDF signed by the clerk"
    assert [p.name for p in tmp_path.iterdir()] == ["đã ký.pdf"]
