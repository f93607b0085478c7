"""Perspective on screen: the pause page's `perspectivePanel` and the `perspectiveView`
window (View → Perspective), both showing `core.perspective`'s figures.

The figures are loaded and computed on a worker (`TaskRunner`), each with its own
connection; widgets only show the plain data that comes back. The charts are drawn with
QPainter (no QtCharts), and every chart has its numbers in a table beside it for screen
readers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..core.model import Platform
from ..core.perspective import (
    SHARE_ORDER,
    CustomerView,
    Overview,
    Week,
    customer_sentences,
    customer_view,
    overview,
    rating_sentence,
    recent_sentence,
)
from ..store import Database
from ..store.perspective import load_customer, load_perspective
from .formatting import SEVERITY_COLOURS, exact_local_date
from .tasks import TaskRunner, on_own_connection

SCREEN_MARGIN = 16
TITLE_BAR = 40


def platform_label(name: str) -> str:
    try:
        return Platform(name).label
    except ValueError:
        return name


def overview_sentences(figures: Overview) -> list[str]:
    """What the panel, the view and the report say about everything, in this order."""
    lines = [recent_sentence(figures.recent)]
    lines += [rating_sentence(r, platform_label(r.platform)) for r in figures.ratings]
    return lines


@dataclass(frozen=True)
class CommentPerspective:
    figures: Overview
    customer: CustomerView


def load_comment_perspective(
    db: Database, comment_id: int, now: datetime
) -> Callable[[], CommentPerspective]:
    """Work for a worker: the figures at `now` and what they say about one comment."""

    def work(conn: sqlite3.Connection) -> CommentPerspective:
        facts = load_perspective(conn, now)
        return CommentPerspective(
            overview(facts), customer_view(facts, load_customer(db, conn, comment_id))
        )

    return on_own_connection(db, work)


# -- the pause page's panel -----------------------------------------------------------------


class PerspectivePanel(QFrame):
    """`perspectivePanel`: this complaint in proportion, in a few calm sentences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("perspectivePanel")
        self.setAccessibleName(self.tr("In proportion"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        title = QLabel(self.tr("In proportion"))
        title.setTextFormat(Qt.TextFormat.PlainText)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        layout.addWidget(title)
        self.text = QLabel(self.tr("Counting the other comments…"))
        self.text.setObjectName("perspectiveText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # names come from outside
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)

    def lines(self) -> list[str]:
        return self.text.text().splitlines()

    def show_figures(self, found: CommentPerspective) -> None:
        if not isValid(self):
            return
        lines = overview_sentences(found.figures) + customer_sentences(
            found.customer, exact_local_date
        )
        self.text.setText("\n".join(lines))
        self.setAccessibleDescription(" ".join(lines))

    def show_failure(self, error: BaseException) -> None:
        if isValid(self):
            self.text.setText(self.tr("The other comments could not be counted just now."))


# -- the charts -----------------------------------------------------------------------------


def week_label(week: Week) -> str:
    return exact_local_date(week.start)


class SeverityChart(QWidget):
    """Weekly bars, each split into the shares of positive, neutral, negative and harsh
    comments, with the number of comments above it and a legend in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("perspectiveSeverityChart")
        self.setAccessibleName(self.tr("Comments per week by severity"))
        self.setMinimumHeight(150)
        self.weeks: tuple[Week, ...] = ()

    def set_weeks(self, weeks: tuple[Week, ...]) -> None:
        self.weeks = weeks
        self.setAccessibleDescription(
            "; ".join(
                self.tr("week from {day}: %Ln comment(s)", "", w.mix.total).format(
                    day=week_label(w)
                )
                for w in weeks
            )
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _draw_severity_chart(painter, QRectF(self.rect()), self.weeks, self.palette())
        finally:
            painter.end()


RATING_COLOURS = (QColor("#3f7ea6"), QColor("#b5651d"), QColor("#6a4c93"), QColor("#2e8b57"))
RATING_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)


class RatingChart(QWidget):
    """A line of the average stars per platform, week by week (gaps where no review)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("perspectiveRatingChart")
        self.setAccessibleName(self.tr("Average stars per week, per platform"))
        self.setMinimumHeight(130)
        self.weeks: tuple[Week, ...] = ()

    def set_weeks(self, weeks: tuple[Week, ...]) -> None:
        self.weeks = weeks
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _draw_rating_chart(painter, QRectF(self.rect()), self.weeks, self.palette())
        finally:
            painter.end()


def rating_platforms(weeks: tuple[Week, ...]) -> list[str]:
    return sorted({p for w in weeks for p in w.ratings})


def _draw_legend(
    painter: QPainter, area: QRectF, items: list[tuple[str, QColor, Qt.PenStyle | None]]
) -> None:
    metrics = QFontMetricsF(painter.font())
    x = area.left()
    y = area.top()
    text = painter.pen().color()
    for label, colour, style in items:
        if style is None:
            painter.fillRect(QRectF(x, y + 3, 12, 12), colour)
        else:
            pen = QPen(colour, 2.5, style)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y + 9), QPointF(x + 18, y + 9))
        painter.setPen(text)
        x += 22 if style is not None else 16
        painter.drawText(QPointF(x, y + 13), label)
        x += metrics.horizontalAdvance(label) + 16


