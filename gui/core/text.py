"""Text hygiene: every string enters the app composed (NFC), without control characters."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Control characters other than tab and newline (Word pastes also bring vertical tabs and form feeds), and what XML
# cannot hold at all: lone surrogates and the non-characters U+FFFE, U+FFFF. One such character in one province's
# narrative would otherwise stop every .xlsx and .docx the Ministry writes ("All strings must be XML compatible").
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff\ud800-\udfff\ufffe\uffff]")


def normalize_text(value: str) -> str:
    """NFC, Windows and old-Mac line ends made '\\n', control characters and what XML cannot hold dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", value))


def normalize_tree(value: Any) -> Any:
    """Parsed JSON with every string in it, keys too, through normalize_text: a document or a reply from outside."""
    if isinstance(value, str):
        return normalize_text(value)
    if isinstance(value, list):
        return [normalize_tree(v) for v in value]
    if isinstance(value, dict):
        return {normalize_text(str(k)): normalize_tree(v) for k, v in value.items()}
    return value


def ascii_fold(text: str) -> str:
    """'Đắk Lắk' → 'Dak Lak': Vietnamese letters without their marks, for names that travel by email."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def file_name_part(text: str, fallback: str = "") -> str:
    """'Tỉnh Nghệ An' → 'Tinh-Nghe-An', '2021-2025' → '2021-2025': ASCII letters, digits and hyphens only, so a
    file named with it is valid on Windows and arrives intact by email; `fallback` when nothing is left."""
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_fold(text)).strip("-") or fallback


def normalize_line(value: str) -> str:
    """A one-line value: as normalize_text, with line breaks folded to spaces and the ends trimmed."""
    return " ".join(normalize_text(value).split("\n")).strip()


def fold(value: str) -> str:
    """A search key: NFC, case-folded, so 'đức' finds 'Đức'."""
    return unicodedata.normalize("NFC", value).casefold()


def fold_search(text: str) -> str:
    """'Số cán bộ' and 'so can bo' fold to the same key: NFD, marks dropped, đ → d, case-folded."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


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


# Vietnamese dictionary order: ă and â after a, đ after d, ê after e, ô and ơ after o, ư after u; tones come second
# (ngang, huyền, hỏi, ngã, sắc, nặng), so "Đắk Lắk" sorts under Đ after every D, and "Tây Ninh" before "Thanh Hóa".
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_MARKS = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}  # breve, circumflex, horn (on a, e, o, u)
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letter(base: str, mark: str) -> str:
    if mark == "\u0306":
        return "ă"
    if mark == "\u0302":
        return {"a": "â", "e": "ê", "o": "ô"}.get(base, base)
    if mark == "\u031b":
        return {"o": "ơ", "u": "ư"}.get(base, base)
    return base


def vietnamese_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """A key that sorts Vietnamese words as a dictionary does: letters first, then tones, then the text itself."""
    letters: list[int] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFC", text).casefold():
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        letter = base
        tone = 0
        for mark in marks:
            if mark in _LETTER_MARKS:
                letter = _letter(base, mark)
            tone = _TONES.get(mark, tone)
        rank = _ALPHABET.find(letter)
        # Spaces and punctuation before letters (so "An Giang" precedes "Anh"), other characters after.
        letters.append(rank + 1 if rank >= 0 else (0 if not letter.isalnum() else 100 + ord(letter)))
        tones.append(tone)
    return tuple(letters), tuple(tones), text
