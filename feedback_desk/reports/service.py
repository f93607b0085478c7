"""The customer-recovery report from the database to a file: the one pipeline that both
the `report` command and the report dialog use.

`prepare_report` reads and computes (plain data, safe on a worker thread with its own
connection); `write_report` writes what was prepared in the format the file name's
ending asks for. Qt-free at import: only a PDF loads `pdf_export`, and with it PySide6.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import UserFacingError
from ..core.model import Platform
from ..core.perspective import Overview, overview
from ..core.report import ComplaintFacts, RecoveryReport, build_report
from ..core.texts import translate
from ..store import Database
from ..store.assessments import Assessments
from ..store.perspective import load_perspective
from ..store.report_data import ReportFilter, load_complaints
from ..store.shop_profile import load_shop_name

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from .pdf_export import Preview

__all__ = [
    "REPORT_FORMATS",
    "PreparedReport",
    "build_page",
    "build_preview",
    "check_target",
    "local_zone",
    "prepare_report",
    "report_categories",
    "report_format",
    "report_other_platforms",
    "write_report",
]

REPORT_FORMATS = (".pdf", ".csv", ".html")


@dataclass(frozen=True)
class PreparedReport:
    """Everything a report file is written from: the complaints, the figures computed from
    them, and the words on the cover."""

    complaints: list[ComplaintFacts]
    shop_name: str
    start: date
    end: date
    generated_at: datetime  # in the shop's time zone: the report's "now"
    # Every comment in proportion at the period's end (the Perspective page); None: not
    # loaded (a report built by hand).
    perspective: Overview | None = None

    @cached_property
    def report(self) -> RecoveryReport:
        """The figures, computed the first time they are asked for: a CSV (one row per
        complaint) never needs them, so writing one skips the arithmetic."""
        return build_report(
            self.complaints,
            start=self.start,
            end=self.end,
            now=self.generated_at,
            tz=self.generated_at.tzinfo,
        )


def local_zone() -> tzinfo:
    """The machine's time zone: the report's days are the shop's calendar days."""
    return datetime.now().astimezone().tzinfo or UTC


def report_format(path: Path) -> str | None:
    """The format the file name's ending asks for: ".pdf", ".csv" or ".html" (".htm"
    counts as HTML); None when it is none of these."""
    suffix = Path(path).suffix.lower()
    if suffix == ".htm":
        suffix = ".html"
    return suffix if suffix in REPORT_FORMATS else None


def check_target(path: Path, format_suffix: str) -> Path:
    """`path` with ~ expanded, once it is clear a file can be put there."""
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise UserFacingError(
            translate(
                "ReportFile",
                "The folder {folder} does not exist; create it first or choose another place.",
            ).format(folder=target.parent)
        )
    if target.is_dir():
        raise UserFacingError(
            translate(
                "ReportFile", "{path} is a folder; give a file name ending in {suffix}."
            ).format(path=target, suffix=format_suffix)
        )
    return target


def report_categories(db: Database) -> list[str]:
    """The complaint categories the owner keeps, for choosing one to report on."""
    conn = db.connect()
    try:
        return Assessments(db, conn).categories()
    finally:
        conn.close()


def report_other_platforms(db: Database) -> list[Platform]:
    """Platforms besides the five that comments come from (imported), to report on one."""
    from ..store.comments import other_platforms

    conn = db.connect()
    try:
        return other_platforms(conn)
    finally:
        conn.close()


def prepare_report(
    db: Database,
    report_filter: ReportFilter,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    perspective: bool = True,
) -> PreparedReport:
    """Load the complaints `report_filter` picks; the figures follow when first asked for
    (ask on the worker thread). Opens and closes its own connection, so it may run on any
    thread. `now` defaults to the database's clock, `tz` to the machine's zone.
    `perspective`: also count the Perspective page's figures (a CSV does not need them)."""
    zone = tz or local_zone()
    moment = now or db.clock()
    conn = db.connect()
    try:
        complaints = load_complaints(conn, report_filter, zone)
        shop_name = load_shop_name(conn)
        figures = (
            overview(load_perspective(conn, perspective_moment(report_filter.end, moment, zone)))
            if perspective
            else None
        )
    finally:
        conn.close()
    start, end = report_filter.start, report_filter.end
    return PreparedReport(complaints, shop_name, start, end, moment.astimezone(zone), figures)


def perspective_moment(end: date, now: datetime, zone: tzinfo) -> datetime:
    """The moment the Perspective page is counted at: the end of the report's last day in
    the shop's zone, or now when that day is not over yet."""
    try:
        day_over = datetime.combine(end + timedelta(days=1), time(), tzinfo=zone)
    except OverflowError:
        return now
    return min(day_over, now)


def write_report(
    prepared: PreparedReport, path: Path, *, document: QTextDocument | None = None
) -> Path:
    """Write `prepared` to `path`, atomically, as PDF, CSV or HTML by the file's ending;
    returns the path written. `document`: the PDF's page, already built on the GUI thread
    (`build_page`), so the file holds exactly what was shown."""
    format_suffix = report_format(path)
    if format_suffix is None:
        raise UserFacingError(
            translate(
                "ReportFile", "Cannot tell the format from {name}: choose .pdf, .csv or .html."
            ).format(name=repr(Path(path).name))
        )
    target = check_target(path, format_suffix)
    if format_suffix == ".csv":
        from .csv_export import write_csv

        write_csv(target, prepared.complaints)
    elif format_suffix == ".html":
        from .html_export import write_html

        write_html(
            target,
            prepared.report,
            prepared.complaints,
            shop_name=prepared.shop_name,
            start=prepared.start,
            end=prepared.end,
            generated_at=prepared.generated_at,
            perspective=prepared.perspective,
        )
    else:
        _write_pdf(target, prepared, document)
    return target


def _write_pdf(target: Path, prepared: PreparedReport, document: QTextDocument | None) -> None:
    """Only a PDF needs Qt: use the running application, or start a GUI application for
    the command line (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    from ..ui.fonts import add_bundled_fonts
    from .pdf_export import print_pdf

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0] if sys.argv else "x"])
        add_bundled_fonts()  # a frozen bundle's CJK and Arabic fallbacks, for names in the PDF
    try:
        if document is None:
            document = build_page(prepared)
        print_pdf(target, document, start=prepared.start, end=prepared.end)
    finally:
        del app


def build_page(prepared: PreparedReport) -> QTextDocument:
    """The report's page as Qt lays it out: what the PDF prints. Needs a QGuiApplication;
    may run on any thread (the document belongs to the thread that built it: move it to
    the GUI thread before a widget shows it)."""
    from .pdf_export import build_document

    return build_document(
        prepared.report,
        prepared.complaints,
        shop_name=prepared.shop_name,
        start=prepared.start,
        end=prepared.end,
        generated_at=prepared.generated_at,
        perspective=prepared.perspective,
    )


def build_preview(prepared: PreparedReport) -> Preview:
    """The page the report dialog previews (`pdf_export.Preview`): the page the PDF prints,
    or, with a long table, the same page with the table in pieces. As `build_page`: any
    thread, a QGuiApplication needed."""
    from .pdf_export import build_preview as build

    return build(
        prepared.report,
        prepared.complaints,
        shop_name=prepared.shop_name,
        start=prepared.start,
        end=prepared.end,
        generated_at=prepared.generated_at,
        perspective=prepared.perspective,
    )
