from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QPushButton

from feedback_desk.core.model import Severity, Status
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.ui.inbox_model import ROW_ROLE, TERMS_ROLE, Column
from feedback_desk.ui.toolbar import ShrinkingToolBar

from .conftest import WindowFactory, make_comments


def rows(window) -> list:  # type: ignore[no-untyped-def]
    model = window.model
    return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]


def test_new_user_sees_an_empty_state_with_next_steps(make_window: WindowFactory, db: Database):
    window = make_window(db)
    assert window.middle.currentWidget() is window.empty_inbox
    buttons = window.empty_inbox.buttons
    assert buttons["emptyImportButton"].text() == "Import a file…"
    buttons["emptyDemoButton"].click()
    assert window.opened_demo == [True]
    assert window.detail.comment is None


def test_demo_inbox_opens_with_the_harshest_first(make_window: WindowFactory, demo_db: Database):
    window = make_window(demo_db)
    shown = rows(window)
    assert len(shown) >= 60
    assert shown[0].severity is Severity.HARSH
    ranks = [r.severity.rank for r in shown]
    assert ranks == sorted(ranks)
    assert {r.platform.value for r in shown} == {
        "facebook",
        "instagram",
        "google",
        "youtube",
        "mastodon",
    }
    # The first comment is selected and shown in full.
    assert window.detail.comment is not None
    assert window.detail.comment.id == shown[0].id
    assert "harsh" in window.counts_label.text()


def test_search_narrows_the_list_and_highlights(make_window: WindowFactory, demo_db: Database):
    window = make_window(demo_db)
    window.search_edit.setText("coff")
    window.apply_filters()
    shown = rows(window)
    assert shown
    assert window.model.data(window.model.index(0, Column.TEXT), TERMS_ROLE) == ["coff"]
    conn = demo_db.connect()
    texts = [CommentStore(demo_db, conn).get(r.id).text.lower() for r in shown]
    conn.close()
    assert all("coff" in t for t in texts)
    assert window.detail.findChild(QPlainTextEdit, "detailText").extraSelections()


def test_search_with_no_match_offers_to_show_everything(
    make_window: WindowFactory, demo_db: Database
):
    window = make_window(demo_db)
    window.search_edit.setText("zzzzqqq")
    window.apply_filters()
    assert window.middle.currentWidget() is window.no_matches
    window.no_matches.buttons["noMatchesClearButton"].click()
    assert window.search_edit.text() == ""
    assert window.model.rowCount() > 60


def test_filters_by_platform_and_severity(make_window: WindowFactory, demo_db: Database):
    window = make_window(demo_db)
    for platform, box in window.filters.platform_boxes.items():
        box.setChecked(platform.value == "google")
    window.filters.severity_boxes[Severity.POSITIVE].setChecked(False)
    shown = rows(window)
    assert shown and {r.platform.value for r in shown} == {"google"}
    assert Severity.POSITIVE not in {r.severity for r in shown}


def test_the_last_ticked_platform_cannot_be_unticked(make_window: WindowFactory, demo_db: Database):
    window = make_window(demo_db)
    boxes = list(window.filters.platform_boxes.values())
    for box in reversed(boxes):  # "Other platforms" (none in the demo) first
        box.setChecked(False)
    assert sum(b.isChecked() for b in boxes) == 1
    assert window.model.rowCount() > 0


def test_resolving_from_needs_a_reply_moves_on_to_the_next(
    make_window: WindowFactory, demo_db: Database
):
    window = make_window(demo_db)
    window.filters.restore("open", [], [])
    first, second = rows(window)[:2]
    assert window.detail.comment.id == first.id
    window.detail.findChild(QPushButton, "resolveButton").click()
    assert first.id not in [r.id for r in rows(window)]
    assert window.detail.comment.id == second.id
    conn = demo_db.connect()
    store = CommentStore(demo_db, conn)
    assert store.get(first.id).status is Status.RESOLVED
    assert [c.new for c in store.history(first.id)] == [Status.RESOLVED]
    conn.close()


