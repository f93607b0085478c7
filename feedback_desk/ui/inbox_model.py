"""The inbox as a Qt table model over the store, loaded a page at a time with fetchMore;
only the pages shown last are held whole, the others are read again by key when shown."""

from __future__ import annotations

import dataclasses
import enum
import sqlite3
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ..core.follow_up import follow_up_reason
from ..core.model import OPEN_STATUSES, Severity
from ..core.texts import QT_TRANSLATE_NOOP
from ..core.views import READY_TO_SEND, needs_reply, pause_left, pause_words, ready_to_send
from ..store.comments import (
    CommentStore,
    InboxFilter,
    InboxRow,
    InboxSort,
    inbox_keys,
    inbox_rows,
    search_terms,
)
from .formatting import URGENT_ROW_TINT, exact_local_time, relative_time, stars
from .icons import platform_icon

if TYPE_CHECKING:
    from ..store import Database
    from ..store.outcomes import OutcomeRecord
    from .tasks import TaskRunner

PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    PLATFORM = 0
    SEVERITY = 1
    AUTHOR = 2
    TEXT = 3
    RATING = 4
    RECEIVED = 5
    STATUS = 6


HEADERS = {
    Column.PLATFORM: "",
    Column.SEVERITY: QT_TRANSLATE_NOOP("InboxModel", "Severity"),
    Column.AUTHOR: QT_TRANSLATE_NOOP("InboxModel", "From"),
    Column.TEXT: QT_TRANSLATE_NOOP("InboxModel", "Comment"),
    Column.RATING: QT_TRANSLATE_NOOP("InboxModel", "Rating"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("InboxModel", "Received"),
    Column.STATUS: QT_TRANSLATE_NOOP("InboxModel", "Status"),
}

# Columns the owner may sort by (a click on the header); the order comes from the store.
SORTABLE = {
    Column.PLATFORM: InboxSort.PLATFORM,
    Column.SEVERITY: InboxSort.WORST_FIRST,
    Column.AUTHOR: InboxSort.AUTHOR,
    Column.RATING: InboxSort.RATING,
    Column.RECEIVED: InboxSort.RECEIVED,
}
# How far sorting reads on to keep the selected comments selected.
KEEP_SELECTION_PAGES = 25
# Pages held whole, the last shown; others keep only their rows' ids (issue 14: memory
# stays flat however far the list is scrolled).
RESIDENT_PAGES = 10
# A reload_soon placing more rows than this places them on a worker.
PLACED_AT_ONCE = 5 * PAGE_SIZE

# Custom roles for delegates and the window.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the InboxRow itself
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2  # Severity, for the badge delegate
TERMS_ROLE = Qt.ItemDataRole.UserRole + 3  # search words to highlight


class _Window:
    """One listing's rows: the id of every row placed so far (8 bytes each), but whole rows
    only for the pages read last. A page dropped is read again by its rows' ids when it is
    shown again, so memory stays flat however far the list is scrolled; the list grows by
    keyset paging after the last row's key."""

    def __init__(self, store: CommentStore, inbox: InboxFilter) -> None:
        self.store = store
        self.inbox = inbox
        self.ids = array("q")
        self.last: tuple[object, ...] | None = None  # the last placed row's key
        # Whole rows (None: deleted since), by page number, the last used at the end.
        self.pages: OrderedDict[int, Sequence[InboxRow | None]] = OrderedDict()
        self.exhausted = False
        self.hot = -1  # the page read last, held (the last in `pages`)
        self.held_back = False  # read nothing (InboxModel.hold)

    def __len__(self) -> int:
        return len(self.ids)

    def fetch(self) -> list[InboxRow]:
        """The next page, read whole (it is about to be shown); add() places it."""
        page = self.store.page(self.inbox, after=self.last, limit=PAGE_SIZE)
        self.exhausted = len(page) < PAGE_SIZE
        return page

    def add(self, page: list[InboxRow]) -> None:
        if page:
            self._keep(len(self.ids) // PAGE_SIZE, page)
            self.ids.extend(r.id for r in page)
            self.last = page[-1].sort_key

    def place(self, rows: int) -> None:
        """Place up to `rows` more rows by their ids and keys alone (nothing kept but the
        ids), as a reload does."""
        start = len(self.ids)
        for comment_id, key in inbox_keys(self.store, self.inbox, after=self.last, limit=rows):
            self.ids.append(comment_id)
            self.last = key
        self.exhausted = len(self.ids) - start < rows

    def row(self, row: int) -> InboxRow | None:
        if not 0 <= row < len(self.ids):
            return None
        number, offset = divmod(row, PAGE_SIZE)
        if number == self.hot:  # painting asks for the same page many times over
            hot = self.pages[number]
            return hot[offset] if offset < len(hot) else None
        page = self.pages.get(number)
        if page is None and self.held_back:
            return None
        if page is None:
            # By the ids placed (a rowid lookup, as fast deep in the list as at its top;
            # the order's own keyset query is not, under a filter), as they are now.
            ids = self.ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
            found = inbox_rows(self.store, ids)
            page = [found.get(i) for i in ids]
            self._keep(number, page)
        else:
            self.pages.move_to_end(number)
        self.hot = number
        return page[offset] if offset < len(page) else None

    def _keep(self, number: int, page: Sequence[InboxRow | None]) -> None:
        self.pages[number] = page
        while len(self.pages) > RESIDENT_PAGES:
            self.pages.popitem(last=False)
        self.hot = -1

    def copy(self) -> _Window:
        """The rows as placed now, kept whatever this window does next."""
        copy = _Window(self.store, self.inbox)
        copy.ids = array("q", self.ids)
        copy.pages = OrderedDict(self.pages)
        copy.last, copy.exhausted = self.last, True
        return copy

    def resident(self) -> Iterator[tuple[int, InboxRow]]:
        """(row, InboxRow) of the pages held, without reading any."""
        for number, page in list(self.pages.items()):
            for offset, item in enumerate(page):
                if item is not None:
                    yield number * PAGE_SIZE + offset, item

    def find(self, comment_id: int) -> int | None:
        try:
            return self.ids.index(comment_id)
        except ValueError:
            return None


class LoadedRows(Sequence[InboxRow]):
    """The list as it was (a status change reloads the model; this keeps the rows it
    had, in that order, each as it is now): rows not held are read when asked for."""

    def __init__(self, snapshot: _Window, rows: range | None = None) -> None:
        self._snapshot = snapshot
        self._rows = range(len(snapshot.ids)) if rows is None else rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> InboxRow: ...
    @overload
    def __getitem__(self, index: slice) -> LoadedRows: ...
    def __getitem__(self, index: int | slice) -> InboxRow | LoadedRows:
        if isinstance(index, slice):
            return LoadedRows(self._snapshot, self._rows[index])
        row = self._snapshot.row(self._rows[index])
        if row is None:  # deleted since
            raise IndexError(index)
        return row

    def __iter__(self) -> Iterator[InboxRow]:
        """The rows that still exist."""
        for number in self._rows:
            row = self._snapshot.row(number)
            if row is not None:
                yield row

    def __reversed__(self) -> Iterator[InboxRow]:
        yield from LoadedRows(self._snapshot, self._rows[::-1])


class InboxModel(QAbstractTableModel):
    """Rows in inbox order, a page more each time the view reaches the end (fetchMore,
    keyset paging). Only the pages shown last are held whole (_Window)."""

    def __init__(self, store: CommentStore, now: Callable[[], datetime]) -> None:
        super().__init__()
        self._store = store
        self._now = now
        self._filter = InboxFilter()
        self._terms: list[str] = []
        self._window = _Window(store, self._filter)
        # In "Follow-ups due": each complaint's latest outcome, which says why it is due.
        self._follow_ups: dict[int, OutcomeRecord] = {}
        self._started = False  # nothing is read before the window's first set_filter
        self._lists = 0  # how many times the list was read anew (a late reload_soon is dropped)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what is shown ------------------------------------------------------------------

    @property
    def inbox_filter(self) -> InboxFilter:
        return self._filter

    @property
    def terms(self) -> list[str]:
        """The search's words, as the list highlights them (empty: no search)."""
        return self._terms

    def set_filter(self, inbox: InboxFilter) -> None:
        self.beginResetModel()
        try:
            self._filter = dataclasses.replace(
                inbox, sort=self._filter.sort, descending=self._filter.descending
            )
            self._terms = search_terms(inbox.search)
            self._started = True
            self._lists += 1
            self._window = _Window(self._store, self._filter)
            self._load_follow_ups()
            self._window.add(self._window.fetch())
        finally:  # a query that fails (a damaged file) leaves an empty list, not a broken view
            self.endResetModel()

    def hold(self) -> None:
        """Read nothing more until the next set_filter: the query cannot run for now (its
        search index is being rebuilt)."""
        self._window.exhausted = True
        self._window.held_back = True
        self._lists += 1

    def reload(self) -> None:
        """Read the list again (after a status change), placing as many rows as before; the
        rows shown are read whole again when the view asks for them."""
        wanted = max(len(self._window), PAGE_SIZE)
        self.beginResetModel()
        self._lists += 1
        self._window = _Window(self._store, self._filter)
        self._load_follow_ups()
        self._window.place(wanted)
        self.endResetModel()

    def reload_soon(self, db: Database, runner: TaskRunner, then: Callable[[], None]) -> None:
        """reload() for new comments (a sync): a list scrolled far is placed again on a
        worker (a million rows took 2.6 s on the GUI thread) and shown as it was meanwhile;
        a short one at once. `then` runs once the new list is in; a list read anew in the
        meantime (another view, a search) wins and `then` does not run."""
        wanted = max(len(self._window), PAGE_SIZE)
        if wanted <= PLACED_AT_ONCE:
            self.reload()
            then()
            return
        from .tasks import on_own_connection

        self._lists += 1
        lists, inbox = self._lists, self._filter

        def place(conn: sqlite3.Connection) -> _Window:
            placed = _Window(CommentStore(db, conn), inbox)
            placed.place(wanted)
            return placed

        def placed(window: _Window) -> None:
            if lists != self._lists:
                return
            self.beginResetModel()
            window.store = self._store  # rows are read on the GUI thread's connection
            self._window = window
            self._load_follow_ups()
            self.endResetModel()
            then()

        def failed(problem: BaseException) -> None:
            if lists == self._lists:  # read here, where a problem is shown as usual
                self.reload()
                then()

        runner.run(on_own_connection(db, place), placed, failed)

    def _load_follow_ups(self) -> None:
        day = self._filter.follow_up_due
        self._follow_ups = {} if day is None else self._store.follow_ups_due(day)

    def follow_up_reason(self, comment_id: int) -> str | None:
        """Why this comment is in "Follow-ups due" (None in other views)."""
        record = self._follow_ups.get(comment_id)
        if record is None or record.follow_up_on is None:
            return None
        today = self._now().astimezone().date()
        return follow_up_reason(record.follow_up_on, today, record.note)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """List by a column (the store's query orders and pages); column -1 or one that
        cannot be sorted: the usual order. The selected comments stay selected."""
        how = SORTABLE.get(Column(column)) if 0 <= column < len(Column) else None
        descending = how is not None and order == Qt.SortOrder.DescendingOrder
        if (how, descending) == (self._filter.sort, self._filter.descending):
            return
        if not self._started:
            self._filter = dataclasses.replace(self._filter, sort=how, descending=descending)
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        old = self._window.ids
        ids = [old[i.row()] if 0 <= i.row() < len(old) else None for i in kept]
        self._filter = dataclasses.replace(self._filter, sort=how, descending=descending)
        self._lists += 1
        self._window = _Window(self._store, self._filter)
        wanted = {i for i in ids if i is not None}
        self._window.add(self._window.fetch())
        wanted -= set(self._window.ids)
        pages = 1
        while not self._window.exhausted and wanted and pages < KEEP_SELECTION_PAGES:
            start = len(self._window)
            self._window.place(PAGE_SIZE)
            wanted -= set(self._window.ids[start:])
            pages += 1
        moved = [
            QModelIndex()
            if i is None or (row := self._window.find(i)) is None
            else self.index(row, index.column())
            for index, i in zip(kept, ids, strict=True)
        ]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> InboxRow | None:
        return self._window.row(row)

    def row_of(self, comment_id: int) -> int | None:
        return self._window.find(comment_id)

    def loaded(self) -> Sequence[InboxRow]:
        """The rows placed so far, in this order (reading the model again leaves it as it
        was), each as it is now."""
        return LoadedRows(self._window.copy())

    def held(self) -> list[InboxRow]:
        """The rows held whole (the pages shown last), in no particular order."""
        return [item for _, item in self._window.resident()]

    def refresh_pauses(self) -> None:
        """Redraw the status of the rows whose pause was running (the time left, or "Ready
        to send" once it is over) without reading the list again."""
        for row, item in self._window.resident():
            if item.pause_ends is not None and needs_reply(item.status):
                index = self.index(row, Column.STATUS)
                self.dataChanged.emit(index, index)

    # -- paging ---------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._window.exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._window.exhausted:
            return
        page = self._window.fetch()
        if page:
            first = len(self._window)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._window.add(page)
            self.endInsertRows()

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._window)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_title(Column(section))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks each cell for a dozen roles, most of which the list never answers:
        # those end here, before the row is looked up (a row painted costs less).
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self._window.row(index.row())
        if row is None:
            return None
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.PLATFORM:
            return platform_icon(row.platform)
        if (
            role == Qt.ItemDataRole.FontRole
            and _urgent(row)
            and column in (Column.AUTHOR, Column.TEXT, Column.STATUS)
        ):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and _urgent(row):
            return URGENT_ROW_TINT.get(row.severity)
        if role == ROW_ROLE:
            return row
        if role == SEVERITY_ROLE:
            return row.severity
        if role == TERMS_ROLE:
            return self._terms
        return None

    def _display(self, row: InboxRow, column: Column) -> str:
        match column:
            case Column.PLATFORM:
                return ""  # the icon says it; the tooltip and accessible name spell it out
            case Column.SEVERITY:
                return row.severity.label
            case Column.AUTHOR:
                return row.author
            case Column.TEXT:
                why = self.follow_up_reason(row.id)
                text = first_line(row.snippet)
                return f"{why} \u2014 {text}" if why else text
            case Column.RATING:
                return stars(row.rating)
            case Column.RECEIVED:
                return relative_time(row.created_at, self._now())
            case Column.STATUS:
                return self._status(row)

    def _status(self, row: InboxRow) -> str:
        """The status, or while it matters the pause's time left and "Ready to send"."""
        now = self._now()
        if needs_reply(row.status):
            left = pause_left(row.pause_ends, now)
            if left is not None:
                return pause_words(left)
            if ready_to_send(row.status, row.severity, row.has_draft, row.pause_ends, now):
                return READY_TO_SEND.label
        return row.status.label

    def _tooltip(self, row: InboxRow, column: Column) -> str | None:
        if (
            column == Column.STATUS
            and row.pause_ends is not None
            and pause_left(row.pause_ends, self._now()) is not None
        ):
            return self.tr("The pause ends at {time}; you can write meanwhile").format(
                time=exact_local_time(row.pause_ends)
            )
        if column == Column.RECEIVED:
            return exact_local_time(row.created_at)
        if column == Column.PLATFORM:
            return row.platform.label
        why = self.follow_up_reason(row.id)
        if column == Column.TEXT:
            text = row.snippet + ("…" if len(row.snippet) >= 300 else "")
            return f"{why}\n\n{text}" if why else text
        if why and column in (Column.AUTHOR, Column.STATUS, Column.SEVERITY):
            return why
        if column == Column.RATING and row.rating:
            return self.tr("{rating} of 5 stars").format(rating=row.rating)
        return None

    def _accessible(self, row: InboxRow, column: Column) -> str:
        if column == Column.RATING:
            if row.rating:
                return self.tr("{rating} of 5 stars").format(rating=row.rating)
            return self.tr("no rating")
        if column == Column.PLATFORM:
            return row.platform.label
        if column == Column.RECEIVED:
            return exact_local_time(row.created_at)
        return self._display(row, column)


_COLUMNS = tuple(Column)  # by number: quicker than Column(n) for every cell painted
# Every cell: enabled and selectable (made once: combining flags costs Python 3.11 each time).
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# The roles InboxModel.data answers; any other is None.
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.BackgroundRole,
        ROW_ROLE,
        SEVERITY_ROLE,
        TERMS_ROLE,
    )
)


def header_title(column: Column) -> str:
    """A column's title in the interface language."""
    title = HEADERS[column]
    return QCoreApplication.translate("InboxModel", title) if title else title


def _urgent(row: InboxRow) -> bool:
    return row.status in OPEN_STATUSES and row.severity in (Severity.HARSH, Severity.NEGATIVE)


def first_line(text: str) -> str:
    """The text as one line for the list: whitespace and line breaks collapsed."""
    return " ".join(text.split())
