"""Memory while scrolling the inbox (issue 14: "memory flat while scrolling").

    .venv/bin/python -m bench.bench_memory [--sizes 100000 1000000] [--runs 3] [--keep DIR]

For each size: a home with that many comments (made by `feedback-desk import` of the
benchmark CSV, or reused from --keep DIR), then, in a fresh process each run, the main
window opened on it offscreen, painted, and its list scrolled to the end a step at a time
(each step: the scroll bar to its end, the events processed, so the view fetches the next
page and paints), then back through it in 200 jumps. Printed:

  baseline  peak RSS of the same window before scrolling (painted, first page shown)
  scrolled  peak RSS after scrolling to the end and back, and the RSS at the end
  steps     how many steps, the median and longest step, jumps back likewise
  target    <= 300 MB after scrolling, whatever the scroll: met / MISSED

`--code DIR` runs the window from another source tree (the same bench against the code
before a change: `git archive HEAD | tar -x -C DIR`).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TARGET_MB = 300.0
JUMPS = 200


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(home: str) -> None:
    """Open the window on `home`, scroll to the end and back; print one line of figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import random

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from feedback_desk.app import build_window
    from feedback_desk.home import DataHome

    app = QApplication(sys.argv[:1])
    window = build_window(DataHome.resolve(home))
    window.resize(1280, 780)

    def scroll() -> None:
        for _ in range(5):  # the deferred detail pane and counts, then the paint settle
            app.processEvents()
        window._runner.wait()
        app.processEvents()
        view, model = window.inbox_view, window.model
        bar = view.verticalScrollBar()
        base_peak, base_rss = peak_mb(), rss_mb()
        steps: list[float] = []
        while True:
            started = time.perf_counter()
            bar.setValue(bar.maximum())
            app.processEvents()
            steps.append(time.perf_counter() - started)
            if not model.canFetchMore() and bar.value() == bar.maximum():
                break
        rows = model.rowCount()
        jumps: list[float] = []
        rnd = random.Random(14)
        for n in range(JUMPS):
            started = time.perf_counter()
            bar.setValue(0 if n == JUMPS - 1 else rnd.randrange(bar.maximum() + 1))
            app.processEvents()
            jumps.append(time.perf_counter() - started)
        print(
            f"{base_peak:.1f} {base_rss:.1f} {peak_mb():.1f} {rss_mb():.1f} {rows} "
            f"{len(steps)} {statistics.median(steps) * 1000:.2f} {max(steps) * 1000:.2f} "
            f"{statistics.median(jumps) * 1000:.2f} {max(jumps) * 1000:.2f}",
            flush=True,
        )
        app.quit()

    class PaintWatch(QObject):
        done = False

        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, scroll)
            return False

    watch = PaintWatch()
    window.inbox_view.viewport().installEventFilter(watch)
    window.show()
    app.exec()


def make_home(count: int, work: Path) -> Path:
    home = work / f"home-{count}"
    if (home / "feedback.db").exists():
        return home
    from .fake_inbox import write_csv

    csv_path = write_csv(work / f"comments-{count}.csv", count)
    subprocess.run(
        [PYTHON, "-m", "feedback_desk", "--home", str(home), "import", str(csv_path)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    csv_path.unlink()
    return home


def run_child(home: Path, code: Path | None) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if code is not None:
        env["PYTHONPATH"] = str(code)
    out = subprocess.run(
        [PYTHON, "-m", "bench.bench_memory", "--child", str(home)],
        check=True,
        cwd=code or ROOT,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="make (or reuse) the homes in this folder")
    parser.add_argument("--code", type=Path, help="run the window from this source tree")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="feedback-desk-memory-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, homes in {work}")
    if args.code:
        print(f"window code from {args.code}")
    try:
        for count in args.sizes:
            home = make_home(count, work)
            runs = [run_child(home, args.code) for _ in range(args.runs)]
            base, _, peak, now, rows, steps, step_ms, step_max, jump_ms, jump_max = (
                statistics.median(r[i] for r in runs) for i in range(10)
            )
            grown = (peak - base) / max(rows, 1) * 1000
            worst = max(r[2] for r in runs)
            verdict = "met" if worst <= TARGET_MB else "MISSED"
            print(
                f"\n== {count:,} comments ({args.runs} runs, medians) ==\n"
                f"memory  baseline (window before scrolling) {base:.0f} MB | after scrolling "
                f"{rows:,.0f} rows to the end and back: peak {peak:.0f} MB, now {now:.0f} MB | "
                f"growth {peak - base:+.0f} MB ({grown:.3f} MB per 1,000 rows) | "
                f"target <= {TARGET_MB:.0f} MB: {verdict} (worst run {worst:.0f} MB)\n"
                f"scroll  {steps:,.0f} steps to the end: median {step_ms:.2f} ms, longest "
                f"{step_max:.1f} ms | {JUMPS} jumps back: median {jump_ms:.2f} ms, longest "
                f"{jump_max:.1f} ms",
                flush=True,
            )
    finally:
        if args.keep is None:
            subprocess.run(["rm", "-rf", str(work)], check=False)


if __name__ == "__main__":
    main()
