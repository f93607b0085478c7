"""Background work: run a function off the GUI thread and hear back on it.

Workers never touch widgets; they get plain data in and hand plain data out. Tests use
`InlineTaskRunner`, which runs the same functions synchronously.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives in the GUI thread; queued signals carry results back to it."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # reported to the GUI thread, never swallowed
            log.debug("background task failed:\n%s", traceback.format_exc())
            self._deliver(self._relay.failed, error)
        else:
            self._deliver(self._relay.finished, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window closed while we worked: nobody is left to tell
            log.debug("background result dropped: its receiver is gone")


class TaskRunner(QObject):
    """Runs callables on a thread pool and delivers results to callbacks on the GUI thread."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run_with_progress(
        self,
        work: Callable[[Callable[[object], None]], Any],
        done: Done,
        failed: Failed | None = None,
        progress: Callable[[object], None] | None = None,
    ) -> None:
        """Like run(); `work` gets a report(value) function whose values reach `progress`
        on the GUI thread."""
        relay_box: list[_Relay] = []

        def report(value: object) -> None:
            if relay_box:
                _Job._deliver(relay_box[0].progressed, value)

        self.run(lambda: work(report), done, failed, relay_box=relay_box, progress=progress)

    def run(
        self,
        work: Callable[[], Any],
        done: Done,
        failed: Failed | None = None,
        *,
        relay_box: list[_Relay] | None = None,
        progress: Callable[[object], None] | None = None,
    ) -> None:
        relay = _Relay(self)
        if relay_box is not None:
            relay_box.append(relay)
        if progress is not None:
            relay.progressed.connect(progress)
        self._relays.add(relay)

        def finish(result: Any) -> None:
            self._release(relay)
            done(result)

        def fail(error: BaseException) -> None:
            self._release(relay)
            (failed or _log_failure)(error)

        relay.finished.connect(finish)
        relay.failed.connect(fail)
        self._pool.start(_Job(work, relay))

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (used on shutdown and in tests)."""
        return bool(self._pool.waitForDone(msecs))


class InlineTaskRunner(TaskRunner):
    """Runs work at once on the calling thread: deterministic tests, same interface."""

    def run_with_progress(
        self,
        work: Callable[[Callable[[object], None]], Any],
        done: Done,
        failed: Failed | None = None,
        progress: Callable[[object], None] | None = None,
    ) -> None:
        self.run(lambda: work(progress or (lambda _: None)), done, failed)

    def run(
        self, work: Callable[[], Any], done: Done, failed: Failed | None = None, **_: Any
    ) -> None:
        try:
            result = work()
        except Exception as error:
            (failed or _log_failure)(error)
        else:
            done(result)

    def wait(self, msecs: int = 30_000) -> bool:
        return True


def _log_failure(error: BaseException) -> None:
    log.error("background task failed: %s", error)
