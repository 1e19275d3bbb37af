"""Text typed in a legacy Vietnamese 8-bit font (TCVN3/ABC, VNI-Windows): detected, and converted to Unicode.

Old Word files set in .VnTime or VNI-Times reach the clipboard as Latin-1 look-alikes ("B¸o c¸o", "Baùo caùo"):
nothing is lost, but nothing reads right. No maintained PyPI library converts them, so the tables of both
encodings live in resources/data/legacy_vietnamese.json and the rules here stay small.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from gui.core.i18n import bilingual
from gui.resources import resource_path

LegacyEncoding = Literal["tcvn3", "vni"]

ENCODING_NAMES: dict[str, str] = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows"}

# Letters only Unicode Vietnamese has: where they appear, the text (or that word) is already Unicode.
_UNICODE_ONLY = re.compile(r"[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_TOKEN = re.compile(r"[^\s!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~\u201c\u201d\u2018\u2019\u2013\u2014]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")

# VNI: a vowel followed by a mark that no Unicode Vietnamese word has in that place. Pairs Unicode also
# writes ("oà" in "hoàng", "oé" in "khoé") are converted but never taken as evidence.
_VNI_PAIRS = r"[aeouyAEOUYôöÔÖ][ùøûõïÙØÛÕÏ]|[aeoAEO][âÂ]|[aA][êÊ]|[aeAE][áàåãäÁÀÅÃÄ]|[oO][åäÅÄ]|[aA][éèúüëÉÈÚÜË]"
_VNI_EVIDENCE = re.compile(_VNI_PAIRS + r"|^[ñÑ][a-zA-Z]")
# The same anywhere in a text: no match in the whole text, no word of it is VNI evidence (one pass, not per word).
_VNI_ANYWHERE = re.compile(_VNI_PAIRS + r"|[ñÑ][a-zA-Z]")


@dataclass(frozen=True)
class LegacyGuess:
    """What the text seems to be, how sure we are, and the text converted to Unicode."""

    encoding: LegacyEncoding
    words: int  # words that only make sense in that encoding
    converted: str

    @property
    def name(self) -> str:
        return ENCODING_NAMES[self.encoding]


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    data = json.loads(resource_path("data", "legacy_vietnamese.json").read_text(encoding="utf-8"))
    tcvn3: dict[str, str] = data["tcvn3"]
    vni: dict[str, str] = dict(data["vni"])
    # The mark's case follows the letter's in VNI fonts, but people retype capitals: accept "Aù" as "Á".
    for seq, letter in list(vni.items()):
        if len(seq) == 2:
            vni.setdefault(seq[0] + seq[1].swapcase(), letter)
    return tcvn3, vni


@cache
def _tcvn3_strong() -> frozenset[str]:
    """TCVN3 codes that are not themselves letters of Unicode Vietnamese (¸ for á, ® for đ, ¬ for ộ...)."""
    tcvn3, _ = _tables()
    vietnamese = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
    return frozenset(c for c in tcvn3 if c not in vietnamese)


@cache
def _vni_pattern() -> re.Pattern[str]:
    _, vni = _tables()
    return re.compile("|".join(re.escape(s) for s in sorted(vni, key=len, reverse=True)))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _is_tcvn3_word(token: str) -> bool:
    strong = _tcvn3_strong()
    return (
        bool(_ASCII_LETTER.search(token))
        and any(c in strong for c in token)
        and not _UNICODE_ONLY.search(token)
        and not _DIGIT.search(token)  # "5µm", "20µg": a unit, not a word
    )


def _is_vni_word(token: str) -> bool:
    return bool(_VNI_EVIDENCE.search(token)) and not _UNICODE_ONLY.search(token) and not _DIGIT.search(token)


def detect_legacy(text: str) -> LegacyGuess | None:
    """The legacy encoding the text seems typed in, or None when it reads as Unicode (or plain ASCII).

    A word counts as evidence when it holds a sequence no Unicode Vietnamese word has (TCVN3 "¸", "®",
    "¬" among letters; VNI a vowel followed by "ù", "û", "ï"...). The text is taken as legacy when such words
    outnumber the words with letters only Unicode has (ă, đ, ơ, ư, ạ...), so a Unicode report quoting one odd
    word is left alone.
    """
    if text.isascii():
        return None
    if _tcvn3_strong().isdisjoint(text) and not _VNI_ANYWHERE.search(text):
        return None  # no word can be evidence of either encoding (what most Unicode text is: checked in one pass)
    tokens = _tokens(text)
    tcvn3_words = sum(_is_tcvn3_word(t) for t in tokens)
    vni_words = sum(_is_vni_word(t) for t in tokens)
    unicode_words = sum(bool(_UNICODE_ONLY.search(t)) for t in tokens)
    best: LegacyEncoding = "vni" if vni_words > tcvn3_words else "tcvn3"
    words = max(tcvn3_words, vni_words)
    if words == 0 or words <= unicode_words:
        return None
    return LegacyGuess(best, words, to_unicode(text, best))


def to_unicode(text: str, encoding: LegacyEncoding) -> str:
    """The text read as TCVN3 or VNI and written in Unicode NFC; words already in Unicode are kept."""
    if encoding == "tcvn3":
        convert = _tcvn3_word
    elif encoding == "vni":
        convert = _vni_word
    else:  # pragma: no cover - guarded by the type
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    out = _TOKEN.sub(lambda m: m.group(0) if _UNICODE_ONLY.search(m.group(0)) else convert(m.group(0)), text)
    return unicodedata.normalize("NFC", out)


def _tcvn3_word(token: str) -> str:
    tcvn3, _ = _tables()
    converted = "".join(tcvn3.get(c, c) for c in token)
    return _capitalised_like(token, converted)


def _vni_word(token: str) -> str:
    _, vni = _tables()
    return _vni_pattern().sub(lambda m: vni[m.group(0)], token)


def _capitalised_like(original: str, converted: str) -> str:
    """Capital fonts (.VnTimeH) reuse the lower-case codes: "B¸O C¸O" is "BÁO CÁO", so follow the ASCII letters."""
    letters = _ASCII_LETTER.findall(original)
    if len(letters) >= 2 and all(c.isupper() for c in letters) and converted != original:
        return converted.upper()
    return converted


def legacy_message(label: str, guess: LegacyGuess) -> tuple[str, str]:
    """The warning shown under a field, in Vietnamese and English."""
    return bilingual(
        "Validation",
        "{label}: văn bản có vẻ được gõ bằng bảng mã cũ {encoding}, sẽ hiển thị sai trên máy khác và trong "
        "tệp PDF. Chọn “Chuyển sang Unicode” để sửa.",
    ).format(label=label, encoding=guess.name)
