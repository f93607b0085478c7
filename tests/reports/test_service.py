"""The one report pipeline the command line and the report dialog share."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from datetime import UTC, date
from pathlib import Path

import pytest

from feedback_desk.core.errors import UserFacingError
from feedback_desk.reports.service import (
    PreparedReport,
    prepare_report,
    report_format,
    write_report,
)
from feedback_desk.store import Database
from feedback_desk.store.report_data import ReportFilter
from tests.conftest import NOW

from .test_exports import END, START, ids, no_temporaries, read_csv  # noqa: F401

APRIL = ReportFilter(START, END)


@pytest.fixture
def prepared(db: Database, ids: dict[str, int]) -> PreparedReport:  # noqa: F811
    return prepare_report(db, APRIL, tz=UTC)


def test_prepare_reads_complaints_and_the_clock(prepared: PreparedReport) -> None:
    assert len(prepared.complaints) == 5  # the neutral comment is not a complaint
    assert prepared.report.received == 5
    assert (prepared.start, prepared.end) == (START, END)
    assert prepared.generated_at == NOW  # the database's clock when none is given
    assert prepared.shop_name == ""


def test_prepare_applies_the_filter(db: Database, ids: dict[str, int]) -> None:  # noqa: F811
    valid = ReportFilter(START, END, validities=frozenset({"valid", "partly"}))
    assert len(prepare_report(db, valid, tz=UTC).complaints) == 2
    may = ReportFilter(date(2026, 5, 1), date(2026, 5, 31))
    assert prepare_report(db, may, tz=UTC).complaints == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [("r.pdf", ".pdf"), ("R.CSV", ".csv"), ("r.html", ".html"), ("r.htm", ".html")],
)
def test_the_ending_chooses_the_format(name: str, expected: str) -> None:
    assert report_format(Path(name)) == expected


@pytest.mark.parametrize("name", ["r.txt", "report", "r.pdf.bak"])
def test_an_unknown_ending_is_refused(prepared: PreparedReport, tmp_path: Path, name: str) -> None:
    assert report_format(Path(name)) is None
    with pytest.raises(UserFacingError, match=r"choose \.pdf, \.csv or \.html"):
        write_report(prepared, tmp_path / name)
    assert not (tmp_path / name).exists()


def test_writes_csv_and_html(prepared: PreparedReport, tmp_path: Path) -> None:
    assert write_report(prepared, tmp_path / "r.csv") == tmp_path / "r.csv"
    assert len(read_csv(tmp_path / "r.csv")) == 5
    write_report(prepared, tmp_path / "r.htm")
    assert "Customer recovery report" in (tmp_path / "r.htm").read_text(encoding="utf-8")
    no_temporaries(tmp_path)


def test_writes_a_pdf_of_a_given_document(
    qapp: object, prepared: PreparedReport, tmp_path: Path
) -> None:
    from feedback_desk.reports.pdf_export import build_document

    document = build_document(
        prepared.report,
        prepared.complaints,
        shop_name="Cake & Co",
        start=prepared.start,
        end=prepared.end,
        generated_at=prepared.generated_at,
    )
    write_report(prepared, tmp_path / "shown.pdf", document=document)
    write_report(prepared, tmp_path / "built.pdf")
    for name in ("shown.pdf", "built.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    no_temporaries(tmp_path)


def test_a_missing_folder_or_a_folder_as_target(prepared: PreparedReport, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="does not exist"):
        write_report(prepared, tmp_path / "gone" / "r.csv")
    (tmp_path / "r.csv").mkdir()
    with pytest.raises(UserFacingError, match="is a folder"):
        write_report(prepared, tmp_path / "r.csv")


def test_the_service_loads_without_qt() -> None:
    code = (
        "import sys, feedback_desk.reports.service\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
