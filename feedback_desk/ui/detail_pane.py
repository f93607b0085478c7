"""The selected comment in full: who, where, when, how bad, the text, and its history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.follow_up import follow_up_reason
from ..core.model import Comment, Severity, Status
from ..core.texts import QT_TRANSLATE_NOOP
from ..store.comments import StatusChange
from .delegates import match_spans
from .fit import viewport_width
from .formatting import (
    SEVERITY_COLOURS,
    age_words,
    exact_local_time,
    local_date,
    match_highlight,
    plain_label,
    short_local_time,
    show_as_problem,
    stars,
)
from .icons import platform_icon

if TYPE_CHECKING:
    from ..core.compensation import DiscountStatus
    from ..core.triage import Triage
    from ..store.comment_facts import CommentFacts
    from ..store.discounts import Discount
    from ..store.outcomes import OutcomeRecord
    from ..store.threads import Surroundings, ThreadEntry


class DetailPane(QWidget):
    """Shows one comment. Emits statusRequested when the owner changes its status.

    Until a comment is chosen it shows a placeholder, so the page of the comment's details
    can wait until just after the first paint (build_page). Its width shapes the window's
    first layout, so until then a stand-in of the width the page wanted at the last start
    (page_width) takes its place; without one the page is built at once."""

    statusRequested = Signal(int, str)  # comment id, Status value
    severityRequested = Signal(int, str)  # comment id, Severity value
    replyRequested = Signal(int)  # comment id
    historyRequested = Signal(int)  # comment id

    def __init__(
        self, triage: Triage, now: Callable[[], datetime], page_width: int | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("detailPane")
        self._triage = triage
        self._now = now
        self._comment: Comment | None = None
        self._reply_continues = False  # the reply button offers to continue a draft

        self._stack = QStackedLayout(self)
        self._placeholder = plain_label(self.tr("Select a comment to read it in full."))
        self._placeholder.setObjectName("detailPlaceholder")
        self._placeholder.setStyleSheet("color: palette(mid); font-size: 11pt;")
        self._placeholder.setMargin(24)
        self._stack.addWidget(self._placeholder)
        self._scroll: _FittingScroll | None = None
        self._stand_in: _PageStandIn | None = None
        if page_width is None:
            self.build_page()
        else:
            self._stand_in = _PageStandIn(page_width)
            self._stack.addWidget(self._stand_in)

    def build_page(self) -> None:
        """The page of the comment's details, once: just after the first paint, or when
        something needs it sooner."""
        if self._scroll is not None:
            return
        # Named here, not before the first paint: PySide makes their types when first named.
        from PySide6.QtWidgets import QFormLayout, QMenu, QPlainTextEdit

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
        # Beside where it was written, so the buttons below stay one short row each.
        self._open_link = QPushButton(self.tr("Open the original"))
        self._open_link.setObjectName("openOriginalButton")
        self._open_link.clicked.connect(self._open_original)
        where.addWidget(self._open_link)
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
        self._judge.setText(self.tr("Not right?"))
        self._judge.setToolTip(
            self.tr("Say how bad this comment really is; re-scoring keeps your choice")
        )
        self._judge.setAccessibleName(self.tr("Change how bad this comment is"))
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
        self._text.setMinimumHeight(80)
        self._text.setAccessibleName(self.tr("Comment text"))
        layout.addWidget(self._text, 1)

        self._edits = plain_label(name="detailEdits")
        layout.addWidget(self._edits)
        self._conversation_title = plain_label(self.tr("The conversation"))
        bold = QFont(self._conversation_title.font())
        bold.setBold(True)
        self._conversation_title.setFont(bold)
        layout.addWidget(self._conversation_title)
        self._conversation = QPlainTextEdit()
        self._conversation.setObjectName("detailConversation")
        self._conversation.setReadOnly(True)
        self._conversation.setAccessibleName(self.tr("The conversation around this comment"))
        self._conversation.setMinimumHeight(90)
        layout.addWidget(self._conversation, 1)

        # What was done about it: the offer and its state in the ledger, the owner's
        # judgement, the latest outcome and, when one is set, the follow-up day and why.
        self._facts = QWidget()
        self._facts.setObjectName("detailFacts")
        self._facts.setAccessibleName(self.tr("What was done about this comment"))
        facts = QFormLayout(self._facts)
        facts.setContentsMargins(0, 4, 0, 0)
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._offer = plain_label(name="detailOffer")
        self._offer.setAccessibleName(self.tr("Offer"))
        self._judgement = plain_label(name="detailJudgement")
        self._judgement.setAccessibleName(self.tr("Your judgement"))
        self._outcome = plain_label(name="detailOutcome")
        self._outcome.setAccessibleName(self.tr("Outcome"))
        for caption, value in (
            (self.tr("Offer"), self._offer),
            (self.tr("Judgement"), self._judgement),
            (self.tr("Outcome"), self._outcome),
        ):
            head = plain_label(caption)
            head.setWordWrap(False)
            head.setStyleSheet("font-weight: bold;")
            facts.addRow(head, value)
        self._follow_up = plain_label(name="detailFollowUp")
        self._follow_up.setAccessibleName(self.tr("Follow-up"))
        facts.addRow(self._follow_up)
        layout.addWidget(self._facts)

        link_row = QHBoxLayout()
        self._reply_button = QPushButton(self.tr("Reply…"))
        self._reply_button.setObjectName("replyButton")
        self._reply_button.setToolTip(self.tr("Answer calmly, step by step (Enter)"))
        self._reply_button.clicked.connect(self._reply_clicked)
        self._history_button = QPushButton(self.tr("Story && customer…"))
        self._history_button.setObjectName("storyButton")
        self._history_button.setToolTip(
            self.tr(
                "Everything about this comment and everything its writer sent, on any "
                "platform (Ctrl+H opens the whole history)"
            )
        )
        self._history_button.clicked.connect(self._history_clicked)
        link_row.addWidget(self._reply_button)
        link_row.addWidget(self._history_button)
        link_row.addStretch(1)
        layout.addLayout(link_row)

        actions = QHBoxLayout()
        self._buttons: dict[Status, QPushButton] = {}
        for status, label, tip, name in (
            (
                Status.RESOLVED,
                self.tr("Mark resolved"),
                self.tr("Mark this comment resolved: it leaves Needs a reply"),
                "resolveButton",
            ),
            (
                Status.IGNORED,
                self.tr("Ignore"),
                self.tr("Ignore this comment: no reply needed, it leaves Needs a reply"),
                "ignoreButton",
            ),
            (
                Status.NEW,
                self.tr("Back to new"),
                self.tr("Put this comment back among the new ones"),
                "reopenButton",
            ),
        ):
            button = QPushButton(label)
            button.setToolTip(tip)  # the button's word is short; this says what it does
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, s=status: self._request(s))
            actions.addWidget(button)
            self._buttons[status] = button
        actions.addStretch(1)
        layout.addLayout(actions)

        self._history = plain_label(name="detailHistory")
        self._history.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # dim, both palettes
        layout.addWidget(self._history)

        self._show_reply_words()
        # On a small screen the pane scrolls rather than squeeze a wrapped line out of sight.
        self._scroll = _FittingScroll(page)
        if self._stand_in is not None:
            self._stack.removeWidget(self._stand_in)
            self._stand_in.deleteLater()
            self._stand_in = None
        self._stack.addWidget(self._scroll)

    def page_width(self) -> int:
        """The width the page wants (it builds the page): the stand-in's at the next start."""
        self.build_page()
        assert self._scroll is not None
        return self._scroll.width_wanted()

    @property
    def reply_button(self) -> QPushButton:
        self.build_page()
        return self._reply_button

    @property
    def history_button(self) -> QPushButton:
        self.build_page()
        return self._history_button

    def set_reply_continues(self, continues: bool) -> None:
        """The reply button says Continue when the comment has a draft waiting."""
        self._reply_continues = continues
        if self._scroll is not None:
            self._show_reply_words()

    def _show_reply_words(self) -> None:
        self._reply_button.setText(
            self.tr("Continue reply…") if self._reply_continues else self.tr("Reply…")
        )

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
        facts: CommentFacts | None = None,
    ) -> None:
        self.build_page()
        self._comment = comment
        self._author.setText(comment.author or self.tr("(no name)"))
        self._platform_icon.setPixmap(platform_icon(comment.platform).pixmap(20, 20))
        where = comment.platform.label + (f" · {comment.account}" if comment.account else "")
        self._platform.setText(where)  # untranslated: the platform's name and the account
        fill, ink = SEVERITY_COLOURS[comment.severity]
        self._severity.setText(f" {comment.severity.label} ")  # untranslated: a label
        self._severity.setStyleSheet(
            f"background: {fill.name()}; color: {ink.name()}; border-radius: 8px; padding: 2px 8px;"
        )
        self._severity.setToolTip(
            self.tr("You judged it so")
            if comment.severity_set_by_owner
            else self.tr("Sentiment score {score} (from -1 to +1)").format(
                score=f"{comment.sentiment:+.2f}"
            )
        )
        if comment.severity_set_by_owner:
            self._severity.setText(
                self.tr(" {severity} (your call) ").format(severity=comment.severity.label)
            )
        status = comment.status.label
        if around is not None and around.answered_on_platform:
            status = self.tr("Answered on {platform}").format(platform=comment.platform.label)
        self._status.setText(self.tr("Status: {status}").format(status=status))
        self._rating.setText(stars(comment.rating))
        self._rating.setAccessibleName(
            self.tr("%Ln of 5 stars", "", comment.rating) if comment.rating else ""
        )
        self._rating.setVisible(comment.rating is not None)
        written = exact_local_time(comment.created_at)
        # "5 min ago", "3 h ago", "4 d ago" are worth adding to the time; "just now",
        # "yesterday" or the day are not (the time says them already).
        relative = age_words(comment.created_at, self._now())
        self._when.setText(
            self.tr("Written {when} ({relative})").format(when=written, relative=relative)
            if relative is not None
            else self.tr("Written {when}").format(when=written)
        )
        from ..core.triage import describe_reason, unchecked_language  # after the first paint

        reasons = self._triage.harsh_reasons(comment.text, comment.sentiment, comment.rating)
        unread = unchecked_language(reasons)
        # A language triage does not read is said plainly, in the usual colour: no alarm.
        show_as_problem(self._why, unread is None)
        self._why.setText(describe_reason(reasons[0]) if unread else harsh_explanation(reasons))
        self._why.setVisible(bool(reasons))
        self._text.setPlainText(comment.text)
        self._highlight(terms or [])
        self._open_link.setVisible(_is_web_link(comment.url))
        # Short, so the pane stays narrow enough for a 1024-pixel screen; the tooltip and
        # the accessible name say where it leads.
        self._open_link.setText(self.tr("Open original"))
        self._open_link.setToolTip(
            self.tr("Open on {platform}: {url}").format(
                platform=comment.platform.label, url=comment.url or ""
            )
        )
        self._open_link.setAccessibleName(
            self.tr("Open on {platform}").format(platform=comment.platform.label)
        )
        already = {
            Status.RESOLVED: self.tr("This comment is already resolved."),
            Status.IGNORED: self.tr("This comment is already ignored."),
            Status.NEW: self.tr("This comment is already new."),
        }
        for status, button in self._buttons.items():
            same = comment.status is status
            button.setEnabled(not same)
            button.setToolTip(already[status] if same else "")
        self._show_surroundings(comment, around)
        self._show_facts(comment, facts)
        self._history.setText(_history_text(history))
        self._history.setVisible(bool(history))
        self._stack.setCurrentIndex(1)

    def _highlight(self, terms: list[str]) -> None:
        # Not before the first paint: PySide makes these types when they are first named.
        from PySide6.QtGui import QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

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
            said = _short(first.text, 160)
            lines.append(
                self.tr("Edited. It first said ({stars}): \u201c{text}\u201d").format(
                    stars=stars(first.rating), text=said
                )
                if first.rating
                else self.tr("Edited. It first said: \u201c{text}\u201d").format(text=said)
            )
        if around is not None and around.stars_up is not None:
            before, now = around.stars_up
            lines.append(
                self.tr(
                    "The stars went up from {before} to {now} after your reply: it looks like "
                    "you won this customer back (record it as won back in the history)."
                ).format(before=before, now=now)
            )
        self._edits.setText("\n".join(lines))
        self._edits.setVisible(bool(lines))
        entries = around.conversation if around is not None else []
        shown = len(entries) > 1
        self._conversation_title.setVisible(shown)
        self._conversation.setVisible(shown)
        if shown:
            self._conversation.setPlainText(_conversation_text(entries, comment))

    def _show_facts(self, comment: Comment, facts: CommentFacts | None) -> None:
        """Offer, judgement and outcome: shown for a complaint, or once anything was done."""
        complaint = comment.severity in (Severity.HARSH, Severity.NEGATIVE)
        done = facts is not None and bool(facts.offers or facts.judged or facts.outcome)
        self._facts.setVisible(facts is not None and (complaint or done))
        if facts is None:
            return
        self._offer.setText(offers_text(facts.offers))
        self._judgement.setText(judgement_text(facts))
        self._outcome.setText(outcome_text(facts.outcome))
        today = self._now().astimezone().date()
        follow = facts.outcome.follow_up_on if facts.outcome is not None else None
        due = follow is not None and follow <= today
        if facts.outcome is not None and follow is not None:
            # The note is quoted here, as the reason to look again, not in the row above.
            self._follow_up.setText(
                follow_up_reason(follow, today, facts.outcome.note, local_date(follow))
            )
        self._follow_up.setVisible(follow is not None)
        self._follow_up.setStyleSheet("padding: 2px 0px;" + (" font-weight: bold;" if due else ""))

    def _reply_clicked(self) -> None:
        if self._comment is not None:
            self.replyRequested.emit(self._comment.id)

    def _history_clicked(self) -> None:
        if self._comment is not None:
            self.historyRequested.emit(self._comment.id)

    def _judged(self, severity: Severity) -> None:
        if self._comment is not None:
            self.severityRequested.emit(self._comment.id, severity.value)

    def _request(self, status: Status) -> None:
        if self._comment is not None:
            self.statusRequested.emit(self._comment.id, status.value)

    def _open_original(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self._comment is not None and _is_web_link(self._comment.url):
            QDesktopServices.openUrl(QUrl(self._comment.url or ""))


# The page's height hints: its smallest (it scrolls below that) and the one it asks for.
_PAGE_MINIMUM_HEIGHT = 120
_PAGE_HEIGHT = 400


class _PageStandIn(QWidget):
    """Holds the page's place until it is built: the same size hints as the page."""

    def __init__(self, width: int) -> None:
        super().__init__()
        self._width = width

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width, _PAGE_MINIMUM_HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(self._width, _PAGE_HEIGHT)


class _FittingScroll(QScrollArea):
    """The page fills the pane's height; when even its smallest layout does not fit (a
    1024×640 screen), it scrolls instead of squeezing wrapped lines out of sight. Its width
    always follows the pane (QScrollArea's own resizing would grow the text boxes to their
    preferred height and push everything else down)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self._page = page
        self._narrowest = 0
        self.setObjectName("detailScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(False)
        self.setWidget(page)
        page.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.width_wanted(), _PAGE_MINIMUM_HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(self.width_wanted(), _PAGE_HEIGHT)

    def width_wanted(self) -> int:
        return self._page.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        narrowest = self._page.minimumSizeHint().width()
        if narrowest != self._narrowest:  # a longer button text: the splitter must know
            self._narrowest = narrowest
            self.updateGeometry()
        layout = self._page.layout()
        bar = self.verticalScrollBar().sizeHint().width()
        width = viewport_width(self)
        view = self.height()
        needed = layout.totalMinimumHeightForWidth(width) if layout is not None else 0
        if needed > view:  # it will scroll: leave room for the bar
            width = max(self.width() - bar, 1)
            needed = layout.totalMinimumHeightForWidth(width) if layout is not None else 0
        self._page.resize(width, max(view, needed))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handled = super().eventFilter(watched, event)
        if watched is self._page and event.type() == QEvent.Type.LayoutRequest:
            self.fit()  # new text: lines wrap differently
        return handled


def _is_web_link(url: str | None) -> bool:
    # QUrl when a comment is shown, after the first paint: its type and enums cost 3M
    # instructions before it.
    from PySide6.QtCore import QUrl

    return bool(url) and QUrl(url or "").scheme() in ("http", "https")


def _conversation_text(entries: list[ThreadEntry], shown: Comment) -> str:
    """Everyone's words in order; this comment marked ▶, the owner's replies say how."""
    from ..core.replies import Channel  # when a comment is shown, after the first paint

    lines = []
    for entry in entries:
        when = short_local_time(entry.created_at)
        if entry.kind == "reply":
            channel = entry.channel or Channel.PUBLIC
            how = (
                Channel(channel).label
                if channel in tuple(Channel)
                else QCoreApplication.translate("DetailPane", "reply")
            )
            head = "  " + (
                QCoreApplication.translate("DetailPane", "{author} — {how}, on {platform} · {when}")
                if entry.source == "platform"
                else QCoreApplication.translate(
                    "DetailPane", "{author} — {how}, from here · {when}"
                )
            ).format(author=entry.author, how=how, platform=shown.platform.label, when=when)
        else:
            this = entry.comment_id == shown.id
            head = f"{'▶ ' if this else '  '}{entry.author} · {when}"
            if this:  # shown in full above: a reminder is enough here
                lines.append(f"{head}\n    {_short(entry.text, 90)}")
                continue
        lines.append(f"{head}\n    {_short(entry.text, 400)}")
    return "\n".join(lines)


@cache
def _offer_states() -> dict[DiscountStatus, str]:
    """How an offer stands in the ledger. (core.compensation comes with the offers, after
    the first paint.)"""
    from ..core.compensation import DiscountStatus

    return {
        DiscountStatus.OFFERED: QT_TRANSLATE_NOOP("DetailPane", "offered, not used yet"),
        DiscountStatus.REDEEMED: QT_TRANSLATE_NOOP("DetailPane", "redeemed"),
        DiscountStatus.EXPIRED: QT_TRANSLATE_NOOP("DetailPane", "expired"),
        DiscountStatus.DECLINED: QT_TRANSLATE_NOOP("DetailPane", "declined"),
    }


def _offer_state(offer: Discount) -> str:
    """The words for where an offer stands, with its day."""
    from ..core.compensation import DiscountStatus

    if offer.status is DiscountStatus.REDEEMED and offer.redeemed_at is not None:
        return QCoreApplication.translate("DetailPane", "redeemed {when}").format(
            when=short_local_time(offer.redeemed_at)
        )
    if offer.status is DiscountStatus.OFFERED and offer.expires_on is not None:
        return QCoreApplication.translate(
            "DetailPane", "offered, not used yet (valid until {day})"
        ).format(day=local_date(offer.expires_on))
    if offer.status is DiscountStatus.EXPIRED and offer.expires_on is not None:
        return QCoreApplication.translate("DetailPane", "expired on {day}").format(
            day=local_date(offer.expires_on)
        )
    state = _offer_states().get(offer.status)
    return QCoreApplication.translate("DetailPane", state) if state else offer.status.label.lower()


def offers_text(offers: tuple[Discount, ...]) -> str:
    """Each offer: what it is, its code and where it stands in the ledger."""
    if not offers:
        return QCoreApplication.translate("DetailPane", "Nothing offered.")
    lines = []
    for offer in offers:
        parts = [offer.description]
        if offer.code:
            parts.append(
                QCoreApplication.translate("DetailPane", "code {code}").format(code=offer.code)
            )
        parts.append(_offer_state(offer))
        lines.append(" · ".join(parts))
    return "\n".join(lines)


def judgement_text(facts: CommentFacts) -> str:
    """Fair or not, the customer's valid point and the category, as the owner judged them."""
    if not facts.judged:
        return QCoreApplication.translate(
            "DetailPane", "Not judged yet (the reply's second step asks whether it is fair)."
        )
    from ..core.replies import validity_label

    a = facts.assessment
    words = validity_label(a.validity)
    if a.valid_point:
        words = QCoreApplication.translate("DetailPane", "{judgement}: \u201c{point}\u201d").format(
            judgement=words, point=_short(a.valid_point, 200)
        )
    if a.category:
        words += f" · {a.category}"
    return words


def outcome_text(outcome: OutcomeRecord | None) -> str:
    if outcome is None:
        return QCoreApplication.translate(
            "DetailPane", "None recorded yet (Comment → Record outcome…)."
        )
    words = outcome.outcome.label
    if outcome.decided_on is not None:
        words += f", {local_date(outcome.decided_on)}"
    if outcome.note and outcome.follow_up_on is None:  # else the follow-up line quotes it
        words = QCoreApplication.translate("DetailPane", "{outcome}: \u201c{note}\u201d").format(
            outcome=words, note=_short(outcome.note, 300)
        )
    return words


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _history_text(history: list[StatusChange]) -> str:
    lines = [
        f"{exact_local_time(change.at)}: {change.old.label} → {change.new.label}"
        for change in history[-5:]
    ]
    return (
        QCoreApplication.translate("DetailPane", "History") + "\n" + "\n".join(lines)
        if lines
        else ""
    )


# The kinds of harsh words core.triage names ("category: word"); a kind not listed here is
# shown as triage names it.
_REASON_LABELS = {
    "insult": QT_TRANSLATE_NOOP("DetailPane", "insults"),
    "rude": QT_TRANSLATE_NOOP("DetailPane", "rude words"),
    "profanity": QT_TRANSLATE_NOOP("DetailPane", "swearing"),
    "threat": QT_TRANSLATE_NOOP("DetailPane", "threats"),
    "shouting": QT_TRANSLATE_NOOP("DetailPane", "shouting"),
}


def harsh_explanation(reasons: tuple[str, ...]) -> str:
    """'Marked harsh for insults ("liars", "fraud") and threats ("sue you").'"""
    grouped: dict[str, list[str]] = {}
    for reason in reasons:
        category, _, words = reason.partition(": ")
        grouped.setdefault(category, []).append(words)
    parts = [
        QCoreApplication.translate("DetailPane", "{kind} ({words})").format(
            kind=QCoreApplication.translate("DetailPane", _REASON_LABELS[category])
            if category in _REASON_LABELS
            else category,
            words=", ".join(
                QCoreApplication.translate("DetailPane", "\u201c{word}\u201d").format(word=w)
                for w in words
            ),
        )
        for category, words in grouped.items()
    ]
    if not parts:
        return ""
    listed = (
        parts[0]
        if len(parts) == 1
        else QCoreApplication.translate("DetailPane", "{first} and {last}").format(
            first=", ".join(parts[:-1]), last=parts[-1]
        )
    )
    return QCoreApplication.translate("DetailPane", "Marked harsh for {reasons}.").format(
        reasons=listed
    )
