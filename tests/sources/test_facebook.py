"""The Facebook connector against a real HTTP server on 127.0.0.1 speaking its Graph API."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.errors import MalformedPayload
from feedback_desk.core.model import Comment, OwnReply, Platform
from feedback_desk.core.triage import Triage
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.graph import GRAPH_VERSION
from feedback_desk.sources.http import PlatformHttp
from feedback_desk.sources.outbox import send
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import Database, open_database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.outbox import Outbox, ReplyState
from tests.fakes import FakeFacebook
from tests.kill import app_killed


def facebook(server: FakeFacebook) -> FacebookConnector:
    http = PlatformHttp("Facebook", "Shop page", sleep=lambda s: None, clock=server.clock)
    return FacebookConnector(http, server.page_id, server.token, server.base_url)


@dataclass
class Thread:
    db: Database
    conn: sqlite3.Connection
    top: str  # Kofi's comment on the post
    nested: Comment  # Mei's answer to Kofi, synced in, its cool-off over


@pytest.fixture
def thread(tmp_path: Path, fake_facebook: FakeFacebook, triage: Triage) -> Iterator[Thread]:
    post = fake_facebook.add_post()
    top = fake_facebook.add_comment(post, "Lovely cakes!", "Kofi Boateng")
    fake_facebook.advance(minutes=5)
    nested = fake_facebook.add_comment(
        post, "Mine was stale and the staff were rude.", "Mei Kato", parent_id=top
    )
    db = open_database(tmp_path / "home", fake_facebook.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Shop page", Platform.FACEBOOK, {"page_id": fake_facebook.page_id}
    )
    sync_account(db, conn, account, facebook(fake_facebook), triage)
    row = conn.execute("SELECT id FROM comments WHERE external_id = ?", (nested,)).fetchone()
    comment = CommentStore(db, conn).get(row[0])
    Outbox(db, conn).start_cooloff(comment.id, CoolOffSettings())
    fake_facebook.advance(minutes=31)
    yield Thread(db, conn, top, comment)
    conn.close()


def test_a_reply_to_a_reply_is_found_in_its_thread(
    thread: Thread, fake_facebook: FakeFacebook
) -> None:
    connector = facebook(fake_facebook)
    assert connector.find_reply(thread.nested, "public", "So sorry, Mei.", "k") is None
    remote = connector.send_reply(thread.nested, "public", "So sorry, Mei.", "k")
    assert [(r["comment_id"], r["parent_id"]) for r in fake_facebook.public_replies] == [
        (thread.nested.external_id, thread.top)  # Facebook puts it under the thread's top
    ]
    fake_facebook.clear_requests()
    assert connector.find_reply(thread.nested, "public", "So sorry, Mei.", "k") == remote
    assert fake_facebook.hits(method="POST") == 0
    asked = fake_facebook.last_request(thread.nested.external_id, method="GET")
    assert "parent" in (asked.param("fields") or "")


def test_an_interrupted_reply_to_a_reply_is_not_posted_again(
    thread: Thread, fake_facebook: FakeFacebook
) -> None:
    outbox = Outbox(thread.db, thread.conn)
    reply = outbox.queue(thread.nested.id, "public", "So sorry, Mei. Please DM us.")
    outbox.claim(reply.id)  # "sending" is stored...
    app_killed(outbox, reply.id)
    posted = facebook(fake_facebook).send_reply(  # ...the post arrives, and the app dies.
        thread.nested, reply.channel, reply.text, reply.send_key
    )
    sent = send(thread.db, thread.conn, reply.id, facebook(fake_facebook))  # the next start
    assert sent.state == ReplyState.SENT
    assert sent.remote_id == posted
    assert len(fake_facebook.public_replies) == 1


def test_the_same_words_said_earlier_in_the_thread_are_not_this_reply(
    tmp_path: Path, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    """The page said "Sorry!" to Kofi before Mei wrote; that is not a reply to Mei."""
    post = fake_facebook.add_post()
    top = fake_facebook.add_comment(post, "The bread was burnt.", "Kofi Boateng")
    connector = facebook(fake_facebook)
    fake_facebook.advance(minutes=5)
    db = open_database(tmp_path / "home", fake_facebook.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Shop page", Platform.FACEBOOK, {"page_id": fake_facebook.page_id}
    )
    sync_account(db, conn, account, connector, triage)
    row = conn.execute("SELECT id FROM comments WHERE external_id = ?", (top,)).fetchone()
    connector.send_reply(CommentStore(db, conn).get(row[0]), "public", "Sorry!", "k1")
    fake_facebook.advance(minutes=5)
    nested = fake_facebook.add_comment(post, "Mine too!", "Mei Kato", parent_id=top)
    sync_account(db, conn, account, connector, triage)
    row = conn.execute("SELECT id FROM comments WHERE external_id = ?", (nested,)).fetchone()
    mei = CommentStore(db, conn).get(row[0])
    assert connector.find_reply(mei, "public", "Sorry!", "k2") is None
    conn.close()


def test_a_thread_whose_next_page_repeats_is_not_walked_forever(
    thread: Thread, fake_facebook: FakeFacebook
) -> None:
    again = (
        f"{fake_facebook.base_url}/{GRAPH_VERSION}/{thread.top}/comments?limit=100&after=QUdBSU4"
    )
    fake_facebook.fail_next(
        200,
        {"data": [], "paging": {"cursors": {"after": "QUdBSU4"}, "next": again}},
        times=5,
        path_contains="/comments",
        method="GET",
    )
    fake_facebook.clear_requests()
    with pytest.raises(MalformedPayload, match="same page"):
        facebook(fake_facebook).find_reply(thread.nested, "public", "So sorry, Mei.", "k")
    assert fake_facebook.hits("/comments", method="GET") == 2


def test_the_conversation_and_the_pages_own_replies_come_with_the_comments(
    fake_facebook: FakeFacebook,
) -> None:
    """A customer answering another in a thread says whom she answers; the page's replies
    made in Facebook itself are own replies, not comments; the page's own post-level
    comment answers no one and is left out."""
    post = fake_facebook.add_post()
    start = fake_facebook.now - timedelta(hours=3)
    kofi = fake_facebook.add_comment(
        post, "Is the shop open on Sunday?", "Kofi Boateng", created_time=start
    )
    mei = fake_facebook.add_comment(
        post,
        "It was shut last Sunday, and rude staff.",
        "Mei Kato",
        created_time=start + timedelta(hours=1),
        parent_id=kofi,
    )
    answer = fake_facebook.add_page_reply(
        kofi, "Yes, 9 to 1 on Sundays.", start + timedelta(hours=2)
    )
    fake_facebook.add_comment(
        post,
        "Thank you all for coming!",
        fake_facebook.page_name,
        fake_facebook.page_id,
        start + timedelta(minutes=30),
    )

    pages = list(facebook(fake_facebook).pages())

    comments = {c.external_id: c for p in pages for c in p.comments}
    assert set(comments) == {kofi, mei}
    assert comments[kofi].reply_to_external_id is None
    assert comments[mei].reply_to_external_id == kofi
    assert comments[mei].parent_external_id == post  # still the post it was written under
    own = [r for p in pages for r in p.own_replies]
    assert own == [
        OwnReply(
            Platform.FACEBOOK,
            answer,
            kofi,
            "Yes, 9 to 1 on Sundays.",
            (start + timedelta(hours=2)).astimezone(UTC),
        )
    ]
    assert not any(p.problems for p in pages)
    asked = fake_facebook.last_request(f"{post}/comments", method="GET")
    assert "parent{id}" in (asked.param("fields") or "")


def test_an_owner_reply_made_since_the_last_sync_is_read_on_the_next(
    fake_facebook: FakeFacebook,
) -> None:
    post = fake_facebook.add_post()
    cindy = fake_facebook.add_comment(post, "The coffee was cold.", "Cindy Hoover")
    first = list(facebook(fake_facebook).pages())
    cursor = max(p.cursor for p in first if p.cursor)
    fake_facebook.advance(hours=2)
    answer = fake_facebook.add_page_reply(cindy, "Sorry, Cindy: the next one is on us.")
    again = list(facebook(fake_facebook).pages(since=cursor))
    assert [(r.external_id, r.answers_external_id) for p in again for r in p.own_replies] == [
        (answer, cindy)
    ]


def test_a_post_whose_next_page_of_comments_repeats_is_not_walked_forever(
    fake_facebook: FakeFacebook,
) -> None:
    post = fake_facebook.add_post()
    fake_facebook.add_comment(post, "The coffee was cold.", "Cindy Hoover")
    again = f"{fake_facebook.base_url}/{GRAPH_VERSION}/{post}/comments?limit=100&after=QUdBSU4"
    fake_facebook.fail_next(
        200,
        {"data": [], "paging": {"cursors": {"after": "QUdBSU4"}, "next": again}},
        times=None,
        path_contains="/comments",
        method="GET",
    )
    with pytest.raises(MalformedPayload, match="same page"):
        list(facebook(fake_facebook).pages())
    assert fake_facebook.hits("/comments", method="GET") == 2
