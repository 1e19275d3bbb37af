"""Every limit on data that comes from outside, stated once (field lengths and table rows are the template's).

The inbox, `report import-json`, `pdf render|extract`, the window's "open from file" and template files all read
through gui.core.safejson and gui.pdf.embedded, which enforce these; each refusal message names the limit.
The largest report the template allows (every narrative at its max_length, every table at max_rows) stays well
inside all of them: its JSON is about 3 MB, its PDF a few hundred pages.
"""

from __future__ import annotations

from gui.core.numbers import MAX_DIGITS

# Files: a report PDF is tens to hundreds of KB; a scan sent by mistake may be a few MB.
MAX_FILE_BYTES = 30 * 1024 * 1024
# A report's JSON document (alone or embedded in a PDF).
MAX_JSON_BYTES = 10 * 1024 * 1024
# A report nests 5 levels (document → values → table → row → cell); anything deeper is not a report.
MAX_JSON_DEPTH = 24
# Values (strings, numbers, lists, …) in one document: the largest report has about 25,000.
MAX_JSON_VALUES = 200_000
# Whole numbers: more digits than this is a typing accident (and beyond what Excel holds exactly).
MAX_NUMBER_DIGITS = MAX_DIGITS
MAX_NUMBER = 10**MAX_NUMBER_DIGITS
# A PDF of the largest report has about 400 pages and 10,000 objects.
MAX_PDF_PAGES = 2_000
MAX_PDF_OBJECTS = 200_000
# Parsing one received PDF: more than this is refused as suspicious rather than waited on.
PARSE_SECONDS = 2.0
PARSE_MEMORY_BYTES = 1024 * 1024 * 1024
# Checking its signatures (pyHanko: parsing, difference analysis of each revision, chain validation), in the same
# worker under the same memory limit: a report signed twice takes about 0.05 s; a slow PC, ten times that.
VERIFY_SECONDS = 5.0
# Template files (ours, or one given with `bvntd template --file`).
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024


def megabytes(size: int) -> str:
    """1.5 MB the Vietnamese way: '1,5 MB'."""
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")
