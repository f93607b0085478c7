"""The outbox: every reply is stored before it is sent, and its result after.

States (core.replies.ReplyState): queued -> sending -> sent; -> uncertain when the call
broke off without a clear answer (it may have arrived); -> failed when it certainly did not.
"sending" is written, with who is sending, in the same transaction that checks every rule;
so a reply found "sending" by a process that is gone, or "uncertain", may or may not have
reached the platform, and the sender must ask the platform before trying again. That is how
a reply is never posted twice. A reply carries its own offer: the ledger line is written
from it in the transaction that marks the reply sent.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..core.channels import check_private_reply
from ..core.compensation import Compensation, CompensationKind, gives_something
from ..core.cooloff import CoolOffSettings, check_may_send, cooloff_end
from ..core.errors import NotFound, UserFacingError
from ..core.model import OPEN_STATUSES, Comment, OwnReply, Severity, Status, iso_utc, parse_iso
from ..core.redaction import redact
from ..core.replies import Channel, ReplyState
from ..core.texts import translate
from .claims import held_by_another_live_process, this_process
from .comments import CommentStore, change_status
from .database import Database

__all__ = ["AlreadySent", "BeingSent", "Outbox", "Reply", "ReplyState", "UnsettledReply"]

# How long a claim by a live process holds. A send is over long before this (every call
# has a deadline); past it, a claim left by a process that hangs is taken over, after
# asking the platform.
CLAIM_LEASE = timedelta(minutes=10)


class AlreadySent(UserFacingError):
    pass


class BeingSent(UserFacingError):
    """Another window or command is sending this comment's reply right now."""


class AgainInPublic(UserFacingError):
    """A second public reply in one conversation needs the owner's conscious choice."""


class UnsettledReply(UserFacingError):
    """An earlier reply to the comment may have arrived: ask the platform first."""

    def __init__(self, message: str, reply_id: int) -> None:
        super().__init__(message)
        self.reply_id = reply_id


@dataclass(frozen=True)
class Reply:
    id: int
    comment_id: int
    channel: Channel
    text: str
    state: ReplyState
    send_key: str
    remote_id: str | None
    error: str | None
    created_at: datetime
    sent_at: datetime | None
    platform_state: str | None = None
    offer: Compensation | None = None
    offer_code: str | None = None
    address: str | None = None
    claimed_by: str | None = None
    second_public: bool = False


_COLUMNS = (
    "id, comment_id, channel, text, state, send_key, remote_id, error, created_at, sent_at, "
    "platform_state, offer_json, offer_code, address, claimed_by, second_public"
)


def first_sent_reply_id(comment_id: str) -> str:
    """SQL for the id of the first reply actually sent to the comment whose id is the SQL
    expression `comment_id` (the one the response time is measured to)."""
    return (
        f"(SELECT id FROM replies WHERE comment_id = {comment_id} AND state = 'sent' "
        "AND sent_at IS NOT NULL ORDER BY sent_at, id LIMIT 1)"
    )


# -- who is sending ---------------------------------------------------------------------------

_sending_here: set[int] = set()  # replies this process has claimed and not yet settled
_sending_lock = threading.Lock()


def _claim_is_live(
    claimed_by: str | None, claimed_at: str | None, reply_id: int, now: datetime
) -> bool:
    """Is someone sending this reply right now? Our own claims are live while this process
    is sending; another process's while it runs on this computer and its lease holds."""
    if not claimed_by or not claimed_at:
        return False
    if now - parse_iso(claimed_at) > CLAIM_LEASE:
        return False
    if claimed_by == this_process():
        with _sending_lock:
            return reply_id in _sending_here
    return held_by_another_live_process(claimed_by)


def _settled_here(reply_id: int) -> None:
    with _sending_lock:
        _sending_here.discard(reply_id)


