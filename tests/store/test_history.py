"""The history of past complaints: the filtered list (the report's own selection, plus a
search through comments, notes and replies) and one complaint's whole story."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, timedelta
from decimal import Decimal

import pytest

from feedback_desk.core.compensation import Compensation, CompensationKind
from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.errors import NotFound
from feedback_desk.core.model import Platform, Severity, Status
from feedback_desk.store import Database
from feedback_desk.store.assessments import Assessment, Assessments
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.history import History, ReportFilter
from feedback_desk.store.outbox import Outbox
from feedback_desk.store.outcomes import Outcome, Outcomes
from tests.conftest import NOW, FakeClock, MakeComment, TaggedTriage

P = Platform
ALL_TIME = ReportFilter(date(2000, 1, 1), date(2100, 1, 1))


@pytest.fixture
def ids(
    db: Database,
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> dict[str, int]:
    store.add_many(
        [
            make_comment("[harsh] Parcel arrived crushed", author="Ann", external_id="crushed"),
            make_comment(
                "[negative] Waited an hour", author="Ben", platform=P.FACEBOOK, external_id="slow"
            ),
            make_comment("[negative] Cake was stale", author="Cat", external_id="stale"),
            make_comment("[positive] Lovely shop", author="Dot", external_id="praise"),
        ],
        tagged_triage,
    )
    found = {str(e): int(i) for e, i in conn.execute("SELECT external_id, id FROM comments")}
    assessments = Assessments(db, conn)
    assessments.save(
        Assessment(found["crushed"], "valid", "Box was crushed", "delivery", "Courier")
    )
    assessments.save(Assessment(found["slow"], "not_valid", "", "service", "Busy Saturday"))
    return found


def send_reply(db: Database, conn: sqlite3.Connection, clock: FakeClock, cid: int) -> None:
    outbox = Outbox(db, conn)
    outbox.start_cooloff(cid, CoolOffSettings())
    clock.advance(minutes=45)
    reply = outbox.queue(
        cid,
        "email",
        "Ann, I am so sorry. Here is 10% off.",
        Compensation(CompensationKind.PERCENT, Decimal(10)),
    )
    outbox.claim(reply.id)
    outbox.mark_sent(reply.id, "m-1")


def test_the_whole_story_of_a_complaint(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, ids: dict[str, int]
) -> None:
    cid = ids["crushed"]
    opened = clock.now
    send_reply(db, conn, clock, cid)
    Outcomes(db, conn).record(cid, Outcome.UNHAPPY, note="Wants a refund")
    Outcomes(db, conn).record(cid, Outcome.WON_BACK, note="Ordered again")

    story = History(db, conn).story(cid)
    assert story.comment.text == "[harsh] Parcel arrived crushed"
    assert story.assessment.validity == "valid" and story.assessment.category == "delivery"
    assert story.cooloff_started_at == opened
    assert story.cooloff_ends_at == opened + timedelta(minutes=30)
    assert story.first_reply is not None and story.first_reply.channel == "email"
    assert story.first_reply_at == opened + timedelta(minutes=45)
    assert story.wait_kept == timedelta(minutes=45)
    assert story.time_to_reply == opened + timedelta(minutes=45) - story.comment.created_at
    assert [o.kind for o in story.offers] == [CompensationKind.PERCENT]
    assert story.outcome is not None and story.outcome.outcome is Outcome.WON_BACK
    assert [o.note for o in story.outcomes] == ["Wants a refund", "Ordered again"]
    # Every status change is in the history, the pause starting included.
    assert [(s.old, s.new) for s in story.status_changes] == [
        (Status.NEW, Status.COOLING_OFF),
        (Status.COOLING_OFF, Status.REPLIED),
    ]


def test_a_story_with_nothing_done_yet(
    db: Database, conn: sqlite3.Connection, ids: dict[str, int]
) -> None:
    story = History(db, conn).story(ids["stale"])
    assert story.assessment.validity is None
    assert story.replies == () and story.offers == () and story.outcomes == ()
    assert story.first_reply is None and story.wait_kept is None and story.time_to_reply is None
    assert story.outcome is None
    with pytest.raises(NotFound):
        History(db, conn).story(999_999)


def test_the_list_holds_the_complaints_newest_first(
    db: Database, conn: sqlite3.Connection, ids: dict[str, int]
) -> None:
    history = History(db, conn)
    listed = history.ids(ALL_TIME, tz=UTC)
    assert listed == [ids["crushed"], ids["slow"], ids["stale"]]  # praise is no complaint
    rows = history.rows(listed)
    assert [r.author for r in rows] == ["Ann", "Ben", "Cat"]
    assert rows[0].severity is Severity.HARSH and rows[0].category == "delivery"
    assert rows[1].validity == "not_valid" and rows[2].validity is None
    assert history.rows([ids["stale"], 999_999, ids["crushed"]])[0].author == "Cat"


def test_filters_are_the_reports_filters(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, ids: dict[str, int]
) -> None:
    history = History(db, conn)
    send_reply(db, conn, clock, ids["crushed"])
    Outcomes(db, conn).record(ids["crushed"], Outcome.WON_BACK)

    def only(**kwargs: frozenset[str]) -> list[int]:
        return history.ids(ReportFilter(date(2000, 1, 1), date(2100, 1, 1), **kwargs))

    assert only(platforms=frozenset({"facebook"})) == [ids["slow"]]
    assert only(categories=frozenset({"delivery", "service"})) == [ids["crushed"], ids["slow"]]
    assert only(validities=frozenset({"not_assessed"})) == [ids["stale"]]
    assert only(outcomes=frozenset({"won_back"})) == [ids["crushed"]]
    assert only(outcomes=frozenset({"none"})) == [ids["slow"], ids["stale"]]
    row = history.rows([ids["crushed"]])[0]
    assert row.outcome is Outcome.WON_BACK and row.reply_channel == "email"
    assert row.first_reply_at == clock.now
    today = NOW.astimezone(UTC).date()
    assert history.ids(ReportFilter(today + timedelta(days=1), today + timedelta(days=9))) == []


def test_search_looks_in_the_comment_the_notes_and_the_replies(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, ids: dict[str, int]
) -> None:
    history = History(db, conn)
    send_reply(db, conn, clock, ids["crushed"])
    assert history.ids(ALL_TIME, "stale") == [ids["stale"]]
    assert history.ids(ALL_TIME, "cat") == [ids["stale"]]  # the author
    assert history.ids(ALL_TIME, "saturday") == [ids["slow"]]  # the owner's note
    assert history.ids(ALL_TIME, "so sorry") == [ids["crushed"]]  # the reply
    assert history.ids(ALL_TIME, "lovely") == []  # praise is not a complaint
    assert history.ids(ALL_TIME, "   ") == history.ids(ALL_TIME)
    assert history.ids(ALL_TIME, '100% "off') == []  # odd characters are only text
    assert history.ids(ALL_TIME, "Satur_ay") == []  # _ and % are not wildcards
    assert history.ids(ALL_TIME, "Satur%") == []


def test_pages_follow_one_another_as_the_whole_list_does(
    db: Database,
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
    ids: dict[str, int],
) -> None:
    """The history window reads a page at a time after the last row shown: the pages
    together are the list, in its order, with the same filters and search; ties on the
    time are broken by id, as the list breaks them."""
    store.add_many(
        [
            make_comment(f"[negative] Late again {i}", author=f"P{i}", external_id=f"late{i}")
            for i in range(7)
        ],
        tagged_triage,
    )
    history = History(db, conn)
    for report_filter, search in (
        (ALL_TIME, ""),
        (ALL_TIME, "late"),
        (ReportFilter(date(2000, 1, 1), date(2100, 1, 1), platforms=frozenset({"facebook"})), ""),
        (ReportFilter(date(2000, 1, 1), date(2100, 1, 1), categories=frozenset({"delivery"})), ""),
        (
            ReportFilter(
                date(2000, 1, 1), date(2100, 1, 1), validities=frozenset({"not_assessed"})
            ),
            "",
        ),
        (ReportFilter(date(2000, 1, 1), date(2100, 1, 1), outcomes=frozenset({"none"})), ""),
    ):
        listed = history.ids(report_filter, search, tz=UTC)
        paged: list[int] = []
        page = history.page(report_filter, search, UTC, limit=3)
        while page:
            paged += [row.id for row in page]
            page = history.page(report_filter, search, UTC, after=page[-1], limit=3)
        assert paged == listed
        assert history.count(report_filter, search, UTC) == len(listed)
    assert len(history.ids(ALL_TIME, tz=UTC)) == 10


def test_the_other_platforms_are_found_without_reading_every_comment(
    db: Database,
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:
    from feedback_desk.store.comments import other_platforms

    assert other_platforms(conn) == []
    store.add_many(
        [
            make_comment("[negative] Meh", platform=Platform("Trustpilot"), external_id="t1"),
            make_comment("[negative] Meh", platform=Platform("Etsy"), external_id="e1"),
            make_comment("[negative] Meh", platform=Platform("Trustpilot"), external_id="t2"),
            make_comment("[negative] Meh", platform=P.GOOGLE, external_id="g1"),
        ],
        tagged_triage,
    )
    assert other_platforms(conn) == CommentStore(db, conn).other_platforms()
    assert [p.label for p in other_platforms(conn)] == ["Etsy", "Trustpilot"]
