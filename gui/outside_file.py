"""Reading a small file from outside the app (a key, a certificate, a received report) with a size limit, and a
message naming what went wrong: missing, a folder, not a regular file, empty, unreadable, too large.

    data = read_outside_file(path, MAX_BYTES, ReadMessages(missing=..., unreadable=..., too_large=...), SigningError)

Each caller words its own messages (they name what the file should have been); a message may use {path}, {error}
(the system's reason), {size} and {limit} (in MB). A message left None is not checked for: a folder or a FIFO then
fails as unreadable, an empty file reaches the caller's parser. Every file from outside is read here (a key, a
certificate, a trust root, a received report, a signature image, an address book, a template, a report's JSON).
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from gui.core import limits
from gui.core.errors import UserError
from gui.core.i18n import translate


@dataclass(frozen=True)
class ReadMessages:
    missing: str
    unreadable: str
    too_large: str
    folder: str | None = None
    not_regular: str | None = None
    empty: str | None = None
    grew: str | None = None  # larger when read than when its size was asked; too_large when None


def read_outside_file(path: Path, max_bytes: int, messages: ReadMessages, error: type[Exception] = UserError) -> bytes:
    """The file's bytes (at most max_bytes), or `error` with the message that says why not.

    The file is opened without blocking and the opened descriptor is checked (fstat), never the name alone: a
    FIFO, a device such as /dev/zero, or a link swapped for one between a check and the open, is refused at
    once instead of hanging or feeding gigabytes; a regular file is then read up to max_bytes + 1.
    """

    def refuse(text: str, os_error: OSError | None = None, size: int | None = None) -> Exception:
        reason = (os_error.strerror or os_error) if os_error is not None else ""
        shown = limits.megabytes(size) if size is not None else ""
        return error(text.format(path=path, error=reason, size=shown, limit=limits.megabytes(max_bytes)))

    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise refuse(messages.missing) from None
    except IsADirectoryError as problem:  # Windows opens no folder
        raise refuse(messages.folder if messages.folder is not None else messages.unreadable, problem) from None
    except OSError as problem:
        raise refuse(messages.unreadable, problem) from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            if messages.folder is not None:
                raise refuse(messages.folder)
            raise refuse(messages.unreadable, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
        if not stat.S_ISREG(info.st_mode):
            if messages.not_regular is not None:
                raise refuse(messages.not_regular)
            raise refuse(messages.unreadable, OSError(errno.EINVAL, _not_regular()))
        if messages.empty is not None and info.st_size == 0:
            raise refuse(messages.empty)
        if info.st_size > max_bytes:
            raise refuse(messages.too_large, size=info.st_size)
        data = _read_at_most(descriptor, max_bytes + 1)  # never more, whatever the file became since fstat
    except OSError as problem:
        if isinstance(problem, error):  # a refusal above, in a caller's error type that is an OSError
            raise
        raise refuse(messages.unreadable, problem) from None
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:
        raise refuse(messages.grew if messages.grew is not None else messages.too_large, size=len(data))
    return data


# O_NONBLOCK: opening a FIFO for reading waits for a writer without it. O_BINARY: Windows' text mode off.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks = []
    left = limit
    while left > 0:
        chunk = os.read(descriptor, min(left, 1024 * 1024))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _not_regular() -> str:
    return translate("Core", "không phải tệp thông thường (một thiết bị, một ống dẫn FIFO…)")
