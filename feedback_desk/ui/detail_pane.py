"""The selected comment in full: who, where, when, how bad, the text, and its history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Comment, Severity, Status
from ..core.replies import Channel
from ..core.triage import Triage
from ..store.comments import StatusChange
from ..store.threads import Surroundings, ThreadEntry
from .delegates import match_spans
from .formatting import (
    SEVERITY_COLOURS,
    exact_local_time,
    match_highlight,
    relative_time,
    short_local_time,
    show_as_problem,
    stars,
)
from .icons import platform_icon


def plain_label(text: str = "", *, name: str | None = None) -> QLabel:
    """A label that never interprets outside text as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class DetailPane(QWidget):
    """Shows one comment. Emits statusRequested when the owner changes its status."""

    statusRequested = Signal(int, str)  # comment id, Status value
    severityRequested = Signal(int, str)  # comment id, Severity value
    replyRequested = Signal(int)  # comment id
    historyRequested = Signal(int)  # comment id

    def __init__(self, triage: Triage, now: Callable[[], datetime]) -> None:
        super().__init__()
        self.setObjectName("detailPane")
        self._triage = triage
        self._now = now
        self._comment: Comment | None = None

        self._stack = QStackedLayout(self)
        self._placeholder = plain_label("Select a comment to read it in full.")
        self._placeholder.setObjectName("detailPlaceholder")
        self._placeholder.setStyleSheet("color: palette(mid); font-size: 11pt;")
        self._placeholder.setMargin(24)
        self._stack.addWidget(self._placeholder)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        self._author = plain_label(name="detailAuthor")
        big = QFont(self._author.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self._author.setFont(big)
        layout.addWidget(self._author)

        where = QHBoxLayout()
        self._platform_icon = plain_label()
        self._platform = plain_label(name="detailPlatform")
        self._platform.setWordWrap(False)
        where.addWidget(self._platform_icon)
        where.addWidget(self._platform, 1)
        layout.addLayout(where)

        badges = QHBoxLayout()
        self._severity = plain_label(name="detailSeverity")
        self._severity.setWordWrap(False)
        self._status = plain_label(name="detailStatus")
        self._status.setWordWrap(False)
        self._rating = plain_label(name="detailRating")
        self._rating.setWordWrap(False)
        self._judge = QToolButton()
        self._judge.setObjectName("severityButton")
        self._judge.setText("Not right?")
        self._judge.setToolTip("Say how bad this comment really is; re-scoring keeps your choice")
        self._judge.setAccessibleName("Change how bad this comment is")
        self._judge.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        judge_menu = QMenu(self._judge)
        judge_menu.setObjectName("severityMenu")
        for severity in Severity:
            action = judge_menu.addAction(severity.label)
            action.setObjectName(f"severity_{severity.value}")
            action.triggered.connect(lambda _=False, s=severity: self._judged(s))
        self._judge.setMenu(judge_menu)
        for widget in (self._severity, self._judge, self._status, self._rating):
            badges.addWidget(widget)
        badges.addStretch(1)
        layout.addLayout(badges)

        self._when = plain_label(name="detailTime")
        self._why = plain_label(name="detailWhy")
        show_as_problem(self._why)
        layout.addWidget(self._when)
        layout.addWidget(self._why)

        self._text = QPlainTextEdit()
        self._text.setObjectName("detailText")
        self._text.setReadOnly(True)
        self._text.setFrameShape(QFrame.Shape.NoFrame)
        body = QFont(self._text.font())
        body.setPointSizeF(body.pointSizeF() * 1.15)
        self._text.setFont(body)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._text.setAccessibleName("Comment text")
        layout.addWidget(self._text, 1)

        self._edits = plain_label(name="detailEdits")
        layout.addWidget(self._edits)
        self._conversation_title = plain_label("The conversation")
        bold = QFont(self._conversation_title.font())
        bold.setBold(True)
        self._conversation_title.setFont(bold)
        layout.addWidget(self._conversation_title)
        self._conversation = QPlainTextEdit()
        self._conversation.setObjectName("detailConversation")
        self._conversation.setReadOnly(True)
        self._conversation.setAccessibleName("The conversation around this comment")
        self._conversation.setMinimumHeight(90)
        layout.addWidget(self._conversation, 1)

        self._open_link = QPushButton("Open the original")
        self._open_link.setObjectName("openOriginalButton")
        self._open_link.clicked.connect(self._open_original)
        link_row = QHBoxLayout()
        self.reply_button = QPushButton("Reply…")
        self.reply_button.setObjectName("replyButton")
        self.reply_button.setToolTip("Answer calmly, step by step (Enter)")
        self.reply_button.clicked.connect(
            lambda: self._comment is not None and self.replyRequested.emit(self._comment.id)
        )
        self.history_button = QPushButton("Story && customer…")
        self.history_button.setObjectName("storyButton")
        self.history_button.setToolTip(
            "Everything about this comment and everything its writer sent, on any platform "
            "(Ctrl+H opens the whole history)"
        )
        self.history_button.clicked.connect(
            lambda: self._comment is not None and self.historyRequested.emit(self._comment.id)
        )
        link_row.addWidget(self.reply_button)
        link_row.addWidget(self.history_button)
        link_row.addWidget(self._open_link)
        link_row.addStretch(1)
        layout.addLayout(link_row)

        actions = QHBoxLayout()
        self._buttons: dict[Status, QPushButton] = {}
        for status, label, name in (
            (Status.RESOLVED, "Mark resolved", "resolveButton"),
            (Status.IGNORED, "Ignore", "ignoreButton"),
            (Status.NEW, "Back to new", "reopenButton"),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, s=status: self._request(s))
            actions.addWidget(button)
            self._buttons[status] = button
        actions.addStretch(1)
        layout.addLayout(actions)

        self._history = plain_label(name="detailHistory")
        self._history.setStyleSheet("color: palette(dark);")
        layout.addWidget(self._history)

        self._stack.addWidget(page)

    @property
    def comment(self) -> Comment | None:
        return self._comment

    def clear(self) -> None:
        self._comment = None
        self._stack.setCurrentIndex(0)

    def show_comment(
        self,
        comment: Comment,
        history: list[StatusChange],
        terms: list[str] | None = None,
        around: Surroundings | None = None,
    ) -> None:
        self._comment = comment
        self._author.setText(comment.author or "(no name)")
        self._platform_icon.setPixmap(platform_icon(comment.platform).pixmap(20, 20))
        where = comment.platform.label + (f" · {comment.account}" if comment.account else "")
        self._platform.setText(where)
        fill, ink = SEVERITY_COLOURS[comment.severity]
        self._severity.setText(f" {comment.severity.label} ")
        self._severity.setStyleSheet(
            f"background: {fill.name()}; color: {ink.name()}; border-radius: 8px; padding: 2px 8px;"
        )
        self._severity.setToolTip(
            "You judged it so"
            if comment.severity_set_by_owner
            else f"Sentiment score {comment.sentiment:+.2f} (from -1 to +1)"
        )
        if comment.severity_set_by_owner:
            self._severity.setText(f" {comment.severity.label} (your call) ")
        status = comment.status.label
        if around is not None and around.answered_on_platform:
            status = f"Answered on {comment.platform.label}"
        self._status.setText(f"Status: {status}")
        self._rating.setText(stars(comment.rating))
        self._rating.setAccessibleName(f"{comment.rating} of 5 stars" if comment.rating else "")
        self._rating.setVisible(comment.rating is not None)
        written = exact_local_time(comment.created_at)
        relative = relative_time(comment.created_at, self._now())
        self._when.setText(f"Written {written}" + (f" ({relative})" if "ago" in relative else ""))
        reasons = self._triage.harsh_reasons(comment.text, comment.sentiment, comment.rating)
        self._why.setText(harsh_explanation(reasons))
        self._why.setVisible(bool(reasons))
        self._text.setPlainText(comment.text)
        self._highlight(terms or [])
        self._open_link.setVisible(_is_web_link(comment.url))
        self._open_link.setToolTip(comment.url or "")
        self._open_link.setText(f"Open on {comment.platform.label}")
        for status, button in self._buttons.items():
            same = comment.status is status
            button.setEnabled(not same)
            button.setToolTip(f"This comment is already {status.label.lower()}." if same else "")
        self._show_surroundings(comment, around)
        self._history.setText(_history_text(history))
        self._history.setVisible(bool(history))
        self._stack.setCurrentIndex(1)

    def _highlight(self, terms: list[str]) -> None:
        selections = []
        text = self._text.toPlainText()
        fmt = QTextCharFormat()
        fmt.setBackground(match_highlight(self._text.palette()))
        for start, end in match_spans(text, terms):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self._text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self._text.setExtraSelections(selections)

    def _show_surroundings(self, comment: Comment, around: Surroundings | None) -> None:
        lines = []
        if around is not None and around.versions:
            first = around.versions[0]
            was = f" ({stars(first.rating)})" if first.rating else ""
            lines.append(f"Edited. It first said{was}: \u201c{_short(first.text, 160)}\u201d")
        if around is not None and around.stars_up is not None:
            before, now = around.stars_up
            lines.append(
                f"The stars went up from {before} to {now} after your reply: it looks like "
                "you won this customer back (record it as won back in the history)."
            )
        self._edits.setText("\n".join(lines))
        self._edits.setVisible(bool(lines))
        entries = around.conversation if around is not None else []
        shown = len(entries) > 1
        self._conversation_title.setVisible(shown)
        self._conversation.setVisible(shown)
        if shown:
            self._conversation.setPlainText(_conversation_text(entries, comment))

    def _judged(self, severity: Severity) -> None:
        if self._comment is not None:
            self.severityRequested.emit(self._comment.id, severity.value)

    def _request(self, status: Status) -> None:
        if self._comment is not None:
            self.statusRequested.emit(self._comment.id, status.value)

    def _open_original(self) -> None:
        if self._comment is not None and _is_web_link(self._comment.url):
            QDesktopServices.openUrl(QUrl(self._comment.url or ""))


def _is_web_link(url: str | None) -> bool:
    return bool(url) and QUrl(url or "").scheme() in ("http", "https")


_CHANNEL_WORDS = {
    Channel.PUBLIC: "public reply",
    Channel.PRIVATE: "private message",
    Channel.EMAIL: "e-mail",
}


def _conversation_text(entries: list[ThreadEntry], shown: Comment) -> str:
    """Everyone's words in order; this comment marked ▶, the owner's replies say how."""
    lines = []
    for entry in entries:
        when = short_local_time(entry.created_at)
        if entry.kind == "reply":
            how = _CHANNEL_WORDS.get(entry.channel or Channel.PUBLIC, "reply")
            where = f"on {shown.platform.label}" if entry.source == "platform" else "from here"
            head = f"  {entry.author} — {how}, {where} · {when}"
        else:
            mark = "▶ " if entry.comment_id == shown.id else "  "
            head = f"{mark}{entry.author} · {when}"
        lines.append(f"{head}\n    {_short(entry.text, 400)}")
    return "\n".join(lines)


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _history_text(history: list[StatusChange]) -> str:
    lines = [
        f"{exact_local_time(change.at)}: {change.old.label} → {change.new.label}"
        for change in history[-5:]
    ]
    return "History\n" + "\n".join(lines) if lines else ""


_REASON_LABELS = {
    "insult": "insults",
    "rude": "rude words",
    "profanity": "swearing",
    "threat": "threats",
    "shouting": "shouting",
}


def harsh_explanation(reasons: tuple[str, ...]) -> str:
    """'Marked harsh for insults ("liars", "fraud") and threats ("sue you").'"""
    grouped: dict[str, list[str]] = {}
    for reason in reasons:
        category, _, words = reason.partition(": ")
        grouped.setdefault(category, []).append(words)
    parts = [
        _REASON_LABELS.get(category, category)
        + " ("
        + ", ".join(f"\u201c{w}\u201d" for w in words)
        + ")"
        for category, words in grouped.items()
    ]
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Marked harsh for {listed}."
