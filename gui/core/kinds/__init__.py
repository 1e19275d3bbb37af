"""One class per field kind (gui/core/kinds/base.py says what a kind owns); `kind_of(spec)` finds a field's.

Importing this package registers every kind: a new one is a class with its `name` in one of these modules (or a
new module imported here) and a widget in gui/views/fields.
"""

from __future__ import annotations

# In this order a template that names an unknown kind is told the known ones.
# isort: off
from gui.core.kinds import text, numbers, yesno, dates, choice, table
# isort: on
from gui.core.kinds.base import KINDS, Kind, coerce_value, kind_of

__all__ = ["KINDS", "Kind", "choice", "coerce_value", "dates", "kind_of", "numbers", "table", "text", "yesno"]
