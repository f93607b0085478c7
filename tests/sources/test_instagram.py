"""The Instagram connector against a real HTTP server on 127.0.0.1 speaking its Graph API."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.errors import AlreadyReplied, MalformedPayload, Offline
from feedback_desk.core.model import Comment, Platform, Status
from feedback_desk.core.triage import Triage
from feedback_desk.sources.graph import GRAPH_VERSION
from feedback_desk.sources.http import PlatformHttp, Policy
from feedback_desk.sources.instagram import InstagramConnector
from feedback_desk.sources.outbox import send
from feedback_desk.sources.sync import SyncSummary, sync_account
from feedback_desk.store import Database, open_database
from feedback_desk.store.accounts import AccountState, AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.outbox import Outbox, ReplyState
from tests.fakes import FakeInstagram
from tests.kill import app_killed


class Waits:
    """Stands in for time.sleep: records each wait and moves the fake platform's clock."""

    def __init__(self, server: FakeInstagram) -> None:
        self.server = server
        self.seconds: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)
        self.server.advance(seconds=seconds)


class Insta:
    """One Instagram account in a real store, and a way to make its connector."""

    def __init__(self, db: Database, server: FakeInstagram) -> None:
        self.db = db
        self.server = server
        self.conn = db.connect()
        self.waits = Waits(server)
        AccountStore(db, self.conn).add(
            "Insta", Platform.INSTAGRAM, {"ig_user_id": server.ig_user_id}
        )

    def connector(self, attempts: int = 4) -> InstagramConnector:
        http = PlatformHttp(
            "Instagram",
            "Insta",
            sleep=self.waits,
            clock=self.server.clock,
            policy=Policy(attempts=attempts),
        )
        return InstagramConnector(
            http, self.server.ig_user_id, self.server.token, self.server.base_url
        )

    def sync(self, triage: Triage, full: bool | None = None) -> SyncSummary:
        """As the app does it: the account as stored now (its cursor), a fresh connector."""
        account = AccountStore(self.db, self.conn).get("Insta")
        return sync_account(self.db, self.conn, account, self.connector(), triage, full=full)

    def count(self) -> int:
        return CommentStore(self.db, self.conn).count(InboxFilter())

    def stored(self, external_id: str) -> Comment:
        row = self.conn.execute(
            "SELECT id FROM comments WHERE external_id = ?", (external_id,)
        ).fetchone()
        assert row is not None, f"{external_id} was not stored"
        return CommentStore(self.db, self.conn).get(row[0])

    def column(self, external_id: str, column: str) -> object:
        row = self.conn.execute(
            f"SELECT {column} FROM comments WHERE external_id = ?", (external_id,)
        ).fetchone()
        assert row is not None, f"{external_id} was not stored"
        return row[0]

    def state(self) -> tuple[str, str]:
        stored = AccountStore(self.db, self.conn).get("Insta")
        return stored.state, stored.state_reason or ""


@pytest.fixture
def insta(tmp_path: Path, fake_instagram: FakeInstagram) -> Insta:
    return Insta(open_database(tmp_path / "home", fake_instagram.clock), fake_instagram)


# --------------------------------------------------------------------------- check


def test_check_names_the_account(insta: Insta) -> None:
    assert insta.connector().check() == "@corner_bakery"
    request = insta.server.last_request(f"/{insta.server.ig_user_id}")
    assert request.headers["Authorization"] == f"Bearer {insta.server.token}"


def test_check_of_the_wrong_shape_is_malformed(insta: Insta) -> None:
    insta.server.malformed_next(kind="wrong_shape")
    with pytest.raises(MalformedPayload):
        insta.connector().check()


# --------------------------------------------------------------------------- sync


def test_many_comments_over_many_media_and_pages_then_nothing_new(
    insta: Insta, triage: Triage
) -> None:
    insta.server.seed(450, media=3)  # 150 comments a post: two pages each
    insta.server.seed(120, media=110)  # 113 posts: two pages of media
    first = insta.sync(triage)
    assert (first.new, first.updated, first.removed, first.error) == (570, 0, 0, None)
    assert first.problems == []
    assert insta.server.hits("/media?") >= 2
    assert insta.server.hits("/comments?", "GET") >= 113 + 3
    assert any("after=" in r.raw_path for r in insta.server.find_requests("/comments?"))
    for full in (True, False):
        again = insta.sync(triage, full=full)
        assert (again.new, again.updated, again.removed, again.error) == (0, 0, 0, None)
    assert insta.count() == 570
    assert insta.state()[0] == AccountState.OK


