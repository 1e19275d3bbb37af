"""A field's own target, when it is a plain threshold ("≥ 90%", "> 80%"): whether a value misses it.

Targets that describe the whole country ("Cả nước ≥ 500 lớp") or a share of provinces are not one province's
threshold and are never judged here: only a target that starts with its comparison is."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable

_THRESHOLD = re.compile(r"^\s*(≥|>=|>|≤|<=|<)\s*(\d+(?:[.,]\d+)?)\s*%?\s*$")
_OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "≥": operator.ge,
    ">=": operator.ge,
    ">": operator.gt,
    "≤": operator.le,
    "<=": operator.le,
    "<": operator.lt,
}


def threshold(target: str) -> tuple[Callable[[float, float], bool], float] | None:
    """(comparison, number) of a plain threshold target, or None for any other target."""
    match = _THRESHOLD.match(target or "")
    if match is None:
        return None
    return _OPERATORS[match.group(1)], float(match.group(2).replace(",", "."))


def misses_target(target: str, value: object) -> bool:
    """True when `value` is a number that does not meet the plain threshold `target`; False otherwise (no value,
    a target that is not a threshold, or met)."""
    found = threshold(target)
    if found is None or isinstance(value, bool) or not isinstance(value, int | float):
        return False
    compare, number = found
    return not compare(float(value), number)
