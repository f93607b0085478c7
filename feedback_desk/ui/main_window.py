"""The main window: filters on the left, the inbox in the middle, the comment on the right.

It is built in two steps. Before the first paint: what that paint shows and every action
with a shortcut (ui/window_layout.py: the panes; ui/window_actions.py: the actions and
menus). Just after it (`finish_building`, also called by whatever needs those parts
earlier): importing files, syncing, the tray and the pause-over banner. What the window
does lives beside it: ui/status_changes.py (status, severity, Undo), ui/window_openers.py
(the other windows), ui/window_watch.py (tray, pauses, a sync's outcome),
ui/search_repair.py, and the earlier ui/import_flow.py, ui/sync_control.py,
ui/inbox_counter.py."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Severity, Status
from ..core.views import ViewKey
from ..store.comments import CommentStore, InboxFilter
from .detail_pane import DetailPane
from .filter_panel import FilterPanel
from .fit import resize_to_fit
from .icons import icon
from .inbox_counter import InboxCounter
from .inbox_model import InboxModel
from .inbox_pane import InboxPane
from .inbox_view import InboxView
from .tasks import WARM_UP, WARM_UP_DELAY_MS, warm_up
from .watch import KEEP_IN_TRAY, PAUSE_CHECK_MS, WatchTray, watch_setting
from .window_actions import CONNECTING_PAGE, WindowActions
from .window_layout import WindowLayout

if TYPE_CHECKING:
    from ..core.triage import Triage
    from ..services import Services
    from ..sources.sync import SyncRun
    from .accounts_dialog import AccountsDialog
    from .empty_state import EmptyState
    from .first_run import FirstRunAssistant
    from .help_menu import HelpMenu
    from .help_window import HelpWindow
    from .history_window import HistoryWindow as HistoryWindowType
    from .import_flow import ImportFlow
    from .ledger_window import LedgerWindow
    from .notifications import PauseBanner, PauseNotifier
    from .outcome_dialog import OutcomeDialog
    from .perspective import PerspectiveWindow
    from .reply_wizard import ReplyWizard as ReplyWizardType
    from .report_dialog import ReportDialog
    from .settings_dialog import SettingsDialog
    from .status_changes import StatusChanges
    from .sync_control import SyncControl
    from .window_openers import WindowOpeners
    from .window_watch import WindowWatch

log = logging.getLogger(__name__)
CLOSE_WAIT_MS = 3_000  # closing waits this long for background work (a sync stops at once)
# A window shown but never painted (started minimised, say) starts its deferred work anyway.
FIRST_PAINT_WAIT_MS = 2_000


class MainWindow(QMainWindow):
    # The shop's profile was saved (assistant or Settings): app.py applies its locale.
    profileChanged = Signal(object)

    # Made by WindowActions (ui/window_actions.py).
    import_action: QAction
    sync_action: QAction
    cancel_sync_action: QAction
    ledger_action: QAction
    report_action: QAction
    settings_action: QAction
    accounts_action: QAction
    auto_sync_actions: dict[int, QAction]
    demo_action: QAction
    find_action: QAction
    clear_action: QAction
    history_action: QAction
    reply_action: QAction
    undo_action: QAction
    status_actions: dict[Status, QAction]
    record_outcome_action: QAction
    quit_action: QAction
    setup_action: QAction
    perspective_action: QAction
    # Made by WindowLayout (ui/window_layout.py).
    search_edit: QLineEdit
    filters: FilterPanel
    inbox_view: InboxView
    middle: QStackedWidget
    offline_banner: QLabel
    centre_layout: QVBoxLayout
    detail: DetailPane
    splitter: QSplitter
    undo_link: QToolButton
    counter: InboxCounter
    counts_label: QLabel
    # Opened by WindowOpeners (ui/window_openers.py), the last of each kind.
    outcome_dialog: OutcomeDialog
    ledger_window: LedgerWindow
    report_dialog: ReportDialog
    perspective_window: PerspectiveWindow
    settings_dialog: SettingsDialog
    first_run_assistant: FirstRunAssistant
    accounts_dialog: AccountsDialog
    help_window: HelpWindow

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
        self._db = services.db
        self._store = store
        self._triage = triage
        self._runner = services.tasks()
        self._settings = settings
        self._fit_when_shown: QSize | None = None  # the first size, fitted again once shown
        self._now = now = services.clock
        self._open_demo = open_demo
        self._credentials = services.credentials
        self._connect = services.connect
        self.reply_wizard: ReplyWizardType | None = None
        self.history_window: HistoryWindowType | None = None
        self._quitting = False  # Quit, not close: the tray does not keep the app
        self._started = False  # the first paint is over (when_started)
        self._when_started: list[Callable[[], object]] = []
        # What finish_building makes, and what it is given for it.
        self._built = False
        self._importer: ImportFlow | None = None
        self._syncing: SyncControl | None = None
        self._watch: WindowWatch | None = None
        self._watch_with = (now(), notifier, tray)  # pauses ending after now() are announced
        self.setWindowTitle(
            self.tr("Feedback Desk — demo inbox")
            if demo
            else "Feedback Desk"  # untranslated: the app's name
        )
        self.setWindowIcon(icon("app"))
        # Just after the first paint, before anything else waiting for it.
        self.when_started(self.finish_building)

        self.model = InboxModel(store, now)
        self.inbox = InboxPane(self)
        self._status_changes: StatusChanges | None = None  # made at the first change
        self._openers: WindowOpeners | None = None  # made when one is first opened
        self._actions = actions = WindowActions(self)
        actions.build()
        self.panes = WindowLayout(self)
        self.panes.build()
        actions.build_menus()
        # Wakes the list's countdowns and the pause-over check; the time itself is always
        # the injected clock's (tests move a fake clock and fire this timer).
        self.pause_timer = QTimer(self)
        self.pause_timer.setObjectName("pauseTimer")
        self.pause_timer.setInterval(PAUSE_CHECK_MS)
        self.pause_timer.timeout.connect(self.check_pauses)
        self.pause_timer.start()

        self.filters.changed.connect(self.apply_filters)
        self.filters.clear_button.clicked.connect(self.clear_filters)
        self.search_edit.textChanged.connect(lambda _: self.inbox.search_timer.start())
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
        # rest of the window (finish_building), the comment in the detail pane (once triage
        # has read its word lists off the GUI thread), the counts, an interrupted import,
        # which keyring the system has (the Accounts dialog then names it at once).
        # bench/startup.py times the paint.
        _FirstPaint(self, self._finish_starting)
        QTimer.singleShot(0, self._start_unless_shown)
        self.inbox.apply_filters(first_run=True)
        self.when_started(lambda: self.importer.finish_interrupted())
        self.when_started(self._look_up_keyring)
        # The windows opened from menus are imported on a worker once the window is up,
        # counted from the first paint: a timer started here fired before it when the start
        # was slow (under valgrind, bench/startup.py --instructions counted their imports).
        self.when_started(
            lambda: QTimer.singleShot(
                WARM_UP_DELAY_MS, self, lambda: warm_up(self._runner, WARM_UP)
            )
        )

    # -- starting -------------------------------------------------------------------------

    def when_started(self, work: Callable[[], object]) -> None:
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

    def finish_building(self) -> None:
        """The parts the first paint does not show: importing, syncing (and its saved
        interval), the tray and the pause-over banner. Just after the first paint, or at
        once when something needs them sooner (a test, a start waiting in the tray)."""
        if self._built:
            return
        self._built = True
        from .import_flow import ImportFlow
        from .sync_control import SyncControl
        from .window_watch import WindowWatch

        self._importer = ImportFlow(
            self,
            self._db,
            self._runner,
            self._triage,
            self._settings,
            self.import_action,
            self.apply_filters,
            self._warn,
        )
        self._syncing = SyncControl(
            self,
            self._db,
            self._credentials,
            self._triage,
            self._runner,
            self._settings,
            self._connect,
            self.sync_action,
            self.cancel_sync_action,
            self.auto_sync_actions,
        )
        self._syncing.synced.connect(self._synced)
        self._syncing.every(self._syncing.saved_minutes())
        self._watch = WindowWatch(self, *self._watch_with)

    @property
    def status_changes(self) -> StatusChanges:
        if self._status_changes is None:
            from .status_changes import StatusChanges

            self._status_changes = StatusChanges(self)
        return self._status_changes

    @property
    def openers(self) -> WindowOpeners:
        if self._openers is None:
            from .window_openers import WindowOpeners

            self._openers = WindowOpeners(self)
        return self._openers

    @property
    def help_menu(self) -> HelpMenu:
        """The Help menu's entries (filled in just after the first paint)."""
        return self._actions.help_entries()

    @property
    def empty_inbox(self) -> EmptyState:
        """The middle's page while the inbox holds nothing yet (made when first shown)."""
        return self.panes.empty_pages().inbox

    @property
    def no_matches(self) -> EmptyState:
        """The middle's page when nothing fits the view, filters and search."""
        return self.panes.empty_pages().no_matches

    @property
    def importer(self) -> ImportFlow:
        self.finish_building()
        assert self._importer is not None
        return self._importer

    @property
    def syncing(self) -> SyncControl:
        self.finish_building()
        assert self._syncing is not None
        return self._syncing

    @property
    def watch(self) -> WindowWatch:
        self.finish_building()
        assert self._watch is not None
        return self._watch

    @property
    def notifier(self) -> PauseNotifier:
        return self.watch.notifier

    @property
    def tray(self) -> WatchTray | None:
        """None: this desktop has no tray."""
        return self.watch.tray

    @property
    def pause_banner(self) -> PauseBanner:
        return self.watch.pause_banner

    def tray_if_built(self) -> WatchTray | None:
        """The tray, unless the window has not made it yet (the counts come after it)."""
        return self._watch.tray if self._watch is not None else None

    # -- the list (ui/inbox_pane.py) --------------------------------------------------------

    def current_filter(self) -> InboxFilter:
        return self.inbox.current_filter()

    def apply_filters(self, first_run: bool = False, count: bool = True) -> None:
        """Re-run the inbox query for the current view, filters and search."""
        self.inbox.apply_filters(first_run, count)

    def clear_filters(self) -> None:
        self.inbox.clear_filters()

    def focus_search(self) -> None:
        self.inbox.focus_search()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and self.search_edit.hasFocus():
            self.search_edit.clear()
            self.inbox.search_now_and_focus_list()
            return
        super().keyPressEvent(event)

    def _choose_middle_page(self) -> None:
        self.inbox.choose_middle_page()

    def _selected_ids(self) -> list[int]:
        return self.inbox.selected_ids()

    def _select(self, comment_id: int | None, fallback_row: int = 0) -> None:
        self.inbox.select(comment_id, fallback_row)

    # -- what the window does (status_changes, window_openers, window_watch) ----------------

    def set_status(self, comment_ids: list[int], status: Status) -> None:
        """Written off the GUI thread, on a connection of its own: while another program
        writes (an import publishing a batch, a sync) the window waits without freezing."""
        self.status_changes.set_status(comment_ids, status)

    def undo(self) -> None:
        """Put back the last status change made here (ui/status_changes.py)."""
        self.status_changes.undo()

    def set_severity(self, comment_id: int, severity: Severity) -> None:
        """The owner says how bad a comment really is; the list re-sorts and keeps it.
        Written off the GUI thread, like a status change."""
        self.status_changes.set_severity(comment_id, severity)

    def choose_import_file(self) -> None:
        self.importer.choose_file()

    def import_file(self, path: Path) -> None:
        """Import `path` (ui/import_flow.py: the preview asks when the file needs it)."""
        self.importer.import_file(path)

    def open_reply(self, comment_id: int) -> None:
        self.openers.open_reply(comment_id)

    def record_outcome(self) -> None:
        self.openers.record_outcome()

    def open_ledger(self) -> None:
        self.openers.open_ledger()

    def open_report(self) -> None:
        self.openers.open_report()

    def open_history(self, comment_id: int | None = None) -> None:
        self.openers.open_history(comment_id)

    def open_perspective(self) -> None:
        self.openers.open_perspective()

    def open_settings(self) -> None:
        self.openers.open_settings()

    def open_first_run(self) -> None:
        self.openers.open_first_run()

    def open_accounts(self) -> None:
        self.openers.open_accounts()

    def open_help(self, page: str = CONNECTING_PAGE) -> None:
        self.openers.open_help(page)

    def _about(self) -> None:
        self.openers.about()

    def continue_reply(self, comment_id: int) -> None:
        self.openers.continue_reply(comment_id)

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

    def check_pauses(self) -> None:
        """Each minute: the list's countdowns move on; a pause that ended since the last
        look is announced once (ui/window_watch.py)."""
        self.watch.check_pauses()

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
        self.watch.synced(run, background)

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
        self.panes.restore(self._settings)

    def save_settings(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self.panes.save(self._settings)
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
        if self._syncing is not None:
            self._syncing.cancel_event.set()
        self.save_settings()
        self._runner.wait(CLOSE_WAIT_MS)
        super().closeEvent(event)

    # -- small helpers ------------------------------------------------------------------------

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # not before the first paint

        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()


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
