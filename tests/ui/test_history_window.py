"""The history window, against a real database, with the network switched off: a
complaint's whole story, the filters, recording outcomes and the per-customer view."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QDialog

from feedback_desk.core.model import NewComment, Platform
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database
from feedback_desk.store.assessments import Assessment, Assessments
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.customers import Customers
from feedback_desk.store.outcomes import Outcome, Outcomes
from feedback_desk.ui.history_model import HistoryModel
from feedback_desk.ui.history_window import HistoryWindow
from feedback_desk.ui.tasks import InlineTaskRunner

from .conftest import NOW, WindowFactory, fixed_clock

TODAY = NOW.astimezone().date()
P = Platform


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a network connection fails the test."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the history window must not use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


def add(db: Database, triage: Triage, *comments: tuple[str, str, Platform, int]) -> list[int]:
    """(text, author, platform, hours ago) -> ids, in that order."""
    conn = db.connect()
    try:
        store = CommentStore(db, conn)
        store.add_many(
            [
                NewComment(
                    platform, f"{author}-{hours}", author, text, NOW - timedelta(hours=hours)
                )
                for text, author, platform, hours in comments
            ],
            triage,
        )
        by_key = {
            f"{a}-{h}": i
            for a, h, i in (
                (row[0].rsplit("-", 1)[0], row[0].rsplit("-", 1)[1], row[1])
                for row in conn.execute("SELECT external_id, id FROM comments")
            )
        }
        return [int(by_key[f"{author}-{hours}"]) for _, author, _, hours in comments]
    finally:
        conn.close()


HARSH = "You are useless liars, the cake was stale and the staff were rude!!"


@pytest.fixture
def seeded(db: Database, triage: Triage) -> list[int]:
    ids = add(
        db,
        triage,
        (HARSH, "Ann Lee", P.FACEBOOK, 30),
        ("The delivery was late and the box was crushed. Disappointed.", "ann lee", P.GOOGLE, 50),
        ("Terrible coffee, cold and bitter. Never again.", "@annie_l", P.INSTAGRAM, 70),
        ("<b>Worst</b> service ever, awful & rude", "Bob Stone", P.GOOGLE, 90),
        ("Lovely shop, great bread!", "Cat Reed", P.GOOGLE, 10),
    )
    conn = db.connect()
    try:
        Assessments(db, conn).save(
            Assessment(ids[0], "valid", "The cake was stale", "product", "Switch bakery supplier")
        )
        conn.execute(
            "INSERT INTO cooloffs (comment_id, started_at, ends_at) VALUES (?,?,?)",
            (ids[0], "2026-11-24T07:00:00Z", "2026-11-24T07:30:00Z"),
        )
        conn.execute(
            """INSERT INTO replies (comment_id, channel, text, state, send_key, created_at,
                   updated_at, sent_at) VALUES (?, 'email', ?, 'sent', 'k1', ?, ?, ?)""",
            (
                ids[0],
                "Ann, I am sorry about the cake. Please come back for a fresh one on us.",
                "2026-11-24T08:00:00Z",
                "2026-11-24T08:00:00Z",
                "2026-11-24T08:00:00Z",
            ),
        )
        conn.execute(
            "UPDATE comments SET status = 'replied', replied_at = ? WHERE id = ?",
            ("2026-11-24T08:00:00Z", ids[0]),
        )
        conn.execute(
            """INSERT INTO discounts (comment_id, kind, item, code, status, created_at)
               VALUES (?, 'free_item', 'a fresh cake', 'FD-7KQM-X4PA', 'offered', ?)""",
            (ids[0], "2026-11-24T08:00:00Z"),
        )
        conn.commit()
        Outcomes(db, conn).record(ids[0], Outcome.WON_BACK, note="Came back on Saturday")
    finally:
        conn.close()
    return ids


@pytest.fixture
def window(qtbot, db: Database, seeded: list[int]) -> HistoryWindow:  # type: ignore[no-untyped-def]
    history = HistoryWindow(db, InlineTaskRunner(), fixed_clock)
    qtbot.addWidget(history)
    history.show()
    return history


def shown(window: HistoryWindow, column: int = 1) -> list[str]:
    model = window.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select(window: HistoryWindow, comment_id: int) -> None:
    for row in range(window.model.rowCount()):
        item = window.model.row_at(row)
        if item is not None and item.id == comment_id:
            window.view.selectRow(row)
            return
    raise AssertionError(f"comment {comment_id} is not listed")


def test_it_opens_from_the_main_window_and_lists_complaints_newest_first(
    make_window: WindowFactory, db: Database, seeded: list[int]
) -> None:
    main = make_window(db)
    main.history_action.trigger()
    window = main.history_window
    assert window is not None and window.isVisible()
    assert shown(window) == ["Ann Lee", "ann lee", "@annie_l", "Bob Stone"]  # no praise
    assert window.status.text() == "4 complaints, newest first."
    main.history_action.trigger()
    assert main.history_window is window  # one window, brought to the front


def test_the_whole_story_of_a_complaint(window: HistoryWindow, seeded: list[int]) -> None:
    select(window, seeded[0])
    story = window.story_view.toPlainText()
    for expected in (
        "Ann Lee",
        HARSH,
        "Valid",
        "The cake was stale",
        "Switch bakery supplier",
        "Cool-off",
        "30 min",
        "By e-mail",
        "Ann, I am sorry about the cake.",
        "a free fresh cake",
        "FD-7KQM-X4PA",
        "Won back",
        "Came back on Saturday",
    ):
        assert expected in story, expected
    assert "1 h 00 min between opening the complaint and the reply going out" in story
    row = window.model.row_at(0)
    assert row is not None and row.outcome is Outcome.WON_BACK
    assert shown(window, 6)[0] == "2 h 00 min"  # written at 06:00, answered at 08:00
    assert shown(window, 7)[0] == "Won back"


def test_outside_text_is_shown_as_written_never_as_markup(
    window: HistoryWindow, seeded: list[int]
) -> None:
    select(window, seeded[3])
    assert "<b>Worst</b> service ever, awful & rude" in window.story_view.toPlainText()


def test_filters_and_search(qtbot, window: HistoryWindow, seeded: list[int]) -> None:  # type: ignore[no-untyped-def]
    window.platform.setCurrentIndex(window.platform.findData("google"))
    assert shown(window) == ["ann lee", "Bob Stone"]
    window.platform.setCurrentIndex(0)
    window.validity.setCurrentIndex(window.validity.findData("valid"))
    assert shown(window) == ["Ann Lee"]
    window.validity.setCurrentIndex(0)
    window.outcome.setCurrentIndex(window.outcome.findData("none"))
    assert shown(window) == ["ann lee", "@annie_l", "Bob Stone"]
    window.outcome.setCurrentIndex(0)
    window.category.setCurrentIndex(window.category.findData("product"))
    assert shown(window) == ["Ann Lee"]
    window.category.setCurrentIndex(0)

    window.search.setText("supplier")  # only in the owner's notes
    qtbot.waitUntil(lambda: shown(window) == ["Ann Lee"])
    window.search.setText("nothing like this")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert "No complaints here" in window.status.text()
    assert "Pick a complaint" in window.story_view.toPlainText()
    assert not window.outcome_button.isEnabled()


def test_a_period_the_wrong_way_round_says_so(window: HistoryWindow) -> None:
    window.period.setCurrentIndex(window.period.findText("Choose dates…"))
    assert window.start.isEnabled() and window.end.isEnabled()
    window.start.setDate(QDate(2026, 11, 20))
    window.end.setDate(QDate(2026, 11, 1))
    assert "after its last day" in window.status.text()
    assert window.model.rowCount() == 0
    window.end.setDate(QDate(2026, 11, 30))
    assert window.model.rowCount() == 4
    window.period.setCurrentIndex(window.period.findText("Last 30 days"))
    assert not window.start.isEnabled() and window.start.isVisible()
    today = QDate(TODAY.year, TODAY.month, TODAY.day)
    assert window.start.date() == today.addDays(-29) and window.end.date() == today
    window.period.setCurrentIndex(window.period.findText("All time"))
    assert not window.start.isVisible() and not window.end.isVisible()


def test_recording_an_outcome_with_a_follow_up(
    qtbot,
    window: HistoryWindow,
    db: Database,
    seeded: list[int],  # type: ignore[no-untyped-def]
) -> None:
    select(window, seeded[1])
    window.outcome_button.click()
    dialog = window.outcome_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("unhappy"))
    dialog.note.setPlainText("Wants a refund, not a voucher")
    assert not dialog.follow_up_day.isEnabled()
    dialog.follow_up.setChecked(True)
    dialog.follow_up_day.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(2))
    assert dialog.decided.maximumDate() == QDate(TODAY.year, TODAY.month, TODAY.day)
    dialog.save_button.click()
    assert not dialog.isVisible()

    assert shown(window, 7)[1] == "Still unhappy"
    story = window.story_view.toPlainText()
    assert "Still unhappy" in story and "Wants a refund, not a voucher" in story
    assert "Follow up on" in story
    conn = db.connect()
    try:
        latest = Outcomes(db, conn).latest(seeded[1])
    finally:
        conn.close()
    assert latest is not None and latest.follow_up_on == TODAY + timedelta(days=2)


def test_cancelling_the_outcome_dialog_records_nothing(
    window: HistoryWindow, db: Database, seeded: list[int]
) -> None:
    select(window, seeded[2])
    window.outcome_button.click()
    assert window.outcome_dialog is not None
    window.outcome_dialog.reject()
    conn = db.connect()
    try:
        assert Outcomes(db, conn).history(seeded[2]) == []
    finally:
        conn.close()


def test_the_customer_view_joins_names_and_merges_a_different_handle(
    qtbot,
    window: HistoryWindow,
    db: Database,
    seeded: list[int],  # type: ignore[no-untyped-def]
) -> None:
    select(window, seeded[0])
    window.tabs.setCurrentIndex(1)
    assert window.customer_title.text() == "Ann Lee"
    assert window.customer_model.rowCount() == 2  # Facebook and Google
    assert window.customer_summary.text().startswith("2 comments on Facebook, Google reviews")
    assert "won back 1 time" in window.customer_summary.text()
    assert not window.separate_button.isEnabled()

    window.same_person_button.click()
    dialog = window.merge_dialog
    assert dialog is not None
    assert not dialog.merge_button.isEnabled()
    assert "type part of it" in dialog.why.text()
    dialog.search.setText("annie")
    qtbot.waitUntil(lambda: dialog.match_model.rowCount() == 1)
    assert dialog.match_model.item(0).text().startswith("@annie_l — 1 comment on Instagram")
    dialog.matches.setCurrentIndex(dialog.match_model.index(0, 0))
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert window.customer_model.rowCount() == 3
    assert window.name_model.rowCount() == 2
    assert window.name_model.item(1).text() == "@annie_l — on Instagram"
    conn = db.connect()
    try:
        assert Customers(db, conn).links() == {"annie_l": "ann lee"}
    finally:
        conn.close()

    window.customer_names.setCurrentIndex(window.name_model.index(1, 0))
    assert window.separate_button.isEnabled()
    window.separate_button.click()
    assert window.customer_model.rowCount() == 2


def test_a_comment_in_the_customer_list_opens_its_story(
    window: HistoryWindow, seeded: list[int]
) -> None:
    select(window, seeded[0])
    window.tabs.setCurrentIndex(1)
    index = window.customer_model.index(1, 0)
    assert window.customer_model.row_at(1).id == seeded[1]  # type: ignore[union-attr]
    window.customer_comments.activated.emit(index)
    assert window.tabs.currentIndex() == 0
    assert "The delivery was late" in window.story_view.toPlainText()


def test_a_long_history_is_paged_in_as_it_scrolls(
    qtbot,
    db: Database,
    triage: Triage,  # type: ignore[no-untyped-def]
) -> None:
    conn = db.connect()
    try:
        CommentStore(db, conn).add_many(
            [
                NewComment(
                    P.GOOGLE,
                    f"x{i}",
                    f"Person {i}",
                    "Awful, rude and late.",
                    NOW - timedelta(minutes=i),
                    rating=1,
                )
                for i in range(450)
            ],
            triage,
        )
    finally:
        conn.close()
    window = HistoryWindow(db, InlineTaskRunner(), fixed_clock)
    qtbot.addWidget(window)
    assert window.model.total == 450
    assert window.model.rowCount() == 200
    window.model.fetchMore()
    window.model.fetchMore()
    assert window.model.rowCount() == 450
    assert not window.model.canFetchMore()
    assert isinstance(window.model, HistoryModel)


def test_the_inbox_opens_a_comments_story_even_when_it_is_no_complaint(
    make_window: WindowFactory, db: Database, seeded: list[int]
) -> None:
    main = make_window(db)
    main.open_history(seeded[4])  # praise: not in the complaints list
    window = main.history_window
    assert window is not None
    assert "Lovely shop, great bread!" in window.story_view.toPlainText()
    assert not window.view.selectionModel().hasSelection()
    main.open_history(seeded[2])  # a listed complaint is selected in the list
    assert window.model.row_at(window.view.currentIndex().row()).id == seeded[2]  # type: ignore[union-attr]
    assert window.customer_title.text() == "@annie_l"


def test_the_detail_panes_button_asks_for_the_story(
    make_window: WindowFactory, db: Database, seeded: list[int]
) -> None:
    main = make_window(db)
    main.detail.history_button.click()
    window = main.history_window
    shown_comment = main.detail.comment
    assert window is not None and shown_comment is not None
    assert window.story is not None and window.story.comment.id == shown_comment.id


def test_an_outcome_recorded_in_the_history_updates_the_inbox_follow_ups(
    make_window: WindowFactory, db: Database, seeded: list[int]
) -> None:
    main = make_window(db)
    main.open_history(seeded[1])
    window = main.history_window
    assert window is not None
    window.outcome_button.click()
    dialog = window.outcome_dialog
    assert dialog is not None
    dialog.follow_up.setChecked(True)
    dialog.follow_up_day.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    dialog.save_button.click()
    follow_ups = main.filters.view_list.model().item(6).text()
    assert follow_ups == "Follow-ups due  (1)"


def test_report_on_these_opens_the_report_for_the_same_choices(
    window: HistoryWindow, seeded: list[int]
) -> None:
    window.platform.setCurrentIndex(window.platform.findData("google"))
    window.report_button.click()
    dialog = window.report_dialog
    assert dialog is not None and dialog.isVisible()
    chosen = dialog.report_filter()
    assert chosen.platforms == frozenset({"google"})
    # "All time" starts on the day of the oldest complaint (written 90 hours before NOW).
    assert chosen.start == (NOW - timedelta(hours=90)).astimezone().date()
    assert chosen.end == TODAY
    assert dialog.summary.text().startswith("2 complaints from")


def test_the_window_comes_back_the_size_it_was_left(
    qtbot,
    db: Database,
    seeded: list[int],
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = HistoryWindow(db, InlineTaskRunner(), fixed_clock, settings=settings)
    first.show()
    first.resize(first.minimumSizeHint().width() + 37, 611)
    first.splitter.setSizes([600, 300])
    size, sizes = first.size(), first.splitter.sizes()
    first.close()  # it deletes itself: qtbot does not need to close it
    again = HistoryWindow(db, InlineTaskRunner(), fixed_clock, settings=settings)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == size
    assert again.splitter.sizes() == sizes


def test_a_name_already_merged_elsewhere_says_both_join(
    qtbot,
    window: HistoryWindow,
    db: Database,
    seeded: list[int],  # type: ignore[no-untyped-def]
) -> None:
    conn = db.connect()
    try:
        Customers(db, conn).merge("@annie_l", "Bob Stone")
    finally:
        conn.close()
    select(window, seeded[0])
    window.same_person_button.click()
    dialog = window.merge_dialog
    assert dialog is not None
    dialog.search.setText("annie")
    qtbot.waitUntil(lambda: dialog.match_model.rowCount() == 1)
    assert "(already the same person as bob stone: both join)" in dialog.match_model.item(0).text()


def test_a_database_that_cannot_be_read_is_explained_not_crashed_on(
    make_window: WindowFactory, db: Database, seeded: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from feedback_desk.core.errors import DatabaseLocked

    main = make_window(db)

    def locked(_self: Database) -> None:
        raise DatabaseLocked("The database is busy in another program; close it and try again.")

    monkeypatch.setattr(Database, "connect", locked)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(main, "_warn", lambda title, text: warnings.append((title, text)))
    main.history_action.trigger()
    assert main.history_window is None
    assert warnings == [
        (
            "The history could not be opened",
            "The database is busy in another program; close it and try again.",
        )
    ]


def test_a_customer_with_many_comments_is_paged_in_too(
    qtbot,
    db: Database,
    triage: Triage,  # type: ignore[no-untyped-def]
) -> None:
    conn = db.connect()
    try:
        CommentStore(db, conn).add_many(
            [
                NewComment(
                    P.GOOGLE,
                    f"r{i}",
                    "Regular Rita",
                    "Awful again, rude staff.",
                    NOW - timedelta(hours=i),
                    rating=1,
                )
                for i in range(250)
            ],
            triage,
        )
    finally:
        conn.close()
    window = HistoryWindow(db, InlineTaskRunner(), fixed_clock)
    qtbot.addWidget(window)
    assert window.customer_summary.text().startswith("250 comments on Google reviews")
    assert window.customer_model.rowCount() == 200
    window.customer_model.fetchMore()
    assert window.customer_model.rowCount() == 250
