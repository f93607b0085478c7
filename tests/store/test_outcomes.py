from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from feedback_desk.core.errors import NotFound, UserFacingError
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.outcomes import Outcome, Outcomes
from tests.conftest import FakeClock, MakeComment


@pytest.fixture
def ids(store: CommentStore, make_comment: MakeComment, triage: Triage) -> list[int]:
    store.add_many([make_comment("Late parcel"), make_comment("Rude staff")], triage)
    return [r.id for r in store.page(InboxFilter())]


def test_outcomes_keep_their_history_and_the_latest_counts(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, ids: list[int]
) -> None:
    outcomes = Outcomes(db, conn)
    today = clock.now.astimezone().date()
    outcomes.record(
        ids[0], Outcome.UNHAPPY, note="Wants a refund", follow_up_on=today + timedelta(days=3)
    )
    outcomes.record(ids[0], Outcome.WON_BACK, note="Came back on Saturday")
    assert [o.outcome for o in outcomes.history(ids[0])] == [Outcome.UNHAPPY, Outcome.WON_BACK]
    latest = outcomes.latest(ids[0])
    assert latest is not None and latest.outcome.label == "Won back"
    assert latest.decided_on == today
    assert outcomes.latest(ids[1]) is None


def test_follow_ups_become_due_on_their_day_unless_a_later_outcome_replaced_them(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, ids: list[int]
) -> None:
    outcomes = Outcomes(db, conn)
    today = clock.now.astimezone().date()
    outcomes.record(ids[0], Outcome.NO_RESPONSE, follow_up_on=today + timedelta(days=2))
    outcomes.record(ids[1], Outcome.UNHAPPY, follow_up_on=today + timedelta(days=1))
    assert outcomes.due() == []
    assert [o.comment_id for o in outcomes.due(today + timedelta(days=1))] == [ids[1]]
    assert [o.comment_id for o in outcomes.due(today + timedelta(days=2))] == [ids[1], ids[0]]
    outcomes.record(ids[1], Outcome.RESOLVED)  # dealt with: no longer due
    assert [o.comment_id for o in outcomes.due(today + timedelta(days=5))] == [ids[0]]


def test_bad_dates_and_unknown_comments_are_refused(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, ids: list[int]
) -> None:
    outcomes = Outcomes(db, conn)
    today = clock.now.astimezone().date()
    with pytest.raises(UserFacingError, match="future"):
        outcomes.record(ids[0], Outcome.LOST, decided_on=today + timedelta(days=1))
    with pytest.raises(UserFacingError, match="follow-up day"):
        outcomes.record(ids[0], Outcome.LOST, follow_up_on=today - timedelta(days=1))
    with pytest.raises(NotFound):
        outcomes.record(999, Outcome.LOST)


def test_every_reader_agrees_on_the_latest_outcome_even_when_the_clock_went_back(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, ids: list[int]
) -> None:
    from datetime import date

    from feedback_desk.store.history import History
    from feedback_desk.store.report_data import ReportFilter, load_complaints

    outcomes = Outcomes(db, conn)
    today = clock.now.astimezone().date()
    outcomes.record(ids[0], Outcome.UNHAPPY, follow_up_on=today)
    clock.advance(hours=-2)  # the computer's clock was put back
    outcomes.record(ids[0], Outcome.WON_BACK)
    latest = outcomes.latest(ids[0])
    assert latest is not None
    everywhere = ReportFilter(date(2000, 1, 1), date(2100, 1, 1))
    by_report = {c.id: c.outcome for c in load_complaints(conn, everywhere)}
    by_history = {r.id: r.outcome for r in History(db, conn).rows([ids[0]])}
    due = [o.comment_id for o in outcomes.due(today)]
    in_inbox = [r.id for r in CommentStore(db, conn).page(InboxFilter(follow_up_due=today))]
    assert by_report[ids[0]] == by_history[ids[0]] == latest.outcome
    assert (ids[0] in due) == (ids[0] in in_inbox) == (latest.outcome is Outcome.UNHAPPY)
