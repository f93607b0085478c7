"""Sending what the outbox holds, so that a reply reaches the platform exactly once."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from ..core.errors import AlreadyReplied, MalformedPayload, Offline, PlatformProblem
from ..store import Database
from ..store.comments import CommentStore
from ..store.outbox import Outbox, Reply
from .base import Connector

log = logging.getLogger(__name__)


def send(
    db: Database,
    conn: sqlite3.Connection,
    reply_id: int,
    replier: Connector,
    also: Callable[[sqlite3.Connection], object] | None = None,
) -> Reply:
    """Send one stored reply. The cool-off rule is checked in the same transaction that
    marks the reply as sending; a reply that may already have arrived is looked for first."""
    outbox = Outbox(db, conn)
    reply, interrupted = outbox.claim(reply_id)
    comment = CommentStore(db, conn).get(reply.comment_id)
    if interrupted:
        found = replier.find_reply(comment, reply.channel, reply.text, reply.send_key)
        if found is not None:
            log.info("reply %s had already arrived before the interruption", reply_id)
            return outbox.mark_sent(reply_id, found, also)
    try:
        remote_id = replier.send_reply(comment, reply.channel, reply.text, reply.send_key)
    except AlreadyReplied as problem:
        if interrupted:  # our own first attempt did arrive; the platform just said so
            return outbox.mark_sent(reply_id, None, also)
        outbox.mark_failed(reply_id, str(problem))
        raise
    except (Offline, MalformedPayload) as problem:
        # No clear answer: it may have arrived. Stay "sending"; the next try asks first.
        outbox.mark_uncertain(reply_id, str(problem))
        raise
    except PlatformProblem as problem:
        outbox.mark_failed(reply_id, str(problem))
        raise
    sent = outbox.mark_sent(reply_id, remote_id, also)
    if isinstance(replier, ModeratedReplies) and remote_id:
        try:
            outbox.set_platform_state(reply_id, replier.reply_state(remote_id))
        except PlatformProblem as problem:  # the reply is out; its state can be read later
            log.info("could not read the state of reply %s: %s", reply_id, problem)
        return outbox.get(reply_id)
    return sent


@runtime_checkable
class ModeratedReplies(Protocol):
    """Platforms that review a reply before showing it (Google reviews)."""

    def reply_state(self, remote_id: str) -> str | None: ...
