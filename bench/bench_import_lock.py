"""Do other writers get in while a big file is imported? (issue 10, item 10)

    .venv/bin/python -m bench.bench_import_lock [--rows 300000] [--interval 0.25]

A `feedback-desk import` of ROWS comments runs in a child process; meanwhile this process
changes the status of a comment already in the inbox (CommentStore.set_status, what the
window's "Mark resolved" does) every INTERVAL seconds, each time on a fresh connection with
the app's busy timeout. Prints every wait over 100 ms, the longest wait, and how many
changes failed ("database is in use"). Target: every change succeeds, the longest wait
about a second at most.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from feedback_desk.core.errors import UserFacingError
from feedback_desk.core.model import Status
from feedback_desk.store import open_database
from feedback_desk.store.comments import CommentStore

from .fake_inbox import write_csv

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--interval", type=float, default=0.25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="feedback-desk-lock-") as folder:
        work = Path(folder)
        home = work / "home"
        small = write_csv(work / "small.csv", 10)
        subprocess.run(
            [sys.executable, "-m", "feedback_desk", "--home", str(home), "import", str(small)],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        big = write_csv(work / "big.csv", args.rows)
        # The big file's ids start where the small one's end, so every row is new.
        text = big.read_text("utf-8").replace("bench-", "big-")
        big.write_text(text, "utf-8")
        db = open_database(home)
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "feedback_desk", "--home", str(home), "import", str(big)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        waits: list[float] = []
        failures = 0
        statuses = (Status.RESOLVED, Status.NEW)
        while child.poll() is None:
            time.sleep(args.interval)
            conn = db.connect()
            began = time.perf_counter()
            try:
                CommentStore(db, conn).set_status([1], statuses[len(waits) % 2])
            except UserFacingError as error:
                failures += 1
                print(f"  {time.perf_counter() - started:6.1f} s  FAILED: {error}", flush=True)
            finally:
                conn.close()
            wait = time.perf_counter() - began
            waits.append(wait)
            if wait > 0.1:
                print(f"  {time.perf_counter() - started:6.1f} s  waited {wait * 1000:.0f} ms")
        out, err = child.communicate()
        took = time.perf_counter() - started
        if child.returncode:
            raise SystemExit(f"the import failed:\n{err}")
        print(out.strip())
        print(
            f"import of {args.rows:,} rows took {took:.1f} s; {len(waits)} status changes "
            f"during it: {failures} failed, longest wait {max(waits, default=0) * 1000:.0f} ms, "
            f"median {statistics.median(waits or [0]) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
