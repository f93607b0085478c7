"""The inbox's table: on a narrow window it hides the columns the detail pane also shows,
so the comment keeps room to be read and the time stays in view."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView

from .inbox_model import Column

# Hidden first when the list is narrow, in this order; the detail pane shows both.
HIDDEN_WHEN_NARROW = (Column.RATING, Column.STATUS)
# The least room the comment column keeps before a column above is hidden.
COMMENT_ROOM = 200
NARROWEST_NAME = 100


class InboxView(QTableView):
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show every column the width allows, the comment first."""
        header = self.horizontalHeader()

        def needed(column: Column) -> int:
            if column == Column.AUTHOR:  # the owner sets its width
                return header.sectionSize(column) or header.defaultSectionSize()
            return max(self.sizeHintForColumn(column), header.sectionSizeHint(column))

        others = [c for c in Column if c != Column.TEXT]
        used = sum(needed(c) for c in others)
        room = self.viewport().width()
        for column in HIDDEN_WHEN_NARROW:
            hide = room - used < COMMENT_ROOM
            if self.isColumnHidden(column) != hide:
                self.setColumnHidden(column, hide)
            if hide:
                used -= needed(column)
        short = COMMENT_ROOM - (room - used)
        author = header.sectionSize(Column.AUTHOR)
        if short > 0 and author > NARROWEST_NAME:  # still short: a narrower name column
            header.resizeSection(Column.AUTHOR, max(NARROWEST_NAME, author - short))
