"""The running window's side of `single_instance`: it listens for later starts on the same
data folder. Made just after the first paint (app.py), so QtNetwork waits until then."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .single_instance import RAISE

log = logging.getLogger(__name__)
LISTENING = "listening for later starts on this folder"


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
        if self.isListening():
            log.info(LISTENING)
        self.newConnection.connect(self._accept)
        app = QCoreApplication.instance()
        if app is not None:  # its socket file goes with the app, not left for the next start
            app.aboutToQuit.connect(self.close)

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
