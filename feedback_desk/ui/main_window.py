"""The main window: filters on the left, the inbox in the middle, the comment on the right."""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.errors import UserFacingError
from ..core.model import Severity, Status
from ..core.views import NEEDS_REPLY, START_VIEW, ViewKey, needs_reply
from ..store.comments import (
    CommentStore,
    InboxFilter,
    InboxRow,
    PauseOver,
    StatusEdit,
    view_filter,
)
from .delegates import HighlightDelegate, SeverityBadgeDelegate
from .detail_pane import DetailPane
from .empty_state import EmptyState
from .filter_panel import FilterPanel
from .fit import resize_to_fit
from .formatting import exact_local_date, notice_style
from .help_menu import HelpMenu
from .help_window import CONNECTING, GUIDE
from .icons import icon
from .import_flow import ImportFlow
from .inbox_counter import InboxCounter
from .inbox_model import SORTABLE, TERMS_ROLE, Column, InboxModel
from .inbox_view import InboxView
from .notifications import PauseBanner, PauseNotifier, TrayNotifier
from .sync_control import SyncControl
from .tasks import WARM_UP, WARM_UP_DELAY_MS, on_own_connection, warm_up
from .toolbar import ShrinkingToolBar
from .watch import (
    KEEP_IN_TRAY,
    NOTIFY_NEW_COMPLAINTS,
    NOTIFY_PAUSE_OVER,
    WatchTray,
    watch_setting,
)

if TYPE_CHECKING:
    from ..core.triage import Triage
    from ..services import Services
    from ..sources.sync import SyncRun
    from .history_window import HistoryWindow as HistoryWindowType
    from .reply_wizard import ReplyWizard as ReplyWizardType

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250
# While a search is typed, its counts wait until the typing pauses this long (counting the
# matches of a common word reads most of a big inbox), and the views' own counts, which no
# search changes, are kept from the last count.
SEARCH_COUNT_DELAY_MS = 750
CLOSE_WAIT_MS = 3_000  # closing waits this long for background work (a sync stops at once)
PAUSE_CHECK_MS = 60_000  # the list's "Pause: n min left" and the pause-over check
# A window shown but never painted (started minimised, say) starts its deferred work anyway.
FIRST_PAINT_WAIT_MS = 2_000


