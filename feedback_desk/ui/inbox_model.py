"""The inbox as a Qt table model over the store, loaded a page at a time with fetchMore."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

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
from ..store.comments import CommentStore, InboxFilter, InboxRow, InboxSort, search_terms
from .formatting import URGENT_ROW_TINT, exact_local_time, relative_time, stars
from .icons import platform_icon

if TYPE_CHECKING:
    from ..store.outcomes import OutcomeRecord

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

# Custom roles for delegates and the window.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the InboxRow itself
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2  # Severity, for the badge delegate
TERMS_ROLE = Qt.ItemDataRole.UserRole + 3  # search words to highlight


class InboxModel(QAbstractTableModel):
    """Rows in inbox order. Only pages the view asks for are loaded (keyset paging)."""

    def __init__(self, store: CommentStore, now: Callable[[], datetime]) -> None:
        super().__init__()
        self._store = store
        self._now = now
        self._filter = InboxFilter()
        self._terms: list[str] = []
        self._rows: list[InboxRow] = []
        # In "Follow-ups due": each complaint's latest outcome, which says why it is due.
        self._follow_ups: dict[int, OutcomeRecord] = {}
        self._exhausted = False
        self._started = False  # nothing is read before the window's first set_filter
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what is shown ------------------------------------------------------------------

    @property
    def inbox_filter(self) -> InboxFilter:
        return self._filter

    def set_filter(self, inbox: InboxFilter) -> None:
        self.beginResetModel()
        try:
            self._filter = dataclasses.replace(
                inbox, sort=self._filter.sort, descending=self._filter.descending
            )
            self._terms = search_terms(inbox.search)
            self._started = True
            self._rows = []
            self._exhausted = False
            self._load_follow_ups()
            self._load_page()
        finally:  # a query that fails (a damaged file) leaves an empty list, not a broken view
            self.endResetModel()

    def hold(self) -> None:
        """Read nothing more until the next set_filter: the query cannot run for now (its
        search index is being rebuilt)."""
        self._exhausted = True

    def reload(self) -> None:
        """Re-read what is loaded (after a status change), keeping as many rows as before."""
        wanted = max(len(self._rows), PAGE_SIZE)
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._load_follow_ups()
        while len(self._rows) < wanted and not self._exhausted:
            self._load_page()
        self.endResetModel()

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
        ids = [self._rows[i.row()].id if 0 <= i.row() < len(self._rows) else None for i in kept]
        self._filter = dataclasses.replace(self._filter, sort=how, descending=descending)
        self._rows = []
        self._exhausted = False
        wanted = {i for i in ids if i is not None}
        pages = 0
        while not self._exhausted and (pages == 0 or wanted) and pages < KEEP_SELECTION_PAGES:
            page = self._next_page()
            self._rows.extend(page)
            wanted -= {r.id for r in page}
            pages += 1
        where = {r.id: n for n, r in enumerate(self._rows)}
        moved = [
            self.index(where[i], old.column()) if i in where else QModelIndex()
            for old, i in zip(kept, ids, strict=True)
        ]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> InboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, comment_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == comment_id), None)

    def loaded_rows(self) -> int:
        return len(self._rows)

    def loaded(self) -> list[InboxRow]:
        """The rows loaded so far, in list order (a copy)."""
        return list(self._rows)

    def refresh_pauses(self) -> None:
        """Redraw the status of the rows whose pause was running (the time left, or "Ready
        to send" once it is over) without reading the list again."""
        for row, item in enumerate(self._rows):
            if item.pause_ends is not None and needs_reply(item.status):
                index = self.index(row, Column.STATUS)
                self.dataChanged.emit(index, index)

    # -- paging ---------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._next_page()
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _load_page(self) -> None:
        self._rows.extend(self._next_page())

    def _next_page(self) -> list[InboxRow]:
        after = self._rows[-1].sort_key if self._rows else None
        page = self._store.page(self._filter, after=after, limit=PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        return page

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
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


def header_title(column: Column) -> str:
    """A column's title in the interface language."""
    title = HEADERS[column]
    return QCoreApplication.translate("InboxModel", title) if title else title


def _urgent(row: InboxRow) -> bool:
    return row.status in OPEN_STATUSES and row.severity in (Severity.HARSH, Severity.NEGATIVE)


def first_line(text: str) -> str:
    """The text as one line for the list: whitespace and line breaks collapsed."""
    return " ".join(text.split())
