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
from gui.core.i18n import translate


class UnsafeJson(ValueError):
    """JSON that is malformed or outside the limits; the message says where and which limit."""


class _Refused(Exception):
    """Raised from inside json.loads' hooks; carries the message out of the C parser."""


def _parse_int(text: str) -> int:
    digits = text.lstrip("-").lstrip("0")
    if len(digits) > limits.MAX_NUMBER_DIGITS:
        if len(text) > 24:
            text = text[:12] + translate("Core", "…({count} chữ số)").format(count=len(text))
        raise _Refused(_too_large(text))
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or abs(value) >= limits.MAX_NUMBER:
        raise _Refused(_too_large(text if len(text) <= 24 else f"{text[:12]}…"))
    return value


def _too_large(shown: str) -> str:
    return translate("Core", "số {number} quá lớn (tối đa {digits} chữ số)").format(
        number=shown, digits=limits.MAX_NUMBER_DIGITS
    )


def _parse_constant(name: str) -> Any:
    raise _Refused(
        translate("Core", "'{name}' không phải một số JSON hợp lệ (không chấp nhận NaN, Infinity)").format(name=name)
    )


def load_json(data: bytes | str, *, max_bytes: int = limits.MAX_JSON_BYTES) -> Any:
    """The parsed value, or UnsafeJson saying why not."""
    if len(data) > max_bytes:
        raise UnsafeJson(
            translate("Core", "tài liệu JSON quá lớn ({size}; tối đa {limit})").format(
                size=limits.megabytes(len(data)), limit=limits.megabytes(max_bytes)
            )
        )
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise UnsafeJson(
                translate("Core", "tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {position})").format(
                    position=error.start
                )
            ) from None
    try:
        value = json.loads(data, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
    except _Refused as error:
        raise UnsafeJson(str(error)) from None
    except RecursionError:
        raise UnsafeJson(_too_deep()) from None
    except json.JSONDecodeError as error:
        raise UnsafeJson(
            translate("Core", "không phải JSON hợp lệ: dòng {line}, cột {column}: {error}").format(
                line=error.lineno, column=error.colno, error=error.msg
            )
        ) from None
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
            raise UnsafeJson(
                translate("Core", "tài liệu JSON có quá nhiều giá trị (tối đa {limit})").format(
                    limit=limits.thousands(limits.MAX_JSON_VALUES)
                )
            )
        if depth > limits.MAX_JSON_DEPTH:
            raise UnsafeJson(_too_deep())
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
            translate(
                "Core", "khóa '{key}': văn bản chứa ký tự không hợp lệ (nửa cặp UTF-16 đơn lẻ, \\ud800–\\udfff)"
            ).format(key=where(path))
        ) from None


def _too_deep() -> str:
    return translate("Core", "tài liệu JSON lồng nhau quá sâu (tối đa {limit} cấp)").format(limit=limits.MAX_JSON_DEPTH)


def where(path: tuple[str | int, ...]) -> str:
    """values.campaigns[2].name, the way the document format names a place."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or translate("Core", "(gốc)")
