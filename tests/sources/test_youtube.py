"""YouTube against a real HTTP server on 127.0.0.1 that speaks the Data API v3."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from feedback_desk.core.channels import PrivateReplyNotAllowed
from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.errors import PlatformRefused, RateLimited, TokenExpired
from feedback_desk.core.model import Comment, OwnReply, Platform, Status
from feedback_desk.core.triage import Triage
from feedback_desk.sources.google_auth import GoogleAuth
from feedback_desk.sources.http import PlatformHttp
from feedback_desk.sources.outbox import send
from feedback_desk.sources.sync import SyncSummary, sync_account
from feedback_desk.sources.youtube import (
    YouTubeConnector,
    _next_pacific_midnight_by_rule,
    next_pacific_midnight,
)
from feedback_desk.store import Database, open_database
from feedback_desk.store.accounts import Account, AccountState, AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.outbox import Outbox, Reply, ReplyState
from tests.fakes import FakeYouTube
from tests.kill import app_killed

NAME = "Channel"


class Waits:
    """Stands in for time.sleep: records each wait and moves the fake platform's clock."""

    def __init__(self, server: FakeYouTube) -> None:
        self.server = server
        self.seconds: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)
        self.server.advance(seconds=seconds)


class Setup:
    def __init__(self, db: Database, server: FakeYouTube) -> None:
        self.db = db
        self.server = server
        self.conn = db.connect()
        self.waits = Waits(server)
        self.refresh_token = server.refresh_token  # what the owner gave us, kept
        self.account: Account = AccountStore(db, self.conn).add(
            NAME,
            Platform.YOUTUBE,
            {"channel_id": server.channel_id, "client_id": server.client_id},
        )

    def connector(self, channel_id: str | None = None) -> YouTubeConnector:
        server = self.server
        http = PlatformHttp(Platform.YOUTUBE.label, NAME, sleep=self.waits, clock=server.clock)
        auth = GoogleAuth(
            http,
            server.client_id,
            server.client_secret,
            self.refresh_token,
            token_url=server.base_url + "/token",
            clock=server.clock,
        )
        return YouTubeConnector(http, auth, channel_id or server.channel_id, server.base_url)

    def sync(self, triage: Triage, connector: YouTubeConnector | None = None) -> SyncSummary:
        account = AccountStore(self.db, self.conn).get(NAME)
        return sync_account(self.db, self.conn, account, connector or self.connector(), triage)

    def full_sync(self, triage: Triage, connector: YouTubeConnector | None = None) -> SyncSummary:
        return sync_account(
            self.db, self.conn, self.account, connector or self.connector(), triage, full=True
        )

    def stored(self) -> dict[str, Comment]:
        store = CommentStore(self.db, self.conn)
        return {c.external_id: c for c in store.comments(InboxFilter())}

    def state(self) -> tuple[str, str]:
        account = AccountStore(self.db, self.conn).get(NAME)
        return account.state, account.state_reason or ""


@pytest.fixture
def yt(tmp_path: Path, fake_youtube: FakeYouTube) -> Setup:
    return Setup(open_database(tmp_path / "home", fake_youtube.clock), fake_youtube)


def comments_disabled(server: FakeYouTube) -> dict[str, Any]:
    body = server.yt_error(
        403,
        "The video identified by the videoId parameter has disabled comments.",
        "youtube.commentThread",
        "commentsDisabled",
    ).body
    assert isinstance(body, dict)
    return body


# -- reading -------------------------------------------------------------------------------


