"""The official PDF: rendering a report document, the fonts, and the data a PDF carries (no Qt, no store).

reportlab imports uharfbuzz when it is installed (pyHanko's extras bring it), for text shaping the official
layout never asks for: hidden while reportlab's font module is first imported, it saves ~3 MB resident and
~7 ms per export, and the PDF bytes are the same with or without it.

reportlab's paragraph module compiles, as it is imported, a case-insensitive URL pattern spanning the whole Basic
Multilingual Plane (~10–20 ms, a tenth of a fresh `bvntd pdf render`), used only to break long URLs when
hyphenating, which the official layout never does: it is compiled when first used, if ever.
"""

import re

from gui.imports import compiled_when_used, hidden

with hidden("uharfbuzz"):
    import reportlab.pdfbase.ttfonts  # imported here so that uharfbuzz stays out

with compiled_when_used(lambda pattern, flags: bool(flags & re.IGNORECASE) and "\uffff" in pattern):
    import reportlab.platypus  # noqa: F401  (imported here so that its URL pattern waits until used)
