"""Syncing against real HTTP servers on 127.0.0.1 that speak each platform's API."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from feedback_desk.core.model import Platform, Status
from feedback_desk.core.triage import Triage
from feedback_desk.sources.base import Connector
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.http import PlatformHttp
from feedback_desk.sources.mastodon import MastodonConnector
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import Database, open_database
from feedback_desk.store.accounts import Account, AccountState, AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from tests.fakes import FakeFacebook, FakeMastodon


class Waits:
    """Stands in for time.sleep: records each wait and moves the fake platform's clock."""

    def __init__(self, server: FakeFacebook | FakeMastodon) -> None:
        self.server = server
        self.seconds: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)
        self.server.advance(seconds=seconds)


@pytest.fixture
def home_db(tmp_path: Path, fake_mastodon: FakeMastodon) -> Database:
    return open_database(tmp_path / "home", fake_mastodon.clock)


def setup(
    db: Database, server: FakeFacebook | FakeMastodon
) -> tuple[sqlite3.Connection, Account, Callable[[], Connector], Waits]:
    conn = db.connect()
    waits = Waits(server)
    if isinstance(server, FakeMastodon):
        account = AccountStore(db, conn).add(
            "Toots", Platform.MASTODON, {"instance": server.base_url}
        )

        def make() -> Connector:
            http = PlatformHttp("Mastodon", "Toots", sleep=waits, clock=server.clock)
            return MastodonConnector(http, server.base_url, server.token)
    else:
        account = AccountStore(db, conn).add(
            "Shop page", Platform.FACEBOOK, {"page_id": server.page_id}
        )

        def make() -> Connector:
            http = PlatformHttp("Facebook", "Shop page", sleep=waits, clock=server.clock)
            return FacebookConnector(http, server.page_id, server.token, server.base_url)

    return conn, account, make, waits


def count(db: Database, conn: sqlite3.Connection, **kw: object) -> int:
    return CommentStore(db, conn).count(InboxFilter(**kw))  # type: ignore[arg-type]