def test_a_comment_keeps_its_author_text_time_link_and_post(insta: Insta, triage: Triage) -> None:
    media = insta.server.add_media(media_id="17895695668004999")
    cid = insta.server.add_comment(
        media, "Café crème était froid 😞", "zoe.r", "2026-11-24T09:30:00+0000"
    )
    insta.sync(triage)
    comment = insta.stored(cid)
    assert comment.platform is Platform.INSTAGRAM
    assert comment.account == "Insta"
    assert comment.author == "@zoe.r"
    assert comment.text == "Café crème était froid 😞"
    assert comment.created_at.isoformat() == "2026-11-24T09:30:00+00:00"
    assert comment.url == "https://www.instagram.com/p/95668004999/"
    assert insta.column(cid, "parent_external_id") == media


def test_customers_replies_are_comments_and_our_own_are_skipped(
    insta: Insta, triage: Triage
) -> None:
    media = insta.server.add_media()
    top = insta.server.add_comment(media, "Is the bakery open on Sunday?", "sam_patel42")
    answer = insta.server.add_reply(
        top, "Yes, 8 to 2!", insta.server.username, user_id=insta.server.ig_user_id
    )
    follow_up = insta.server.add_reply(top, "The bread was stale last Sunday though.", "mei_k")
    own_post_note = insta.server.add_comment(
        media, "Thanks for all the love!", insta.server.username, user_id=insta.server.ig_user_id
    )
    many = [insta.server.add_reply(top, f"Me too #{i}", f"fan_{i}") for i in range(60)]
    summary = insta.sync(triage)
    assert summary.error is None and summary.problems == []
    assert summary.new == 2 + 60
    assert insta.column(follow_up, "parent_external_id") == top
    assert insta.stored(follow_up).author == "@mei_k"
    assert insta.stored(many[-1]).text == "Me too #59"  # past the first page of replies
    for ours in (answer, own_post_note):
        assert (
            insta.conn.execute("SELECT 1 FROM comments WHERE external_id = ?", (ours,)).fetchone()
            is None
        )
    assert insta.sync(triage).new == 0


def test_edits_update_and_removals_are_kept_and_marked(insta: Insta, triage: Triage) -> None:
    ids = insta.server.seed(250, media=2)
    reply = insta.server.add_reply(ids[1], "Same here, awful.", "lena_k")
    first = insta.sync(triage)
    assert first.new == 251 and first.error is None
    insta.server.edit_comment(ids[0], "You people are idiots, the bread was stale")
    insta.server.remove_comment(ids[1])  # takes its reply with it
    second = insta.sync(triage, full=True)
    assert (second.new, second.updated, second.removed) == (0, 1, 2)
    edited = CommentStore(insta.db, insta.conn).comments(InboxFilter(search="idiots"))
    assert [c.external_id for c in edited] == [ids[0]]
    assert edited[0].severity.value == "harsh"
    assert insta.count() == 251  # the removed ones are still here
    assert insta.column(ids[1], "removed_at") is not None
    assert insta.column(reply, "removed_at") is not None


def test_an_expired_token_marks_the_account_needs_reconnect(insta: Insta, triage: Triage) -> None:
    insta.server.seed(10)
    insta.server.expire_token()
    summary = insta.sync(triage)
    assert summary.error and "Reconnect the account" in summary.error
    state, reason = insta.state()
    assert state == AccountState.NEEDS_RECONNECT
    assert "Error validating access token" in reason
    assert insta.server.token not in reason


@pytest.mark.parametrize("code", [80002, 4, 613])
def test_short_throttling_is_waited_out(insta: Insta, triage: Triage, code: int) -> None:
    insta.server.seed(50)
    insta.server.throttle(code=code, minutes=1, path_contains="/comments")
    summary = insta.sync(triage)
    assert summary.error is None and summary.new == 50
    assert insta.waits.seconds == [60.0]


