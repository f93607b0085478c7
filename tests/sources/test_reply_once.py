"""A reply that may have reached the platform is never sent again blindly.

Measured before: a Facebook public reply answered slowly (past the read timeout), or stored
and then answered with a 502, or cut off after it was stored, arrived four times, because
the HTTP layer retried a POST like a read. Now such a reply is "uncertain" and the next
attempt asks the platform first.
"""

from __future__ import annotations

import multiprocessing
import socket
import sqlite3
from pathlib import Path

import pytest

from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.errors import DeliveryUnknown, Offline
from feedback_desk.core.model import Platform, Status
from feedback_desk.core.triage import Triage
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.http import PlatformHttp, Policy
from feedback_desk.sources.outbox import ReplyService, send
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import Database, open_database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.outbox import AlreadySent, BeingSent, Outbox, ReplyState, UnsettledReply
from tests.fakes import FakeFacebook
from tests.kill import app_killed

READ_TIMEOUT = 0.3


def facebook(server: FakeFacebook) -> FacebookConnector:
    http = PlatformHttp(
        "Facebook",
        "Shop page",
        sleep=lambda s: None,
        clock=server.clock,
        policy=Policy(timeout=(2.0, READ_TIMEOUT)),
    )
    return FacebookConnector(http, server.page_id, server.token, server.base_url)


@pytest.fixture
def fb(
    tmp_path: Path, fake_facebook: FakeFacebook, triage: Triage
) -> tuple[Database, sqlite3.Connection, int]:
    post = fake_facebook.add_post()
    fake_facebook.add_comment(post, "The cake was stale and nobody cared.", "Sam Stale")
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


@pytest.mark.parametrize(
    "misbehaviour",
    [
        {"delay": READ_TIMEOUT * 3},  # slow: the answer comes after the read timeout
        {"status": 502},  # stored, then a gateway error
        {"status": 500},
        {"drop": True},  # stored, then the connection is cut
    ],
    ids=["slow", "502-after-storing", "500-after-storing", "cut-after-storing"],
)
def test_a_public_reply_that_may_have_arrived_is_asked_about_not_posted_again(
    fb: tuple[Database, sqlite3.Connection, int],
    fake_facebook: FakeFacebook,
    misbehaviour: dict[str, object],
) -> None:
    db, conn, comment_id = fb
    reply = Outbox(db, conn).queue(comment_id, "public", "We're sorry about the cake.")
    fake_facebook.after_handling_next(method="POST", times=None, **misbehaviour)  # type: ignore[arg-type]
    with pytest.raises(Offline):
        send(db, conn, reply.id, facebook(fake_facebook))
    assert len(fake_facebook.public_replies) == 1
    assert fake_facebook.hits("/comments", "POST") == 1, "a POST is never retried blindly"
    kept = Outbox(db, conn).get(reply.id)
    assert kept.state == ReplyState.UNCERTAIN and kept.error
    assert CommentStore(db, conn).get(comment_id).status is not Status.REPLIED

    fake_facebook.clear_failures()
    sent = send(db, conn, reply.id, facebook(fake_facebook))  # asks first, finds it
    assert sent.state == ReplyState.SENT
    assert sent.remote_id == fake_facebook.public_replies[0]["id"]
    assert len(fake_facebook.public_replies) == 1
    assert fake_facebook.hits("/comments", "POST") == 1
    assert CommentStore(db, conn).get(comment_id).status is Status.REPLIED


