"""Numbers the Vietnamese way: 1.234.567 for thousands, a comma for decimals; parsing what people type or paste."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation


class NumberFormatError(ValueError):
    """Text that is not a number in any form we accept."""


# Every kind of space Word, Excel and the web put between digit groups, and the tab/newline an Excel cell ends with.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007\u200b\ufeff]+")
_GROUPED = re.compile(r"^\d{1,3}([.,]\d{3})+$")
# "12.000 đ", "12.000đ", "12.000 VNĐ", "12.000 đồng", "12,000 VND", "₫12,000": the currency, either side.
_CURRENCY = re.compile(r"^(?:₫|vnđ|vnd)|(?:đồng|đ|₫|vnđ|vnd)$", re.IGNORECASE)
_MINUS = ("-", "−", "–", "‒")  # hyphen, minus sign, en dash, figure dash: all typed as "minus"
# Whole numbers longer than this are typing accidents; they also keep int() far from Python's digit limit.
MAX_DIGITS = 18


def format_int(value: int) -> str:
    """1234567 → '1.234.567'."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def format_percent(value: float, decimals: int = 1) -> str:
    """83.333 → '83,3'."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def format_number(value: float | int | Decimal, max_decimals: int = 4) -> str:
    """Any number the Vietnamese way, without useless zeros: 10000000 → '10.000.000', 0.5 → '0,5', 100.0 → '100'."""
    if isinstance(value, int) and not isinstance(value, bool):
        return format_int(value)
    number = Decimal(str(value))
    if number == number.to_integral_value():
        return format_int(int(number))
    text = format_percent(float(number), max_decimals)
    return text.rstrip("0").rstrip(",")


def _clean(text: str) -> str:
    """Compatibility forms folded (full-width digits, non-breaking spaces), spaces and the currency dropped."""
    value = unicodedata.normalize("NFKC", text)
    value = _SPACES.sub("", value)
    return _CURRENCY.sub("", value)


def parse_int(text: str) -> int:
    """Whole numbers as typed or pasted: '1.234.567', '1 234 567', '1,234,567' (Excel), '1234567', '12.000 đồng'.

    A separator is only accepted as thousands grouping (groups of three digits), so '1.5' is refused rather
    than read as 15. A decimal part of zeros, as Excel copies money ('1,234,567.00'), is accepted; negative
    numbers are written '-5', '−5' or '(5)' (accountants' brackets).
    """
    raw = text
    value = _clean(text)
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1]
    if value.startswith(_MINUS):
        negative, value = not negative, value[1:]
    elif value.startswith("+"):
        value = value[1:]
    if not value:
        raise NumberFormatError("trống")
    value = _drop_zero_decimals(value)
    if value.isdigit() and value.isascii():
        digits = value
    elif _GROUPED.match(value) and len(set(re.findall(r"[.,]", value))) == 1:
        digits = re.sub(r"[.,]", "", value)
    else:
        raise NumberFormatError(f"'{raw.strip()}' không phải là số nguyên")
    if len(digits.lstrip("0")) > MAX_DIGITS:
        raise NumberFormatError(f"'{raw.strip()}' quá lớn")
    number = int(digits)
    return -number if negative else number


def _drop_zero_decimals(value: str) -> str:
    """'1.234.567,00' → '1.234.567'; '1,234,567.0' → '1,234,567'; '1.000' stays (that is grouping)."""
    match = re.fullmatch(r"(.*\d)([.,])(0{1,2})", value)
    if match and match.group(2) not in match.group(1):
        return match.group(1)
    return value


def parse_decimal(text: str) -> Decimal:
    """Decimals written the Vietnamese way ('83,5') or the English way ('83.5'), grouping allowed ('1.234,5')."""
    value = _SPACES.sub("", unicodedata.normalize("NFKC", text)).removesuffix("%")
    negative = value.startswith(_MINUS)
    if negative:
        value = value[1:]
    if not value:
        raise NumberFormatError("trống")
    if not re.fullmatch(r"[0-9.,]+", value) or not re.search(r"\d", value):
        raise NumberFormatError(f"'{text.strip()}' không phải là số")
    if "," in value and "." in value:
        if value.rfind(",") > value.rfind("."):
            value = value.replace(".", "").replace(",", ".")
        else:
            value = value.replace(",", "")
    elif "," in value:
        value = value.replace(",", ".")
    elif _GROUPED.match(value):
        value = value.replace(".", "")
    if len(value.split(".")[0].lstrip("0")) > MAX_DIGITS:
        raise NumberFormatError(f"'{text.strip()}' quá lớn")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise NumberFormatError(f"'{text.strip()}' không phải là số") from None
    return -number if negative else number
