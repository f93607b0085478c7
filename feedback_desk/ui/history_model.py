"""The list of complaints in the history window (and a customer's comments): rows read a
page at a time as the view scrolls, columns named."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from ..core.customers import display_name
from ..core.replies import VALIDITY_LABELS, validity_label
from ..core.report import COMPLAINT_SEVERITIES, duration
from ..core.texts import QT_TRANSLATE_NOOP
from ..store.history import PAGE, HistoryRow
from .formatting import exact_local_time, local_date, severity_ink, short_local_time
from .icons import platform_icon
from .inbox_model import first_line
from .table_model import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

# How the first reply went, in the list's tooltip.
REPLY_WAYS = {
    "public": QT_TRANSLATE_NOOP("HistoryModel", "in public"),
    "private": QT_TRANSLATE_NOOP("HistoryModel", "in a private message"),
    "email": QT_TRANSLATE_NOOP("HistoryModel", "by e-mail"),
}


# -- the list --------------------------------------------------------------------------------

# Reads the rows after a row, in the background, and hands them to the callback.
NextPage = Callable[[HistoryRow, Callable[[list[HistoryRow]], None]], None]


class HistoryModel(HeaderedTableModel):
    """A list of complaints read a page at a time as the view scrolls (fetchMore): either
    pages asked for in the background, each after the last row shown (`set_pages`: the
    history list, however long), or ids known up front (`set_ids`: a customer's
    comments)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Written"),
        QT_TRANSLATE_NOOP("HistoryModel", "Customer"),
        QT_TRANSLATE_NOOP("HistoryModel", "How bad"),
        QT_TRANSLATE_NOOP("HistoryModel", "Complaint"),
        QT_TRANSLATE_NOOP("HistoryModel", "Category"),
        QT_TRANSLATE_NOOP("HistoryModel", "Fair?"),
        QT_TRANSLATE_NOOP("HistoryModel", "Answered"),
        QT_TRANSLATE_NOOP("HistoryModel", "Outcome"),
    )
    WRITTEN, CUSTOMER, SEVERITY, COMPLAINT, CATEGORY, FAIR, ANSWERED, OUTCOME = range(8)

    def __init__(self, load_rows: Callable[[Sequence[int]], list[HistoryRow]]) -> None:
        super().__init__()
        self._load_rows = load_rows
        self._ids: list[int] | None = []  # None: paged by `_next_page`
        self._rows: list[HistoryRow] = []
        self._next_page: NextPage | None = None
        self._more = False  # another page may follow (paged)
        self._asking = False  # a page is on its way
        self._inserting = False  # rows are going in: until they are, there is nothing more
        self._pages = 0  # a new list drops the answers meant for the last one
        self.total: int | None = 0  # how many complaints the list holds (None: not counted)

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._pages += 1
        self._next_page = None
        self._ids = ids
        self._rows = self._load_rows(ids[:PAGE])
        self.total = len(ids)
        self.endResetModel()

    def set_pages(self, first: list[HistoryRow], next_page: NextPage) -> None:
        """Show `first` (a page); `next_page(after, deliver)` reads the rows after `after`
        (in the background) and hands them to `deliver`."""
        self.beginResetModel()
        self._pages += 1
        self._ids = None
        self._rows = list(first)
        self._next_page = next_page
        self._more = len(first) >= PAGE
        self._asking = False
        self.total = None if self._more else len(first)
        self.endResetModel()

    def refresh_row(self, comment_id: int) -> None:
        """Re-read one row (after an outcome was recorded)."""
        for row, item in enumerate(self._rows):
            if item.id == comment_id:
                fresh = self._load_rows([comment_id])
                if fresh:
                    self._rows[row] = fresh[0]
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self.HEADERS) - 1)
                    )
                return

    def row_at(self, row: int) -> HistoryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._inserting:
            return False  # (asked while rows go in, it would ask for those rows again)
        if self._ids is None:
            return self._more and not self._asking
        return len(self._rows) < len(self._ids)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if self._ids is None:
            assert self._next_page is not None
            self._asking = True
            pages = self._pages
            self._next_page(self._rows[-1], lambda rows: self._page_came(pages, rows))
            return
        start = len(self._rows)
        self._add(self._load_rows(self._ids[start : start + PAGE]))

    def _page_came(self, pages: int, rows: list[HistoryRow]) -> None:
        if pages != self._pages:
            return  # meant for a list no longer shown
        self._asking = False
        self._more = len(rows) >= PAGE
        self._add(rows)

    def _add(self, more: list[HistoryRow]) -> None:
        if not more:
            return
        start = len(self._rows)
        self._inserting = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._inserting = False

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.CUSTOMER:
            return platform_icon(row.platform)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return severity_ink(row.severity, QGuiApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WRITTEN:
                return exact_local_time(row.created_at)
            if column == self.CUSTOMER:
                return self.tr("{author} on {platform}").format(
                    author=row.author, platform=row.platform.label
                )
            if column == self.COMPLAINT:
                return row.snippet
            if column == self.ANSWERED and row.first_reply_at is not None:
                when = exact_local_time(row.first_reply_at)
                way = REPLY_WAYS.get(row.reply_channel or "")
                if way is None:
                    return self.tr("First reply {time}").format(time=when)
                return self.tr("First reply {time} ({way})").format(time=when, way=self.tr(way))
            if column == self.OUTCOME and row.follow_up_on is not None:
                return self.tr("Follow up on {day}").format(day=local_date(row.follow_up_on))
        return None

    def _display(self, row: HistoryRow, column: int) -> str:
        if column == self.WRITTEN:
            return short_local_time(row.created_at)
        if column == self.CUSTOMER:
            return display_name(row.author)
        if column == self.SEVERITY:
            return row.severity.label
        if column == self.COMPLAINT:
            return first_line(row.snippet)
        if column == self.CATEGORY:
            return row.category or "—"
        if column == self.FAIR:
            if row.validity in VALIDITY_LABELS:
                return validity_label(row.validity)
            return self.tr("Not yet")
        if column == self.ANSWERED:
            if row.first_reply_at is None:
                return self.tr("Not yet") if row.severity in COMPLAINT_SEVERITIES else "—"
            return duration(row.first_reply_at - row.created_at)
        if column == self.OUTCOME:
            return row.outcome.label if row.outcome else "—"
        return ""