def test_long_throttling_stops_with_when_to_try_again(insta: Insta, triage: Triage) -> None:
    insta.server.seed(50)
    insta.server.throttle(minutes=30)  # 80002, Instagram's own code
    summary = insta.sync(triage)
    assert summary.error and "Try again at" in summary.error
    assert insta.waits.seconds == []  # never hammered, never sat out half an hour
    assert insta.state()[0] == AccountState.RATE_LIMITED


@pytest.mark.parametrize("kind", ["wrong_shape", "invalid_json"])
def test_a_malformed_page_stops_cleanly_and_the_next_sync_completes(
    insta: Insta, triage: Triage, kind: str
) -> None:
    insta.server.seed(300, media=1)
    insta.server.malformed_next(path_contains="after=", kind=kind)
    broken = insta.sync(triage)
    assert broken.error and ("unexpected shape" in broken.error or "not JSON" in broken.error)
    assert broken.removed == 0
    assert 0 < broken.new < 300
    assert insta.count() == broken.new  # the pages read before are kept, whole
    assert insta.state()[0] == AccountState.UNREACHABLE
    again = insta.sync(triage)
    assert again.error is None and broken.new + again.new == 300
    assert insta.state()[0] == AccountState.OK


@pytest.mark.expect_warnings(
    r"comment \d+: a comment without an id", r"comment \d+: Invalid isoformat string: 'yesterday'"
)
def test_one_bad_comment_is_a_problem_not_a_failure(insta: Insta, triage: Triage) -> None:
    media = insta.server.add_media()
    good = insta.server.add_comment(media, "Lovely shop.", "kofi_b")
    insta.server.fail_next(
        200,
        {
            "data": [
                {
                    "id": good,
                    "text": "Lovely shop.",
                    "timestamp": "2026-11-25T11:00:00+0000",
                    "username": "kofi_b",
                },
                {"text": "no id here", "timestamp": "2026-11-25T11:00:00+0000"},
                {"id": "178", "text": "bad time", "timestamp": "yesterday", "username": "x"},
                "not even an object",
            ]
        },
        path_contains="/comments?",
    )
    summary = insta.sync(triage)
    assert summary.error is None and summary.new == 1
    assert len(summary.problems) == 3
    assert all("Instagram post" in problem for problem in summary.problems)


def test_a_next_page_on_another_server_is_not_followed(insta: Insta, triage: Triage) -> None:
    media = insta.server.add_media()
    insta.server.add_comment(media, "Hello", "kofi_b")
    insta.server.fail_next(
        200,
        {
            "data": [],
            "paging": {"next": f"https://evil.example/{GRAPH_VERSION}/1/comments?after=x"},
        },
        path_contains="/comments?",
    )
    summary = insta.sync(triage)
    assert summary.error and "another server" in summary.error
    assert summary.removed == 0


def test_after_the_first_run_only_what_is_new_is_read_and_a_daily_pass_finds_removals(
    insta: Insta, triage: Triage
) -> None:
    ids = insta.server.seed(900, media=3)  # 300 a post over 30 days: three pages each
    first = insta.sync(triage)
    assert first.full and first.new == 900
    oldest_post = insta.server.comments[ids[-1]].media_id
    insta.server.advance(hours=2)
    fresh = insta.server.add_comment(oldest_post, "Late one: the cake was dry.", "ben_b")
    fresh_reply = insta.server.add_reply(fresh, "Same for me!", "noor_h")
    insta.server.remove_comment(ids[5])
    insta.server.clear_requests()
    quick = insta.sync(triage)
    assert not quick.full and (quick.new, quick.removed, quick.error) == (2, 0, None)
    assert insta.server.hits("/comments?") == 3  # one page a post, not nine
    assert insta.stored(fresh_reply).text == "Same for me!"
    insta.server.advance(hours=25)
    daily = insta.sync(triage)
    assert daily.full and (daily.new, daily.removed) == (0, 1)
    assert insta.count() == 902


# --------------------------------------------------------------------------- replies


