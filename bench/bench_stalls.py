"""Benchmark: the longest GUI stall (issue 14: none over 50 ms).

    .venv/bin/python -m bench.bench_stalls [--count 100000] [--repeats 3] [--only report,...]

The sync scenario connects an account, whose token goes to the system keyring: run it with
a real Secret Service on a private D-Bus session (and a throwaway HOME for its keyring), as
the tests do:

    HOME=$(mktemp -d) dbus-run-session -- bash -c 'printf pw | gnome-keyring-daemon
        --unlock --components=secrets >/dev/null;
        .venv/bin/python -m bench.bench_stalls --count 1000000 --only scroll,sync'

A 10 ms QTimer on the GUI thread records how late each of its ticks comes while the app
does one thing at a time, in the real main window over a database of `--count`
complaints (every comment a one-star review with a lived-in history, as
`bench_report --history` makes them):

  report   opening the customer-recovery report dialog until its preview is shown
  report-close  closing that dialog once its preview is shown (it lets the report's facts
           go), and the 0.3 s after
  history  opening the history window until its list is shown
  history-close  closing it once its list is shown, and the 0.3 s after
  search   typing a search word slowly, one key every 120 ms (a query per key)
  scroll   going to the end of "All comments" as a user does, until its last row (row
           1,000,000 at a million) is the current one: three times Page Down, a drag of
           the scrollbar's handle to the bottom, Ctrl+End, again and again (the list reads
           on a page of 200 each time its end comes into view)
  sync     a sync started as the Sync button starts it, against a fake Mastodon server
           on 127.0.0.1 in its own process (bench/fake_platform.py: the tests' fake, its
           documented payloads and paging) with 5,000 new mentions, until the sync is done
           and the inbox and its counts are read again. The sync runs on a copy of the
           cached folder (--cache/<count>-sync-*, removed afterwards): the cache stays as built
  sync-far the same sync with "All comments" scrolled to its end (every row placed) first:
           the list is read again after the sync as far as it was

Baseline: the same timer with the window idle, in the same run. Prints, per scenario and
opening, the longest stall and how many were over 50 ms, then `met`/`MISSED` (target:
none over 50 ms in any opening). The first opening imports the window's modules; every
opening counts. The database is built once per count in --cache (default: a folder in
the system's temp folder) and reused by later runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 10
LIMIT_MS = 50.0


def build_home(home: Path, count: int) -> None:
    """A data folder with `count` complaints and their history (once per count)."""
    from feedback_desk.core.triage import Triage
    from feedback_desk.sources.file_import import import_export, open_export
    from feedback_desk.store import open_database

    from .bench_report import HISTORY, write_complaints_export

    home.mkdir(parents=True, exist_ok=True)
    export = write_complaints_export(home / "export.csv", count)
    from feedback_desk.home import DataHome

    data = DataHome.resolve(str(home / "data"))
    data.prepare()
    db = open_database(data.root)
    started = time.perf_counter()
    import_export(db, open_export(export), Triage())
    conn = db.connect()
    conn.executescript(HISTORY)
    conn.close()
    export.unlink()
    (home / "ready").write_text(str(count))
    print(f"(setup: {count:,} complaints in {time.perf_counter() - started:.0f} s)", flush=True)


class StallMeter:
    """A 10 ms timer that records how late each tick comes, and for each stall over 50 ms
    how much of it the GUI thread spent working (its own CPU time): the rest it waited, for
    the GIL or for a CPU the machine gave to other programs."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.late: list[float] = []
        self.working: list[float] = []  # the GUI thread's CPU ms in each stall over 50 ms
        self._last = 0.0
        self._cpu = 0.0

    def start(self) -> None:
        self.late = []
        self.working = []
        self._last = time.perf_counter()
        self._cpu = time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        late = max((now - self._last) * 1000 - TICK_MS, 0.0)
        self.late.append(late)
        if late > LIMIT_MS:
            self.working.append((cpu - self._cpu) * 1000)
        self._last, self._cpu = now, cpu

    def stop(self) -> tuple[float, int]:
        self._tick()  # a stall that ends the scenario counts too
        self.timer.stop()
        return max(self.late, default=0.0), sum(1 for ms in self.late if ms > LIMIT_MS)


