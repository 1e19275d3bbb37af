"""The one writing helper: regular files atomically, devices and FIFOs in place, everything else refused."""

from __future__ import annotations

import os
import socket
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.core.errors import UserError
from gui.fileio import Way, WritePlan, _write_in_place, is_windows_device_name, plan_write, write_output

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds")


def make_null_device(path: Path) -> Path:
    """A private /dev/null (character device 1,3) in a test folder; only root may make one."""
    if not hasattr(os, "mknod") or os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("this container may not make device nodes")
    return path


class FifoReader:
    """Reads a FIFO to its end in a thread, as the program at the other end of a pipe would."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path = path
        self.data = b""
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        with open(self.path, "rb") as handle:
            self.data = handle.read()

    def finish(self, timeout: float = 30) -> bytes:
        self.thread.join(timeout)
        if self.thread.is_alive():  # the writer never came: free the reader's open() so the thread ends
            fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            os.close(fd)
            self.thread.join(5)
        return self.data


def test_written_file_is_complete_and_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "Tài liệu" / "báo cáo.pdf"
    write_output(target, b"%PDF-1.4 new")
    assert target.read_bytes() == b"%PDF-1.4 new"
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode & 0o044 == 0o644 & ~os.umask(os.umask(0)) & 0o044
    assert [p.name for p in target.parent.iterdir()] == ["báo cáo.pdf"]  # no temporary file left


def test_text_is_written_as_utf8(tmp_path: Path) -> None:
    write_output(tmp_path / "a.json", '{"tên": "Nghệ An"}\n')
    assert (tmp_path / "a.json").read_bytes() == '{"tên": "Nghệ An"}\n'.encode()


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(UserError, match="Không ghi được"):
        write_output(blocker / "x.pdf", b"new")
    assert target.read_bytes() == b"old"


@posix_only
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_output(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@posix_only
def test_a_file_replaced_by_root_keeps_its_owner(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    target = tmp_path / "bc.pdf"
    target.write_bytes(b"old")
    os.chown(target, 1234, 5678)
    write_output(target, b"new")
    replaced = target.stat()
    assert (replaced.st_uid, replaced.st_gid) == (1234, 5678) and target.read_bytes() == b"new"


def test_a_read_only_file_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "đã ký.pdf"
    target.write_bytes(b"signed")
    target.chmod(0o444)
    with pytest.raises(UserError) as refused:
        write_output(target, b"new")
    message = str(refused.value)
    assert str(target) in message and "chỉ cho phép đọc" in message and "chọn tên tệp khác" in message
    assert target.read_bytes() == b"signed"
    assert [p.name for p in tmp_path.iterdir()] == ["đã ký.pdf"]


@posix_only
def test_a_link_to_a_file_stays_a_link_and_its_file_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "bc.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "bc.pdf"
    link.symlink_to(real)

    write_output(link, b"new")

    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes() == b"new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["bc.pdf"]  # the temporary file was beside the file


@posix_only
def test_a_link_that_leads_nowhere_yet_creates_its_file(tmp_path: Path) -> None:
    link = tmp_path / "bc.pdf"
    link.symlink_to(tmp_path / "real.pdf")
    write_output(link, b"new")
    assert link.is_symlink() and (tmp_path / "real.pdf").read_bytes() == b"new"


@posix_only
def test_a_link_to_a_read_only_file_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    real.chmod(0o444)
    (tmp_path / "link.pdf").symlink_to(real)
    with pytest.raises(UserError, match="chỉ cho phép đọc"):
        write_output(tmp_path / "link.pdf", b"new")
    assert real.read_bytes() == b"old"


@posix_only
def test_a_character_device_is_written_in_place_never_replaced(tmp_path: Path) -> None:
    null = make_null_device(tmp_path / "null")
    before = null.stat()
    assert plan_write(null) == WritePlan(Way.IN_PLACE, null)

    write_output(null, b"x" * 100_000)

    after = null.lstat()
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


@posix_only
def test_a_fifo_gets_the_bytes_and_stays_a_fifo(tmp_path: Path) -> None:
    reader = FifoReader(tmp_path / "pipe")
    payload = os.urandom(300_000)  # more than a pipe holds: the writer waits for the reader
    write_output(reader.path, payload)
    assert reader.finish() == payload
    assert stat.S_ISFIFO(reader.path.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


@posix_only
def test_a_terminal_gets_the_bytes_as_they_are() -> None:
    import pty
    import tty

    master, slave = pty.openpty()
    try:
        tty.setraw(slave)  # no newline translation: the bytes as written
        payload = bytes(range(256)) * 4
        write_output(Path(os.ttyname(slave)), payload)
        received = b""
        while len(received) < len(payload):
            received += os.read(master, 4096)
        assert received == payload
    finally:
        os.close(master)
        os.close(slave)


@posix_only
def test_a_descriptor_link_appends_to_what_the_shell_opened(tmp_path: Path) -> None:
    """`-o /dev/stdout >> log.json`: the redirected file is added to, not replaced."""
    log = tmp_path / "log.json"
    log.write_bytes(b"old\n")
    inode = log.stat().st_ino
    fd = os.open(log, os.O_WRONLY | os.O_APPEND)
    try:
        for entry in (f"/dev/fd/{fd}", f"/proc/self/fd/{fd}"):
            assert plan_write(Path(entry)).append
            write_output(Path(entry), b"new\n")
    finally:
        os.close(fd)
    assert log.read_bytes() == b"old\nnew\nnew\n" and log.stat().st_ino == inode


@pytest.fixture
def short_dir() -> Iterator[Path]:
    # A socket's path must be short (108 bytes), shorter than pytest's tmp_path can be.
    with tempfile.TemporaryDirectory(prefix="bv") as folder:
        yield Path(folder)


@posix_only
@pytest.mark.parametrize("kind", ["directory", "socket", "block device"])
def test_what_cannot_be_a_file_is_refused_and_left_alone(kind: str, short_dir: Path) -> None:
    target = short_dir / "out.pdf"
    listener = None
    if kind == "directory":
        target.mkdir()
        said = "một thư mục"
    elif kind == "socket":
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(str(target))
        said = "một socket"
    else:
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(target, stat.S_IFBLK | 0o600, os.makedev(7, 200))
        said = "một thiết bị khối"
    before = target.lstat()
    try:
        with pytest.raises(UserError) as refused:
            write_output(target, b"new")
    finally:
        if listener is not None:
            listener.close()
    message = str(refused.value)
    assert message.startswith(f"Không ghi được {target}: đó là {said}")
    assert "tệp thường" in message and "/dev/null" in message and "FIFO" in message
    after = target.lstat()
    assert (after.st_ino, stat.S_IFMT(after.st_mode)) == (before.st_ino, stat.S_IFMT(before.st_mode))
    assert [p.name for p in short_dir.iterdir()] == ["out.pdf"]


@posix_only
def test_a_node_swapped_for_a_file_after_the_look_is_not_written(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"keep")
    with pytest.raises(UserError, match="vừa bị thay bằng một tệp thường"):
        _write_in_place(WritePlan(Way.IN_PLACE, target), b"new")  # the plan was made when it was a FIFO
    assert target.read_bytes() == b"keep"


@pytest.mark.parametrize(
    ("name", "device"),
    [
        ("NUL", True),
        ("nul", True),
        ("nul.pdf", True),
        ("Con.tar.gz", True),
        ("NUL .json", True),
        ("PRN", True),
        ("aux.xlsx", True),
        ("COM1", True),
        ("com9.pdf", True),
        ("LPT1", True),
        ("lpt9.json", True),
        ("COM¹", True),
        ("CONOUT$", True),
        ("COM0", False),
        ("COM10", False),
        ("LPT", False),
        ("null", False),
        ("nul-bao-cao.pdf", False),
        ("bao-cao.nul", False),
        ("CONSOLE.pdf", False),
    ],
)
def test_windows_reserved_device_names(name: str, device: bool) -> None:
    assert is_windows_device_name(name) is device


def test_on_windows_a_reserved_name_is_written_in_place_in_any_folder(tmp_path: Path) -> None:
    for path in (Path("C:/Users/bvntd/Documents/NUL.pdf"), Path("D:\\bao cao\\con"), Path("\\\\.\\COM3")):
        assert plan_write(path, windows=True) == WritePlan(Way.IN_PLACE, path, checked=False)
    # An ordinary name is an ordinary file on Windows too, and elsewhere the reserved names are ordinary names.
    assert plan_write(tmp_path / "bao-cao.pdf", windows=True).way is Way.ATOMIC
    if sys.platform != "win32":
        assert plan_write(tmp_path / "nul.pdf", windows=False).way is Way.ATOMIC
