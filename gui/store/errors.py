"""The store's faults a person can act on: a database that cannot be used as it is, or one from a newer app."""

from __future__ import annotations

from gui.core.errors import UserError


class StoreError(UserError):
    """A database that cannot be used as it is; the message says why and what to do."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer version of the app."""