@pytest.fixture
def harsh(insta: Insta, triage: Triage) -> Comment:
    """A harsh Instagram comment, synced in, its cool-off over."""
    media = insta.server.add_media()
    insta.server.add_comment(media, "You lot are IDIOTS, the cake was stale!!", "sam_harsh")
    insta.sync(triage)
    store = CommentStore(insta.db, insta.conn)
    comment = store.get(store.page(InboxFilter())[0].id)
    Outbox(insta.db, insta.conn).start_cooloff(comment.id, CoolOffSettings())
    insta.server.advance(minutes=31)
    return comment


def test_public_and_private_replies_reach_instagram(insta: Insta, harsh: Comment) -> None:
    outbox = Outbox(insta.db, insta.conn)
    public = send(
        insta.db, insta.conn, outbox.queue(harsh.id, "public", "Sorry!").id, insta.connector()
    )
    private = send(
        insta.db,
        insta.conn,
        outbox.queue(harsh.id, "private", "Here is 10% off.").id,
        insta.connector(),
    )
    assert public.state == private.state == ReplyState.SENT
    assert [(r["comment_id"], r["message"]) for r in insta.server.public_replies] == [
        (harsh.external_id, "Sorry!")
    ]
    assert public.remote_id == insta.server.public_replies[0]["id"]
    assert [(r["comment_id"], r["text"]) for r in insta.server.private_replies] == [
        (harsh.external_id, "Here is 10% off.")
    ]
    assert private.remote_id == insta.server.private_replies[0]["message_id"]
    request = insta.server.last_request("/messages", method="POST")
    assert request.json == {
        "recipient": {"comment_id": harsh.external_id},
        "message": {"text": "Here is 10% off."},
    }
    assert CommentStore(insta.db, insta.conn).get(harsh.id).status is Status.REPLIED


def test_killed_after_posting_but_before_recording_never_posts_twice(
    insta: Insta, harsh: Comment
) -> None:
    outbox = Outbox(insta.db, insta.conn)
    comments = CommentStore(insta.db, insta.conn)
    remote: dict[str, str | None] = {}
    for channel in ("public", "private"):
        reply = outbox.queue(harsh.id, channel, f"Sorry ({channel})")
        outbox.claim(reply.id)  # "sending" is stored...
        app_killed(outbox, reply.id)
        insta.connector().send_reply(  # ...the post arrives, and the app dies here.
            comments.get(harsh.id), channel, reply.text, reply.send_key
        )
        sent = send(insta.db, insta.conn, reply.id, insta.connector())  # the next start
        assert sent.state == ReplyState.SENT
        remote[channel] = sent.remote_id
    assert len(insta.server.public_replies) == 1
    assert len(insta.server.private_replies) == 1
    assert remote["public"] == insta.server.public_replies[0]["id"]  # found, not re-posted


def test_a_dropped_connection_keeps_the_reply_and_the_retry_posts_it_once(
    insta: Insta, harsh: Comment
) -> None:
    reply = Outbox(insta.db, insta.conn).queue(harsh.id, "public", "We're sorry, please DM us.")
    insta.server.drop_next_connection(method="POST")
    with pytest.raises(Offline):
        send(insta.db, insta.conn, reply.id, insta.connector(attempts=1))
    kept = Outbox(insta.db, insta.conn).get(reply.id)
    assert kept.state == ReplyState.UNCERTAIN and kept.error
    sent = send(insta.db, insta.conn, reply.id, insta.connector())
    assert sent.state == ReplyState.SENT
    assert len(insta.server.public_replies) == 1


def test_a_second_private_message_is_already_replied(insta: Insta, harsh: Comment) -> None:
    connector = insta.connector()
    connector.send_reply(harsh, "private", "First", "k1")
    with pytest.raises(AlreadyReplied, match="Instagram allows one private message"):
        connector.send_reply(harsh, "private", "Second", "k2")
    assert len(insta.server.private_replies) == 1


