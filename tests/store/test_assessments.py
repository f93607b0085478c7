from __future__ import annotations

import sqlite3

import pytest

from feedback_desk.core.errors import UserFacingError
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database
from feedback_desk.store.assessments import (
    DEFAULT_CATEGORIES,
    Assessment,
    Assessments,
    ReplyDraft,
)
from feedback_desk.store.comments import CommentStore, InboxFilter
from tests.conftest import FakeClock, MakeComment


@pytest.fixture
def comment_id(store: CommentStore, make_comment: MakeComment, triage: Triage) -> int:
    store.add_many([make_comment("The parcel came a week late.")], triage)
    return store.page(InboxFilter())[0].id


def test_an_assessment_is_kept_and_updated(
    db: Database, conn: sqlite3.Connection, clock: FakeClock, comment_id: int
) -> None:
    assessments = Assessments(db, conn)
    assert assessments.get(comment_id).validity is None
    saved = assessments.save(Assessment(comment_id, "partly", "It was late", "delivery", ""))
    assert (saved.validity, saved.valid_point, saved.category) == (
        "partly",
        "It was late",
        "delivery",
    )
    clock.advance(minutes=5)
    again = assessments.save(
        Assessment(comment_id, "valid", "Late, and we didn't say", "delivery", "Call the courier")
    )
    assert again.validity == "valid" and again.notes == "Call the courier"
    assert again.updated_at == clock.now
    with pytest.raises(UserFacingError, match="valid, partly valid or not valid"):
        assessments.save(Assessment(comment_id, "maybe", "", None, ""))


def test_categories_are_editable_and_never_empty(db: Database, conn: sqlite3.Connection) -> None:
    assessments = Assessments(db, conn)
    assert assessments.categories() == list(DEFAULT_CATEGORIES)
    assert assessments.set_categories(["delivery", " packaging ", "delivery", ""]) == [
        "delivery",
        "packaging",
    ]
    assert assessments.categories() == ["delivery", "packaging"]
    with pytest.raises(UserFacingError, match="at least one"):
        assessments.set_categories(["  "])


def test_a_draft_survives_closing_and_reopening(db: Database, comment_id: int) -> None:
    first = db.connect()
    Assessments(db, first).save_draft(
        ReplyDraft(
            comment_id,
            "private",
            "I'm sorry about the delay.",
            {"kind": "percent", "value": "10"},
            "draftPage",
        )
    )
    first.close()
    again = db.connect()  # as after quitting and starting the app again
    draft = Assessments(db, again).draft(comment_id)
    assert (draft.channel, draft.text, draft.compensation, draft.step) == (
        "private",
        "I'm sorry about the delay.",
        {"kind": "percent", "value": "10"},
        "draftPage",
    )
    Assessments(db, again).discard_draft(comment_id)
    assert Assessments(db, again).draft(comment_id).text == ""
    again.close()


def test_cooloff_durations_are_kept_and_bad_values_fall_back_to_defaults(
    db: Database, conn: sqlite3.Connection
) -> None:
    from feedback_desk.core.cooloff import CoolOffSettings
    from feedback_desk.store.assessments import load_cooloff_settings, save_cooloff_settings

    assert load_cooloff_settings(conn) == CoolOffSettings(15, 30)
    save_cooloff_settings(db, conn, CoolOffSettings(20, 60))
    assert load_cooloff_settings(conn) == CoolOffSettings(20, 60)
    conn.execute(
        'UPDATE settings SET value = \'{"negative": 1, "harsh": 999}\' '
        "WHERE key = 'cooloff_minutes'"
    )
    assert load_cooloff_settings(conn) == CoolOffSettings(15, 30)  # never below 5 minutes
