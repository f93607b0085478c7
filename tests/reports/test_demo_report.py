"""The demo's report for the last 90 days, as a new user would make it, checked against a
count made straight from the database with plain SQL (no app code) — and the PDF shows
the same numbers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sqlite3
import statistics
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from feedback_desk.demo import seed_sample_inbox
from feedback_desk.reports.service import prepare_report, write_report
from feedback_desk.store import Database, open_database
from feedback_desk.store.report_data import ReportFilter

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
LAST_90_DAYS = ReportFilter(date(2026, 8, 28), date(2026, 11, 25))


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = open_database(tmp_path_factory.mktemp("demo") / "home", clock)
    seed_sample_inbox(db, clock)
    return db


def hand_count(path: Path) -> dict[str, object]:
    """The figures, counted the long way from the tables."""
    conn = sqlite3.connect(path)
    try:
        complaints = conn.execute(
            """SELECT id, author, status, replied_at, created_at FROM comments
               WHERE severity_rank <= 1 AND created_at >= '2026-08-28T00:00:00Z'
                 AND created_at < '2026-11-26T00:00:00Z'"""
        ).fetchall()

        def first_sent(cid: int) -> tuple[str, str] | None:
            return conn.execute(
                """SELECT sent_at, channel FROM replies WHERE comment_id = ? AND state = 'sent'
                   ORDER BY sent_at, id LIMIT 1""",
                (cid,),
            ).fetchone()

        def latest_outcome(cid: int) -> str | None:
            row = conn.execute(
                """SELECT outcome FROM outcomes WHERE comment_id = ?
                   ORDER BY created_at DESC, id DESC LIMIT 1""",
                (cid,),
            ).fetchone()
            return row[0] if row else None

        def when(text: str) -> datetime:
            return datetime.fromisoformat(text.replace("Z", "+00:00"))

        def person(author: str) -> str:
            return " ".join(author.casefold().split()).lstrip("@")

        answered = {c[0]: first_sent(c[0]) for c in complaints if first_sent(c[0]) or c[3]}
        minutes = [
            (when(reply[0]) - when(c[4])).total_seconds() / 60
            for c in complaints
            if (reply := answered.get(c[0]))
        ]
        outcomes = {c[0]: latest_outcome(c[0]) for c in complaints}
        ids = ",".join(str(c[0]) for c in complaints)
        money = conn.execute(
            f"""SELECT sum(CAST(value AS REAL)) FROM discounts
                WHERE currency = 'GBP' AND comment_id IN ({ids})"""
        ).fetchone()[0]
        won = {person(c[1]) for c in complaints if outcomes[c[0]] == "won_back"}
        return {
            "received": len(complaints),
            "answered": len(answered),
            "private": sum(1 for r in answered.values() if r and r[1] in ("private", "email")),
            "median_minutes": statistics.median(minutes),
            "resolved": sum(
                1
                for c in complaints
                if c[2] == "resolved" or outcomes[c[0]] in ("resolved", "won_back")
            ),
            "customers": len({person(c[1]) for c in complaints}),
            "won_back": len(won),
            "cost_per_won_back": round(money / len(won), 2),
            "open": sum(1 for c in complaints if c[2] in ("new", "cooling_off", "drafting")),
        }
    finally:
        conn.close()


def test_the_90_day_report_matches_a_hand_count(demo: Database, tmp_path: Path) -> None:
    counted = hand_count(demo.path)
    report = prepare_report(demo, LAST_90_DAYS, now=NOW, tz=UTC).report
    assert report.received == counted["received"] == 36
    assert report.response_rate.part == counted["answered"]
    assert report.taken_private.part == counted["private"]
    assert report.first_response_median == timedelta(minutes=float(str(counted["median_minutes"])))
    assert report.resolution_rate.part == counted["resolved"]
    assert report.customers_at_risk == counted["customers"]
    assert report.customers_won_back == counted["won_back"]
    assert report.cost_per_recovered_customer is not None
    assert float(report.cost_per_recovered_customer["GBP"]) == counted["cost_per_won_back"]
    assert len(report.open_complaints) == counted["open"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_shows_the_hand_counted_figures(
    qapp: object, demo: Database, tmp_path: Path
) -> None:
    counted = hand_count(demo.path)
    target = write_report(prepare_report(demo, LAST_90_DAYS, now=NOW, tz=UTC), tmp_path / "r.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    received, answered = counted["received"], counted["answered"]
    assert f"{received} complaints in this report." in text
    assert f"({answered} of {received})" in text
    assert f"£{counted['cost_per_won_back']:.2f}" in text
    assert f"{counted['won_back']} of {counted['customers']})" in text