def test_after_an_interrupted_send_new_words_are_not_sent_if_the_first_arrived(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    """Measured before: editing the text and pressing Send again queued a second reply with
    a new key and nobody asked Facebook about the first, which stayed "sending"."""
    db, conn, comment_id = fb
    service = ReplyService(db, conn, lambda _c: facebook(fake_facebook))
    fake_facebook.after_handling_next(method="POST", status=502)
    with pytest.raises(Offline):
        service.reply(comment_id, "public", "We're sorry about the cake.")
    fake_facebook.clear_failures()
    result = service.reply(comment_id, "public", "We're so sorry about the stale cake.")
    assert len(fake_facebook.public_replies) == 1
    assert fake_facebook.public_replies[0]["message"] == "We're sorry about the cake."
    assert result.reply.state == ReplyState.SENT and result.reply.text.endswith("the cake.")
    assert result.note is not None and "reached Facebook after all" in result.note
    states = [r.state for r in Outbox(db, conn).for_comment(comment_id)]
    assert states == [ReplyState.SENT]  # the new words were never stored as a second reply


def test_after_an_interrupted_send_that_never_arrived_the_new_words_go_once(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    db, conn, comment_id = fb
    service = ReplyService(db, conn, lambda _c: facebook(fake_facebook))
    reply = Outbox(db, conn).queue(comment_id, "public", "Sorry about the cake.", claim=True)
    app_killed(Outbox(db, conn), reply.id)  # died before the post left
    result = service.reply(comment_id, "public", "So sorry about the stale cake.")
    assert [r["message"] for r in fake_facebook.public_replies] == [
        "So sorry about the stale cake."
    ]
    assert result.note is None
    first, second = Outbox(db, conn).for_comment(comment_id)
    assert first.state == ReplyState.FAILED and "never reached Facebook" in (first.error or "")
    assert second.state == ReplyState.SENT


def _send_in_another_process(
    home: str, base_url: str, page_id: str, token: str, reply_id: int
) -> str:
    """A second Feedback Desk (window or command) sending the same stored reply."""
    db = open_database(Path(home))
    conn = db.connect()
    http = PlatformHttp("Facebook", "Shop page", policy=Policy(timeout=(2.0, 10.0)))
    connector = FacebookConnector(http, page_id, token, base_url)
    try:
        ReplyService(db, conn, lambda _c: connector).send(reply_id)
    except (BeingSent, AlreadySent, UnsettledReply) as refused:
        return type(refused).__name__
    return "sent"


def test_two_processes_sending_one_reply_at_once_post_it_once(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    """Measured before: two app processes sending the same reply doubled it once in ten
    runs. The claim makes exactly one of them the sender; a slow answer widens the race."""
    db, conn, comment_id = fb
    fake_facebook.after_handling_next(method="POST", delay=0.5, times=None)
    outcomes: list[str] = []
    context = multiprocessing.get_context("spawn")
    for _ in range(3):
        reply = Outbox(db, conn).queue(
            comment_id, "public", f"Sorry ({len(outcomes)})", again_in_public=True
        )
        args = (str(db.path.parent), fake_facebook.base_url, fake_facebook.page_id)
        with context.Pool(3) as pool:
            results = pool.starmap(
                _send_in_another_process, [(*args, fake_facebook.token, reply.id)] * 3
            )
        assert sorted(results).count("sent") == 1, results
        outcomes += results
        assert Outbox(db, conn).get(reply.id).state == ReplyState.SENT
    assert len(fake_facebook.public_replies) == 3  # one per reply, never two
    assert fake_facebook.hits("/comments", "POST") == 3


def test_a_claim_left_by_a_process_that_died_is_taken_over_after_asking(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    db, conn, comment_id = fb
    outbox = Outbox(db, conn)
    reply = outbox.queue(comment_id, "public", "Sorry about the cake.", claim=True)
    with pytest.raises(BeingSent):  # this process is still sending it
        ReplyService(db, conn, lambda _c: facebook(fake_facebook)).send(reply.id)
    app_killed(outbox, reply.id)
    sent = ReplyService(db, conn, lambda _c: facebook(fake_facebook)).send(reply.id)
    assert sent.state == ReplyState.SENT and len(fake_facebook.public_replies) == 1
    assert fake_facebook.hits("/comments?", "GET") >= 1  # it asked before posting


def test_a_throttled_reply_was_refused_before_anything_happened_so_it_is_sent_after_the_wait(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    db, conn, comment_id = fb
    waits: list[float] = []
    http = PlatformHttp("Facebook", "Shop page", sleep=waits.append, clock=fake_facebook.clock)
    connector = FacebookConnector(
        http, fake_facebook.page_id, fake_facebook.token, fake_facebook.base_url
    )
    fake_facebook.throttle(32, minutes=1, path_contains="/comments")  # Graph's "page throttled"
    reply = Outbox(db, conn).queue(comment_id, "public", "Sorry about the cake.")
    sent = send(db, conn, reply.id, connector)
    assert sent.state == ReplyState.SENT and waits == [60.0]
    assert len(fake_facebook.public_replies) == 1


def test_a_reply_whose_connection_never_opened_did_not_arrive_and_is_simply_sent_later(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    db, conn, comment_id = fb
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    nowhere = f"http://127.0.0.1:{closed.getsockname()[1]}"  # bound, never listening
    http = PlatformHttp("Facebook", "Shop page", sleep=lambda s: None, clock=fake_facebook.clock)
    connector = FacebookConnector(http, fake_facebook.page_id, fake_facebook.token, nowhere)
    reply = Outbox(db, conn).queue(comment_id, "public", "Sorry about the cake.")
    with pytest.raises(Offline) as refused:
        send(db, conn, reply.id, connector)
    closed.close()
    assert not isinstance(refused.value, DeliveryUnknown)
    assert Outbox(db, conn).get(reply.id).state == ReplyState.FAILED  # certainly not there
    fake_facebook.clear_requests()
    sent = send(db, conn, reply.id, facebook(fake_facebook))
    assert sent.state == ReplyState.SENT and len(fake_facebook.public_replies) == 1
    assert fake_facebook.hits("/comments", "GET") == 0  # nothing to ask about


def test_new_words_after_an_unconfirmed_private_message_are_refused_by_facebook_if_it_arrived(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    """Private messages cannot be listed, so Facebook's answer to a second one (it keeps one
    per comment) is what tells that the first arrived."""
    db, conn, comment_id = fb
    service = ReplyService(db, conn, lambda _c: facebook(fake_facebook))
    fake_facebook.after_handling_next(method="POST", status=502)
    with pytest.raises(Offline):
        service.reply(comment_id, "private", "Sam, sorry about the cake.")
    fake_facebook.clear_failures()
    result = service.reply(comment_id, "private", "Sam, so sorry about the stale cake.")
    assert [m["text"] for m in fake_facebook.private_replies] == ["Sam, sorry about the cake."]
    assert result.reply.text == "Sam, sorry about the cake." and result.reply.state == "sent"
    assert result.note is not None and "reached Facebook after all" in result.note
    states = [(r.text, r.state) for r in Outbox(db, conn).for_comment(comment_id)]
    assert states == [
        ("Sam, sorry about the cake.", "sent"),
        ("Sam, so sorry about the stale cake.", "failed"),
    ]


def test_new_words_after_a_private_message_that_never_arrived_go_once(
    fb: tuple[Database, sqlite3.Connection, int], fake_facebook: FakeFacebook
) -> None:
    db, conn, comment_id = fb
    service = ReplyService(db, conn, lambda _c: facebook(fake_facebook))
    fake_facebook.drop_next_connection(method="POST")  # cut before Facebook did anything
    with pytest.raises(Offline):
        service.reply(comment_id, "private", "Sam, sorry about the cake.")
    result = service.reply(comment_id, "private", "Sam, so sorry about the stale cake.")
    assert [m["text"] for m in fake_facebook.private_replies] == [
        "Sam, so sorry about the stale cake."
    ]
    assert result.note is None and result.reply.state == "sent"
