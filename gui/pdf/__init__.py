"""The official PDF: rendering a report document, the fonts, and the data a PDF carries (no Qt, no store).

reportlab imports uharfbuzz when it is installed (pyHanko's extras bring it), for text shaping the official
layout never asks for: hidden while reportlab's font module is first imported, it saves ~3 MB resident and
~7 ms per export, and the PDF bytes are the same with or without it.

reportlab's platypus compiles, as it is imported, two patterns with character ranges up to the end of the Basic
Multilingual Plane: a case-insensitive URL pattern (~10–20 ms, a tenth of a fresh `bvntd pdf render`), used only
to break long URLs when hyphenating, and one that wraps Chinese, Japanese and Korean text (~2–4 ms); the official
layout does neither. Such patterns are compiled when first used, if ever.
"""

from gui.imports import compiled_when_used, hidden

with hidden("uharfbuzz"):
    import reportlab.pdfbase.ttfonts  # imported here so that uharfbuzz stays out

with compiled_when_used(lambda pattern, flags: "\uffff" in pattern):
    import reportlab.platypus  # noqa: F401  (imported here so that those patterns wait until used)
