"""The customer-recovery report in the window: choose a period and filters, read the report
as it will be printed, save it as PDF, CSV or HTML.

The preview is the page the PDF is printed from, made from the same HTML
(`service.build_preview`), so what the owner reads is what the file holds: the very same
QTextDocument, or, when a table is long, the page with the table in pieces added a turn
of the event loop apart (Qt lays a table out in one go on the GUI thread; the PDF is then
printed from the whole page, made when it is saved). Loading, the figures and the page
are all made on the task runner (a text document that belongs to no
widget may be built on any thread) and handed to the GUI thread to show. Saving goes
through `reports.service`, the same code the `report` command uses, and writes atomically.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QPalette,
    QTextDocument,
    QTextTable,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserFacingError
from ..core.report import ComplaintFacts, collector_paused, let_go_gradually, thaw_collected
from ..core.texts import QT_TRANSLATE_NOOP
from ..reports.pdf_export import Preview, TablePiece, add_piece, preview_tables
from ..reports.service import (
    PreparedReport,
    build_preview,
    local_zone,
    prepare_report,
    report_categories,
    report_other_platforms,
    write_report,
)
from ..store import Database
from ..store.report_data import ReportFilter
from .complaint_filters import ComplaintChoosers, pydate, qdate
from .fit import resize_to_fit
from .formatting import plain_label, short_date, show_as_problem
from .tasks import TaskRunner

log = logging.getLogger(__name__)

REFRESH_DELAY_MS = 300  # wait for the owner to stop clicking through dates
PAGE_WIDTH = 650  # the printed page's text width (17 cm) in screen pixels, roughly

PERIODS: tuple[tuple[str, str], ...] = (
    ("last30", QT_TRANSLATE_NOOP("ReportDialog", "Last 30 days")),
    ("last90", QT_TRANSLATE_NOOP("ReportDialog", "Last 90 days")),
    ("this_year", QT_TRANSLATE_NOOP("ReportDialog", "This year")),
    ("last_year", QT_TRANSLATE_NOOP("ReportDialog", "Last year")),
    ("custom", QT_TRANSLATE_NOOP("ReportDialog", "Custom")),
)
DEFAULT_PERIOD = "last90"


# What each button writes, for its tooltip and the file chooser (translate the last two).
FORMATS: dict[str, tuple[str, str, str]] = {
    ".pdf": (
        "PDF",
        QT_TRANSLATE_NOOP("ReportDialog", "pages to print or send"),
        QT_TRANSLATE_NOOP("ReportDialog", "PDF files (*.pdf)"),
    ),
    ".csv": (
        "CSV",
        QT_TRANSLATE_NOOP("ReportDialog", "one row per complaint, for a spreadsheet"),
        QT_TRANSLATE_NOOP("ReportDialog", "CSV files (*.csv)"),
    ),
    ".html": (
        "HTML",
        QT_TRANSLATE_NOOP("ReportDialog", "one page that opens in any web browser"),
        QT_TRANSLATE_NOOP("ReportDialog", "Web pages (*.html *.htm)"),
    ),
}


def period_days(period: str, today: date) -> tuple[date, date] | None:
    """The first and last day of a preset period (both included); None for "custom"."""
    if period == "last30":
        return today - timedelta(days=29), today
    if period == "last90":
        return today - timedelta(days=89), today
    if period == "this_year":
        return date(today.year, 1, 1), today
    if period == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None


def default_file_name(start: date, end: date, format_suffix: str) -> str:
    return f"recovery-report-{start.isoformat()}-to-{end.isoformat()}{format_suffix}"


def documents_folder() -> Path:
    """Where reports are suggested first: the user's Documents folder, else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def shown_day(day: date) -> str:
    """A day as every window writes one (the locale's short date)."""
    return short_date(day)


