"""The history window: past complaints, reviewed offline.

Left, the complaints a period and filters pick (the same selection the recovery report
uses), newest first, paged in as the list scrolls. Right, the selected complaint's whole
story, and the customer behind it: everything they wrote on any platform, with a way to
say that two names are the same person. Outcomes are recorded here too.

Nothing in this window touches the network.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.customers import display_name, name_key
from ..core.errors import UserFacingError
from ..core.replies import Outcome
from ..core.report import COMPLAINT_SEVERITIES
from ..core.texts import QT_TRANSLATE_NOOP
from ..store import Database
from ..store.assessments import Assessments
from ..store.comments import other_platforms
from ..store.customers import Customer, Customers
from ..store.history import (
    ComplaintStory,
    History,
    HistoryRow,
    ReportFilter,
)
from ..store.report_data import first_complaint_at
from .complaint_filters import ComplaintChoosers, pydate, qdate
from .fit import resize_to_fit
from .formatting import (
    plain_label,
    show_muted,
)
from .history_model import HistoryModel, NextPage
from .merge_dialog import MergeDialog, choice_item
from .outcome_dialog import OutcomeDialog
from .story import story_html
from .tasks import TaskRunner, on_own_connection

if TYPE_CHECKING:
    from .report_dialog import ReportDialog as ReportDialogType

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex

EARLIEST = date(2000, 1, 1)
# The severity word in the list, in a colour dark enough to read on white.
PERIODS = (
    (QT_TRANSLATE_NOOP("HistoryWindow", "All time"), None),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Last 12 months"), 365),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Choose dates…"), -1),
)
NO_COMPLAINTS = QT_TRANSLATE_NOOP(
    "HistoryWindow",
    "No complaints here. Harsh and negative comments appear in the history as soon as they "
    "are in the inbox; try another period or clear the filters.",
)
# Narrower than this, the story sits under the list instead of beside it.
NARROW_WINDOW = 1180

# The name column's starting width: the history list's, and the customer's comments' (in
# the narrower right-hand pane). The other columns fit what they show or take the rest.
NAME_WIDTH, CUSTOMER_NAME_WIDTH = 128, 100


def _list_look(view: QTableView, name_width: int) -> None:
    """Whole rows, one at a time, no row numbers; the complaint's column takes the room."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has the whole text
    header = view.horizontalHeader()
    header.setMinimumSectionSize(36)
    # Short columns (times, judgements) fit what they show, in any locale; the name can be
    # widened; the complaint takes the room that is left.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # ...measured on the rows in sight (Qt reads up to 1,000 rows, twenty roles a cell, each
    # a call into Python: 150-300 ms on the GUI thread for a page of 200).
    header.setResizeContentsPrecision(0)
    header.setSectionResizeMode(HistoryModel.CUSTOMER, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(HistoryModel.COMPLAINT, QHeaderView.ResizeMode.Stretch)
    view.setColumnWidth(HistoryModel.CUSTOMER, name_width)


class HistoryWindow(QWidget):
    outcomeRecorded = Signal(int)  # comment id: the inbox's "Follow-ups due" may change

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("historyWindow")
        self._settings = settings
        self.setWindowTitle(self.tr("History of complaints"))
        resize_to_fit(self, 1320, 760)
        self._db = db
        self._runner = runner
        self._now = now
        self._conn: sqlite3.Connection = db.connect()
        self._generation = 0
        self.story: ComplaintStory | None = None
        self.customer: Customer | None = None
        self.outcome_dialog: OutcomeDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self._asked_for: int | None = None  # shown at the inbox's request, maybe unlisted
        self.report_dialog: ReportDialogType | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        split = QSplitter()
        split.setObjectName("historySplitter")
        self.splitter = split
        self.model = HistoryModel(History(db, self._conn).rows)
        self.view = QTableView()
        self.view.setObjectName("historyView")
        self.view.setAccessibleName(self.tr("Past complaints"))
        self.view.setModel(self.model)
        _list_look(self.view, NAME_WIDTH)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        split.addWidget(self.view)
        split.addWidget(self._build_details())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([790, 530])
        self._arrange()
        layout.addWidget(split, 1)
        self.status = plain_label(name="historyStatus")
        layout.addWidget(self.status)

        self._typing = QTimer(self, singleShot=True, interval=250)
        self._typing.timeout.connect(self.reload)
        self._restore_layout()
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.reload()

    # -- building -----------------------------------------------------------------------------

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period = QComboBox()
        self.period.setObjectName("historyPeriod")
        for label, days in PERIODS:
            self.period.addItem(self.tr(label), days)
        today = self._today()
        self.start = QDateEdit(qdate(today - timedelta(days=90)))
        self.start.setObjectName("historyFrom")
        self.end = QDateEdit(qdate(today))
        self.end.setObjectName("historyTo")
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _: self.reload())
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.hide()  # "All time" first
        self.end.hide()
        self.filters = ComplaintChoosers(
            "history",
            Assessments(self._db, self._conn).categories(),
            fairness=self.tr("Fair or not"),
            other_platforms=other_platforms(self._conn),
        )
        self.platform, self.category, self.validity, self.outcome = self.filters.combos
        for combo in self.filters.combos:
            combo.currentIndexChanged.connect(lambda _: self.reload())
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setAccessibleName(self.tr("Search the history"))
        self.search.setPlaceholderText(self.tr("Search comments, names, notes and replies"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._typing.start())
        row.addWidget(self.period)
        row.addWidget(self.start)
        self.to_label = QLabel(self.tr("to"))
        self.to_label.hide()
        row.addWidget(self.to_label)
        row.addWidget(self.end)
        for combo in (self.platform, self.category, self.validity, self.outcome):
            row.addWidget(combo)
        row.addWidget(self.search, 1)
        return row

    def _build_details(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("historyTabs")

        story = QWidget()
        story_layout = QVBoxLayout(story)
        self.story_view = QTextBrowser()
        self.story_view.setObjectName("historyStory")
        self.story_view.setAccessibleName(self.tr("The complaint's story"))
        self.story_view.setOpenLinks(False)
        story_layout.addWidget(self.story_view, 1)
        buttons = QHBoxLayout()
        self.outcome_button = QPushButton(self.tr("Record &outcome…"))
        self.outcome_button.setObjectName("recordOutcomeButton")
        self.outcome_button.clicked.connect(self.record_outcome)
        buttons.addWidget(self.outcome_button)
        buttons.addStretch(1)
        self.report_button = QPushButton(self.tr("Report on these…"))
        self.report_button.setObjectName("historyReportButton")
        self.report_button.setToolTip(
            self.tr("The customer-recovery report for the period and filters chosen above")
        )
        self.report_button.clicked.connect(self.open_report)
        buttons.addWidget(self.report_button)
        story_layout.addLayout(buttons)
        self.tabs.addTab(story, self.tr("The complaint"))

        who = QWidget()
        who_layout = QVBoxLayout(who)
        self.customer_title = plain_label(name="customerTitle")
        font = self.customer_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.customer_title.setFont(font)
        self.customer_summary = plain_label(name="customerSummary")
        who_layout.addWidget(self.customer_title)
        who_layout.addWidget(self.customer_summary)
        # The customer's comments, any severity, in the history list's own model (the rows
        # are already read for the summary; the model pages them into the view).
        self._customer_rows: dict[int, HistoryRow] = {}
        self.customer_model = HistoryModel(
            lambda ids: [self._customer_rows[i] for i in ids if i in self._customer_rows]
        )
        self.customer_comments = QTableView()
        self.customer_comments.setObjectName("customerComments")
        self.customer_comments.setAccessibleName(self.tr("Everything this customer wrote"))
        self.customer_comments.setModel(self.customer_model)
        _list_look(self.customer_comments, CUSTOMER_NAME_WIDTH)
        # Category, fairness and time to answer are in the story.
        for column in (HistoryModel.CATEGORY, HistoryModel.FAIR, HistoryModel.ANSWERED):
            self.customer_comments.hideColumn(column)
        self.customer_comments.activated.connect(self._open_customer_comment)
        who_layout.addWidget(self.customer_comments, 1)
        who_layout.addWidget(plain_label(self.tr("Names this customer wrote under:")))
        self.name_model = QStandardItemModel(self)
        self.customer_names = QListView()
        self.customer_names.setObjectName("customerNames")
        self.customer_names.setAccessibleName(self.tr("Names this customer wrote under"))
        self.customer_names.setModel(self.name_model)
        self.customer_names.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.customer_names.setMaximumHeight(90)
        self.customer_names.selectionModel().currentChanged.connect(
            lambda *_: self._update_buttons()
        )
        who_layout.addWidget(self.customer_names)
        merge_row = QHBoxLayout()
        self.same_person_button = QPushButton(self.tr("Same person as…"))
        self.same_person_button.setObjectName("samePersonButton")
        self.same_person_button.setToolTip(
            self.tr("Join another name (another handle or spelling) to this customer.")
        )
        self.same_person_button.clicked.connect(self.merge_customer)
        self.separate_button = QPushButton(self.tr("Not the same person"))
        self.separate_button.setObjectName("separateButton")
        self.separate_button.clicked.connect(self.separate_name)
        merge_row.addWidget(self.same_person_button)
        merge_row.addWidget(self.separate_button)
        merge_row.addStretch(1)
        who_layout.addLayout(merge_row)
        self.merge_why = plain_label(name="mergeHint")
        show_muted(self.merge_why)
        who_layout.addWidget(self.merge_why)
        self.tabs.addTab(who, self.tr("The customer"))
        self._show_nothing()
        return self.tabs

    # -- the list -----------------------------------------------------------------------------

    def _today(self) -> date:
        return self._now().astimezone().date()

    def _period_changed(self) -> None:
        """A preset shows its days (greyed); "All time" hides the dates; "Choose dates…"
        lets the owner set them."""
        days = self.period.currentData()
        custom = days == -1
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(days is not None)
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if custom:
            return
        if days is not None:
            today = self._today()
            for edit, day in (
                (self.start, today - timedelta(days=int(days) - 1)),
                (self.end, today),
            ):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
        self.reload()

    def current_filter(self) -> ReportFilter:
        """The period and filters as the report would take them (UserFacingError when the
        chosen dates are the wrong way round)."""
        days = self.period.currentData()
        today = self._today()
        if days == -1:
            start, end = pydate(self.start.date()), pydate(self.end.date())
        elif days is None:
            start, end = EARLIEST, today
        else:
            start, end = today - timedelta(days=int(days) - 1), today
        return self.filters.report_filter(start, end)

    def reload(self) -> None:
        """Find the picked complaints off the GUI thread; only the newest answer counts."""
        self._generation += 1
        generation = self._generation
        try:
            report_filter = self.current_filter()
        except UserFacingError as error:
            self.model.set_ids([])
            self.status.setText(str(error))
            return
        search = self.search.text()
        tz = self._now().astimezone().tzinfo or UTC  # the shop's days
        db = self._db
        self.status.setText(self.tr("Looking…"))

        def work(report: Callable[[object], None]) -> int:
            """The first page at once, then how many there are (the count takes longer)."""
            conn = db.connect()
            try:
                history = History(db, conn)
                report(history.page(report_filter, search, tz))
                return history.count(report_filter, search, tz)
            finally:
                conn.close()

        def next_page(after: HistoryRow, deliver: Callable[[list[HistoryRow]], None]) -> None:
            def read(conn: sqlite3.Connection) -> list[HistoryRow]:
                return History(db, conn).page(report_filter, search, tz, after=after)

            self._runner.run(on_own_connection(db, read), deliver, failed)

        def first_page(rows: object) -> None:
            if generation == self._generation:
                assert isinstance(rows, list)
                self._show_rows(rows, next_page)

        def counted(total: int) -> None:
            if generation == self._generation:
                self._show_count(total)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.status.setText(
                    self.tr("The history could not be read: {problem}").format(problem=error)
                )

        self._runner.run_with_progress(work, counted, failed, first_page)

    def _show_rows(self, rows: list[HistoryRow], next_page: NextPage) -> None:
        previous = self.story.comment.id if self.story else None
        self.model.set_pages(rows, next_page)
        if not rows:
            self.status.setText(self.tr(NO_COMPLAINTS))
            self._show_nothing()
            return
        shown = [row.id for row in rows]
        if previous is not None and previous in shown:
            self.view.selectRow(shown.index(previous))
        elif self._asked_for is None or self.story is None:
            self.view.selectRow(0)
        # else: a comment asked for by the inbox is not in this list; it stays shown.

    def _show_count(self, total: int) -> None:
        self.model.total = total
        if not total:
            return  # the empty list said so already
        if self.search.text().strip():
            found = self.tr("%Ln complaint(s) matching the search, newest first.", "", total)
        else:
            found = self.tr("%Ln complaint(s), newest first.", "", total)
        self.status.setText(found)

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        item = self.model.row_at(rows[0].row()) if rows else None
        if item is not None:
            self.show_story(item.id)

    # -- the story and the customer -----------------------------------------------------------

    def _show_nothing(self) -> None:
        self.story = None
        self.customer = None
        self.story_view.setPlainText(
            self.tr("Pick a complaint on the left to see its whole story.")
        )
        self.customer_title.setText("")
        self.customer_summary.setText(
            self.tr("Pick a complaint to see everything its writer sent.")
        )
        self._customer_rows = {}
        self.customer_model.set_ids([])
        self.name_model.clear()
        self._update_buttons()

    def show_story(self, comment_id: int) -> None:
        try:
            story = History(self._db, self._conn).story(comment_id)
        except UserFacingError as error:
            self.story_view.setPlainText(str(error))
            return
        self.story = story
        self.story_view.setHtml(story_html(story, self.story_view.palette()))
        self._show_customer(story.comment.author)
        self._update_buttons()

    def show_comment(self, comment_id: int) -> None:
        """Show one comment's story, selected in the list when the list holds it (a comment
        that is not a complaint, or is filtered out, is shown all the same)."""
        for row in range(self.model.rowCount()):
            item = self.model.row_at(row)
            if item is not None and item.id == comment_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, HistoryModel.WRITTEN))
                return
        self.view.clearSelection()
        self._asked_for = comment_id
        self.show_story(comment_id)

    def _show_customer(self, author: str) -> None:
        customer = Customers(self._db, self._conn).get(author)
        self.customer = customer
        self.customer_title.setText(customer.display)
        complaints = [c for c in customer.comments if c.severity in COMPLAINT_SEVERITIES]
        won_back = sum(1 for c in customer.comments if c.outcome is Outcome.WON_BACK)
        platforms = ", ".join(p.label for p in customer.platforms)
        written_on = self.tr("%Ln comment(s) on {platforms}", "", len(customer.comments)).format(
            platforms=platforms
        )
        complained = self.tr("%Ln complaint(s)", "", len(complaints))
        if won_back:
            summary = self.tr("{comments}; {complaints}; won back %Ln time(s).", "", won_back)
        else:
            summary = self.tr("{comments}; {complaints}.")
        self.customer_summary.setText(summary.format(comments=written_on, complaints=complained))
        self._customer_rows = {c.id: c for c in customer.comments}
        self.customer_model.set_ids([c.id for c in customer.comments])
        if self.story is not None:
            current = self.story.comment.id
            for row in range(self.customer_model.rowCount()):
                item = self.customer_model.row_at(row)
                if item is not None and item.id == current:
                    self.customer_comments.selectRow(row)
        # The name each comment was written under matters once other names are merged in.
        self.customer_comments.setColumnHidden(HistoryModel.CUSTOMER, len(customer.names) == 1)
        self.name_model.clear()
        written: dict[str, str] = {}
        where: dict[str, list[str]] = {}
        for platform, author in customer.authors:
            key = name_key(author)
            written[key] = display_name(author)
            if platform.label not in where.setdefault(key, []):
                where[key].append(platform.label)
        for position, name in enumerate(customer.names):
            shown = written.get(name, name)
            if name in where:
                shown = self.tr("{name} — on {platforms}").format(
                    name=shown, platforms=", ".join(where[name])
                )
            label = (
                self.tr("{name} (the customer's own name)").format(name=shown)
                if position == 0
                else shown
            )
            self.name_model.appendRow(choice_item(label, name if position else None))
        self._update_buttons()

    def _open_customer_comment(self, index: QModelIndex) -> None:
        row = self.customer_model.row_at(index.row())
        if row is not None:
            self.show_story(row.id)
            self.tabs.setCurrentIndex(0)

    def _update_buttons(self) -> None:
        has_story = self.story is not None
        self.outcome_button.setEnabled(has_story)
        self.outcome_button.setToolTip("" if has_story else self.tr("Pick a complaint first."))
        self.same_person_button.setEnabled(self.customer is not None)
        merged = self.customer_names.currentIndex().data(Qt.ItemDataRole.UserRole)
        self.separate_button.setEnabled(bool(merged))
        if self.customer is None:
            self.merge_why.setText("")
        elif len(self.customer.names) == 1:
            self.merge_why.setText(
                self.tr(
                    "Names that differ only in capitals or spaces are joined on their own. "
                    "Use “Same person as…” for a different handle."
                )
            )
        elif not merged:
            self.merge_why.setText(
                self.tr("To separate a name again, pick it in the list of names.")
            )
        else:
            self.merge_why.setText("")

    # -- changing things ----------------------------------------------------------------------

    def record_outcome(self) -> None:
        if self.story is None:
            return
        comment_id = self.story.comment.id
        dialog = OutcomeDialog(self._db, comment_id, self._today(), self, self._runner)
        self.outcome_dialog = dialog

        def finished(_: int) -> None:
            if dialog.recorded:
                self.model.refresh_row(comment_id)
                self.show_story(comment_id)
                self.outcomeRecorded.emit(comment_id)

        dialog.finished.connect(finished)
        dialog.open()

    def open_report(self) -> None:
        """The report dialog on the same complaints: this period (for "All time", from the
        oldest complaint) and these choices."""
        from .report_dialog import ReportDialog

        try:
            chosen = self.current_filter()
        except UserFacingError as error:
            self.status.setText(str(error))
            return
        if chosen.start == EARLIEST:
            oldest = first_complaint_at(self._conn)
            first = oldest.astimezone().date() if oldest else chosen.end
            chosen = replace(chosen, start=min(first, chosen.end))
        dialog = ReportDialog(self._db, self._runner, self._now, self)
        self.report_dialog = dialog
        dialog.choose(chosen)
        dialog.open()

    def merge_customer(self) -> None:
        if self.customer is None:
            return
        customers = Customers(self._db, self._conn)
        dialog = MergeDialog(customers, self.customer, self)
        self.merge_dialog = dialog
        author = self.story.comment.author if self.story else self.customer.key

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return
            other = dialog.chosen.author
            self._change_customer(
                lambda found: found.merge(other, author), author, self.tr("Merging the names…")
            )

        dialog.finished.connect(finished)
        dialog.open()

    def separate_name(self) -> None:
        name = self.customer_names.currentIndex().data(Qt.ItemDataRole.UserRole)
        if not name or self.story is None:
            return
        self._change_customer(
            lambda found: found.separate(str(name)),
            self.story.comment.author,
            self.tr("Separating the name…"),
        )

    def _change_customer(
        self, change: Callable[[Customers], object], author: str, doing: str
    ) -> None:
        """Merge or separate off the GUI thread; the buttons wait until it is written."""
        db = self._db
        generation = self._generation
        self.same_person_button.setEnabled(False)
        self.separate_button.setEnabled(False)
        self.merge_why.setText(doing)

        def done(_: object) -> None:
            if generation == self._generation:  # else the window was closed meanwhile
                self._show_customer(author)

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserFacingError):
                raise error
            if generation == self._generation:
                self._update_buttons()
                self.merge_why.setText(str(error))

        self._runner.run(
            on_own_connection(db, lambda conn: change(Customers(db, conn))), done, failed
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Side by side where the window is wide; on a small screen the story goes under
        the list, so the list keeps every column and the complaint's room."""
        wide = self.width() >= NARROW_WINDOW
        want = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() == want:
            return
        self.splitter.setOrientation(want)
        room = self.width() if wide else self.height()
        self.splitter.setSizes([round(room * 0.6), round(room * 0.4)])

    def _restore_layout(self) -> None:
        """The size and the split the owner left the window with, last time."""
        if self._settings is None:
            return
        for key, restore in (
            ("history/geometry", self.restoreGeometry),
            ("history/splitter", self.splitter.restoreState),
            ("history/header", self.view.horizontalHeader().restoreState),
        ):
            value = self._settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        _list_look(self.view, NAME_WIDTH)  # a saved header keeps older column modes
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self._arrange()  # the screen may be smaller than last time

    def _save_layout(self) -> None:
        if self._settings is None:
            return
        self._settings.setValue("history/geometry", self.saveGeometry())
        self._settings.setValue("history/splitter", self.splitter.saveState())
        self._settings.setValue("history/header", self.view.horizontalHeader().saveState())

    def closeEvent(self, event: Any) -> None:
        self._save_layout()
        self._generation += 1  # answers still on their way are dropped
        super().closeEvent(event)
        self.deleteLater()
        self.destroyed.connect(self._conn.close)


__all__ = ["HistoryWindow"]
