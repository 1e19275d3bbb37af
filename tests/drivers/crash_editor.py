"""A scripted editing session in the real editor, run in its own process so a test can SIGKILL it mid-edit.

Usage: python -m tests.drivers.crash_editor DB REPORT_ID LOG SEED DELAY_MS
Types Vietnamese tokens at the end of narrative fields through key events, one field after another, and after
each token is fully typed appends {"key", "token", "t"} to LOG (fsynced), t being the wall-clock time. Every
token logged more than the autosave delay before the kill must be in the database afterwards.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.store.reports import ReportStore
from gui.views.editor import ReportEditor

WORDS = ["Đắk Lắk", "Quảng Ngãi", "người tiêu dùng", "khiếu nại", "ưu tiên", "thuở ấy", "Hưởng ứng"]


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def main() -> int:
    db, report_id, log_path, seed, delay_ms = sys.argv[1:6]
    rng = random.Random(int(seed))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = ReportStore.open(Path(db))
    editor = ReportEditor(store, int(report_id), delay_ms=int(delay_ms))
    editor.resize(1000, 700)
    editor.show()
    keys = [f.key for f in editor.template.iter_fields() if f.kind == "text"]
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - kept open for the whole session on purpose
    print("READY", flush=True)
    counter = 0
    while True:
        key = rng.choice(keys)
        editor.focus_field(key)
        app.processEvents()
        widget = QApplication.focusWidget()
        QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        for _ in range(rng.randint(1, 3)):
            counter += 1
            token = f" [{seed}-{counter} {rng.choice(WORDS)}]"
            type_text(widget, token)
            log.write(json.dumps({"key": key, "token": token.strip(), "t": time.time()}, ensure_ascii=False) + "\n")
            log.flush()
            os.fsync(log.fileno())
            QTest.qWait(rng.randint(0, 400))


if __name__ == "__main__":
    sys.exit(main())
