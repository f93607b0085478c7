"""The Mastodon connector against a real HTTP server on 127.0.0.1 speaking its REST API."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.errors import MalformedPayload, Offline
from feedback_desk.core.model import Comment, OwnReply, Platform
from feedback_desk.core.triage import Triage
from feedback_desk.sources.http import PlatformHttp, Policy
from feedback_desk.sources.mastodon import MastodonConnector
from feedback_desk.sources.outbox import send
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import Database, open_database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.outbox import Outbox, ReplyState
from tests.fakes import FakeMastodon
from tests.kill import app_killed


def connector(server: FakeMastodon, attempts: int = 4) -> MastodonConnector:
    http = PlatformHttp(
        "Mastodon",
        "Toots",
        sleep=lambda s: None,
        clock=server.clock,
        policy=Policy(attempts=attempts),
    )
    return MastodonConnector(http, server.base_url, server.token)


@dataclass
class Toots:
    db: Database
    conn: sqlite3.Connection
    comment: Comment  # Zoe's mention, synced in, its cool-off over


@pytest.fixture
def toots(tmp_path: Path, fake_mastodon: FakeMastodon, triage: Triage) -> Iterator[Toots]:
    fake_mastodon.add_mention(
        "zoe@mastodon.social", "<p>@shop the bread was stale</p>", display_name="Zoe"
    )
    db = open_database(tmp_path / "home", fake_mastodon.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Toots", Platform.MASTODON, {"instance": fake_mastodon.base_url}
    )
    sync_account(db, conn, account, connector(fake_mastodon), triage)
    comment = CommentStore(db, conn).comments(InboxFilter())[0]
    Outbox(db, conn).start_cooloff(comment.id, CoolOffSettings())
    fake_mastodon.advance(minutes=16)
    yield Toots(db, conn, comment)
    conn.close()


def replies_to(server: FakeMastodon, status_id: str) -> list[dict[str, object]]:
    return [s for s in server.statuses if s["in_reply_to_id"] == status_id]


@pytest.mark.parametrize(("channel", "visibility"), [("public", "public"), ("private", "direct")])
def test_find_reply_asks_the_thread_and_never_posts(
    toots: Toots, fake_mastodon: FakeMastodon, channel: str, visibility: str
) -> None:
    """The reply arrived (its answer was lost), and the retry comes after the hour that
    Mastodon keeps an Idempotency-Key: the thread itself says it is there."""
    zoe = toots.comment
    assert zoe.author == "Zoe (@zoe@mastodon.social)"
    arrived = fake_mastodon.add_own_reply(
        zoe.external_id,
        "@zoe@mastodon.social So sorry, Zoe.\n\nCome by for a fresh loaf.",
        visibility,
    )
    fake_mastodon.advance(hours=2)
    fake_mastodon.clear_requests()
    found = connector(fake_mastodon).find_reply(
        zoe, channel, "So sorry, Zoe.\n\nCome by for a fresh loaf.", "key-1"
    )
    assert found == arrived
    assert fake_mastodon.hits(method="POST") == 0
    assert fake_mastodon.hits(f"/api/v1/statuses/{zoe.external_id}/context", method="GET") == 1
    assert len(fake_mastodon.statuses) == 1


def test_find_reply_ignores_replies_that_are_not_ours_or_not_this_one(
    toots: Toots, fake_mastodon: FakeMastodon
) -> None:
    zoe = toots.comment
    text = "So sorry, Zoe."
    # Someone else says the same words in the thread; we said something else; we said
    # it privately; and we answered a reply in the thread rather than Zoe herself.
    other = fake_mastodon.add_mention(
        "amy", f"<p>@zoe@mastodon.social {text}</p>", in_reply_to_id=zoe.external_id
    )
    fake_mastodon.add_own_reply(zoe.external_id, "@zoe@mastodon.social Thanks, Zoe!")
    fake_mastodon.add_own_reply(zoe.external_id, f"@zoe@mastodon.social {text}", "direct")
    fake_mastodon.add_own_reply(other, f"@zoe@mastodon.social {text}")
    fake_mastodon.advance(hours=2)
    fake_mastodon.clear_requests()
    assert connector(fake_mastodon).find_reply(zoe, "public", text, "key-1") is None
    assert fake_mastodon.hits(method="POST") == 0


def test_our_account_is_asked_for_once(toots: Toots, fake_mastodon: FakeMastodon) -> None:
    mastodon = connector(fake_mastodon)
    fake_mastodon.clear_requests()
    for _ in range(3):
        assert mastodon.find_reply(toots.comment, "public", "Sorry!", "key-1") is None
    assert fake_mastodon.hits("/api/v1/accounts/verify_credentials") == 1


def test_an_interrupted_reply_found_hours_later_is_not_posted_again(
    toots: Toots, fake_mastodon: FakeMastodon
) -> None:
    outbox = Outbox(toots.db, toots.conn)
    reply = outbox.queue(toots.comment.id, "public", "So sorry, Zoe.")
    outbox.claim(reply.id)  # "sending" is stored...
    app_killed(outbox, reply.id)
    posted = connector(fake_mastodon).send_reply(  # ...the post arrives, and the app dies.
        toots.comment, reply.channel, reply.text, reply.send_key
    )
    fake_mastodon.advance(hours=2)  # the Idempotency-Key is forgotten by now
    sent = send(toots.db, toots.conn, reply.id, connector(fake_mastodon))  # the next start
    assert sent.state == ReplyState.SENT
    assert sent.remote_id == posted
    assert len(replies_to(fake_mastodon, toots.comment.external_id)) == 1


def test_a_reply_that_never_arrived_is_posted_once_hours_later(
    toots: Toots, fake_mastodon: FakeMastodon
) -> None:
    reply = Outbox(toots.db, toots.conn).queue(toots.comment.id, "private", "So sorry, Zoe.")
    fake_mastodon.drop_next_connection(method="POST")
    with pytest.raises(Offline):
        send(toots.db, toots.conn, reply.id, connector(fake_mastodon, attempts=1))
    assert Outbox(toots.db, toots.conn).get(reply.id).state == ReplyState.UNCERTAIN
    fake_mastodon.advance(hours=2)
    sent = send(toots.db, toots.conn, reply.id, connector(fake_mastodon))
    assert sent.state == ReplyState.SENT
    [status] = replies_to(fake_mastodon, toots.comment.external_id)
    assert status["id"] == sent.remote_id
    assert status["visibility"] == "direct"


def test_a_customer_answering_the_owner_and_the_owners_replies_made_in_mastodon(
    fake_mastodon: FakeMastodon,
) -> None:
    """A mention says which status it answers, also when that is the shop's own (how a
    customer answers the owner). The shop's replies are not in its notifications: they
    come from its own statuses, on a page of their own after the mentions, text as plain
    text; a status continuing the shop's own thread answers no one."""
    server = fake_mastodon
    start = server.now - timedelta(hours=5)
    zoe = server.add_mention(
        "zoe@mastodon.social", "<p>@shop the bread was stale</p>", start, display_name="Zoe"
    )
    answer = server.add_web_reply(
        zoe,
        "@zoe@mastodon.social So sorry!\n\nCome by for a fresh loaf.",
        "direct",
        start + timedelta(hours=1),
    )
    back = server.add_mention(
        "zoe@mastodon.social",
        "<p>@shop thanks, I will</p>",
        start + timedelta(hours=2),
        in_reply_to_id=answer,
    )
    news = server.add_own_status("Open until 6 today!", start + timedelta(hours=3))
    server.add_web_reply(news, "And until 8 on Friday.", created_at=start + timedelta(hours=4))

    mastodon = connector(server)
    pages = list(mastodon.pages())

    comments = {c.external_id: c for p in pages for c in p.comments}
    assert set(comments) == {zoe, back}
    assert comments[zoe].reply_to_external_id is None
    assert comments[back].reply_to_external_id == answer  # the owner's reply
    [own] = [p for p in pages if p.own_replies]
    assert own.comments == [] and own.cursor is None
    assert pages.index(own) > max(i for i, p in enumerate(pages) if p.comments)
    assert own.own_replies == [
        OwnReply(
            Platform.MASTODON,
            answer,
            zoe,
            "@zoe So sorry!\nCome by for a fresh loaf.",
            start + timedelta(hours=1),
        )
    ]
    assert server.statuses == []  # nothing was posted through the API
    asked = server.find_requests(f"/api/v1/accounts/{server.me.id}/statuses")
    assert (asked[0].param("exclude_reblogs"), asked[0].param("limit")) == ("true", "40")
    assert len(asked) == 2  # the next link, then an empty page without one
    assert not any(p.problems for p in pages)


