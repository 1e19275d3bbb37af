"""Who acts: the name recorded with a person's decision (a certificate registered, a version accepted)."""

from __future__ import annotations

import getpass


def acting_person(by: str | None = None) -> str:
    """`by` when given, else the user logged in on this PC."""
    if by:
        return by
    try:
        return getpass.getuser()
    except Exception:  # no user name on this PC (a service account): said plainly
        return "?"
