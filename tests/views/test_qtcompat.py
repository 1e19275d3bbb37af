"""The binding's reference leaks on True, False and None are neutralised: long sessions do not abort."""

from __future__ import annotations

import subprocess
import sys


def test_many_emits_and_void_calls_do_not_abort_the_process() -> None:
    code = (
        "import gui.views\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class P(QObject):\n"
        "    s = Signal(bool)\n"
        "p = P()\n"
        "for i in range(60000):\n"
        "    p.s.emit(True)\n"
        "    p.setObjectName('x')\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
