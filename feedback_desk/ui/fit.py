"""Windows that fit a laptop: at most the screen they open on, less a title bar and a panel."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

# What a desktop takes around a window: a title bar and a panel (Xvfb and some desktops do
# not report the panel in the available geometry), and a little air at the sides.
TITLE_AND_PANEL = 72
SIDE_MARGIN = 8
# The smallest screen every window and dialog must fit and stay usable on.
SMALL_SCREEN = QSize(1024, 640)


def room_on(screen: QRect) -> QSize:
    """The largest window a screen of this available geometry holds with its frame."""
    return QSize(screen.width() - 2 * SIDE_MARGIN, screen.height() - TITLE_AND_PANEL)


def screen_room(widget: QWidget) -> QSize:
    parent = widget.parentWidget()
    screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
    return room_on(screen.availableGeometry())


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Open at width × height where the screen has the room, smaller where it has not (never
    below the window's own minimum, which every window keeps within SMALL_SCREEN)."""
    room = screen_room(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))


def viewport_width(area: QAbstractScrollArea) -> int:
    """A scroll area's viewport width, worked out without asking for the viewport itself:
    the first time Python is handed a plain QWidget made by Qt, PySide looks through every
    widget class for its type (about 10 ms, worth keeping off the start)."""
    bar = area.verticalScrollBar()
    return area.contentsRect().width() - (bar.width() if bar.isVisibleTo(area) else 0)
