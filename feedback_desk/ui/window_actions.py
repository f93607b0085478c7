"""The main window's actions, each with its shortcut, and its menus. Everything here is made
before the first paint: the menu bar shows in it, and every shortcut works from the moment
the window takes input."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..core.model import Status
from .icons import icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from .help_menu import HelpMenu
    from .main_window import MainWindow

# The help pages' files (ui/help_window.py: CONNECTING, GUIDE), named here so the window
# need not import the help window before its first paint.
CONNECTING_PAGE = "connecting.html"
GUIDE_PAGE = "guide.html"


class WindowActions(QObject):
    """Makes the window's actions (as its attributes: `window.sync_action`, …) and menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._help_menu: QMenu | None = None  # the Help menu (build_menus)
        self._help: HelpMenu | None = None  # its entries (help_entries)

    def build(self) -> None:
        w = self._window
        w.import_action = QAction(icon("import"), self.tr("&Import a file…"), w)
        w.import_action.setObjectName("importAction")
        w.import_action.setShortcut(QKeySequence.StandardKey.Open)
        w.import_action.setToolTip(self.tr("Import comments from a CSV or JSON export (Ctrl+O)"))
        w.import_action.triggered.connect(w.choose_import_file)

        w.sync_action = QAction(icon("sync"), self.tr("&Sync"), w)
        w.sync_action.setObjectName("syncAction")
        w.sync_action.setShortcut(QKeySequence("F5"))
        w.sync_action.setToolTip(self.tr("Fetch new and changed comments from your accounts (F5)"))
        w.sync_action.triggered.connect(lambda: w.start_sync())

        w.cancel_sync_action = QAction(self.tr("Stop syncing"), w)
        w.cancel_sync_action.setObjectName("cancelSyncAction")
        w.cancel_sync_action.setEnabled(False)
        w.cancel_sync_action.triggered.connect(w.cancel_sync)

        w.ledger_action = QAction(self.tr("Discount &ledger…"), w)
        w.ledger_action.setObjectName("ledgerAction")
        w.ledger_action.triggered.connect(w.open_ledger)

        w.report_action = QAction(self.tr("Customer-recovery &report…"), w)
        w.report_action.setShortcut(QKeySequence("Ctrl+Shift+P"))  # keyboard alone
        w.report_action.setObjectName("reportAction")
        w.report_action.setToolTip(
            self.tr("See the customer-recovery report for a period; save it as PDF, CSV or HTML")
        )
        w.report_action.triggered.connect(w.open_report)

        w.settings_action = QAction(self.tr("Se&ttings…"), w)
        w.settings_action.setObjectName("settingsAction")
        w.settings_action.triggered.connect(w.open_settings)

        w.accounts_action = QAction(self.tr("&Accounts…"), w)
        w.accounts_action.setObjectName("accountsAction")
        w.accounts_action.triggered.connect(w.open_accounts)

        w.auto_sync_actions = {}
        for minutes in (0, 15, 30, 60):
            text = self.tr("Off") if minutes == 0 else self.tr("Every %Ln minute(s)", "", minutes)
            choice = QAction(text, w, checkable=True)
            choice.triggered.connect(lambda _=False, m=minutes: w.set_auto_sync(m))
            w.auto_sync_actions[minutes] = choice

        w.demo_action = QAction(icon("demo"), self.tr("Open the &demo inbox"), w)
        w.demo_action.setObjectName("demoAction")
        w.demo_action.triggered.connect(w._open_demo)

        w.find_action = QAction(self.tr("&Find…"), w)
        w.find_action.setShortcut(QKeySequence.StandardKey.Find)
        w.find_action.triggered.connect(w.focus_search)
        w.addAction(w.find_action)

        w.clear_action = QAction(self.tr("Show &everything"), w)
        w.clear_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        w.clear_action.triggered.connect(w.clear_filters)

        w.history_action = QAction(icon("history"), self.tr("&History of complaints…"), w)
        w.history_action.setObjectName("historyAction")
        w.history_action.setShortcut(QKeySequence("Ctrl+H"))
        w.history_action.setToolTip(
            self.tr(
                "Past complaints with their whole story, the customers behind them and what "
                "became of them (works offline)"
            )
        )
        w.history_action.triggered.connect(lambda: w.open_history())

        w.reply_action = QAction(icon("reply"), self.tr("&Reply…"), w)
        w.reply_action.setObjectName("replyAction")
        w.reply_action.setShortcut(QKeySequence("Ctrl+R"))
        w.reply_action.setToolTip(
            self.tr("Answer the selected comment calmly, step by step (Ctrl+R)")
        )
        w.reply_action.setEnabled(False)
        w.reply_action.triggered.connect(w.inbox.reply_to_current)

        w.undo_action = QAction(self.tr("&Undo"), w)
        w.undo_action.setObjectName("undoAction")
        w.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        w.undo_action.setEnabled(False)
        w.undo_action.triggered.connect(w.undo)
        w.addAction(w.undo_action)

        w.status_actions = {}
        for status, text, keys in (
            (Status.RESOLVED, self.tr("Mark &resolved"), "Ctrl+Shift+R"),
            (Status.IGNORED, self.tr("&Ignore"), "Ctrl+Shift+I"),
            (Status.NEW, self.tr("&Back to new"), "Ctrl+Shift+N"),
        ):
            action = QAction(text, w)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, s=status: w.set_status(w._selected_ids(), s))
            w.status_actions[status] = action
            w.addAction(action)

        w.record_outcome_action = QAction(self.tr("Record &outcome…"), w)
        w.record_outcome_action.setObjectName("recordOutcomeAction")
        w.record_outcome_action.setToolTip(
            self.tr(
                "Keep what became of this complaint (won back, resolved, still unhappy…), with "
                "a note and a day to follow up"
            )
        )
        w.record_outcome_action.triggered.connect(w.record_outcome)
        w.record_outcome_action.setEnabled(False)  # until a comment is shown

        w.quit_action = QAction(self.tr("&Quit"), w)
        w.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        w.quit_action.triggered.connect(w.quit_app)

    def build_menus(self) -> None:
        w = self._window
        file_menu = w.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(w.import_action)
        file_menu.addAction(w.sync_action)
        auto = file_menu.addMenu(self.tr("Sync &automatically"))
        for choice in w.auto_sync_actions.values():
            auto.addAction(choice)
        file_menu.addAction(w.accounts_action)
        file_menu.addAction(w.ledger_action)
        file_menu.addAction(w.report_action)
        file_menu.addAction(w.settings_action)
        w.setup_action = file_menu.addAction(self.tr("Set up your &shop…"))
        w.setup_action.setObjectName("setupAssistantAction")
        w.setup_action.triggered.connect(w.open_first_run)
        file_menu.addAction(w.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(w.quit_action)
        view_menu = w.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(w.find_action)
        view_menu.addAction(w.clear_action)
        view_menu.addSeparator()
        view_menu.addAction(w.history_action)
        w.perspective_action = view_menu.addAction(self.tr("&Perspective…"))
        w.perspective_action.setObjectName("perspectiveAction")
        w.perspective_action.setToolTip(
            self.tr("How all comments of the last weeks felt, and how the stars went")
        )
        w.perspective_action.triggered.connect(w.open_perspective)
        comment_menu = w.menuBar().addMenu(self.tr("&Comment"))
        comment_menu.addAction(w.reply_action)
        comment_menu.addSeparator()
        for action in w.status_actions.values():
            comment_menu.addAction(action)
        comment_menu.addSeparator()
        comment_menu.addAction(w.record_outcome_action)
        comment_menu.addAction(w.undo_action)
        self._build_help_menu()

    def _build_help_menu(self) -> None:
        w = self._window
        self._help_menu = w.menuBar().addMenu(self.tr("&Help"))
        # Its entries just after the first paint (F1 among them), or when first needed.
        w.when_started(self.help_entries)

    def help_entries(self) -> HelpMenu:
        """The Help menu's entries, put in the menu the first time they are asked for."""
        if self._help is not None:
            return self._help
        from .help_menu import HelpMenu

        w = self._window
        help_menu = self._help_menu
        assert help_menu is not None, "build_menus() makes the menu first"
        self._help = HelpMenu(w, w._db, w._credentials, lambda: w.open_help(GUIDE_PAGE))
        help_menu.addAction(self._help.guide_action)
        connecting = help_menu.addAction(self.tr("&Connecting your accounts"))
        connecting.setObjectName("helpConnectingAction")
        connecting.triggered.connect(lambda: w.open_help(CONNECTING_PAGE))
        help_menu.addSeparator()
        help_menu.addAction(self._help.data_folder_action)
        help_menu.addAction(self._help.log_action)
        help_menu.addAction(self._help.copy_action)
        help_menu.addAction(self._help.report_action)
        help_menu.addSeparator()
        help_menu.addAction(w.setup_action)
        about = help_menu.addAction(self.tr("&About Feedback Desk"))
        about.triggered.connect(w._about)
        return self._help
