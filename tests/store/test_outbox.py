from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from feedback_desk.core.cooloff import CoolOffNotStarted, CoolOffSettings, StillCoolingOff
from feedback_desk.core.model import Status
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.outbox import AlreadySent, Outbox, ReplyState
from tests.conftest import FakeClock, MakeComment


@pytest.fixture
def harsh_id(store: CommentStore, make_comment: MakeComment, triage: Triage) -> int:
    store.add_many([make_comment("You idiots burnt my bread, never again")], triage)
    return store.page(InboxFilter())[0].id


def test_cooloff_starts_once_and_never_moves(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, harsh_id: int
) -> None:
    outbox = Outbox(db, conn)
    end = outbox.start_cooloff(harsh_id, CoolOffSettings())
    assert end is not None and (end - clock.now).total_seconds() == 30 * 60
    clock.advance(minutes=10)
    assert outbox.start_cooloff(harsh_id, CoolOffSettings(harsh_minutes=5)) == end
    clock.advance(hours=-5)  # the clock runs backwards
    assert outbox.start_cooloff(harsh_id, CoolOffSettings(harsh_minutes=5)) == end
    # A fresh connection (an app restart) reads the same stored end.
    again = db.connect()
    assert Outbox(db, again).start_cooloff(harsh_id, CoolOffSettings(harsh_minutes=5)) == end
    again.close()
    assert CommentStore(db, conn).get(harsh_id).status is Status.COOLING_OFF


def test_the_outbox_refuses_a_reply_still_cooling_off(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, harsh_id: int
) -> None:
    outbox = Outbox(db, conn)
    reply = outbox.queue(harsh_id, "public", "I'm sorry about the bread.")
    with pytest.raises(CoolOffNotStarted):
        outbox.claim(reply.id)
    outbox.start_cooloff(harsh_id, CoolOffSettings())
    clock.advance(minutes=29)
    with pytest.raises(StillCoolingOff, match="1:00 left"):
        outbox.claim(reply.id)
    assert outbox.get(reply.id).state == ReplyState.QUEUED
    clock.advance(minutes=1)
    claimed, interrupted = outbox.claim(reply.id)
    assert claimed.state == ReplyState.SENDING and not interrupted


def test_sent_marks_the_comment_replied_and_can_never_be_sent_again(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, harsh_id: int
) -> None:
    outbox = Outbox(db, conn)
    outbox.start_cooloff(harsh_id, CoolOffSettings())
    clock.advance(minutes=31)
    reply = outbox.queue(harsh_id, "public", "Sorry to hear this.")
    outbox.claim(reply.id)
    sent = outbox.mark_sent(reply.id, "remote-1")
    assert sent.state == ReplyState.SENT and sent.remote_id == "remote-1"
    comment = CommentStore(db, conn).get(harsh_id)
    assert comment.status is Status.REPLIED and comment.replied_at == clock.now
    with pytest.raises(AlreadySent):
        outbox.claim(reply.id)


def test_an_interrupted_send_is_reported_on_the_next_claim(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, harsh_id: int
) -> None:
    outbox = Outbox(db, conn)
    outbox.start_cooloff(harsh_id, CoolOffSettings())
    clock.advance(hours=1)
    reply = outbox.queue(harsh_id, "public", "Sorry to hear this.")
    outbox.claim(reply.id)
    outbox.mark_uncertain(reply.id, "connection dropped")
    assert outbox.get(reply.id).state == ReplyState.UNCERTAIN
    _, interrupted = outbox.claim(reply.id)
    assert interrupted


def test_an_empty_reply_or_unknown_channel_is_refused(
    db: Database, conn: sqlite3.Connection, harsh_id: int
) -> None:
    outbox = Outbox(db, conn)
    with pytest.raises(Exception, match="empty"):
        outbox.queue(harsh_id, "public", "   ")
    with pytest.raises(Exception, match="not 'carrier pigeon'"):
        outbox.queue(harsh_id, "carrier pigeon", "hello")


def test_private_replies_follow_each_platforms_rules(
    db: Database,
    conn: sqlite3.Connection,
    clock: FakeClock,
    store: CommentStore,
    make_comment: MakeComment,
    triage: Triage,
) -> None:
    from feedback_desk.core.channels import PrivateReplyNotAllowed
    from feedback_desk.core.model import Platform

    old, fresh, google = (
        make_comment(
            "Cold coffee, rude staff",
            platform=Platform.FACEBOOK,
            created_at=clock.now - timedelta(days=8),
        ),
        make_comment(
            "Cold coffee, rude staff",
            platform=Platform.FACEBOOK,
            created_at=clock.now - timedelta(days=1),
        ),
        make_comment("Cold coffee, rude staff", platform=Platform.GOOGLE),
    )
    store.add_many([old, fresh, google], triage)
    ids = {c.external_id: c.id for c in store.comments(InboxFilter())}
    outbox = Outbox(db, conn)
    for comment_id in ids.values():
        outbox.start_cooloff(comment_id, CoolOffSettings())
    clock.advance(hours=1)
    cases = [(old, "within 7 days"), (google, "no private replies")]
    for comment, reason in cases:
        reply = outbox.queue(ids[comment.external_id], "private", "Sorry")
        with pytest.raises(PrivateReplyNotAllowed, match=reason):
            outbox.claim(reply.id)
    first = outbox.queue(ids[fresh.external_id], "private", "Sorry")
    outbox.claim(first.id)
    outbox.mark_sent(first.id, "m1")
    second = outbox.queue(ids[fresh.external_id], "private", "Sorry again")
    with pytest.raises(PrivateReplyNotAllowed, match="one private message per comment"):
        outbox.claim(second.id)


def test_a_reply_with_a_blocking_tone_flag_is_refused_on_every_path(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, harsh_id: int
) -> None:
    from feedback_desk.store.outbox import ReplyBlocked

    outbox = Outbox(db, conn)
    outbox.start_cooloff(harsh_id, CoolOffSettings())
    clock.advance(hours=1)
    for text, reason in (
        ("Here is 20% off if you remove your review.", "review"),
        ("We are NOT liars!!", "shouting"),
    ):
        reply = outbox.queue(harsh_id, "public", text)
        with pytest.raises(ReplyBlocked, match="cannot be sent as it is"):
            outbox.claim(reply.id)
        assert outbox.get(reply.id).state == ReplyState.QUEUED, reason
    calm = outbox.queue(harsh_id, "public", "I'm sorry about the bread. Please message us.")
    assert outbox.claim(calm.id)[0].state == ReplyState.SENDING
