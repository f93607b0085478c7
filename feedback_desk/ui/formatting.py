"""How times, stars and severities read on screen, and labels that show outside text as it
is (plain_label): the small helpers every window shares."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from ..core.model import Severity

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR


def relative_time(moment: datetime, now: datetime) -> str:
    """Short and human: "just now", "5 min ago", "2 h ago", "yesterday", "3 d ago", then
    the date."""
    words = age_words(moment, now)
    if words is not None:
        return words
    seconds = (now - moment).total_seconds()
    if -5 * MINUTE < seconds < MINUTE:
        return _just_now()
    if DAY <= seconds < 2 * DAY:
        return yesterday()
    return exact_local_date(moment)


def age_words(moment: datetime, now: datetime) -> str | None:
    """How long ago, counted ("5 min ago", "2 h ago", "3 d ago"), for a moment of the last
    two weeks; None for one just now, yesterday or longer ago (relative_time then says
    "just now", "yesterday" or the date)."""
    seconds = (now - moment).total_seconds()
    if MINUTE <= seconds < HOUR:
        return minutes_ago(int(seconds // MINUTE))
    if HOUR <= seconds < DAY:
        return hours_ago(int(seconds // HOUR))
    if 2 * DAY <= seconds < 14 * DAY:
        return days_ago(int(seconds // DAY))
    return None


# The words of relative times ("RelativeTime" context; plain functions, not a QObject's
# tr(): they are called for every Received cell painted).


def _just_now() -> str:
    return QCoreApplication.translate("RelativeTime", "just now")


def yesterday() -> str:
    return QCoreApplication.translate("RelativeTime", "yesterday")


def minutes_ago(minutes: int) -> str:
    return QCoreApplication.translate("RelativeTime", "%Ln min ago", "", minutes)


def hours_ago(hours: int) -> str:
    return QCoreApplication.translate("RelativeTime", "%Ln h ago", "", hours)


def days_ago(days: int) -> str:
    return QCoreApplication.translate("RelativeTime", "%Ln d ago", "", days)


def relative_time_examples() -> list[str]:
    """The longest things relative_time writes before it turns to a date (column widths)."""
    return [_just_now(), yesterday(), minutes_ago(59), hours_ago(23), days_ago(13)]


# One way to write a date per locale, everywhere in the window (issue 12): a short date
# (lists, ranges), a long date (headings), a date and time (lists where each line has one),
# and the exact time (tooltips, the detail pane). Reports keep their own pinned forms.


def _qt_local(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def _qt_day(day: date | datetime) -> QDate:
    if isinstance(day, datetime):
        return _qt_local(day).date()  # the local calendar day of that moment
    return QDate(day.year, day.month, day.day)


def short_date(day: date | datetime) -> str:
    """25/11/2026 (en_GB), 11/25/26 (en_US): a calendar day, or a moment's local day."""
    return QLocale().toString(_qt_day(day), QLocale.FormatType.ShortFormat)


def long_date(day: date | datetime) -> str:
    """Wednesday, 25 November 2026: for headings and sentences."""
    return QLocale().toString(_qt_day(day), QLocale.FormatType.LongFormat)