class Outbox:
    def __init__(self, db: Database, conn: sqlite3.Connection) -> None:
        self._db = db
        self._conn = conn

    # -- cool-off ---------------------------------------------------------------------------

    def start_cooloff(self, comment_id: int, settings: CoolOffSettings) -> datetime | None:
        """Start the wait the first time a comment is opened; afterwards return the stored
        end unchanged, whatever the settings or the clock say now."""
        now = self._db.clock()
        with self._db.transaction(self._conn):
            severity, stored = self._severity_and_end(comment_id)
            end = cooloff_end(stored, severity, now, settings)
            if end is not None and stored is None:
                self._begin_pause(comment_id, now, end)
        return end

    def _begin_pause(self, comment_id: int, now: datetime, end: datetime) -> None:
        """Store the pause's end (once: it never moves earlier) and mark the comment as
        cooling off, in the caller's transaction."""
        self._conn.execute(
            "INSERT OR IGNORE INTO cooloffs (comment_id, started_at, ends_at) VALUES (?,?,?)",
            (comment_id, iso_utc(now), iso_utc(end)),
        )
        change_status(
            self._conn, comment_id, Status.COOLING_OFF, iso_utc(now), only_from=(Status.NEW,)
        )

    def cooloff_ends(self, comment_id: int) -> datetime | None:
        return self._severity_and_end(comment_id)[1]

    def _severity_and_end(self, comment_id: int) -> tuple[Severity, datetime | None]:
        row = self._conn.execute(
            """SELECT c.severity_rank, co.ends_at FROM comments c
               LEFT JOIN cooloffs co ON co.comment_id = c.id WHERE c.id = ?""",
            (comment_id,),
        ).fetchone()
        if row is None:
            raise NotFound(
                translate("Comments", "There is no comment with id {id}.").format(id=comment_id)
            )
        return Severity.from_rank(int(row[0])), parse_iso(row[1]) if row[1] else None

    # -- replies ----------------------------------------------------------------------------

    def queue(
        self,
        comment_id: int,
        channel: str,
        text: str,
        offer: Compensation | None = None,
        code: str | None = None,
        address: str | None = None,
        *,
        claim: bool = False,
        again_in_public: bool = False,
    ) -> Reply:
        """Store a reply to be sent, with the offer it makes. Refused while an earlier reply
        to the comment may have arrived (UnsettledReply): the platform is asked first. With
        `claim`, it is claimed in the same transaction (see `claim`): a reply that breaks a
        rule is refused without leaving anything behind. `again_in_public` records the
        owner's conscious choice to answer in public where they already have."""
        chosen = Channel.parse(channel)
        if not text.strip():
            raise UserFacingError(translate("Outbox", "The reply is empty."))
        if offer is not None and offer.kind is CompensationKind.NONE:
            offer = None
        if offer is None and code is not None:
            raise UserFacingError(
                translate("Outbox", "A code goes with an offer; there is no offer.")
            )
        now = iso_utc(self._db.clock())
        with self._db.transaction(self._conn):
            self._severity_and_end(comment_id)  # the comment must exist
            self._refuse_if_unsettled(comment_id, None)
            if offer is not None:
                from .discounts import DiscountLedger

                offer = offer.validate(self._db.clock().astimezone().date())
                code = DiscountLedger(self._db, self._conn).choose_code(offer.kind, code)
            cursor = self._conn.execute(
                """INSERT INTO replies (comment_id, channel, text, state, send_key, created_at,
                       updated_at, offer_json, offer_code, address, second_public)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    comment_id,
                    chosen.value,
                    text,
                    ReplyState.QUEUED.value,
                    uuid.uuid4().hex,
                    now,
                    now,
                    None if offer is None else json.dumps(offer.to_json()),
                    code,
                    address,
                    int(again_in_public),
                ),
            )
            reply_id = int(cursor.lastrowid or 0)
            if claim:
                self._claim(reply_id, self._db.clock())
        return self.get(reply_id)

    def get(self, reply_id: int) -> Reply:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM replies WHERE id = ?", (reply_id,)
        ).fetchone()
        if row is None:
            raise NotFound(
                translate("Outbox", "There is no reply with id {id}.").format(id=reply_id)
            )
        return _reply(row)

    def for_comment(self, comment_id: int) -> list[Reply]:
        """Every reply written to one comment, oldest first, whatever became of it."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM replies WHERE comment_id = ? ORDER BY id", (comment_id,)
        )
        return [_reply(row) for row in rows]

    def unsettled(self, comment_id: int) -> list[Reply]:
        """Replies to the comment that may have reached the platform, nobody knows yet."""
        return [r for r in self.for_comment(comment_id) if r.state.unsettled]

    def retry_candidate(self, comment_id: int, channel: str, text: str) -> Reply | None:
        """The reply to send again when the owner retries the same words: it keeps its send
        key. Only a reply that certainly did not arrive (queued or failed) qualifies."""
        row = self._conn.execute(
            "SELECT id FROM replies WHERE comment_id = ? AND state IN ('queued','failed') "
            "AND channel = ? AND text = ? ORDER BY id DESC LIMIT 1",
            (comment_id, channel, text),
        ).fetchone()
        return None if row is None else self.get(int(row[0]))

    def private_sent(self, comment_id: int) -> bool:
        """Has a private message already gone to this comment's writer?"""
        return bool(
            self._conn.execute(
                "SELECT count(*) FROM replies WHERE comment_id = ? AND channel = 'private' "
                "AND state = 'sent'",
                (comment_id,),
            ).fetchone()[0]
        )

    def claim(self, reply_id: int) -> tuple[Reply, bool]:
        """Mark the reply as being sent by this process, checking every rule in the same
        transaction. Returns it and whether an earlier attempt may already have reached the
        platform (it was left "sending" by a process that is gone, or "uncertain"). Exactly
        one of several processes claiming at once becomes the sender; the others get
        BeingSent."""
        now = self._db.clock()
        with self._db.transaction(self._conn):
            interrupted = self._claim(reply_id, now)
        return self.get(reply_id), interrupted

    def _claim(self, reply_id: int, now: datetime) -> bool:
        row = self._conn.execute(
            "SELECT claimed_at FROM replies WHERE id = ?", (reply_id,)
        ).fetchone()
        reply = self.get(reply_id)
        if reply.state is ReplyState.SENT:
            raise AlreadySent(translate("Outbox", "This reply has already been sent."))
        if reply.state is ReplyState.SENDING and _claim_is_live(
            reply.claimed_by, row[0], reply_id, now
        ):
            raise BeingSent(
                translate(
                    "Outbox",
                    "This reply is being sent right now by another Feedback Desk window or "
                    "command. Wait for it to finish.",
                )
            )
        self._refuse_if_unsettled(reply.comment_id, reply_id)
        severity, ends = self._severity_and_end(reply.comment_id)
        check_may_send(ends, severity, now)  # the rule, whichever way we got here
        comment = CommentStore(self._db, self._conn).get(reply.comment_id)
        check_reply_text(self._conn, comment, reply)
        if reply.channel is Channel.PRIVATE:
            sent_before = self._conn.execute(
                "SELECT count(*) FROM replies WHERE comment_id = ? AND channel = 'private' "
                "AND state = 'sent' AND id != ?",
                (reply.comment_id, reply_id),
            ).fetchone()[0]
            check_private_reply(comment, now, bool(sent_before))
        if reply.channel is Channel.PUBLIC and not reply.second_public:
            from .threads import public_reply_in_thread

            if public_reply_in_thread(self._conn, reply.comment_id):
                raise AgainInPublic(
                    translate(
                        "Outbox",
                        "You have already answered in public in this conversation. Another "
                        "public reply invites a back-and-forth: take it private, or end it "
                        "politely — and if you do mean to answer in public again, say so.",
                    )
                )
        self._conn.execute(
            "UPDATE replies SET state = 'sending', claimed_by = ?, claimed_at = ?, "
            "updated_at = ? WHERE id = ?",
            (this_process(), iso_utc(now), iso_utc(now), reply_id),
        )
        with _sending_lock:
            _sending_here.add(reply_id)
        return reply.state.unsettled

    def _refuse_if_unsettled(self, comment_id: int, besides: int | None) -> None:
        row = self._conn.execute(
            "SELECT id, claimed_by, claimed_at, state FROM replies WHERE comment_id = ? "
            "AND state IN ('sending','uncertain') AND id IS NOT ? ORDER BY id LIMIT 1",
            (comment_id, besides),
        ).fetchone()
        if row is None:
            return
        if row[3] == "sending" and _claim_is_live(row[1], row[2], int(row[0]), self._db.clock()):
            raise BeingSent(
                translate(
                    "Outbox",
                    "A reply to this comment is being sent right now by another Feedback Desk "
                    "window or command. Wait for it to finish.",
                )
            )
        raise UnsettledReply(
            translate(
                "Outbox",
                "An earlier reply to this comment may already have arrived; the platform must "
                "be asked before another one is sent.",
            ),
            int(row[0]),
        )

    def mark_sent(self, reply_id: int, remote_id: str | None, source: str = "app") -> Reply:
        """Record the reply as sent and its offer in the discount ledger, in one transaction:
        both are stored, or neither. `source` "platform": the owner posted it there."""
        from .discounts import DiscountLedger

        now = iso_utc(self._db.clock())
        with self._db.transaction(self._conn):
            reply = self.get(reply_id)
            if reply.state is ReplyState.SENT:
                _settled_here(reply_id)
                return reply
            if reply.offer is not None and reply.offer.kind is not CompensationKind.NONE:
                DiscountLedger(self._db, self._conn).record(
                    reply.comment_id, reply.offer, reply.offer_code
                )
            self._conn.execute(
                "UPDATE replies SET state = 'sent', remote_id = ?, sent_at = ?, updated_at = ?, "
                "error = NULL, claimed_by = NULL, claimed_at = NULL, source = ? WHERE id = ?",
                (remote_id, now, now, source, reply_id),
            )
            self._conn.execute(
                "UPDATE comments SET replied_at = coalesce(replied_at, ?) WHERE id = ?",
                (now, reply.comment_id),
            )
            change_status(self._conn, reply.comment_id, Status.REPLIED, now)
        _settled_here(reply_id)
        return self.get(reply_id)

    def mark_posted_by_owner(self, reply_id: int) -> Reply:
        """The owner posted this reply on the platform's own page (Feedback Desk could not):
        sent, like any other, and marked as made on the platform."""
        return self.mark_sent(reply_id, None, source="platform")

    def set_platform_state(self, reply_id: int, state: str | None) -> None:
        """What the platform says of the sent reply (Google: pending, approved, rejected)."""
        with self._db.transaction(self._conn):
            self._conn.execute(
                "UPDATE replies SET platform_state = ? WHERE id = ?", (state, reply_id)
            )

    def mark_uncertain(self, reply_id: int, reason: str) -> Reply:
        """The call broke off without a clear answer: it may or may not have arrived. The next
        attempt, from any window or command, asks the platform before posting again."""
        return self._settle(reply_id, ReplyState.UNCERTAIN, reason)

    def mark_failed(self, reply_id: int, reason: str) -> Reply:
        """It certainly did not arrive; kept with the reason, for another try."""
        return self._settle(reply_id, ReplyState.FAILED, reason)

    def _settle(self, reply_id: int, state: ReplyState, reason: str) -> Reply:
        now = iso_utc(self._db.clock())
        with self._db.transaction(self._conn):
            self._conn.execute(
                "UPDATE replies SET state = ?, error = ?, updated_at = ?, claimed_by = NULL, "
                "claimed_at = NULL WHERE id = ? AND state != 'sent'",
                (state.value, redact(reason)[:500], now, reply_id),  # no token quoted
            )
        _settled_here(reply_id)
        return self.get(reply_id)

    # -- replies made on the platform itself --------------------------------------------------

    def record_platform_replies(self, replies: Sequence[OwnReply]) -> list[OwnReply]:
        """Replies the shop made in the platform's own tools, read on sync: each is kept as a
        sent public reply ("made on the platform") and its comment counts as answered. The
        app's own replies, seen again, are recognised and not doubled. Returns those whose
        comment is not stored (yet)."""
        unmatched: list[OwnReply] = []
        if not replies:
            return unmatched
        with self._db.transaction(self._conn):
            for own in replies:
                row = self._conn.execute(
                    "SELECT id FROM comments WHERE platform = ? AND external_id = ?",
                    (own.platform.value, own.answers_external_id),
                ).fetchone()
                if row is None:
                    unmatched.append(own)
                    continue
                self._record_platform_reply(int(row[0]), own)
        return unmatched

    def _record_platform_reply(self, comment_id: int, own: OwnReply) -> None:
        text = own.text.strip()
        when = iso_utc(own.created_at)
        known = self._conn.execute(
            "SELECT id, source, text FROM replies WHERE comment_id = ? AND remote_id = ?",
            (comment_id, own.external_id),
        ).fetchone()
        if known is not None:
            if known[1] == "platform" and known[2] != text:  # edited in the platform's tools
                self._conn.execute(
                    "UPDATE replies SET text = ?, updated_at = ? WHERE id = ?",
                    (text, when, known[0]),
                )
            return
        for (sent_text,) in self._conn.execute(
            "SELECT text FROM replies WHERE comment_id = ? AND source = 'app' "
            "AND state IN ('sent','sending','uncertain')",
            (comment_id,),
        ):
            if _same_words(sent_text, text):
                return  # our own reply, as the platform shows it
        self._conn.execute(
            """INSERT INTO replies (comment_id, channel, text, state, send_key, remote_id,
                   created_at, updated_at, sent_at, source)
               VALUES (?, 'public', ?, 'sent', ?, ?, ?, ?, ?, 'platform')""",
            (
                comment_id,
                text,
                f"platform:{own.platform.value}:{own.external_id}",
                own.external_id,
                when,
                when,
                when,
            ),
        )
        self._conn.execute(
            "UPDATE comments SET replied_at = min(coalesce(replied_at, ?), ?) WHERE id = ?",
            (when, when, comment_id),
        )
        change_status(
            self._conn,
            comment_id,
            Status.REPLIED,
            when,
            only_from=sorted(OPEN_STATUSES),  # answered on the platform: done, if still open
        )

    # -- the owner's judgement of how bad a comment is -----------------------------------------

    def set_severity(
        self, comment_id: int, severity: Severity, settings: CoolOffSettings
    ) -> datetime | None:
        """The owner corrects how bad a comment is; re-scoring and edits never undo it. A
        complaint now gets its pause (a running one is lengthened, never shortened); praise
        and questions need none, so a running pause ends. Returns the pause's end."""
        now = self._db.clock()
        with self._db.transaction(self._conn):
            _, stored = self._severity_and_end(comment_id)
            self._conn.execute(
                "UPDATE comments SET severity_rank = ?, owner_severity_rank = ?, "
                "first_severity_rank = ? WHERE id = ?",
                (severity.rank, severity.rank, severity.rank, comment_id),
            )
            minutes = settings.minutes_for(severity)
            end = stored
            if minutes is None:
                if stored is not None and stored > now:
                    end = now
                    self._conn.execute(
                        "UPDATE cooloffs SET ends_at = ? WHERE comment_id = ?",
                        (iso_utc(now), comment_id),
                    )
                change_status(
                    self._conn,
                    comment_id,
                    Status.NEW,
                    iso_utc(now),
                    only_from=(Status.COOLING_OFF,),
                )
            elif stored is None:
                end = now + timedelta(minutes=minutes)
                self._begin_pause(comment_id, now, end)
            elif stored > now:
                started = parse_iso(
                    self._conn.execute(
                        "SELECT started_at FROM cooloffs WHERE comment_id = ?", (comment_id,)
                    ).fetchone()[0]
                )
                longer = started + timedelta(minutes=minutes)
                if longer > stored:
                    end = longer
                    self._conn.execute(
                        "UPDATE cooloffs SET ends_at = ? WHERE comment_id = ?",
                        (iso_utc(longer), comment_id),
                    )
        return end