def test_a_reply_to_a_reply_goes_to_the_top_of_its_thread(insta: Insta, triage: Triage) -> None:
    media = insta.server.add_media()
    top = insta.server.add_comment(media, "Nice cakes", "kofi_b")
    nested = insta.server.add_reply(top, "Mine was stale and the staff were rude.", "mei_k")
    insta.sync(triage)
    comment = insta.stored(nested)
    connector = insta.connector()
    assert connector.find_reply(comment, "public", "So sorry, Mei.", "k") is None
    remote = connector.send_reply(comment, "public", "So sorry, Mei.", "k")
    assert insta.server.public_replies == [
        {
            "id": remote,
            "comment_id": top,
            "message": "@mei_k So sorry, Mei.",
            "timestamp": insta.server.public_replies[0]["timestamp"],
        }
    ]
    assert connector.find_reply(comment, "public", "So sorry, Mei.", "k") == remote
    assert insta.connector().find_reply(comment, "private", "So sorry, Mei.", "k") is None
    assert insta.sync(triage).new == 0  # our reply is not a comment to answer


def test_replies_say_whom_they_answer_and_our_own_replies_come_as_own_replies(
    insta: Insta,
) -> None:
    """A customer's reply answers its thread's top-level comment (where Instagram attaches
    every reply); the account's replies written in Instagram itself are own replies, also
    past the first page of replies; its own top-level comment answers no one."""
    server = insta.server
    media = server.add_media()
    top = server.add_comment(media, "Is the bakery open on Sunday?", "sam_patel42")
    answer = server.add_reply(
        top,
        "Yes, 8 to 2!",
        server.username,
        timestamp="2026-11-25T11:05:00+0000",
        user_id=server.ig_user_id,
    )
    follow_up = server.add_reply(top, "@corner_bakery it was shut last Sunday.", "mei_k")
    server.add_comment(
        media, "Thanks for all the love!", server.username, user_id=server.ig_user_id
    )
    for i in range(55):
        server.add_reply(top, f"Me too #{i}", f"fan_{i}")
    late = server.add_reply(top, "Sorry, Mei!", server.username, user_id=server.ig_user_id)

    pages = list(insta.connector().pages())

    comments = {c.external_id: c for p in pages for c in p.comments}
    assert len(comments) == 2 + 55
    assert comments[top].reply_to_external_id is None
    assert comments[follow_up].reply_to_external_id == top
    assert comments[follow_up].parent_external_id == top  # as before
    own = [r for p in pages for r in p.own_replies]
    assert [(r.external_id, r.answers_external_id, r.text) for r in own] == [
        (answer, top, "Yes, 8 to 2!"),
        (late, top, "Sorry, Mei!"),
    ]
    assert own[0].platform is Platform.INSTAGRAM
    assert own[0].created_at == datetime(2026, 11, 25, 11, 5, tzinfo=UTC)
    assert not any(p.problems for p in pages)


def test_pages_of_comments_or_replies_that_repeat_are_not_walked_forever(insta: Insta) -> None:
    server = insta.server
    media = server.add_media()
    top = server.add_comment(media, "Is the bakery open on Sunday?", "sam_patel42")
    for i in range(51):  # more than come with the comment: the replies have a next page
        server.add_reply(top, f"Me too #{i}", f"fan_{i}")
    again = f"{server.base_url}/{GRAPH_VERSION}/{top}/replies?limit=50&after=QUdBSU4"
    server.fail_next(
        200,
        {"data": [], "paging": {"cursors": {"after": "QUdBSU4"}, "next": again}},
        times=None,
        path_contains="/replies",
        method="GET",
    )
    pages = list(insta.connector().pages())
    assert [x for p in pages for x in p.problems] == [
        f"Instagram post {media}, comment 1: Instagram kept sending the same page of replies"
    ]
    assert server.hits("/replies", "GET") == 2

    server.clear_failures()
    again = f"{server.base_url}/{GRAPH_VERSION}/{media}/comments?limit=100&after=QUdBSU4"
    server.fail_next(
        200,
        {"data": [], "paging": {"cursors": {"after": "QUdBSU4"}, "next": again}},
        times=None,
        path_contains="/comments",
        method="GET",
    )
    server.clear_requests()
    with pytest.raises(MalformedPayload, match="same page"):
        list(insta.connector().pages())
    assert server.hits("/comments", "GET") == 2
