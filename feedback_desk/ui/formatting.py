"""How times, stars and severities read on screen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtGui import QColor

from ..core.model import Severity

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR


def relative_time(moment: datetime, now: datetime) -> str:
    """Short and human: "just now", "5 min ago", "2 h ago", "3 d ago", then the date."""
    seconds = (now - moment).total_seconds()
    if seconds < 0:
        return "just now" if seconds > -5 * MINUTE else exact_local_date(moment)
    if seconds < MINUTE:
        return "just now"
    if seconds < HOUR:
        return f"{int(seconds // MINUTE)} min ago"
    if seconds < DAY:
        return f"{int(seconds // HOUR)} h ago"
    if seconds < 14 * DAY:
        days = int(seconds // DAY)
        return "yesterday" if days == 1 else f"{days} d ago"
    return exact_local_date(moment)


def _qt_local(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def exact_local_time(moment: datetime) -> str:
    """The full local date and time in the user's locale, for tooltips and the detail pane."""
    local = _qt_local(moment)
    locale = QLocale()
    return (
        locale.toString(local.date(), QLocale.FormatType.LongFormat)
        + ", "
        + locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    )


def short_local_time(moment: datetime) -> str:
    """The local date and time, short (for lists where every line has one)."""
    return QLocale().toString(_qt_local(moment), QLocale.FormatType.ShortFormat)


def exact_local_date(moment: datetime) -> str:
    return QLocale().toString(_qt_local(moment).date(), QLocale.FormatType.ShortFormat)


def stars(rating: int | None) -> str:
    return "" if rating is None else "★" * rating + "☆" * (5 - rating)


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{QLocale().toString(count)} {word if count == 1 else (many or word + 's')}"


# Calm but distinct; the word is always drawn too, so colour is never the only signal.
SEVERITY_COLOURS: dict[Severity, tuple[QColor, QColor]] = {
    Severity.HARSH: (QColor("#B3261E"), QColor("#FFFFFF")),
    Severity.NEGATIVE: (QColor("#E8A33D"), QColor("#2B1B00")),
    Severity.NEUTRAL: (QColor("#D7DEE3"), QColor("#22313A")),
    Severity.POSITIVE: (QColor("#2E8B57"), QColor("#FFFFFF")),
}

# Row tint for comments that still need an answer and hurt.
URGENT_ROW_TINT: dict[Severity, QColor] = {
    Severity.HARSH: QColor(179, 38, 30, 28),
    Severity.NEGATIVE: QColor(232, 163, 61, 30),
}
