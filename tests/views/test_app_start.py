"""Starting the app: the quick command-line path, the database path, faults met with ways out, the error hook."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gui.store.reports import ReportStore
from tests.views.conftest import new_report


def test_the_window_path_parses_without_the_command_modules() -> None:
    from gui import cli

    args = cli.parse_gui_args(["--db", "x.sqlite3", "--lang", "en"])
    assert args is not None and args.db == Path("x.sqlite3") and args.lang == "en" and args.command is None
    assert cli.parse_gui_args([]) is not None
    for other in (["report", "list"], ["--db", "x", "demo"], ["-h"], ["--lang", "xx"], ["stray"]):
        assert cli.parse_gui_args(other) is None, other
    choices = next(a for a in cli.build_parser()._actions if a.dest == "command").choices
    assert set(choices) == cli.COMMAND_WORDS


# Run in a child process that stops once the window is shown (BVNTD_QUIT_WHEN_SHOWN=1): what had been built by then.
_WHAT_THE_FIRST_SHOW_NEEDED = """
import json, sys
from gui.cli import main
status = main(["--db", sys.argv[1]])
import PySide6.QtCore as core
print(json.dumps({"status": status, "qt_namespace": "Qt" in core.__dict__,
                  "modules": sorted(m for m in sys.modules if m.split(".")[0] in ("sqlite_utils", "msgspec", "sqlite3")
                                    or m in ("logging.handlers", "gui.store.reports", "gui.core.template"))}))
"""


def test_the_first_show_needs_neither_the_store_nor_the_qt_namespace(db_path: Path) -> None:
    """Start-up (issue 2, ≤ 1.5× a bare window; benchmarks/bench_startup.py): the window is shown before the store,
    the template and sqlite3 are imported, and before PySide builds its `Qt` namespace (~45 ms of enums)."""
    result = subprocess.run(
        [sys.executable, "-c", _WHAT_THE_FIRST_SHOW_NEEDED, str(db_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "BVNTD_QUIT_WHEN_SHOWN": "1"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "bvntd-reached shown " in result.stderr
    built = json.loads(result.stdout.strip().splitlines()[-1])
    assert built == {"status": 0, "qt_namespace": False, "modules": []}


def test_the_quick_default_database_path_is_the_stores() -> None:
    from gui.store.location import default_db_path
    from gui.views.app import default_db_path as quick

    assert quick() == default_db_path()


def test_the_language_comes_from_the_flag_then_the_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from gui.views.app import choose_language
    from gui.views.preferences import save_language

    monkeypatch.setenv("BVNTD_SETTINGS", str(tmp_path / "s.ini"))
    monkeypatch.delenv("BVNTD_LANG", raising=False)
    assert choose_language(None) == "vi"
    save_language("en")
    assert choose_language(None) == "en"
    assert choose_language("vi") == "vi"


class _Editor:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    def flush(self) -> bool:
        self.calls.append("flush")
        return True


class _Window:
    def __init__(self, calls: list[str]) -> None:
        self.editor = _Editor(calls)


def test_an_unexpected_error_saves_first_then_logs_and_shows_where(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    import gui.views.app as app_module
    from gui.logs import log_file

    calls: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.delenv("BVNTD_QUIT_WHEN_SHOWN", raising=False)
    monkeypatch.delenv("BVNTD_NO_DIALOGS", raising=False)
    monkeypatch.setattr(app_module, "show_error_dialog", lambda path: calls.append(f"dialog {path}"))
    app_module.install_excepthook(_Window(calls))
    try:
        raise RuntimeError("bất ngờ")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert calls == ["flush", f"dialog {log_file()}"]
    text = log_file().read_text(encoding="utf-8")
    assert "RuntimeError: bất ngờ" in text and "pending edits saved: True" in text


def _damaged_with_a_backup(db_path: Path) -> tuple[int, Path]:
    from gui.store.backups import make_backup

    store = ReportStore.open(db_path)
    report_id = new_report(store, "2025")
    store.set_value(report_id, "nt_tasks", "Giữ lại sau khi khôi phục.")
    backup = make_backup(store.db.conn, db_path, "start")
    store.close()
    db_path.write_bytes(b"\0garbage" * 4096)  # the file is damaged
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    return report_id, backup


def test_a_damaged_database_offers_its_backup_and_opens_after_the_restore(
    db_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gui.views.backup_dialog as backup_dialog
    import gui.views.opening as opening

    report_id, backup = _damaged_with_a_backup(db_path)
    asked: list[tuple[str, bool]] = []
    monkeypatch.delenv("BVNTD_QUIT_WHEN_SHOWN", raising=False)
    monkeypatch.setattr(opening, "show_store_error", lambda m, b=False: asked.append((m, b)) or "restore")
    monkeypatch.setattr(backup_dialog, "choose_backup", lambda path, parent=None: backup)
    store, opened, _lock = opening.open_with_ways_out(db_path, None)
    try:
        assert "hỏng" in asked[0][0] and asked[0][1] is True  # said what is wrong, offered the backup
        assert opened == db_path
        assert store.values(report_id)["nt_tasks"] == "Giữ lại sau khi khôi phục."
        assert len(list(db_path.parent.glob(f"{db_path.name}.hong-*"))) == 1  # the damaged file kept aside
    finally:
        store.close()


def test_a_newer_database_offers_another_file_or_quit(
    db_path: Path, tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gui.views.opening as opening

    ReportStore.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('bvntd', 'm999_future', '')")
    conn.commit()
    conn.close()
    answers = iter(["open", "quit"])
    messages: list[str] = []
    monkeypatch.delenv("BVNTD_QUIT_WHEN_SHOWN", raising=False)
    monkeypatch.setattr(opening, "show_store_error", lambda m, b=False: messages.append(m) or next(answers))
    other = tmp_path / "khác.sqlite3"
    monkeypatch.setattr(opening, "ask_database_path", lambda parent=None, start=None: other)
    store, opened, lock = opening.open_with_ways_out(db_path, None)
    try:
        assert "phiên bản mới hơn" in messages[0]
        assert opened == other and store.path == other  # "Mở tệp khác…" opened the other file
    finally:
        store.close()
        if lock is not None:
            lock.release()

    monkeypatch.setattr(opening, "show_store_error", lambda m, b=False: "quit")
    store, opened, _ = opening.open_with_ways_out(db_path, None)
    assert store is None and opened == db_path  # "Thoát": nothing opened, nothing written
