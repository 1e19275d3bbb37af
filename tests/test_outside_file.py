"""Reading a small outside file: each refusal with the caller's message, the bytes otherwise."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from gui.core.errors import UserError
from gui.outside_file import ReadMessages, read_outside_file

ALL = ReadMessages(
    missing="missing {path}",
    unreadable="unreadable {path}: {error}",
    too_large="too large {path} ({size}; {limit})",
    folder="folder {path}",
    not_regular="not regular {path}",
    empty="empty {path}",
)


def refusal(path: Path, messages: ReadMessages = ALL, max_bytes: int = 10) -> str:
    with pytest.raises(UserError) as caught:
        read_outside_file(path, max_bytes, messages)
    return str(caught.value)


def test_the_bytes_of_a_file_within_the_limit(tmp_path: Path) -> None:
    (tmp_path / "ok").write_bytes(b"0123456789")
    assert read_outside_file(tmp_path / "ok", 10, ALL) == b"0123456789"


def test_each_refusal_has_its_message(tmp_path: Path) -> None:
    assert refusal(tmp_path / "none") == f"missing {tmp_path / 'none'}"
    assert refusal(tmp_path) == f"folder {tmp_path}"
    (tmp_path / "empty").write_bytes(b"")
    assert refusal(tmp_path / "empty") == f"empty {tmp_path / 'empty'}"
    (tmp_path / "big").write_bytes(b"x" * 11)
    assert refusal(tmp_path / "big", max_bytes=10).startswith(f"too large {tmp_path / 'big'} (")


def test_a_check_left_out_falls_to_the_next(tmp_path: Path) -> None:
    """Without a folder message a folder is unreadable, with the system's reason; without an empty one the
    empty file's bytes reach the caller."""
    plain = ReadMessages(missing="m", unreadable="unreadable: {error}", too_large="t")
    assert refusal(tmp_path, plain, max_bytes=1 << 20).startswith("unreadable: ")
    (tmp_path / "empty").write_bytes(b"")
    assert read_outside_file(tmp_path / "empty", 10, plain) == b""


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    assert refusal(tmp_path / "pipe") == f"not regular {tmp_path / 'pipe'}"


def test_the_callers_error_type(tmp_path: Path) -> None:
    class Refused(Exception):
        pass

    with pytest.raises(Refused, match="missing"):
        read_outside_file(tmp_path / "none", 10, ALL, Refused)


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
def test_without_a_message_for_it_a_fifo_or_a_device_is_unreadable_at_once(tmp_path: Path) -> None:
    """Opened without blocking and checked by its descriptor: no wait for a writer, no gigabytes of zeros."""
    plain = ReadMessages(missing="m", unreadable="unreadable: {error}", too_large="t")
    os.mkfifo(tmp_path / "pipe")
    assert refusal(tmp_path / "pipe", plain, max_bytes=1 << 20).startswith("unreadable: không phải tệp thông thường")
    assert refusal(Path("/dev/zero"), plain, max_bytes=1 << 20).startswith("unreadable: ")
    assert refusal(Path("/dev/zero")) == "not regular /dev/zero"


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_link_swapped_for_a_fifo_after_a_check_does_not_hang(tmp_path: Path) -> None:
    """The name is never checked apart from the open: what is read is what the descriptor is."""
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7")
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "report.pdf")
    assert read_outside_file(link, 100, ALL) == b"%PDF-1.7"
    link.unlink()
    os.mkfifo(tmp_path / "pipe")
    link.symlink_to(tmp_path / "pipe")
    assert refusal(link, max_bytes=100) == f"not regular {link}"
