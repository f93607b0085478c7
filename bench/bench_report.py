"""Benchmark: the customer-recovery report over 100,000 complaints.

    .venv/bin/python -m bench.bench_report [--count 100000] [--history]
    .venv/bin/python -m bench.bench_report --data /tmp/feedback-desk-stall-bench/1000000/data

Prints how long loading, computing and writing each format take, end to end (issue 5
targets: CSV <= 2 s, PDF <= 10 s from loading to the written file), beside a baseline
measured in the same run: a plain `SELECT * FROM comments` read of the same rows and
csv.writer of them. Times are loaded in the machine's zone, as the app does.

By default the complaints have no history (nothing answered, judged or followed up),
as after an import. --history gives them the history of a shop that uses the app: 70%
answered (some twice, some with a draft), a third with a cool-off, 60% judged, 40% with
an outcome (some decided twice), a third with an offer - every column of the CSV filled
somewhere, which costs more per row.

It also prints how the figures' time grows from a tenth of the complaints to all of them
(target: linear, <= 10.5x per 10x); --data measures only that, over a data folder made
before (`bench_stalls` keeps one per count, with the same history).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from feedback_desk.core.report import build_report
from feedback_desk.core.triage import Triage
from feedback_desk.reports.csv_export import write_csv
from feedback_desk.reports.html_export import write_html
from feedback_desk.reports.service import local_zone, prepare_report, write_report
from feedback_desk.sources.file_import import import_export, open_export
from feedback_desk.store import open_database
from feedback_desk.store.history import History
from feedback_desk.store.report_data import ReportFilter, load_complaints

from .fake_inbox import write_csv as write_fake_export

# A lived-in history for every complaint, by its id (deterministic); see --history.
HISTORY = """
    INSERT INTO replies (comment_id, channel, text, state, send_key, created_at, updated_at,
                         sent_at)
    SELECT id, CASE id % 3 WHEN 0 THEN 'public' WHEN 1 THEN 'private' ELSE 'email' END,
           'Sorry', 'sent', 'bench-1-' || id, created_at, created_at,
           strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+' || (id % 4000) || ' minutes')
    FROM comments WHERE id % 10 < 7;
    INSERT INTO replies (comment_id, channel, text, state, send_key, created_at, updated_at,
                         sent_at)
    SELECT id, 'public', 'Again', 'sent', 'bench-2-' || id, created_at, created_at,
           strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+' || (id % 9000) || ' minutes')
    FROM comments WHERE id % 10 = 0;
    INSERT INTO replies (comment_id, channel, text, state, send_key, created_at, updated_at)
    SELECT id, 'public', 'Not sent', 'queued', 'bench-3-' || id, created_at, created_at
    FROM comments WHERE id % 10 = 8;
    UPDATE comments SET
        status = CASE WHEN id % 10 < 7 THEN 'replied' WHEN id % 10 = 8 THEN 'drafting'
                      WHEN id % 10 = 9 THEN 'resolved' ELSE status END,
        replied_at = CASE
            WHEN id % 10 < 7
                THEN strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+' || (id % 4000) || ' minutes')
            WHEN id % 20 = 9 THEN strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+90 minutes')
        END;
    INSERT INTO cooloffs (comment_id, started_at, ends_at)
    SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+5 minutes'),
           strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+65 minutes')
    FROM comments WHERE id % 3 = 0;
    INSERT INTO assessments (comment_id, validity, valid_point, category, notes, updated_at)
    SELECT id, CASE id % 4 WHEN 0 THEN 'valid' WHEN 1 THEN 'partly' WHEN 2 THEN 'not_valid' END,
           CASE id % 5 WHEN 0 THEN 'Late delivery' WHEN 1 THEN 'late  delivery' WHEN 2 THEN ''
                       ELSE 'Stale bread #' || (id % 50) END,
           CASE id % 7 WHEN 0 THEN 'Delivery' WHEN 1 THEN 'Quality' WHEN 2 THEN 'Staff'
                       WHEN 3 THEN 'Price' WHEN 4 THEN 'Hygiene' WHEN 5 THEN 'Other  stuff' END,
           CASE id % 6 WHEN 0 THEN '=SUM(A1)' WHEN 1 THEN 'Called them,' || char(10) || 'fine'
                       ELSE 'note ' || (id % 300) END,
           created_at
    FROM comments WHERE id % 5 < 3;
    INSERT INTO outcomes (comment_id, outcome, decided_on, follow_up_on, note, created_at)
    SELECT id, CASE id % 5 WHEN 0 THEN 'won_back' WHEN 1 THEN 'resolved' WHEN 2 THEN 'unhappy'
                           WHEN 3 THEN 'no_response' ELSE 'lost' END,
           substr(created_at, 1, 10), CASE WHEN id % 2 = 0 THEN date(created_at, '+7 days') END,
           NULL, strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+3 days')
    FROM comments WHERE id % 10 < 4;
    INSERT INTO outcomes (comment_id, outcome, decided_on, note, created_at)
    SELECT id, 'won_back', substr(created_at, 1, 10), NULL,
           strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+5 days')
    FROM comments WHERE id % 10 = 1;
    INSERT INTO discounts (comment_id, kind, value, currency, code, status, created_at)
    SELECT id, CASE id % 5 WHEN 0 THEN 'percent' WHEN 1 THEN 'fixed' WHEN 2 THEN 'refund'
                           WHEN 3 THEN 'free_item' ELSE 'apology' END,
           CASE id % 5 WHEN 0 THEN 10 WHEN 1 THEN 5.5 WHEN 2 THEN 12.25 WHEN 3 THEN 3 END,
           CASE WHEN id % 5 IN (1, 2, 3) THEN CASE WHEN id % 2 = 0 THEN 'GBP' ELSE 'EUR' END END,
           CASE WHEN id % 5 IN (0, 1) THEN 'BENCH' || id END,
           CASE id % 4 WHEN 0 THEN 'offered' WHEN 1 THEN 'redeemed' WHEN 2 THEN 'expired'
                       ELSE 'declined' END,
           created_at
    FROM comments WHERE id % 5 = 0 OR id % 7 = 0;
