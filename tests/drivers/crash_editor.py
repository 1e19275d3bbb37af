"""A scripted editing session in the real editor, run in its own process so a test can SIGKILL it mid-edit.

Usage: python -m tests.drivers.crash_editor DB REPORT_ID LOG SEED

Types without stopping — one key event per character, a human's 30–120 ms apart, never the pause that would
save — into a narrative, a table cell and a number field, a stint of 1–3 s in each, in turn. It logs (fsynced)
what each field holds as it goes, with the wall-clock time:
- the narrative and the cell: {"key", "token", "t"} once a token is fully typed (the cell is emptied first,
  once per session, so it never reaches its length limit);
- the number: {"key", "state", "t"}, the whole text after each digit.
Everything logged more than a second before the kill must be in the database afterwards.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from gui.store.reports import ReportStore
from gui.views.editor import ReportEditor
from gui.views.fields.table import TableField

WORDS = ["Đắk Lắk", "Quảng Ngãi", "người tiêu dùng", "khiếu nại", "ưu tiên", "thuở ấy", "Hưởng ứng"]
NARRATIVE = "direction_summary"
TABLE, ROW, COLUMN = "notable_cases", 0, "violation"
NUMBER = "cp_received"


class Session:
    def __init__(self, editor: ReportEditor, log_path: str, seed: int) -> None:
        self.editor = editor
        self.rng = random.Random(seed)
        self.seed = seed
        self.log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - kept open for the whole session on purpose
        self.counter = 0
        self.cell_emptied = False

    def write(self, record: dict[str, Any]) -> None:
        self.log.write(json.dumps({**record, "t": time.time()}, ensure_ascii=False) + "\n")
        self.log.flush()
        os.fsync(self.log.fileno())

    def key(self, widget: QWidget, ch: str) -> None:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
        QTest.qWait(self.rng.randint(30, 120))  # the event loop runs between keys, as in a person's typing

    def tokens(self, key: str, widget: QWidget, until: float) -> None:
        while time.time() < until:
            self.counter += 1
            token = f" [{self.seed}-{self.counter} {self.rng.choice(WORDS)}]"
            for ch in token:
                self.key(widget, ch)
            self.write({"key": key, "token": token.strip()})

    def narrative(self, until: float) -> None:
        self.editor.focus_field(NARRATIVE)
        widget = QApplication.focusWidget()
        QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        self.tokens(NARRATIVE, widget, until)

    def cell(self, until: float) -> None:
        self.editor.focus_field(TABLE, ROW, COLUMN)
        field = self.editor.rows[TABLE].editor
        assert isinstance(field, TableField)
        field.view.edit(field.view.currentIndex())
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        if not self.cell_emptied:
            QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(widget, Qt.Key.Key_Delete)
            self.cell_emptied = True
        QTest.keyClick(widget, Qt.Key.Key_End)
        self.tokens(TABLE, widget, until)

    def number(self, until: float) -> None:
        self.editor.focus_field(NUMBER)
        widget = QApplication.focusWidget()
        while time.time() < until:
            QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            text = ""
            for _ in range(self.rng.randint(3, 7)):
                digit = str(self.rng.randint(1 if not text else 0, 9))
                self.key(widget, digit)
                text += digit
                self.write({"key": NUMBER, "state": text})


def main() -> int:
    db, report_id, log_path, seed = sys.argv[1:5]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = ReportStore.open(Path(db))
    editor = ReportEditor(store, int(report_id))  # the app's own autosave timings
    editor.resize(1000, 700)
    editor.show()
    session = Session(editor, log_path, int(seed))
    stints = [session.narrative, session.cell, session.number]
    first = session.rng.randrange(len(stints))
    app.processEvents()
    print("READY", flush=True)
    turn = 0
    while True:
        stints[(first + turn) % len(stints)](time.time() + session.rng.uniform(1.0, 3.0))
        turn += 1


if __name__ == "__main__":
    sys.exit(main())
