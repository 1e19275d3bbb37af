"""Signing errors: what a person can fix (wrong PIN, no token, expired certificate…), in Vietnamese."""

from __future__ import annotations

from gui.core.errors import UserError


class SigningError(UserError):
    """The file was not signed; the message says why and what to do. The input file is untouched."""
