"""The report's CSV opened in a real spreadsheet (Gnumeric's ssconvert): no cell becomes a
formula, and what the customer wrote reads as they wrote it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from feedback_desk.core.model import NewComment, Platform
from feedback_desk.core.triage import Triage
from feedback_desk.reports.service import prepare_report, write_report
from feedback_desk.store import Database
from feedback_desk.store.assessments import Assessment, Assessments
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.report_data import ReportFilter
from tests.conftest import NOW

# Authors, notes and points that a spreadsheet would run as formulas if left alone.
DANGEROUS = [
    "=1+1",
    '=HYPERLINK("http://evil.example","click")',
    "+44 20 7946 0000",
    "-2+3",
    "@SUM(1,2)",
    "=cmd|' /C calc'!A0",
]


def ssconvert() -> str:
    found = shutil.which("ssconvert")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Gnumeric's ssconvert (scripts/setup.sh --tests installs it)")
        pytest.skip("needs Gnumeric's ssconvert (apt-get install gnumeric)")
    return found


def to_xlsx(csv_path: Path) -> tuple[list[str], list[str]]:
    """Open `csv_path` in Gnumeric and save it as .xlsx: (formulas, text cells)."""
    out = csv_path.with_suffix(".xlsx")
    subprocess.run(
        [ssconvert(), str(csv_path), str(out)],
        check=True,
        capture_output=True,
        timeout=60,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    with zipfile.ZipFile(out) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        names = book.namelist()
        shared = (
            book.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in names else ""
        )
    formulas = re.findall(r"<f>(.*?)</f>", sheet)
    texts = [
        t.replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
        for t in re.findall(r"<t[^>]*>(.*?)</t>", shared, re.S)
    ]
    return formulas, texts


def test_a_plain_formula_csv_does_run_in_the_spreadsheet(tmp_path: Path) -> None:
    """The check can fail: an unprotected cell is a formula to Gnumeric."""
    raw = tmp_path / "raw.csv"
    raw.write_text("author\n=1+1\n", encoding="utf-8")
    formulas, _ = to_xlsx(raw)
    assert formulas == ["1+1"]


def test_the_reports_csv_has_no_formula_and_keeps_every_word(
    tmp_path: Path, db: Database, triage: Triage
) -> None:
    conn = db.connect()
    try:
        CommentStore(db, conn).add_many(
            [
                NewComment(
                    Platform.GOOGLE,
                    f"e{i}",
                    author,
                    "Awful, rude and the cake was stale.",
                    NOW - timedelta(hours=i + 1),
                    rating=1,
                )
                for i, author in enumerate(DANGEROUS)
            ],
            triage,
        )
        for cid, text in zip(range(1, len(DANGEROUS) + 1), DANGEROUS, strict=True):
            Assessments(db, conn).save(Assessment(cid, "valid", text, "product", text))
    finally:
        conn.close()
    today = NOW.astimezone(UTC).date()
    prepared = prepare_report(db, ReportFilter(today - timedelta(days=7), today), tz=UTC)
    assert len(prepared.complaints) == len(DANGEROUS)
    target = tmp_path / "report.csv"
    write_report(prepared, target)

    formulas, texts = to_xlsx(target)
    assert formulas == []
    for dangerous in DANGEROUS:
        # Shown as text, as written (the spreadsheet keeps each distinct text once).
        assert any(dangerous in t for t in texts), dangerous
