"""Messages to the person: the switch that keeps them off the screen in tests and scripted runs.

BVNTD_QUIT_WHEN_SHOWN quits the app at a stage of its start (benchmarks, tests); BVNTD_NO_DIALOGS=1 sends the
messages that would wait for a click to stderr instead. Either makes the app `quiet()`.
"""

from __future__ import annotations

import os

APP_TITLE = "Báo cáo BVQLNTD"
# BVNTD_QUIT_WHEN_SHOWN=1 quits right after the main window is first shown; =listed when the list read with
# plain sqlite3 is in it; =loaded when the full store is attached; =started after the start-up backup too.
# The moment is written to stderr as "bvntd-reached <stage> <epoch seconds>" (benchmarks/bench_startup.py).
QUIT_WHEN_SHOWN_ENV = "BVNTD_QUIT_WHEN_SHOWN"
# BVNTD_NO_DIALOGS=1: messages that would wait for a click go to stderr instead (tests, scripted runs).
NO_DIALOGS_ENV = "BVNTD_NO_DIALOGS"


def quiet() -> bool:
    return bool(os.environ.get(QUIT_WHEN_SHOWN_ENV) or os.environ.get(NO_DIALOGS_ENV))
