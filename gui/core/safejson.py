"""Reading JSON from outside: bounded in size, depth, count and numbers, no NaN/Infinity, no lone surrogates.

json.loads alone accepts all of these (NaN, 1e999, a number of 10,000 digits, "\\ud800"), and each later breaks
something far from the file it came from (Excel, SQLite's UTF-8, the totals). Here each is refused at the door
with a message (Vietnamese) naming where it is and the limit. The work is linear in the file's size.
"""

from __future__ import annotations

import json
import math
from typing import Any

from gui.core import limits


class UnsafeJson(ValueError):
    """JSON that is malformed or outside the limits; the message says where and which limit."""


class _Refused(Exception):
    """Raised from inside json.loads' hooks; carries the message out of the C parser."""


def _parse_int(text: str) -> int:
    digits = text.lstrip("-").lstrip("0")
    if len(digits) > limits.MAX_NUMBER_DIGITS:
        shown = text if len(text) <= 24 else f"{text[:12]}…({len(text)} chữ số)"
        raise _Refused(f"số {shown} quá lớn (tối đa {limits.MAX_NUMBER_DIGITS} chữ số)")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or abs(value) >= limits.MAX_NUMBER:
        shown = text if len(text) <= 24 else f"{text[:12]}…"
        raise _Refused(f"số {shown} quá lớn (tối đa {limits.MAX_NUMBER_DIGITS} chữ số)")
    return value


def _parse_constant(name: str) -> Any:
    raise _Refused(f"'{name}' không phải một số JSON hợp lệ (không chấp nhận NaN, Infinity)")


def load_json(data: bytes | str, *, max_bytes: int = limits.MAX_JSON_BYTES) -> Any:
    """The parsed value, or UnsafeJson saying why not."""
    if len(data) > max_bytes:
        raise UnsafeJson(f"tài liệu JSON quá lớn ({limits.megabytes(len(data))}; tối đa {limits.megabytes(max_bytes)})")
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise UnsafeJson(f"tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {error.start})") from None
    try:
        value = json.loads(data, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
    except _Refused as error:
        raise UnsafeJson(str(error)) from None
    except RecursionError:
        raise UnsafeJson(f"tài liệu JSON lồng nhau quá sâu (tối đa {limits.MAX_JSON_DEPTH} cấp)") from None
    except json.JSONDecodeError as error:
        raise UnsafeJson(f"không phải JSON hợp lệ: dòng {error.lineno}, cột {error.colno}: {error.msg}") from None
    check_structure(value)
    return value


def check_structure(value: Any) -> None:
    """Depth, number of values and lone surrogates, walked without recursion (a hostile value may be deep)."""
    stack: list[tuple[Any, int, tuple[str | int, ...]]] = [(value, 1, ())]
    count = 0
    while stack:
        item, depth, path = stack.pop()
        count += 1
        if count > limits.MAX_JSON_VALUES:
            raise UnsafeJson(f"tài liệu JSON có quá nhiều giá trị (tối đa {limits.thousands(limits.MAX_JSON_VALUES)})")
        if depth > limits.MAX_JSON_DEPTH:
            raise UnsafeJson(f"tài liệu JSON lồng nhau quá sâu (tối đa {limits.MAX_JSON_DEPTH} cấp)")
        if isinstance(item, str):
            _check_text(item, path)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_text(key, path)
                stack.append((child, depth + 1, (*path, key)))
        elif isinstance(item, list):
            stack.extend((child, depth + 1, (*path, index)) for index, child in enumerate(item))


def _check_text(text: str, path: tuple[str | int, ...]) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UnsafeJson(
            f"khóa '{where(path)}': văn bản chứa ký tự không hợp lệ (nửa cặp UTF-16 đơn lẻ, \\ud800–\\udfff)"
        ) from None


def where(path: tuple[str | int, ...]) -> str:
    """values.campaigns[2].name, the way the document format names a place."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(gốc)"
