"""Periods, provinces, numbers and text hygiene."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from gui.core.numbers import NumberFormatError, format_int, format_percent, parse_int
from gui.core.period import PeriodError, parse_period
from gui.core.text import normalize_text
from gui.core.units import agencies, parent_body_line, province_list_at


def test_province_lists_by_date() -> None:
    now = province_list_at(dt.date(2025, 12, 31))
    before = province_list_at(dt.date(2025, 6, 30))
    assert len(now.units) == 34 and len(before.units) == 63
    assert now.get("15").name == "Lào Cai" and before.get("10").name == "Lào Cai"
    assert parent_body_line(now.get("01")) == "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"
    assert parent_body_line(now.get("40")) == "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
    assert any(a.name == "Bộ Y tế" for a in agencies())


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2025", "year", "2025-01-01", "2025-12-31"),
        ("2025-H1", "half", "2025-01-01", "2025-06-30"),
        ("2021-2025", "review", "2021-01-01", "2025-12-31"),
    ],
)
def test_periods(text: str, kind: str, start: str, end: str) -> None:
    period = parse_period(text)
    assert (period.kind, period.start.isoformat(), period.end.isoformat(), period.id) == (kind, start, end, text)


@pytest.mark.parametrize("bad", ["25", "2025-Q3", "2025-2021", "1990", ""])
def test_bad_periods_are_explained(bad: str) -> None:
    with pytest.raises(PeriodError, match=r"Kỳ báo cáo|Năm"):
        parse_period(bad)


def test_numbers_vietnamese_way() -> None:
    assert format_int(1234567) == "1.234.567"
    assert format_percent(83.333) == "83,3"
    for typed in ("1.234.567", "1 234 567", "1,234,567", "1234567", "1\u00a0234\u00a0567", " 1.234.567 đồng"):
        assert parse_int(typed) == 1234567
    for bad in ("1.5", "12a", "1.23.4", "--3"):
        with pytest.raises(NumberFormatError):
            parse_int(bad)


def test_text_is_nfc_without_control_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "Báo cáo kết quả\r\nđợt 1\x07")
    cleaned = normalize_text(decomposed)
    assert cleaned == "Báo cáo kết quả\nđợt 1"
    assert unicodedata.is_normalized("NFC", cleaned)
