"""Writing an output file the way its kind allows; every file the app writes for the user goes through here.

    write_output(path, data)              bytes, or str written as UTF-8
    plan_write(path, *, windows=...)      the decision alone: WritePlan, or UserError when refused
    writes_in_place(path)                 a device or a FIFO (a save dialog adds no suffix to its name)

- A regular file, or a new path: a temporary file beside it, fsync, rename over it, so a crash or a full disk
  leaves the whole old file or the whole new one. An existing file keeps its permissions and owner; a read-only
  one is refused (the rename would silently replace it). A symbolic link keeps being a link: the file it leads to is
  the one replaced.
- A character device or a FIFO (`/dev/null`, a terminal, a named pipe), and on Windows the reserved device
  names (`NUL`, `CON`, `COM1`…, also with an extension): opened and written in place, never renamed over or
  removed. `/dev/stdout` and the other descriptor links (`/dev/fd/N`, `/proc/self/fd/N`) are written in place
  too, appending, as the shell's `>` or `>>` set them up, whatever they lead to.
- A directory, a socket, a block device: refused, with a message that says what can be written.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from gui.core.errors import UserError
from gui.core.i18n import QT_TRANSLATE_NOOP, translate

ALLOWED = QT_TRANSLATE_NOOP(
    "Files",
    "chỉ ghi được vào một tệp thường (tệp mới, hoặc tệp đã có và cho phép ghi), một thiết bị ký tự như /dev/null, "
    "hoặc một FIFO (ống có tên)",
)

# Windows opens these names as devices in any folder, with any extension ("nul.pdf" is NUL) and trailing spaces.
_WINDOWS_DEVICE = re.compile(r"(?:CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³]|CONIN\$|CONOUT\$)", re.IGNORECASE)


class Way(enum.Enum):
    ATOMIC = "atomic"  # a temporary file beside the target, renamed over it
    IN_PLACE = "in place"  # the existing node opened and written


@dataclass(frozen=True)
class WritePlan:
    way: Way
    target: Path  # where the bytes go: the path itself, or the file a symbolic link leads to
    mode: int | None = None  # the permissions of the file being replaced, kept by the new one
    owner: tuple[int, int] | None = None  # and its owner and group, as far as this process may give them
    append: bool = False  # a descriptor link (/dev/stdout): add to what the shell opened, truncate nothing
    checked: bool = True  # IN_PLACE: check after opening that the node is still a device or a FIFO


def is_windows_device_name(name: str) -> bool:
    """True for a name Windows opens as a device: NUL, CON, PRN, AUX, COM1-9, LPT1-9, with or without extension."""
    return _WINDOWS_DEVICE.fullmatch(name.split(".", 1)[0].rstrip(" ")) is not None


def plan_write(path: Path, *, windows: bool = sys.platform == "win32") -> WritePlan:
    """How `path` is to be written, or a UserError naming the path and what is allowed."""
    path = Path(path)
    if windows and (str(path).startswith("\\\\.\\") or is_windows_device_name(PureWindowsPath(str(path)).name)):
        return WritePlan(Way.IN_PLACE, path, checked=False)
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        # A new file; through a link that leads nowhere yet, it is created where the link points.
        return WritePlan(Way.ATOMIC, Path(os.path.realpath(path)))
    except OSError as error:
        raise UserError(_not_written(path, error)) from None
    mode = info.st_mode
    if stat.S_ISREG(mode):
        if not mode & 0o222 or not os.access(path, os.W_OK):
            raise UserError(
                translate(
                    "Files",
                    "Không ghi đè được {path}: tệp này chỉ cho phép đọc, ứng dụng không thay nó. "
                    "Hãy chọn tên tệp khác, hoặc bỏ thuộc tính chỉ đọc của tệp rồi thử lại.",
                ).format(path=path)
            )
        if not windows and _through_descriptor_link(path):
            return WritePlan(Way.IN_PLACE, path, append=True, checked=False)
        return WritePlan(
            Way.ATOMIC, Path(os.path.realpath(path)), mode=stat.S_IMODE(mode), owner=(info.st_uid, info.st_gid)
        )
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return WritePlan(Way.IN_PLACE, path)
    raise UserError(
        translate("Files", "Không ghi được {path}: đó là {kind}; {allowed}.").format(
            path=path, kind=_kind_name(mode), allowed=translate("Files", ALLOWED)
        )
    )


def writes_in_place(path: Path) -> bool:
    """True for a device, a FIFO or /dev/stdout: a save dialog keeps such a name as given (no ".pdf" added) and
    does not remember its folder (/dev) as the place for the next file."""
    try:
        return plan_write(path).way is Way.IN_PLACE
    except UserError:
        return False


def write_output(path: Path, data: bytes | str) -> None:
    """Write `data` (str as UTF-8) to `path` as plan_write decides; any failure is a UserError naming the path."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    plan = plan_write(Path(path))
    if plan.way is Way.IN_PLACE:
        _write_in_place(plan, payload)
    else:
        _write_atomic(plan, payload)


