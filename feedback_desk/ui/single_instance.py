"""One window per data folder: a second start asks the running one to come forward.

The first window listens on a local socket (a Unix socket or a Windows named pipe) whose
name is a hash of the user and the data folder's resolved path; a second start on the same
folder connects, says "raise" and ends. A socket file left behind by a crash answers no
one: it is removed and listened on again.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
CONNECT_MS = 1_000


def server_name(root: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the folder alone still separates
        user = ""
    digest = hashlib.sha256(f"{user}\0{root.resolve()}".encode()).hexdigest()[:24]
    return f"feedback-desk-{digest}"


def ask_running_window(name: str) -> bool:
    """True when a running window on this folder answered and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(RAISE)
    socket.flush()
    sent = socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_MS)
    return sent or socket.bytesToWrite() == 0


class RunningWindow(QLocalServer):
    """Listens for later starts on the same folder; each "raise" calls `bring_forward`."""

    def __init__(
        self, name: str, bring_forward: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("singleInstanceServer")
        self._bring_forward = bring_forward
        self.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # With owner-only access Qt binds in a private folder and renames the socket into
        # place, replacing a file left by a crash; elsewhere listen() refuses such a file.
        if not self.listen(name):
            # Nobody answered (the caller asked first): a socket file left by a crash.
            log.info("removing a stale single-instance socket %s", name)
            QLocalServer.removeServer(name)
            if not self.listen(name):
                log.warning(  # untranslated: a log line
                    "cannot listen for a second start: %s", self.errorString()
                )
        self.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.hasPendingConnections():
            socket = self.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            log.info("a second start asked this window to come forward")
            self._bring_forward()
