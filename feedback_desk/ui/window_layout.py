"""The main window's panes: the toolbar with the search box, the views and filters on the
left, the inbox (or its empty page) in the middle, the comment on the right, the status
bar's Undo and counts. All of it is in the first paint; nothing here opens another window."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.views import START_VIEW
from .delegates import HighlightDelegate, SeverityBadgeDelegate, TextDelegate
from .detail_pane import DetailPane
from .filter_panel import FilterPanel
from .formatting import notice_style
from .icons import icon
from .inbox_counter import InboxCounter
from .inbox_model import SORTABLE, Column
from .inbox_view import InboxView
from .toolbar import ShrinkingToolBar

if TYPE_CHECKING:
    from .empty_state import EmptyState
    from .main_window import MainWindow

# The style's sort-arrow size and focus margin the inbox's short columns were fitted with
# ("16 2"): the next start fits them without asking the style before its first paint.
STYLE_METRICS_KEY = "window/inboxStyleMetrics"
# The width the detail pane's page wanted at the last start: the next one builds the page
# just after its first paint, with a stand-in of that width until then.
DETAIL_WIDTH_KEY = "window/detailPageWidth"
MOST_PAGE_WIDTH = 4000  # more than any screen gives the pane: a larger saved one is not believed


class EmptyPages(NamedTuple):
    """The middle's pages for a list with nothing to show."""

    inbox: EmptyState  # the inbox holds nothing yet: how to fill it
    no_matches: EmptyState  # nothing fits the view, the filters and the search


