"""Text hygiene: every string enters the app composed (NFC), without control characters."""

from __future__ import annotations

import re
import unicodedata

# Control characters other than tab and newline; Word pastes also bring vertical tabs and form feeds.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")


def normalize_text(value: str) -> str:
    """NFC, Windows and old-Mac line ends made '\\n', control characters dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", value))


def normalize_line(value: str) -> str:
    """A one-line value: as normalize_text, with line breaks folded to spaces and the ends trimmed."""
    return " ".join(normalize_text(value).split("\n")).strip()


def fold(value: str) -> str:
    """A search key: NFC, case-folded, so 'đức' finds 'Đức'."""
    return unicodedata.normalize("NFC", value).casefold()


def shown_path(path: object) -> str:
    """A file name safe to print on one line: control characters, line breaks and bytes that are not UTF-8 (kept
    by Python as lone surrogates) written as escapes, so a name cannot forge an output line or crash a write."""
    out = []
    for ch in str(path):
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)
