"""How a demo report is told apart: its uid ends in a fixed tail (a light module: the list imports it at start-up)."""

from __future__ import annotations

import uuid

DEMO_UID_TAIL = "00000000de30"  # each demo keeps a unique uid; the list marks it "mẫu"


def demo_uid() -> str:
    return f"{str(uuid.uuid4())[:-12]}{DEMO_UID_TAIL}"


def is_demo_uid(uid: str) -> bool:
    return uid.endswith(DEMO_UID_TAIL)
