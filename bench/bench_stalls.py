"""Benchmark: the longest GUI stall (issue 14: none over 50 ms).

    .venv/bin/python -m bench.bench_stalls [--count 100000] [--repeats 3] [--only report,...]

A 10 ms QTimer on the GUI thread records how late each of its ticks comes while the app
does one thing at a time, in the real main window over a database of `--count`
complaints (every comment a one-star review with a lived-in history, as
`bench_report --history` makes them):

  report   opening the customer-recovery report dialog until its preview is shown
  history  opening the history window until its list is shown
  search   typing a search word slowly, one key every 120 ms (a query per key)
  scroll   scrolling the inbox to its end, a page at a time

Baseline: the same timer with the window idle, in the same run. Prints, per scenario and
opening, the longest stall and how many were over 50 ms, then `met`/`MISSED` (target:
none over 50 ms in any opening). The first opening imports the window's modules; every
opening counts. The database is built once per count in --cache (default: a folder in
the system's temp folder) and reused by later runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
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
    """A 10 ms timer that records how late each tick comes."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.late: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        self.late = []
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max((now - self._last) * 1000 - TICK_MS, 0.0))
        self._last = now

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", default="report,history,search,scroll")
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

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from feedback_desk.app import build_window
    from feedback_desk.home import DataHome

    window = build_window(DataHome.resolve(str(home / "data")))
    window.show()
    settle(app, 2.5)  # the app warms its windows' imports up after 1.5 s
    window._runner.wait()  # type: ignore[attr-defined]
    settle(app, 0.5)
    meter = StallMeter()
    if args.trace:
        watch_stalls(meter)

    def measure(action: Callable[[], Callable[[], bool]], after: float = 0.3) -> tuple[float, int]:
        meter.start()
        done = action()
        if not pump_until(app, done):
            print("  (did not finish within 60 s)")
        settle(app, after)  # what the finished work leaves behind (a collection) counts too
        return meter.stop()

    def idle() -> Callable[[], bool]:
        end = time.perf_counter() + 1.0
        return lambda: time.perf_counter() >= end

    def open_report() -> Callable[[], bool]:
        window.open_report()  # type: ignore[attr-defined]
        dialog = window.report_dialog  # type: ignore[attr-defined]
        return lambda: dialog._prepared is not None and not dialog._loading

    def close_report() -> None:
        window.report_dialog.reject()  # type: ignore[attr-defined]
        window.report_dialog = None  # type: ignore[attr-defined]

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

    def scroll_to_end() -> Callable[[], bool]:
        view = window.inbox_view  # type: ignore[attr-defined]
        bar = view.verticalScrollBar()
        bar.setValue(0)
        state = {"steps": 0}

        def step() -> bool:
            if bar.value() >= bar.maximum() and not view.model().canFetchMore(view.rootIndex()):
                return True
            bar.setValue(bar.value() + bar.pageStep())
            state["steps"] += 1
            return state["steps"] > 200_000

        return step

    def scroll_back() -> None:
        window.inbox_view.verticalScrollBar().setValue(0)  # type: ignore[attr-defined]

    scenarios: dict[str, tuple[str, Callable[[], Callable[[], bool]], Callable[[], None]]] = {
        "report": ("opening the report dialog", open_report, close_report),
        "history": ("opening the history window", open_history, close_history),
        "search": (f"typing {word!r}, a query per key", type_search, clear_search),
        "scroll": ("scrolling the inbox to its end", scroll_to_end, scroll_back),
    }
    print(f"{args.count:,} complaints; a {TICK_MS} ms timer's lateness, in ms")
    base = [measure(idle) for _ in range(args.repeats)]
    base_worst = statistics.median(b[0] for b in base)
    print(f"{'baseline: the idle window':<40} longest {base_worst:6.1f}  (median of {len(base)})")
    verdicts = []
    for key in args.only.split(","):
        label, action, undo = scenarios[key]
        results = []
        for _ in range(args.repeats):
            results.append(measure(action))
            undo()
            settle(app, 0.5)
            window._runner.wait()  # type: ignore[attr-defined]
            settle(app, 0.3)
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
    print("all met" if all(v == "met" for v in verdicts) else "some MISSED")
    window.close()


if __name__ == "__main__":
    main()