def test_keyboard_moves_through_the_inbox(qtbot, make_window: WindowFactory, demo_db: Database):
    window = make_window(demo_db)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.inbox_view.setFocus()
    first = window.detail.comment.id
    qtbot.keyClick(window.inbox_view, Qt.Key.Key_Down)
    assert window.detail.comment.id != first
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()


def test_outside_text_is_never_rich_text(make_window: WindowFactory, db: Database, triage: Triage):
    conn = db.connect()
    CommentStore(db, conn).add_many(make_comments(1, text="<b>bold</b> <img src=x> &amp;"), triage)
    conn.close()
    window = make_window(db)
    assert (
        window.detail.findChild(QPlainTextEdit, "detailText")
        .toPlainText()
        .startswith("<b>bold</b> <img src=x> &amp;")
    )
    for label in window.detail.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_window_remembers_filters_and_geometry(make_window: WindowFactory, demo_db: Database):
    window = make_window(demo_db)
    window.filters.restore("resolved", ["facebook", "google"], ["positive"])
    window.resize(720, 500)
    window.close()
    again = make_window(demo_db, start_view=None)
    assert again.filters.current_view().key == "open"  # it opens on what needs doing
    assert again.current_filter().severities == frozenset({Severity.POSITIVE})
    assert {p.value for p in again.current_filter().platforms} == {"facebook", "google"}
    assert again.size().width() == 720


def test_importing_a_file_from_the_window(make_window: WindowFactory, db: Database, tmp_path: Path):
    window = make_window(db)
    good = tmp_path / "reviews.json"
    good.write_text(
        json.dumps(
            [
                {
                    "platform": "google",
                    "author": "Sam",
                    "text": "Rude staff, waited 40 min.",
                    "created_at": "2026-11-20T10:00:00Z",
                    "rating": 1,
                },
            ]
        )
    )
    window.import_file(good)
    assert window.model.rowCount() == 1
    assert "1 new comment" in window.statusBar().currentMessage()
    window.import_file(good)
    assert window.model.rowCount() == 1
    assert "0 new comments, 1 already" in window.statusBar().currentMessage()


def test_a_bad_import_file_changes_nothing_and_names_the_row(
    qtbot, make_window: WindowFactory, demo_db: Database, tmp_path: Path
):
    window = make_window(demo_db)
    before = window.model.rowCount()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "platform,author,text,created_at\n"
        "facebook,Ann,Fine,2026-11-20T10:00:00Z\n"
        "facebook,Bob,Broken,yesterday\n"
    )
    window.import_file(bad)
    box = window.findChild(QMessageBox, "importErrorBox")
    assert box is not None
    assert "1 of 2 rows" in box.text()
    assert "row 2" in box.detailedText() and "created_at" in box.detailedText()
    assert window.model.rowCount() == before
    conn = demo_db.connect()
    assert CommentStore(demo_db, conn).count(InboxFilter(search="Broken")) == 0
    conn.close()


