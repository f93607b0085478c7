"""The report's Perspective page (HTML and PDF) on the hand-counted inbox of
tests/perspective_fixture.py: the same figures as counted there, at the period's end."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from html import unescape
from pathlib import Path

import pytest

from feedback_desk.core.perspective import SHARE_ORDER, Point
from feedback_desk.reports.service import perspective_moment, prepare_report, write_report
from feedback_desk.store import open_database
from feedback_desk.store.report_data import ReportFilter
from tests import perspective_fixture as fx
from tests.conftest import NOW


def clock() -> datetime:
    return NOW


@pytest.fixture
def prepared(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "home", clock)
    conn = db.connect()
    fx.seed(db, conn)
    conn.close()
    # The report ends on 1 May, which is not over at NOW: the page is counted at NOW.
    return prepare_report(db, ReportFilter(date(2026, 4, 1), date(2026, 5, 1)), now=NOW, tz=UTC)


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_moment_is_the_end_of_the_period() -> None:
    assert perspective_moment(date(2026, 4, 30), NOW, UTC) == datetime(2026, 5, 1, tzinfo=UTC)
    assert perspective_moment(date(2026, 5, 1), NOW, UTC) == NOW


def test_the_html_page(prepared, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = write_report(prepared, tmp_path / "r.html")
    html = target.read_text(encoding="utf-8")
    page = text_of(html.split(">Perspective</h2>", 1)[1].split("<h2>", 1)[0])
    assert fx.RECENT_SENTENCE in page
    assert fx.GOOGLE_SENTENCE in page
    # week 1 from 6 Feb .. week 12 from 24 Apr, each as counted by hand
    assert "Week from Comments Positive Neutral Negative Harsh Google reviews ★" in page
    assert "6 Feb 2026 1 1 (100%) 0 0 0" in page
    assert "24 Apr 2026 5 3 (60%) 1 (20%) 0 1 (20%) 4.5" in page
    assert "17 Apr 2026 2 1 (50%) 0 1 (50%) 0 3.5" in page
    assert "Category Comments Customers delivery 5 4 price 1 1" in page
    assert "Perspective: points raised" in text_of(html)  # the appendix says how


def test_the_period_end_moves_the_count(tmp_path: Path) -> None:
    """A report ending on 20 April counts the 30 days before 21 April, 00:00."""
    db = open_database(tmp_path / "home", clock)
    conn = db.connect()
    fx.seed(db, conn)
    conn.close()
    prepared = prepare_report(
        db, ReportFilter(date(2026, 4, 1), date(2026, 4, 20)), now=NOW, tz=UTC
    )
    figures = prepared.perspective
    assert figures is not None
    assert figures.now == NOW - timedelta(days=10, hours=12)
    # The 30 days are [22 Mar 00:00, 21 Apr 00:00). R6 (22 Apr 11:00) is after them; in
    # them: R7 18 Apr positive, R8 14 Apr neutral, R9 9 Apr positive, R10 4 Apr negative,
    # O1 29 Mar positive, O2 24 Mar negative (O3, 17 Mar, is before) = 6: 3 / 1 / 2 / 0.
    assert figures.recent.total == 6
    assert [figures.recent.counts[s] for s in SHARE_ORDER] == [3, 1, 2, 0]
    # 90 days back is 21 Jan: delivery is R10 Sam, O2 Fay, O8 Bo, O10 Mo and O11 Ned (26 Jan)
    # = 5 comments by 5 customers (R6, Bo's second, is after the moment).
    assert figures.points[0] == Point("delivery", 5, 5)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_page(prepared, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    target = write_report(prepared, tmp_path / "r.pdf")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert "In the last 30 days, 10 comments: 50% positive, 20% neutral" in flat
    assert "average 4.0★ from 5 reviews in the last 30 days (up from 3.7★)" in flat


def test_a_csv_needs_no_perspective(tmp_path: Path) -> None:
    db = open_database(tmp_path / "home", clock)
    conn = db.connect()
    fx.seed(db, conn)
    conn.close()
    report_filter = ReportFilter(date(2026, 4, 1), date(2026, 5, 1))
    without = prepare_report(db, report_filter, now=NOW, tz=UTC, perspective=False)
    assert without.perspective is None
    with_it = prepare_report(db, report_filter, now=NOW, tz=UTC)
    write_report(without, tmp_path / "a.csv")
    write_report(with_it, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