def local_date(day: date, form: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A calendar day (no time of day, no time zone) in the user's locale."""
    return long_date(day) if form == QLocale.FormatType.LongFormat else short_date(day)


def short_time(moment: datetime) -> str:
    return QLocale().toString(_qt_local(moment).time(), QLocale.FormatType.ShortFormat)


def date_and_time(moment: datetime) -> str:
    """The short date and the local time: for lists where every line has one."""
    return f"{short_date(moment)} {short_time(moment)}"


def exact_local_time(moment: datetime) -> str:
    """The full local date and time in the user's locale, for tooltips and the detail pane."""
    return f"{long_date(moment)}, {short_time(moment)}"


# The names the window's code has used for these.
short_local_time = date_and_time
exact_local_date = short_date


def stars(rating: int | None) -> str:
    return "" if rating is None else "★" * rating + "☆" * (5 - rating)


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


# -- colours from the palette: readable on a light and on a dark window --------------------


def isolated(text: str) -> str:
    """`text` set apart for bidirectional layout (Unicode FSI ... PDI): a right-to-left name
    inside an English sentence ("نادر wrote:") keeps the sentence's order and its colon."""
    return f"\u2068{text}\u2069"


def text_direction(text: str, otherwise: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction `text` reads in, from its first letter with one (Unicode's first-strong
    rule, what a browser's dir="auto" does): an Arabic comment reads right to left in an
    English window, an English one left to right in a mirrored window."""
    for character in text[:200]:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return otherwise


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def problem_colour(palette: QPalette) -> QColor:
    """The red of words that say why something cannot go on (a fixed dark red disappears on
    a dark window)."""
    return QColor("#FF9A8F" if is_dark(palette) else "#8A1C15")


def notice_style(palette: QPalette) -> str:
    """A quiet amber band for a notice across the window (offline), light or dark."""
    if is_dark(palette):
        return (
            "background: #3D3214; color: #F5E3B0; padding: 8px; border-bottom: 1px solid #6B5A24;"
        )
    return "background: #FFF4D6; color: #4A3B00; padding: 8px; border-bottom: 1px solid #E8D39A;"


def urgent_words(harsh: int, negative: int) -> list[str]:
    """ "2 harsh", "6 negative": the hurtful counts that are not 0 (the status bar's and the
    tray's)."""
    words = []
    if harsh:
        words.append(QCoreApplication.translate("UrgentCounts", "%Ln harsh", "", harsh))
    if negative:
        words.append(QCoreApplication.translate("UrgentCounts", "%Ln negative", "", negative))
    return words


def plain_label(text: str = "", *, name: str | None = None) -> QLabel:
    """A label that never interprets outside text as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def show_as_problem(label: QLabel, problem: bool = True) -> QLabel:
    """`label` in the problem red of its palette (or back to its usual colour)."""
    label.setStyleSheet("")
    palette = label.palette()
    parent = label.parentWidget()
    usual = parent.palette() if parent is not None else QPalette()
    colour = problem_colour(palette) if problem else usual.color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label


def severity_ink(severity: Severity, palette: QPalette) -> QColor | None:
    """The colour a harsh or negative severity's word is written in, in lists."""
    dark = is_dark(palette)
    if severity is Severity.HARSH:
        return QColor("#FF8A80" if dark else "#B3261E")
    if severity is Severity.NEGATIVE:
        return QColor("#F2B865" if dark else "#8A5300")
    return None


def show_muted(label: QLabel) -> QLabel:
    """`label` in the palette's secondary colour."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted(palette))
    label.setPalette(palette)
    return label


def match_highlight(palette: QPalette) -> QColor:
    """Behind search matches: a soft yellow on light windows, a deep amber on dark ones, so
    the text's own colour (Text) stays readable on it."""
    return QColor("#6E5A12" if is_dark(palette) else "#FFE58A")


def muted(palette: QPalette) -> QColor:
    """Secondary words (when, where): the text colour taken part way to the background (an
    opaque colour: HTML and style sheets drop a colour's transparency)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    share = 0.62  # still 4.5:1 against the background on the usual light and dark palettes
    return QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * share,
        base.greenF() + (text.greenF() - base.greenF()) * share,
        base.blueF() + (text.blueF() - base.blueF()) * share,
    )


def heading_colour(palette: QPalette) -> QColor:
    return QColor("#9CC3E6" if is_dark(palette) else "#1D3B53")


def story_style(palette: QPalette) -> str:
    """The story's stylesheet from the palette: headings, dim lines and the quoted complaint
    readable in a light or a dark window."""
    quote = palette.color(QPalette.ColorRole.AlternateBase)
    edge = palette.color(QPalette.ColorRole.Mid)
    dim = muted(palette).name()
    return (
        "h2 { font-size: 15pt; margin: 0 0 4px 0; }\n"
        f"h3 {{ font-size: 11.5pt; color: {heading_colour(palette).name()}; "
        "margin: 14px 0 4px 0; }\n"
        f".meta {{ color: {dim}; }}\n"
        f".quote {{ background: {quote.name()}; border-left: 4px solid {edge.name()}; "
        "padding: 8px; }\n"
        f".dim {{ color: {dim}; }}\n"
        "td { padding: 2px 10px 2px 0; vertical-align: top; }\n"
    )