def test_the_owners_replies_are_read_back_to_the_last_sync_and_a_few_pages_at_most(
    fake_mastodon: FakeMastodon,
) -> None:
    server = fake_mastodon
    statuses = f"/api/v1/accounts/{server.me.id}/statuses"
    old = server.add_mention("kim", "<p>@shop where are you?</p>", server.now - timedelta(days=30))
    for i in range(300):  # a busy fortnight of answers
        server.add_web_reply(old, f"Reply {i}", created_at=server.now - timedelta(hours=300 - i))
    server.add_mention("amy", "<p>@shop hello</p>", server.now - timedelta(minutes=30))
    mastodon = connector(server)
    everything = list(mastodon.pages())
    assert server.hits(statuses) == 5  # 200 of the 300, newest first
    assert sum(len(p.own_replies) for p in everything) == 200
    cursor = max(p.cursor for p in everything if p.cursor)

    server.advance(days=3)
    server.clear_requests()
    fresh = server.add_web_reply(old, "Sorry for the wait, Kim.")
    since = list(connector(server).pages(since=cursor))
    # Back to a day before the newest mention seen last time: the first page goes past it.
    assert server.hits(statuses) == 1
    assert fresh in {r.external_id for p in since for r in p.own_replies}


def test_a_next_link_to_our_own_posts_that_repeats_stops_the_walk(
    fake_mastodon: FakeMastodon,
) -> None:
    server = fake_mastodon
    server.add_mention("kim", "<p>@shop hello</p>")
    again = f"{server.base_url}/api/v1/accounts/{server.me.id}/statuses?limit=40&max_id=1"
    server.fail_next(
        200, [], {"Link": f'<{again}>; rel="next"'}, times=None, path_contains="/statuses"
    )
    with pytest.raises(MalformedPayload, match="same page of the shop's own posts"):
        list(connector(server).pages())
    assert server.hits("/statuses") == 2


def test_a_next_link_to_the_mentions_that_repeats_stops_the_walk(
    fake_mastodon: FakeMastodon,
) -> None:
    server = fake_mastodon
    again = f"{server.base_url}/api/v1/notifications?types%5B%5D=mention&limit=80&max_id=1"
    server.fail_next(
        200, [], {"Link": f'<{again}>; rel="next"'}, times=None, path_contains="/notifications"
    )
    with pytest.raises(MalformedPayload, match="same page of mentions"):
        list(connector(server).pages())
    assert server.hits("/notifications") == 2
