"""The daily loop on the demo inbox: open on what needs doing, move on after each act, undo,
and come back when a pause is over (issue 12, parts 1 and 2)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QPushButton, QRadioButton, QWizard

from feedback_desk.core.model import Severity, Status
from feedback_desk.core.replies import Validity
from feedback_desk.core.triage import Triage
from feedback_desk.core.views import NEEDS_REPLY, READY_TO_SEND, VIEWS, ViewKey, needs_reply
from feedback_desk.demo import seed_sample_inbox
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import Database, open_database
from feedback_desk.store.assessments import Assessment, Assessments, ReplyDraft
from feedback_desk.store.comments import CommentStore, PauseOver, view_filter
from feedback_desk.store.outbox import Outbox
from feedback_desk.ui.inbox_model import ROW_ROLE, Column
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.tasks import InlineTaskRunner

from .conftest import NOW


class MovableClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class RecordingNotifier:
    """The window's notifier interface, recording what it is told."""

    def __init__(self) -> None:
        self.told: list[list[PauseOver]] = []
        self.open_reply: Callable[[int], None] | None = None

    def pause_over(self, ended: Sequence[PauseOver], open_reply: Callable[[int], None]) -> None:
        self.told.append(list(ended))
        self.open_reply = open_reply

    def click(self) -> None:
        assert self.open_reply is not None
        self.open_reply(self.told[-1][0].comment_id)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(NOW)


@pytest.fixture
def demo(tmp_path: Path, clock: MovableClock) -> Database:
    db = open_database(tmp_path / "home", clock)
    seed_sample_inbox(db, clock)
    return db


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pages "Copy the reply and open the page" opens, instead of a browser."""
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    return opened


def window_on(qtbot, db: Database, clock: MovableClock, tmp_path: Path, **extra) -> MainWindow:  # type: ignore[no-untyped-def]
    conn = db.connect()
    window = MainWindow(
        store=CommentStore(db, conn),
        triage=Triage(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        open_demo=lambda: None,
        services=Services(db, CredentialStore(), runner=InlineTaskRunner()),
        **extra,
    )
    qtbot.addWidget(window)
    qtbot.wait(1)  # the first selection and the counts follow the first paint
    return window


def rows(window: MainWindow) -> list:  # type: ignore[type-arg]
    model = window.model
    return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]


def status_cell(window: MainWindow, comment_id: int) -> str:
    row = window.model.row_of(comment_id)
    assert row is not None
    return str(window.model.index(row, Column.STATUS).data())


def side_count(window: MainWindow, key: ViewKey) -> int:
    row = next(i for i, v in enumerate(VIEWS) if v.key == key)
    text = window.filters.view_list.model().item(row).text()
    return int(text.rsplit("(", 1)[1].rstrip(")").replace(",", ""))


# -- one definition of each count ---------------------------------------------------------


def test_the_side_list_the_status_bar_and_the_store_count_the_same(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Before: the side list said "Needs a reply (32)" and the status bar "8 harsh or
    negative still need a reply" — two definitions of the same words."""
    conn = demo.connect()
    store = CommentStore(demo, conn)
    by_status = store.count_by_status()
    open_total = sum(n for s, n in by_status.items() if needs_reply(s))
    window = window_on(qtbot, demo, clock, tmp_path)
    assert side_count(window, ViewKey.NEEDS_REPLY) == open_total == 32
    bar = window.counts_label.text()
    assert f"Needs a reply: {open_total}" in bar
    for view in VIEWS:  # every view: its side-list number is the length of its list
        assert side_count(window, view.key) == store.count(view_filter(view, clock()))
        window.filters.show_view(view.key)
        while window.model.canFetchMore():
            window.model.fetchMore()
        assert window.model.rowCount() == side_count(window, view.key), view.label
    conn.close()


