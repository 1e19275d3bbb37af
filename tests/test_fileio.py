"""Atomic writes: the whole file or the old one, with ordinary permissions, and a clear error when impossible."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from gui.errors import UserError
from gui.fileio import write_bytes_atomic


def test_written_file_is_complete_and_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "Tài liệu" / "báo cáo.pdf"
    write_bytes_atomic(target, b"%PDF-1.4 new")
    assert target.read_bytes() == b"%PDF-1.4 new"
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode & 0o044 == 0o644 & ~os.umask(os.umask(0)) & 0o044
    assert [p.name for p in target.parent.iterdir()] == ["báo cáo.pdf"]  # no temporary file left


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(UserError, match="Không ghi được"):
        write_bytes_atomic(blocker / "x.pdf", b"new")
    assert target.read_bytes() == b"old"
