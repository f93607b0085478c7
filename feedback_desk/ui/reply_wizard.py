"""The guided reply: pause, think, choose where, write calmly, offer something, re-read, send.

Every page saves what the owner did as they go, so closing the wizard (or the app) loses
nothing and reopening continues on the same page with the same remaining wait. The rules
(cool-off, private-reply limits, blocking tone flags) live in core/ and are checked again
by the outbox when sending; the wizard only shows them early and says why.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QDate, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.channels import ONE_PRIVATE_MESSAGE, private_reply_problem
from ..core.compensation import Compensation, CompensationKind, needs_code, new_code, parse_amount
from ..core.errors import UserFacingError
from ..core.model import Comment, Platform, Severity
from ..core.saved_replies import fill, load_builtin, missing_placeholders
from ..core.tone import ToneFlag, blocking_flags, check_tone
from ..secrets import CredentialStore
from ..sources.outbox import ReplyService, SendResult, account_connectors
from ..sources.sync import ConnectorFactory
from ..store import Database
from ..store.assessments import (
    Assessment,
    Assessments,
    ReplyDraft,
    keep_own_reply,
    load_cooloff_settings,
    load_shop_name,
    own_saved_replies,
)
from ..store.comments import CommentStore
from ..store.outbox import Outbox, Reply
from .detail_pane import plain_label
from .tasks import TaskRunner

# Longest reply each platform takes (characters).
REPLY_LIMITS = {
    Platform.FACEBOOK: 8000,
    Platform.INSTAGRAM: 2200,
    Platform.GOOGLE: 4096,
    Platform.YOUTUBE: 10000,
    Platform.MASTODON: 500,
}
WHILE_YOU_WAIT = (
    "Step away for a moment: make a tea, serve a customer.",
    "Read the comment again slowly. What is the customer really unhappy about?",
    "You may already think it through and write a draft; sending waits for the timer.",
)


class Step(enum.IntEnum):
    COOLOFF = 0
    CONSIDER = 1
    CHANNEL = 2
    DRAFT = 3
    COMPENSATION = 4
    REVIEW = 5


STEP_NAMES = {
    Step.COOLOFF: ("cooloffPage", "Pause"),
    Step.CONSIDER: ("considerPage", "Is it fair?"),
    Step.CHANNEL: ("channelPage", "Public or private"),
    Step.DRAFT: ("draftPage", "Write"),
    Step.COMPENSATION: ("compensationPage", "Make it right"),
    Step.REVIEW: ("reviewPage", "Read again and send"),
}


def countdown(left: timedelta) -> str:
    seconds = max(int(left.total_seconds() + 0.999), 0)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class ReplyWizard(QWizard):
    """`replyWizard`: opened on one comment from the inbox."""

    def __init__(
        self,
        db: Database,
        comment_id: int,
        *,
        runner: TaskRunner,
        credentials: CredentialStore,
        now: Callable[[], datetime],
        connect: ConnectorFactory | None = None,
        shop_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replyWizard")
        self.setWindowTitle("Reply")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, False)
        self.setButtonText(QWizard.WizardButton.CancelButton, "Close (keeps your work)")
        # Sending is the last step's own button; a "Finish" beside it would only confuse.
        self.setButtonLayout(
            [
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        self.resize(820, 620)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)

        self.db = db
        self.conn = db.connect()
        self.runner = runner
        self.credentials = credentials
        self.now = now
        self.connect_factory = connect
        self.shop_name = shop_name or load_shop_name(self.conn) or "our shop"
        self.comment: Comment = CommentStore(db, self.conn).get(comment_id)
        self.assessments = Assessments(db, self.conn)
        self.outbox = Outbox(db, self.conn)
        self.service = ReplyService(db, self.conn)  # e-mail replies; platforms send off-thread
        self.cooloff_end = self.outbox.start_cooloff(comment_id, load_cooloff_settings(self.conn))
        self.comment = CommentStore(db, self.conn).get(comment_id)  # status may have changed
        self.draft = self.assessments.draft(comment_id)
        self.sent: Reply | None = None

        self.steps = QLabel()
        self.steps.setObjectName("wizardSteps")
        self.steps.setTextFormat(self.steps.textFormat().PlainText)
        self.steps.setMinimumWidth(170)
        self.steps.setStyleSheet("padding: 12px; background: #EEF5F4; color: #1F3B37;")
        self.setSideWidget(self.steps)

        self.cooloff_page = CoolOffPage(self)
        self.consider_page = ConsiderPage(self)
        self.channel_page = ChannelPage(self)
        self.draft_page = DraftPage(self)
        self.compensation_page = CompensationPage(self)
        self.review_page = ReviewPage(self)
        for step, page in zip(Step, self.pages(), strict=True):
            page.setObjectName(STEP_NAMES[step][0])
            self.setPage(step, page)
        start = next((s for s in Step if STEP_NAMES[s][0] == self.draft.step), Step.COOLOFF)
        self.setStartId(start)
        self.currentIdChanged.connect(self._moved)
        self.finished.connect(lambda _: self.save())

        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.tick)
        self.clock.start()

    def pages(self) -> list[QWizardPage]:
        return [
            self.cooloff_page,
            self.consider_page,
            self.channel_page,
            self.draft_page,
            self.compensation_page,
            self.review_page,
        ]

    # -- time -------------------------------------------------------------------------------

    def remaining(self) -> timedelta:
        if self.cooloff_end is None:
            return timedelta(0)
        return max(self.cooloff_end - self.now(), timedelta(0))

    def tick(self) -> None:
        """Once a second (tests call it directly): the countdown and the Send lock."""
        self.cooloff_page.refresh()
        self.review_page.refresh()

    # -- keeping the owner's work ---------------------------------------------------------

    def _moved(self, step: int) -> None:
        self.save()
        names = []
        for s in Step:
            mark = "▶ " if s == step else ("✓ " if s < step else "   ")
            names.append(mark + STEP_NAMES[s][1])
        self.steps.setText("\n\n".join(names))

    def save(self) -> None:
        step = self.currentId()
        self.draft = self.assessments.save_draft(
            ReplyDraft(
                self.comment.id,
                self.channel_page.channel(),
                self.draft_page.text(),
                self.compensation_page.saved(),
                STEP_NAMES[Step(step)][0] if step in tuple(Step) else self.draft.step,
            )
        )

    def placeholder_values(self) -> dict[str, str]:
        offer = self.compensation_page.current()
        return {
            "customer": self.comment.author.split(" (@")[0].lstrip("@"),
            "shop": self.shop_name,
            "code": self.compensation_page.code or "",
            "discount": offer.describe() if offer and needs_code(offer.kind) else "",
        }

    def final_text(self) -> str:
        return fill(self.draft_page.text(), self.placeholder_values())

    def done(self, result: int) -> None:
        self.clock.stop()
        super().done(result)
        self.conn.close()


class WizardPage(QWizardPage):
    def __init__(self, wizard: ReplyWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.layout_ = QVBoxLayout(self)


class CoolOffPage(WizardPage):
    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            "Take a breath first",
            "Hurtful words invite a quick answer. A short pause makes a better one.",
        )
        text = QPlainTextEdit(wizard.comment.text)
        text.setObjectName("cooloffComment")
        text.setReadOnly(True)
        self.layout_.addWidget(plain_label(f"{wizard.comment.author} wrote:"))
        self.layout_.addWidget(text, 1)
        self.remaining = plain_label(name="cooloffRemaining")
        big = self.remaining.font()
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.remaining.setFont(big)
        self.layout_.addWidget(self.remaining)
        self.advice = plain_label("\n".join("• " + line for line in WHILE_YOU_WAIT))
        self.layout_.addWidget(self.advice)
        self.refresh()

    def refresh(self) -> None:
        if self.w.cooloff_end is None:
            self.remaining.setText("No wait needed for this comment.")
            return
        left = self.w.remaining()
        self.remaining.setText(
            f"{countdown(left)} left before you can send"
            if left
            else "The wait is over. Take one more look before you answer."
        )


class ConsiderPage(WizardPage):
    CHOICES = (
        ("valid", "Yes, they have a point"),
        ("partly", "Partly"),
        ("not_valid", "No, it is not fair"),
    )

    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            "Is the complaint fair?",
            "Even an unfair comment often holds one true point worth fixing.",
        )
        saved = wizard.assessments.get(wizard.comment.id)
        self.group = QButtonGroup(self)
        for value, text in self.CHOICES:
            button = QRadioButton(text)
            button.setObjectName(f"validity_{value}")
            button.setChecked(saved.validity == value)
            button.toggled.connect(lambda _=False: self.completeChanged.emit())
            self.group.addButton(button)
            self.layout_.addWidget(button)
        form = QFormLayout()
        self.point = QLineEdit(saved.valid_point)
        self.point.setObjectName("validPointEdit")
        self.point.setPlaceholderText("In your own words: what did we get wrong?")
        self.category = QComboBox()
        self.category.setObjectName("categoryCombo")
        self.category.addItems(wizard.assessments.categories())
        if saved.category:
            self.category.setCurrentText(saved.category)
        self.notes = QPlainTextEdit(saved.notes)
        self.notes.setObjectName("notesEdit")
        self.notes.setMaximumHeight(90)
        form.addRow("The valid point", self.point)
        form.addRow("What it is about", self.category)
        form.addRow("Notes for yourself", self.notes)
        self.layout_.addLayout(form)
        self.why = plain_label()
        self.layout_.addWidget(self.why)
        self.layout_.addStretch(1)

    def validity(self) -> str | None:
        checked = self.group.checkedButton()
        return checked.objectName().removeprefix("validity_") if checked else None

    def isComplete(self) -> bool:
        done = self.validity() is not None
        self.why.setText("" if done else "Choose one of the three answers to go on.")
        return done

    def validatePage(self) -> bool:
        self.w.assessments.save(
            Assessment(
                self.w.comment.id,
                self.validity(),
                self.point.text().strip(),
                self.category.currentText(),
                self.notes.toPlainText(),
            )
        )
        return True


class ChannelPage(WizardPage):
    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            "Where should the answer go?",
            "Harsh exchanges are best taken out of public view.",
        )
        comment = wizard.comment
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for value, text in (
            ("public", "A public reply under the comment"),
            ("private", "A private message"),
            ("email", "An e-mail to the customer"),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"{value}Radio")
            button.toggled.connect(lambda _=False: self.completeChanged.emit())
            self.group.addButton(button)
            self.buttons[value] = button
            self.layout_.addWidget(button)
        sent_private = bool(
            wizard.conn.execute(
                "SELECT count(*) FROM replies WHERE comment_id = ? AND channel = 'private' "
                "AND state = 'sent'",
                (comment.id,),
            ).fetchone()[0]
        )
        problem = private_reply_problem(comment, wizard.now(), sent_private)
        notes = []
        if comment.account is None:
            for value in ("public", "private"):
                self.buttons[value].setEnabled(False)
            notes.append(
                "This comment came from an imported file, so Feedback Desk cannot "
                "post on the platform: answer there yourself, or by e-mail."
            )
        elif problem:
            self.buttons["private"].setEnabled(False)
            self.buttons["private"].setToolTip(problem)
            notes.append(problem)
        elif comment.platform in ONE_PRIVATE_MESSAGE:
            notes.append(
                f"{comment.platform.label} allows one private message per comment, "
                "within 7 days of it; the conversation goes on only if they answer."
            )
        recommended = "private" if comment.severity is Severity.HARSH else "public"
        if not self.buttons[recommended].isEnabled():
            recommended = next((v for v, b in self.buttons.items() if b.isEnabled()), "email")
        notes.insert(0, f"Suggested here: {self.buttons[recommended].text().lower()}.")
        self.note = plain_label("\n".join(notes), name="channelAdvice")
        self.layout_.addWidget(self.note)
        self.layout_.addStretch(1)
        chosen = wizard.draft.channel if wizard.draft.channel in self.buttons else recommended
        if self.buttons[chosen].isEnabled():
            self.buttons[chosen].setChecked(True)

    def channel(self) -> str | None:
        checked = self.group.checkedButton()
        return checked.objectName().removesuffix("Radio") if checked else None

    def isComplete(self) -> bool:
        return self.channel() is not None


class DraftPage(WizardPage):
    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            "Write your reply",
            "Thank them, own what went wrong, say what you will do. Keep it short.",
        )
        row = QHBoxLayout()
        self.saved = QComboBox()
        self.saved.setObjectName("savedRepliesCombo")
        self.replies = load_builtin() + own_saved_replies(wizard.conn)
        self.saved.addItem("Start from a saved reply…")
        for reply in self.replies:
            self.saved.addItem(reply.title)
        use = QPushButton("Use it")
        use.setObjectName("useSavedReplyButton")
        use.clicked.connect(self._use_saved)
        keep = QPushButton("Save as a saved reply…")
        keep.setObjectName("keepReplyButton")
        keep.clicked.connect(self._keep)
        row.addWidget(self.saved, 1)
        row.addWidget(use)
        row.addWidget(keep)
        self.layout_.addLayout(row)
        self.edit = QPlainTextEdit(wizard.draft.text)
        self.edit.setObjectName("draftEdit")
        self.edit.setPlaceholderText("Dear …, thank you for telling us. You're right that …")
        self.layout_.addWidget(self.edit, 2)
        self.length = plain_label(name="draftLength")
        self.layout_.addWidget(self.length)
        self.flags_model = QStandardItemModel(self)
        self.tone = QListView()
        self.tone.setObjectName("toneList")
        self.tone.setModel(self.flags_model)
        self.tone.setWordWrap(True)
        self.layout_.addWidget(plain_label("Tone check"))
        self.layout_.addWidget(self.tone, 1)
        self.acknowledged = QCheckBox("I have read the notes above and my reply is as I mean it")
        self.acknowledged.setObjectName("toneAcknowledged")
        self.acknowledged.toggled.connect(lambda _: self.completeChanged.emit())
        self.acknowledged.hide()
        self.layout_.addWidget(self.acknowledged)
        self.why = plain_label(name="draftBlockedReason")
        self.why.setStyleSheet("color: #8A1C15;")
        self.layout_.addWidget(self.why)
        self.flags: list[ToneFlag] = []
        self._noted: tuple[str, ...] = ()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.check)
        self.edit.textChanged.connect(self.timer.start)

    def text(self) -> str:
        return self.edit.toPlainText()

    def initializePage(self) -> None:
        self.check()

    def _use_saved(self) -> None:
        index = self.saved.currentIndex() - 1
        if 0 <= index < len(self.replies):
            self.edit.setPlainText(self.replies[index].text)

    def _keep(self) -> None:
        title, ok = QInputDialog.getText(self, "Save as a saved reply", "Title:")
        if not ok:
            return
        try:
            kept = keep_own_reply(self.w.db, self.w.conn, title, self.text())
        except UserFacingError as problem:
            self.why.setText(str(problem))
            return
        self.replies.append(kept)
        self.saved.addItem(kept.title)

    def limit(self) -> int:
        return REPLY_LIMITS.get(self.w.comment.platform, 5000)

    def check(self) -> None:
        """The tone check, again, as the owner types."""
        offer = self.w.compensation_page.current()
        self.flags = check_tone(
            fill(self.text(), self.w.placeholder_values()),
            comment_text=self.w.comment.text,
            channel=self.w.channel_page.channel() or "public",
            complaint_valid=self.w.consider_page.validity(),
            compensation_offered=offer is not None
            and offer.kind not in (CompensationKind.NONE, CompensationKind.APOLOGY),
            known_words=[self.w.shop_name],
        )
        self.flags_model.clear()
        for flag in self.flags:
            mark = "Must change: " if flag.blocking else "Consider: "
            item = QStandardItem(f"{mark}{flag.reason}\n→ {flag.suggestion}")
            item.setEditable(False)
            self.flags_model.appendRow(item)
        if not self.flags and self.text().strip():
            self.flags_model.appendRow(
                QStandardItem("Nothing to change: this reads calm and kind.")
            )
        # Notes that do not block can be acknowledged; new notes need a fresh look.
        noted = tuple(sorted(f.reason for f in self.flags if not f.blocking))
        if noted != self._noted:
            self._noted = noted
            self.acknowledged.setChecked(False)
        self.acknowledged.setVisible(bool(noted) and not blocking_flags(self.flags))
        count = len(self.text())
        self.length.setText(
            f"{count:,} of {self.limit():,} characters {self.w.comment.platform.label} allows"
        )
        self.completeChanged.emit()

    def problems(self) -> list[str]:
        found = [f.reason for f in blocking_flags(self.flags)]
        if not self.text().strip():
            found.append("The reply is empty.")
        if len(self.text()) > self.limit():
            found.append(
                f"{self.w.comment.platform.label} takes at most {self.limit():,} characters."
            )
        if not found and self._noted and not self.acknowledged.isChecked():
            found.append("Read the tone notes, change what you want, then tick the box.")
        return found

    def isComplete(self) -> bool:
        problems = self.problems()
        self.why.setText(" ".join(problems))
        return not problems


class CompensationPage(WizardPage):
    KINDS = tuple(CompensationKind)

    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            "Make it right",
            "An apology is often enough. A discount or a free item can bring a "
            "customer back. Never ask for a review to change in return.",
        )
        saved = wizard.draft.compensation or {}
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("compensationKind")
        for kind in self.KINDS:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(saved.get("kind", "apology")), 0))
        self.value = QLineEdit(str(saved.get("value") or ""))
        self.value.setObjectName("compensationValue")
        self.currency = QLineEdit(str(saved.get("currency") or "GBP"))
        self.currency.setObjectName("compensationCurrency")
        self.currency.setMaxLength(3)
        self.item = QLineEdit(str(saved.get("item") or ""))
        self.item.setObjectName("compensationItem")
        self.expiry = QDateEdit()
        self.expiry.setObjectName("compensationExpiry")
        self.expiry.setCalendarPopup(True)
        expires = saved.get("expires_on")
        self.expiry.setDate(
            QDate.fromString(expires, "yyyy-MM-dd") if expires else QDate.currentDate().addDays(30)
        )
        self.code = str(saved.get("code") or "") or None
        form.addRow("What to offer", self.kind)
        form.addRow("Amount (number or %)", self.value)
        form.addRow("Currency", self.currency)
        form.addRow("Free item", self.item)
        form.addRow("Valid until", self.expiry)
        self.layout_.addLayout(form)
        self.preview = plain_label(name="compensationPreview")
        self.layout_.addWidget(self.preview)
        self.layout_.addStretch(1)
        for widget in (self.value, self.currency, self.item):
            widget.textChanged.connect(lambda _: self._changed())
        self.kind.currentIndexChanged.connect(lambda _: self._changed())
        self.expiry.dateChanged.connect(lambda _: self._changed())
        self._changed()

    def today(self) -> date:
        return self.w.now().astimezone().date()

    def current(self) -> Compensation | None:
        """The offer as entered, checked; None while it is not valid."""
        kind = CompensationKind(self.kind.currentData())
        try:
            value: Decimal | None = None
            if kind in (
                CompensationKind.PERCENT,
                CompensationKind.FIXED,
                CompensationKind.REFUND,
            ) or (kind is CompensationKind.FREE_ITEM and self.value.text().strip()):
                value = parse_amount(self.value.text())
            offer = Compensation(
                kind,
                value,
                self.currency.text().strip().upper() or None
                if kind
                not in (CompensationKind.PERCENT, CompensationKind.NONE, CompensationKind.APOLOGY)
                else None,
                self.item.text().strip() or None if kind is CompensationKind.FREE_ITEM else None,
                self.expiry.date().toPython() if needs_code(kind) else None,  # type: ignore[arg-type]
            )
            return offer.validate(self.today())
        except (UserFacingError, ValueError, ArithmeticError):
            return None

    def problem(self) -> str:
        kind = CompensationKind(self.kind.currentData())
        try:
            if kind in (CompensationKind.PERCENT, CompensationKind.FIXED, CompensationKind.REFUND):
                parse_amount(self.value.text())
        except (UserFacingError, ValueError, ArithmeticError) as error:
            return str(error) or "Enter the amount as a number."
        return "Check the amount, the currency, the item and the date."

    def _changed(self) -> None:
        kind = CompensationKind(self.kind.currentData())
        for widget, used in (
            (
                self.value,
                kind
                in (
                    CompensationKind.PERCENT,
                    CompensationKind.FIXED,
                    CompensationKind.REFUND,
                    CompensationKind.FREE_ITEM,
                ),
            ),
            (
                self.currency,
                kind
                in (CompensationKind.FIXED, CompensationKind.REFUND, CompensationKind.FREE_ITEM),
            ),
            (self.item, kind is CompensationKind.FREE_ITEM),
            (self.expiry, needs_code(kind)),
        ):
            widget.setEnabled(used)
        offer = self.current()
        if offer is not None and needs_code(offer.kind) and not self.code:
            self.code = new_code()
        if offer is None:
            self.preview.setText(self.problem())
        else:
            code = f" with the code {self.code}" if needs_code(offer.kind) else ""
            self.preview.setText(f"You offer {offer.describe()}{code}.")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.current() is not None

    def saved(self) -> dict[str, Any] | None:
        offer = self.current()
        if offer is None:
            return None
        data = offer.to_json()
        if needs_code(offer.kind):
            data["code"] = self.code
        return data


class ReviewPage(WizardPage):
    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            "Read it once more, then send",
            "Read it as the customer will, and as everyone else will.",
        )
        self.text = QPlainTextEdit()
        self.text.setObjectName("reviewText")
        self.text.setReadOnly(True)
        self.layout_.addWidget(self.text, 1)
        self.summary = plain_label(name="reviewSummary")
        self.layout_.addWidget(self.summary)
        row = QHBoxLayout()
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("sendButton")
        self.send_button.setMinimumHeight(36)
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.send_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.why = plain_label(name="sendBlockedReason")
        self.layout_.addWidget(self.why)
        self.result = plain_label(name="sendResult")
        self.layout_.addWidget(self.result)
        self.email_question = QWidget()
        asked = QHBoxLayout(self.email_question)
        asked.setContentsMargins(0, 0, 0, 0)
        did = QPushButton("I sent it")
        did.setObjectName("emailSentButton")
        did.clicked.connect(lambda: self.confirm_email(True))
        didnt = QPushButton("I didn't send it")
        didnt.setObjectName("emailNotSentButton")
        didnt.clicked.connect(lambda: self.confirm_email(False))
        asked.addWidget(did)
        asked.addWidget(didnt)
        asked.addStretch(1)
        self.email_question.hide()
        self.layout_.addWidget(self.email_question)
        self.sending = False
        self.waiting_email: Reply | None = wizard.service.waiting_email(wizard.comment.id)

    def initializePage(self) -> None:
        self.w.save()
        self.text.setPlainText(self.w.final_text())
        offer = self.w.compensation_page.current()
        channel = self.w.channel_page.buttons.get(self.w.channel_page.channel() or "")
        where = channel.text() if channel else "—"
        gaps = missing_placeholders(self.w.draft_page.text(), self.w.placeholder_values())
        lines = [f"Where: {where}", f"Offer: {offer.describe() if offer else 'none'}"]
        if gaps:
            lines.append("Still to fill in: " + ", ".join("{" + g + "}" for g in gaps))
        self.summary.setText("\n".join(lines))
        self.show_email_question()

    def blocked_because(self) -> str:
        if self.w.sent is not None:
            return "This reply has been sent."
        if self.waiting_email is not None:
            return "Say first whether you sent the e-mail."
        if self.sending:
            return "Sending…"
        left = self.w.remaining()
        if left:
            return (
                f"Send unlocks in {countdown(left)}: the cool-off is still running. "
                "Use the time to read your reply once more."
            )
        problems = self.w.draft_page.problems()
        if problems:
            return " ".join(problems)
        gaps = missing_placeholders(self.w.draft_page.text(), self.w.placeholder_values())
        if gaps:
            return "Fill in " + ", ".join("{" + g + "}" for g in gaps) + " first."
        return ""

    def refresh(self) -> None:
        why = self.blocked_because()
        self.send_button.setEnabled(not why)
        self.send_button.setToolTip(why)
        self.why.setText(why)

    def send(self) -> None:
        """Store the reply, then send it off the GUI thread; the result comes back here."""
        if self.blocked_because():
            return
        w = self.w
        w.save()
        channel = w.channel_page.channel() or "public"
        text = w.final_text()
        offer = w.compensation_page.current()
        code = w.compensation_page.code if offer and needs_code(offer.kind) else None
        self.sending = True
        self.refresh()
        if channel == "email":
            self._send_email(text, offer, code)
            return
        db, comment_id = w.db, w.comment.id
        credentials, connect = w.credentials, w.connect_factory

        def work() -> SendResult:
            conn = db.connect()
            try:
                service = ReplyService(db, conn, account_connectors(db, conn, credentials, connect))
                result = service.reply(comment_id, channel, text, offer, code)
                Assessments(db, conn).discard_draft(comment_id)
                return result
            finally:
                conn.close()

        w.runner.run(work, self._sent, self._failed)

    def _send_email(self, text: str, offer: Compensation | None, code: str | None) -> None:
        """Every rule is checked (the reply claimed) before the mail program opens; the reply
        counts as sent only when the owner says they sent it."""
        w = self.w
        try:
            reply = w.service.start_email(w.comment.id, text, offer, code, w.comment.email)
        except UserFacingError as problem:
            self._failed(problem)
            return
        subject = quote(f"About your comment to {w.shop_name}")
        to = quote(reply.address or "", safe="@")
        QDesktopServices.openUrl(QUrl(f"mailto:{to}?subject={subject}&body={quote(text)}"))
        self.sending = False
        self.waiting_email = reply
        self.show_email_question()

    def show_email_question(self) -> None:
        waiting = self.waiting_email is not None
        self.email_question.setVisible(waiting)
        if waiting:
            self.result.setText(
                "Your e-mail program has the reply. Did you send it? It is recorded as sent "
                "(with its offer in the ledger) only when you say so."
            )
        self.refresh()

    def confirm_email(self, sent: bool) -> None:
        reply = self.waiting_email
        if reply is None:
            return
        try:
            confirmed = self.w.service.confirm_email(reply.id, sent)
        except UserFacingError as problem:
            self._failed(problem)
            return
        self.waiting_email = None
        self.email_question.hide()
        if sent:
            self.w.assessments.discard_draft(self.w.comment.id)
            self._sent(SendResult(confirmed), "Recorded as sent by e-mail.")
        else:
            self.result.setText("Not recorded as sent. Your reply is kept; send it when ready.")
            self.refresh()

    def _sent(self, result: SendResult, message: str | None = None) -> None:
        self.sending = False
        self.w.sent = result.reply
        self.result.setText(result.note or message or "Sent. The comment is marked as replied.")
        self.refresh()
        self.w.button(QWizard.WizardButton.CancelButton).setText("Close")

    def _failed(self, error: BaseException) -> None:
        self.sending = False
        if not isinstance(error, UserFacingError):
            raise error
        self.result.setText(f"Not sent: {error} Your reply is kept; press Send to try again.")
        self.refresh()