def _message_document(title: str, text: str) -> QTextDocument:
    """A small page for the preview when there is no report to show (yet)."""
    document = QTextDocument()
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in text.split("\n") if line)
    document.setHtml(  # untranslated: markup around texts translated by the caller
        f'<h2 style="color: #1d3b53; font-weight: 600;">{escape(title)}</h2>'
        f'<div style="color: #3f5566;">{paragraphs}</div>'
    )
    document.setDocumentMargin(24)
    return document


class ReportDialog(QDialog):
    """Choose what the report covers, see it, save it. Opens a database connection only
    for the moment it reads (on the task runner)."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Customer-recovery report"))
        resize_to_fit(self, 1040, 760)
        self.setSizeGripEnabled(True)
        self._db = db
        self._runner = runner
        self._now = now
        self._tz = tz or local_zone()
        self._generation = 0  # results of older loads are dropped
        self._loading = False
        self._saving = False
        self._problem = ""  # why there is no report to save (bad period, failed load)
        self._prepared: PreparedReport | None = None
        # The report's page as printed: the preview's own document, or None when the
        # preview shows a long table in pieces (the PDF's page is then made when saved).
        self._document: QTextDocument | None = None
        self._preview_page: Preview | None = None  # with its pieces: the page to print
        self._shown: QTextDocument | None = None  # what the preview shows now
        # The rest of the preview's long tables, added one piece per turn of the event loop.
        self._pieces: list[TablePiece] = []
        self._piece_under: dict[int, QTextTable] = {}  # each table's lowest part so far
        self.piece_timer = QTimer(self)
        self.piece_timer.setSingleShot(True)
        self.piece_timer.setInterval(0)
        self.piece_timer.timeout.connect(self._add_piece)
        self._folder = documents_folder()
        self.last_saved: Path | None = None

        layout = QHBoxLayout(self)
        layout.addWidget(self._build_choices())
        right = QVBoxLayout()
        layout.addLayout(right, 1)

        self.summary = plain_label(name="reportSummary")
        summary_font = self.summary.font()
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.15)
        summary_font.setWeight(QFont.Weight.DemiBold)
        self.summary.setFont(summary_font)
        right.addWidget(self.summary)

        self.preview = QTextBrowser()
        self.preview.setObjectName("reportPreview")
        self.preview.setReadOnly(True)
        self.preview.setOpenLinks(False)
        self.preview.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.preview.setLineWrapColumnOrWidth(PAGE_WIDTH)
        # The page, the document's margins (4 px a side), the scroll bar and the frame.
        scroll_bar = self.preview.verticalScrollBar().sizeHint().width()
        self.preview.setFixedWidth(PAGE_WIDTH + 2 * 4 + scroll_bar + 2 * 2)
        self.preview.setAccessibleName(self.tr("Report preview"))
        palette = self.preview.palette()  # a white page in a dark theme too, as printed
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#24323f"))
        self.preview.setPalette(palette)
        desk = QWidget()  # the page on a grey desk, as in a print preview
        desk.setObjectName("reportDesk")
        desk.setAutoFillBackground(True)
        desk_palette = desk.palette()
        desk_palette.setColor(QPalette.ColorRole.Window, QColor("#d9dee2"))
        desk.setPalette(desk_palette)
        desk_layout = QHBoxLayout(desk)
        desk_layout.setContentsMargins(12, 12, 12, 12)
        desk_layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(desk, 1)

        saved_row = QHBoxLayout()
        self.status = plain_label(name="reportStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        saved_row.addWidget(self.status, 1)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setObjectName("openReportFolderButton")
        self.open_folder_button.setToolTip(self.tr("Show the folder the report was saved in."))
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self.open_folder)
        saved_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        right.addLayout(saved_row)

        buttons = QHBoxLayout()
        self.save_buttons: dict[str, QPushButton] = {}
        for suffix, name in (
            (".pdf", "savePdfButton"),
            (".csv", "saveCsvButton"),
            (".html", "saveHtmlButton"),
        ):
            buttons.addWidget(self._save_button(suffix, name))
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("reportCloseButton")
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        for button in (*self.save_buttons.values(), close, self.open_folder_button):
            button.setAutoDefault(False)  # Enter in a date field must not save or close
        right.addLayout(buttons)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.period.currentIndexChanged.connect(lambda _: self._period_chosen())
        self.from_edit.dateChanged.connect(lambda _: self._dates_edited())
        self.to_edit.dateChanged.connect(lambda _: self._dates_edited())
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(lambda _: self._changed())
        self.finished.connect(lambda _: self._stop())

        self._period_chosen(refresh_now=True)

    # -- building ---------------------------------------------------------------------------

    def _build_choices(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("reportChoices")
        panel.setMaximumWidth(300)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 8, 0)

        column.addWidget(self._heading(self.tr("When")))
        period_form = self._form()
        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        for key, label in PERIODS:
            self.period.addItem(self.tr(label), key)
        self.period.setCurrentIndex(self.period.findData(DEFAULT_PERIOD))
        self.from_edit = self._date_edit(
            "reportFrom", self.tr("The first day of the report (included).")
        )
        self.to_edit = self._date_edit(
            "reportTo", self.tr("The last day of the report (included).")
        )
        period_form.addRow(self._buddy(self.tr("&Period"), self.period), self.period)
        period_form.addRow(self._buddy(self.tr("&From"), self.from_edit), self.from_edit)
        period_form.addRow(self._buddy(self.tr("&To"), self.to_edit), self.to_edit)
        column.addLayout(period_form)
        column.addSpacing(12)

        column.addWidget(self._heading(self.tr("Which complaints")))
        filter_form = self._form()
        try:
            categories = report_categories(self._db)
            others = report_other_platforms(self._db)
        except UserFacingError as problem:
            log.warning("categories not loaded for the report: %s", problem)  # untranslated: log
            categories, others = [], []
        self.filters = ComplaintChoosers(
            "report", categories, fairness=self.tr("Any judgement"), other_platforms=others
        )
        (
            self.platform_filter,
            self.category_filter,
            self.validity_filter,
            self.outcome_filter,
        ) = self.filters.combos
        for combo in self.filters.combos:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)  # a long category name is elided, not the panel
        filter_form.addRow(
            self._buddy(self.tr("&Platform"), self.platform_filter), self.platform_filter
        )
        filter_form.addRow(
            self._buddy(self.tr("&Category"), self.category_filter), self.category_filter
        )
        filter_form.addRow(
            self._buddy(self.tr("&Judged as"), self.validity_filter), self.validity_filter
        )
        filter_form.addRow(
            self._buddy(self.tr("&Outcome"), self.outcome_filter), self.outcome_filter
        )
        column.addLayout(filter_form)
        column.addSpacing(12)

        note = plain_label(
            self.tr(
                "Complaints are the comments and reviews rated harsh or negative, counted by "
                "the day they were written. The preview is the PDF as it will be printed; the "
                "CSV has one row per complaint, and the HTML page opens in any browser."
            )
        )
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(note)
        column.addStretch(1)
        return panel

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = plain_label(text)
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        shape = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in shape:
            shape = shape.replace("yy", "yyyy")  # a report's dates are kept for years
        edit.setDisplayFormat(shape)
        edit.setToolTip(tip)
        return edit

    def _save_button(self, suffix: str, name: str) -> QPushButton:
        button = QPushButton(self.tr("Save as {format}…").format(format=FORMATS[suffix][0]))
        button.setObjectName(name)
        button.clicked.connect(lambda _=False, s=suffix: self.save(s))
        self.save_buttons[suffix] = button
        return button

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return self.filters.combos

    # -- what the report covers -------------------------------------------------------------

    def today(self) -> date:
        return self._now().astimezone(self._tz).date()

    def period_key(self) -> str:
        return str(self.period.currentData())

    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(self.period.findData(key))

    def set_dates(self, start: date, end: date) -> None:
        """Choose a custom period, as typing both days would."""
        self.from_edit.setDate(qdate(start))
        self.to_edit.setDate(qdate(end))

    def choose(self, report_filter: ReportFilter) -> None:
        """Show the report for exactly these days and choices (the history window's
        "Report on these…"); a chooser shows "all" for a set of more than one."""
        chosen = (
            report_filter.platforms,
            report_filter.categories,
            report_filter.validities,
            report_filter.outcomes,
        )
        for combo, values in zip(self.filters.combos, chosen, strict=True):
            index = combo.findData(next(iter(values))) if len(values) == 1 else 0
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        for widget in (self.period, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        self.set_period("custom")
        self.from_edit.setDate(qdate(report_filter.start))
        self.to_edit.setDate(qdate(report_filter.end))
        for widget in (self.period, self.from_edit, self.to_edit):
            widget.blockSignals(False)
        self._changed(refresh_now=True)

    def dates(self) -> tuple[date, date]:
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    def report_filter(self) -> ReportFilter:
        """What the current choices ask for; raises UserFacingError for a backward period."""
        start, end = self.dates()
        return self.filters.report_filter(start, end)

    def _filter_words(self) -> list[str]:
        return self.filters.chosen_words()

    def _period_chosen(self, *, refresh_now: bool = False) -> None:
        days = period_days(self.period_key(), self.today())
        if days is not None:
            for edit, day in zip((self.from_edit, self.to_edit), days, strict=True):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
        self._changed(refresh_now=refresh_now)

    def _dates_edited(self) -> None:
        if self.period_key() != "custom":
            self.period.blockSignals(True)
            self.set_period("custom")
            self.period.blockSignals(False)
        self._changed()

    def _changed(self, *, refresh_now: bool = False) -> None:
        start, end = self.dates()
        if start > end:
            self.refresh_timer.stop()
            self._generation += 1  # a load still running is no longer wanted
            self._loading = False
            self._set_report(None, None)
            self._problem = self.tr(
                "‘From’ ({start}) is after ‘To’ ({end}): choose a ‘From’ day on or before the "
                "‘To’ day."
            ).format(start=shown_day(start), end=shown_day(end))
            self.summary.setText(self.tr("No report for this period"))
            self._show(_message_document(self.tr("The period runs backwards"), self._problem))
            self._update_buttons()
            return
        self._problem = ""
        if refresh_now:
            self.refresh()
        else:
            self._loading = True  # the preview is out of date from now on
            self.summary.setText(self.tr("Loading…"))
            self._update_buttons()
            self.refresh_timer.start()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the report for the current choices on the task runner."""
        self.refresh_timer.stop()
        try:
            report_filter = self.report_filter()
        except UserFacingError as problem:
            self._load_failed(self._generation, problem)
            return
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.summary.setText(self.tr("Loading…"))
        if self._shown is None:
            self._show(
                _message_document(
                    self.tr("Loading…"), self.tr("Reading the complaints of the period.")
                )
            )
        self._update_buttons()
        db, now, tz = self._db, self._now(), self._tz
        self._runner.run(
            lambda: _prepared_page(prepare_report(db, report_filter, now=now, tz=tz)),
            lambda answer: self._loaded(generation, *answer),
            lambda error: self._load_failed(generation, error),
        )

    def _loaded(self, generation: int, prepared: PreparedReport, preview: Preview | None) -> None:
        if generation != self._generation:
            return

        self._loading = False
        self._problem = ""
        count = len(prepared.complaints)
        words = self._filter_words()
        summary = self.tr("%Ln complaint(s) from {start} to {end}", "", count).format(
            start=shown_day(prepared.start), end=shown_day(prepared.end)
        )
        if words:
            summary = self.tr("{summary} — only {choices}").format(
                summary=summary, choices=", ".join(words)
            )
        self.summary.setText(summary)
        if count and preview is not None:
            # The page the PDF prints, when the preview is it (else made when saved).
            self._set_report(prepared, None if preview.pieces else preview.document, preview)
            self._show(preview.document, preview.pieces)
        else:
            self._set_report(prepared, None)
            self._show(
                _message_document(self.tr("No complaints in this period"), self._why_empty())
            )
        self._update_buttons()

    def _why_empty(self) -> str:
        start, end = self.dates()
        words = self._filter_words()
        if words:
            found = self.tr(
                "No complaints from {start} to {end} match what you chose: {choices}.\n"
                "Choose “All” or “Any” in a filter, or a longer period, to see more."
            ).format(start=shown_day(start), end=shown_day(end), choices=", ".join(words))
        else:
            found = self.tr(
                "No comment or review written from {start} to {end} was rated harsh or "
                "negative.\nChoose a longer period to see earlier complaints."
            ).format(start=shown_day(start), end=shown_day(end))
        keep = self.tr(
            "You can still save this report: it will say there were no complaints, which is "
            "worth keeping too."
        )
        return found + "\n" + keep

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if not isinstance(error, UserFacingError):
            self._update_buttons()
            raise error  # a bug: the crash dialog shows it
        self._set_report(None, None)
        self._problem = self.tr("The report could not be made: {problem}").format(problem=error)
        self.summary.setText(self.tr("No report"))
        self._show(_message_document(self.tr("The report could not be made"), str(error)))
        self._update_buttons()

    def _set_report(
        self,
        prepared: PreparedReport | None,
        document: QTextDocument | None,
        preview: Preview | None = None,
    ) -> None:
        self._prepared = prepared
        self._document = document
        self._preview_page = preview

    def _show(self, document: QTextDocument, pieces: Sequence[TablePiece] = ()) -> None:
        self.preview.setDocument(document)  # before the old one is let go
        self._shown = document
        self._pieces = list(pieces)
        self._piece_under = dict(enumerate(preview_tables(document))) if pieces else {}
        if self._pieces:
            self.piece_timer.start()
        else:
            self.piece_timer.stop()

    def _add_piece(self) -> None:
        """The next piece of a long table, under the table's lowest part so far (about
        10 ms: the event loop turns between two)."""
        if not self._pieces or self._shown is None:
            return
        piece = self._pieces.pop(0)
        under = self._piece_under[piece.table]
        self._piece_under[piece.table] = add_piece(self._shown, under, piece)
        if self._pieces:
            self.piece_timer.start()

    def pieces_waiting(self) -> int:
        """How many pieces of long tables the preview has still to add (tests, benchmarks)."""
        return len(self._pieces)

    def _stop(self) -> None:
        self.refresh_timer.stop()
        self.piece_timer.stop()
        self._generation += 1  # closed: results still on their way are dropped
        # The facts go now (the preview keeps only its page), freed a slice at a time on a
        # worker: all at once on the GUI thread held the window 40 ms at 100,000 complaints.
        # (A save still running keeps its own reference: they go when it is done.)
        prepared, self._prepared = self._prepared, None
        if prepared is None:
            return
        facts = list(prepared.complaints)
        del prepared  # the dialog's reference: the figures go, the facts live on in `facts`
        self._runner.run(lambda: _let_go(facts), lambda _: None, _let_go_failed)

    # -- the buttons ------------------------------------------------------------------------

    def why_not_saveable(self) -> str:
        """Why the save buttons are disabled; empty when they are not."""
        if self._problem:
            return self._problem
        if self._saving:
            return self.tr("Saving the report…")
        if self._loading or self._prepared is None:
            return self.tr("Wait a moment: the preview is being brought up to date.")
        return ""

    def _update_buttons(self) -> None:
        why = self.why_not_saveable()
        for suffix, button in self.save_buttons.items():
            button.setEnabled(not why)
            name, what, _ = FORMATS[suffix]
            button.setToolTip(
                why
                or self.tr("Save the report shown as a {format} file: {what}.").format(
                    format=name, what=self.tr(what)
                )
            )

    # -- saving -----------------------------------------------------------------------------

    def choose_path(self, suggested: Path, format_suffix: str) -> Path | None:
        """Ask where to save; None if the owner cancels. Tests replace this."""
        name, _, pattern = FORMATS[format_suffix]
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as {format}").format(format=name),
            str(suggested),
            self.tr(pattern),
        )
        return Path(chosen) if chosen else None

    def save(self, format_suffix: str) -> None:
        """Ask for a file name, then write the report shown in the chosen format."""
        prepared = self._prepared
        if prepared is None or self.why_not_saveable():
            return
        suggested = self._folder / default_file_name(prepared.start, prepared.end, format_suffix)
        chosen = self.choose_path(suggested, format_suffix)
        if chosen is None:
            return
        path = chosen
        if path.suffix.lower() not in (format_suffix, ".htm" if format_suffix == ".html" else ""):
            path = path.with_name(path.name + format_suffix)
        self._say(self.tr("Saving {file}…").format(file=path.name))
        if format_suffix == ".pdf":
            # Printed from the document on screen (or, when the preview shows a table in
            # pieces, from the same page uncut), so on the GUI thread.
            document, page = self._document, self._preview_page
            if document is None and page is not None:
                document = page.printed_page()
            try:
                written = write_report(prepared, path, document=document)
            except UserFacingError as problem:
                self._save_failed(path, problem)
            else:
                self._saved(written)
            return
        self._saving = True
        self._update_buttons()
        self._runner.run(
            lambda: write_report(prepared, path),
            self._saved,
            lambda error: self._save_failed(path, error),
        )

    def _saved(self, path: Path) -> None:
        self._saving = False
        self._update_buttons()
        self.last_saved = path
        self._folder = path.parent
        self._say(
            self.tr("Saved {file} in {folder}.").format(file=path.name, folder=path.parent),
            saved=True,
        )

    def _save_failed(self, path: Path, error: BaseException) -> None:
        self._saving = False
        self._update_buttons()
        if not isinstance(error, UserFacingError):
            raise error
        self._say(
            self.tr("{file} was not saved. {problem}").format(file=path.name, problem=error),
            error=True,
        )

    def _say(self, text: str, *, error: bool = False, saved: bool = False) -> None:
        """The line under the preview: what saving did, or why it did not."""
        show_as_problem(self.status, error)
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.open_folder_button.setVisible(saved)

    def open_folder(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved.parent)))


