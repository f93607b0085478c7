"""The inbox's table: short columns as wide as the longest thing they can show (worked out
from the font, not by reading every row: a first paint at 100,000 comments stays fast); on
a narrow window it hides the columns the detail pane also shows, so the comment keeps room
to be read and the time stays in view."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from ..core.model import Severity, Status
from ..core.views import READY_TO_SEND, pause_words
from .fit import viewport_width
from .formatting import relative_time_examples, short_date, stars
from .inbox_model import Column, header_title

# Hidden first when the list is narrow, in this order; the detail pane shows both.
HIDDEN_WHEN_NARROW = (Column.RATING, Column.STATUS)
# The least room the comment column keeps before a column above is hidden.
COMMENT_ROOM = 200
NARROWEST_NAME = 100
NAME_WIDTH = 150


class InboxView(QTableView):
    def __init__(self) -> None:
        super().__init__()
        self._widths: dict[Column, int] = {}
        # The style's sort-arrow size and focus margin, as this window last measured them
        # (saved with the window's layout): asking the style before the first paint would
        # cost PySide making QStyle's type and all its enums (about 45M instructions).
        # None: measured when first needed; check_style_metrics() measures after the paint.
        self.style_metrics: tuple[int, int] | None = None

    def measured_style_metrics(self) -> tuple[int, int]:
        """The style's sort-arrow size and focus margin, asked of the style itself."""
        from PySide6.QtWidgets import QStyle

        style = self.style()
        return (
            style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize),
            style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin),
        )

    def check_style_metrics(self) -> bool:
        """Measures the style (after the first paint); when the saved metrics were not its
        own (another style or screen since), the short columns are fitted again. True then."""
        measured = self.measured_style_metrics()
        if measured == self.style_metrics:
            return False
        self.style_metrics = measured
        if self._widths:
            self._widths = {}
            self.set_up_columns()
            if self.currentIndex().isValid():  # in view again, as when it became current
                self.scrollTo(self.currentIndex())
        return True

    def short_column_widths(self) -> dict[Column, int]:
        """What each short column needs for its longest text in this font and locale."""
        if not self._widths:
            metrics = self.fontMetrics()
            bold = self.font()
            bold.setBold(True)  # unanswered complaints are written in bold
            heavy = QFontMetrics(bold)
            header = self.horizontalHeader()
            if self.style_metrics is None:
                self.style_metrics = self.measured_style_metrics()
            mark, margin = self.style_metrics
            arrow = mark + 12
            pad = 2 * margin + 14

            def widest(texts: list[str], title: str, font: QFontMetrics = metrics) -> int:
                text = max(font.horizontalAdvance(t) for t in texts) + pad
                return max(text, header.fontMetrics().horizontalAdvance(title) + arrow)

            longest_day = datetime(2026, 12, 28, tzinfo=UTC)  # two-digit day and month
            self._widths = {
                Column.PLATFORM: max(self.iconSize().width(), 16) + pad,
                # The badge (delegates.py): the longest word and its rounded rim.
                Column.SEVERITY: widest([s.label for s in Severity], header_title(Column.SEVERITY))
                + 16,
                Column.RATING: widest([stars(5)], header_title(Column.RATING)),
                Column.RECEIVED: widest(
                    [*relative_time_examples(), short_date(longest_day)],
                    header_title(Column.RECEIVED),
                ),
                Column.STATUS: widest(
                    [
                        *(s.label for s in Status),
                        pause_words(timedelta(minutes=59)),  # longer pauses elide (tooltip)
                        READY_TO_SEND.label,
                    ],
                    header_title(Column.STATUS),
                    heavy,
                ),
            }
        return self._widths

    def set_up_columns(self) -> None:
        """The comment takes the width; the short columns are as wide as they need; the
        name can be widened."""
        header = self.horizontalHeader()
        for column, width in self.short_column_widths().items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.AUTHOR, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show every column the width allows, the comment first."""
        header = self.horizontalHeader()
        widths = self.short_column_widths()
        used = sum(widths.values()) + (header.sectionSize(Column.AUTHOR) or NAME_WIDTH)
        room = viewport_width(self)
        for column in HIDDEN_WHEN_NARROW:
            hide = room - used < COMMENT_ROOM
            if self.isColumnHidden(column) != hide:
                self.setColumnHidden(column, hide)
            if hide:
                used -= widths[column]
        short = COMMENT_ROOM - (room - used)
        author = header.sectionSize(Column.AUTHOR)
        if short > 0 and author > NARROWEST_NAME:  # still short: a narrower name column
            header.resizeSection(Column.AUTHOR, max(NARROWEST_NAME, author - short))
