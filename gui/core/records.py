"""The base of the records read from outside (the template, the report document, the profile): msgspec Structs,
checked as they are converted from parsed JSON, and how a failed check reads.

msgspec rather than pydantic: the same declarative checks (types, lengths, patterns, literals, unknown keys
refused), at a few milliseconds of import instead of ~120 ms of import and model building, which a fresh
`bvntd pdf render` would otherwise spend before its first page (benchmarks/bench_first_export.py).
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

import msgspec

T = TypeVar("T")

_AT = re.compile(r"^(?P<message>.*?)(?: - at (?:`key` in )?`\$(?P<path>[^`]*)`)?$", re.DOTALL)
_PART = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_NAMED = re.compile(r"^Object (?:missing required|contains unknown) field `(?P<name>[^`]*)`$")


class Record(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A record read from outside: immutable, keyword construction, an unknown key is an error."""


def convert(data: Any, kind: type[T]) -> T:
    """`data` (parsed JSON) checked and converted to `kind`; raises msgspec.ValidationError.

    Not strict: a number written as a string ("2") is read as the number, as JSON readers of office files expect."""
    return msgspec.convert(data, kind, strict=False)


def error_location(error: msgspec.ValidationError) -> tuple[tuple[int | str, ...], str]:
    """Where the check failed, as keys and indexes ('sections', 0, 'kind'), and what it says.

    A missing or unknown key names the key itself, so the location ends with it."""
    match = _AT.match(str(error))
    assert match is not None  # the pattern matches every text
    message = match["message"].removeprefix("Value error, ")
    loc: list[int | str] = [
        int(index) if index else name for name, index in _PART.findall(match["path"] or "")
    ]
    named = _NAMED.match(message)
    if named:
        loc.append(named["name"])
    return tuple(loc), message


def dotted(loc: tuple[int | str, ...]) -> str:
    """('sections', 0, 'fields', 3, 'kind') -> 'sections[0].fields[3].kind'; the root is '(gốc)'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(gốc)"


def without_defaults(value: Any) -> Any:
    """A record as JSON values, leaving out every field equal to its default (as a person would write it)."""
    if isinstance(value, msgspec.Struct):
        data = {}
        for info in msgspec.structs.fields(value):
            item = getattr(value, info.name)
            if info.default is not msgspec.NODEFAULT and item == info.default:
                continue
            if info.default_factory is not msgspec.NODEFAULT and item == info.default_factory():
                continue
            data[info.encode_name] = without_defaults(item)
        return data
    if isinstance(value, list | tuple):
        return [without_defaults(item) for item in value]
    if isinstance(value, dict):
        return {key: without_defaults(item) for key, item in value.items()}
    return msgspec.to_builtins(value)