__all__ = ["ReportDialog", "default_file_name", "period_days"]


def _let_go(facts: list[ComplaintFacts]) -> None:
    """On a worker: free a closed report's facts gradually, then collect any cycles frozen
    along with them (thaw_collected, about 18 ms at 100,000 complaints)."""
    let_go_gradually(facts)
    thaw_collected()


def _let_go_failed(error: BaseException) -> None:
    log.warning("freeing a closed report failed: %s", error)


def _prepared_page(prepared: PreparedReport) -> tuple[PreparedReport, Preview | None]:
    """Where the loading happened (off the GUI thread): compute the figures, write the
    report's page and draw its charts, then hand the page over to the GUI thread. (A
    QTextDocument that belongs to no widget may be built on any thread. It is not laid
    out here: PySide holds the GIL while Qt lays a page out, 100-250 ms in which the
    window could not run; the preview lays it out bit by bit as it is shown, a long
    table a piece at a time: pdf_export.Preview.) The cycle collector is paused
    meanwhile (`collector_paused`)."""
    with collector_paused():
        _ = prepared.report
        if not prepared.complaints:
            return prepared, None
        preview = build_preview(prepared)
        gui = QCoreApplication.instance()
        if gui is not None:
            preview.document.moveToThread(gui.thread())
    return prepared, preview
