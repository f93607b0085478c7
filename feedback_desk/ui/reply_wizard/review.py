"""`reviewPage`: the whole reply as it will go out, read once more, then sent."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget, QWizard

from ...core.compensation import Compensation
from ...core.errors import DeliveryUnknown, MalformedPayload, UserFacingError
from ...core.replies import Channel
from ...core.saved_replies import missing_placeholders
from ...sources.outbox import ReplyService, SendResult, account_connectors
from ...store.assessments import Assessments
from ...store.outbox import Reply
from ..formatting import plain_label
from ..tasks import on_own_connection
from .base import Field, WizardPage, countdown

if TYPE_CHECKING:
    from .wizard import ReplyWizard


class ReviewPage(WizardPage):
    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            QCoreApplication.translate("ReviewPage", "Read it once more, then send"),
            QCoreApplication.translate(
                "ReviewPage", "Read it as the customer will, and as everyone else will."
            ),
        )
        self.text = QPlainTextEdit()
        self.text.setObjectName("reviewText")
        self.text.setAccessibleName(self.tr("Your reply, as it will be sent"))
        self.text.setReadOnly(True)
        self.layout_.addWidget(self.text, 1)
        self.summary = plain_label(name="reviewSummary")
        self.layout_.addWidget(self.summary)
        row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Send"))
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
        did = QPushButton(self.tr("I sent it"))
        did.setObjectName("emailSentButton")
        did.clicked.connect(lambda: self.confirm_email(True))
        didnt = QPushButton(self.tr("I didn't send it"))
        didnt.setObjectName("emailNotSentButton")
        didnt.clicked.connect(lambda: self.confirm_email(False))
        self.did, self.didnt = did, didnt
        asked.addWidget(did)
        asked.addWidget(didnt)
        asked.addStretch(1)
        self.email_question.hide()
        self.layout_.addWidget(self.email_question)
        self.sending = False

    def initializePage(self) -> None:
        self.w.save()
        self.text.setPlainText(self.w.final_text())
        offer = self.w.offer()
        channel = self.w.channel()
        address = self.w.email_address()
        where = {
            "public": self.tr("Where: Public reply"),
            "private": self.tr("Where: Private message"),
            "email": self.tr("Where: E-mail to {address}").format(address=address)
            if address
            else self.tr("Where: E-mail to the address you enter in your mail program"),
        }.get(channel or "", self.tr("Where: —"))
        gaps = missing_placeholders(self.w.draft_text(), self.w.placeholder_values())
        code = self.w.offer_code()
        if offer and code:
            said = self.tr("Offer: {offer} (code {code})").format(offer=offer.describe(), code=code)
        elif offer:
            said = self.tr("Offer: {offer}").format(offer=offer.describe())
        else:
            said = self.tr("Offer: none")
        lines = [where, said]
        if code and code.lower() not in self.w.final_text().lower():
            lines.append(
                self.tr("The reply does not give the code, so the customer cannot use the offer.")
                if channel != "public"
                else self.tr(
                    "The code is not in this public reply; give it to the customer privately."
                )
            )
        if gaps:
            lines.append(
                self.tr("Still to fill in: {gaps}").format(
                    gaps=", ".join("{" + g + "}" for g in gaps)
                )
            )
        if self.by_hand():
            lines[0] = self.tr("Where: in public on {platform}, posted by you").format(
                platform=self.w.comment.platform.label
            )
        self.summary.setText("\n".join(lines))
        self.send_button.setText(
            self.tr("Copy the reply and open the page") if self.by_hand() else self.tr("Send")
        )
        self.show_email_question()

    def by_hand(self) -> bool:
        """A public reply Feedback Desk cannot post: the owner pastes it on the page."""
        return self.w.comment.account is None and (self.w.channel() or "public") == "public"

    def blocked_because(self) -> str:
        if self.w.sent is not None:
            return self.tr("This reply has been sent.")
        if self.w.waiting_email is not None:
            if self.w.waiting_email.channel is not Channel.EMAIL:
                return self.tr("Say first whether you posted the reply.")
            return self.tr("Say first whether you sent the e-mail.")
        if self.sending:
            return self.tr("Sending…")
        left = self.w.remaining()
        if left:
            return self.tr(
                "Send unlocks in {time}: the cool-off is still running. "
                "Use the time to read your reply once more."
            ).format(time=countdown(left))
        problems = self.field(Field.DRAFT_PROBLEMS)
        if problems:
            return str(problems)
        gaps = missing_placeholders(self.w.draft_text(), self.w.placeholder_values())
        if gaps:
            return self.tr("Fill in {gaps} first.").format(
                gaps=", ".join("{" + g + "}" for g in gaps)
            )
        return ""

    def refresh(self) -> None:
        why = self.blocked_because()
        self.send_button.setEnabled(not why)
        self.send_button.setToolTip(why)
        self.why.setText("" if self.w.sent is not None else why)  # the result says it
        self.why.setVisible(bool(self.why.text()))

    def send(self) -> None:
        """Store the reply, then send it off the GUI thread; the result comes back here."""
        if self.blocked_because():
            return
        w = self.w
        w.save()
        channel = w.channel() or "public"
        text = w.final_text()
        offer = w.offer()
        code = w.offer_code()
        again = w.again_in_public()
        self.sending = True
        self.refresh()
        if channel == "email":
            self._send_email(text, offer, code)
            return
        if self.by_hand():
            self._post_by_hand(text, offer, code)
            return
        db, comment_id = w.db, w.comment.id
        credentials, connect = w.credentials, w.connect_factory

        def work() -> SendResult:
            conn = db.connect()
            try:
                service = ReplyService(db, conn, account_connectors(db, conn, credentials, connect))
                result = service.reply(
                    comment_id, channel, text, offer, code, again_in_public=again
                )
                Assessments(db, conn).discard_draft(comment_id)
                return result
            finally:
                conn.close()

        # On the wizard's queue: after the draft save above, so that save cannot bring back
        # the draft this discards.
        w.writes.run(work, self._sent, self._failed)

    def _send_email(self, text: str, offer: Compensation | None, code: str | None) -> None:
        """Every rule is checked (the reply claimed) before the mail program opens; the reply
        counts as sent only when the owner says they sent it."""
        w = self.w
        db, comment_id, address = w.db, w.comment.id, w.email_address()
        w.writes.run(
            on_own_connection(
                db,
                lambda conn: ReplyService(db, conn).start_email(
                    comment_id, text, offer, code, address=address
                ),
            ),
            lambda reply: self._email_started(reply, text),
            self._failed,
        )

    def _email_started(self, reply: Reply, text: str) -> None:
        w = self.w
        subject = quote(self.tr("About your comment to {shop}").format(shop=w.shop_name))
        to = quote(reply.address or "", safe="@")
        QDesktopServices.openUrl(QUrl(f"mailto:{to}?subject={subject}&body={quote(text)}"))
        self.sending = False
        w.waiting_email = reply
        self.show_email_question()

    def _post_by_hand(self, text: str, offer: Compensation | None, code: str | None) -> None:
        """Every rule is checked (the reply claimed) before the reply is copied and the page
        opened; it counts as a public reply made on the platform once the owner says so."""
        w = self.w
        db, comment_id = w.db, w.comment.id
        w.writes.run(
            on_own_connection(
                db, lambda conn: ReplyService(db, conn).start_by_hand(comment_id, text, offer, code)
            ),
            lambda reply: self._copied(reply, text),
            self._failed,
        )

    def _copied(self, reply: Reply, text: str) -> None:
        w = self.w
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)
        if w.comment.url:
            QDesktopServices.openUrl(QUrl(w.comment.url))
        self.sending = False
        w.waiting_email = reply
        self.show_email_question()

    def show_email_question(self) -> None:
        waiting = self.w.waiting_email
        self.email_question.setVisible(waiting is not None)
        if waiting is not None and waiting.channel is not Channel.EMAIL:
            label = self.w.comment.platform.label
            self.did.setText(self.tr("I posted it on {platform}").format(platform=label))
            self.didnt.setText(self.tr("I didn't post it"))
            self.result.setText(
                (
                    self.tr(
                        "Your reply is copied. {platform}'s page is open in your browser: paste "
                        "it as your answer there. Did you post it? It is recorded as your "
                        "public reply (with its offer in the ledger) only when you say so."
                    )
                    if self.w.comment.url
                    else self.tr(
                        "Your reply is copied. Open the comment on {platform}: paste it as "
                        "your answer there. Did you post it? It is recorded as your public "
                        "reply (with its offer in the ledger) only when you say so."
                    )
                ).format(platform=label)
            )
        elif waiting is not None:
            self.did.setText(self.tr("I sent it"))
            self.didnt.setText(self.tr("I didn't send it"))
            self.result.setText(
                self.tr(
                    "Your e-mail program has the reply. Did you send it? It is recorded as "
                    "sent (with its offer in the ledger) only when you say so."
                )
            )
        self.refresh()

    def confirm_email(self, sent: bool) -> None:
        reply = self.w.waiting_email
        if reply is None or self.sending:
            return
        db, comment_id = self.w.db, self.w.comment.id

        def work(conn: sqlite3.Connection) -> Reply:
            confirmed = ReplyService(db, conn).confirm_by_hand(reply.id, sent)
            if sent:
                Assessments(db, conn).discard_draft(comment_id)
            return confirmed

        self.sending = True  # the answer is being written: the buttons wait
        self.email_question.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.email_question.setEnabled(True)
            self._failed(error)

        self.w.writes.run(
            on_own_connection(db, work), lambda confirmed: self._confirmed(confirmed, sent), failed
        )

    def _confirmed(self, confirmed: Reply, sent: bool) -> None:
        self.sending = False
        self.email_question.setEnabled(True)
        self.w.waiting_email = None
        self.email_question.hide()
        email = confirmed.channel is Channel.EMAIL
        if sent:
            self._sent(
                SendResult(confirmed),
                self.tr("Recorded as sent by e-mail.")
                if email
                else self.tr("Recorded as your public reply on {platform}.").format(
                    platform=self.w.comment.platform.label
                ),
            )
        else:
            self.result.setText(
                self.tr("Not recorded as sent. Your reply is kept; send it when ready.")
            )
            self.refresh()

    def _sent(self, result: SendResult, message: str | None = None) -> None:
        self.sending = False
        self.w.sent = result.reply
        self.result.setText(
            result.note or message or self.tr("Sent. The comment is marked as replied.")
        )
        self.refresh()
        self.w.button(QWizard.WizardButton.CancelButton).setText(self.tr("Close"))
        self.w.lock_after_sending()

    def _failed(self, error: BaseException) -> None:
        self.sending = False
        if not isinstance(error, UserFacingError):
            raise error
        if isinstance(error, DeliveryUnknown | MalformedPayload):
            # It may be on the platform already: say so, and that a retry asks first.
            self.result.setText(
                self.tr(
                    "Not confirmed: {error} Press Send again when you like: Feedback Desk asks "
                    "first, and never posts it twice."
                ).format(error=error)
            )
        else:
            self.result.setText(
                self.tr("Not sent: {error} Your reply is kept; press Send to try again.").format(
                    error=error
                )
            )
        self.refresh()
