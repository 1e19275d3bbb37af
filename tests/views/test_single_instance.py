"""One writer: a second launch on the same database raises the first window and exits; a crashed first window's
lock does not keep the next launch out."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from gui.store.backups import list_backups
from gui.views.single_instance import DatabaseLock, ask_first_to_raise, lock_path, server_name
from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals and sockets as on Linux")


def _start_first(db_path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "BVNTD_NO_DIALOGS": "1"}
    env.pop("BVNTD_QUIT_WHEN_SHOWN", None)
    return subprocess.Popen(
        [sys.executable, "-m", "gui", "--db", str(db_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_until_answering(db_path: Path, process: subprocess.Popen[str], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if lock_path(db_path).exists() and ask_first_to_raise(db_path, timeout_ms=300):
            return
        time.sleep(0.1)
    raise AssertionError("the first window never answered on its socket")


def test_a_second_launch_raises_the_first_window_and_exits(db_path: Path, qapp: Any) -> None:
    first = _start_first(db_path)
    try:
        _wait_until_answering(db_path, first)
        before = db_path.stat().st_mtime_ns
        second = run_cli("--db", db_path, env={"BVNTD_NO_DIALOGS": "1"}, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "đang được mở trong một cửa sổ khác" in second.stderr
        assert "đã được đưa lên trước" in second.stderr  # the first window answered "raise"
        assert "Traceback" not in second.stderr
        assert first.poll() is None  # the first window is still there, and the second wrote nothing
        assert db_path.stat().st_mtime_ns == before
    finally:
        first.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
        first.communicate(timeout=30)
    assert lock_path(db_path).exists()

    third = run_cli("--db", db_path, env={"BVNTD_QUIT_WHEN_SHOWN": "started"}, timeout=60)
    assert third.returncode == 0, third.stderr  # the stale lock of the killed window was taken over
    assert "cửa sổ khác" not in third.stderr
    assert not lock_path(db_path).exists()  # released on a clean exit
    from gui.store.backups import list_backups

    assert [b.reason for b in list_backups(db_path)].count("start") == 2  # one per window that opened it


def test_the_lock_is_held_once_per_database(tmp_path: Path, qapp: Any) -> None:
    first = DatabaseLock(tmp_path / "a.sqlite3")
    second = DatabaseLock(tmp_path / "a.sqlite3")
    other = DatabaseLock(tmp_path / "b.sqlite3")
    try:
        assert first.acquire()
        assert not second.acquire()
        assert other.acquire()
        first.release()
        assert second.acquire()
    finally:
        for lock in (first, second, other):
            lock.release()


def test_the_command_line_sees_a_windows_lock_and_leaves_the_database_to_it(tmp_path: Path, qapp: Any) -> None:
    """`bvntd backup restore` (gui.operations.databases.restore_unopened) reads the window's QLockFile without Qt:
    held while the window holds it, free once released."""
    from gui.store.location import held_by_a_window
    from gui.store.reports import ReportStore, create_demo_report

    db_path = tmp_path / "a.sqlite3"
    store = ReportStore.open(db_path)
    create_demo_report(store)
    store.close()
    made = run_cli("backup", "make", "--db", db_path).stdout.strip()
    lock = DatabaseLock(db_path)
    try:
        assert lock.acquire()
        assert held_by_a_window(db_path)
        refused = run_cli("backup", "restore", "--db", db_path, made)
        assert refused.returncode == 2 and "đang mở trong một cửa sổ của ứng dụng" in refused.stderr
        assert [b.reason for b in list_backups(db_path)] == ["manual"]  # nothing done, not even the safety copy
    finally:
        lock.release()
    assert not held_by_a_window(db_path)
    done = run_cli("backup", "restore", "--db", db_path, made)
    assert done.returncode == 0, done.stderr


def test_the_socket_name_is_short_and_the_same_for_every_spelling(tmp_path: Path) -> None:
    deep = tmp_path / "Nguyễn Văn A" / "Tài liệu" / ("x" * 80) / "bvntd.sqlite3"
    name = server_name(deep)
    assert len(name) < 40 and name.isascii()
    assert server_name(deep.parent / ".." / deep.parent.name / deep.name) == name
    assert server_name(tmp_path / "other.sqlite3") != name


def test_raise_reaches_the_listening_window(tmp_path: Path, qtbot: Any) -> None:
    from PySide6.QtWidgets import QMainWindow

    from gui.views.single_instance import bring_forward

    window = QMainWindow()
    qtbot.addWidget(window)
    lock = DatabaseLock(tmp_path / "r.sqlite3")
    assert lock.acquire() and lock.listen()
    raised: list[bool] = []
    lock.raise_requested.connect(lambda: raised.append(True))
    lock.raise_requested.connect(bring_forward(window))
    try:
        # The asking side blocks in waitFor…() holding the interpreter, so it is another process, as in real use.
        code = f"import sys; from gui.views.single_instance import ask_first_to_raise as a; sys.exit(0 if a({str(tmp_path / 'r.sqlite3')!r}, 5000) else 3)"
        asker = subprocess.Popen([sys.executable, "-c", code])
        qtbot.waitUntil(lambda: asker.poll() is not None, timeout=15000)
        assert raised and asker.returncode == 0
        assert window.isVisible()
    finally:
        lock.release()
