"""Replies reach the platform exactly once, whatever happens in between."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from feedback_desk.core.cooloff import CoolOffSettings, StillCoolingOff
from feedback_desk.core.errors import Offline
from feedback_desk.core.model import Platform, Status
from feedback_desk.core.triage import Triage
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.http import PlatformHttp, Policy
from feedback_desk.sources.mastodon import MastodonConnector
from feedback_desk.sources.outbox import send
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import Database, open_database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.outbox import Outbox, ReplyState
from tests.fakes import FakeFacebook, FakeMastodon
from tests.kill import app_killed


def facebook(server: FakeFacebook, attempts: int = 4) -> FacebookConnector:
    http = PlatformHttp(
        "Facebook",
        "Shop page",
        sleep=lambda s: None,
        clock=server.clock,
        policy=Policy(attempts=attempts),
    )
    return FacebookConnector(http, server.page_id, server.token, server.base_url)


def mastodon(server: FakeMastodon) -> MastodonConnector:
    http = PlatformHttp("Mastodon", "Toots", sleep=lambda s: None, clock=server.clock)
    return MastodonConnector(http, server.base_url, server.token)


@pytest.fixture
def fb(
    tmp_path: Path, fake_facebook: FakeFacebook, triage: Triage
) -> tuple[Database, sqlite3.Connection, int]:
    """A harsh Facebook comment, synced in, its cool-off over."""
    post = fake_facebook.add_post()
    fake_facebook.add_comment(post, "You lot are IDIOTS, the cake was stale!!", "Sam Harsh")
    db = open_database(tmp_path / "home", fake_facebook.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Shop page", Platform.FACEBOOK, {"page_id": fake_facebook.page_id}
    )
    sync_account(db, conn, account, facebook(fake_facebook), triage)
    comment_id = CommentStore(db, conn).page(InboxFilter())[0].id
    Outbox(db, conn).start_cooloff(comment_id, CoolOffSettings())
    fake_facebook.advance(minutes=31)
    return db, conn, comment_id


def test_a_private_reply_reaches_facebook_once_and_the_comment_is_replied(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    db, conn, comment_id = fb
    reply = Outbox(db, conn).queue(comment_id, "private", "I'm sorry. Here is 10% off.")
    sent = send(db, conn, reply.id, facebook(fake_facebook))
    assert sent.state == ReplyState.SENT and sent.remote_id
    assert len(fake_facebook.private_replies) == 1
    assert CommentStore(db, conn).get(comment_id).status is Status.REPLIED


def test_killed_after_posting_but_before_recording_never_posts_twice(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    db, conn, comment_id = fb
    outbox = Outbox(db, conn)
    comments = CommentStore(db, conn)
    for channel in ("public", "private"):
        reply = outbox.queue(comment_id, channel, f"Sorry ({channel})")
        outbox.claim(reply.id)  # "sending" is stored...
        app_killed(outbox, reply.id)
        facebook(fake_facebook).send_reply(  # ...the post arrives, and the app dies here.
            comments.get(comment_id), channel, reply.text, reply.send_key
        )
        sent = send(db, conn, reply.id, facebook(fake_facebook))  # the next start retries
        assert sent.state == ReplyState.SENT
    assert len(fake_facebook.public_replies) == 1
    assert len(fake_facebook.private_replies) == 1


def test_a_dropped_connection_keeps_the_reply_and_the_retry_posts_it_once(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    db, conn, comment_id = fb
    reply = Outbox(db, conn).queue(comment_id, "public", "We're sorry, please DM us.")
    fake_facebook.drop_next_connection(method="POST")
    with pytest.raises(Offline):
        send(db, conn, reply.id, facebook(fake_facebook, attempts=1))
    kept = Outbox(db, conn).get(reply.id)
    assert kept.state == ReplyState.UNCERTAIN and kept.error
    sent = send(db, conn, reply.id, facebook(fake_facebook))
    assert sent.state == ReplyState.SENT
    assert len(fake_facebook.public_replies) == 1


def test_sending_during_the_cooloff_is_refused_before_any_call(
    tmp_path: Path, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    post = fake_facebook.add_post()
    fake_facebook.add_comment(post, "Rude staff and cold coffee.", "Neg Ative")
    db = open_database(tmp_path / "home", fake_facebook.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Shop page", Platform.FACEBOOK, {"page_id": fake_facebook.page_id}
    )
    sync_account(db, conn, account, facebook(fake_facebook), triage)
    comment_id = CommentStore(db, conn).page(InboxFilter())[0].id
    Outbox(db, conn).start_cooloff(comment_id, CoolOffSettings())
    reply = Outbox(db, conn).queue(comment_id, "public", "Sorry!")
    fake_facebook.clear_requests()
    with pytest.raises(StillCoolingOff):
        send(db, conn, reply.id, facebook(fake_facebook))
    assert fake_facebook.hits(method="POST") == 0
    assert Outbox(db, conn).get(reply.id).state == ReplyState.QUEUED


def test_mastodon_replies_mention_the_author_and_use_an_idempotency_key(
    tmp_path: Path, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.add_mention("zoe@mastodon.social", "<p>@shop the bread was stale</p>")
    db = open_database(tmp_path / "home", fake_mastodon.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Toots", Platform.MASTODON, {"instance": fake_mastodon.base_url}
    )
    sync_account(db, conn, account, mastodon(fake_mastodon), triage)
    comment = CommentStore(db, conn).comments(InboxFilter())[0]
    Outbox(db, conn).start_cooloff(comment.id, CoolOffSettings())
    fake_mastodon.advance(minutes=16)
    reply = Outbox(db, conn).queue(comment.id, "private", "So sorry, Zoe.")
    outbox = Outbox(db, conn)
    outbox.claim(reply.id)
    app_killed(outbox, reply.id)
    mastodon(fake_mastodon).send_reply(comment, "private", reply.text, reply.send_key)
    send(db, conn, reply.id, mastodon(fake_mastodon))  # as after a crash mid-send
    assert len(fake_mastodon.statuses) == 1
    status = fake_mastodon.statuses[0]
    assert status["visibility"] == "direct"
    assert status["in_reply_to_id"] == comment.external_id
    request = fake_mastodon.last_request("/api/v1/statuses", method="POST")
    assert request.headers["Idempotency-Key"] == reply.send_key
