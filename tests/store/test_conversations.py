"""Conversations, replies made on the platform, edits kept, and the owner's own severity."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, timedelta

import pytest

from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.model import NewComment, OwnReply, Platform, Severity, Status
from feedback_desk.core.report import build_report
from feedback_desk.sources.sync import _conversations
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.outbox import AgainInPublic, Outbox
from feedback_desk.store.report_data import ReportFilter, load_complaints
from feedback_desk.store.threads import earlier_versions, parent_of, stars_up_after_reply, thread
from tests.conftest import NOW, FakeClock, MakeComment, TaggedTriage

FB = Platform.FACEBOOK


def _answer(make_comment: MakeComment, text: str, to: str, hours_after: float) -> NewComment:
    return dataclasses.replace(
        make_comment(text, platform=FB, author="Sam Harsh"),
        reply_to_external_id=to,
        created_at=NOW + timedelta(hours=hours_after),
    )


@pytest.fixture
def complaint(
    db: Database, conn: sqlite3.Connection, store: CommentStore, make_comment: MakeComment,
    tagged_triage: TaggedTriage, clock: FakeClock,
) -> int:  # fmt: skip
    """A negative Facebook comment, answered in public from the app an hour later."""
    first = dataclasses.replace(
        make_comment("[negative] The cake was stale.", platform=FB, external_id="c1",
                     author="Sam Harsh"),
        created_at=NOW - timedelta(hours=2),
    )  # fmt: skip
    store.store_fetched([first], tagged_triage, account_id=None)  # type: ignore[arg-type]
    cid = int(conn.execute("SELECT id FROM comments WHERE external_id = 'c1'").fetchone()[0])
    outbox = Outbox(db, conn)
    outbox.start_cooloff(cid, CoolOffSettings())
    clock.advance(hours=1)
    reply = outbox.queue(cid, "public", "Sam, I'm sorry about the cake.", claim=True)
    outbox.mark_sent(reply.id, "r1")
    return cid


def test_an_answer_to_the_owner_joins_the_complaints_conversation_in_order(
    db: Database, conn: sqlite3.Connection, store: CommentStore, make_comment: MakeComment,
    tagged_triage: TaggedTriage, complaint: int,
) -> None:  # fmt: skip
    # Facebook files answers under the top-level comment; Mastodon answers the shop's status.
    under = _answer(make_comment, "Thanks for nothing.", "c1", 2)
    to_reply = _answer(make_comment, "Still waiting for a refund.", "r1", 3)
    store.store_fetched([under, to_reply], tagged_triage, account_id=None)  # type: ignore[arg-type]
    ids = {e: int(i) for e, i in conn.execute("SELECT external_id, id FROM comments")}
    assert parent_of(conn, ids[under.external_id]) == complaint
    assert parent_of(conn, ids[to_reply.external_id]) == complaint
    assert parent_of(conn, complaint) is None
    for member in (complaint, ids[under.external_id], ids[to_reply.external_id]):
        entries = thread(conn, member, "Corner Bakery")
        assert [(e.kind, e.author, e.source) for e in entries] == [
            ("comment", "Sam Harsh", "platform"),
            ("reply", "Corner Bakery", "app"),
            ("comment", "Sam Harsh", "platform"),
            ("comment", "Sam Harsh", "platform"),
        ]
    assert CommentStore(db, conn).get(ids[to_reply.external_id]).to_json()["parent_id"] == complaint


def test_a_polite_or_sarcastic_answer_in_a_complaints_conversation_is_a_complaint(
    db: Database, conn: sqlite3.Connection, store: CommentStore, make_comment: MakeComment,
    tagged_triage: TaggedTriage, complaint: int,
) -> None:  # fmt: skip
    sarcastic = _answer(make_comment, "[positive] Oh great, thanks a lot.", "r1", 2)
    store.store_fetched([sarcastic], tagged_triage, account_id=None)  # type: ignore[arg-type]
    _conversations(db, conn, [sarcastic])
    answer = CommentStore(db, conn).get(
        int(conn.execute("SELECT id FROM comments WHERE external_id = ?",
                         (sarcastic.external_id,)).fetchone()[0])
    )  # fmt: skip
    assert answer.severity is Severity.NEGATIVE
    assert answer.status is Status.NEW  # its own pause starts when the owner opens it
    assert Outbox(db, conn).start_cooloff(answer.id, CoolOffSettings()) is not None


def test_a_reply_made_on_the_platform_counts_and_is_not_doubled(
    db: Database, conn: sqlite3.Connection, store: CommentStore, make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:  # fmt: skip
    review = dataclasses.replace(
        make_comment("[negative] Rude staff.", platform=Platform.GOOGLE, external_id="rev1"),
        created_at=NOW - timedelta(days=1),
    )
    store.store_fetched([review], tagged_triage, account_id=None)  # type: ignore[arg-type]
    cid = int(conn.execute("SELECT id FROM comments WHERE external_id = 'rev1'").fetchone()[0])
    answered = NOW - timedelta(hours=20)
    own = OwnReply(
        Platform.GOOGLE, "rev1/reply", "rev1", "Sorry, we'll talk to the team.", answered
    )
    outbox = Outbox(db, conn)
    assert outbox.record_platform_replies([own]) == []
    assert outbox.record_platform_replies([own]) == []  # the next sync sees it again
    comment = CommentStore(db, conn).get(cid)
    assert comment.status is Status.REPLIED and comment.replied_at == answered
    [reply] = outbox.for_comment(cid)
    assert (reply.state, reply.remote_id, reply.text) == ("sent", "rev1/reply", own.text)
    assert [e.source for e in thread(conn, cid) if e.kind == "reply"] == ["platform"]
    edited = dataclasses.replace(own, text="Sorry, we have talked to the team.")
    outbox.record_platform_replies([edited])  # changed in Google's own tools
    assert [r.text for r in outbox.for_comment(cid)] == [edited.text]
    unknown = OwnReply(Platform.GOOGLE, "x/reply", "not-stored", "Hi", answered)
    assert outbox.record_platform_replies([unknown]) == [unknown]


def test_the_apps_own_reply_seen_on_the_platform_is_not_counted_twice(
    db: Database, conn: sqlite3.Connection, complaint: int
) -> None:
    outbox = Outbox(db, conn)
    # Mastodon shows it with the @mention the app put in front, under its own id.
    seen = OwnReply(FB, "other-id", "c1", "@sam  Sam, I'm sorry about the cake.", NOW)
    outbox.record_platform_replies([seen])
    assert len(outbox.for_comment(complaint)) == 1


def test_an_edited_review_keeps_its_earlier_version_and_the_report_counts_what_came_in(
    db: Database, conn: sqlite3.Connection, store: CommentStore, make_comment: MakeComment,
    tagged_triage: TaggedTriage, clock: FakeClock,
) -> None:  # fmt: skip
    review = dataclasses.replace(
        make_comment("[harsh] Awful. One star.", platform=Platform.GOOGLE, external_id="rev",
                     rating=1),
        created_at=NOW - timedelta(hours=3),
    )  # fmt: skip
    store.store_fetched([review], tagged_triage, account_id=None)  # type: ignore[arg-type]
    clock.advance(days=2)
    better = dataclasses.replace(review, text="[positive] They made it right.", rating=4)
    store.store_fetched([better], tagged_triage, account_id=None)  # type: ignore[arg-type]
    cid = int(conn.execute("SELECT id FROM comments WHERE external_id = 'rev'").fetchone()[0])
    comment = CommentStore(db, conn).get(cid)
    assert (comment.rating, comment.severity) == (4, Severity.POSITIVE)
    assert conn.execute(
        "SELECT text, rating FROM comment_versions WHERE comment_id = ?", (cid,)
    ).fetchall() == [("[harsh] Awful. One star.", 1)]
    facts = load_complaints(conn, ReportFilter(date(2026, 4, 1), date(2026, 5, 31)))
    assert [(f.id, f.severity) for f in facts] == [(cid, Severity.HARSH)]


def test_the_owners_severity_survives_rescoring_and_starts_or_ends_the_pause(
    db: Database, conn: sqlite3.Connection, store: CommentStore, make_comment: MakeComment,
    tagged_triage: TaggedTriage, clock: FakeClock,
) -> None:  # fmt: skip
    quiet = make_comment("[neutral] Delivery was two hours late.", platform=FB, external_id="q")
    store.store_fetched([quiet], tagged_triage, account_id=None)  # type: ignore[arg-type]
    cid = int(conn.execute("SELECT id FROM comments WHERE external_id = 'q'").fetchone()[0])
    outbox, settings = Outbox(db, conn), CoolOffSettings()
    end = outbox.set_severity(cid, Severity.NEGATIVE, settings)
    assert end == NOW + timedelta(minutes=15)
    assert CommentStore(db, conn).get(cid).status is Status.COOLING_OFF
    clock.advance(minutes=5)
    assert outbox.set_severity(cid, Severity.HARSH, settings) == NOW + timedelta(minutes=30)
    assert outbox.set_severity(cid, Severity.NEGATIVE, settings) == NOW + timedelta(minutes=30)
    edited = dataclasses.replace(quiet, text="[positive] Delivery was late, fine now.")
    store.store_fetched([edited], tagged_triage, account_id=None)  # type: ignore[arg-type]
    kept = CommentStore(db, conn).get(cid)
    assert kept.severity is Severity.NEGATIVE and kept.severity_set_by_owner
    assert outbox.set_severity(cid, Severity.POSITIVE, settings) == clock.now  # praise: no wait
    assert CommentStore(db, conn).get(cid).status is Status.NEW


def test_a_second_public_reply_in_a_conversation_needs_a_conscious_choice(
    db: Database, conn: sqlite3.Connection, store: CommentStore, make_comment: MakeComment,
    tagged_triage: TaggedTriage, complaint: int,
) -> None:  # fmt: skip
    answer = _answer(make_comment, "[negative] Thanks for nothing.", "r1", 2)
    store.store_fetched([answer], tagged_triage, account_id=None)  # type: ignore[arg-type]
    aid = int(conn.execute("SELECT id FROM comments WHERE external_id = ?",
                           (answer.external_id,)).fetchone()[0])  # fmt: skip
    outbox = Outbox(db, conn)
    outbox.start_cooloff(aid, CoolOffSettings())
    conn.execute(
        "UPDATE cooloffs SET ends_at = '2000-01-01T00:00:00Z' WHERE comment_id = ?", (aid,)
    )
    with pytest.raises(AgainInPublic):
        outbox.queue(aid, "public", "Sam, as I said, sorry.", claim=True)
    assert outbox.for_comment(aid) == []  # refused: nothing left behind
    private = outbox.queue(aid, "private", "Sam, let's sort this out here.", claim=True)
    assert private.state == "sending"
    outbox.mark_failed(private.id, "test")
    again = outbox.queue(aid, "public", "Sam, sorry again.", claim=True, again_in_public=True)
    assert again.second_public  # the choice is recorded with the reply


def test_stars_that_went_up_after_the_reply_are_noticed(
    db: Database, conn: sqlite3.Connection, store: CommentStore, make_comment: MakeComment,
    tagged_triage: TaggedTriage, clock: FakeClock,
) -> None:  # fmt: skip
    review = dataclasses.replace(
        make_comment("[harsh] Awful.", platform=Platform.GOOGLE, external_id="g", rating=1),
        created_at=NOW - timedelta(hours=3),
    )
    store.store_fetched([review], tagged_triage, account_id=None)  # type: ignore[arg-type]
    cid = int(conn.execute("SELECT id FROM comments WHERE external_id = 'g'").fetchone()[0])
    clock.advance(hours=1)
    store.store_fetched([dataclasses.replace(review, rating=2)], tagged_triage, account_id=None)  # type: ignore[arg-type]
    assert stars_up_after_reply(conn, cid) is None  # no reply yet: not our doing
    outbox = Outbox(db, conn)
    outbox.start_cooloff(cid, CoolOffSettings())
    clock.advance(hours=1)
    outbox.mark_sent(outbox.queue(cid, "public", "I'm so sorry.", claim=True).id, "g")
    clock.advance(days=1)
    store.store_fetched([dataclasses.replace(review, rating=4)], tagged_triage, account_id=None)  # type: ignore[arg-type]
    assert stars_up_after_reply(conn, cid) == (2, 4)
    assert [v.rating for v in earlier_versions(conn, cid)] == [1, 2]


def test_the_report_counts_conversations_answered_in_public_again(
    db: Database, conn: sqlite3.Connection, store: CommentStore, make_comment: MakeComment,
    tagged_triage: TaggedTriage, complaint: int,
) -> None:  # fmt: skip
    answer = _answer(make_comment, "[negative] Thanks for nothing.", "r1", 2)
    store.store_fetched([answer], tagged_triage, account_id=None)  # type: ignore[arg-type]
    aid = int(conn.execute("SELECT id FROM comments WHERE external_id = ?",
                           (answer.external_id,)).fetchone()[0])  # fmt: skip
    outbox = Outbox(db, conn)
    outbox.start_cooloff(aid, CoolOffSettings())
    conn.execute(
        "UPDATE cooloffs SET ends_at = '2000-01-01T00:00:00Z' WHERE comment_id = ?", (aid,)
    )
    again = outbox.queue(aid, "public", "Sam, sorry again.", claim=True, again_in_public=True)
    outbox.mark_sent(again.id, "r2")
    facts = load_complaints(conn, ReportFilter(date(2026, 4, 1), date(2026, 5, 31)))
    assert {f.id: f.public_again for f in facts} == {complaint: False, aid: True}
    report = build_report(facts, start=date(2026, 4, 1), end=date(2026, 5, 31), now=NOW)
    assert report.public_again == 1
