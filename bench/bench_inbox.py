"""Benchmarks for the foundation: import, search, first paint and memory.

    .venv/bin/python -m bench.bench_inbox [--sizes 100000 1000000]

Each figure is printed beside a baseline measured in the same run on the same machine:
  import   our `feedback-desk import` (parse, check, score, store)  vs  raw executemany
  search   our inbox search (worst first, first page)               vs  the raw FTS5 query
  paint    our window's first painted inbox                         vs  an empty PySide6 window
  memory   peak RSS of the window after paging through ten pages, and of the import
Targets (issue 2): import >= 0.5x, search <= 1.5x and <= 50 ms at 1M, paint <= 2x at 1M,
memory <= 300 MB at 1M.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from feedback_desk.store import open_database
from feedback_desk.store.comments import CommentStore, InboxFilter, fts_query

from .fake_inbox import write_csv

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SEARCHES = ("cheesecake", "sourd", "refund", "Okafor512", "Priya Khan", "idiots", "the")
REPEATS = 15


def run(args: list[str], env: dict[str, str] | None = None) -> tuple[str, float, float]:
    """Run a child; return its stdout, wall seconds and peak memory in MB."""
    started = time.perf_counter()
    child = subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env or os.environ.copy(),
        text=True,
    )
    out = child.stdout.read() if child.stdout else ""
    err = child.stderr.read() if child.stderr else ""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{err}")
    return out, time.perf_counter() - started, usage.ru_maxrss / 1024


def median_ms(fn, repeats: int = REPEATS) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm the page cache once
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def bench_size(count: int, work: Path) -> dict[str, float]:
    print(f"\n== {count:,} comments ==", flush=True)
    csv_path = write_csv(work / f"comments-{count}.csv", count)
    size_mb = csv_path.stat().st_size / 1e6

    ours_home = work / f"ours-{count}"
    _, ours_s, import_mb = run(
        [PYTHON, "-m", "feedback_desk", "--home", str(ours_home), "import", str(csv_path)]
    )
    raw_home = work / f"raw-{count}"
    out, _, _ = run([PYTHON, "-m", "bench.raw_insert", str(raw_home), str(csv_path)])
    raw_s = float(out.strip())
    print(
        f"import  ours {count / ours_s:>9,.0f} rows/s ({ours_s:.1f} s, {size_mb:.0f} MB CSV, "
        f"peak {import_mb:.0f} MB) | raw executemany {count / raw_s:>9,.0f} rows/s "
        f"({raw_s:.1f} s) | ratio {raw_s / ours_s:.2f}x (target >= 0.5x)",
        flush=True,
    )

    db = open_database(ours_home)
    conn = db.connect()
    store = CommentStore(db, conn)
    ours_ms, raw_ms = [], []
    for term in SEARCHES:
        match = fts_query(term)
        ours = median_ms(lambda t=term: store.page(InboxFilter(search=t), limit=200))
        raw = median_ms(
            lambda m=match: conn.execute(
                "SELECT c.* FROM comments_fts JOIN comments c ON c.id = comments_fts.rowid "
                "WHERE comments_fts MATCH ? LIMIT 200",
                (m,),
            ).fetchall()
        )
        hits = conn.execute(
            "SELECT count(*) FROM comments_fts WHERE comments_fts MATCH ?", (match,)
        ).fetchone()[0]
        ours_ms.append(ours)
        raw_ms.append(raw)
        print(
            f"search  {term!r:<13} {hits:>9,} hits  ours {ours:7.2f} ms | raw FTS5 "
            f"{raw:7.2f} ms | ratio {ours / raw:5.2f}x",
            flush=True,
        )
    deep = median_ms(
        lambda: store.page(InboxFilter(), after=(1, 0, "2026-06-01T00:00:00Z", 0), limit=200)
    )
    conn.close()
    search_ours, search_raw = statistics.median(ours_ms), statistics.median(raw_ms)
    print(
        f"search  median ours {search_ours:.2f} ms | raw {search_raw:.2f} ms | ratio "
        f"{search_ours / search_raw:.2f}x (target <= 1.5x, <= 50 ms at 1M)"
    )
    print(f"scroll  one page of 200 rows deep in the list: {deep:.2f} ms")

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    paints_app, paints_empty, memory = [], [], []
    for _ in range(3):
        out, _, _ = run(
            [PYTHON, "bench/first_paint.py", repr(time.time()), "app", str(ours_home)], env
        )
        first, peak, _rows = out.split()
        paints_app.append(float(first))
        memory.append(float(peak))
        out, _, _ = run([PYTHON, "bench/first_paint.py", repr(time.time()), "empty"], env)
        paints_empty.append(float(out.split()[0]))
    app_s, empty_s = statistics.median(paints_app), statistics.median(paints_empty)
    print(
        f"paint   ours {app_s * 1000:.0f} ms | empty PySide6 window {empty_s * 1000:.0f} ms | "
        f"ratio {app_s / empty_s:.2f}x (target <= 2x at 1M)"
    )
    print(
        f"memory  window after ten pages {max(memory):.0f} MB | import {import_mb:.0f} MB "
        f"(target <= 300 MB at 1M)",
        flush=True,
    )
    return {
        "import_ratio": raw_s / ours_s,
        "search_ratio": search_ours / search_raw,
        "search_ms": search_ours,
        "paint_ratio": app_s / empty_s,
        "memory_mb": max(max(memory), import_mb),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--keep", action="store_true", help="keep the generated homes")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="feedback-desk-bench-"))
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, work folder {work}")
    try:
        for count in args.sizes:
            bench_size(count, work)
    finally:
        if not args.keep:
            subprocess.run(["rm", "-rf", str(work)], check=False)


if __name__ == "__main__":
    main()