"""
HISTORY_TABLES = ("replies", "cooloffs", "assessments", "outcomes", "discounts")


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {seconds:7.2f} s", flush=True)
    return result, seconds


GROWTH_TARGET = 10.5  # per 10 times the complaints: linear, give or take the noise


def figures_scaling(complaints, window, now, zone, repeats: int = 5) -> str:  # type: ignore[no-untyped-def]
    """Computing the figures for a tenth of the complaints and for all of them (the same
    facts, alternately, median of `repeats` each): linear means about 10x. Timed as the
    CPU time of this thread (other programs on a shared machine do not count), with the
    wall-clock time beside it."""
    tenth = complaints[: len(complaints) // 10]
    cpu: dict[int, list[float]] = {len(tenth): [], len(complaints): []}
    wall: dict[int, list[float]] = {len(tenth): [], len(complaints): []}
    for _ in range(repeats):
        for part in (tenth, complaints):
            started, started_cpu = time.perf_counter(), time.thread_time()
            build_report(part, start=window.start, end=window.end, now=now, tz=zone)
            cpu[len(part)].append(time.thread_time() - started_cpu)
            wall[len(part)].append(time.perf_counter() - started)
    small, large = statistics.median(cpu[len(tenth)]), statistics.median(cpu[len(complaints)])
    small_wall = statistics.median(wall[len(tenth)])
    large_wall = statistics.median(wall[len(complaints)])
    ratio = large / small
    return (
        f"figures: {len(tenth):,} complaints {small * 1000:.0f} ms, {len(complaints):,} "
        f"{large * 1000:.0f} ms of CPU (wall {small_wall * 1000:.0f} / {large_wall * 1000:.0f} "
        f"ms): {ratio:.1f}x for 10x the complaints (wall {large_wall / small_wall:.1f}x); "
        f"target linear (<= {GROWTH_TARGET}x): {'met' if ratio <= GROWTH_TARGET else 'MISSED'}"
    )


def figures_only(data: Path) -> None:
    """--data: the figures' growth over the complaints of a data folder made before (as
    `bench_stalls` makes them: `--cache`/COUNT/data), without importing again."""
    from feedback_desk.home import DataHome

    db = open_database(DataHome.resolve(str(data)).root)
    conn = db.connect()
    zone = local_zone()
    window = ReportFilter(date(2000, 1, 1), date(2099, 12, 31))
    complaints, _ = timed("load complaints", lambda: load_complaints(conn, window, zone))
    conn.close()
    print(figures_scaling(complaints, window, datetime.now(UTC), zone))


def write_complaints_export(path: Path, count: int) -> Path:
    """The generated export with every comment a one-star Google review, so all of them
    count as complaints."""
    export = write_fake_export(path, count)
    rows = list(csv.DictReader(export.open(encoding="utf-8")))
    for row in rows:
        row["platform"], row["rating"] = "google", "1"
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return export


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument(
        "--history", action="store_true", help="answer, judge and follow up the complaints"
    )
    parser.add_argument(
        "--data",
        type=Path,
        help="only the figures' growth, over the complaints of this data folder",
    )
    args = parser.parse_args()
    if args.data:
        figures_only(args.data)
        return
    work = Path(tempfile.mkdtemp(prefix="feedback-desk-report-bench-"))
    export = write_complaints_export(work / "export.csv", args.count)
    db = open_database(work / "home")
    timed("import (setup)", lambda: import_export(db, open_export(export), Triage()))
    conn = db.connect()
    if args.history:
        timed("history (setup)", lambda: conn.executescript(HISTORY))
    held = ", ".join(
        f"{conn.execute(f'SELECT count(*) FROM {table}').fetchone()[0]:,} {table}"
        for table in HISTORY_TABLES
    )
    zone = local_zone()
    window = ReportFilter(date(2020, 1, 1), date(2026, 12, 31))
    complaints, load_s = timed("load complaints", lambda: load_complaints(conn, window, zone))
    print(f"  {len(complaints):,} complaints; {held}")
    now = datetime.now(UTC)
    report, build_s = timed(
        "compute figures",
        lambda: build_report(complaints, start=window.start, end=window.end, now=now, tz=zone),
    )
    _, csv_s = timed("write CSV", lambda: write_csv(work / "r.csv", complaints))
    kwargs = {"shop_name": "Bench", "start": window.start, "end": window.end, "generated_at": now}
    timed("write HTML", lambda: write_html(work / "r.html", report, complaints, **kwargs))
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # noqa: F841 - PDF rendering needs one
    from feedback_desk.reports.pdf_export import write_pdf

    _, pdf_s = timed("write PDF", lambda: write_pdf(work / "r.pdf", report, complaints, **kwargs))
    # The CSV the way `feedback-desk report --out r.csv` and the dialog's "Save as CSV"
    # make it: prepare (load) and write; a CSV needs no figures, so none are computed.
    _, pipeline_csv_s = timed(
        "CSV through reports.service",
        lambda: write_report(
            prepare_report(db, window, now=now, tz=zone, perspective=False), work / "p.csv"
        ),
    )

    scaling = figures_scaling(complaints, window, now, zone)

    history = History(db, conn)
    ids, all_ids_s = timed("history list, every id (before)", lambda: history.ids(window, tz=zone))
    timed("  and their first 200 rows", lambda: history.rows(ids[:200]))
    _, first_s = timed("history list, first page", lambda: history.page(window, tz=zone))
    deep = history.page(
        window, tz=zone, after=history.rows(ids[len(ids) // 2 : len(ids) // 2 + 1])[0]
    )
    _, deep_s = timed(
        "history list, a page half way down",
        lambda: history.page(window, tz=zone, after=deep[-1]),
    )
    timed("history list, counted (background)", lambda: history.count(window, tz=zone))
    timed("history list, search 'late', page", lambda: history.page(window, "late", tz=zone))

    def baseline() -> None:
        raw = sqlite3.connect(db.path)
        with (work / "raw.csv").open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(raw.execute("SELECT * FROM comments"))
        raw.close()

    _, raw_s = timed("baseline: SELECT * + csv.writer", baseline)
    total_csv = pipeline_csv_s
    total_pdf = load_s + build_s + pdf_s
    print(
        f"\nCSV end to end (load + write, as the app does it) {total_csv:.2f} s, target "
        f"<= 2 s: {'met' if total_csv <= 2 else 'MISSED'}; {total_csv / raw_s:.1f}x the raw "
        f"dump ({raw_s:.2f} s) in this run; with the figures as well "
        f"{load_s + build_s + csv_s:.2f} s\n"
        f"PDF end to end (load + figures + write) {total_pdf:.2f} s, target <= 10 s: "
        f"{'met' if total_pdf <= 10 else 'MISSED'}"
    )
    print(scaling)
    page_s = max(first_s, deep_s)
    print(
        f"history list: a page of 200 rows {page_s * 1000:.1f} ms (first or half way down), "
        f"against reading every id {all_ids_s * 1000:.0f} ms; target proportional to what is "
        f"shown (a page <= 50 ms whatever the count): {'met' if page_s <= 0.05 else 'MISSED'}"
    )
    print(
        f"sizes: CSV {(work / 'r.csv').stat().st_size / 1e6:.1f} MB, "
        f"HTML {(work / 'r.html').stat().st_size / 1e6:.1f} MB, "
        f"PDF {(work / 'r.pdf').stat().st_size / 1e6:.1f} MB"
    )
    conn.close()
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
