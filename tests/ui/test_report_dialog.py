"""The report dialog: period and filters, a preview that is the PDF's own page, and saving
through the same pipeline as the `report` command."""

from __future__ import annotations

import csv
import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette, QTextDocument, QTextTable
from PySide6.QtWidgets import QMenu

from feedback_desk.core.errors import DatabaseLocked
from feedback_desk.core.report import let_go_gradually
from feedback_desk.core.triage import Triage
from feedback_desk.reports.csv_export import COLUMNS
from feedback_desk.reports.pdf_export import preview_tables
from feedback_desk.reports.service import PreparedReport, build_page, prepare_report
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.report_data import ReportFilter
from feedback_desk.store.shop_profile import save_shop_name
from feedback_desk.ui import report_dialog
from feedback_desk.ui.formatting import problem_colour
from feedback_desk.ui.report_dialog import ReportDialog, default_file_name, period_days
from feedback_desk.ui.tasks import InlineTaskRunner, TaskRunner

from .conftest import NOW, WindowFactory, fixed_clock, make_comments

TODAY = NOW.date()  # the dialogs below keep the shop's days in UTC
NINETY_DAYS = (date(2026, 8, 28), TODAY)
SHOP = "Juniper & Rye <Bakery>"


def expected(db: Database, start: date, end: date, **only: frozenset[str]) -> PreparedReport:
    return prepare_report(db, ReportFilter(start, end, **only), now=NOW, tz=UTC)