def test_it_opens_on_needs_a_reply_with_the_worst_selected_whatever_view_it_was_left_on(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = window_on(qtbot, demo, clock, tmp_path)
    first.filters.restore("resolved", [], [])
    first.close()
    window = window_on(qtbot, demo, clock, tmp_path)
    assert window.filters.current_view() is NEEDS_REPLY
    shown = rows(window)
    assert shown and all(needs_reply(r.status) for r in shown)
    assert shown[0].severity is Severity.HARSH
    assert [r.severity.rank for r in shown] == sorted(r.severity.rank for r in shown)
    assert window.detail.comment is not None and window.detail.comment.id == shown[0].id


# -- moving on, and undo ------------------------------------------------------------------


def test_resolving_in_all_comments_moves_to_the_next_that_needs_a_reply_and_undo_brings_it_back(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = window_on(qtbot, demo, clock, tmp_path)
    window.filters.show_view(ViewKey.ALL)
    shown = rows(window)
    first = shown[0]
    below = next(r for r in shown[1:] if needs_reply(r.status))
    window.set_status([first.id], Status.RESOLVED)
    assert window.detail.comment.id == below.id  # not the resolved one, still listed
    assert window.undo_action.isEnabled() and not window.undo_link.isHidden()
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.undo_link.click()
    conn = demo.connect()
    store = CommentStore(demo, conn)
    assert store.get(first.id).status is Status.NEW
    assert [(c.old, c.new) for c in store.history(first.id)] == [
        (Status.NEW, Status.RESOLVED),
        (Status.RESOLVED, Status.NEW),
    ]
    conn.close()
    assert window.detail.comment.id == first.id
    assert not window.undo_action.isEnabled()


def test_the_last_one_in_the_list_moves_up(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = window_on(qtbot, demo, clock, tmp_path)
    while window.model.canFetchMore():
        window.model.fetchMore()
    shown = rows(window)
    window._select(shown[-1].id)
    window.set_status([shown[-1].id], Status.IGNORED)
    assert window.detail.comment.id == shown[-2].id


def test_undo_leaves_a_comment_that_changed_again_as_it_is(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = window_on(qtbot, demo, clock, tmp_path)
    first = rows(window)[0]
    window.set_status([first.id], Status.RESOLVED)
    conn = demo.connect()
    CommentStore(demo, conn).set_status([first.id], Status.IGNORED)  # another window
    window.undo()
    assert CommentStore(demo, conn).get(first.id).status is Status.IGNORED
    conn.close()
    assert "Nothing to put back" in window.statusBar().currentMessage()


# -- the pause in the list, Ready to send --------------------------------------------------


def _pause_and_draft(db: Database, comment_id: int, text: str, step: str = "reviewPage") -> None:
    conn = db.connect()
    from feedback_desk.store.assessments import load_cooloff_settings

    Outbox(db, conn).start_cooloff(comment_id, load_cooloff_settings(conn))
    if text:
        Assessments(db, conn).save(Assessment(comment_id, Validity.VALID, "", None, ""))
        Assessments(db, conn).save_draft(ReplyDraft(comment_id, "public", text, None, step))
    conn.close()


def test_the_list_shows_the_time_left_and_ready_to_send_lists_exactly_the_drafts_past_their_pause(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    conn = demo.connect()
    open_rows = CommentStore(demo, conn).page(view_filter(NEEDS_REPLY, clock()))
    conn.close()
    harsh, negative = (
        next(r for r in open_rows if r.severity is s) for s in (Severity.HARSH, Severity.NEGATIVE)
    )
    other_negative = [r for r in open_rows if r.severity is Severity.NEGATIVE][1]
    praise = next(r for r in open_rows if r.severity is Severity.POSITIVE)
    # Harsh: a 30-minute pause with a draft; negative: 15 minutes with a draft; another
    # negative: a pause but no words yet; praise: a draft and no pause needed.
    _pause_and_draft(demo, harsh.id, "Sorry about the cake, Sam.")
    _pause_and_draft(demo, negative.id, "We are sorry about the wait.")
    _pause_and_draft(demo, other_negative.id, "   ")
    _pause_and_draft(demo, praise.id, "Thank you!", step="draftPage")
    window = window_on(qtbot, demo, clock, tmp_path)
    assert status_cell(window, harsh.id) == "Pause: 30 min left"
    assert status_cell(window, negative.id) == "Pause: 15 min left"
    assert side_count(window, ViewKey.READY_TO_SEND) == 1  # only the praise, no pause
    clock.now += timedelta(minutes=16)
    queries: list[str] = []
    conn = window._store._conn
    conn.set_trace_callback(queries.append)
    window.pause_timer.timeout.emit()
    conn.set_trace_callback(None)
    assert not [q for q in queries if "FROM comments c" in q]  # the list was not read again
    assert status_cell(window, harsh.id) == "Pause: 14 min left"
    assert status_cell(window, negative.id) == READY_TO_SEND.label
    assert status_cell(window, other_negative.id) == "Cooling off"
    assert side_count(window, ViewKey.READY_TO_SEND) == 2
    window.filters.show_view(READY_TO_SEND.key)
    assert {r.id for r in rows(window)} == {negative.id, praise.id}
    assert f"{READY_TO_SEND.label}: 2" in window.counts_label.text()


# -- back after the pause --------------------------------------------------------------------


def test_three_complaints_in_a_row_with_a_pause_that_ends_while_the_app_is_open(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path, opened_urls: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """Reply, resolve, ignore on the demo inbox, and undo. Counted, from the moment the app
    opens (the reply's own writing is the wizard's path, counted in test_reply_wizard):

    first complaint (the worst, selected at opening): Ctrl+R (1 key) opens the reply; Next,
      "partly", Next, Next, Next on the pause, fairness, channel and offer pages (5 clicks),
      a few words typed, Next to the review (1), Close (1) — Send is locked by the pause;
      the pause ends: one click on the notification (1) opens the review page; "Copy the
      reply and open the page" (1), "I posted it" (1), Close (1) — 12 clicks and keys, 8 of
      them the reply itself;
    second: already selected: Ctrl+Shift+R (1 key);
    third: already selected: Ctrl+Shift+I (1 key);
    Ctrl+Z brings the third back, selected (1 key).
    Three complaints: 14 clicks and keys, none of them spent looking for the next one; 15
    with the undo.
    """
    notifier = RecordingNotifier()
    window = window_on(qtbot, demo, clock, tmp_path, notifier=notifier)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    actions = 0

    def keys(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        nonlocal actions
        qtbot.keyClick(window.inbox_view, key, modifiers)
        actions += 1

    def click(widget: QPushButton | QRadioButton) -> None:
        nonlocal actions
        assert widget.isEnabled(), widget.toolTip()
        if isinstance(widget, QRadioButton):
            widget.setChecked(True)
        else:
            widget.click()
        actions += 1

    shown = rows(window)
    worst, second, third = shown[0], shown[1], shown[2]
    assert window.detail.comment.id == worst.id
    assert window.reply_action.text() == "&Reply…"
    keys(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wizard = window.reply_wizard
    assert wizard is not None and wizard.isVisible() and wizard.comment.id == worst.id
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(next_button)  # past the pause page: thinking is allowed during the wait
    click(wizard.consider_page.group.buttons()[1])  # partly fair
    click(next_button)
    click(next_button)  # the channel suggested
    click(next_button)  # an apology
    wizard.draft_page.edit.setPlainText(
        "I'm sorry the loaf was not what it should be. Please come by and we will make it right."
    )
    wizard.draft_page.check()
    click(next_button)
    assert wizard.currentPage().objectName() == "reviewPage"
    assert not wizard.review_page.send_button.isEnabled()  # the pause still runs
    click(wizard.button(QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible()
    assert window.detail.comment.id == worst.id  # still there, nothing wandered off
    assert window.reply_action.text() == "&Continue reply…"
    assert window.detail.reply_button.text() == "Continue reply…"  # the pane says so too
    assert status_cell(window, worst.id).startswith("Pause: ")
    assert notifier.told == []

    clock.now += timedelta(minutes=31)
    window.pause_timer.timeout.emit()
    assert [[p.comment_id for p in told] for told in notifier.told] == [[worst.id]]
    assert notifier.told[0][0].has_draft
    assert side_count(window, ViewKey.READY_TO_SEND) == 1
    window.pause_timer.timeout.emit()
    assert len(notifier.told) == 1  # told once

    notifier.click()
    actions += 1
    wizard = window.reply_wizard
    assert wizard is not None and wizard.isVisible() and wizard.comment.id == worst.id
    assert wizard.currentPage().objectName() == "reviewPage"
    click(wizard.review_page.send_button)  # copies the reply and opens the page
    assert opened_urls
    click(wizard.review_page.did)  # "I posted it"
    click(wizard.button(QWizard.WizardButton.CancelButton))  # "Close"
    assert window.detail.comment.id == second.id  # the next that needs a reply

    keys(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.detail.comment.id == third.id
    keys(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    after_third = window.detail.comment.id
    assert after_third not in (worst.id, second.id, third.id)
    assert actions == 14

    keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.comment.id == third.id
    conn = demo.connect()
    store = CommentStore(demo, conn)
    assert store.get(worst.id).status is Status.REPLIED
    assert store.get(second.id).status is Status.RESOLVED
    assert store.get(third.id).status is Status.NEW
    assert store.history(third.id)[-1].new is Status.NEW
    conn.close()
    assert actions == 15


def test_no_notification_for_the_comment_whose_wizard_is_open(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    notifier = RecordingNotifier()
    window = window_on(qtbot, demo, clock, tmp_path, notifier=notifier)
    worst = rows(window)[0]
    window.reply_action.trigger()
    assert window.reply_wizard is not None and window.reply_wizard.isVisible()
    clock.now += timedelta(minutes=31)
    window.pause_timer.timeout.emit()
    assert notifier.told == []  # the wizard's own countdown says it
    assert window.reply_wizard.comment.id == worst.id


def test_without_a_tray_the_banner_tells_and_its_button_continues_the_reply(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    worst = rows(window_on(qtbot, demo, clock, tmp_path))[0]
    worst_id = worst.id
    _pause_and_draft(demo, worst_id, "We are sorry.", step="draftPage")
    window = window_on(qtbot, demo, clock, tmp_path)  # offscreen: no system tray
    window.show()
    assert window.notifier is window.pause_banner
    assert not window.pause_banner.isVisible()
    clock.now += timedelta(minutes=31)
    window.pause_timer.timeout.emit()
    assert window.pause_banner.isVisible()
    assert worst.author in window.pause_banner.text.text()
    window.pause_banner.button.click()
    assert not window.pause_banner.isVisible()
    wizard = window.reply_wizard
    assert wizard is not None and wizard.comment.id == worst_id
    assert wizard.currentPage().objectName() == "draftPage"  # where it was left


def test_the_notification_names_the_customer_and_counts_the_others() -> None:
    from feedback_desk.ui.notifications import pause_over_words

    one = PauseOver(1, "Ann Baker", NOW, True)
    two = PauseOver(2, "<b>Sam</b>", NOW, False)
    assert pause_over_words([one]) == (
        "Your pause is over",
        "You can now read your reply to Ann Baker once more and send it.",
    )
    assert pause_over_words([two])[1] == "You can now write and send your reply to <b>Sam</b>."
    title, text = pause_over_words([one, two])
    assert title == "2 pauses are over" and "Ann Baker and 1 more" in text


def test_with_nothing_left_to_answer_it_says_so(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    conn = demo.connect()
    store = CommentStore(demo, conn)
    store.set_status([c.id for c in store.comments(view_filter(NEEDS_REPLY, NOW))], Status.IGNORED)
    conn.close()
    window = window_on(qtbot, demo, clock, tmp_path)
    assert window.middle.currentWidget() is window.no_matches
    assert window.no_matches.heading.text() == "Nothing needs a reply"
    assert "Needs a reply: 0" in window.counts_label.text()
    window.no_matches.buttons["noMatchesClearButton"].click()
    assert window.model.rowCount() == 76


def test_the_next_look_comes_when_a_pause_in_the_list_ends_if_that_is_sooner_than_a_minute(
    qtbot, demo: Database, clock: MovableClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    worst = rows(window_on(qtbot, demo, clock, tmp_path))[0]
    _pause_and_draft(demo, worst.id, "We are sorry.")  # 30 minutes from NOW
    window = window_on(qtbot, demo, clock, tmp_path)
    window.pause_timer.timeout.emit()
    assert window.pause_timer.interval() == 60_000
    clock.now += timedelta(minutes=29, seconds=40)
    window.pause_timer.timeout.emit()
    assert window.pause_timer.interval() == 20_500
    assert status_cell(window, worst.id) == "Pause: 1 min left"
