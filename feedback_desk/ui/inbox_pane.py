"""What the inbox shows and which comment is open: the query for the view, the filters and
the search (typed searches wait for a pause in the typing), the middle page (the list, the
welcome of an empty inbox or "nothing matches"), the selection and the detail pane's comment,
and the actions that follow the selection."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer

from ..core.errors import UserFacingError
from ..core.views import NEEDS_REPLY
from ..store.comments import InboxFilter, view_filter
from .inbox_model import TERMS_ROLE, Column

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250
# While a search is typed, its counts wait until the typing pauses this long (counting the
# matches of a common word reads most of a big inbox), and the views' own counts, which no
# search changes, are kept from the last count.
SEARCH_COUNT_DELAY_MS = 750


class InboxPane(QObject):
    """The list's query and selection for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_typed_search)
        self.search_count_timer = QTimer(self)
        self.search_count_timer.setSingleShot(True)
        self.search_count_timer.setInterval(SEARCH_COUNT_DELAY_MS)
        self.search_count_timer.timeout.connect(lambda: window.refresh_counts(views=False))

    def fill_detail_when_ready(self) -> None:
        """The first comment in the detail pane, after triage has read its word lists (for
        the "why harsh" line) on a worker: the GUI thread never waits for them."""
        w = self._window
        triage = w._triage

        def read_word_lists() -> None:
            triage.harsh_reasons("", 0.0, None)

        def fill(_: object = None) -> None:
            if w.detail.comment is None:  # unless the owner has picked one meanwhile
                self.select(None)

        def failed(error: BaseException) -> None:
            log.warning("triage could not read its word lists: %s", error)  # untranslated: log
            fill()

        w._runner.run(read_word_lists, fill, failed)

    # -- the query: view, filters, search -------------------------------------------------

    def current_filter(self) -> InboxFilter:
        w = self._window
        return w.filters.inbox_filter(w.search_edit.text(), w._now())

    def today(self) -> date:
        w = self._window
        return w._now().astimezone().date()

    def apply_typed_search(self) -> None:
        """The list follows each pause in typing at once; the counts only a longer one."""
        w = self._window
        self.apply_filters(count=False)
        w.counter.forget_running()
        self.search_count_timer.start()

    def apply_filters(self, first_run: bool = False, count: bool = True) -> None:
        """Re-run the inbox query for the current view, filters and search."""
        w = self._window
        self.search_timer.stop()
        if count:
            self.search_count_timer.stop()
        selected = w.detail.comment.id if w.detail.comment else None
        try:
            self.set_filter(self.current_filter())
        except UserFacingError as error:
            w._warn(self.tr("The inbox could not be read"), str(error))
            return
        self.choose_middle_page()
        if first_run:
            # The list paints first; the detail pane and the counts follow just after.
            w.when_started(self.fill_detail_when_ready)
            w.when_started(w.refresh_counts)
            return
        self.select(selected)
        if count:
            w.refresh_counts()

    def set_filter(self, inbox: InboxFilter) -> None:
        """The inbox query; a search that meets a damaged full-text index rebuilds it from
        the comments (saying so) and runs again. Other damage comes out as one sentence."""
        w = self._window
        try:
            w.model.set_filter(inbox)
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            from .search_repair import SearchRepair

            SearchRepair(w).rebuild_or_raise(error, inbox)

    def clear_filters(self) -> None:
        w = self._window
        w.search_edit.blockSignals(True)
        w.search_edit.clear()
        w.search_edit.blockSignals(False)
        w.filters.reset()  # emits changed -> apply_filters

    def focus_search(self) -> None:
        w = self._window
        w.search_edit.setFocus()
        w.search_edit.selectAll()

    def search_now_and_focus_list(self) -> None:
        w = self._window
        self.apply_filters()
        w.inbox_view.setFocus()

    def choose_middle_page(self) -> None:
        w = self._window
        empty = w.model.rowCount() == 0 and not w._store.has_comments()
        w.detail.setVisible(not empty)  # nothing to read yet: give the welcome the room
        if w.model.rowCount() > 0:
            w.middle.setCurrentWidget(w.inbox_view)
        elif empty:
            w.middle.setCurrentWidget(w.empty_inbox)
            w.detail.clear()
        else:
            if self.current_filter() == view_filter(NEEDS_REPLY, w._now()):
                w.no_matches.say(
                    self.tr("Nothing needs a reply"),
                    self.tr(
                        "Every comment has been replied to, resolved or set aside. New ones "
                        "appear here after a sync or an import."
                    ),
                )
            else:
                w.no_matches.say(
                    self.tr("Nothing matches"),
                    self.tr("No comment fits this view, these filters and this search."),
                )
            w.middle.setCurrentWidget(w.no_matches)
            w.detail.clear()

    # -- selection and detail ---------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        w = self._window
        rows = w.inbox_view.selectionModel().selectedRows()
        found = [w.model.row_at(i.row()) for i in rows]
        return [r.id for r in found if r is not None]

    def select(self, comment_id: int | None, fallback_row: int = 0) -> None:
        w = self._window
        row = w.model.row_of(comment_id) if comment_id is not None else None
        if row is None:
            row = min(fallback_row, w.model.rowCount() - 1)
        if row < 0:
            w.detail.clear()
            return
        index = w.model.index(row, Column.TEXT)
        w.inbox_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        w.inbox_view.scrollTo(index)
        self.show_current(index, QModelIndex())

    def show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        w = self._window
        if not w._started:
            # The list, given the focus as it is first shown, makes its first row current:
            # the detail pane is filled just after the first paint instead (when_started).
            return
        row = w.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            w.detail.clear()
        else:
            try:
                comment = w._store.get(row.id)
                history = w._store.history(row.id)
                around = w._store.surroundings(row.id)
                facts = w._store.facts(row.id)
            except UserFacingError as error:
                w._warn(self.tr("This comment could not be read"), str(error))
                return
            terms = w.model.data(current, TERMS_ROLE)
            w.detail.show_comment(comment, history, terms, around, facts)
        self.update_actions()

    def update_actions(self) -> None:
        w = self._window
        has_selection = bool(w.inbox_view.selectionModel().selectedRows())
        for action in w.status_actions.values():
            action.setEnabled(has_selection)
        w.record_outcome_action.setEnabled(w.detail.comment is not None)
        current = w.model.row_at(w.inbox_view.currentIndex().row())
        w.reply_action.setEnabled(current is not None)
        drafted = current is not None and current.has_draft
        w.reply_action.setText(self.tr("&Continue reply…") if drafted else self.tr("&Reply…"))
        w.detail.set_reply_continues(drafted)

    def reply_to_current(self) -> None:
        w = self._window
        self.reply_to_index(w.inbox_view.currentIndex())

    def reply_to_index(self, index: QModelIndex) -> None:
        w = self._window
        row = w.model.row_at(index.row())
        if row is not None and not (w.reply_wizard and w.reply_wizard.isVisible()):
            w.open_reply(row.id)