def _plot_area(area: QRectF, painter: QPainter) -> tuple[QRectF, float]:
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    left = metrics.horizontalAdvance("100%") + 10
    plot = QRectF(
        area.left() + left,
        area.top() + line + 10,
        area.width() - left - 8,
        area.height() - 2 * line - 18,
    )
    return plot, line


def _week_labels(painter: QPainter, plot: QRectF, weeks: tuple[Week, ...], line: float) -> None:
    if not weeks:
        return
    metrics = QFontMetricsF(painter.font())
    slot = plot.width() / len(weeks)
    step = 1
    while step < len(weeks) and slot * step < metrics.horizontalAdvance("00/00/0000") + 8:
        step += 1
    for n, week in enumerate(weeks):
        if (len(weeks) - 1 - n) % step:
            continue  # every `step`th week, counted back from the newest
        label = week_label(week)
        width = metrics.horizontalAdvance(label)
        centre = plot.left() + slot * (n + 0.5)
        x = min(max(centre - width / 2, plot.left() - 4), plot.right() - width)
        painter.drawText(QPointF(x, plot.bottom() + line + 2), label)


def _draw_severity_chart(
    painter: QPainter, area: QRectF, weeks: tuple[Week, ...], palette: QPalette
) -> None:
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = palette.color(QPalette.ColorRole.Mid)
    painter.setPen(text)
    legend: list[tuple[str, QColor, Qt.PenStyle | None]] = [
        (s.label, SEVERITY_COLOURS[s][0], None) for s in SHARE_ORDER
    ]
    _draw_legend(painter, area, legend)
    plot, line = _plot_area(area, painter)
    if not weeks or plot.height() <= 0:
        return
    # The count of comments is written above each bar, in the plot's top line.
    bars = plot.adjusted(0, line, 0, 0)
    for share in (0, 50, 100):
        y = bars.bottom() - bars.height() * share / 100
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(bars.left(), y), QPointF(bars.right(), y))
        painter.setPen(text)
        painter.drawText(
            QRectF(area.left(), y - line / 2, bars.left() - area.left() - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{share}%",
        )
    slot = bars.width() / len(weeks)
    width = slot * 0.62
    for n, week in enumerate(weeks):
        x = bars.left() + slot * n + (slot - width) / 2
        bottom = bars.bottom()
        if week.mix.total:
            for severity in SHARE_ORDER:
                part = week.mix.counts[severity] / week.mix.total * bars.height()
                if part:
                    painter.fillRect(
                        QRectF(x, bottom - part, width, part), SEVERITY_COLOURS[severity][0]
                    )
                    bottom -= part
        painter.setPen(text)
        painter.drawText(
            QRectF(x - 6, plot.top() - 2, width + 12, line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            str(week.mix.total),
        )
    painter.setPen(text)
    _week_labels(painter, plot, weeks, line)


def _draw_rating_chart(
    painter: QPainter, area: QRectF, weeks: tuple[Week, ...], palette: QPalette
) -> None:
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = palette.color(QPalette.ColorRole.Mid)
    platforms = rating_platforms(weeks)
    painter.setPen(text)
    if not platforms:
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("Perspective", "No reviews with stars in these weeks."),
        )
        return
    legend: list[tuple[str, QColor, Qt.PenStyle | None]] = [
        (
            QCoreApplication.translate("Perspective", "{platform} ★").format(
                platform=platform_label(p)
            ),
            RATING_COLOURS[i % len(RATING_COLOURS)],
            RATING_STYLES[i % len(RATING_STYLES)],
        )
        for i, p in enumerate(platforms)
    ]
    _draw_legend(painter, area, legend)
    plot, line = _plot_area(area, painter)
    if plot.height() <= 0:
        return
    for level in range(1, 6):
        y = plot.bottom() - plot.height() * (level - 1) / 4
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        painter.drawText(
            QRectF(area.left(), y - line / 2, plot.left() - area.left() - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{level}★",
        )
    slot = plot.width() / len(weeks)
    for i, platform in enumerate(platforms):
        colour = RATING_COLOURS[i % len(RATING_COLOURS)]
        pen = QPen(colour, 2.5, RATING_STYLES[i % len(RATING_STYLES)])
        previous: QPointF | None = None
        for n, week in enumerate(weeks):
            value = week.ratings.get(platform)
            if value is None:
                previous = None  # a gap: no line across a week without reviews
                continue
            point = QPointF(
                plot.left() + slot * (n + 0.5),
                plot.bottom() - plot.height() * (float(value) - 1) / 4,
            )
            painter.setPen(pen)
            if previous is not None:
                painter.drawLine(previous, point)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, 3.5, 3.5)
            previous = point
    painter.setPen(text)
    _week_labels(painter, plot, weeks, line)


# -- the table (the charts' numbers, for screen readers) -------------------------------------


def table_headers(platforms: list[str]) -> list[str]:
    return [
        QCoreApplication.translate("Perspective", "Week from"),
        QCoreApplication.translate("Perspective", "Comments"),
        *(s.label for s in SHARE_ORDER),
        *(
            QCoreApplication.translate("Perspective", "{platform} ★").format(
                platform=platform_label(p)
            )
            for p in platforms
        ),
    ]


def table_rows(weeks: tuple[Week, ...]) -> list[list[str]]:
    """Each week: its first day, the comments, each severity as "count (share%)", and each
    platform's average stars (blank: no review that week)."""
    platforms = rating_platforms(weeks)
    rows = []
    for week in weeks:
        shares = week.mix.percents()
        rows.append(
            [
                week_label(week),
                str(week.mix.total),
                *(
                    QCoreApplication.translate("Perspective", "{count} ({percent}%)").format(
                        count=week.mix.counts[s], percent=shares[s]
                    )
                    if week.mix.counts[s]
                    else "0"
                    for s in SHARE_ORDER
                ),
                *(_stars(week.ratings.get(p)) for p in platforms),
            ]
        )
    return rows


def _stars(value: Decimal | None) -> str:
    return "" if value is None else f"{value}"


# -- the window -----------------------------------------------------------------------------


class PerspectiveWindow(QDialog):
    """`perspectiveView`: the figures over the last 12 weeks, as charts and as a table."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("perspectiveView")
        self.setWindowTitle(self.tr("Perspective"))
        self.setAccessibleName(self.tr("Perspective"))
        screen = (
            parent.screen() if parent else QGuiApplication.primaryScreen()
        ).availableGeometry()
        self.resize(
            min(900, screen.width() - 2 * SCREEN_MARGIN),
            min(620, screen.height() - 2 * SCREEN_MARGIN - TITLE_BAR),
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "How the comments of the last weeks felt, and how the stars went. One angry "
                "comment is rarely the whole picture."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.summary = QLabel(self.tr("Counting…"))
        self.summary.setObjectName("perspectiveSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("perspectiveTabs")
        charts = QWidget()
        chart_layout = QVBoxLayout(charts)
        chart_layout.setContentsMargins(6, 6, 6, 6)
        self.severity_chart = SeverityChart()
        self.rating_chart = RatingChart()
        chart_layout.addWidget(self.severity_chart, 3)
        chart_layout.addWidget(self.rating_chart, 2)
        self.tabs.addTab(charts, self.tr("Charts"))
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows read it
        self.table.setObjectName("perspectiveTable")
        self.table.setAccessibleName(self.tr("Comments and stars per week"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.model = QStandardItemModel(self)
        self.table.setModel(self.model)
        self.tabs.addTab(self.table, self.tr("Numbers"))
        layout.addWidget(self.tabs, 1)
        self.points = QLabel()
        self.points.setObjectName("perspectivePoints")
        self.points.setTextFormat(Qt.TextFormat.PlainText)  # categories are the owner's words
        self.points.setWordWrap(True)
        layout.addWidget(self.points)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.figures: Overview | None = None
        moment = now()

        def work(conn: sqlite3.Connection) -> Overview:
            return overview(load_perspective(conn, moment))

        runner.run(on_own_connection(db, work), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        if isValid(self):
            self.summary.setText(self.tr("The comments could not be counted just now."))

    def _show(self, figures: Overview) -> None:
        if not isValid(self):
            return
        self.figures = figures
        self.summary.setText("\n".join(overview_sentences(figures)))
        self.severity_chart.set_weeks(figures.weeks)
        self.rating_chart.set_weeks(figures.weeks)
        self.model.clear()
        self.model.setHorizontalHeaderLabels(table_headers(rating_platforms(figures.weeks)))
        for row in table_rows(figures.weeks):
            items = []
            for n, cell in enumerate(row):
                item = QStandardItem(cell)
                item.setEditable(False)
                if n:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                items.append(item)
            self.model.appendRow(items)
        if figures.points:
            listed = "; ".join(
                self.tr("{category}: {comments} from %Ln customer(s)", "", p.customers).format(
                    category=p.category, comments=p.comments
                )
                for p in figures.points[:6]
            )
            self.points.setText(
                self.tr("Points raised in the last 90 days: {points}.").format(points=listed)
            )
        else:
            self.points.setText(self.tr("No comment of the last 90 days has a category yet."))

    def table_text(self) -> list[list[str]]:
        """What the table shows, row by row (tests and screen readers read the same)."""
        return [
            [str(self.model.item(r, c).text()) for c in range(self.model.columnCount())]
            for r in range(self.model.rowCount())
        ]
