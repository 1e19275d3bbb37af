"""What the app accepts as an e-mail address, checked where an address is typed or read and again where it is used.

Deliberately plain: one @, a dot in the domain, no spaces, angle brackets or line breaks, what a mail program
accepts. Refused too: an RFC 2047 encoded word ("=?utf-8?q?Bcc=3A_…?=@…"), which a mail program may decode into a
header of its own, and anything with a CR or LF (an address stored before this check), which would forge one.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+")


def is_address(text: str) -> bool:
    """One well-formed address, nothing around it."""
    return EMAIL.fullmatch(text) is not None and "=?" not in text and "?=" not in text


def bad_addresses(field: str) -> list[str]:
    """The parts of a header field (addresses separated by ',' or ';') that are not addresses; a line break
    anywhere makes the whole field bad."""
    if "\r" in field or "\n" in field:
        return [field]
    parts = [p.strip() for p in re.split(r"[;,]", field) if p.strip()]
    return [p for p in parts if not is_address(p)]
