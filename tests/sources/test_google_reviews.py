"""Google reviews against a real HTTP server on 127.0.0.1 that speaks the v4 reviews API."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

import pytest

from feedback_desk.core.channels import PrivateReplyNotAllowed
from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.errors import Offline, PlatformRefused, TokenExpired
from feedback_desk.core.model import Comment, OwnReply, Platform, Status
from feedback_desk.core.triage import Triage
from feedback_desk.sources.google_auth import GoogleAuth
from feedback_desk.sources.google_reviews import GoogleReviewsConnector
from feedback_desk.sources.http import PlatformHttp, Policy
from feedback_desk.sources.outbox import send
from feedback_desk.sources.sync import SyncSummary, sync_account
from feedback_desk.store import Database, open_database
from feedback_desk.store.accounts import Account, AccountState, AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.outbox import Outbox, Reply, ReplyState
from tests.fakes import FakeGoogleReviews
from tests.kill import app_killed

NAME = "Reviews"


class Waits:
    """Stands in for time.sleep: records each wait and moves the fake platform's clock."""

    def __init__(self, server: FakeGoogleReviews) -> None:
        self.server = server
        self.seconds: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)
        self.server.advance(seconds=seconds)


class Setup:
    def __init__(self, db: Database, server: FakeGoogleReviews) -> None:
        self.db = db
        self.server = server
        self.conn = db.connect()
        self.waits = Waits(server)
        self.refresh_token = server.refresh_token  # what the owner gave us, kept
        self.account: Account = AccountStore(db, self.conn).add(
            NAME,
            Platform.GOOGLE,
            {
                "account_id": server.account_id,
                "location_id": server.location_id,
                "client_id": server.client_id,
            },
        )

    def connector(self, attempts: int = 4) -> GoogleReviewsConnector:
        server = self.server
        http = PlatformHttp(
            Platform.GOOGLE.label,
            NAME,
            sleep=self.waits,
            clock=server.clock,
            policy=Policy(attempts=attempts),
        )
        auth = GoogleAuth(
            http,
            server.client_id,
            server.client_secret,
            self.refresh_token,
            token_url=server.base_url + "/token",
            clock=server.clock,
        )
        return GoogleReviewsConnector(
            http, auth, server.account_id, server.location_id, server.base_url
        )

    def sync(self, triage: Triage, connector: GoogleReviewsConnector | None = None) -> SyncSummary:
        return sync_account(self.db, self.conn, self.account, connector or self.connector(), triage)

    def stored(self) -> dict[str, Comment]:
        comments = CommentStore(self.db, self.conn).comments(InboxFilter())
        return {c.external_id: CommentStore(self.db, self.conn).get(c.id) for c in comments}

    def state(self) -> tuple[str, str]:
        account = AccountStore(self.db, self.conn).get(NAME)
        return account.state, account.state_reason or ""


@pytest.fixture
def google(tmp_path: Path, fake_google: FakeGoogleReviews) -> Setup:
    return Setup(open_database(tmp_path / "home", fake_google.clock), fake_google)