def test_enter_opens_the_reply_wizard_and_email_is_the_way_for_imported_comments(
    qtbot,
    make_window: WindowFactory,
    demo_db: Database,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window = make_window(demo_db)
    window.show()
    window.inbox_view.setFocus()
    qtbot.keyClick(window.inbox_view, Qt.Key.Key_Return)
    wizard = window.reply_wizard
    assert wizard is not None and wizard.objectName() == "replyWizard"
    assert wizard.comment.id == rows(window)[0].id
    wizard.next()
    wizard.consider_page.group.buttons()[0].setChecked(True)
    wizard.next()
    channel = wizard.channel_page
    # Imported: no private messages; a public reply is one the owner posts (copied for them);
    # this harsh one is best answered out of public view, by e-mail.
    assert channel.buttons["public"].isEnabled() and not channel.buttons["private"].isEnabled()
    assert "you post on" in channel.buttons["public"].text()
    assert channel.channel() == "email" and "imported file" in channel.note.text()
    wizard.next()  # the offer (an apology) comes before the words
    assert wizard.currentPage().objectName() == "compensationPage"
    wizard.next()
    wizard.draft_page.edit.setPlainText("I'm sorry, and thank you for telling us.")
    wizard.draft_page.check()
    wizard.next()
    send = wizard.review_page.send_button
    assert not send.isEnabled()  # the cool-off of the harsh demo comment has just started
    # Unlocking the button by hand does not get round the rule: the outbox checks it too.
    wizard.cooloff_end = wizard.now()
    wizard.tick()
    send.click()
    result = wizard.review_page.result.text()
    assert "cool-off" in result and "kept" in result
    assert opened == []  # the rules are checked before the mail program opens
    conn = demo_db.connect()
    # (The demo's older complaints were answered long ago; only this one's replies count.)
    sent = "SELECT count(*) FROM replies WHERE state = 'sent' AND comment_id = ?"
    assert conn.execute(sent, (wizard.comment.id,)).fetchone()[0] == 0
    # Half an hour later (the stored end moved into the past), it goes out by e-mail.
    conn.execute(
        "UPDATE cooloffs SET ends_at = '2026-11-25T11:00:00Z' WHERE comment_id = ?",
        (wizard.comment.id,),
    )
    conn.close()
    send.click()
    assert opened and opened[-1].startswith("mailto:")
    conn = demo_db.connect()
    # Opening the mail program is not sending: it counts once the owner says it went.
    assert CommentStore(demo_db, conn).get(wizard.comment.id).status is not Status.REPLIED
    assert not send.isEnabled() and "whether you sent" in wizard.review_page.why.text()
    wizard.review_page.findChild(QPushButton, "emailSentButton").click()
    assert CommentStore(demo_db, conn).get(wizard.comment.id).status is Status.REPLIED
    assert conn.execute(
        "SELECT channel, state FROM replies WHERE comment_id = ?", (wizard.comment.id,)
    ).fetchall() == [("email", "sent")]
    conn.close()


def test_the_ledger_and_settings_open_from_the_file_menu(
    make_window: WindowFactory, db: Database
) -> None:
    window = make_window(db)
    window.ledger_action.trigger()
    assert window.ledger_window.objectName() == "ledgerWindow"
    window.ledger_window.reject()
    window.settings_action.trigger()
    assert window.settings_dialog.objectName() == "settingsDialog"
    window.settings_dialog.reject()


def test_a_follow_up_shows_the_complaint_as_due_on_its_day(
    make_window: WindowFactory, demo_db: Database
) -> None:
    from datetime import timedelta

    from feedback_desk.store.outcomes import Outcome, Outcomes

    conn = demo_db.connect()
    store = CommentStore(demo_db, conn)
    first, second = store.page(InboxFilter())[:2]
    today = demo_db.clock().astimezone().date()
    # The demo's own history already has follow-ups due today; this one joins them.
    due = {o.comment_id for o in Outcomes(demo_db, conn).due()}
    assert due and first.id not in due and second.id not in due
    Outcomes(demo_db, conn).record(first.id, Outcome.UNHAPPY, follow_up_on=today)
    Outcomes(demo_db, conn).record(
        second.id, Outcome.UNHAPPY, follow_up_on=today + timedelta(days=3)
    )
    conn.close()
    window = make_window(demo_db)
    window.filters.restore("due", [], [])
    assert {r.id for r in rows(window)} == due | {first.id}
    assert window.filters.view_list.model().item(6).text() == f"Follow-ups due  ({len(due) + 1})"


def test_a_narrow_window_keeps_the_search_field_and_drops_the_names(
    qtbot, make_window: WindowFactory, demo_db: Database
):
    window = make_window(demo_db)
    window.show()
    toolbar = window.findChild(ShrinkingToolBar, "mainToolbar")
    window.resize(1300, 700)
    qtbot.waitUntil(toolbar.names_shown)
    assert window.search_edit.isVisible()
    window.resize(window.minimumSizeHint().width(), 700)
    qtbot.waitUntil(lambda: not toolbar.names_shown())
    qtbot.waitUntil(window.search_edit.isVisible)
    assert window.reply_action.toolTip()  # the name is still there, in the tooltip
    window.resize(1300, 700)
    qtbot.waitUntil(toolbar.names_shown)