def watch_stalls(meter: StallMeter) -> None:
    """Diagnosis (--trace): when a tick is 40 ms overdue, print every thread's stack."""
    import gc
    import sys
    import threading
    import traceback

    main_id = threading.main_thread().ident
    began: dict[int, float] = {}

    def collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[threading.get_ident()] = time.perf_counter()
            return
        took = (time.perf_counter() - began.pop(threading.get_ident(), time.perf_counter())) * 1000
        if took > 10:
            print(
                f"--- collection of generation {info['generation']}: {took:.0f} ms on "
                f"{threading.current_thread().name}"
            )

    gc.callbacks.append(collection)

    def watch() -> None:
        reported = 0.0
        while True:
            time.sleep(0.005)
            last = meter._last
            if meter.timer.isActive() and time.perf_counter() - last > 0.04 and last != reported:
                reported = last
                names = {t.ident: t.name for t in threading.enumerate()}
                print(f"--- stall ({(time.perf_counter() - last) * 1000:.0f} ms so far)")
                for ident, frame in sys._current_frames().items():
                    if ident == threading.get_ident():
                        continue
                    where = "".join(
                        traceback.format_stack(frame, limit=6 if ident == main_id else 3)
                    )
                    print(f"[{names.get(ident, ident)}]\n{where}")

    threading.Thread(target=watch, daemon=True).start()


