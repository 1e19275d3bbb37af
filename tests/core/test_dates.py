"""Stored times shown as a person in Vietnam reads them, once for the receipt, the letters, the import's messages and
the signing notes (gui.core.dates)."""

from __future__ import annotations

import datetime as dt

from gui.core.dates import VIETNAM, parse_stored_time, vietnam_time, vn_date, vn_date_time


def test_a_utc_time_is_shown_in_vietnam_time() -> None:
    assert vietnam_time("2026-12-07T02:57:00+00:00") == "07/12/2026 09:57"
    assert vietnam_time("2026-12-07T02:57:00+00:00", time_first=True) == "09:57 07/12/2026"


def test_a_time_without_zone_is_the_apps_utc() -> None:
    assert vietnam_time("2026-12-06T20:30:00") == "07/12/2026 03:30"
    assert parse_stored_time("2026-12-06T20:30:00") == dt.datetime(2026, 12, 6, 20, 30, tzinfo=dt.UTC)


def test_another_zone_is_converted_not_relabelled() -> None:
    assert vietnam_time("2026-12-07T09:57:00+07:00") == "07/12/2026 09:57"
    assert vietnam_time("2026-12-07T04:57:00+02:00") == "07/12/2026 09:57"


def test_text_that_is_not_a_time_is_shown_as_it_is() -> None:
    assert vietnam_time("hôm qua") == "hôm qua"
    assert vietnam_time("") == ""
    assert parse_stored_time("31/12/2025") is None


def test_four_digit_years_and_the_zone() -> None:
    assert vn_date(dt.date(987, 1, 2)) == "02/01/0987"
    assert vn_date_time(dt.datetime(2025, 3, 5, 14, 30, tzinfo=VIETNAM)) == "05/03/2025 14:30"
    assert VIETNAM.utcoffset(None) == dt.timedelta(hours=7)