def _write_atomic(plan: WritePlan, data: bytes) -> None:
    path = plan.target
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise UserError(
            translate("Files", "Không ghi được tệp {path}: {error}").format(path=path, error=error.strerror or error)
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); an exported report is an ordinary document, and a replaced
        # file keeps the permissions its owner gave it.
        if plan.owner is not None and hasattr(os, "chown"):
            created = os.stat(tmp)
            if plan.owner != (created.st_uid, created.st_gid):
                # `sudo bvntd … -o ~an/bc.pdf` must not leave An a file he can no longer replace; a process that
                # may not give the file away keeps what the system allows.
                with contextlib.suppress(OSError):
                    os.chown(tmp, *plan.owner)
        os.chmod(tmp, plan.mode if plan.mode is not None else 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(
            translate("Files", "Không ghi được tệp {path}: {error}").format(path=path, error=error.strerror or error)
        ) from None


def _write_in_place(plan: WritePlan, data: bytes) -> None:
    # No O_CREAT and no O_TRUNC: the node exists and stays what it is. A FIFO's open waits for its reader.
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    if plan.append:
        flags |= os.O_APPEND
    try:
        fd = os.open(plan.target, flags)
    except OSError as error:
        raise UserError(_not_written(plan.target, error)) from None
    try:
        mode = os.fstat(fd).st_mode
        if plan.checked and not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
            # Replaced by something else between the look and the open: nothing is written into it.
            raise UserError(
                translate("Files", "Không ghi được {path}: nó vừa bị thay bằng {kind}; hãy thử lại.").format(
                    path=plan.target, kind=_kind_name(mode)
                )
            )
        view = memoryview(data)
        while view:  # a device or a pipe may take less than it is given
            view = view[os.write(fd, view) :]
    except BrokenPipeError:
        raise  # the reader stopped reading (`| head`): as for standard output, not the user's mistake
    except OSError as error:
        raise UserError(_not_written(plan.target, error)) from None
    finally:
        os.close(fd)


def _through_descriptor_link(path: Path) -> bool:
    """True when `path` is, or its links lead through, an open descriptor's entry (/dev/stdout, /proc/self/fd/1)."""
    current = PurePosixPath(os.path.abspath(path))
    for _ in range(40):  # the kernel's own limit on links followed
        parts = current.parts
        if parts[1:3] == ("dev", "fd") or (parts[1:2] == ("proc",) and parts[3:4] == ("fd",)):
            return True
        try:
            link = os.readlink(current)
        except OSError:
            return False
        current = PurePosixPath(os.path.normpath(current.parent / link))
    return False


def _kind_name(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return translate("Files", "một thư mục")
    if stat.S_ISSOCK(mode):
        return translate("Files", "một socket")
    if stat.S_ISBLK(mode):
        return translate("Files", "một thiết bị khối (ổ đĩa, phân vùng)")
    if stat.S_ISREG(mode):
        return translate("Files", "một tệp thường")
    return translate("Files", "một loại tệp đặc biệt")


def _not_written(path: object, error: OSError) -> str:
    return translate("Files", "Không ghi được {path}: {error}").format(path=path, error=error.strerror or error)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