def pump_until(app, done: Callable[[], bool], seconds: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if done():
            return True
        time.sleep(0.001)
    return False


def settle(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    pump_until(app, lambda: False, seconds)


SYNC_COMMENTS = 5_000
SYNC_ACCOUNT = "Bench toots"


class FakePlatform:
    """bench/fake_platform.py in its own process: a fake Mastodon server on 127.0.0.1."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.fake_platform"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.base_url, self.token = self.process.stdout.readline().split()

    def seed(self, count: int) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"seed {count}\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer == f"seeded {count}", answer

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        errors = self.process.stdout.read().strip()
        self.process.wait(30)
        if errors != "errors 0":
            print(f"  (the fake platform: {errors})")


def real_keyring() -> bool:
    import keyring

    return "SecretService" in type(keyring.get_keyring()).__module__


def connect_account(window, platform: FakePlatform) -> None:  # type: ignore[no-untyped-def]
    """A Mastodon account on the fake, as `feedback-desk accounts add` makes it: its
    settings in the database, its token in the keyring."""
    from feedback_desk.core.model import Platform
    from feedback_desk.sources.registry import check_settings
    from feedback_desk.store.accounts import AccountStore

    db = window._db
    conn = db.connect()
    try:
        settings = check_settings(Platform.MASTODON, {"instance": platform.base_url})
        AccountStore(db, conn).add(SYNC_ACCOUNT, Platform.MASTODON, settings)
    finally:
        conn.close()
    window._credentials.save(SYNC_ACCOUNT, {"token": platform.token})


def sync_copy(home: Path) -> Path:
    """A copy of the cached data folder for the sync to write to."""
    work = Path(tempfile.mkdtemp(prefix=f"{home.name}-sync-", dir=home.parent))
    started = time.perf_counter()
    shutil.copytree(home / "data", work / "data")
    print(f"(copied the folder for the sync in {time.perf_counter() - started:.0f} s)", flush=True)
    return work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", default="report,report-close,history,history-close,search,scroll")
    parser.add_argument(
        "--trace", action="store_true", help="print where every thread was during a stall"
    )
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "feedback-desk-stall-bench"
    )
    args = parser.parse_args()
    home = args.cache / str(args.count)
    if not (home / "ready").exists():
        build_home(home, args.count)
    only = args.only.split(",")
    platform: FakePlatform | None = None
    work: Path | None = None
    if "sync" in only or "sync-far" in only:
        if not real_keyring():
            sys.exit(
                "The sync scenario keeps a token in the system keyring: run it under "
                "dbus-run-session with gnome-keyring-daemon (see this module's docstring)."
            )
        work = sync_copy(home)
        platform = FakePlatform()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from feedback_desk.app import build_window
    from feedback_desk.home import DataHome

    window = build_window(DataHome.resolve(str((work or home) / "data")))
    window.show()
    settle(app, 2.5)  # the app warms its windows' imports up after 1.5 s
    window._runner.wait()  # type: ignore[attr-defined]
    settle(app, 0.5)
    meter = StallMeter()
    working: list[float] = []
    if args.trace:
        watch_stalls(meter)

    def measure(
        action: Callable[[], Callable[[], bool]], after: float = 0.3, seconds: float = 60.0
    ) -> tuple[float, int]:
        meter.start()
        done = action()
        if not pump_until(app, done, seconds):
            print(f"  (did not finish within {seconds:.0f} s)")
        settle(app, after)  # what the finished work leaves behind (a collection) counts too
        result = meter.stop()
        working.extend(meter.working)
        return result

    def idle() -> Callable[[], bool]:
        end = time.perf_counter() + 1.0
        return lambda: time.perf_counter() >= end

    def open_report() -> Callable[[], bool]:
        window.open_report()  # type: ignore[attr-defined]
        dialog = window.report_dialog  # type: ignore[attr-defined]
        # Shown: loaded, and every piece of its long tables added to the preview.
        return lambda: (
            dialog._prepared is not None and not dialog._loading and not dialog.pieces_waiting()
        )

    def close_report() -> None:
        window.report_dialog.reject()  # type: ignore[attr-defined]
        window.report_dialog = None  # type: ignore[attr-defined]

    def report_shown() -> None:
        """Open the report dialog and wait until it is shown whole (not measured)."""
        shown = open_report()
        pump_until(app, shown, 60.0)
        settle(app, 0.5)
        window._runner.wait()  # type: ignore[attr-defined]

    def closing_report() -> Callable[[], bool]:
        close_report()  # the dialog lets the report's facts go and tidies the collector
        return lambda: True

    def history_shown() -> None:
        """Open the history window and wait until its list is shown (not measured)."""
        pump_until(app, open_history(), 60.0)
        settle(app, 0.5)
        window._runner.wait()  # type: ignore[attr-defined]

    def closing_history() -> Callable[[], bool]:
        close_history()
        return lambda: True

    def open_history() -> Callable[[], bool]:
        window.open_history()  # type: ignore[attr-defined]
        history = window.history_window  # type: ignore[attr-defined]
        return lambda: history.model.rowCount() > 0

    def close_history() -> None:
        window.history_window.close()  # type: ignore[attr-defined]
        window.history_window = None  # type: ignore[attr-defined]  # closing deletes it

    word = "delivery"

    def type_search() -> Callable[[], bool]:
        from PySide6.QtTest import QTest

        edit = window.search_edit  # type: ignore[attr-defined]
        edit.setFocus()
        for letter in word:
            QTest.keyClick(edit, letter)
            settle(app, 0.12)
        runner = window._runner  # type: ignore[attr-defined]
        return lambda: runner.wait(0)

    def clear_search() -> None:
        window.search_edit.clear()  # type: ignore[attr-defined]

    from feedback_desk.core.views import ViewKey

    reached: list[str] = []

    def all_comments_afresh() -> None:
        """The view "All comments" read afresh (its first page only), the list at its top."""
        window.filters.show_view(ViewKey.NEEDS_REPLY)  # type: ignore[attr-defined]
        window.filters.show_view(ViewKey.ALL)  # type: ignore[attr-defined]
        settle(app, 0.3)
        window._runner.wait()  # type: ignore[attr-defined]
        settle(app, 0.3)

    def scroll_to_end() -> Callable[[], bool]:
        from PySide6.QtCore import QModelIndex, Qt
        from PySide6.QtTest import QTest

        view = window.inbox_view  # type: ignore[attr-defined]
        model = view.model()
        bar = view.verticalScrollBar()
        view.setFocus()
        moves = ["page", "page", "page", "drag", "end"]
        state = {"moves": 0}
        started = time.perf_counter()

        def step() -> bool:
            current = view.currentIndex().row()
            if (
                not model.canFetchMore(QModelIndex())
                and current == model.rowCount() - 1
                and bar.value() == bar.maximum()
            ):
                reached.append(
                    f"reached row {current + 1:,} of {model.rowCount():,} in "
                    f"{state['moves']:,} moves, {time.perf_counter() - started:.0f} s"
                )
                return True
            move = moves[state["moves"] % len(moves)]
            state["moves"] += 1
            if move == "page":
                QTest.keyClick(view, Qt.Key.Key_PageDown)
            elif move == "drag":  # as QScrollBar sees a drag: pressed, moved, released
                bar.setSliderDown(True)
                bar.setSliderPosition(bar.maximum())
                bar.setSliderDown(False)
            else:
                QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            return False

        return step

    def scroll_back() -> None:
        all_comments_afresh()

    synced = {"started": 0.0}

    def sync() -> Callable[[], bool]:
        synced["started"] = time.perf_counter()
        window.sync_action.trigger()  # type: ignore[attr-defined]
        runner = window._runner  # type: ignore[attr-defined]
        return lambda: not window.syncing.running and runner.wait(0)  # type: ignore[attr-defined]

    def far_down() -> None:
        """The view "All comments" read to its end, as scrolling there does; shown there."""
        from PySide6.QtCore import QModelIndex

        all_comments_afresh()
        model = window.model  # type: ignore[attr-defined]
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        window.inbox_view.scrollToBottom()  # type: ignore[attr-defined]
        settle(app, 0.5)
        reached.append(f"the list placed to row {model.rowCount():,} before each sync")

    def sync_again() -> None:
        took = time.perf_counter() - synced["started"]
        reached.append(f"{window.statusBar().currentMessage()} ({took:.1f} s with what followed)")
        assert platform is not None
        platform.seed(SYNC_COMMENTS)  # the next sync's new comments

    scenarios: dict[str, tuple[str, Callable[[], Callable[[], bool]], Callable[[], None]]] = {
        "report": ("opening the report dialog", open_report, close_report),
        "report-close": ("closing the report dialog", closing_report, report_shown),
        "history": ("opening the history window", open_history, close_history),
        "history-close": ("closing the history window", closing_history, history_shown),
        "search": (f"typing {word!r}, a query per key", type_search, clear_search),
        "scroll": ("scrolling the inbox to its end", scroll_to_end, scroll_back),
        "sync": (f"a sync of {SYNC_COMMENTS:,} new comments", sync, sync_again),
        "sync-far": (f"a sync of {SYNC_COMMENTS:,}, scrolled to the end", sync, sync_again),
    }
    prepare: dict[str, Callable[[], None]] = {
        "scroll": all_comments_afresh,
        "sync-far": far_down,
        "report-close": report_shown,
        "history-close": history_shown,
    }
    finish: dict[str, Callable[[], None]] = {
        "report-close": close_report,
        "history-close": close_history,
    }
    if platform is not None:
        connect_account(window, platform)
        platform.seed(SYNC_COMMENTS)
    print(f"{args.count:,} complaints; a {TICK_MS} ms timer's lateness, in ms")
    base = [measure(idle) for _ in range(args.repeats)]
    base_worst = statistics.median(b[0] for b in base)
    print(f"{'baseline: the idle window':<40} longest {base_worst:6.1f}  (median of {len(base)})")
    verdicts = []
    for key in only:
        label, action, undo = scenarios[key]
        reached.clear()
        if key in prepare:
            prepare[key]()
        working.clear()
        results = []
        for _ in range(args.repeats):
            results.append(measure(action, seconds=3600.0 if key == "scroll" else 60.0))
            undo()
            settle(app, 0.5)
            window._runner.wait()  # type: ignore[attr-defined]
            settle(app, 0.3)
        if key in finish:
            finish[key]()
            settle(app, 0.5)
        worst = max(r[0] for r in results)
        over = sum(r[1] for r in results)
        each = ", ".join(f"{r[0]:.0f}" for r in results)
        verdict = "met" if over == 0 else "MISSED"
        verdicts.append(verdict)
        print(
            f"{label:<40} longest {worst:6.1f}  (each opening: {each}); "
            f"over {LIMIT_MS:.0f} ms: {over} in {len(results)}; baseline {base_worst:.1f}; "
            f"target none > {LIMIT_MS:.0f} ms: {verdict}",
            flush=True,
        )
        if working:
            busy = sum(1 for ms in working if ms > LIMIT_MS)
            print(
                f"  the GUI thread's own work in those stalls: at most {max(working):.0f} ms; "
                f"{busy} of {len(working)} with over {LIMIT_MS:.0f} ms of it (the rest of "
                "each stall it waited for the GIL or for a CPU)"
            )
        for line in reached:
            print(f"  {line}")
    print("all met" if all(v == "met" for v in verdicts) else "some MISSED")
    window.close()
    if platform is not None:
        platform.close()
    if work is not None:
        settle(app, 0.5)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
