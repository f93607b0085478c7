"""What happened, where the owner looks (issue 12, item 3): the detail pane shows the
offer with its code and state, the judgement and the latest outcome with its follow-up
day; "Follow-ups due" says why each is due; an outcome is recorded from the inbox."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from feedback_desk.core.compensation import Compensation, CompensationKind
from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.follow_up import follow_up_reason
from feedback_desk.core.model import NewComment, Platform
from feedback_desk.core.replies import Outcome, Validity
from feedback_desk.store import Database
from feedback_desk.store.assessments import Assessment, Assessments
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.discounts import DiscountLedger
from feedback_desk.store.outbox import Outbox
from feedback_desk.store.outcomes import Outcomes
from feedback_desk.ui.inbox_model import Column
from feedback_desk.ui.outcome_dialog import OutcomeDialog
from tests.ui.conftest import NOW, WindowFactory

TODAY = NOW.astimezone().date()


def _complaint(db: Database, triage, external_id: str = "c1", author: str = "Tamsin Hale") -> int:  # type: ignore[no-untyped-def]
    conn = db.connect()
    try:
        CommentStore(db, conn).add_many(
            [
                NewComment(
                    Platform.GOOGLE,
                    external_id,
                    author,
                    "Worst carrot cake in years. Dry, and the walnuts tasted old.",
                    NOW - timedelta(days=3),
                    rating=1,
                )
            ],
            triage,
        )
        row = conn.execute("SELECT id FROM comments WHERE external_id = ?", (external_id,))
        return int(row.fetchone()[0])
    finally:
        conn.close()


def _handled(db: Database, comment_id: int, *, follow_up: date | None, note: str) -> str:
    """Replied in public, 10 % offered, judged partly fair, an outcome recorded."""
    conn = db.connect()
    try:
        outbox = Outbox(db, conn)
        outbox.start_cooloff(comment_id, CoolOffSettings())
        conn.execute("UPDATE cooloffs SET ends_at = '2000-01-01T00:00:00Z'")
        reply = outbox.queue(comment_id, "public", "Tamsin, I'm sorry about the cake.", claim=True)
        outbox.mark_sent(reply.id, "r1")
        offer = DiscountLedger(db, conn).record(
            comment_id,
            Compensation(CompensationKind.PERCENT, Decimal(10), expires_on=TODAY + timedelta(30)),
        )
        assert offer is not None and offer.code
        Assessments(db, conn).save(
            Assessment(comment_id, Validity.PARTLY, "the walnuts were stale", "Product quality", "")
        )
        Outcomes(db, conn).record(
            comment_id,
            Outcome.RESOLVED,
            decided_on=TODAY - timedelta(days=2),
            note=note,
            follow_up_on=follow_up,
        )
        return offer.code
    finally:
        conn.close()


def _label(window, name: str) -> QLabel:  # type: ignore[no-untyped-def]
    label = window.detail.findChild(QLabel, name)
    assert label is not None, name
    return label


def test_the_pane_shows_offer_code_and_state_judgement_and_outcome_with_follow_up(
    db: Database,
    triage,
    make_window: WindowFactory,  # type: ignore[no-untyped-def]
) -> None:
    comment_id = _complaint(db, triage)
    code = _handled(db, comment_id, follow_up=TODAY + timedelta(days=4), note="Check she came")
    window = make_window(db)
    window._select(comment_id)
    pane = window.detail
    assert pane._when.text().endswith(" (3 d ago)")  # written three days before NOW
    facts = pane.findChild(QWidget, "detailFacts")
    assert facts is not None and facts.isVisibleTo(pane)
    offer = _label(window, "detailOffer").text()
    assert code in offer and "offered, not used yet" in offer
    judgement = _label(window, "detailJudgement").text()
    assert "Partly valid" in judgement
    assert "the walnuts were stale" in judgement and "Product quality" in judgement
    outcome = _label(window, "detailOutcome").text()
    assert outcome.startswith("Resolved, ")
    follow = _label(window, "detailFollowUp")
    assert follow.isVisibleTo(pane)
    assert follow.text().startswith("Follow up in 4 days (")
    assert "you noted \u201cCheck she came\u201d" in follow.text()
    for name in ("detailOffer", "detailJudgement", "detailOutcome", "detailFollowUp"):
        assert _label(window, name).textFormat() == Qt.TextFormat.PlainText
    conversation = pane.findChild(QPlainTextEdit, "detailConversation")
    assert "public reply, from here" in conversation.toPlainText()
    assert "I'm sorry about the cake" in conversation.toPlainText()

    # Redeemed at the till: the pane says so the next time it shows the comment.
    conn = db.connect()
    DiscountLedger(db, conn).redeem(code)
    conn.close()
    window._select(comment_id)
    assert "redeemed" in _label(window, "detailOffer").text()


def test_an_untouched_complaint_says_nothing_was_done_yet(
    db: Database,
    triage,
    make_window: WindowFactory,  # type: ignore[no-untyped-def]
) -> None:
    comment_id = _complaint(db, triage)
    window = make_window(db)
    window._select(comment_id)
    assert _label(window, "detailOffer").text() == "Nothing offered."
    assert "Not judged yet" in _label(window, "detailJudgement").text()
    assert "Record outcome" in _label(window, "detailOutcome").text()
    assert not _label(window, "detailFollowUp").isVisibleTo(window.detail)


def test_customer_words_in_a_note_are_shown_as_written(
    db: Database,
    triage,
    make_window: WindowFactory,  # type: ignore[no-untyped-def]
) -> None:
    comment_id = _complaint(db, triage)
    _handled(db, comment_id, follow_up=TODAY, note="<b>call</b> her & ask")
    window = make_window(db)
    window._select(comment_id)
    assert "<b>call</b> her & ask" in _label(window, "detailFollowUp").text()
    # Without a follow-up day, the outcome row quotes the note itself.
    conn = db.connect()
    Outcomes(db, conn).record(comment_id, Outcome.LOST, note="<i>gone</i> & done")
    conn.close()
    window._select(comment_id)
    assert "<i>gone</i> & done" in _label(window, "detailOutcome").text()
    assert not _label(window, "detailFollowUp").isVisibleTo(window.detail)


def test_follow_ups_due_says_why_and_shows_the_note(
    db: Database,
    triage,
    make_window: WindowFactory,  # type: ignore[no-untyped-def]
) -> None:
    due = _complaint(db, triage, "c1", "Tamsin Hale")
    later = _complaint(db, triage, "c2", "Declan Foley")
    _handled(db, due, follow_up=TODAY, note="Check she came back with the code")
    conn = db.connect()
    Outcomes(db, conn).record(later, Outcome.UNHAPPY, follow_up_on=TODAY + timedelta(days=9))
    conn.close()
    window = make_window(db)
    window.filters.restore("due", [], [])
    window.apply_filters()
    model = window.model
    assert model.rowCount() == 1
    why = "Follow up today: you noted \u201cCheck she came back with the code\u201d"
    text_cell = model.index(0, Column.TEXT)
    assert model.data(text_cell).startswith(why)
    assert why in model.data(text_cell, Qt.ItemDataRole.ToolTipRole)
    assert why in model.data(model.index(0, Column.AUTHOR), Qt.ItemDataRole.ToolTipRole)
    window._select(due)
    assert _label(window, "detailFollowUp").text().startswith("Follow up today (")
    assert "you noted \u201cCheck she came back with the code\u201d" in (
        _label(window, "detailFollowUp").text()
    )

    # In the other views the list reads as usual.
    window.filters.restore("all", [], [])
    window.apply_filters()
    row = window.model.row_of(due)
    assert row is not None
    assert not window.model.data(window.model.index(row, Column.TEXT)).startswith("Follow up")


def test_record_outcome_from_the_inbox_stores_it_and_the_pane_updates(
    db: Database,
    triage,
    make_window: WindowFactory,  # type: ignore[no-untyped-def]
) -> None:
    comment_id = _complaint(db, triage)
    window = make_window(db)
    window._select(comment_id)
    action = window.record_outcome_action
    assert action.objectName() == "recordOutcomeAction"
    [comment_menu] = [m for m in window.menuBar().actions() if m.text() == "&Comment"]
    assert action in comment_menu.menu().actions()
    assert action.isEnabled()
    action.trigger()
    dialog = window.outcome_dialog
    assert isinstance(dialog, OutcomeDialog) and dialog.isVisible()
    about = dialog.findChild(QLabel, "outcomeAbout")
    assert about.text().startswith("Tamsin Hale on Google reviews, ")
    assert about.textFormat() == Qt.TextFormat.PlainText
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.WON_BACK.value))
    dialog.note.setPlainText("Came back on Saturday and used the code")
    dialog.follow_up.setChecked(True)
    dialog.save_button.click()
    assert not dialog.isVisible()

    conn = db.connect()
    latest = Outcomes(db, conn).latest(comment_id)
    conn.close()
    assert latest is not None and latest.outcome is Outcome.WON_BACK
    assert latest.note == "Came back on Saturday and used the code"
    assert latest.follow_up_on == TODAY + timedelta(days=7)
    assert window.detail.comment is not None and window.detail.comment.id == comment_id
    outcome = _label(window, "detailOutcome").text()
    assert outcome.startswith("Won back, ")
    assert "used the code" in _label(window, "detailFollowUp").text()


def test_the_reason_wording() -> None:
    today = date(2026, 11, 25)
    assert follow_up_reason(today, today, "") == (
        "Follow up today: you asked to be reminded (no note was kept)"
    )
    assert follow_up_reason(today - timedelta(days=3), today, " check\n it ").startswith(
        "Follow up now (3 days late): you noted \u201ccheck it\u201d"
    )
    assert follow_up_reason(today + timedelta(days=1), today, "x").startswith("Follow up tomorrow")
    assert follow_up_reason(today - timedelta(days=1), today, "x", "24/11/2026").startswith(
        "Follow up now (1 day late, 24/11/2026): you noted"
    )


def test_an_outcome_recorded_from_the_inbox_shows_in_an_open_history(
    db: Database,
    triage,
    make_window: WindowFactory,  # type: ignore[no-untyped-def]
) -> None:
    comment_id = _complaint(db, triage)
    window = make_window(db)
    window._select(comment_id)
    window.open_history(comment_id)
    history = window.history_window
    assert history is not None and history.story is not None
    assert "No outcome recorded yet" in history.story_view.toPlainText()
    window.record_outcome_action.trigger()
    dialog = window.outcome_dialog
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.LOST.value))
    dialog.save_button.click()
    assert "No outcome recorded yet" not in history.story_view.toPlainText()
    assert "Lost" in history.story_view.toPlainText()
    history.close()


def test_in_german_the_reasons_and_the_follow_up_read_german(qapp) -> None:  # type: ignore[no-untyped-def]
    from feedback_desk.ui.detail_pane import harsh_explanation
    from feedback_desk.ui.language import install_language

    assert install_language("de") == "de"
    try:
        assert harsh_explanation(("insult: liars", "threat: sue you", "insult: fraud")) == (
            "Als heftig eingestuft wegen Beleidigungen (\u201eliars\u201c, \u201efraud\u201c) "
            "und Drohungen (\u201esue you\u201c)."
        )
        assert follow_up_reason(TODAY + timedelta(days=1), TODAY, "x") == (
            "Morgen erneut ansehen: Sie haben notiert \u201ex\u201c"
        )
    finally:
        install_language("en")
    assert harsh_explanation(("insult: liars",)) == "Marked harsh for insults (\u201cliars\u201d)."


def test_in_german_a_follow_up_counts_its_days_in_german(qapp) -> None:  # type: ignore[no-untyped-def]
    from feedback_desk.ui.language import install_language

    assert install_language("de") == "de"
    try:
        assert follow_up_reason(TODAY - timedelta(days=3), TODAY, "").startswith(
            "Jetzt erneut ansehen (3 Tage überfällig)"
        )
        assert follow_up_reason(TODAY + timedelta(days=2), TODAY, "").startswith(
            "In 2 Tagen erneut ansehen"
        )
    finally:
        install_language("en")


def test_a_comment_in_a_language_triage_does_not_read_says_so_plainly(
    db: Database,
    triage,
    make_window: WindowFactory,  # type: ignore[no-untyped-def]
) -> None:
    conn = db.connect()
    store = CommentStore(db, conn)
    french = NewComment(
        Platform.GOOGLE,
        "fr1",
        "Claire",
        "Le gâteau est arrivé en retard et il était sec, je ne reviendrai pas chez vous.",
        NOW - timedelta(hours=2),
        rating=1,
    )
    store.add_many([french], triage)
    comment_id = store.page(InboxFilter())[0].id
    conn.close()
    window = make_window(db)
    window._select(comment_id)
    why = _label(window, "detailWhy")
    assert why.isVisibleTo(window.detail)
    assert why.text() == "Not checked: written in French. Triage reads English and German."
    assert window.detail.comment.severity.value == "negative"  # from its one star