def test_mastodon_5000_mentions_across_pages_then_nothing_new(
    home_db: Database, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.seed(5000)
    conn, account, make, _ = setup(home_db, fake_mastodon)
    first = sync_account(home_db, conn, account, make(), triage)
    assert (first.new, first.updated, first.removed, first.error) == (5000, 0, 0, None)
    assert fake_mastodon.hits("/api/v1/notifications") >= 5000 // 80
    second = sync_account(home_db, conn, account, make(), triage)
    assert (second.new, second.updated, second.removed) == (0, 0, 0)
    assert count(home_db, conn) == 5000


def test_mastodon_html_becomes_plain_text_and_the_author_keeps_the_handle(
    home_db: Database, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.add_mention(
        "zsc@mastodon.social",
        "<p>@shop your delivery was late again &amp; cold</p><p>second line</p>",
        display_name="Zoe",
    )
    conn, account, make, _ = setup(home_db, fake_mastodon)
    sync_account(home_db, conn, account, make(), triage)
    comment = CommentStore(home_db, conn).comments(InboxFilter())[0]
    assert comment.text == "@shop your delivery was late again & cold\nsecond line"
    assert comment.author == "Zoe (@zsc@mastodon.social)"
    assert comment.account == "Toots"


def test_a_429_with_reset_is_waited_out(
    home_db: Database, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.seed(200)
    fake_mastodon.rate_limit(reset_after_seconds=30)
    conn, account, make, waits = setup(home_db, fake_mastodon)
    summary = sync_account(home_db, conn, account, make(), triage)
    assert summary.error is None and summary.new == 200
    assert waits.seconds and 25 <= waits.seconds[0] <= 31


def test_a_500_then_success_recovers_with_a_pause(
    home_db: Database, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.seed(100)
    fake_mastodon.fail_next(500, times=2)
    fake_mastodon.drop_next_connection()
    conn, account, make, waits = setup(home_db, fake_mastodon)
    summary = sync_account(home_db, conn, account, make(), triage)
    assert summary.error is None and summary.new == 100
    assert len(waits.seconds) >= 2 and waits.seconds == sorted(waits.seconds)


def test_an_expired_token_marks_the_account_with_the_platforms_reason(
    home_db: Database, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.seed(10)
    fake_mastodon.expire_token()
    conn, account, make, _ = setup(home_db, fake_mastodon)
    summary = sync_account(home_db, conn, account, make(), triage)
    assert summary.error and "Reconnect the account" in summary.error
    stored = AccountStore(home_db, conn).get("Toots")
    assert stored.state == AccountState.NEEDS_RECONNECT
    assert "The access token is invalid" in (stored.state_reason or "")
    assert fake_mastodon.token not in (stored.state_reason or "")


def test_a_malformed_page_stops_cleanly_and_the_next_sync_completes(
    home_db: Database, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.seed(300)
    fake_mastodon.malformed_next(path_contains="max_id=")
    conn, account, make, _ = setup(home_db, fake_mastodon)
    broken = sync_account(home_db, conn, account, make(), triage)
    assert broken.error and "unexpected shape" in broken.error
    assert 0 < broken.new < 300
    assert count(home_db, conn) == broken.new  # the pages read before are kept, whole
    again = sync_account(home_db, conn, account, make(), triage)
    assert again.error is None and broken.new + again.new == 300


@pytest.fixture
def fb_db(tmp_path: Path, fake_facebook: FakeFacebook) -> Database:
    return open_database(tmp_path / "fb", fake_facebook.clock)


def test_facebook_edits_update_and_removals_are_kept_and_marked(
    fb_db: Database, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    ids = fake_facebook.seed(450, posts=3)
    conn, account, make, _ = setup(fb_db, fake_facebook)
    first = sync_account(fb_db, conn, account, make(), triage)
    assert first.new == 450 and first.error is None
    fake_facebook.edit_comment(ids[0], "You people are idiots, the bread was stale")
    fake_facebook.remove_comment(ids[1])
    second = sync_account(fb_db, conn, account, make(), triage)
    assert (second.new, second.updated, second.removed) == (0, 1, 1)
    store = CommentStore(fb_db, conn)
    edited = store.comments(InboxFilter(search="idiots"))
    assert [c.external_id for c in edited] == [ids[0]]
    assert edited[0].severity.value == "harsh"
    assert count(fb_db, conn) == 450  # the removed one is still here
    removed_at = conn.execute(
        "SELECT removed_at FROM comments WHERE external_id = ?", (ids[1],)
    ).fetchone()[0]
    assert removed_at is not None


def test_facebook_skips_the_pages_own_replies(
    fb_db: Database, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    post = fake_facebook.add_post()
    customer = fake_facebook.add_comment(post, "Cold coffee today")
    fake_facebook.add_comment(
        post,
        "Sorry! Come back for a free one.",
        "Corner Bakery",
        fake_facebook.page_id,
        parent_id=customer,
    )
    conn, account, make, _ = setup(fb_db, fake_facebook)
    summary = sync_account(fb_db, conn, account, make(), triage)
    assert summary.new == 1


def test_long_graph_throttling_stops_with_when_to_try_again(
    fb_db: Database, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    fake_facebook.seed(50)
    fake_facebook.throttle(code=32, minutes=30)
    conn, account, make, waits = setup(fb_db, fake_facebook)
    summary = sync_account(fb_db, conn, account, make(), triage)
    assert summary.error and "Try again at" in summary.error
    assert waits.seconds == []  # never hammered, never sat out half an hour
    assert AccountStore(fb_db, conn).get("Shop page").state == AccountState.RATE_LIMITED


def test_short_graph_throttling_is_waited_out(
    fb_db: Database, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    fake_facebook.seed(50)
    fake_facebook.throttle(code=4, minutes=1)
    conn, account, make, waits = setup(fb_db, fake_facebook)
    summary = sync_account(fb_db, conn, account, make(), triage)
    assert summary.error is None and summary.new == 50
    assert waits.seconds == [60.0]


def test_a_sync_killed_midway_loses_nothing_and_doubles_nothing(
    fb_db: Database, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    fake_facebook.seed(600, posts=2)
    conn, account, make, _ = setup(fb_db, fake_facebook)
    pages = 0

    def stop_after_three() -> bool:
        nonlocal pages
        pages += 1
        return pages > 3

    cut = sync_account(fb_db, conn, account, make(), triage, cancelled=stop_after_three)
    assert cut.error and cut.removed == 0
    assert count(fb_db, conn) == cut.new == 300
    full = sync_account(fb_db, conn, account, make(), triage)
    assert full.new == 300 and count(fb_db, conn) == 600
    assert count(fb_db, conn, statuses=frozenset({Status.NEW})) <= 600


def test_facebook_says_which_comments_can_be_answered_privately(
    fb_db: Database, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    post = fake_facebook.add_post()
    yes = fake_facebook.add_comment(post, "Where is my order?", can_reply_privately=True)
    no = fake_facebook.add_comment(post, "Old complaint", can_reply_privately=False)
    conn, account, make, _ = setup(fb_db, fake_facebook)
    sync_account(fb_db, conn, account, make(), triage)
    stored = dict(conn.execute("SELECT external_id, can_reply_privately FROM comments"))
    assert stored == {yes: 1, no: 0}


def test_after_the_first_run_mastodon_syncs_only_what_is_new(
    home_db: Database, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.seed(2000)
    conn, account, make, _ = setup(home_db, fake_mastodon)
    assert sync_account(home_db, conn, account, make(), triage).full
    for i in range(3):
        fake_mastodon.add_mention(f"new{i}", f"<p>@shop new complaint {i}</p>")
    fake_mastodon.clear_requests()
    account = AccountStore(home_db, conn).get("Toots")
    summary = sync_account(home_db, conn, account, make(), triage)
    assert not summary.full and summary.new == 3 and summary.error is None
    assert fake_mastodon.hits("/api/v1/notifications") == 1  # not 25 pages again
    assert count(home_db, conn) == 2003


def test_incremental_facebook_sync_finds_new_comments_and_a_daily_full_pass_finds_removals(
    fb_db: Database, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    ids = fake_facebook.seed(900, posts=3)
    conn, account, make, _ = setup(fb_db, fake_facebook)
    sync_account(fb_db, conn, account, make(), triage)
    old_post = fake_facebook.comments[ids[-1]].post_id
    fake_facebook.advance(hours=2)
    fresh = fake_facebook.add_comment(old_post, "Late reply: the cake was dry.")
    fake_facebook.remove_comment(ids[5])
    fake_facebook.clear_requests()
    quick = sync_account(fb_db, conn, AccountStore(fb_db, conn).get("Shop page"), make(), triage)
    assert not quick.full and quick.new == 1 and quick.removed == 0
    assert fake_facebook.hits("/comments") < 900 // 100  # read back only to the last sync
    assert (
        conn.execute("SELECT count(*) FROM comments WHERE external_id = ?", (fresh,)).fetchone()[0]
        == 1
    )
    fake_facebook.advance(hours=25)
    daily = sync_account(fb_db, conn, AccountStore(fb_db, conn).get("Shop page"), make(), triage)
    assert daily.full and daily.removed == 1 and daily.new == 0
