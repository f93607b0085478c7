"""Benchmark: the customer-recovery report over 100,000 complaints.

    .venv/bin/python -m bench.bench_report [--count 100000]

Prints how long loading, computing and writing each format take (issue 5 targets:
CSV <= 2 s, PDF <= 10 s), beside a baseline measured in the same run: a plain
`SELECT * FROM comments` read of the same rows and csv.writer of them.
"""

from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from feedback_desk.core.report import build_report
from feedback_desk.core.triage import Triage
from feedback_desk.reports.csv_export import write_csv
from feedback_desk.reports.html_export import write_html
from feedback_desk.sources.file_import import import_export, open_export
from feedback_desk.store import open_database
from feedback_desk.store.report_data import ReportFilter, load_complaints

from .fake_inbox import write_csv as write_fake_export


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {seconds:7.2f} s", flush=True)
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="feedback-desk-report-bench-"))
    # Every generated comment gets a one-star rating so all of them count as complaints.
    export = write_fake_export(work / "export.csv", args.count)
    rows = list(csv.DictReader(export.open(encoding="utf-8")))
    for row in rows:
        row["platform"], row["rating"] = "google", "1"
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    db = open_database(work / "home")
    timed("import (setup)", lambda: import_export(db, open_export(export), Triage()))
    conn = db.connect()
    window = ReportFilter(date(2020, 1, 1), date(2026, 12, 31))
    complaints, load_s = timed("load complaints", lambda: load_complaints(conn, window))
    print(f"  {len(complaints):,} complaints")
    now = datetime.now(UTC)
    report, build_s = timed(
        "compute figures",
        lambda: build_report(complaints, start=window.start, end=window.end, now=now),
    )
    _, csv_s = timed("write CSV", lambda: write_csv(work / "r.csv", complaints, report))
    kwargs = {"shop_name": "Bench", "start": window.start, "end": window.end, "generated_at": now}
    timed("write HTML", lambda: write_html(work / "r.html", report, complaints, **kwargs))
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # noqa: F841 - PDF rendering needs one
    from feedback_desk.reports.pdf_export import write_pdf

    _, pdf_s = timed("write PDF", lambda: write_pdf(work / "r.pdf", report, complaints, **kwargs))

    def baseline() -> None:
        raw = sqlite3.connect(db.path)
        with (work / "raw.csv").open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(raw.execute("SELECT * FROM comments"))
        raw.close()

    _, raw_s = timed("baseline: SELECT * + csv.writer", baseline)
    total_csv = load_s + build_s + csv_s
    print(
        f"\nCSV end to end {total_csv:.2f} s (target <= 2 s), {total_csv / raw_s:.1f}x the "
        f"raw dump; PDF end to end {load_s + build_s + pdf_s:.2f} s (target <= 10 s)"
    )
    print(
        f"sizes: CSV {(work / 'r.csv').stat().st_size / 1e6:.1f} MB, "
        f"HTML {(work / 'r.html').stat().st_size / 1e6:.1f} MB, "
        f"PDF {(work / 'r.pdf').stat().st_size / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