class MainWindow(QMainWindow):
    detail: DetailPane
    filters: FilterPanel
    # The shop's profile was saved (assistant or Settings): app.py applies its locale.
    profileChanged = Signal(object)

    def __init__(
        self,
        store: CommentStore,
        triage: Triage,
        settings: QSettings,
        open_demo: Callable[[], None],
        demo: bool = False,
        *,
        services: Services,
        notifier: PauseNotifier | None = None,
        tray: WatchTray | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        # The composition root's (app.build_window): one database, clock, keyring, runner.
        self._services = services
        self._db = db = services.db
        self._store = store
        self._triage = triage
        self._runner = runner = services.tasks()
        self._settings = settings
        self._fit_when_shown: QSize | None = None  # the first size, fitted again once shown
        self._now = now = services.clock
        self._open_demo = open_demo
        self._credentials = services.credentials
        self._connect = connect = services.connect
        self.reply_wizard: ReplyWizardType | None = None
        self.history_window: HistoryWindowType | None = None
        self._quitting = False  # Quit, not close: the tray does not keep the app
        self._last_edit: StatusEdit | None = None  # what Undo puts back
        self._pauses_checked = now()  # pauses ending after this are announced
        self._announced: set[int] = set()
        self._started = False  # the first paint is over (when_started)
        self._when_started: list[Callable[[], None]] = []
        self.setWindowTitle(
            self.tr("Feedback Desk — demo inbox")
            if demo
            else "Feedback Desk"  # untranslated: the app's name
        )
        self.setWindowIcon(icon("app"))

        self.model = InboxModel(store, now)
        self._build_actions()
        self.importer = ImportFlow(
            self, db, runner, triage, settings, self.import_action, self.apply_filters, self._warn
        )
        self.syncing = SyncControl(
            self,
            db,
            self._credentials,
            triage,
            runner,
            settings,
            connect,
            self.sync_action,
            self.cancel_sync_action,
            self.auto_sync_actions,
        )
        self.syncing.synced.connect(self._synced)
        self._build_layout()
        self._build_menus()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_typed_search)
        self._search_count_timer = QTimer(self)
        self._search_count_timer.setSingleShot(True)
        self._search_count_timer.setInterval(SEARCH_COUNT_DELAY_MS)
        self._search_count_timer.timeout.connect(lambda: self.refresh_counts(views=False))
        # Wakes the list's countdowns and the pause-over check; the time itself is always
        # the injected clock's (tests move a fake clock and fire this timer).
        self.pause_timer = QTimer(self)
        self.pause_timer.setObjectName("pauseTimer")
        self.pause_timer.setInterval(PAUSE_CHECK_MS)
        self.pause_timer.timeout.connect(self.check_pauses)
        self.pause_timer.start()
        if notifier is None and QSystemTrayIcon.isSystemTrayAvailable():
            notifier = TrayNotifier(
                self, self.bring_forward, self.pause_banner, self._tray_actions()
            )
            tray = tray or notifier
        self.notifier: PauseNotifier = notifier or self.pause_banner
        self.tray: WatchTray | None = tray  # None: this desktop has no tray

        self.filters.changed.connect(self.apply_filters)
        self.filters.clear_button.clicked.connect(self.clear_filters)
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.detail.replyRequested.connect(self.open_reply)
        self.detail.historyRequested.connect(self.open_history)
        self.detail.statusRequested.connect(
            lambda comment_id, value: self.set_status([comment_id], Status(value))
        )
        self.detail.severityRequested.connect(
            lambda comment_id, value: self.set_severity(comment_id, Severity(value))
        )
        self._restore_settings()
        # What the first paint does not show waits until just after it (when_started): the
        # comment in the detail pane (once triage has read its word lists off the GUI
        # thread), the counts, an interrupted import, which keyring the system has (the
        # Accounts dialog then names it at once). bench/startup.py times the paint.
        _FirstPaint(self, self._finish_starting)
        QTimer.singleShot(0, self._start_unless_shown)
        self.apply_filters(first_run=True)
        self.when_started(self.importer.finish_interrupted)
        self.when_started(self._look_up_keyring)
        # The windows opened from menus are imported on a worker once the window is up.
        QTimer.singleShot(WARM_UP_DELAY_MS, self, lambda: warm_up(self._runner, WARM_UP))

    # -- starting -------------------------------------------------------------------------

    def when_started(self, work: Callable[[], None]) -> None:
        """Run `work` once the window is up: just after its first paint, or at the first
        turn of the event loop when it is not shown (waiting in the tray, in a test); at
        once when that has passed."""
        if self._started:
            work()
        else:
            self._when_started.append(work)

    def _start_unless_shown(self) -> None:
        if self.isVisible():  # the first paint starts it; this only if none ever comes
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._finish_starting)
        else:
            self._finish_starting()

    def _finish_starting(self) -> None:
        if self._started:
            return
        self._started = True
        waiting, self._when_started = self._when_started, []
        for work in waiting:
            work()

    def _fill_detail_when_ready(self) -> None:
        """The first comment in the detail pane, after triage has read its word lists (for
        the "why harsh" line) on a worker: the GUI thread never waits for them."""
        triage = self._triage

        def read_word_lists() -> None:
            triage.harsh_reasons("", 0.0, None)

        def fill(_: object = None) -> None:
            if self.detail.comment is None:  # unless the owner has picked one meanwhile
                self._select(None)

        def failed(error: BaseException) -> None:
            log.warning("triage could not read its word lists: %s", error)  # untranslated: log
            fill()

        self._runner.run(read_word_lists, fill, failed)

    # -- building -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.import_action = QAction(icon("import"), self.tr("&Import a file…"), self)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.setToolTip(self.tr("Import comments from a CSV or JSON export (Ctrl+O)"))
        self.import_action.triggered.connect(self.choose_import_file)

        self.sync_action = QAction(icon("sync"), self.tr("&Sync"), self)
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.setToolTip(
            self.tr("Fetch new and changed comments from your accounts (F5)")
        )
        self.sync_action.triggered.connect(lambda: self.start_sync())

        self.cancel_sync_action = QAction(self.tr("Stop syncing"), self)
        self.cancel_sync_action.setObjectName("cancelSyncAction")
        self.cancel_sync_action.setEnabled(False)
        self.cancel_sync_action.triggered.connect(self.cancel_sync)

        self.ledger_action = QAction(self.tr("Discount &ledger…"), self)
        self.ledger_action.setObjectName("ledgerAction")
        self.ledger_action.triggered.connect(self.open_ledger)

        self.report_action = QAction(self.tr("Customer-recovery &report…"), self)
        self.report_action.setShortcut(QKeySequence("Ctrl+Shift+P"))  # keyboard alone
        self.report_action.setObjectName("reportAction")
        self.report_action.setToolTip(
            self.tr("See the customer-recovery report for a period; save it as PDF, CSV or HTML")
        )
        self.report_action.triggered.connect(self.open_report)

        self.settings_action = QAction(self.tr("Se&ttings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.triggered.connect(self.open_settings)

        self.accounts_action = QAction(self.tr("&Accounts…"), self)
        self.accounts_action.setObjectName("accountsAction")
        self.accounts_action.triggered.connect(self.open_accounts)

        self.auto_sync_actions: dict[int, QAction] = {}
        for minutes in (0, 15, 30, 60):
            text = self.tr("Off") if minutes == 0 else self.tr("Every %Ln minute(s)", "", minutes)
            choice = QAction(text, self, checkable=True)
            choice.triggered.connect(lambda _=False, m=minutes: self.set_auto_sync(m))
            self.auto_sync_actions[minutes] = choice

        self.demo_action = QAction(icon("demo"), self.tr("Open the &demo inbox"), self)
        self.demo_action.setObjectName("demoAction")
        self.demo_action.triggered.connect(self._open_demo)

        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.clear_action = QAction(self.tr("Show &everything"), self)
        self.clear_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.clear_action.triggered.connect(self.clear_filters)

        self.history_action = QAction(icon("history"), self.tr("&History of complaints…"), self)
        self.history_action.setObjectName("historyAction")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setToolTip(
            self.tr(
                "Past complaints with their whole story, the customers behind them and what "
                "became of them (works offline)"
            )
        )
        self.history_action.triggered.connect(lambda: self.open_history())

        self.reply_action = QAction(icon("reply"), self.tr("&Reply…"), self)
        self.reply_action.setObjectName("replyAction")
        self.reply_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reply_action.setToolTip(
            self.tr("Answer the selected comment calmly, step by step (Ctrl+R)")
        )
        self.reply_action.setEnabled(False)
        self.reply_action.triggered.connect(self._reply_to_current)

        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)

        self.status_actions: dict[Status, QAction] = {}
        for status, text, keys in (
            (Status.RESOLVED, self.tr("Mark &resolved"), "Ctrl+Shift+R"),
            (Status.IGNORED, self.tr("&Ignore"), "Ctrl+Shift+I"),
            (Status.NEW, self.tr("&Back to new"), "Ctrl+Shift+N"),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(
                lambda _=False, s=status: self.set_status(self._selected_ids(), s)
            )
            self.status_actions[status] = action
            self.addAction(action)

        self.record_outcome_action = QAction(self.tr("Record &outcome…"), self)
        self.record_outcome_action.setObjectName("recordOutcomeAction")
        self.record_outcome_action.setToolTip(
            self.tr(
                "Keep what became of this complaint (won back, resolved, still unhappy…), with "
                "a note and a day to follow up"
            )
        )
        self.record_outcome_action.triggered.connect(self.record_outcome)
        self.record_outcome_action.setEnabled(False)  # until a comment is shown

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_app)

    def _build_layout(self) -> None:
        toolbar = ShrinkingToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.reply_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.sync_action)
        toolbar.addAction(self.cancel_sync_action)
        toolbar.addAction(self.history_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search comments and names  (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search comments"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(320)
        self.search_edit.returnPressed.connect(self._search_now_and_focus_list)
        toolbar.addWidget(self.search_edit)
        self.addToolBar(toolbar)

        self.filters = FilterPanel()

        self.inbox_view = InboxView()  # hides rating and status where it is narrow
        self.inbox_view.setObjectName("inboxView")
        self.inbox_view.setAccessibleName(self.tr("Inbox"))
        self.inbox_view.setModel(self.model)
        self.inbox_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inbox_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.inbox_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inbox_view.setShowGrid(False)
        self.inbox_view.setWordWrap(False)
        self.inbox_view.setAlternatingRowColors(False)
        self.inbox_view.verticalHeader().hide()
        self.inbox_view.verticalHeader().setDefaultSectionSize(30)
        self.inbox_view.setItemDelegateForColumn(Column.SEVERITY, SeverityBadgeDelegate(self))
        self.inbox_view.setItemDelegateForColumn(Column.TEXT, HighlightDelegate(self))
        self.inbox_view.setItemDelegateForColumn(Column.AUTHOR, HighlightDelegate(self))
        header = self.inbox_view.horizontalHeader()
        header.setHighlightSections(False)
        # A click on a header sorts by it (the store's query orders and pages); a third
        # click goes back to worst first.
        self._inbox_sort = (-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicator(*self._inbox_sort)
        header.sortIndicatorChanged.connect(self._sort_inbox)
        self._set_up_inbox_header()
        header.resizeSection(Column.AUTHOR, 150)
        # Tab leaves the list for the next pane (arrows move within it).
        self.inbox_view.setTabKeyNavigation(False)
        self.inbox_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.inbox_view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        # Enter or a double-click opens the reply wizard on the comment.
        self.inbox_view.activated.connect(self._reply_to_index)
        self.inbox_view.doubleClicked.connect(self._reply_to_index)

        self.empty_inbox = EmptyState(
            "emptyInbox",
            self.tr("Your inbox is empty"),
            self.tr(
                "Feedback Desk keeps every comment and review about your shop in one list, the "
                "most hurtful first, so you can answer calmly. Start by connecting your shop's "
                "accounts (you sign in on each platform's own page), by importing an export "
                "file, or look around the demo inbox first."
            ),
            [
                (self.tr("Connect an account…"), "emptyConnectButton"),
                (self.tr("Import a file…"), "emptyImportButton"),
                (self.tr("Open the demo inbox"), "emptyDemoButton"),
            ],
        )
        self.empty_inbox.buttons["emptyConnectButton"].clicked.connect(self.open_accounts)
        self.empty_inbox.buttons["emptyImportButton"].clicked.connect(self.choose_import_file)
        self.empty_inbox.buttons["emptyDemoButton"].clicked.connect(self._open_demo)
        self.no_matches = EmptyState(
            "noMatches",
            self.tr("Nothing matches"),
            self.tr("No comment fits this view, these filters and this search."),
            [(self.tr("Show everything"), "noMatchesClearButton")],
        )
        self.no_matches.buttons["noMatchesClearButton"].clicked.connect(self.clear_filters)

        self.middle = QStackedWidget()
        for page in (self.inbox_view, self.empty_inbox, self.no_matches):
            self.middle.addWidget(page)
        self.offline_banner = QLabel()
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setStyleSheet(notice_style(self.palette()))
        self.offline_banner.hide()
        self.pause_banner = PauseBanner()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.pause_banner)
        centre_layout.addWidget(self.offline_banner)
        centre_layout.addWidget(self.middle, 1)

        self.detail = DetailPane(self._triage, self._now)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        # The views and filters scroll rather than make the window taller than a small
        # laptop's screen (with Noto Sans, the .deb's font, they need 485 pixels).
        filter_scroll = QScrollArea()
        filter_scroll.setObjectName("filterScroll")
        filter_scroll.setWidget(self.filters)
        filter_scroll.setWidgetResizable(True)
        filter_scroll.setFrameShape(QFrame.Shape.NoFrame)
        filter_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        filter_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        filter_scroll.setMinimumWidth(
            self.filters.minimumSizeHint().width()
            + filter_scroll.verticalScrollBar().sizeHint().width()
        )
        self.splitter.addWidget(filter_scroll)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([180, 760, 340])
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        # After the first paint: walking the focus chain hands Python widgets Qt made itself,
        # and PySide's first look-up of such a widget's type costs about 10 ms.
        self.when_started(self._set_tab_order)
        self.inbox_view.setFocus()  # the keyboard starts in the list: arrows, then Enter

        # "Marked resolved: Undo" — our own words only, so rich text for the link is safe.
        self.undo_link = QToolButton()  # a flat button that reads like a link
        self.undo_link.setObjectName("undoLink")
        self.undo_link.setText(self.tr("Undo"))
        self.undo_link.setAutoRaise(True)
        self.undo_link.setAccessibleName(self.tr("Undo"))
        self.undo_link.setToolTip(self.tr("Put back the last change of status (Ctrl+Z)"))
        self.undo_link.clicked.connect(self.undo)
        self.undo_link.hide()
        self.statusBar().addPermanentWidget(self.undo_link)
        self.counter = InboxCounter(
            self,
            self._db,
            self._runner,
            self._now,
            self.current_filter,
            self.filters,
            lambda: getattr(self, "tray", None),  # the tray is set up after the layout
        )
        self.counts_label = self.counter.label
        self.statusBar().addPermanentWidget(self.counts_label)

    def _set_tab_order(self) -> None:
        """Tab: the views and filters, the inbox, the detail pane's controls, the search box."""
        chain = [
            *_tab_stops(self.filters),
            self.inbox_view,
            *_tab_stops(self.detail),
            self.search_edit,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(self.search_edit, chain[0])

    def _set_up_inbox_header(self) -> None:
        """The comment column takes the width, the short ones fit what they show; sorting
        by a header. Again after a saved layout is restored (it carries older settings)."""
        header = self.inbox_view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        self.inbox_view.set_up_columns()

    def _sort_inbox(self, column: int, order: Qt.SortOrder) -> None:
        header = self.inbox_view.horizontalHeader()
        if column >= 0 and Column(column) not in SORTABLE:  # the comment, the status
            header.blockSignals(True)
            header.setSortIndicator(*self._inbox_sort)
            header.blockSignals(False)
            return
        self._inbox_sort = (column, order)
        self.model.sort(column, order)
        current = self.inbox_view.currentIndex()
        if current.isValid():
            self.inbox_view.scrollTo(current)
        else:
            self.inbox_view.scrollToTop()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.sync_action)
        auto = file_menu.addMenu(self.tr("Sync &automatically"))
        for choice in self.auto_sync_actions.values():
            auto.addAction(choice)
        file_menu.addAction(self.accounts_action)
        file_menu.addAction(self.ledger_action)
        file_menu.addAction(self.report_action)
        file_menu.addAction(self.settings_action)
        self.setup_action = file_menu.addAction(self.tr("Set up your &shop…"))
        self.setup_action.setObjectName("setupAssistantAction")
        self.setup_action.triggered.connect(self.open_first_run)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.clear_action)
        view_menu.addSeparator()
        view_menu.addAction(self.history_action)
        self.perspective_action = view_menu.addAction(self.tr("&Perspective…"))
        self.perspective_action.setObjectName("perspectiveAction")
        self.perspective_action.setToolTip(
            self.tr("How all comments of the last weeks felt, and how the stars went")
        )
        self.perspective_action.triggered.connect(self.open_perspective)
        comment_menu = self.menuBar().addMenu(self.tr("&Comment"))
        comment_menu.addAction(self.reply_action)
        comment_menu.addSeparator()
        for action in self.status_actions.values():
            comment_menu.addAction(action)
        comment_menu.addSeparator()
        comment_menu.addAction(self.record_outcome_action)
        comment_menu.addAction(self.undo_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu = HelpMenu(self, self._db, self._credentials, lambda: self.open_help(GUIDE))
        help_menu.addAction(self.help_menu.guide_action)
        connecting = help_menu.addAction(self.tr("&Connecting your accounts"))
        connecting.setObjectName("helpConnectingAction")
        connecting.triggered.connect(lambda: self.open_help(CONNECTING))
        help_menu.addSeparator()
        help_menu.addAction(self.help_menu.data_folder_action)
        help_menu.addAction(self.help_menu.log_action)
        help_menu.addAction(self.help_menu.copy_action)
        help_menu.addAction(self.help_menu.report_action)
        help_menu.addSeparator()
        help_menu.addAction(self.setup_action)
        about = help_menu.addAction(self.tr("&About Feedback Desk"))
        about.triggered.connect(self._about)

    # -- filters and search ---------------------------------------------------------------

    def current_filter(self) -> InboxFilter:
        return self.filters.inbox_filter(self.search_edit.text(), self._now())

    def _today(self) -> date:
        return self._now().astimezone().date()

    def _apply_typed_search(self) -> None:
        """The list follows each pause in typing at once; the counts only a longer one."""
        self.apply_filters(count=False)
        self.counter.forget_running()
        self._search_count_timer.start()

    def apply_filters(self, first_run: bool = False, count: bool = True) -> None:
        """Re-run the inbox query for the current view, filters and search."""
        self._search_timer.stop()
        if count:
            self._search_count_timer.stop()
        selected = self.detail.comment.id if self.detail.comment else None
        try:
            self._set_filter(self.current_filter())
        except UserFacingError as error:
            self._warn(self.tr("The inbox could not be read"), str(error))
            return
        self._choose_middle_page()
        if first_run:
            # The list paints first; the detail pane and the counts follow just after.
            self.when_started(self._fill_detail_when_ready)
            self.when_started(self.refresh_counts)
            return
        self._select(selected)
        if count:
            self.refresh_counts()

    def _set_filter(self, inbox: InboxFilter) -> None:
        """The inbox query; a search that meets a damaged full-text index rebuilds it from
        the comments (saying so) and runs again. Other damage comes out as one sentence."""
        try:
            self.model.set_filter(inbox)
            return
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            from ..store.database import translate
            from ..store.repair import rebuild_search_index, search_index_damaged

            conn = self._db.connect()
            try:
                if not inbox.searching or not search_index_damaged(conn):
                    raise translate(error, self._db.path) from error
            finally:
                conn.close()
        # The rebuild writes: off the GUI thread, so another program's write lock (an import,
        # a sync) never freezes the window meanwhile.
        db = self._db
        self.model.hold()  # scrolling must not run the damaged search again meanwhile
        self.statusBar().showMessage(
            self.tr("The search index is damaged; rebuilding it from the comments…")
        )

        def rebuilt(_: object) -> None:
            log.warning("search index of %s was damaged; rebuilt", db.path)  # untranslated: log
            try:
                self.model.set_filter(self.current_filter())  # what the owner asks for now
            except sqlite3.DatabaseError as again:
                if isinstance(again, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                    raise
                self._warn(self.tr("The inbox could not be read"), str(translate(again, db.path)))
                return
            self._choose_middle_page()
            self.refresh_counts()
            self.statusBar().showMessage(
                self.tr(
                    "The search index was damaged; it was rebuilt from the comments "
                    "(nothing else changed)."
                ),
                15000,
            )

        def failed(problem: BaseException) -> None:
            if not isinstance(problem, UserFacingError):
                raise problem
            self.statusBar().clearMessage()
            self._warn(self.tr("The search index could not be rebuilt"), str(problem))

        self._runner.run(
            on_own_connection(db, lambda conn: rebuild_search_index(db.path, conn)),
            rebuilt,
            failed,
        )

    def clear_filters(self) -> None:
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.filters.reset()  # emits changed -> apply_filters

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _search_now_and_focus_list(self) -> None:
        self.apply_filters()
        self.inbox_view.setFocus()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and self.search_edit.hasFocus():
            self.search_edit.clear()
            self.apply_filters()
            self.inbox_view.setFocus()
            return
        super().keyPressEvent(event)

    def _choose_middle_page(self) -> None:
        empty = self.model.rowCount() == 0 and not self._store.has_comments()
        self.detail.setVisible(not empty)  # nothing to read yet: give the welcome the room
        if self.model.rowCount() > 0:
            self.middle.setCurrentWidget(self.inbox_view)
        elif empty:
            self.middle.setCurrentWidget(self.empty_inbox)
            self.detail.clear()
        else:
            if self.current_filter() == view_filter(NEEDS_REPLY, self._now()):
                self.no_matches.say(
                    self.tr("Nothing needs a reply"),
                    self.tr(
                        "Every comment has been replied to, resolved or set aside. New ones "
                        "appear here after a sync or an import."
                    ),
                )
            else:
                self.no_matches.say(
                    self.tr("Nothing matches"),
                    self.tr("No comment fits this view, these filters and this search."),
                )
            self.middle.setCurrentWidget(self.no_matches)
            self.detail.clear()

    # -- selection and detail ---------------------------------------------------------------

    def _selected_ids(self) -> list[int]:
        rows = self.inbox_view.selectionModel().selectedRows()
        found = [self.model.row_at(i.row()) for i in rows]
        return [r.id for r in found if r is not None]

    def _select(self, comment_id: int | None, fallback_row: int = 0) -> None:
        row = self.model.row_of(comment_id) if comment_id is not None else None
        if row is None:
            row = min(fallback_row, self.model.rowCount() - 1)
        if row < 0:
            self.detail.clear()
            return
        index = self.model.index(row, Column.TEXT)
        self.inbox_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.inbox_view.scrollTo(index)
        self._show_current(index, QModelIndex())

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._started:
            # The list, given the focus as it is first shown, makes its first row current:
            # the detail pane is filled just after the first paint instead (when_started).
            return
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.detail.clear()
        else:
            try:
                comment = self._store.get(row.id)
                history = self._store.history(row.id)
                around = self._store.surroundings(row.id)
                facts = self._store.facts(row.id)
            except UserFacingError as error:
                self._warn(self.tr("This comment could not be read"), str(error))
                return
            terms = self.model.data(current, TERMS_ROLE)
            self.detail.show_comment(comment, history, terms, around, facts)
        self._update_actions()

    def _update_actions(self) -> None:
        has_selection = bool(self.inbox_view.selectionModel().selectedRows())
        for action in self.status_actions.values():
            action.setEnabled(has_selection)
        self.record_outcome_action.setEnabled(self.detail.comment is not None)
        current = self.model.row_at(self.inbox_view.currentIndex().row())
        self.reply_action.setEnabled(current is not None)
        drafted = current is not None and current.has_draft
        self.reply_action.setText(self.tr("&Continue reply…") if drafted else self.tr("&Reply…"))
        self.detail.reply_button.setText(
            self.tr("Continue reply…") if drafted else self.tr("Reply…")
        )

    def _reply_to_current(self) -> None:
        self._reply_to_index(self.inbox_view.currentIndex())

    def _next_needing_reply(
        self, before: Sequence[InboxRow], acted: set[int], anchor: int
    ) -> int | None:
        """After acting on the comments `acted` (the current one at `anchor` in `before`,
        the list as it was): the next that needs a reply below it in that order, else the
        nearest above, among those the list still shows."""
        below = before[anchor + 1 :]
        above = reversed(before[:anchor])  # read as far as needed (a page at a time)
        for candidate in itertools.chain(below, above):
            if candidate.id in acted or not needs_reply(candidate.status):
                continue
            row = self.model.row_of(candidate.id)
            found = None if row is None else self.model.row_at(row)
            if found is not None and needs_reply(found.status):
                return found.id
        return None

    # -- changing status --------------------------------------------------------------------

    def set_status(self, comment_ids: list[int], status: Status) -> None:
        """Written off the GUI thread, on a connection of its own: while another program
        writes (an import publishing a batch, a sync) the window waits without freezing."""
        if not comment_ids:
            return
        current = self.inbox_view.currentIndex().row()
        db = self._db
        ids = list(comment_ids)

        def work() -> StatusEdit:
            conn = db.connect()
            try:
                return CommentStore(db, conn).change_statuses(ids, status)
            finally:
                conn.close()

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserFacingError):
                raise error
            self._warn(self.tr("The status could not be changed"), str(error))

        self._runner.run(work, lambda edit: self._status_set(ids, status, current, edit), failed)

    def _status_set(
        self, comment_ids: list[int], status: Status, current: int, edit: StatusEdit
    ) -> None:
        before = self.model.loaded()
        self.model.reload()
        self._choose_middle_page()
        keep = comment_ids[0] if self.model.row_of(comment_ids[0]) is not None else None
        if not needs_reply(status):  # dealt with: on to the next that needs a reply
            keep = self._next_needing_reply(before, set(comment_ids), max(current, 0)) or keep
        self._select(keep, fallback_row=max(current, 0))
        self.refresh_counts()
        if edit.previous:
            self.statusBar().showMessage(
                self.tr("%Ln comment(s) marked {status}.", "", len(edit.previous)).format(
                    status=status.label.lower()
                ),
                8000,
            )
            self._last_edit = edit
            self.undo_action.setText(self.tr("&Undo “{status}”").format(status=status.label))
            self.undo_action.setEnabled(True)
            self.undo_link.show()

    def undo(self) -> None:
        """Put back the last status change made here (resolve, ignore, back to new), off the
        GUI thread and through the store's one status change, so the history says so."""
        edit = self._last_edit
        if edit is None:
            return
        self._last_edit = None
        self.undo_action.setText(self.tr("&Undo"))
        self.undo_action.setEnabled(False)
        self.undo_link.hide()
        db = self._db

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserFacingError):
                raise error
            self._warn(self.tr("The change could not be undone"), str(error))

        self._runner.run(
            on_own_connection(db, lambda conn: CommentStore(db, conn).undo(edit)),
            self._undone,
            failed,
        )

    def _undone(self, restored: list[int]) -> None:
        self.model.reload()
        self._choose_middle_page()
        self._select(restored[0] if restored else None)
        self.refresh_counts()
        self.statusBar().showMessage(
            self.tr("Put back: %Ln comment(s) as before.", "", len(restored))
            if restored
            else self.tr("Nothing to put back: it has changed since."),
            6000,
        )

    def set_severity(self, comment_id: int, severity: Severity) -> None:
        """The owner says how bad a comment really is; the list re-sorts and keeps it.
        Written off the GUI thread, like a status change."""
        db = self._db

        def work() -> None:
            conn = db.connect()
            try:
                CommentStore(db, conn).set_severity(comment_id, severity)
            finally:
                conn.close()

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserFacingError):
                raise error
            self._warn(self.tr("The comment could not be changed"), str(error))

        self._runner.run(work, lambda _: self._severity_set(comment_id, severity), failed)

    def _severity_set(self, comment_id: int, severity: Severity) -> None:
        self.model.reload()
        self._select(comment_id)
        self.refresh_counts()
        self.statusBar().showMessage(
            self.tr("Marked {severity}: your judgement stays, whatever re-scoring says.").format(
                severity=severity.label.lower()
            ),
            5000,
        )

    # -- import -----------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        self.importer.choose_file()

    def import_file(self, path: Path) -> None:
        """Import `path` (ui/import_flow.py: the preview asks when the file needs it)."""
        self.importer.import_file(path)

    # -- replying -----------------------------------------------------------------------------

    def _reply_to_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None and not (self.reply_wizard and self.reply_wizard.isVisible()):
            self.open_reply(row.id)

    def open_reply(self, comment_id: int) -> None:
        from .reply_wizard import ReplyWizard

        try:
            wizard = ReplyWizard(self._services, comment_id, parent=self)
        except UserFacingError as error:
            self._warn(self.tr("The reply could not be started"), str(error))
            return
        wizard.finished.connect(lambda _: self._after_reply(comment_id))
        # Stored in the background: the inbox shows "cooling off" once it is written.
        wizard.pauseStarted.connect(lambda: self._after_reply(comment_id))
        self.reply_wizard = wizard
        wizard.open()

    def record_outcome(self) -> None:
        """The history's outcome form, on the comment shown; saved off the GUI thread, then
        the detail pane, the list (Follow-ups due) and the counts show it."""
        from .outcome_dialog import OutcomeDialog

        shown = self.detail.comment
        if shown is None:
            return
        comment_id = shown.id
        about = self.tr("{name} on {platform}, {day}").format(
            name=shown.author or self.tr("(no name)"),
            platform=shown.platform.label,
            day=exact_local_date(shown.created_at),
        )
        dialog = OutcomeDialog(self._db, comment_id, self._today(), self, self._runner, about=about)
        self.outcome_dialog = dialog

        def finished(_: int) -> None:
            if dialog.recorded:
                self._after_reply(comment_id)
                self.statusBar().showMessage(self.tr("Outcome recorded."), 4000)
                history = self.history_window
                if history is not None and history.isVisible():  # it shows outcomes too
                    history.model.refresh_row(comment_id)
                    if history.story is not None and history.story.comment.id == comment_id:
                        history.show_story(comment_id)

        dialog.finished.connect(finished)
        dialog.open()

    def open_ledger(self) -> None:
        from .ledger_window import LedgerWindow

        window = LedgerWindow(self._db, self, runner=self._runner)
        window.storyRequested.connect(self.open_history)  # a double-clicked line's complaint
        self.ledger_window = window
        window.open()

    def open_report(self) -> None:
        from .report_dialog import ReportDialog

        dialog = ReportDialog(self._db, self._runner, self._now, self)
        self.report_dialog = dialog
        dialog.open()

    def open_history(self, comment_id: int | None = None) -> None:
        """One history window; asking again brings it to the front. With `comment_id`, it
        shows that comment's story and its writer."""
        from .history_window import HistoryWindow

        window = self.history_window
        if window is None or not window.isVisible():
            try:
                window = HistoryWindow(
                    self._db, self._runner, self._now, self, settings=self._settings
                )
            except UserFacingError as error:
                self._warn(self.tr("The history could not be opened"), str(error))
                return
            window.outcomeRecorded.connect(lambda _: self.refresh_counts())
            self.history_window = window
            window.show()
        else:
            window.raise_()
            window.activateWindow()
        if comment_id:
            window.show_comment(comment_id)

    def open_perspective(self) -> None:
        """One Perspective window; asking again brings it to the front."""
        from .perspective import PerspectiveWindow

        window = getattr(self, "perspective_window", None)
        if window is None or not window.isVisible():
            window = PerspectiveWindow(self._db, self._runner, self._now, self)
            self.perspective_window = window
            window.show()
        else:
            window.raise_()
            window.activateWindow()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._db,
            self,
            runner=self._runner,
            credentials=self._credentials,
            settings=self._settings,
            has_tray=self.tray is not None,
        )
        dialog.profileSaved.connect(self._profile_saved)
        dialog.setupRequested.connect(self.open_first_run)
        self.settings_dialog = dialog
        dialog.open()

    def open_first_run(self) -> None:
        """The first-run assistant (app.py opens it on a new data folder; File and Help
        menus and Settings open it again). "Connect an account" opens the Accounts dialog."""
        from .first_run import FirstRunAssistant

        assistant = FirstRunAssistant(self._db, self._runner, self)
        assistant.profile_saved.connect(self._profile_saved)
        assistant.connect_requested.connect(self.open_accounts)
        assistant.import_requested.connect(self.choose_import_file)
        assistant.demo_requested.connect(self._open_demo)
        self.first_run_assistant = assistant
        assistant.open()

    def _profile_saved(self, profile: object) -> None:
        """Money and dates follow the shop now: redraw what shows them."""
        self.profileChanged.emit(profile)
        shown = self.detail.comment
        self.model.reload()
        if shown is not None:
            self._select(shown.id)

    def _after_reply(self, comment_id: int) -> None:
        before = self.model.loaded()
        anchor = self.model.row_of(comment_id)
        self.model.reload()
        self._choose_middle_page()
        keep: int | None = comment_id
        if anchor is not None and not needs_reply(self._store.get(comment_id).status):
            # Sent: on to the next that needs a reply.
            keep = self._next_needing_reply(before, {comment_id}, anchor) or comment_id
        self._select(keep)
        self.refresh_counts()

    def continue_reply(self, comment_id: int) -> None:
        """From the pause-over notification: the window to the front, the comment selected
        (on Needs a reply when the list does not show it), its reply where it was left."""
        self._bring_to_front()
        if self.reply_wizard is not None and self.reply_wizard.isVisible():
            self.reply_wizard.raise_()
            self.reply_wizard.activateWindow()
            return
        if self.model.row_of(comment_id) is None:
            self.filters.show_view(NEEDS_REPLY.key)  # emits changed -> apply_filters
        self._select(comment_id)
        self.open_reply(comment_id)

    def _bring_to_front(self) -> None:
        self.bring_forward()

    def bring_forward(self) -> None:
        """A second start, the tray or a notification: the window to the front, from the
        tray or the taskbar too."""
        if self.isHidden() or self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_needs_reply(self) -> None:
        self.bring_forward()
        self.filters.show_view(ViewKey.NEEDS_REPLY)

    def _tray_actions(self) -> list[QAction]:
        show = QAction(self.tr("Open Feedback Desk"), self)
        show.setObjectName("trayOpenAction")
        show.triggered.connect(self.bring_forward)
        sync = QAction(self.tr("Sync now"), self)
        sync.setObjectName("traySyncAction")
        sync.triggered.connect(lambda: self.start_sync(background=True))
        leave = QAction(self.tr("Quit"), self)
        leave.setObjectName("trayQuitAction")
        leave.triggered.connect(self.quit_app)
        return [show, sync, leave]

    def can_wait_in_tray(self) -> bool:
        """Closing (or starting at login) leaves the app in the tray: a tray exists and the
        owner chose it in Settings → Keeping watch."""
        return self.tray is not None and watch_setting(self._settings, KEEP_IN_TRAY)

    def quit_app(self) -> None:
        """File → Quit and the tray's Quit end the app, even when it keeps watch."""
        self._quitting = True
        was_hidden = self.isHidden()
        if self.close() and was_hidden:  # no window closed last: Qt would not quit by itself
            QTimer.singleShot(0, QCoreApplication.quit)

    # -- pauses -------------------------------------------------------------------------------

    def _wake_for_next_pause(self, now: datetime) -> None:
        """The next look is in a minute, or sooner when a pause in the list ends before."""
        ends = [
            r.pause_ends
            for r in self.model.held()
            if r.pause_ends is not None and r.pause_ends > now and needs_reply(r.status)
        ]
        wait = PAUSE_CHECK_MS
        if ends:
            wait = min(wait, int((min(ends) - now).total_seconds() * 1000) + 500)
        self.pause_timer.start(max(wait, 1000))

    def check_pauses(self) -> None:
        """Each minute: the list's countdowns move on (no new query); a pause that ended
        since the last look is announced once, and the counts follow."""
        self.model.refresh_pauses()
        now = self._now()
        since = self._pauses_checked
        self._wake_for_next_pause(now)
        if now <= since:  # the clock went back: nothing new can have ended
            return
        self._pauses_checked = now
        db = self._db

        def done(ended: list[PauseOver]) -> None:
            wizard = self.reply_wizard
            open_on = wizard.comment.id if wizard is not None and wizard.isVisible() else None
            fresh = [
                p for p in ended if p.comment_id not in self._announced and p.comment_id != open_on
            ]
            self._announced.update(p.comment_id for p in ended)
            if not ended:
                return
            self.refresh_counts()
            if self.filters.current_view().ready_to_send:
                self.apply_filters()
            if fresh and watch_setting(self._settings, NOTIFY_PAUSE_OVER):
                self.notifier.pause_over(fresh, self.continue_reply)

        self._runner.run(
            on_own_connection(db, lambda conn: CommentStore(db, conn).pauses_ended(since, now)),
            done,
            lambda error: log.warning("checking pauses failed: %s", error),  # untranslated: log
        )

    # -- accounts and sync -------------------------------------------------------------------

    def open_accounts(self) -> None:
        from .accounts_dialog import AccountsDialog  # brings in the HTTP stack: not at start

        dialog = AccountsDialog(self._db, self._credentials, self._runner, self)
        dialog.changed.connect(self.refresh_counts)
        dialog.connected.connect(lambda _names: self.start_sync())  # fill the inbox from them
        dialog.open()
        self.accounts_dialog = dialog

    def open_help(self, page: str = CONNECTING) -> None:
        from .help_window import HelpWindow

        window = HelpWindow(page, parent=self)
        self.help_window = window
        window.show()

    def _look_up_keyring(self) -> None:
        def failed(problem: BaseException) -> None:  # the Accounts dialog says it, not here
            log.info("keyring: %s", problem)

        self._runner.run(self._credentials.describe, lambda _: None, failed)

    def start_sync(self, background: bool = False) -> None:
        """Sync every account (ui/sync_control.py). `background`: the timer's or the
        tray's, so new complaints are told in the tray."""
        self.syncing.start(background)

    def cancel_sync(self) -> None:
        self.syncing.cancel()

    def set_auto_sync(self, minutes: int) -> None:
        self.syncing.every(minutes)

    def _synced(self, run: SyncRun, background: bool) -> None:
        """What a finished sync means for the window: a line in the status bar, the offline
        banner, the list and counts read again, new complaints told in the tray."""
        if not run.summaries:
            self.statusBar().showMessage(
                self.tr("No accounts to sync yet: add one under File → Accounts."), 8000
            )
            return
        self.offline_banner.setText(
            self.tr(
                "You seem to be offline, so nothing new could be fetched. Everything stored "
                "here still works; sync again when you are back online."
            )
        )
        self.offline_banner.setVisible(run.offline)
        new = sum(s.new for s in run.summaries)
        troubled = [s.account for s in run.summaries if s.error or s.problems]
        message = self.tr("Sync done: %Ln new comment(s).", "", new)
        if troubled:
            message += " " + self.tr(
                "Not everything came through for {accounts}: see File → Accounts."
            ).format(accounts=", ".join(troubled))
        self.statusBar().showMessage(message, 15000)
        self.model.reload_soon(self._db, self._runner, self._choose_middle_page)
        self.refresh_counts()
        if (
            background
            and self.tray is not None
            and (run.new_harsh or run.new_negative)
            and watch_setting(self._settings, NOTIFY_NEW_COMPLAINTS)
        ):
            self.tray.new_complaints(run.new_harsh, run.new_negative, self.open_needs_reply)

    # -- counts -----------------------------------------------------------------------------

    def refresh_counts(self, views: bool = True) -> None:
        """Count in the background (ui/inbox_counter.py). `views`: the views' counts too
        (else those last counted are kept: only the search changed)."""
        self.counter.refresh(views)

    # -- settings -----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            resize_to_fit(self, 1280, 780)
            self._fit_when_shown = self.size()
        splitter = self._settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = self._settings.value("window/inboxHeader")
        if isinstance(header, QByteArray):
            inbox_header = self.inbox_view.horizontalHeader()
            inbox_header.restoreState(header)
            self._set_up_inbox_header()
            self._sort_inbox(inbox_header.sortIndicatorSection(), inbox_header.sortIndicatorOrder())
        self.syncing.every(self.syncing.saved_minutes())
        # It opens on what needs doing, whatever view it was left on; the ticks are kept.
        view = START_VIEW.key
        platforms = _as_list(self._settings.value("filters/platforms"))
        severities = _as_list(self._settings.value("filters/severities"))
        self.filters.blockSignals(True)
        self.filters.restore(view, platforms, severities)
        self.filters.blockSignals(False)

    def save_settings(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.setValue(
            "window/inboxHeader", self.inbox_view.horizontalHeader().saveState()
        )
        for key, value in self.filters.saved().items():
            self._settings.setValue(f"filters/{key}", value)
        self._settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fitted, self._fit_when_shown = self._fit_when_shown, None
        if fitted is not None:
            # Fitted once more once the style has laid the panes out: before it, their
            # minimums are wider than shown, and the window would keep that extra width
            # (unless it was given a size of its own since).
            QTimer.singleShot(0, lambda: self._fit_again(fitted))

    def _fit_again(self, fitted: QSize) -> None:
        if self.size() == fitted:
            resize_to_fit(self, 1280, 780)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing stops a sync at once; work still running after a few seconds is left to
        end by itself (its threads never keep the app open). Keeping watch in the tray,
        closing only hides the window: auto sync goes on until Quit."""
        if not self._quitting and self.can_wait_in_tray():
            self.save_settings()
            self.hide()
            event.ignore()
            self.statusBar().showMessage(self.tr("Feedback Desk keeps syncing in the tray."), 8000)
            return
        self.syncing.cancel_event.set()
        self.save_settings()
        self._runner.wait(CLOSE_WAIT_MS)
        super().closeEvent(event)

    # -- small helpers ------------------------------------------------------------------------

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Feedback Desk"),
            self.tr(
                "Feedback Desk {version}\n\nOne calm inbox for what customers say about your "
                "shop, worst first.\n\nYour data folder: {folder}"
            ).format(version=__version__, folder=self._db.path.parent),
        )


class _FirstPaint(QObject):
    """Calls `then` once, just after `window` is first painted: posted from its paint event,
    it runs once the whole window (painted in the same pass) is on the screen."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _tab_stops(pane: QWidget) -> list[QWidget]:
    """The widgets inside `pane` that Tab stops at, in their present order."""
    stops: list[QWidget] = []
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane and widget not in stops:
        if pane.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[attr-defined]