class HeldRunner(TaskRunner):
    """Keeps each job until the test finishes it, in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None], Any]] = []

    def run(self, work: Any, done: Any, failed: Any = None, **_: Any) -> None:
        self.jobs.append((work, done, failed))

    def finish(self, index: int) -> None:
        work, done, _failed = self.jobs[index]
        done(work())


@pytest.fixture
def open_dialog(qtbot) -> Iterator[Callable[..., ReportDialog]]:  # type: ignore[no-untyped-def]
    def build(database: Database, runner: TaskRunner | None = None) -> ReportDialog:
        dialog = ReportDialog(database, runner or InlineTaskRunner(), fixed_clock, tz=UTC)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    yield build


@pytest.fixture
def shop_db(demo_db: Database) -> Database:
    conn = demo_db.connect()
    try:
        save_shop_name(demo_db, conn, SHOP)
    finally:
        conn.close()
    return demo_db


def saving_to(dialog: ReportDialog, target: Path | None) -> list[tuple[Path, str]]:
    """Answer the file chooser with `target` (a folder: the suggested name in it)."""
    asked: list[tuple[Path, str]] = []

    def choose(suggested: Path, format_suffix: str) -> Path | None:
        asked.append((suggested, format_suffix))
        if target is None:
            return None
        return target / suggested.name if target.is_dir() else target

    dialog.choose_path = choose  # type: ignore[method-assign]
    return asked


def save_buttons_enabled(dialog: ReportDialog) -> list[bool]:
    return [button.isEnabled() for button in dialog.save_buttons.values()]


# -- the period ----------------------------------------------------------------------------


def test_periods() -> None:
    assert period_days("last30", TODAY) == (date(2026, 10, 27), TODAY)
    assert period_days("last90", TODAY) == NINETY_DAYS
    assert period_days("this_year", TODAY) == (date(2026, 1, 1), TODAY)
    assert period_days("last_year", TODAY) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_days("custom", TODAY) is None
    assert default_file_name(*NINETY_DAYS, ".pdf") == (
        "recovery-report-2026-08-28-to-2026-11-25.pdf"
    )


# -- the preview ---------------------------------------------------------------------------


def test_the_preview_shows_the_last_90_days(open_dialog, shop_db: Database) -> None:
    dialog = open_dialog(shop_db)
    assert dialog.objectName() == "reportDialog"
    assert dialog.period.currentText() == "Last 90 days"
    assert dialog.dates() == NINETY_DAYS
    count = len(expected(shop_db, *NINETY_DAYS).complaints)
    assert count > 10
    assert dialog.summary.text() == f"{count} complaints from 8/28/26 to 11/25/26"
    text = dialog.preview.toPlainText()
    assert f"{count} complaints in this report." in text
    assert "Customer recovery report: 28 August 2026 to 25 November 2026" in text
    assert SHOP in text  # plain text: the shop's name is not taken as markup
    assert "Customers won back" in text and "Appendix" in text
    assert save_buttons_enabled(dialog) == [True, True, True]
    assert "Save the report shown as a PDF file" in dialog.save_buttons[".pdf"].toolTip()


def test_the_preview_is_the_page_the_pdf_is_printed_from(open_dialog, demo_db: Database) -> None:
    dialog = open_dialog(demo_db)
    document = dialog.preview.document()
    assert document is dialog._document
    # Charts are pictures in the document, as in the PDF (not HTML bars).
    assert "chart:1" in document.toHtml()


def test_changing_the_period_refreshes_the_preview(qtbot, open_dialog, demo_db: Database) -> None:
    dialog = open_dialog(demo_db)
    thirty = len(expected(demo_db, date(2026, 10, 27), TODAY).complaints)
    ninety = len(expected(demo_db, *NINETY_DAYS).complaints)
    assert 0 < thirty < ninety
    dialog.set_period("last30")
    assert dialog.dates() == (date(2026, 10, 27), TODAY)
    # Until the new figures are in, saving would save the old ones: it waits, and says so.
    assert save_buttons_enabled(dialog) == [False, False, False]
    assert "Wait a moment" in dialog.save_buttons[".csv"].toolTip()
    qtbot.waitUntil(lambda: dialog.summary.text().startswith(f"{thirty} complaints"))
    assert dialog.summary.text() == f"{thirty} complaints from 10/27/26 to 11/25/26"
    assert f"{thirty} complaints in this report." in dialog.preview.toPlainText()
    assert save_buttons_enabled(dialog) == [True, True, True]


def test_typing_a_day_makes_the_period_custom(qtbot, open_dialog, demo_db: Database) -> None:
    dialog = open_dialog(demo_db)
    dialog.set_dates(date(2026, 11, 1), date(2026, 11, 20))
    assert dialog.period.currentText() == "Custom"
    count = len(expected(demo_db, date(2026, 11, 1), date(2026, 11, 20)).complaints)
    qtbot.waitUntil(lambda: "from 11/1/26 to 11/20/26" in dialog.summary.text())
    assert dialog.summary.text().startswith(f"{count} complaint")
    dialog.set_period("last_year")
    assert dialog.dates() == (date(2025, 1, 1), date(2025, 12, 31))


def test_the_date_fields_have_calendars_and_four_digit_years(open_dialog, db: Database) -> None:
    dialog = open_dialog(db)
    for edit in (dialog.from_edit, dialog.to_edit):
        assert edit.calendarPopup()
        assert "yyyy" in edit.displayFormat()
    assert dialog.to_edit.text() == "11/25/2026"


def test_a_filter_narrows_the_report(qtbot, open_dialog, demo_db: Database) -> None:
    dialog = open_dialog(demo_db)
    facebook = len(expected(demo_db, *NINETY_DAYS, platforms=frozenset({"facebook"})).complaints)
    assert facebook > 0
    combo = dialog.platform_filter
    combo.setCurrentIndex(combo.findText("Facebook"))
    qtbot.waitUntil(lambda: dialog.summary.text().startswith(f"{facebook} complaint"))
    assert dialog.summary.text().endswith("— only Facebook")
    assert dialog.report_filter().platforms == frozenset({"facebook"})


def test_the_filters_offer_every_choice_in_words(open_dialog, demo_db: Database) -> None:
    dialog = open_dialog(demo_db)

    def choices(combo: Any) -> list[tuple[str, object]]:
        return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]

    assert choices(dialog.validity_filter) == [
        ("Any judgement", None),
        ("Valid", "valid"),
        ("Partly valid", "partly"),
        ("Not valid", "not_valid"),
        ("Not judged yet", "not_assessed"),
    ]
    assert choices(dialog.outcome_filter) == [
        ("Any outcome", None),
        ("Won back", "won_back"),
        ("Resolved", "resolved"),
        ("Still unhappy", "unhappy"),
        ("No response", "no_response"),
        ("Lost", "lost"),
        ("No outcome yet", "none"),
    ]
    assert choices(dialog.platform_filter)[:3] == [
        ("All platforms", None),
        ("Facebook", "facebook"),
        ("Instagram", "instagram"),
    ]
    categories = choices(dialog.category_filter)
    assert categories[0] == ("All categories", None) and len(categories) > 1
    # Every choice is one the report's filter accepts.
    for value in (v for _, v in choices(dialog.outcome_filter) if v):
        ReportFilter(TODAY, TODAY, outcomes=frozenset({str(value)}))


def test_filtering_by_outcome(qtbot, open_dialog, demo_db: Database) -> None:
    dialog = open_dialog(demo_db)
    open_ones = len(expected(demo_db, *NINETY_DAYS, outcomes=frozenset({"none"})).complaints)
    combo = dialog.outcome_filter
    combo.setCurrentIndex(combo.findData("none"))
    qtbot.waitUntil(lambda: "No outcome yet" in dialog.summary.text())
    assert dialog.summary.text() == (
        f"{open_ones} complaints from 8/28/26 to 11/25/26 — only No outcome yet"
    )


def test_an_empty_filtered_report_says_which_filters(qtbot, open_dialog, demo_db: Database) -> None:
    dialog = open_dialog(demo_db)
    combo = dialog.platform_filter
    combo.setCurrentIndex(combo.findData("facebook"))
    dialog.set_dates(date(2020, 1, 1), date(2020, 1, 31))
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("0 complaints"))
    text = dialog.preview.toPlainText()
    assert "No complaints in this period" in text
    assert "1/1/20 to 1/31/20 match what you chose: Facebook." in text
    assert "“All” or “Any”" in text


def test_an_empty_period_explains_itself(qtbot, open_dialog, demo_db: Database) -> None:
    dialog = open_dialog(demo_db)
    dialog.set_dates(date(2020, 1, 1), date(2020, 1, 31))
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("0 complaints"))
    text = dialog.preview.toPlainText()
    assert "No complaints in this period" in text
    assert "1/1/20 to 1/31/20 was rated harsh or negative" in text
    assert "You can still save this report" in text
    assert save_buttons_enabled(dialog) == [True, True, True]


def test_from_after_to_disables_saving_and_says_why(qtbot, open_dialog, demo_db: Database) -> None:
    dialog = open_dialog(demo_db)
    dialog.from_edit.setDate(dialog.to_edit.date().addDays(1))
    assert save_buttons_enabled(dialog) == [False, False, False]
    reason = "‘From’ (11/26/26) is after ‘To’ (11/25/26)"
    for button in dialog.save_buttons.values():
        assert button.toolTip().startswith(reason)
    assert dialog.summary.text() == "No report for this period"
    assert reason in dialog.preview.toPlainText()
    qtbot.wait(report_dialog.REFRESH_DELAY_MS + 50)  # no load was started behind it
    assert reason in dialog.preview.toPlainText()
    dialog.from_edit.setDate(dialog.to_edit.date())
    qtbot.waitUntil(lambda: dialog.summary.text().endswith("from 11/25/26 to 11/25/26"))
    assert save_buttons_enabled(dialog) == [True, True, True]


def test_results_of_an_older_load_are_dropped(open_dialog, demo_db: Database) -> None:
    runner = HeldRunner()
    dialog = open_dialog(demo_db, runner)
    assert dialog.summary.text() == "Loading…"
    assert "Loading" in dialog.preview.toPlainText()
    assert "Wait a moment" in dialog.save_buttons[".pdf"].toolTip()
    dialog.set_period("last30")
    dialog.refresh()  # as the timer would
    runner.finish(1)  # the 30 days arrive first...
    thirty = dialog.summary.text()
    assert "from 10/27/26" in thirty
    runner.finish(0)  # ...then the 90 days asked for before: too late to be shown
    assert dialog.summary.text() == thirty


def test_loading_runs_off_the_gui_thread(
    qtbot, open_dialog, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []

    def prepare(*args: Any, **kwargs: Any) -> PreparedReport:
        threads.append(threading.current_thread())
        return prepare_report(*args, **kwargs)

    monkeypatch.setattr(report_dialog, "prepare_report", prepare)
    runner = TaskRunner()
    dialog = open_dialog(demo_db, runner)
    count = len(expected(demo_db, *NINETY_DAYS).complaints)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith(f"{count} complaints"))
    assert threads and threads[0] is not threading.main_thread()
    assert f"{count} complaints in this report." in dialog.preview.toPlainText()
    assert runner.wait()


def test_a_failed_load_is_explained(
    open_dialog, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_: object, **__: object) -> None:
        raise DatabaseLocked("The database is busy in another program; try again.")

    monkeypatch.setattr(report_dialog, "prepare_report", locked)
    dialog = open_dialog(demo_db)
    assert dialog.summary.text() == "No report"
    assert "The database is busy in another program" in dialog.preview.toPlainText()
    assert save_buttons_enabled(dialog) == [False, False, False]
    assert "could not be made" in dialog.save_buttons[".pdf"].toolTip()


# -- saving --------------------------------------------------------------------------------


def test_saves_csv_with_the_bom(open_dialog, demo_db: Database, tmp_path: Path) -> None:
    dialog = open_dialog(demo_db)
    asked = saving_to(dialog, tmp_path)
    dialog.save_buttons[".csv"].click()
    suggested, suffix = asked[0]
    assert suggested.name == "recovery-report-2026-08-28-to-2026-11-25.csv" and suffix == ".csv"
    path = tmp_path / suggested.name
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(expected(demo_db, *NINETY_DAYS).complaints)
    assert tuple(rows[0]) == COLUMNS
    assert dialog.status.text() == f"Saved {path.name} in {tmp_path}."
    assert dialog.status.isVisible() and dialog.open_folder_button.isVisible()
    assert dialog.last_saved == path
    # The next save starts in the folder just used.
    dialog.save_buttons[".html"].click()
    assert asked[1][0].parent == tmp_path


def test_saves_html_with_the_shop_name(open_dialog, shop_db: Database, tmp_path: Path) -> None:
    dialog = open_dialog(shop_db)
    saving_to(dialog, tmp_path / "mine")  # typed without an ending: .html is added
    dialog.save_buttons[".html"].click()
    page = (tmp_path / "mine.html").read_text(encoding="utf-8")
    assert "Juniper &amp; Rye &lt;Bakery&gt;" in page
    assert "<Bakery>" not in page
    assert dialog.isVisible()


def test_saves_the_pdf_shown(open_dialog, shop_db: Database, tmp_path: Path) -> None:
    dialog = open_dialog(shop_db)
    saving_to(dialog, tmp_path / "report.PDF")
    dialog.save_buttons[".pdf"].click()
    assert (tmp_path / "report.PDF").read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == ["report.PDF"]
    if shutil.which("pdftotext"):
        from tests.reports.test_exports import pdf_text

        count = len(expected(shop_db, *NINETY_DAYS).complaints)
        text = pdf_text(tmp_path / "report.PDF")
        assert SHOP in text and f"{count} complaints in this report." in text


def test_cancelling_the_file_chooser_saves_nothing(
    open_dialog, demo_db: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(demo_db)
    asked = saving_to(dialog, None)
    dialog.save_buttons[".csv"].click()
    assert len(asked) == 1
    assert dialog.status.text() == "" and not dialog.status.isVisible()
    assert dialog.last_saved is None


@pytest.mark.parametrize("suffix", [".csv", ".pdf", ".html"])
def test_a_failed_write_keeps_the_dialog_and_says_why(
    open_dialog, demo_db: Database, tmp_path: Path, suffix: str
) -> None:
    dialog = open_dialog(demo_db)
    folder = tmp_path / "reports"
    folder.mkdir()
    saving_to(dialog, folder / f"r{suffix}")
    folder.rmdir()  # removed while the file chooser was open
    before = dialog.preview.toPlainText()
    dialog.save_buttons[suffix].click()
    assert dialog.isVisible()
    assert dialog.status.text() == (
        f"r{suffix} was not saved. The folder {folder} does not exist; create it first or "
        "choose another place."
    )
    assert dialog.status.palette().color(QPalette.ColorRole.WindowText) == problem_colour(
        dialog.palette()
    )
    assert not dialog.open_folder_button.isVisible()
    assert dialog.preview.toPlainText() == before  # nothing chosen or shown is lost
    assert save_buttons_enabled(dialog) == [True, True, True]
    assert not folder.exists()
    folder.mkdir()  # and once it is back, the same button works
    dialog.save_buttons[suffix].click()
    assert (folder / f"r{suffix}").is_file()
    assert dialog.status.text().startswith(f"Saved r{suffix}")


def test_saving_in_the_background_locks_the_buttons(
    open_dialog, demo_db: Database, tmp_path: Path
) -> None:
    runner = HeldRunner()
    dialog = open_dialog(demo_db, runner)
    runner.finish(0)
    saving_to(dialog, tmp_path)
    dialog.save_buttons[".csv"].click()
    assert dialog.status.text().startswith("Saving recovery-report-")
    assert save_buttons_enabled(dialog) == [False, False, False]
    assert dialog.save_buttons[".pdf"].toolTip() == "Saving the report…"
    runner.finish(1)
    assert dialog.status.text().startswith("Saved recovery-report-")
    assert save_buttons_enabled(dialog) == [True, True, True]


# -- the window ----------------------------------------------------------------------------


def test_the_file_menu_opens_the_report(make_window: WindowFactory, demo_db: Database) -> None:
    window = make_window(demo_db)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert isinstance(file_menu, QMenu)
    actions = [a for a in file_menu.actions() if not a.isSeparator()]
    at = actions.index(window.ledger_action)
    assert actions[at + 1] is window.report_action
    assert window.report_action.text() == "Customer-recovery &report…"
    window.report_action.trigger()
    dialog = window.report_dialog
    assert dialog.objectName() == "reportDialog"
    assert dialog.isVisible()
    assert " complaints from " in dialog.summary.text()
    dialog.reject()


def test_closing_drops_a_load_still_running(open_dialog, demo_db: Database) -> None:
    runner = HeldRunner()
    dialog = open_dialog(demo_db, runner)
    dialog.reject()
    runner.finish(0)
    assert dialog.summary.text() == "Loading…"


def test_closing_lets_the_facts_go_on_a_worker_a_slice_at_a_time(
    open_dialog, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Freeing 100,000 complaints' facts on the GUI thread held the window about 40 ms: the
    # dialog hands them to its runner, which frees them in slices, then tidies the collector.
    handed: list[int] = []
    let_go = report_dialog._let_go
    monkeypatch.setattr(
        report_dialog, "_let_go", lambda facts: (handed.append(len(facts)), let_go(facts))
    )
    runner = HeldRunner()
    dialog = open_dialog(demo_db, runner)
    runner.finish(0)  # loaded
    count = len(dialog._prepared.complaints)
    assert count > 0
    dialog.reject()
    assert dialog._prepared is None
    assert handed == []  # nothing freed on the GUI thread: the worker does it
    runner.finish(len(runner.jobs) - 1)
    assert handed == [count]


def test_letting_go_gradually_empties_the_list() -> None:
    objects = [object() for _ in range(5001)]
    let_go_gradually(objects, at_once=1000)
    assert objects == []


def test_the_window_dates_are_the_shops_days(open_dialog, db: Database) -> None:
    # With no complaints at all, the last 90 days still end today.
    dialog = open_dialog(db)
    assert dialog.dates()[1] == TODAY
    assert dialog.dates()[0] == TODAY - timedelta(days=89)


# -- a long table -----------------------------------------------------------------------------


@pytest.fixture
def long_db(db: Database, triage: Triage) -> Database:
    """70 open complaints: the report's list of open ones is longer than PIECE_ROWS."""
    conn = db.connect()
    try:
        CommentStore(db, conn).add_many(
            make_comments(70, text="The cake was stale and the service was awful"), triage
        )
    finally:
        conn.close()
    return db


