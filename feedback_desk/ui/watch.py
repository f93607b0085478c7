"""Keeping watch: the tray's count of complaints waiting, the new-complaint notice, and the
settings that decide whether the app stays in the tray. Settings live in the window's
QSettings file beside its other settings (`watch/...`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from .formatting import urgent_words
from .icons import icon

PAUSE_CHECK_MS = 60_000  # the list's "Pause: n min left" and the pause-over check

KEEP_IN_TRAY = "watch/keepInTray"
NOTIFY_NEW_COMPLAINTS = "watch/notifyNewComplaints"
NOTIFY_PAUSE_OVER = "watch/notifyPauseOver"
START_AT_LOGIN = "watch/startAtLogin"
DEFAULTS = {
    KEEP_IN_TRAY: False,
    NOTIFY_NEW_COMPLAINTS: True,
    NOTIFY_PAUSE_OVER: True,
    START_AT_LOGIN: False,
}


def watch_setting(settings: QSettings, key: str) -> bool:
    value = settings.value(key, DEFAULTS[key])
    if isinstance(value, str):  # the INI file gives back "true" / "false"
        return value.lower() == "true"
    return bool(value)


class WatchTray(Protocol):
    """What the window asks of the tray; tests hand a double where no tray exists."""

    def show_count(self, needing: int, harsh: int, negative: int) -> None: ...

    def new_complaints(self, harsh: int, negative: int, open_them: Callable[[], None]) -> None: ...


def count_words(needing: int, harsh: int, negative: int) -> str:
    """The tray's tooltip."""
    return Watch().count_words(needing, harsh, negative)


def new_complaints_words(harsh: int, negative: int) -> tuple[str, str]:
    """The notification's title and text: "3 new complaints: 1 harsh, 2 negative"."""
    return Watch().new_complaints_words(harsh, negative)


class Watch(QObject):
    """The tray's words (a QObject for tr(): its plurals, "1 comment", "2 comments")."""

    def count_words(self, needing: int, harsh: int, negative: int) -> str:
        if not needing:
            return self.tr("Feedback Desk: nothing needs a reply")
        urgent = self.urgent_words(harsh, negative)
        if not urgent:
            return self.tr("Feedback Desk: %Ln comment(s) need a reply", "", needing)
        return self.tr("Feedback Desk: %Ln comment(s) need a reply ({urgent})", "", needing).format(
            urgent=urgent
        )

    def urgent_words(self, harsh: int, negative: int) -> str:
        """ "2 harsh, 6 negative" (the counts that are not 0)."""
        return ", ".join(urgent_words(harsh, negative))

    def new_complaints_words(self, harsh: int, negative: int) -> tuple[str, str]:
        title = self.tr("%Ln new complaint(s): {urgent}", "", harsh + negative).format(
            urgent=self.urgent_words(harsh, negative)
        )
        return title, self.tr("Click to see them under Needs a reply.")


def badge_icon(count: int, size: int = 64) -> QIcon:
    """The app's icon with the count of comments waiting drawn in a red disc (99+ above)."""
    base = icon("app")
    if not count:
        return base
    pixmap = base.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRect(size // 3, 0, size * 2 // 3, size * 2 // 3)
    painter.setBrush(QColor("#c62828"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size // 3 if count < 100 else size // 4)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    painter.end()
    return QIcon(pixmap)
