"""One window per data folder: a second start asks the running one to come forward.

The first window listens on a local socket (a Unix socket or a Windows named pipe) whose
name is a hash of the user and the data folder's resolved path; a second start on the same
folder connects, says "raise" and ends. A socket file left behind by a crash answers no
one: it is removed and listened on again.

Asking needs no Qt on Linux (a plain Unix socket at the path Qt's local server uses), and
the window starts listening just after its first paint (`RunningWindow`, in
`running_window`): QtNetwork is not imported before the inbox is on screen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

RAISE = b"raise\n"
CONNECT_MS = 1_000


def _sha256(data: bytes) -> Any:
    """hashlib.sha256, without loading OpenSSL before the first paint (about 2 ms): the
    interpreter's own SHA-256 gives the same digest."""
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # Python 3.12 and later
        except ImportError:  # an interpreter built without its own
            from hashlib import sha256
    return sha256(data)


def user_name() -> str:
    """getpass.getuser(), as Python 3.11 to 3.13 work it out, without importing getpass
    (and termios) before the first paint (about 2.5M instructions): the login name from
    the environment, else the password database's. Raises where that has none (Windows)."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(variable)
        if user:
            return user
    import pwd

    return pwd.getpwuid(os.getuid())[0]


def server_name(root: Path) -> str:
    try:
        user = user_name()
    except Exception:  # no user name in the environment: the folder alone still separates
        user = ""
    digest = _sha256(f"{user}\0{root.resolve()}".encode()).hexdigest()[:24]
    return f"feedback-desk-{digest}"


def socket_path(name: str) -> Path:
    """Where Qt's local server listens on Linux: the name inside QDir::tempPath()."""
    return Path(os.environ.get("TMPDIR") or "/tmp") / name


def ask_running_window(name: str) -> bool:
    """True when a running window on this folder answered and was asked to come forward."""
    if sys.platform.startswith("linux"):
        return _ask_over_unix_socket(socket_path(name))
    return _ask_over_qt(name)


def _ask_over_unix_socket(path: Path) -> bool:
    if not os.path.exists(path):  # no window listens: the usual start, without the socket module
        return False
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(CONNECT_MS / 1000)
        try:
            sock.connect(str(path))
            sock.sendall(RAISE)
        except OSError:  # a file left by a crash that nobody listens on (or gone meanwhile)
            return False
    return True


def _ask_over_qt(name: str) -> bool:  # Windows' named pipes and macOS
    from PySide6.QtNetwork import QLocalSocket

    local = QLocalSocket()
    local.connectToServer(name)
    if not local.waitForConnected(CONNECT_MS):
        return False
    local.write(RAISE)
    local.flush()
    sent = local.waitForBytesWritten(CONNECT_MS)
    local.disconnectFromServer()
    if local.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        local.waitForDisconnected(CONNECT_MS)
    return sent or local.bytesToWrite() == 0
