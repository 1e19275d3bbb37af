"""Numbers the Vietnamese way: 1.234.567 for thousands, a comma for decimals; parsing what people type or paste."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation


class NumberFormatError(ValueError):
    """Text that is not a number in any form we accept."""


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_GROUPED = re.compile(r"^\d{1,3}([.,]\d{3})+$")


def format_int(value: int) -> str:
    """1234567 → '1.234.567'."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def format_percent(value: float, decimals: int = 1) -> str:
    """83.333 → '83,3'."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def parse_int(text: str) -> int:
    """Whole numbers as typed or pasted: '1.234.567', '1 234 567', '1,234,567' (Excel), '1234567', '12.000 đồng'.

    A separator is only accepted as thousands grouping (groups of three digits), so '1.5' is refused rather
    than read as 15.
    """
    raw = text
    value = _SPACES.sub("", text).removesuffix("đồng").removesuffix("đ").removesuffix("₫").removesuffix("VNĐ")
    value = value.strip()
    negative = value.startswith(("-", "−"))
    if negative:
        value = value[1:]
    if not value:
        raise NumberFormatError("trống")
    if value.isdigit() and value.isascii():
        number = int(value)
    elif _GROUPED.match(value) and len(set(re.findall(r"[.,]", value))) == 1:
        number = int(re.sub(r"[.,]", "", value))
    else:
        raise NumberFormatError(f"'{raw.strip()}' không phải là số nguyên")
    return -number if negative else number


def parse_decimal(text: str) -> Decimal:
    """Decimals written the Vietnamese way ('83,5') or the English way ('83.5'), grouping allowed ('1.234,5')."""
    value = _SPACES.sub("", text).removesuffix("%")
    if not value:
        raise NumberFormatError("trống")
    if "," in value and "." in value:
        if value.rfind(",") > value.rfind("."):
            value = value.replace(".", "").replace(",", ".")
        else:
            value = value.replace(",", "")
    elif "," in value:
        value = value.replace(",", ".")
    elif _GROUPED.match(value):
        value = value.replace(".", "")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise NumberFormatError(f"'{text.strip()}' không phải là số") from None
    if not number.is_finite():
        raise NumberFormatError(f"'{text.strip()}' không phải là số")
    return number