def _lines(document: QTextDocument) -> list[str]:
    return [line for line in document.toPlainText().splitlines() if line.strip()]


def test_a_long_table_is_previewed_in_pieces_and_printed_whole(
    qtbot, open_dialog, long_db: Database, tmp_path: Path
) -> None:
    prepared = expected(long_db, *NINETY_DAYS)
    assert len(prepared.report.open_complaints) == 70
    dialog = open_dialog(long_db)
    assert dialog.pieces_waiting() == 2  # rows 26-50 and 51-70, a turn of the loop apart
    assert dialog._document is None  # the PDF's page is made whole when saved
    qtbot.waitUntil(lambda: dialog.pieces_waiting() == 0)
    shown = dialog.preview.document()
    whole = build_page(prepared)
    assert _lines(shown) == _lines(whole)  # the same page, line by line
    tables = preview_tables(shown)
    first = [t.rows() for t in tables].index(26)  # the header and 25 rows, then the pieces
    pieces = tables[first : first + 3]
    assert [t.rows() for t in pieces] == [26, 25, 20]
    layout = shown.documentLayout()

    def starts(table: QTextTable) -> list[float]:
        return [
            layout.blockBoundingRect(table.cellAt(0, c).firstCursorPosition().block()).x()
            for c in range(table.columns())
        ]

    for piece in pieces[1:]:  # the columns line up with the first part's
        assert starts(piece) == pytest.approx(starts(pieces[0]), abs=1)
    saving_to(dialog, tmp_path / "long.pdf")
    dialog.save_buttons[".pdf"].click()
    assert (tmp_path / "long.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        from tests.reports.test_exports import pdf_text

        text = pdf_text(tmp_path / "long.pdf")
        assert all(f"Customer {n} " in text for n in range(70))
