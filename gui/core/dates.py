"""Dates as Vietnamese documents write them: 05/03/2025, and with the time 05/03/2025 14:30."""

from __future__ import annotations

import datetime as dt


def vn_date(day: dt.date) -> str:
    """dd/mm/yyyy, the year always four digits."""
    return f"{day:%d/%m}/{day.year:04d}"


def vn_date_time(moment: dt.datetime) -> str:
    """dd/mm/yyyy HH:MM, in the moment's own time zone."""
    return f"{vn_date(moment)} {moment:%H:%M}"
