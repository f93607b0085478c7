"""Telling the owner a pause is over: the system tray where there is one, otherwise a banner
in the window. Either way one click continues the reply where it was left.

The window talks to a `PauseNotifier`; tests hand it a double instead of patching Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ..store.comments import PauseOver
from .icons import icon
from .watch import badge_icon, count_words, new_complaints_words

OpenReply = Callable[[int], None]


class PauseNotifier(Protocol):
    def pause_over(self, ended: Sequence[PauseOver], open_reply: OpenReply) -> None:
        """Say that these pauses ended (the first ended first); a click calls
        `open_reply(comment_id)` for the first."""


def pause_over_words(ended: Sequence[PauseOver]) -> tuple[str, str]:
    """The notification's title and text (plain text: names come from outside)."""
    return PauseNotice().words(ended)


class PauseNotice(QObject):
    """The words of a pause-over notice (a QObject for tr(): "2 pauses" has plurals)."""

    def words(self, ended: Sequence[PauseOver]) -> tuple[str, str]:
        first = ended[0]
        if len(ended) == 1:
            title = self.tr("Your pause is over")
            if first.has_draft:
                text = self.tr("You can now read your reply to {name} once more and send it.")
            else:
                text = self.tr("You can now write and send your reply to {name}.")
            return title, text.format(name=first.author)
        more = len(ended) - 1
        title = self.tr("%Ln pauses are over", "", len(ended))
        text = self.tr(
            "Your replies to {name} and %Ln more can be sent now; "
            "they are listed under Ready to send.",
            "",
            more,
        )
        return title, text.format(name=first.author)


class TrayNotifier:
    """The app's icon in the system tray: the count of comments needing a reply, a menu
    (Open, Sync now, Quit), and messages (a pause's end, new complaints)."""

    def __init__(
        self,
        parent: QWidget,
        show_window: Callable[[], None],
        fallback: PauseNotifier,
        menu: Sequence[QAction] = (),
    ) -> None:
        self._fallback = fallback  # a tray that shows no messages: the banner says it
        self.tray = QSystemTrayIcon(icon("app"), parent)
        self.tray.setObjectName("trayIcon")
        self.tray.setToolTip("Feedback Desk")  # untranslated: the app's name
        self.tray.messageClicked.connect(self._clicked)
        self.tray.activated.connect(self._activated)
        self._show_window = show_window
        if menu:
            self.menu = QMenu(parent)
            self.menu.setObjectName("trayMenu")
            self.menu.addActions(list(menu))
            self.tray.setContextMenu(self.menu)
        self.tray.show()
        self._on_click: Callable[[], None] | None = None

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason != QSystemTrayIcon.ActivationReason.Context:  # the menu opens by itself
            self._show_window()

    def pause_over(self, ended: Sequence[PauseOver], open_reply: OpenReply) -> None:
        if not QSystemTrayIcon.supportsMessages():
            self._fallback.pause_over(ended, open_reply)
            return
        comment_id = ended[0].comment_id
        self._on_click = lambda: open_reply(comment_id)
        title, text = pause_over_words(ended)
        self.tray.showMessage(title, text, icon("app"), 20_000)

    def show_count(self, needing: int, harsh: int, negative: int) -> None:
        self.tray.setToolTip(count_words(needing, harsh, negative))
        self.tray.setIcon(badge_icon(needing))

    def new_complaints(self, harsh: int, negative: int, open_them: Callable[[], None]) -> None:
        self._on_click = open_them
        title, text = new_complaints_words(harsh, negative)
        self.tray.showMessage(title, text, icon("app"), 20_000)

    def _clicked(self) -> None:
        if self._on_click is not None:
            self._on_click()


class PauseBanner(QFrame):
    """`pauseBanner`: a non-modal line above the list where no tray exists."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("pauseBanner")
        self.setAccessibleName(self.tr("A pause is over"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Palette roles, so it reads in a light or a dark palette alike.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        # Words above, buttons under them: narrow windows wrap the words, not squeeze them.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("pauseBannerTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("pauseBannerText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Continue the reply"))
        self.button.setObjectName("pauseBannerButton")
        self.button.setAccessibleName(self.tr("Continue the reply"))
        self.later = QPushButton(self.tr("Later"))
        self.later.setObjectName("pauseBannerLater")
        self.later.setToolTip(self.tr("Hide this; the reply stays under Ready to send"))
        words = QHBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        buttons.addWidget(self.later)
        layout.addLayout(words)
        layout.addLayout(buttons)
        self.button.clicked.connect(self._clicked)
        self.later.clicked.connect(self.hide)
        self._open: OpenReply | None = None
        self._comment_id: int | None = None
        self.hide()

    def pause_over(self, ended: Sequence[PauseOver], open_reply: OpenReply) -> None:
        self._open, self._comment_id = open_reply, ended[0].comment_id
        title, text = pause_over_words(ended)
        self.title.setText(self.tr("{title}:").format(title=title))
        self.text.setToolTip(text)
        self.text.setText(text)
        self.button.setText(
            self.tr("Continue the reply") if ended[0].has_draft else self.tr("Write the reply")
        )
        self.show()

    def _clicked(self) -> None:
        self.hide()
        if self._open is not None and self._comment_id is not None:
            self._open(self._comment_id)
