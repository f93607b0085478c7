"""The outbox's rules at their edges: the private-message window to the second, a comment the
platform closed to private messages, and a reply's offer written to the ledger exactly once,
when (and only when) the reply is sent."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from feedback_desk.core.channels import PrivateReplyNotAllowed
from feedback_desk.core.compensation import Compensation, CompensationKind
from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.model import Platform
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.discounts import DiscountLedger
from feedback_desk.store.outbox import Outbox, ReplyState
from tests.conftest import FakeClock, MakeComment

TEXT = "Sorry about the cold coffee, that is not how we want it to be."


def add(store: CommentStore, triage: Triage, *comments: object) -> list[int]:
    store.add_many(list(comments), triage)  # type: ignore[arg-type]
    by_external = {c.external_id: c.id for c in store.comments(InboxFilter())}
    return [by_external[c.external_id] for c in comments]  # type: ignore[attr-defined]


def cooled(outbox: Outbox, clock: FakeClock, *ids: int) -> None:
    """The cool-off started and over, so only the rule under test can refuse."""
    for comment_id in ids:
        outbox.start_cooloff(comment_id, CoolOffSettings())
    clock.advance(hours=1)


def test_a_private_message_may_go_at_exactly_seven_days_and_not_a_second_later(
    db: Database,
    conn: sqlite3.Connection,
    clock: FakeClock,
    store: CommentStore,
    make_comment: MakeComment,
    triage: Triage,
) -> None:
    outbox = Outbox(db, conn)
    # Written 7 days less an hour before the clock's "now"; the cool-off takes that hour.
    written = clock.now - timedelta(days=7) + timedelta(hours=1)
    on_time, late = add(
        store,
        triage,
        make_comment("Cold coffee, rude staff", platform=Platform.FACEBOOK, created_at=written),
        make_comment(
            "Cold coffee, rude staff",
            platform=Platform.INSTAGRAM,
            created_at=written - timedelta(seconds=1),
        ),
    )
    cooled(outbox, clock, on_time, late)
    assert clock.now - written == timedelta(days=7)
    reply = outbox.queue(on_time, "private", TEXT)
    claimed, _ = outbox.claim(reply.id)
    assert claimed.state is ReplyState.SENDING
    too_late = outbox.queue(late, "private", TEXT)
    with pytest.raises(PrivateReplyNotAllowed, match="within 7 days"):
        outbox.claim(too_late.id)
    assert outbox.get(too_late.id).state is ReplyState.QUEUED


def test_a_comment_the_platform_closed_to_private_messages_gets_none(
    db: Database,
    conn: sqlite3.Connection,
    clock: FakeClock,
    store: CommentStore,
    make_comment: MakeComment,
    triage: Triage,
) -> None:
    closed_comment = replace(
        make_comment("Cold coffee, rude staff", platform=Platform.FACEBOOK),
        can_reply_privately=False,
    )
    open_comment = make_comment("Cold coffee, rude staff", platform=Platform.FACEBOOK)
    closed, open_ = add(store, triage, closed_comment, open_comment)
    assert store.get(closed).can_reply_privately is False
    outbox = Outbox(db, conn)
    cooled(outbox, clock, closed, open_)
    refused = outbox.queue(closed, "private", TEXT)
    with pytest.raises(PrivateReplyNotAllowed, match="cannot be answered privately"):
        outbox.claim(refused.id)
    assert outbox.get(refused.id).state is ReplyState.QUEUED
    # In public it may go; and a comment the platform did not close may get its message.
    public = outbox.queue(closed, "public", TEXT)
    assert outbox.claim(public.id)[0].state is ReplyState.SENDING
    allowed = outbox.queue(open_, "private", TEXT)
    assert outbox.claim(allowed.id)[0].state is ReplyState.SENDING


def test_a_replys_offer_goes_into_the_ledger_once_when_it_is_sent(
    db: Database,
    conn: sqlite3.Connection,
    clock: FakeClock,
    store: CommentStore,
    make_comment: MakeComment,
    triage: Triage,
) -> None:
    (comment_id,) = add(store, triage, make_comment("Cold coffee, rude staff"))
    outbox = Outbox(db, conn)
    ledger = DiscountLedger(db, conn)
    cooled(outbox, clock, comment_id)
    offer = Compensation(CompensationKind.PERCENT, Decimal("15"))
    reply = outbox.queue(comment_id, "public", TEXT + " Here is 15% off.", offer)
    assert reply.offer_code is not None  # chosen when queued...
    assert ledger.for_comment(comment_id) == []  # ...but nothing offered until it is sent
    outbox.claim(reply.id)
    outbox.mark_uncertain(reply.id, "connection dropped")
    assert ledger.for_comment(comment_id) == []
    outbox.claim(reply.id)
    outbox.mark_sent(reply.id, "remote-1")
    (line,) = ledger.for_comment(comment_id)
    assert (line.kind, line.value, line.code) == (
        CompensationKind.PERCENT,
        Decimal("15"),
        reply.offer_code,
    )
    # Marked sent again (the platform confirms it, another window retries): still one line.
    outbox.mark_sent(reply.id, "remote-1")
    outbox.mark_posted_by_owner(reply.id)
    assert [d.id for d in ledger.for_comment(comment_id)] == [line.id]
    assert len(ledger.list()) == 1


def test_a_reply_without_an_offer_or_with_no_compensation_writes_no_ledger_line(
    db: Database,
    conn: sqlite3.Connection,
    clock: FakeClock,
    store: CommentStore,
    make_comment: MakeComment,
    triage: Triage,
) -> None:
    first, second = add(
        store,
        triage,
        make_comment("Cold coffee, rude staff"),
        make_comment("Cold tea, rude staff"),
    )
    outbox = Outbox(db, conn)
    cooled(outbox, clock, first, second)
    for comment_id, offer in ((first, None), (second, Compensation.none())):
        reply = outbox.queue(comment_id, "public", TEXT, offer)
        assert reply.offer is None and reply.offer_code is None
        outbox.claim(reply.id)
        outbox.mark_sent(reply.id, f"remote-{comment_id}")
    assert DiscountLedger(db, conn).list() == []
