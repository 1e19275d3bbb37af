"""Reading a small file from outside the app (a key, a certificate, a received report) with a size limit, and a
message naming what went wrong: missing, a folder, not a regular file, empty, unreadable, too large.

    data = read_outside_file(path, MAX_BYTES, ReadMessages(missing=..., unreadable=..., too_large=...), SigningError)

Each caller words its own messages (they name what the file should have been); a message may use {path}, {error}
(the system's reason), {size} and {limit} (in MB). A message left None is not checked for: a folder then fails as
unreadable, an empty file reaches the caller's parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gui.core import limits
from gui.core.errors import UserError


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
    """The file's bytes (at most max_bytes), or `error` with the message that says why not."""

    def refuse(text: str, os_error: OSError | None = None, size: int | None = None) -> Exception:
        reason = (os_error.strerror or os_error) if os_error is not None else ""
        shown = limits.megabytes(size) if size is not None else ""
        return error(text.format(path=path, error=reason, size=shown, limit=limits.megabytes(max_bytes)))

    try:
        info = path.stat()
    except FileNotFoundError:
        raise refuse(messages.missing) from None
    except OSError as problem:
        raise refuse(messages.unreadable, problem) from None
    if messages.folder is not None and path.is_dir():
        raise refuse(messages.folder)
    if messages.not_regular is not None and not path.is_file():
        raise refuse(messages.not_regular)
    if messages.empty is not None and info.st_size == 0:
        raise refuse(messages.empty)
    if info.st_size > max_bytes:
        raise refuse(messages.too_large, size=info.st_size)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # never more, whatever the file became since stat
    except FileNotFoundError:
        raise refuse(messages.missing) from None
    except IsADirectoryError as problem:
        raise refuse(messages.folder if messages.folder is not None else messages.unreadable, problem) from None
    except OSError as problem:
        raise refuse(messages.unreadable, problem) from None
    if len(data) > max_bytes:
        raise refuse(messages.grew if messages.grew is not None else messages.too_large, size=len(data))
    return data
