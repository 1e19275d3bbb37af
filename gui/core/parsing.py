"""What a person typed or pasted into a field, turned into the field's canonical value or refused with a reason.

`parse_input(spec, text)` is the one door: the form's widgets, a paste from Word or Excel and the command line
all come through it. It returns the canonical JSON value of `gui.core.values` (None when empty) or raises
InputError, whose message names the field and says what is allowed. Nothing is cut or guessed silently: an
over-long paste is refused with its length, '1.5' in a count is refused rather than read as 15.
Bounds (min/max) and cross-field rules are the validator's job, so a number out of range is kept for the user
to fix and shown with its message. How each kind reads text is its class's (gui/core/kinds).
"""

from __future__ import annotations

from typing import Any

from gui.core.kinds import kind_of
from gui.core.kinds.base import DEFAULT_MAX_LINE as DEFAULT_MAX_LINE
from gui.core.kinds.base import DEFAULT_MAX_TEXT as DEFAULT_MAX_TEXT
from gui.core.kinds.dates import parse_date as parse_date
from gui.core.problems import InputError as InputError
from gui.core.template import Column, Template, TemplateField


def parse_input(spec: TemplateField | Column, text: Any, *, template: Template | None = None) -> Any:
    """The canonical value for `text` typed or pasted into a field of kind `spec.kind`; None when empty.

    Raises InputError for anything else. `template` lets a choice be typed by its label ("Kế hoạch" → "plan").
    A docref takes "125/KH-UBND ngày 15/7/2020", or a (number, date) pair / {"number", "date"} mapping.
    """
    return kind_of(spec).read(spec, text, template)


def parse_rows(spec: TemplateField, text: str, *, template: Template | None = None) -> list[dict[str, Any]]:
    """Rows pasted from Excel or a Word table (cells split by tabs, rows by line ends) as the table's rows.

    Cells fill the columns left to right; a row with more cells than columns is refused, a fully empty row is
    skipped. A bad cell raises InputError naming the row (1-based in the message, 0-based in `row`) and column.
    """
    return kind_of(spec).parse_rows(spec, text, template)
