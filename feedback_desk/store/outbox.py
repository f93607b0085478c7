"""The outbox: every reply is stored before it is sent, and its result after.

States: queued -> sending -> sent, or -> failed (kept with the reason, for a retry).
"sending" is written before the platform is called and "sent" right after, so a reply
found in "sending" after a crash may or may not have reached the platform: the sender
must ask the platform before trying again. That is how a reply is never posted twice.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..core.channels import check_private_reply
from ..core.cooloff import CoolOffSettings, check_may_send, cooloff_end
from ..core.errors import NotFound, UserFacingError
from ..core.model import Comment, Severity, Status, iso_utc, parse_iso
from ..core.tone import blocking_flags, check_tone
from .comments import CommentStore
from .database import Database


class ReplyState:
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


CHANNELS = ("public", "private", "email")


class AlreadySent(UserFacingError):
    pass


@dataclass(frozen=True)
class Reply:
    id: int
    comment_id: int
    channel: str
    text: str
    state: str
    send_key: str
    remote_id: str | None
    error: str | None
    created_at: datetime
    sent_at: datetime | None
    platform_state: str | None = None


_COLUMNS = (
    "id, comment_id, channel, text, state, send_key, remote_id, error, created_at, sent_at, "
    "platform_state"
)


def first_sent_reply_id(comment_id: str) -> str:
    """SQL for the id of the first reply actually sent to the comment whose id is the SQL
    expression `comment_id` (the one the response time is measured to)."""
    return (
        f"(SELECT id FROM replies WHERE comment_id = {comment_id} AND state = 'sent' "
        "AND sent_at IS NOT NULL ORDER BY sent_at, id LIMIT 1)"
    )


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
                self._conn.execute(
                    "INSERT OR IGNORE INTO cooloffs (comment_id, started_at, ends_at) "
                    "VALUES (?,?,?)",
                    (comment_id, iso_utc(now), iso_utc(end)),
                )
                self._conn.execute(
                    "UPDATE comments SET status = 'cooling_off' WHERE id = ? AND status = 'new'",
                    (comment_id,),
                )
        return end

    def _severity_and_end(self, comment_id: int) -> tuple[Severity, datetime | None]:
        row = self._conn.execute(
            """SELECT c.severity_rank, co.ends_at FROM comments c
               LEFT JOIN cooloffs co ON co.comment_id = c.id WHERE c.id = ?""",
            (comment_id,),
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no comment with id {comment_id}.")
        return Severity.from_rank(int(row[0])), parse_iso(row[1]) if row[1] else None

    # -- replies ----------------------------------------------------------------------------

    def queue(self, comment_id: int, channel: str, text: str) -> Reply:
        if channel not in CHANNELS:
            raise UserFacingError(
                f"A reply goes out in public, in private or by e-mail, not {channel!r}."
            )
        if not text.strip():
            raise UserFacingError("The reply is empty.")
        now = iso_utc(self._db.clock())
        with self._db.transaction(self._conn):
            self._severity_and_end(comment_id)  # the comment must exist
            cursor = self._conn.execute(
                """INSERT INTO replies (comment_id, channel, text, state, send_key, created_at,
                       updated_at) VALUES (?,?,?,?,?,?,?)""",
                (comment_id, channel, text, ReplyState.QUEUED, uuid.uuid4().hex, now, now),
            )
        return self.get(int(cursor.lastrowid or 0))

    def get(self, reply_id: int) -> Reply:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM replies WHERE id = ?", (reply_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no reply with id {reply_id}.")
        return _reply(row)

    def for_comment(self, comment_id: int) -> list[Reply]:
        """Every reply written to one comment, oldest first, whatever became of it."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM replies WHERE comment_id = ? ORDER BY id", (comment_id,)
        )
        return [_reply(row) for row in rows]

    def claim(self, reply_id: int) -> tuple[Reply, bool]:
        """Mark the reply as being sent. Returns it and whether an earlier attempt may
        already have reached the platform (it was left in "sending")."""
        now = self._db.clock()
        with self._db.transaction(self._conn):
            reply = self.get(reply_id)
            if reply.state == ReplyState.SENT:
                raise AlreadySent("This reply has already been sent.")
            severity, ends = self._severity_and_end(reply.comment_id)
            check_may_send(ends, severity, now)  # the rule, whichever way we got here
            comment = CommentStore(self._db, self._conn).get(reply.comment_id)
            check_reply_text(self._conn, comment, reply)
            if reply.channel == "private":
                sent_before = self._conn.execute(
                    "SELECT count(*) FROM replies WHERE comment_id = ? AND channel = 'private' "
                    "AND state = ? AND id != ?",
                    (reply.comment_id, ReplyState.SENT, reply_id),
                ).fetchone()[0]
                check_private_reply(comment, now, bool(sent_before))
            interrupted = reply.state == ReplyState.SENDING
            self._conn.execute(
                "UPDATE replies SET state = ?, error = NULL, updated_at = ? WHERE id = ?",
                (ReplyState.SENDING, iso_utc(now), reply_id),
            )
        return self.get(reply_id), interrupted

    def mark_sent(
        self,
        reply_id: int,
        remote_id: str | None,
        also: Callable[[sqlite3.Connection], object] | None = None,
    ) -> Reply:
        """Record the reply as sent; `also` (e.g. writing its discount to the ledger) runs in
        the same transaction, so the two are stored together or not at all."""
        now = iso_utc(self._db.clock())
        with self._db.transaction(self._conn):
            reply = self.get(reply_id)
            if also is not None:
                also(self._conn)
            self._conn.execute(
                "UPDATE replies SET state = ?, remote_id = ?, sent_at = ?, updated_at = ? "
                "WHERE id = ?",
                (ReplyState.SENT, remote_id, now, now, reply_id),
            )
            old = self._conn.execute(
                "SELECT status FROM comments WHERE id = ?", (reply.comment_id,)
            ).fetchone()[0]
            self._conn.execute(
                "UPDATE comments SET status = ?, replied_at = coalesce(replied_at, ?) WHERE id = ?",
                (Status.REPLIED.value, now, reply.comment_id),
            )
            if old != Status.REPLIED.value:
                self._conn.execute(
                    "INSERT INTO status_changes (comment_id, old_status, new_status, changed_at)"
                    " VALUES (?,?,?,?)",
                    (reply.comment_id, old, Status.REPLIED.value, now),
                )
        return self.get(reply_id)

    def set_platform_state(self, reply_id: int, state: str | None) -> None:
        """What the platform says of the sent reply (Google: pending, approved, rejected)."""
        with self._db.transaction(self._conn):
            self._conn.execute(
                "UPDATE replies SET platform_state = ? WHERE id = ?", (state, reply_id)
            )

    def mark_uncertain(self, reply_id: int, reason: str) -> Reply:
        """The call broke off without an answer: it may or may not have arrived. Stay in
        "sending", so the next attempt asks the platform before posting again."""
        now = iso_utc(self._db.clock())
        with self._db.transaction(self._conn):
            self._conn.execute(
                "UPDATE replies SET error = ?, updated_at = ? WHERE id = ?",
                (reason[:500], now, reply_id),
            )
        return self.get(reply_id)

    def mark_failed(self, reply_id: int, reason: str) -> Reply:
        now = iso_utc(self._db.clock())
        with self._db.transaction(self._conn):
            self._conn.execute(
                "UPDATE replies SET state = ?, error = ?, updated_at = ? WHERE id = ?",
                (ReplyState.FAILED, reason[:500], now, reply_id),
            )
        return self.get(reply_id)


