"""The one way a reply goes out: the window's wizard, the command line and the demo all send
through `ReplyService`. It stores the reply with its offer, claims it (every rule checked in
one transaction, exactly one sender), asks the platform first whenever an earlier attempt
may have arrived, sends, and records the result with the offer's ledger line.

E-mail goes through the owner's own mail program, so "asking the platform" means asking the
owner: an e-mail reply is claimed (the same rules) before the mail program opens, and is
recorded as sent only when the owner confirms they sent it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..core.compensation import Compensation, CompensationKind
from ..core.errors import (
    AlreadyReplied,
    DeliveryUnknown,
    MalformedPayload,
    PlatformProblem,
    UserFacingError,
)
from ..core.model import Comment
from ..core.replies import Channel, ReplyState
from ..core.texts import QT_TRANSLATE_NOOP, translate
from ..store import Database
from ..store.comments import CommentStore
from ..store.outbox import Outbox, Reply, UnsettledReply
from .base import Connector

if TYPE_CHECKING:
    from .sync import ConnectorFactory

log = logging.getLogger(__name__)

# Finds the connector that posts replies to a comment (its account's, signed in).
ConnectorFor = Callable[[Comment], Connector]


@dataclass(frozen=True)
class SendResult:
    reply: Reply  # the reply that is now on the platform (or waiting for the owner's word)
    note: str | None = None  # something the owner should know ("your earlier reply had...")


class ReplyService:
    """Queue, claim, send, record: the whole reply path, on one connection."""

    def __init__(
        self, db: Database, conn: sqlite3.Connection, connector_for: ConnectorFor | None = None
    ) -> None:
        self._db = db
        self._conn = conn
        self._connector_for = connector_for
        self.outbox = Outbox(db, conn)

    # -- platform replies -------------------------------------------------------------------

    def reply(
        self,
        comment_id: int,
        channel: Channel | str,
        text: str,
        offer: Compensation | None = None,
        code: str | None = None,
        *,
        again_in_public: bool = False,
    ) -> SendResult:
        """Send `text` to the comment on its platform. Any earlier reply that may have
        arrived is asked about first: if it did arrive, nothing new is sent and the result
        says so; if it did not, it is marked as not sent and this one goes out."""
        chosen = Channel.parse(channel)
        if chosen is Channel.EMAIL:
            raise UserFacingError(
                "An e-mail reply goes through start_email and confirm_email."  # a caller's bug
            )
        guessed: int | None = None  # an earlier message the platform could not tell about
        for earlier in self.outbox.unsettled(comment_id):
            if (earlier.channel, earlier.text) == (chosen, text) and _same_offer(
                earlier, offer, code
            ):
                return SendResult(self.send(earlier.id))  # the same words: ask, then post once
            settled, certain = self._settle(earlier.id)
            if settled.state is ReplyState.SENT:
                return SendResult(settled, _earlier_arrived(self._comment(comment_id), settled))
            if not certain:
                guessed = settled.id
        claimed = self._claimed(comment_id, chosen, text, offer, code, None, again_in_public)
        sent = self._send(*claimed, guessed=guessed)
        if sent.id != claimed[0].id:  # the platform said the earlier message had arrived
            return SendResult(sent, _earlier_arrived(self._comment(comment_id), sent))
        return SendResult(sent)

    def _claimed(
        self,
        comment_id: int,
        channel: Channel,
        text: str,
        offer: Compensation | None,
        code: str | None,
        address: str | None = None,
        again_in_public: bool = False,
    ) -> tuple[Reply, bool]:
        """The reply stored and claimed, every rule checked: the same words sent again reuse
        the reply that did not go out (it keeps its send key); new words are a new reply."""
        earlier = self.outbox.retry_candidate(comment_id, channel, text)
        if (
            earlier is not None
            and _same_offer(earlier, offer, code)
            and earlier.address == address
            and earlier.second_public == again_in_public
        ):
            return self.outbox.claim(earlier.id)
        queued = self.outbox.queue(
            comment_id,
            channel,
            text,
            offer,
            code,
            address,
            claim=True,
            again_in_public=again_in_public,
        )
        return queued, False

    def send(self, reply_id: int) -> Reply:
        """Send one stored reply. The rules are checked in the transaction that claims it; a
        reply that may already have arrived is looked for first."""
        return self._send(*self.outbox.claim(reply_id))

    def _send(self, reply: Reply, interrupted: bool, guessed: int | None = None) -> Reply:
        reply_id = reply.id
        if reply.channel is Channel.EMAIL:
            self.outbox.mark_uncertain(reply_id, _email_waiting())
            raise UserFacingError(
                translate(
                    "Outbox",
                    "This is an e-mail reply: say whether you sent it from your mail program.",
                )
            )
        posting = False
        try:
            comment = self._comment(reply.comment_id)
            replier = self._connector(comment)
            if interrupted:
                found = replier.find_reply(comment, reply.channel, reply.text, reply.send_key)
                if found is not None:
                    log.info("reply %s had already arrived before the interruption", reply_id)
                    return self.outbox.mark_sent(reply_id, found)
            posting = True
            return self._post(reply, comment, replier, interrupted, guessed)
        except BaseException as problem:
            if self.outbox.get(reply_id).state is ReplyState.SENDING:
                # Still ours and unsettled: before posting, it did not arrive (unless an
                # earlier attempt may have); once posting began, nobody knows.
                if posting or interrupted:
                    self.outbox.mark_uncertain(
                        reply_id,
                        translate("Outbox", "Sending stopped: {problem}").format(problem=problem),
                    )
                else:
                    self.outbox.mark_failed(reply_id, str(problem))
            raise

    def _post(
        self,
        reply: Reply,
        comment: Comment,
        replier: Connector,
        interrupted: bool,
        guessed: int | None = None,
    ) -> Reply:
        try:
            remote_id = replier.send_reply(comment, reply.channel, reply.text, reply.send_key)
        except AlreadyReplied as problem:
            if interrupted:  # our own first attempt did arrive; the platform just said so
                return self.outbox.mark_sent(reply.id, None)
            if guessed is not None:
                # The earlier message the platform could not tell about did arrive: it
                # keeps one per comment and has just refused this one.
                self.outbox.mark_failed(
                    reply.id, translate("Outbox", "Not sent: your earlier message had arrived.")
                )
                return self.outbox.mark_sent(guessed, None)
            self.outbox.mark_failed(reply.id, str(problem))
            raise
        except (DeliveryUnknown, MalformedPayload) as problem:
            # No clear answer: it may have arrived. The next try asks first.
            self.outbox.mark_uncertain(reply.id, str(problem))
            raise
        except PlatformProblem as problem:  # refused, or a connection that never opened
            self.outbox.mark_failed(reply.id, str(problem))
            raise
        sent = self.outbox.mark_sent(reply.id, remote_id)
        if isinstance(replier, ModeratedReplies) and remote_id:
            try:
                self.outbox.set_platform_state(reply.id, replier.reply_state(remote_id))
            except PlatformProblem as problem:  # the reply is out; its state can be read later
                log.info("could not read the state of reply %s: %s", reply.id, problem)
            return self.outbox.get(reply.id)
        return sent

    def settle(self, reply_id: int) -> Reply:
        """Ask the platform about a reply that may have arrived: mark it sent if it did,
        not sent if it did not. Nothing is posted."""
        return self._settle(reply_id)[0]

    def _settle(self, reply_id: int) -> tuple[Reply, bool]:
        """`settle`, and whether the platform's answer is certain. Facebook and Instagram
        cannot list private messages: one not found there may still have arrived. They
        keep one per comment, so the next message sent tells (`_post`'s `guessed`)."""
        reply = self.outbox.get(reply_id)
        if not reply.state.unsettled:
            return reply, True
        if reply.channel is Channel.EMAIL:
            raise UnsettledReply(
                translate(
                    "Outbox",
                    "You have not said yet whether you sent the earlier e-mail reply to this "
                    "comment. Confirm it first (Send again shows the question).",
                ),
                reply_id,
            )
        reply, _ = self.outbox.claim(reply_id)
        try:
            comment = self._comment(reply.comment_id)
            replier = self._connector(comment)
            found = replier.find_reply(comment, reply.channel, reply.text, reply.send_key)
        except BaseException as problem:
            self.outbox.mark_uncertain(
                reply_id,
                translate("Outbox", "Could not ask the platform: {problem}").format(
                    problem=problem
                ),
            )
            raise
        if found is not None:
            return self.outbox.mark_sent(reply_id, found), True
        if reply.channel in getattr(replier, "unlisted_channels", frozenset()):
            failed = self.outbox.mark_failed(
                reply_id,
                translate(
                    "Outbox",
                    "{platform} cannot say whether this private message arrived; it keeps one "
                    "per comment, so the next one sent will tell.",
                ).format(platform=comment.platform.label),
            )
            return failed, False
        failed = self.outbox.mark_failed(
            reply_id,
            translate("Outbox", "It never reached {platform}; it was not sent.").format(
                platform=comment.platform.label
            ),
        )
        return failed, True

    # -- e-mail -----------------------------------------------------------------------------

    def start_email(
        self,
        comment_id: int,
        text: str,
        offer: Compensation | None = None,
        code: str | None = None,
        address: str | None = None,
    ) -> Reply:
        """Check every rule and claim the e-mail reply; only then may the mail program open.
        It stays unconfirmed until `confirm_email`."""
        for earlier in self.outbox.unsettled(comment_id):
            if earlier.channel is Channel.EMAIL:
                # The owner is sending again after not confirming: that e-mail is replaced.
                self.outbox.mark_failed(
                    earlier.id, translate("Outbox", "Replaced by a new e-mail.")
                )
            else:
                settled = self.settle(earlier.id)
                if settled.state is ReplyState.SENT:
                    raise UserFacingError(_earlier_arrived(self._comment(comment_id), settled))
        reply, _ = self._claimed(comment_id, Channel.EMAIL, text, offer, code, address)
        return self.outbox.mark_uncertain(reply.id, _email_waiting())

    def confirm_email(self, reply_id: int, sent: bool) -> Reply:
        """The owner says whether the e-mail went out: sent (with its offer in the ledger),
        or not sent (kept, with nothing in the ledger)."""
        reply = self.outbox.get(reply_id)
        if reply.channel is not Channel.EMAIL:
            raise UserFacingError(translate("Outbox", "Only an e-mail reply is confirmed by hand."))
        if not sent:
            return self.outbox.mark_failed(
                reply_id, translate("Outbox", "You did not send the e-mail.")
            )
        return self.outbox.mark_sent(reply_id, None)

    # -- posted by the owner on the platform's page ------------------------------------------

    def start_by_hand(
        self,
        comment_id: int,
        text: str,
        offer: Compensation | None = None,
        code: str | None = None,
    ) -> Reply:
        """A public reply Feedback Desk cannot post (an imported comment: a platform it does
        not connect to, or no account): every rule is checked and the reply claimed before
        it is copied for the owner to paste on the page; it counts once they say it is up."""
        comment = self._comment(comment_id)
        if comment.account is not None:
            raise UserFacingError(
                translate("Outbox", "Send this reply to {platform} directly.").format(
                    platform=comment.platform.label
                )
            )
        for earlier in self.outbox.unsettled(comment_id):
            if earlier.channel is Channel.EMAIL:
                self.settle(earlier.id)  # the owner is asked about that e-mail first
            else:  # an earlier copy the owner did not confirm: this one replaces it
                self.outbox.mark_failed(earlier.id, translate("Outbox", "Replaced by a new reply."))
        reply, _ = self._claimed(comment_id, Channel.PUBLIC, text, offer, code)
        return self.outbox.mark_uncertain(reply.id, translate("Outbox", BY_HAND_WAITING))

    def confirm_by_hand(self, reply_id: int, posted: bool) -> Reply:
        """The owner says whether they posted the copied reply: it is recorded as a public
        reply made by the owner on the platform (with its offer in the ledger), or kept."""
        reply = self.outbox.get(reply_id)
        if reply.channel is Channel.EMAIL:
            return self.confirm_email(reply_id, posted)
        if self._comment(reply.comment_id).account is not None:
            raise UserFacingError(
                translate("Outbox", "Only a reply you post yourself is confirmed by hand.")
            )
        if not posted:
            return self.outbox.mark_failed(reply_id, translate("Outbox", "You did not post it."))
        return self.outbox.mark_posted_by_owner(reply_id)

    def waiting_by_hand(self, comment_id: int) -> Reply | None:
        """A copied public reply the owner has not said they posted yet."""
        if self._comment(comment_id).account is not None:
            return None
        return next(
            (r for r in self.outbox.unsettled(comment_id) if r.channel is Channel.PUBLIC), None
        )

    def waiting_email(self, comment_id: int) -> Reply | None:
        """An e-mail reply the owner has not confirmed yet."""
        return next(
            (r for r in self.outbox.unsettled(comment_id) if r.channel is Channel.EMAIL), None
        )

    # -- helpers ----------------------------------------------------------------------------

    def _comment(self, comment_id: int) -> Comment:
        return CommentStore(self._db, self._conn).get(comment_id)

    def _connector(self, comment: Comment) -> Connector:
        if self._connector_for is None:
            raise _imported()
        return self._connector_for(comment)


BY_HAND_WAITING = QT_TRANSLATE_NOOP("Outbox", "Waiting for you to say whether you posted it.")


def _email_waiting() -> str:
    return translate("Outbox", "Waiting for you to say whether you sent it.")


def _imported() -> UserFacingError:
    return UserFacingError(
        translate(
            "Outbox",
            "This comment came from an imported file, so Feedback Desk cannot post on the "
            "platform: answer there yourself, or by e-mail.",
        )
    )


class Credentials(Protocol):
    def load(self, account: str) -> dict[str, str]: ...


def account_connectors(
    db: Database,
    conn: sqlite3.Connection,
    credentials: Credentials,
    connect: ConnectorFactory | None = None,
) -> ConnectorFor:
    """Connectors for comments' own accounts, signed in with the keyring's secret."""

    def for_comment(comment: Comment) -> Connector:
        from ..store.accounts import AccountStore
        from .registry import connector_for

        if comment.account is None:
            raise _imported()
        account = AccountStore(db, conn).get(comment.account)
        secret = credentials.load(account.name)
        if connect is not None:
            return connect(account, secret)
        return connector_for(account, secret, clock=db.clock)

    return for_comment


def _same_offer(reply: Reply, offer: Compensation | None, code: str | None) -> bool:
    def meaningful(o: Compensation | None) -> Compensation | None:
        return None if o is None or o.kind is CompensationKind.NONE else o

    return meaningful(reply.offer) == meaningful(offer) and reply.offer_code == code


def _earlier_arrived(comment: Comment, earlier: Reply) -> str:
    return translate(
        "Outbox",
        "Your earlier reply had reached {platform} after all, so the new one was not sent (the "
        "customer would have seen both). What they see: “{text}”",
    ).format(platform=comment.platform.label, text=earlier.text)


def send(db: Database, conn: sqlite3.Connection, reply_id: int, replier: Connector) -> Reply:
    """Send one stored reply through `replier` (the service, for callers holding a connector)."""
    return ReplyService(db, conn, lambda _comment: replier).send(reply_id)


@runtime_checkable
class ModeratedReplies(Protocol):
    """Platforms that review a reply before showing it (Google reviews)."""

    def reply_state(self, remote_id: str) -> str | None: ...