class WindowLayout(QObject):
    """Builds the window's panes (as its attributes: `window.inbox_view`, `window.detail`,
    …) and keeps the list's sorting and the order Tab goes through them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        # A click on a header sorts by it (the store's query orders and pages); a third
        # click goes back to worst first.
        self._inbox_sort = (-1, Qt.SortOrder.AscendingOrder)
        self._empty_pages: EmptyPages | None = None

    def build(self) -> None:
        w = self._window
        self._build_toolbar()
        w.filters = FilterPanel()
        self._build_inbox()

        w.middle = QStackedWidget()
        w.middle.addWidget(w.inbox_view)
        w.offline_banner = QLabel()
        w.offline_banner.setObjectName("offlineBanner")
        w.offline_banner.setTextFormat(Qt.TextFormat.PlainText)
        w.offline_banner.setWordWrap(True)
        w.offline_banner.setStyleSheet(notice_style(w.palette()))
        w.offline_banner.hide()
        centre = QWidget()
        # The pause-over banner goes above the rest just after the first paint (hidden
        # until a pause ends: ui/window_watch.py).
        w.centre_layout = QVBoxLayout(centre)
        w.centre_layout.setContentsMargins(0, 0, 0, 0)
        w.centre_layout.setSpacing(0)
        w.centre_layout.addWidget(w.offline_banner)
        w.centre_layout.addWidget(w.middle, 1)

        w.detail = DetailPane(w._triage, w._now, _page_width(w._settings.value(DETAIL_WIDTH_KEY)))
        w.when_started(self.remember_detail_width)  # before the Tab order: it builds the page

        w.splitter = QSplitter(Qt.Orientation.Horizontal)
        w.splitter.setObjectName("mainSplitter")
        # The views and filters scroll rather than make the window taller than a small
        # laptop's screen (with Noto Sans, the .deb's font, they need 485 pixels).
        filter_scroll = QScrollArea()
        filter_scroll.setObjectName("filterScroll")
        filter_scroll.setWidget(w.filters)
        filter_scroll.setWidgetResizable(True)
        filter_scroll.setFrameShape(QFrame.Shape.NoFrame)
        filter_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        filter_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        filter_scroll.setMinimumWidth(
            w.filters.minimumSizeHint().width()
            + filter_scroll.verticalScrollBar().sizeHint().width()
        )
        w.splitter.addWidget(filter_scroll)
        w.splitter.addWidget(centre)
        w.splitter.addWidget(w.detail)
        w.splitter.setStretchFactor(1, 3)
        w.splitter.setStretchFactor(2, 2)
        w.splitter.setSizes([180, 760, 340])
        w.splitter.setCollapsible(1, False)
        w.setCentralWidget(w.splitter)
        # After the first paint: walking the focus chain hands Python widgets Qt made itself,
        # and PySide's first look-up of such a widget's type costs about 10 ms.
        w.when_started(self.set_tab_order)
        w.inbox_view.setFocus()  # the keyboard starts in the list: arrows, then Enter
        self._build_status_bar()

    def _build_toolbar(self) -> None:
        w = self._window
        toolbar = ShrinkingToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(w.reply_action)
        toolbar.addAction(w.import_action)
        toolbar.addAction(w.sync_action)
        toolbar.addAction(w.cancel_sync_action)
        toolbar.addAction(w.history_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        w.search_edit = QLineEdit()
        w.search_edit.setObjectName("searchEdit")
        w.search_edit.setPlaceholderText(self.tr("Search comments and names  (Ctrl+F)"))
        w.search_edit.setAccessibleName(self.tr("Search comments"))
        w.search_edit.setClearButtonEnabled(True)
        w.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        w.search_edit.setMinimumWidth(320)
        w.search_edit.returnPressed.connect(w.inbox.search_now_and_focus_list)
        toolbar.addWidget(w.search_edit)
        w.addToolBar(toolbar)

    def _build_inbox(self) -> None:
        w = self._window
        view = w.inbox_view = InboxView()  # hides rating and status where it is narrow
        view.style_metrics = _style_metrics(w._settings.value(STYLE_METRICS_KEY))
        w.when_started(self.remember_style_metrics)
        view.setObjectName("inboxView")
        view.setAccessibleName(self.tr("Inbox"))
        view.setModel(w.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setAlternatingRowColors(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(30)
        view.setItemDelegateForColumn(Column.SEVERITY, SeverityBadgeDelegate(w))
        # The name and the comment: highlighted while searching, else in their direction.
        self._text_delegate = TextDelegate(w)
        self._highlight_delegate = HighlightDelegate(w)
        self.choose_text_delegates()
        w.model.modelReset.connect(self.choose_text_delegates)  # the search is in its filter
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(*self._inbox_sort)
        header.sortIndicatorChanged.connect(self.sort_inbox)
        self.set_up_inbox_header()
        header.resizeSection(Column.AUTHOR, 150)
        # Tab leaves the list for the next pane (arrows move within it).
        view.setTabKeyNavigation(False)
        view.selectionModel().currentRowChanged.connect(w.inbox.show_current)
        view.selectionModel().selectionChanged.connect(lambda *_: w.inbox.update_actions())
        # Enter or a double-click opens the reply wizard on the comment.
        view.activated.connect(w.inbox.reply_to_index)
        view.doubleClicked.connect(w.inbox.reply_to_index)

    def empty_pages(self) -> EmptyPages:
        """Made the first time the list has nothing to show: a first paint with comments
        does without them."""
        if self._empty_pages is None:
            self._empty_pages = self._build_empty_pages()
        return self._empty_pages

    def _build_empty_pages(self) -> EmptyPages:
        from .empty_state import EmptyState  # only then

        w = self._window
        empty_inbox = EmptyState(
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
        empty_inbox.buttons["emptyConnectButton"].clicked.connect(w.open_accounts)
        empty_inbox.buttons["emptyImportButton"].clicked.connect(w.choose_import_file)
        empty_inbox.buttons["emptyDemoButton"].clicked.connect(w._open_demo)
        no_matches = EmptyState(
            "noMatches",
            self.tr("Nothing matches"),
            self.tr("No comment fits this view, these filters and this search."),
            [(self.tr("Show everything"), "noMatchesClearButton")],
        )
        no_matches.buttons["noMatchesClearButton"].clicked.connect(w.clear_filters)
        for page in (empty_inbox, no_matches):
            w.middle.addWidget(page)
        return EmptyPages(empty_inbox, no_matches)

    def _build_status_bar(self) -> None:
        w = self._window
        # "Marked resolved: Undo" — our own words only, so rich text for the link is safe.
        w.undo_link = QToolButton()  # a flat button that reads like a link
        w.undo_link.setObjectName("undoLink")
        w.undo_link.setText(self.tr("Undo"))
        w.undo_link.setAutoRaise(True)
        w.undo_link.setAccessibleName(self.tr("Undo"))
        w.undo_link.setToolTip(self.tr("Put back the last change of status (Ctrl+Z)"))
        w.undo_link.clicked.connect(w.undo)
        w.undo_link.hide()
        w.statusBar().addPermanentWidget(w.undo_link)
        w.counter = InboxCounter(
            w, w._db, w._runner, w._now, w.current_filter, w.filters, w.tray_if_built
        )
        w.counts_label = w.counter.label
        w.statusBar().addPermanentWidget(w.counts_label)

    def restore(self, settings: QSettings) -> None:
        """The panes as they were left: the splitter, the list's columns and sorting, the
        filters' ticks (it opens on what needs doing, whatever view it was left on)."""
        w = self._window
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            w.splitter.restoreState(splitter)
        header = settings.value("window/inboxHeader")
        if isinstance(header, QByteArray):
            inbox_header = w.inbox_view.horizontalHeader()
            inbox_header.restoreState(header)
            self.set_up_inbox_header()
            self.sort_inbox(inbox_header.sortIndicatorSection(), inbox_header.sortIndicatorOrder())
        platforms = _as_list(settings.value("filters/platforms"))
        severities = _as_list(settings.value("filters/severities"))
        w.filters.blockSignals(True)
        w.filters.restore(START_VIEW.key, platforms, severities)
        w.filters.blockSignals(False)

    def save(self, settings: QSettings) -> None:
        w = self._window
        settings.setValue("window/splitter", w.splitter.saveState())
        settings.setValue("window/inboxHeader", w.inbox_view.horizontalHeader().saveState())
        for key, value in w.filters.saved().items():
            settings.setValue(f"filters/{key}", value)

    def set_tab_order(self) -> None:
        """Tab: the views and filters, the inbox, the detail pane's controls, the search box."""
        w = self._window
        chain = [*_tab_stops(w.filters), w.inbox_view, *_tab_stops(w.detail), w.search_edit]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(w.search_edit, chain[0])

    def choose_text_delegates(self) -> None:
        w = self._window
        delegate = self._highlight_delegate if w.model.terms else self._text_delegate
        for column in (Column.TEXT, Column.AUTHOR):
            if w.inbox_view.itemDelegateForColumn(column) is not delegate:
                w.inbox_view.setItemDelegateForColumn(column, delegate)

    def remember_style_metrics(self) -> None:
        """After the first paint: the style's own metrics (the short columns fitted again if
        the saved ones were another style's or screen's), saved for the next start."""
        w = self._window
        w.inbox_view.check_style_metrics()
        metrics = w.inbox_view.style_metrics
        if metrics is None:  # not reached: check_style_metrics() has just measured them
            return
        value = " ".join(str(m) for m in metrics)
        if w._settings.value(STYLE_METRICS_KEY) != value:
            w._settings.setValue(STYLE_METRICS_KEY, value)

    def remember_detail_width(self) -> None:
        """After the first paint: the detail pane's page built, and the width it wants
        saved for the next start's stand-in."""
        w = self._window
        width = w.detail.page_width()
        if _page_width(w._settings.value(DETAIL_WIDTH_KEY)) != width:
            w._settings.setValue(DETAIL_WIDTH_KEY, width)

    def set_up_inbox_header(self) -> None:
        """The comment column takes the width, the short ones fit what they show; sorting
        by a header. Again after a saved layout is restored (it carries older settings)."""
        view = self._window.inbox_view
        header = view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        view.set_up_columns()

    def sort_inbox(self, column: int, order: Qt.SortOrder) -> None:
        w = self._window
        header = w.inbox_view.horizontalHeader()
        if column >= 0 and Column(column) not in SORTABLE:  # the comment, the status
            header.blockSignals(True)
            header.setSortIndicator(*self._inbox_sort)
            header.blockSignals(False)
            return
        self._inbox_sort = (column, order)
        w.model.sort(column, order)
        current = w.inbox_view.currentIndex()
        if current.isValid():
            w.inbox_view.scrollTo(current)
        else:
            w.inbox_view.scrollToTop()


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


def _page_width(saved: object) -> int | None:
    """The detail page's saved width; None for anything else (never saved, edited)."""
    try:
        width = int(str(saved))
    except ValueError:
        return None
    return width if 0 < width <= MOST_PAGE_WIDTH else None


def _style_metrics(saved: object) -> tuple[int, int] | None:
    """The two metrics saved as "16 2"; None for anything else (never saved, edited)."""
    parts = saved.split() if isinstance(saved, str) else []
    try:
        mark, margin = (int(p) for p in parts)
    except ValueError:
        return None
    return mark, margin
