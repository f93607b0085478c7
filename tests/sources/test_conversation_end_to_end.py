"""Issue 9's "done when", against the local platform servers through a real sync: a review
answered in Google's own tools is answered, an edited review keeps its first version and
stays in the report, and a customer's answer to the owner's public reply joins the
conversation."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.model import OPEN_STATUSES, Platform, Severity, Status
from feedback_desk.core.triage import Triage
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.http import PlatformHttp
from feedback_desk.sources.outbox import ReplyService
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import open_database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.outbox import Outbox
from feedback_desk.store.report_data import ReportFilter, load_complaints
from feedback_desk.store.threads import earlier_versions, stars_up_after_reply, thread
from tests.fakes import FakeFacebook, FakeGoogleReviews
from tests.sources.test_google_reviews import Setup

NEEDS_A_REPLY = InboxFilter(statuses=frozenset(OPEN_STATUSES))


def _id(store: CommentStore, external_id: str) -> int:
    return next(c.id for c in store.comments(InboxFilter()) if c.external_id == external_id)


def test_a_review_answered_in_googles_own_tools_does_not_need_a_reply(
    tmp_path: Path, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    google = Setup(open_database(tmp_path / "home", fake_google.clock), fake_google)
    answered = fake_google.add_review(1, "Cold food and a rude waiter.", "Ann")
    waiting = fake_google.add_review(2, "Took an hour to get our order.", "Bo")
    fake_google.advance(hours=3)
    fake_google.set_owner_reply(answered, "Ann, I'm sorry. I've spoken to the team.")
    google.sync(triage)
    store = CommentStore(google.db, google.conn)
    listed = [c.external_id for c in store.comments(NEEDS_A_REPLY)]
    assert listed == [waiting]
    comment = store.get(_id(store, answered))
    assert comment.status is Status.REPLIED
    assert store.surroundings(comment.id).answered_on_platform
    google.sync(triage)  # seen again: still one reply
    assert len(Outbox(google.db, google.conn).for_comment(comment.id)) == 1


def test_a_one_star_review_edited_to_four_after_the_reply_is_kept_and_offered_as_won_back(
    tmp_path: Path, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    google = Setup(open_database(tmp_path / "home", fake_google.clock), fake_google)
    review = fake_google.add_review(1, "Awful. Stale bread and nobody cared.", "Cy")
    google.sync(triage)
    store = CommentStore(google.db, google.conn)
    cid = _id(store, review)
    first = store.get(cid)
    assert first.severity in (Severity.HARSH, Severity.NEGATIVE)
    outbox = Outbox(google.db, google.conn)
    outbox.start_cooloff(cid, CoolOffSettings())
    fake_google.advance(hours=1)
    service = ReplyService(google.db, google.conn, lambda _c: google.connector())
    service.reply(cid, "public", "Cy, I'm so sorry about the bread. Please let us make it right.")
    fake_google.advance(days=2)
    fake_google.edit_review(review, "They made it right, thank you!", star_rating=4)
    google.sync(triage)
    now = store.get(cid)
    assert (now.rating, now.text) == (4, "They made it right, thank you!")
    assert [(v.rating, v.text) for v in earlier_versions(google.conn, cid)] == [
        (1, "Awful. Stale bread and nobody cared.")
    ]
    assert stars_up_after_reply(google.conn, cid) == (1, 4)
    day = fake_google.now.date()
    facts = load_complaints(google.conn, ReportFilter(day - timedelta(days=7), day))
    assert [(f.id, f.severity) for f in facts] == [(cid, first.severity)]


def test_a_customers_answer_to_the_public_reply_joins_the_conversation(
    tmp_path: Path, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    post = fake_facebook.add_post()
    complaint = fake_facebook.add_comment(post, "The cake was stale and dry.", "Sam Okafor")
    db = open_database(tmp_path / "home", fake_facebook.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Shop page", Platform.FACEBOOK, {"page_id": fake_facebook.page_id}
    )

    def connector() -> FacebookConnector:
        http = PlatformHttp(
            "Facebook", "Shop page", sleep=lambda s: None, clock=fake_facebook.clock
        )
        return FacebookConnector(
            http, fake_facebook.page_id, fake_facebook.token, fake_facebook.base_url
        )

    sync_account(db, conn, account, connector(), triage)
    store = CommentStore(db, conn)
    cid = _id(store, complaint)
    Outbox(db, conn).start_cooloff(cid, CoolOffSettings())
    fake_facebook.advance(minutes=31)
    service = ReplyService(db, conn, lambda _c: connector())
    service.reply(cid, "public", "Sam, I'm sorry. Could you message us so we can put it right?")
    fake_facebook.advance(minutes=20)
    fake_facebook.add_comment(
        post, "Oh great, a message. That fixes everything.", "Sam Okafor", parent_id=complaint
    )
    sync_account(db, conn, account, connector(), triage, full=True)
    answer = next(c for c in store.comments(InboxFilter()) if c.id != cid)
    assert answer.parent_id == cid
    assert answer.severity.rank <= store.get(cid).severity.rank  # never milder than the complaint
    assert [(e.kind, e.source) for e in thread(conn, answer.id)] == [
        ("comment", "platform"),
        ("reply", "app"),
        ("comment", "platform"),
    ]
    assert len(Outbox(db, conn).for_comment(cid)) == 1  # the app's reply is not seen twice
