"""One sync at a time on a data folder, whichever process asks (a second window, or
`feedback-desk sync` while the window syncs).

The lock is the operating system's lock on `sync.lock` in the data folder (flock on Unix,
msvcrt.locking on Windows), held for the whole sync. The kernel drops it when the process
ends, however it ends, so a crash or a kill -9 never leaves the folder locked.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ..core.errors import UserFacingError
from ..core.texts import QT_TRANSLATE_NOOP, translate

LOCK_FILE_NAME = "sync.lock"
ANOTHER_SYNC = QT_TRANSLATE_NOOP("SyncLock", "another Feedback Desk is syncing this folder")


class AnotherSyncRunning(UserFacingError):
    def __init__(self) -> None:
        super().__init__(translate("SyncLock", ANOTHER_SYNC))


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def sync_lock(folder: Path) -> Iterator[None]:
    """Held while the body runs; AnotherSyncRunning at once if another process holds it."""
    fd = os.open(folder / LOCK_FILE_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock(fd):
            raise AnotherSyncRunning()
        yield  # closing the file below releases the lock
    finally:
        os.close(fd)
