"""Background work: run a function off the GUI thread and hear back on it.

Workers never touch widgets; they get plain data in and hand plain data out. Tests use
`InlineTaskRunner`, which runs the same functions synchronously.

The workers are daemon threads: work that hangs (a platform that never answers) can never
keep the app from quitting, and shutting down waits for them only as long as it is told.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sqlite3
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal

if TYPE_CHECKING:
    import queue

    from ..store import Database

log = logging.getLogger(__name__)

T = TypeVar("T")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives in the GUI thread; queued signals carry results back to it."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)


class _Job:
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
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


class _Workers:
    """A few daemon threads taking jobs in turn (as many as the computer has cores)."""

    def __init__(self, size: int) -> None:
        self._size = max(size, 2)
        # Made with the first job, after the first paint: the queue module costs about 4M
        # instructions before it.
        self._jobs: queue.SimpleQueue[_Job] | None = None
        self._threads = 0
        self._unfinished = 0
        self._idle = 0
        self._changed = threading.Condition()

    def start(self, job: _Job) -> None:
        with self._changed:
            if self._jobs is None:
                import queue

                self._jobs = queue.SimpleQueue()
            jobs = self._jobs
            self._unfinished += 1
            if self._idle == 0 and self._threads < self._size:
                self._threads += 1
                threading.Thread(
                    target=self._serve, args=(jobs,), name="feedback-desk worker", daemon=True
                ).start()
        jobs.put(job)

    def _serve(self, jobs: queue.SimpleQueue[_Job]) -> None:
        while True:
            with self._changed:
                self._idle += 1
            job = jobs.get()
            with self._changed:
                self._idle -= 1
            try:
                job.run()
            finally:
                with self._changed:
                    self._unfinished -= 1
                    self._changed.notify_all()

    def wait(self, seconds: float) -> bool:
        end = time.monotonic() + seconds
        with self._changed:
            while self._unfinished:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
        return True


# The modules of the windows opened from the menus (each took 20-150 ms to import on the
# GUI thread the first time), imported on a worker this long after the main window is built.
WARM_UP = (
    "feedback_desk.ui.report_dialog",
    "feedback_desk.ui.history_window",
    "feedback_desk.reports.pdf_export",
)
WARM_UP_DELAY_MS = 1500


def warm_up(runner: TaskRunner, modules: Sequence[str]) -> None:
    """Import `modules` on a worker (the windows opened later from menus), so that opening
    one does not spend 50-150 ms importing on the GUI thread. Call once the window is up.

    Then everything alive (the app's modules, Qt's wrappers, the triage's word lists: what
    lives as long as the app) is moved to the cycle collector's permanent generation: a
    full collection walked them all, holding the GIL and so the window for 40-50 ms (one
    came in the middle of a sync, or of scrolling); now it walks only what came later.
    Reference counting still frees them as before."""

    def work() -> None:
        for name in modules:
            importlib.import_module(name)
        gc.freeze()

    runner.run(work, lambda _: None, lambda error: log.debug("warm-up import failed: %s", error))


class TaskRunner(QObject):
    """Runs callables on daemon worker threads and delivers results to callbacks on the GUI
    thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers = _Workers(QThread.idealThreadCount())
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
        self._workers.start(_Job(work, relay))

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done, or `msecs` have passed (shutdown and tests)."""
        return self._workers.wait(msecs / 1000)


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


def on_own_connection(db: Database, work: Callable[[sqlite3.Connection], T]) -> Callable[[], T]:
    """`work` run on a connection of its own, opened and closed on the worker's thread (a
    connection belongs to the thread that opened it)."""

    def run() -> T:
        conn = db.connect()
        try:
            return work(conn)
        finally:
            conn.close()

    return run


class WriteQueue:
    """One owner's writes, one at a time in the order asked: a later write never overtakes an
    earlier one (two saves of the same draft), and a write still waiting to start is replaced
    by a newer one of the same `kind` (only the latest draft matters).

    The writes run one after the other inside a single background task, so waiting for the
    runner (as quitting does) waits for every write asked for, not only the first. Plain
    Python, not a QObject: writes still queued when the window closes go on."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._lock = threading.Lock()
        self._waiting: deque[_Write] = deque()
        self._draining = False

    def run(
        self,
        work: Callable[[], Any],
        done: Done,
        failed: Failed | None = None,
        *,
        kind: str | None = None,
    ) -> None:
        with self._lock:
            if kind is not None:
                for waiting in self._waiting:
                    if waiting.kind == kind:
                        self._waiting.remove(waiting)
                        break
            self._waiting.append(_Write(kind, work, done, failed))
            if self._draining:
                return
            self._draining = True
        self._runner.run_with_progress(self._drain, lambda _: None, _raise, self._answer)

    def _drain(self, report: Callable[[object], None]) -> None:
        """On the worker: each write in turn, its answer reported to the GUI thread."""
        try:
            while True:
                with self._lock:
                    if not self._waiting:
                        self._draining = False  # in the lock: a write asked now starts a drain
                        return
                    write = self._waiting.popleft()
                try:
                    result = write.work()
                except BaseException as error:  # reported to the GUI thread, never swallowed
                    log.debug("background write failed:\n%s", traceback.format_exc())
                    report((write, False, error))
                else:
                    report((write, True, result))
        except BaseException:  # an answer raised (run inline): the next write starts a drain
            with self._lock:
                self._draining = False
            raise

    @staticmethod
    def _answer(answer: object) -> None:
        assert isinstance(answer, tuple)
        write, ok, value = answer
        assert isinstance(write, _Write)
        if ok:
            write.done(value)
        else:
            (write.failed or _log_failure)(value)


class _Write:
    def __init__(
        self, kind: str | None, work: Callable[[], Any], done: Done, failed: Failed | None
    ) -> None:
        self.kind = kind
        self.work = work
        self.done = done
        self.failed = failed


def _raise(error: BaseException) -> None:
    """A write queue's answer that raised (only when run inline): the caller hears of it."""
    raise error


def _log_failure(error: BaseException) -> None:
    log.error("background task failed: %s", error)
