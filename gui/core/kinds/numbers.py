"""Numbers: whole counts (`integer`), amounts in đồng (`money`) and percentages (`percent`, typed or computed)."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from gui.core.i18n import QT_TRANSLATE_NOOP, bilingual
from gui.core.kinds.base import XLSX_INTEGER, XLSX_RATE, Kind
from gui.core.numbers import (
    MAX_DIGITS,
    NumberFormatError,
    format_int,
    format_number,
    format_percent,
    parse_decimal,
    parse_int,
)
from gui.core.problems import InputError, Problem, ValidationContext, ValueError_, Where

if TYPE_CHECKING:
    from gui.core.kinds.base import Spec
    from gui.core.template import Template


def is_number(value: Any) -> bool:
    """An int or a finite float, not a bool (JSON's true is no count)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def is_whole(value: Any) -> bool:
    return is_number(value) and (isinstance(value, int) or float(value).is_integer())


class _NumberKind(Kind):
    numeric = True
    align = "right"

    def format_value(self, spec: Spec, value: Any, template: Template | None) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return str(value)
        return self.format_number(value)

    def format_number(self, value: int | float) -> str:
        if isinstance(value, float) and not value.is_integer():
            return format_percent(value, 2)
        return format_int(int(value))


class IntegerKind(_NumberKind):
    """A whole count, never negative: typed 1.234.567 (or as Excel and Word paste it), shown grouped."""

    name = "integer"
    additive = True
    xlsx_format = XLSX_INTEGER
    what: ClassVar[str] = QT_TRANSLATE_NOOP("Kinds", "số nguyên")  # what typed text must be
    what_checked: ClassVar[str] = QT_TRANSLATE_NOOP("Kinds", "số nguyên")  # what a stored value must be…
    unit_checked: ClassVar[str] = ""  # …and its unit

    def parse_line(self, spec: Spec, text: str, template: Template | None) -> Any:
        what = bilingual("Kinds", self.what)
        label = (spec.label, spec.label_en or spec.label)
        try:
            number = parse_int(text)
        except NumberFormatError as error:
            if "quá lớn" in str(error):  # gui.core.numbers says so in its (internal) message
                raise InputError(
                    *bilingual("Kinds", "{label}: “{text}” quá lớn (tối đa {digits} chữ số).").format(
                        label=label, text=text, digits=MAX_DIGITS
                    ),
                    key=spec.key,
                ) from None
            raise InputError(
                *bilingual(
                    "Kinds",
                    "{label}: “{text}” không phải {what}. Nhập chữ số, có thể nhóm hàng nghìn bằng dấu chấm "
                    "(ví dụ 1.234.567).",
                ).format(label=label, text=text, what=(what.vi, what.en)),
                key=spec.key,
            ) from None
        if number < 0:
            raise InputError(
                *bilingual("Kinds", "{label}: không được là số âm (đã nhập {number}).").format(
                    label=label, number=(format_int(number), f"{number:,}")
                ),
                key=spec.key,
            )
        return number

    def edit_text(self, spec: Spec, value: Any) -> str:
        # Editing "1.234" into "12.345" must not leave a half-grouped "1.2345", so the digits go bare.
        return str(value)

    def coerce(self, spec: Spec, raw: Any) -> Any:
        if isinstance(raw, bool) or not isinstance(raw, int):
            if isinstance(raw, float) and raw.is_integer():
                return int(raw)
            raise ValueError_(f"{spec.label}: cần một số nguyên")
        return raw

    def check(
        self, template: Template, spec: Spec, value: Any, context: ValidationContext, where: Where
    ) -> list[Problem]:
        low = 0 if spec.min is None else spec.min  # counts and amounts are ≥ 0 where the template says nothing
        high = spec.max
        if is_whole(value) and low <= value and (high is None or value <= high):
            return []
        what = bilingual("Kinds", self.what_checked)
        unit = bilingual("Kinds", self.unit_checked) if self.unit_checked else None
        fields: dict[str, object] = {
            "what": (what.vi, what.en),
            "unit": (unit.vi, unit.en) if unit is not None else "",
            "low": (format_number(low), f"{low:,.0f}"),
        }
        if high is None:
            allowed = bilingual("Kinds", "phải là {what} không nhỏ hơn {low}{unit}.").format(**fields)
        else:
            fields["high"] = (format_number(high), f"{high:,.0f}")
            allowed = bilingual("Kinds", "phải là {what} từ {low} đến {high}{unit}.").format(**fields)
        return [where.problem(*allowed, "range" if is_whole(value) else "type")]


class MoneyKind(IntegerKind):
    """An amount in đồng: a whole number with its unit."""

    name = "money"
    what = QT_TRANSLATE_NOOP("Kinds", "số tiền (đồng)")
    what_checked = QT_TRANSLATE_NOOP("Kinds", "số tiền")
    unit_checked = QT_TRANSLATE_NOOP("Kinds", " đồng")
    unit = ("đồng", "VND")


class PercentKind(_NumberKind):
    """A percentage, 83,5: typed, or computed from two numbers (never typed then)."""

    name = "percent"
    computable = True
    xlsx_format = XLSX_RATE

    def parse_line(self, spec: Spec, text: str, template: Template | None) -> Any:
        label = (spec.label, spec.label_en or spec.label)
        try:
            number = parse_decimal(text)
        except NumberFormatError:
            raise InputError(
                *bilingual(
                    "Kinds", "{label}: “{text}” không phải một số; phần thập phân viết sau dấu phẩy (ví dụ 83,5)."
                ).format(label=label, text=text),
                key=spec.key,
            ) from None
        value = float(number)
        if number != Decimal(0) and (value == 0.0 or value in (float("inf"), float("-inf"))):
            raise InputError(
                *bilingual("Kinds", "{label}: “{text}” nằm ngoài khoảng số dùng được.").format(label=label, text=text),
                key=spec.key,
            )
        return value

    def coerce(self, spec: Spec, raw: Any) -> Any:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise ValueError_(f"{spec.label}: cần một số")
        return float(raw)

    def check(
        self, template: Template, spec: Spec, value: Any, context: ValidationContext, where: Where
    ) -> list[Problem]:
        if not is_number(value):
            return [where.problem(*bilingual("Kinds", "phải là một số.").format(), "type")]
        low, high = spec.min, spec.max
        if (low is not None and value < low) or (high is not None and value > high):
            if low is not None and high is not None:
                return [
                    where.problem(
                        *bilingual("Kinds", "phải từ {low} đến {high}.").format(
                            low=(format_number(low), f"{low:g}"), high=(format_number(high), f"{high:g}")
                        ),
                        "range",
                    )
                ]
            if low is not None:
                return [
                    where.problem(
                        *bilingual("Kinds", "phải không nhỏ hơn {low}.").format(low=(format_number(low), f"{low:g}")),
                        "range",
                    )
                ]
            assert high is not None
            return [
                where.problem(
                    *bilingual("Kinds", "phải không lớn hơn {high}.").format(high=(format_number(high), f"{high:g}")),
                    "range",
                )
            ]
        return []

    def format_number(self, value: int | float) -> str:
        return format_percent(float(value))
