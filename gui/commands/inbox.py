"""`bvntd inbox import | summary` (filled in by the inbox work)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    return None
