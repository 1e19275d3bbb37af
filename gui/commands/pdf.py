"""`bvntd pdf export | render | extract` (filled in by the PDF work)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    return None