def test_many_reviews_across_pages_then_nothing_new(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    fake_google.seed(260)
    first = sync_account(google.db, google.conn, google.account, google.connector(), triage)
    assert (first.new, first.updated, first.removed, first.error) == (260, 0, 0, None)
    listed = fake_google.find_requests("/reviews", method="GET")
    assert len(listed) == 6  # 50 a page
    assert all(r.param("pageSize") == "50" for r in listed)
    assert all(r.param("orderBy") == "updateTime desc" for r in listed)
    second = sync_account(google.db, google.conn, google.account, google.connector(), triage)
    assert (second.new, second.updated, second.removed, second.error) == (0, 0, 0, None)
    assert len(google.stored()) == 260
    assert google.state()[0] == AccountState.OK


def test_stars_are_stored_and_a_rating_without_words_comes_in_with_empty_text(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    rude = fake_google.add_review(1, "Rude staff, waited 40 min.", "Sam Patel")
    quiet = fake_google.add_review(5, None, "Quiet Fan")
    hidden = fake_google.add_review("THREE", "It was ok.", is_anonymous=True)
    summary = sync_account(google.db, google.conn, google.account, google.connector(), triage)
    assert summary.error is None and summary.new == 3 and not summary.problems
    stored = google.stored()
    assert stored[rude].rating == 1 and stored[rude].author == "Sam Patel"
    assert stored[rude].text == "Rude staff, waited 40 min."
    assert stored[rude].platform is Platform.GOOGLE and stored[rude].account == NAME
    assert stored[quiet].rating == 5 and stored[quiet].text == ""
    assert stored[hidden].rating == 3 and stored[hidden].author == "A Google user"
    assert stored[rude].created_at == fake_google.reviews[rude].created


def test_an_unspecified_star_rating_is_stored_as_no_rating(google: Setup, triage: Triage) -> None:
    from feedback_desk.sources.google_reviews import _review

    item = {
        "reviewId": "AbC",
        "reviewer": {"displayName": "Sam", "isAnonymous": False},
        "starRating": "STAR_RATING_UNSPECIFIED",
        "createTime": "2026-05-01T10:00:00.123456789Z",
    }
    review = _review(item, "accounts/111/locations/222")
    assert review.rating is None and review.text == "" and review.author == "Sam"
    assert review.external_id == "AbC" and review.created_at.year == 2026


def test_edits_update_and_removed_reviews_are_kept_but_marked(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    ids = [fake_google.add_review(2, f"Slow service, visit {i}.") for i in range(3)]
    google.sync(triage)
    fake_google.advance(hours=1)
    fake_google.edit_review(ids[0], comment="Slow, but they fixed it. Thanks!", star_rating=4)
    fake_google.remove_review(ids[1])
    again = sync_account(google.db, google.conn, google.account, google.connector(), triage)
    assert (again.new, again.updated, again.removed, again.error) == (0, 1, 1, None)
    stored = google.stored()
    assert stored[ids[0]].text == "Slow, but they fixed it. Thanks!"
    assert stored[ids[0]].rating == 4
    assert stored[ids[0]].severity.value == "positive"
    assert len(stored) == 3  # the removed one is still here
    removed_at = google.conn.execute(
        "SELECT removed_at FROM comments WHERE external_id = ?", (ids[1],)
    ).fetchone()[0]
    assert removed_at is not None


def test_after_the_first_run_only_what_changed_is_read_and_a_daily_full_pass_finds_removals(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    ids = fake_google.seed(260)
    assert google.sync(triage).full
    fake_google.advance(hours=2)
    fresh = fake_google.add_review(1, "New today: burnt toast.")
    fake_google.edit_review(ids[-1], comment="Oldest review, edited: still cold.")
    fake_google.remove_review(ids[3])
    fake_google.clear_requests()
    account = AccountStore(google.db, google.conn).get(NAME)
    assert account.sync_cursor is not None
    quick = sync_account(google.db, google.conn, account, google.connector(), triage)
    assert not quick.full and (quick.new, quick.updated, quick.removed) == (1, 1, 0)
    assert fake_google.hits("/reviews", method="GET") == 1  # not all six pages again
    assert fresh in google.stored()
    fake_google.advance(hours=25)
    account = AccountStore(google.db, google.conn).get(NAME)
    daily = sync_account(google.db, google.conn, account, google.connector(), triage)
    assert daily.full and (daily.new, daily.updated, daily.removed) == (0, 0, 1)


def test_the_access_token_is_fetched_once_kept_and_renewed_after_it_stops_working(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    fake_google.seed(120)
    connector = google.connector()
    assert google.sync(triage, connector).error is None
    assert fake_google.hits("/token", method="POST") == 1  # one token for all three pages
    token_request = fake_google.last_request("/token", method="POST")
    assert token_request.form is not None and token_request.form["grant_type"] == ["refresh_token"]
    assert "Authorization" not in token_request.headers  # no old bearer sent to /token

    fake_google.expire_access_tokens()  # Google says 401 UNAUTHENTICATED from now on
    fake_google.add_review(1, "Cold coffee.")
    again = google.sync(triage, connector)
    assert again.error is None and again.new == 1
    assert fake_google.hits("/token", method="POST") == 2

    fake_google.advance(hours=2)  # past expires_in: renewed before asking, no 401 first
    fake_google.clear_requests()
    assert connector.check() == f"location {fake_google.location_name} (121 reviews)"
    assert [r.path.rsplit("/", 1)[-1] for r in fake_google.requests] == ["token", "reviews"]


def test_a_revoked_refresh_token_marks_the_account_for_reconnecting(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    fake_google.seed(10)
    fake_google.revoke_refresh_token()
    summary = google.sync(triage)
    assert summary.error and "Reconnect the account" in summary.error
    state, reason = google.state()
    assert state == AccountState.NEEDS_RECONNECT
    assert "Token has been expired or revoked" in reason
    for secret in (google.refresh_token, fake_google.client_secret, fake_google.token):
        assert secret not in reason
    assert fake_google.hits("/reviews") == 0


def test_revoked_while_the_access_token_runs_out_mid_session(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    connector = google.connector()
    fake_google.add_review(1, "Bad.")
    assert google.sync(triage, connector).error is None
    fake_google.revoke_refresh_token()
    fake_google.expire_access_tokens()
    with pytest.raises(TokenExpired, match="Token has been expired or revoked"):
        connector.check()


def test_a_wrong_client_secret_asks_to_reconnect_without_showing_it(
    google: Setup, fake_google: FakeGoogleReviews
) -> None:
    http = PlatformHttp(Platform.GOOGLE.label, NAME, sleep=google.waits, clock=fake_google.clock)
    auth = GoogleAuth(
        http,
        fake_google.client_id,
        "GOCSPX-wrong-secret",
        google.refresh_token,
        token_url=fake_google.base_url + "/token",
        clock=fake_google.clock,
    )
    connector = GoogleReviewsConnector(http, auth, "111", "222", fake_google.base_url)
    with pytest.raises(TokenExpired) as raised:
        connector.check()
    assert "client secret" in str(raised.value)
    assert "GOCSPX-wrong-secret" not in str(raised.value) and "secret" not in repr(auth)


def test_resource_exhausted_is_waited_out(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    fake_google.seed(120)
    connector = google.connector()
    connector.check()  # the token first, so the 429s hit the reviews
    fake_google.quota_exhausted(times=1)  # no Retry-After: a minute
    summary = google.sync(triage, connector)
    assert summary.error is None and summary.new == 120
    assert google.waits.seconds == [60.0]
    fake_google.quota_exhausted(times=2, retry_after=20)
    assert google.sync(triage, connector).error is None
    assert google.waits.seconds == [60.0, 20.0, 20.0]


def test_permission_denied_stops_with_googles_reason(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    fake_google.seed(5)
    connector = google.connector()
    connector.check()
    fake_google.permission_denied()
    summary = google.sync(triage, connector)
    assert summary.error and "has not been used in project" in summary.error
    state, reason = google.state()
    assert state == AccountState.UNREACHABLE and "must be approved" in reason
    assert google.waits.seconds == []  # refused, not retried


def test_a_wrong_shape_stops_cleanly(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    fake_google.seed(80)
    fake_google.malformed_next(kind="wrong_shape", path_contains="pageToken=")
    broken = google.sync(triage)
    assert broken.error and "unexpected shape" in broken.error
    assert broken.new == 50 and broken.removed == 0
    again = google.sync(triage)
    assert again.error is None and again.new == 30


# -- replies -------------------------------------------------------------------------------


@pytest.fixture
def review(google: Setup, fake_google: FakeGoogleReviews, triage: Triage) -> tuple[int, str]:
    """A harsh one-star review, synced in, its cool-off over: (comment id, review id)."""
    review_id = fake_google.add_review(1, "You lot are IDIOTS, the cake was STALE!!", "Sam Harsh")
    google.sync(triage)
    comment_id = CommentStore(google.db, google.conn).page(InboxFilter())[0].id
    Outbox(google.db, google.conn).start_cooloff(comment_id, CoolOffSettings())
    fake_google.advance(minutes=31)
    return comment_id, review_id


def _send(google: Setup, reply_id: int, connector: GoogleReviewsConnector | None = None) -> Reply:
    return send(google.db, google.conn, reply_id, connector or google.connector())


def test_a_public_reply_reaches_google_once(
    google: Setup, fake_google: FakeGoogleReviews, review: tuple[int, str]
) -> None:
    comment_id, review_id = review
    reply = Outbox(google.db, google.conn).queue(comment_id, "public", "We're sorry, Sam.")
    sent = _send(google, reply.id)
    assert sent.state == ReplyState.SENT and sent.remote_id == review_id
    assert [(r["review_id"], r["comment"]) for r in fake_google.replies] == [
        (review_id, "We're sorry, Sam.")
    ]
    assert CommentStore(google.db, google.conn).get(comment_id).status is Status.REPLIED


def test_the_replys_moderation_state_is_kept_with_it(
    google: Setup, fake_google: FakeGoogleReviews, review: tuple[int, str]
) -> None:
    comment_id, _ = review
    fake_google.reply_state = "PENDING"
    reply = Outbox(google.db, google.conn).queue(comment_id, "public", "We're sorry, Sam.")
    assert _send(google, reply.id).platform_state == "PENDING"


def test_killed_after_the_reply_arrived_never_sends_it_again(
    google: Setup, fake_google: FakeGoogleReviews, review: tuple[int, str]
) -> None:
    comment_id, _ = review
    outbox = Outbox(google.db, google.conn)
    reply = outbox.queue(comment_id, "public", "Sorry about the cake.")
    outbox.claim(reply.id)  # "sending" is stored...
    app_killed(outbox, reply.id)
    comment = CommentStore(google.db, google.conn).get(comment_id)
    google.connector().send_reply(comment, "public", reply.text, reply.send_key)  # ...arrives
    sent = _send(google, reply.id)  # the next start retries
    assert sent.state == ReplyState.SENT
    assert len(fake_google.replies) == 1


def test_an_interrupted_send_that_never_arrived_is_sent_once(
    google: Setup, fake_google: FakeGoogleReviews, review: tuple[int, str]
) -> None:
    comment_id, _ = review
    reply = Outbox(google.db, google.conn).queue(comment_id, "public", "Sorry, truly.")
    fake_google.drop_next_connection(method="PUT")
    with pytest.raises(Offline):
        _send(google, reply.id, google.connector(attempts=1))
    kept = Outbox(google.db, google.conn).get(reply.id)
    assert kept.state == ReplyState.UNCERTAIN
    sent = _send(google, reply.id)
    assert sent.state == ReplyState.SENT
    assert len(fake_google.replies) == 1


def test_a_private_reply_is_refused_with_a_clear_message(
    google: Setup, fake_google: FakeGoogleReviews, review: tuple[int, str]
) -> None:
    comment_id, _ = review
    reply = Outbox(google.db, google.conn).queue(comment_id, "private", "Call me.")
    fake_google.clear_requests()
    with pytest.raises(PrivateReplyNotAllowed, match="no private replies on Google reviews"):
        _send(google, reply.id)
    assert fake_google.requests == []  # refused by the outbox before any call
    assert Outbox(google.db, google.conn).get(reply.id).state == ReplyState.QUEUED


def test_a_reply_longer_than_4096_characters_is_refused_before_any_call(
    google: Setup, fake_google: FakeGoogleReviews, review: tuple[int, str]
) -> None:
    comment_id, _ = review
    reply = Outbox(google.db, google.conn).queue(comment_id, "public", "x" * 5000)
    fake_google.clear_requests()
    with pytest.raises(PlatformRefused, match="at most 4,096 characters; this one has 5,000"):
        _send(google, reply.id)
    assert fake_google.requests == [] and fake_google.replies == []
    failed = Outbox(google.db, google.conn).get(reply.id)
    assert failed.state == ReplyState.FAILED and "4,096" in (failed.error or "")


def test_the_replys_moderation_state_can_be_read(
    google: Setup, fake_google: FakeGoogleReviews, review: tuple[int, str]
) -> None:
    comment_id, review_id = review
    connector = google.connector()
    assert connector.reply_state(review_id) is None
    reply = Outbox(google.db, google.conn).queue(comment_id, "public", "Sorry!")
    _send(google, reply.id, connector)
    fake_google.set_reply_state(review_id, "REJECTED", {"reason": "PROFANITY"})
    assert connector.reply_state(review_id) == "REJECTED"


def test_check_names_the_location(google: Setup, fake_google: FakeGoogleReviews) -> None:
    assert google.connector().check() == "location accounts/111/locations/222 (0 reviews)"


def test_changing_only_the_stars_updates_the_review(
    google: Setup, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    review_id = fake_google.add_review(1, "The bread.")
    google.sync(triage)
    fake_google.advance(hours=1)
    fake_google.edit_review(review_id, star_rating=5)
    again = google.sync(triage)
    assert again.updated == 1
    assert google.stored()[review_id].rating == 5


def test_the_owners_reply_written_in_google_comes_as_an_own_reply(
    google: Setup, fake_google: FakeGoogleReviews
) -> None:
    """A review answers no one (Google has no threads under a review); its reviewReply,
    written in Google's own tools, is the shop's own reply to it. A reply Google's
    moderation rejected is not shown to anyone, so it is not an answer."""
    start = fake_google.now - timedelta(days=2)
    answered = fake_google.add_review(1, "Cold coffee, rude staff.", "Sam", create_time=start)
    fake_google.set_owner_reply(
        answered, "Sorry, Sam: come back for a fresh one.", start + timedelta(hours=5)
    )
    rejected = fake_google.add_review(2, "Meh.", "Kim", create_time=start + timedelta(hours=1))
    fake_google.set_owner_reply(rejected, "You are wrong!!!")
    fake_google.set_reply_state(rejected, "REJECTED")
    waiting = fake_google.add_review(1, "Never again.", "Lee", create_time=start)

    pages = list(google.connector().pages())

    comments = {c.external_id: c for p in pages for c in p.comments}
    assert set(comments) == {answered, rejected, waiting}
    assert all(c.reply_to_external_id is None for c in comments.values())
    assert [r for p in pages for r in p.own_replies] == [
        OwnReply(
            Platform.GOOGLE,
            f"{answered}/reply",
            answered,
            "Sorry, Sam: come back for a fresh one.",
            (start + timedelta(hours=5)).astimezone(UTC),
        )
    ]
    assert fake_google.replies == []  # nothing was sent through the API
    assert not any(p.problems for p in pages)


def test_a_reply_in_an_unexpected_shape_is_a_problem_and_the_review_still_comes(
    google: Setup, fake_google: FakeGoogleReviews
) -> None:
    review = fake_google.add_review(1, "Cold coffee.", "Sam")
    body = {"reviews": [dict(fake_google.review_json(fake_google.reviews[review]))]}
    body["reviews"][0]["reviewReply"] = {"comment": "Sorry!"}  # no updateTime
    fake_google.fail_next(200, body, path_contains="/reviews", method="GET")
    pages = list(google.connector().pages())
    assert [c.external_id for p in pages for c in p.comments] == [review]
    assert [r for p in pages for r in p.own_replies] == []
    assert [x for p in pages for x in p.problems] == [
        "Google review 1, the owner's reply: a reply without its updateTime"
    ]


@pytest.mark.parametrize("lifetime", [10**30, "nan", -5])
def test_an_absurd_token_lifetime_is_not_an_overflow(
    google: Setup, fake_google: FakeGoogleReviews, lifetime: object
) -> None:
    """expires_in of 10**30 raised OverflowError out of the sync; a token is trusted for a
    day at most."""
    fake_google.fail_next(
        200,
        {"access_token": "ya29.an-odd-token-1234", "expires_in": lifetime, "token_type": "Bearer"},
        path_contains="/token",
    )
    auth = google.connector()._auth
    auth.refresh()
    assert auth._valid_until is not None
    assert auth._valid_until - fake_google.now <= timedelta(days=1)
