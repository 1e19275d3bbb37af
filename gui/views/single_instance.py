"""One writer per database: a lock file beside it, and a local socket by which a second launch raises the first.

The lock (QLockFile on "<db>.lock") is what keeps two windows from writing the same file. A lock left by a crashed
window is stale: QLockFile sees that the process named in it is gone and takes it over. The socket, named from a
hash of the database's absolute path, only carries "raise": the second launch asks the first window to come to
the front and then exits. QtNetwork is imported only for the socket, after the window is shown.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from gui.store.location import lock_path  # the file's name, shared with the command line's check

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"


def server_name(db_path: Path) -> str:
    """Short (socket paths are limited to about 100 bytes on Unix) and the same for every spelling of the path."""
    import hashlib  # here: needed after the window is shown, and its import is ~3 ms of start-up

    absolute = os.path.normcase(os.path.abspath(os.path.realpath(db_path)))
    return "bvntd-" + hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:20]


class DatabaseLock(QObject):
    """Held while a window has the database open; `raise_requested` when another launch asks for the window."""

    raise_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._lock = QLockFile(str(lock_path(self.db_path)))
        self._lock.setStaleLockTime(0)  # never stale by age: a long working day must not lose the lock
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock (a stale lock of a crashed process is removed first)."""
        try:
            lock_path(self.db_path).parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # a folder we cannot create: opening the database will say what is wrong
        if self._lock.tryLock(0):
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.PermissionError:
            # A read-only folder: no lock can be taken, and nothing can be written either; the store explains.
            log.warning("Cannot create %s (read-only folder)", lock_path(self.db_path))
            return True
        return False

    def holder(self) -> str:
        info = self._lock.getLockInfo()  # (pid, host, app name) in PySide6; empty when the file cannot be read
        return "pid {} on {} ({})".format(*info) if isinstance(info, tuple) and len(info) == 3 else "unknown"

    def listen(self) -> bool:
        """Start answering "raise" from later launches; False when the local socket cannot be used."""
        try:
            # lazy: QtNetwork is imported for the socket after the window is shown
            from PySide6.QtNetwork import QLocalServer
        except ImportError:  # a build without QtNetwork: the lock still holds, only the raising is lost
            return False
        name = server_name(self.db_path)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # a socket file left by a crashed window (Unix)
            if not server.listen(name):
                log.warning("Cannot listen on %s: %s", name, server.errorString())
                return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if b"raise" in data:
            self.raise_requested.emit()
            socket.write(b"ok\n")
            socket.flush()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()


def ask_first_to_raise(db_path: Path, timeout_ms: int = 1500) -> bool:
    """Tell the window that holds the database to come forward; True when it answered."""
    try:
        # lazy: QtNetwork is imported for the socket after the window is shown
        from PySide6.QtNetwork import QLocalSocket
    except ImportError:
        return False
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(timeout_ms) and b"ok" in bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answered


def bring_forward(window: QWidget) -> Callable[[], None]:
    """A slot that shows, un-minimises and activates the window (as far as the desktop lets an app do so)."""

    def slot() -> None:
        from PySide6.QtCore import Qt  # here, not when connecting: the `Qt` namespace costs start-up time

        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    return slot
