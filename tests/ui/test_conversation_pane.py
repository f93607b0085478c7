"""The detail pane shows the conversation around a comment, replies made on the platform,
edits, and lets the owner say how bad a comment really is."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton

from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.model import NewComment, OwnReply, Platform, Severity, Status
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.outbox import Outbox
from tests.ui.conftest import NOW, WindowFactory

FB = Platform.FACEBOOK


def _stored(db: Database, triage, *comments: NewComment) -> dict[str, int]:  # type: ignore[no-untyped-def]
    conn = db.connect()
    CommentStore(db, conn).store_fetched(list(comments), triage, account_id=None)  # type: ignore[arg-type]
    ids = {str(e): int(i) for e, i in conn.execute("SELECT external_id, id FROM comments")}
    conn.close()
    return ids


def test_an_answer_to_the_owners_reply_shows_the_whole_conversation(
    db: Database,
    triage,
    make_window: WindowFactory,  # type: ignore[no-untyped-def]
) -> None:
    complaint = NewComment(
        FB, "c1", "Sam Harsh", "The cake was stale and dry.", NOW - timedelta(hours=5)
    )
    ids = _stored(db, triage, complaint)
    conn = db.connect()
    outbox = Outbox(db, conn)
    outbox.start_cooloff(ids["c1"], CoolOffSettings())
    conn.execute("UPDATE cooloffs SET ends_at = '2000-01-01T00:00:00Z'")
    reply = outbox.queue(ids["c1"], "public", "Sam, I'm so sorry about the cake.", claim=True)
    outbox.mark_sent(reply.id, "r1")
    conn.close()
    answer = dataclasses.replace(
        NewComment(
            FB, "a1", "Sam Harsh", "Sorry doesn't bring my money back.", NOW + timedelta(minutes=10)
        ),
        reply_to_external_id="r1",
    )
    ids = _stored(db, triage, answer)
    window = make_window(db)
    window._select(ids["a1"])
    pane = window.detail
    conversation = pane.findChild(QPlainTextEdit, "detailConversation")
    assert conversation.isVisibleTo(pane)
    text = conversation.toPlainText()
    assert (
        text.index("stale and dry")
        < text.index("so sorry about the cake")
        < text.index("money back")
    )
    assert "public reply, from here" in text and "▶ Sam Harsh" in text


def test_a_review_answered_in_googles_own_tools_says_so(
    db: Database,
    triage,
    make_window: WindowFactory,  # type: ignore[no-untyped-def]
) -> None:
    review = NewComment(
        Platform.GOOGLE, "g1", "Ann", "Rude staff.", NOW - timedelta(days=1), rating=1
    )
    ids = _stored(db, triage, review)
    conn = db.connect()
    Outbox(db, conn).record_platform_replies(
        [OwnReply(Platform.GOOGLE, "g1/reply", "g1", "Sorry Ann.", NOW - timedelta(hours=20))]
    )
    conn.close()
    window = make_window(db)
    window._select(ids["g1"])
    status = window.detail.findChild(QLabel, "detailStatus").text()
    assert status == "Status: Answered on Google reviews"


def test_the_owner_says_a_quiet_complaint_is_negative_and_it_waits(
    db: Database,
    triage,
    make_window: WindowFactory,  # type: ignore[no-untyped-def]
) -> None:
    quiet = NewComment(FB, "q", "Dee", "The queue was 40 minutes long", NOW - timedelta(hours=1))
    ids = _stored(db, triage, quiet)
    window = make_window(db)
    window._select(ids["q"])
    button = window.detail.findChild(QToolButton, "severityButton")
    [negative] = [a for a in button.menu().actions() if a.objectName() == "severity_negative"]
    negative.trigger()
    conn = db.connect()
    comment = CommentStore(db, conn).get(ids["q"])
    conn.close()
    assert comment.severity is Severity.NEGATIVE and comment.severity_set_by_owner
    assert comment.status is Status.COOLING_OFF
    assert window.detail.comment is not None and window.detail.comment.id == ids["q"]
    assert "your call" in window.detail.findChild(QLabel, "detailSeverity").text()


def test_the_history_story_tells_the_conversation_too(db: Database, triage) -> None:  # type: ignore[no-untyped-def]
    from feedback_desk.store.history import History
    from feedback_desk.ui.story import story_html

    complaint = NewComment(FB, "c1", "Sam <b>Harsh</b>", "Stale cake.", NOW - timedelta(hours=5))
    ids = _stored(db, triage, complaint)
    conn = db.connect()
    outbox = Outbox(db, conn)
    outbox.start_cooloff(ids["c1"], CoolOffSettings())
    conn.execute("UPDATE cooloffs SET ends_at = '2000-01-01T00:00:00Z'")
    outbox.mark_sent(outbox.queue(ids["c1"], "public", "So sorry.", claim=True).id, "r1")
    answer = dataclasses.replace(
        NewComment(FB, "a1", "Sam <b>Harsh</b>", "Not good enough.", NOW + timedelta(minutes=5)),
        reply_to_external_id="r1",
    )
    _stored(db, triage, answer)
    html = story_html(History(db, conn).story(ids["c1"]))
    conn.close()
    section = html[html.index("The conversation") :]
    assert section.index("Stale cake.") < section.index("So sorry.") < section.index("Not good")
    assert "sent from Feedback Desk" in section and "<b>Harsh" not in html  # escaped


def test_stars_that_went_up_after_the_reply_suggest_won_back_in_the_outcome_dialog(
    db: Database,
    triage,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from feedback_desk.ui.outcome_dialog import OutcomeDialog

    review = NewComment(
        Platform.GOOGLE, "g", "Cy", "Awful bread.", NOW - timedelta(days=2), rating=1
    )
    ids = _stored(db, triage, review)
    conn = db.connect()
    outbox = Outbox(db, conn)
    outbox.start_cooloff(ids["g"], CoolOffSettings())
    conn.execute("UPDATE cooloffs SET ends_at = '2000-01-01T00:00:00Z'")
    outbox.mark_sent(outbox.queue(ids["g"], "public", "So sorry, Cy.", claim=True).id, "g")
    conn.execute("UPDATE replies SET sent_at = '2026-11-24T00:00:00Z'")  # a day before the edit
    conn.close()
    _stored(db, triage, dataclasses.replace(review, text="They made it right.", rating=4))
    dialog = OutcomeDialog(db, ids["g"], NOW.date(), None)
    qtbot.addWidget(dialog)
    assert dialog.outcome.currentData() == "won_back"
    assert "from 1 to 4" in dialog.note.toPlainText()
    plain = NewComment(Platform.GOOGLE, "h", "Di", "Meh.", NOW - timedelta(days=2), rating=2)
    other = OutcomeDialog(db, _stored(db, triage, plain)["h"], NOW.date(), None)
    qtbot.addWidget(other)
    assert other.outcome.currentIndex() == 0 and not other.note.toPlainText()