def _same_words(a: str, b: str) -> bool:
    """The same reply as two places show it: case, spacing and leading @mentions aside."""

    def plain(text: str) -> str:
        words = text.split()
        while words and words[0].startswith("@"):
            words.pop(0)
        return " ".join(words).casefold()

    return plain(a) == plain(b)


class ReplyBlocked(UserFacingError):
    """The reply says something that must change before it can go out."""


def check_reply_text(conn: sqlite3.Connection, comment: Comment, reply: Reply) -> None:
    """The tone check's blocking flags stop a reply on every path, not only in the wizard."""
    from ..core.tone import blocking_flags, check_tone  # its phrase lists load on first use

    validity = conn.execute(
        "SELECT validity FROM assessments WHERE comment_id = ?", (comment.id,)
    ).fetchone()
    flags = blocking_flags(
        check_tone(
            reply.text,
            comment_text=comment.text,
            channel=reply.channel.value,
            complaint_valid=validity[0] if validity else None,
            compensation_offered=reply.offer is not None and gives_something(reply.offer.kind),
            offer_code=reply.offer_code,
        )
    )
    if flags:
        raise ReplyBlocked(
            translate("Outbox", "This reply cannot be sent as it is: {reasons}").format(
                reasons=" ".join(f.reason for f in flags)
            )
        )


def _reply(row: tuple[Any, ...]) -> Reply:
    (rid, cid, channel, text, state, key, remote, error, created, sent, platform_state,
     offer, code, address, claimed_by, second_public) = row  # fmt: skip
    return Reply(
        int(rid),
        int(cid),
        Channel(channel),
        str(text),
        ReplyState(state),
        str(key),
        remote,
        error,
        parse_iso(created),
        parse_iso(sent) if sent else None,
        platform_state,
        Compensation.from_json(json.loads(offer)) if offer else None,
        code,
        address,
        claimed_by,
        bool(second_public),
    )