class ReplyBlocked(UserFacingError):
    """The reply says something that must change before it can go out."""


def check_reply_text(conn: sqlite3.Connection, comment: Comment, reply: Reply) -> None:
    """The tone check's blocking flags stop a reply on every path, not only in the wizard."""
    validity = conn.execute(
        "SELECT validity FROM assessments WHERE comment_id = ?", (comment.id,)
    ).fetchone()
    offer = conn.execute(
        "SELECT compensation_json FROM reply_drafts WHERE comment_id = ?", (comment.id,)
    ).fetchone()
    kind = json.loads(offer[0]).get("kind") if offer and offer[0] else None
    flags = blocking_flags(
        check_tone(
            reply.text,
            comment_text=comment.text,
            channel=reply.channel,
            complaint_valid=validity[0] if validity else None,
            compensation_offered=kind not in (None, "none", "apology"),
        )
    )
    if flags:
        raise ReplyBlocked(
            "This reply cannot be sent as it is: " + " ".join(f.reason for f in flags)
        )


def _reply(row: tuple[Any, ...]) -> Reply:
    rid, cid, channel, text, state, key, remote, error, created, sent, platform_state = row
    return Reply(
        int(rid),
        int(cid),
        str(channel),
        str(text),
        str(state),
        str(key),
        remote,
        error,
        parse_iso(created),
        parse_iso(sent) if sent else None,
        platform_state,
    )
