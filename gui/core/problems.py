"""What can be wrong with a field's input or value: InputError (typed text refused), ValueError_ (a stored value of
the wrong shape) and Problem (a value the validator finds at fault), with the context and wording they share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from gui.core.errors import UserError

Severity = Literal["error", "warning"]

EARLIEST_DATE = dt.date(1945, 1, 1)
FUTURE_MARGIN = dt.timedelta(days=366)


class InputError(UserError, ValueError):
    """Input that cannot become a value of its field; `message` (Vietnamese) names the field and what is allowed."""

    def __init__(
        self,
        message: str,
        message_en: str = "",
        *,
        key: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en or message
        self.key = key
        self.row = row
        self.column = column


class ValueError_(UserError, ValueError):
    """A value of the wrong shape for its field (kept apart from Python's ValueError in except clauses)."""


@dataclass(frozen=True)
class Problem:
    """One thing to fix. `key` is the field; `row`/`column` the table cell (0-based row) or None."""

    key: str
    row: int | None = None
    column: str | None = None
    severity: Severity = "error"
    message: str = ""
    message_en: str = ""
    code: str = ""  # what kind: required, type, range, length, date, docref, choice, rows, rule:<key>, legacy_encoding
    related: tuple[str, ...] = ()  # other fields a cross-field rule involves, to mark them too

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def is_missing(self) -> bool:
        """A required field not filled in yet (not a table's cell): the section tree's "Đã nhập" counts these, so
        they are not among what "Cần sửa" and the Kiểm tra panel's count of things to fix count."""
        return self.code == "required" and self.row is None

    @property
    def keys(self) -> tuple[str, ...]:
        """Every field this problem should mark."""
        return (self.key, *self.related)


@dataclass(frozen=True)
class ValidationContext:
    """What a single field's check needs beyond its value: the period, the report date and the other values."""

    period_start: dt.date | None = None
    period_end: dt.date | None = None
    report_date: dt.date | None = None
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def latest_plausible(self) -> dt.date:
        reference = self.report_date or self.period_end or dt.date.today()
        return reference + FUTURE_MARGIN


@dataclass(frozen=True)
class Where:
    """Who a message is about: a field, or a cell of a table ('Các vụ việc điển hình, dòng 2, cột “Hành vi”')."""

    key: str
    label: str
    label_en: str
    row: int | None = None
    column: str | None = None

    def problem(self, message: str, message_en: str, code: str, severity: Severity = "error") -> Problem:
        return Problem(
            key=self.key,
            row=self.row,
            column=self.column,
            severity=severity,
            message=f"{self.label}: {message}",
            message_en=f"{self.label_en}: {message_en}",
            code=code,
        )


def is_empty(value: Any) -> bool:
    """No value at all: None, '', blanks, [] or {} (a form's empty field, a JSON's absent one)."""
    return value is None or value == "" or value == [] or value == {} or (isinstance(value, str) and not value.strip())
