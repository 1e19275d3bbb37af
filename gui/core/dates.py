"""Dates as Vietnamese documents write them: 05/03/2025, and with the time 05/03/2025 14:30."""

from __future__ import annotations

import datetime as dt


def vn_date(day: dt.date) -> str:
    """dd/mm/yyyy, the year always four digits."""
    return f"{day:%d/%m}/{day.year:04d}"


def vn_date_time(moment: dt.datetime) -> str:
    """dd/mm/yyyy HH:MM, in the moment's own time zone."""
    return f"{vn_date(moment)} {moment:%H:%M}"


VIETNAM = dt.timezone(dt.timedelta(hours=7))


def parse_stored_time(text: str) -> dt.datetime | None:
    """An ISO 8601 time as the store and the documents keep it, made aware (a time without a zone is UTC, as the app
    writes them); None when the text is not one."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def vietnam_time(text: str, *, time_first: bool = False) -> str:
    """A stored ISO time as a person in Vietnam reads it: '07/12/2026 09:57' ('09:57 07/12/2026' with time_first);
    text that is not a time is shown as it is."""
    moment = parse_stored_time(text)
    if moment is None:
        return text
    local = moment.astimezone(VIETNAM)
    return f"{local:%H:%M} {vn_date(local)}" if time_first else vn_date_time(local)
