"""Small text helpers for the views: search folding (no case, no diacritics) and date/time display."""

from __future__ import annotations

import datetime as dt
import re

from gui.core.dates import vietnam_time, vn_date
from gui.core.text import fold_search

__all__ = ["fold_search", "format_vn_date", "local_datetime", "parse_vn_date"]


def local_datetime(iso: str | None) -> str:
    """A stored UTC timestamp as a person in Vietnam reads it, dd/mm/yyyy HH:MM: Vietnam time whatever the PC's
    time zone (a new Windows often says Pacific Time), the same time the PDFs, receipts and signature lines print."""
    return vietnam_time(iso) if iso else ""


_DATE_PATTERNS = (
    re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$"),  # 15/3/2025, 15.03.2025, 15-03-2025
)


def parse_vn_date(text: str) -> dt.date | None:
    """'15/03/2025' (also 15/3/2025, 15.03.2025 or 2025-03-15) → a date; '' → None; anything else → ValueError."""
    value = text.strip()
    if not value:
        return None
    match = _DATE_PATTERNS[0].match(value)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    if re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return dt.date.fromisoformat(value)
    raise ValueError(value)


def format_vn_date(value: str | dt.date | None) -> str:
    if not value:
        return ""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return vn_date(day)