def test_many_threads_across_pages_then_nothing_new_and_the_quota_spent(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    fake_youtube.seed(250, videos=3)
    everything = len(fake_youtube.comments)  # threads and the replies under some of them
    first = yt.full_sync(triage)
    assert (first.new, first.updated, first.removed, first.error) == (everything, 0, 0, None)
    listed = fake_youtube.find_requests("/commentThreads")
    assert len(listed) == 3  # 100 a page
    assert listed[0].param("part") == "snippet,replies"
    assert listed[0].param("allThreadsRelatedToChannelId") == fake_youtube.channel_id
    assert listed[0].param("textFormat") == "plainText"
    assert fake_youtube.quota_used == 3  # 1 unit a page; the token costs nothing
    second = yt.full_sync(triage)
    assert (second.new, second.updated, second.removed, second.error) == (0, 0, 0, None)
    assert fake_youtube.quota_used == 6
    assert len(yt.stored()) == everything
    assert yt.state()[0] == AccountState.OK


def test_a_comment_keeps_its_author_text_time_video_and_link(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    video = fake_youtube.add_video("J2X5mJ3HDYE")
    thread = fake_youtube.add_comment(
        video, 'Product broke after a week & "support" ignored me', "Constantin"
    )
    reply = fake_youtube.add_reply(thread, "Same here, mine broke too.", "Aisha")
    ours = fake_youtube.add_reply(
        thread, "Sorry! Please e-mail us.", "Corner Bakery", fake_youtube.channel_id
    )
    own_thread = fake_youtube.add_comment(
        video, "New video every Friday!", "Corner Bakery", fake_youtube.channel_id
    )
    summary = yt.sync(triage)
    assert summary.error is None and summary.new == 2 and not summary.problems
    stored = yt.stored()
    assert ours not in stored and own_thread not in stored  # the channel's own words
    top = stored[thread]
    assert top.text == 'Product broke after a week & "support" ignored me'
    assert top.author == "Constantin" and top.platform is Platform.YOUTUBE
    assert top.url == f"https://www.youtube.com/watch?v={video}&lc={thread}"
    assert top.created_at == fake_youtube.comments[thread].published
    assert top.rating is None and top.account == NAME
    assert stored[reply].author == "Aisha"
    parents = dict(yt.conn.execute("SELECT external_id, parent_external_id FROM comments"))
    assert parents == {thread: video, reply: thread}


def test_replies_the_thread_does_not_carry_are_fetched(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    thread = fake_youtube.add_comment(fake_youtube.add_video(), "Cold coffee in the video?!")
    replies = [fake_youtube.add_reply(thread, f"Reply number {i}") for i in range(8)]
    summary = yt.sync(triage)
    assert summary.error is None and summary.new == 9
    assert set(replies) <= set(yt.stored())
    assert fake_youtube.hits("/comments?") == 1  # comments.list for the other three
    assert fake_youtube.quota_used == 2


def test_edits_update_and_removals_are_kept_but_marked(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    ids = fake_youtube.seed(30)
    yt.full_sync(triage)
    fake_youtube.edit_comment(ids[0], "Edited: the staff were actually rude")
    fake_youtube.remove_comment(ids[1])
    again = yt.full_sync(triage)
    assert (again.new, again.updated, again.removed, again.error) == (0, 1, 1, None)
    assert yt.stored()[ids[0]].text == "Edited: the staff were actually rude"
    removed_at = yt.conn.execute(
        "SELECT removed_at FROM comments WHERE external_id = ?", (ids[1],)
    ).fetchone()[0]
    assert removed_at is not None


def test_after_the_first_run_only_new_threads_are_read(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    video = fake_youtube.seed(450, videos=2)
    assert yt.sync(triage).full
    fake_youtube.advance(hours=2)
    fresh = fake_youtube.add_comment(fake_youtube.comments[video[0]].video_id, "Late again!")
    fake_youtube.clear_requests()
    used = fake_youtube.quota_used
    quick = yt.sync(triage)
    assert not quick.full and quick.new == 1 and quick.error is None
    assert fake_youtube.hits("/commentThreads") == 1  # not five pages again
    assert fake_youtube.quota_used == used + 1
    assert fresh in yt.stored()


# -- tokens --------------------------------------------------------------------------------


def test_tokens_are_fetched_once_and_renewed_after_they_stop_working(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    fake_youtube.seed(150)
    connector = yt.connector()
    assert yt.sync(triage, connector).error is None
    assert fake_youtube.hits("/token", method="POST") == 1
    fake_youtube.expire_access_tokens()
    fake_youtube.add_comment(fake_youtube.add_video(), "Another one")
    again = yt.sync(triage, connector)
    assert again.error is None and again.new == 1
    assert fake_youtube.hits("/token", method="POST") == 2


def test_a_revoked_refresh_token_marks_the_account_for_reconnecting(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    fake_youtube.seed(5)
    fake_youtube.revoke_refresh_token()
    summary = yt.sync(triage)
    assert summary.error and "Reconnect the account" in summary.error
    state, reason = yt.state()
    assert state == AccountState.NEEDS_RECONNECT
    assert "Token has been expired or revoked" in reason
    assert yt.refresh_token not in reason and fake_youtube.client_secret not in reason
    assert fake_youtube.quota_used == 0


def test_revoked_while_the_access_token_runs_out_mid_session(
    yt: Setup, fake_youtube: FakeYouTube
) -> None:
    connector = yt.connector()
    connector.check()
    fake_youtube.revoke_refresh_token()
    fake_youtube.advance(hours=1)  # the access token runs out by itself
    with pytest.raises(TokenExpired, match="Token has been expired or revoked"):
        connector.check()


def test_check_names_the_channel_and_refuses_a_token_for_another(
    yt: Setup, fake_youtube: FakeYouTube
) -> None:
    assert yt.connector().check() == "the channel Corner Bakery"
    with pytest.raises(PlatformRefused, match="not the channel UCsomeoneElse"):
        yt.connector("UCsomeoneElse").check()


# -- quota versus comments turned off ------------------------------------------------------


def test_a_used_up_daily_quota_stops_until_midnight_pacific_without_retrying(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    fake_youtube.seed(50)
    fake_youtube.exhaust_quota()
    summary = yt.sync(triage)
    assert summary.error and "daily YouTube quota" in summary.error
    assert "midnight Pacific time" in summary.error and "turned off" not in summary.error
    state, _ = yt.state()
    assert state == AccountState.RATE_LIMITED
    assert yt.waits.seconds == []  # no Slowdown loop: waiting minutes would not help
    assert fake_youtube.hits("/commentThreads") == 1
    with pytest.raises(RateLimited) as raised:
        list(yt.connector().pages())
    # 12:00 UTC on 25 Nov 2026 is 04:00 PST; the quota resets at 00:00 PST = 08:00 UTC.
    assert raised.value.retry_at == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    fake_youtube.advance(hours=21)  # past midnight in California
    assert yt.sync(triage).error is None


def test_comments_turned_off_while_listing_the_channel_is_told_apart_from_the_quota(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    fake_youtube.seed(20)
    connector = yt.connector()
    connector.check()
    fake_youtube.fail_next(403, comments_disabled(fake_youtube), path_contains="commentThreads")
    summary = yt.sync(triage, connector)
    assert summary.error and "comments are turned off" in summary.error
    assert "quota" not in summary.error
    state, _ = yt.state()
    assert state == AccountState.UNREACHABLE  # not "paused by the platform"


@pytest.mark.expect_warnings(r"comments are turned off for this video")
def test_comments_turned_off_for_one_video_is_that_videos_problem_only(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    video = fake_youtube.add_video("vidOff00001")
    thread = fake_youtube.add_comment(video, "Long thread here")
    for i in range(7):
        fake_youtube.add_reply(thread, f"Me too {i}")
    other = fake_youtube.add_comment(fake_youtube.add_video(), "Fine video")
    connector = yt.connector()
    connector.check()
    fake_youtube.fail_next(403, comments_disabled(fake_youtube), path_contains="parentId=")
    summary = yt.sync(triage, connector)
    assert summary.error is None
    assert len(summary.problems) == 1
    assert "vidOff00001" in summary.problems[0] and "turned off" in summary.problems[0]
    stored = yt.stored()
    assert thread in stored and other in stored
    assert summary.new == 2 + 5  # the five replies the thread carried are still read
    assert summary.removed == 0  # an incomplete pass marks nothing removed


# -- replies -------------------------------------------------------------------------------


@pytest.fixture
def harsh(yt: Setup, fake_youtube: FakeYouTube, triage: Triage) -> tuple[int, str]:
    """A harsh comment, synced in, its cool-off over: (comment id, YouTube comment id)."""
    video = fake_youtube.add_video("vid00000001")
    thread = fake_youtube.add_comment(video, "You lot are IDIOTS, the cake was STALE!!", "Sam")
    yt.sync(triage)
    comment_id = CommentStore(yt.db, yt.conn).page(InboxFilter())[0].id
    Outbox(yt.db, yt.conn).start_cooloff(comment_id, CoolOffSettings())
    fake_youtube.advance(minutes=31)
    return comment_id, thread


def _send(yt: Setup, reply_id: int) -> Reply:
    return send(yt.db, yt.conn, reply_id, yt.connector())


def test_a_public_reply_reaches_youtube_once_and_costs_fifty_units(
    yt: Setup, fake_youtube: FakeYouTube, harsh: tuple[int, str]
) -> None:
    comment_id, thread = harsh
    used = fake_youtube.quota_used
    reply = Outbox(yt.db, yt.conn).queue(comment_id, "public", "We're sorry, Sam.")
    sent = _send(yt, reply.id)
    assert sent.state == ReplyState.SENT
    assert fake_youtube.replies == [
        {"id": sent.remote_id, "parent_id": thread, "text": "We're sorry, Sam."}
    ]
    assert fake_youtube.quota_used == used + 50
    assert CommentStore(yt.db, yt.conn).get(comment_id).status is Status.REPLIED
    request = fake_youtube.last_request("/youtube/v3/comments", method="POST")
    assert request.param("part") == "snippet"


def test_killed_after_the_reply_arrived_never_sends_it_again(
    yt: Setup, fake_youtube: FakeYouTube, harsh: tuple[int, str]
) -> None:
    comment_id, _ = harsh
    outbox = Outbox(yt.db, yt.conn)
    reply = outbox.queue(comment_id, "public", "Sorry about the cake.")
    outbox.claim(reply.id)  # "sending" is stored...
    app_killed(outbox, reply.id)
    comment = CommentStore(yt.db, yt.conn).get(comment_id)
    first_id = yt.connector().send_reply(comment, "public", reply.text, reply.send_key)
    sent = _send(yt, reply.id)  # the next start retries: it looks first
    assert sent.state == ReplyState.SENT and sent.remote_id == first_id
    assert len(fake_youtube.replies) == 1


def test_an_interrupted_send_that_never_arrived_is_sent_once(
    yt: Setup, fake_youtube: FakeYouTube, harsh: tuple[int, str]
) -> None:
    comment_id, _ = harsh
    outbox = Outbox(yt.db, yt.conn)
    reply = outbox.queue(comment_id, "public", "Sorry, truly.")
    outbox.claim(reply.id)  # the app died before the post left
    app_killed(outbox, reply.id)
    sent = _send(yt, reply.id)
    assert sent.state == ReplyState.SENT
    assert len(fake_youtube.replies) == 1


def test_replying_to_a_reply_goes_into_its_thread(
    yt: Setup, fake_youtube: FakeYouTube, triage: Triage
) -> None:
    thread = fake_youtube.add_comment(fake_youtube.add_video(), "Nice bread")
    answer = fake_youtube.add_reply(thread, "Terrible bread, you are IDIOTS", "Angry Ann")
    yt.sync(triage)
    comments = CommentStore(yt.db, yt.conn)
    comment_id = next(c.id for c in comments.comments(InboxFilter()) if c.external_id == answer)
    Outbox(yt.db, yt.conn).start_cooloff(comment_id, CoolOffSettings())
    fake_youtube.advance(minutes=31)
    reply = Outbox(yt.db, yt.conn).queue(comment_id, "public", "@Angry Ann sorry to hear that.")
    assert _send(yt, reply.id).state == ReplyState.SENT
    assert fake_youtube.replies[0]["parent_id"] == thread


def test_a_private_reply_is_refused_with_a_clear_message(
    yt: Setup, fake_youtube: FakeYouTube, harsh: tuple[int, str]
) -> None:
    comment_id, _ = harsh
    reply = Outbox(yt.db, yt.conn).queue(comment_id, "private", "DM me.")
    fake_youtube.clear_requests()
    with pytest.raises(PrivateReplyNotAllowed, match="no private replies on YouTube"):
        _send(yt, reply.id)
    assert fake_youtube.requests == [] and fake_youtube.replies == []
    assert Outbox(yt.db, yt.conn).get(reply.id).state == ReplyState.QUEUED


def test_a_reply_where_comments_are_turned_off_is_refused_as_such(
    yt: Setup, fake_youtube: FakeYouTube, harsh: tuple[int, str]
) -> None:
    comment_id, _ = harsh
    fake_youtube.disable_comments("vid00000001")
    used = fake_youtube.quota_used
    reply = Outbox(yt.db, yt.conn).queue(comment_id, "public", "Sorry!")
    with pytest.raises(PlatformRefused, match="comments are turned off for this video") as raised:
        _send(yt, reply.id)
    assert not isinstance(raised.value, RateLimited) and "quota" not in str(raised.value)
    failed = Outbox(yt.db, yt.conn).get(reply.id)
    assert failed.state == ReplyState.FAILED and "turned off" in (failed.error or "")
    assert fake_youtube.replies == [] and fake_youtube.quota_used == used


def test_a_reply_when_the_quota_is_used_up_says_so(
    yt: Setup, fake_youtube: FakeYouTube, harsh: tuple[int, str]
) -> None:
    comment_id, _ = harsh
    fake_youtube.quota_used = fake_youtube.quota_limit - 10  # a list fits, a reply does not
    reply = Outbox(yt.db, yt.conn).queue(comment_id, "public", "Sorry!")
    with pytest.raises(RateLimited, match="daily YouTube quota"):
        _send(yt, reply.id)
    assert Outbox(yt.db, yt.conn).get(reply.id).state == ReplyState.FAILED
    assert fake_youtube.replies == []


def test_a_reply_too_long_for_youtube_is_refused_before_any_call(
    yt: Setup, fake_youtube: FakeYouTube, harsh: tuple[int, str]
) -> None:
    comment_id, _ = harsh
    reply = Outbox(yt.db, yt.conn).queue(comment_id, "public", "x" * 10_001)
    fake_youtube.clear_requests()
    with pytest.raises(PlatformRefused, match="at most 10,000 characters"):
        _send(yt, reply.id)
    assert fake_youtube.requests == []


# -- when the quota resets -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "resets"),
    [
        ("2026-11-25T12:00:00+00:00", "2026-11-26T08:00:00+00:00"),  # PST
        ("2026-07-01T06:59:00+00:00", "2026-07-01T07:00:00+00:00"),  # PDT, a minute before
        ("2026-07-01T07:00:00+00:00", "2026-07-02T07:00:00+00:00"),  # PDT, just past midnight
        ("2026-03-08T07:30:00+00:00", "2026-03-08T08:00:00+00:00"),  # the night DST starts
        ("2026-03-08T12:00:00+00:00", "2026-03-09T07:00:00+00:00"),  # the day DST starts
        ("2026-10-31T12:00:00+00:00", "2026-11-01T07:00:00+00:00"),  # the night DST ends
        ("2026-11-01T12:00:00+00:00", "2026-11-02T08:00:00+00:00"),  # the day DST ends
        ("2026-12-31T20:00:00+00:00", "2027-01-01T08:00:00+00:00"),  # into the new year
    ],
)
def test_the_next_pacific_midnight(now: str, resets: str) -> None:
    moment = datetime.fromisoformat(now)
    assert next_pacific_midnight(moment) == datetime.fromisoformat(resets)
    assert _next_pacific_midnight_by_rule(moment) == datetime.fromisoformat(resets)


def test_the_rule_matches_the_time_zone_database_every_hour_for_two_years() -> None:
    zone = ZoneInfo("America/Los_Angeles")
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    while moment < datetime(2028, 1, 1, tzinfo=UTC):
        expected = next_pacific_midnight(moment)
        assert _next_pacific_midnight_by_rule(moment) == expected, moment
        assert expected.astimezone(zone).hour == 0 and expected > moment
        moment += timedelta(minutes=37)


def test_replies_say_whom_they_answer_and_the_channels_replies_are_own_replies(
    yt: Setup, fake_youtube: FakeYouTube
) -> None:
    """A reply by someone else answers its parentId; the channel's replies written in
    YouTube Studio are own replies answering it, also those only comments.list carries
    (a thread brings five replies at most); the channel's own thread answers no one."""
    video = fake_youtube.add_video("J2X5mJ3HDYE")
    start = fake_youtube.now - timedelta(hours=3)
    thread = fake_youtube.add_comment(
        video, "Product broke after a week", "Constantin", published_at=start
    )
    aisha = fake_youtube.add_reply(
        thread, "Mine too!", "Aisha", published_at=start + timedelta(minutes=10)
    )
    studio = fake_youtube.add_reply(
        thread,
        "Sorry! Please e-mail us.",
        "Corner Bakery",
        fake_youtube.channel_id,
        start + timedelta(minutes=20),
    )
    fans = [
        fake_youtube.add_reply(
            thread, f"+{i}", f"Fan {i}", published_at=start + timedelta(minutes=30 + i)
        )
        for i in range(5)
    ]
    late = fake_youtube.add_reply(
        thread,
        "Aisha, we sent you a new one.",
        "Corner Bakery",
        fake_youtube.channel_id,
        start + timedelta(hours=1),
    )
    fake_youtube.add_comment(
        video, "New video every Friday!", "Corner Bakery", fake_youtube.channel_id, start
    )

    pages = list(yt.connector().pages())

    comments = {c.external_id: c for p in pages for c in p.comments}
    assert set(comments) == {thread, aisha, *fans}
    assert comments[thread].reply_to_external_id is None
    assert comments[aisha].reply_to_external_id == thread
    assert comments[aisha].parent_external_id == thread  # as before
    own = [r for p in pages for r in p.own_replies]
    assert own == [
        OwnReply(
            Platform.YOUTUBE,
            studio,
            thread,
            "Sorry! Please e-mail us.",
            start + timedelta(minutes=20),
        ),
        OwnReply(
            Platform.YOUTUBE,
            late,
            thread,
            "Aisha, we sent you a new one.",
            start + timedelta(hours=1),
        ),
    ]
    assert fake_youtube.replies == []  # nothing was sent through the API
    assert fake_youtube.find_requests("/comments?")  # the rest of the replies was asked for
    assert not any(p.problems for p in pages)
