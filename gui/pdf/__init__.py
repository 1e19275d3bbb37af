"""The official PDF: rendering a report document, the fonts, and the data a PDF carries (no Qt, no store).

reportlab imports uharfbuzz when it is installed (pyHanko's extras bring it), for text shaping the official
layout never asks for: hidden while reportlab's font module is first imported, it saves ~3 MB resident and
~7 ms per export, and the PDF bytes are the same with or without it.
"""

from gui.imports import hidden

with hidden("uharfbuzz"):
    import reportlab.pdfbase.ttfonts  # noqa: F401  (imported here so that uharfbuzz stays out)
