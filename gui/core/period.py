"""Reporting periods: a year, a half-year or a multi-year review, each with an id such as 2025, 2025-H1, 2021-2025."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from gui.core.errors import UserError
from gui.core.i18n import translate

PeriodKind = Literal["year", "half", "review"]

PERIOD_KINDS: dict[str, tuple[str, str]] = {
    "year": ("Báo cáo năm", "Annual report"),
    "half": ("Báo cáo 6 tháng đầu năm", "Six-month report"),
    "review": ("Báo cáo sơ kết, tổng kết giai đoạn", "Multi-year review"),
}


class PeriodError(UserError, ValueError):
    """A period id that cannot be read."""


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    start: dt.date
    end: dt.date

    @property
    def id(self) -> str:
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "half":
            return f"{self.start.year}-H1"
        return f"{self.start.year}-{self.end.year}"

    @property
    def phrase(self) -> str:
        """How the period reads inside a sentence: 'năm 2025', '6 tháng đầu năm 2025', 'giai đoạn 2021-2025'."""
        if self.kind == "year":
            return f"năm {self.start.year}"
        if self.kind == "half":
            return f"6 tháng đầu năm {self.start.year}"
        return f"giai đoạn {self.start.year}-{self.end.year}"

    @property
    def phrase_en(self) -> str:
        if self.kind == "year":
            return f"for {self.start.year}"
        if self.kind == "half":
            return f"for the first half of {self.start.year}"
        return f"for {self.start.year}-{self.end.year}"


def parse_period(text: str) -> Period:
    """'2025' → the year; '2025-H1' → January to June; '2021-2025' → a review of those years."""
    value = text.strip()
    if re.fullmatch(r"\d{4}", value):
        year = _year(value)
        return Period("year", dt.date(year, 1, 1), dt.date(year, 12, 31))
    match = re.fullmatch(r"(\d{4})-[Hh]1", value)
    if match:
        year = _year(match.group(1))
        return Period("half", dt.date(year, 1, 1), dt.date(year, 6, 30))
    match = re.fullmatch(r"(\d{4})-(\d{4})", value)
    if match:
        first, last = _year(match.group(1)), _year(match.group(2))
        if last <= first:
            raise PeriodError(translate("Core", "Kỳ báo cáo '{text}': năm cuối phải sau năm đầu.").format(text=text))
        return Period("review", dt.date(first, 1, 1), dt.date(last, 12, 31))
    raise PeriodError(
        translate(
            "Core",
            "Kỳ báo cáo '{text}' không hợp lệ: dùng dạng 2025 (cả năm), 2025-H1 (6 tháng đầu năm) "
            "hoặc 2021-2025 (sơ kết, tổng kết giai đoạn).",
        ).format(text=text)
    )


def _year(text: str) -> int:
    year = int(text)
    if not 2019 <= year <= 2100:
        raise PeriodError(translate("Core", "Năm {year} nằm ngoài khoảng cho phép (2019–2100).").format(year=year))
    return year
