"""The former home of UserError, kept while work written against it lands; import gui.core.errors instead."""

from __future__ import annotations

from gui.core.errors import UserError

__all__ = ["UserError"]
