"""The reply wizard, the history, the ledger and the settings never freeze while another
program holds the database's write lock (issue 10): each action returns to the event loop at
once, on a real threaded TaskRunner, and its write lands when the lock is free."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from feedback_desk.core.compensation import Compensation, CompensationKind, DiscountStatus
from feedback_desk.core.model import NewComment, Platform, Severity, Status
from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import Database
from feedback_desk.store import database as database_module
from feedback_desk.store.assessments import Assessments, load_cooloff_settings
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.discounts import DiscountLedger
from feedback_desk.store.outbox import Outbox
from feedback_desk.store.outcomes import Outcome, Outcomes
from feedback_desk.store.shop_profile import load_shop_name
from feedback_desk.ui.history_window import HistoryWindow
from feedback_desk.ui.ledger_window import LedgerWindow
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.reply_wizard import ReplyWizard
from feedback_desk.ui.settings_dialog import SettingsDialog
from feedback_desk.ui.tasks import TaskRunner, WriteQueue
from tests.keyrings import MemoryKeyring

from .conftest import NOW, fixed_clock, make_comments

# Seconds: back in the event loop (measured 0.1-25 ms; the lock waits 5 s), with room for a
# loaded machine.
AT_ONCE = 1.0


@contextmanager
def another_program_writing(db: Database) -> Iterator[None]:
    """An import publishing a batch, a sync storing a page: the write lock, held."""
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def timed(action: Callable[[], Any]) -> float:
    started = time.monotonic()
    action()
    return time.monotonic() - started


def read(db: Database, query: Callable[[sqlite3.Connection], Any]) -> Any:
    conn = db.connect()
    try:
        return query(conn)
    finally:
        conn.close()


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait(10_000)
    qtbot.wait(10)  # the last answers reach the GUI thread before the widgets go


@pytest.fixture
def negative(db: Database) -> int:
    conn = db.connect()
    store = CommentStore(db, conn)
    store.add_many(
        make_comments(1, text="The cake was stale and dry, really disappointing"), Triage()
    )
    comment = store.page(InboxFilter())[0]
    conn.close()
    assert comment.severity in (Severity.NEGATIVE, Severity.HARSH)
    return comment.id


def open_wizard(qtbot, db: Database, comment_id: int, runner: TaskRunner) -> ReplyWizard:  # type: ignore[no-untyped-def]
    wizard = ReplyWizard(
        Services(db, CredentialStore(MemoryKeyring()), runner=runner),
        comment_id,
        shop_name="Corner Bakery",
    )
    qtbot.addWidget(wizard)
    return wizard


def test_opening_the_wizard_on_a_new_complaint_starts_the_pause_without_waiting(
    qtbot, db: Database, negative: int, runner: TaskRunner
) -> None:  # type: ignore[no-untyped-def]
    opened: list[ReplyWizard] = []
    with another_program_writing(db):
        took = timed(lambda: opened.append(open_wizard(qtbot, db, negative, runner)))
        wizard = opened[0]
        assert took < 3 * AT_ONCE, took  # building the pages included
        minutes = read(db, load_cooloff_settings).minutes_for(Severity.NEGATIVE)
        assert wizard.remaining().total_seconds() == minutes * 60  # shown from the start
        qtbot.wait(200)
        assert read(db, lambda conn: Outbox(db, conn).cooloff_ends(negative)) is None
    qtbot.waitUntil(
        lambda: read(db, lambda conn: Outbox(db, conn).cooloff_ends(negative)) is not None,
        timeout=5000,
    )
    # Stored as it was shown: from the moment the comment was opened.
    assert read(db, lambda conn: Outbox(db, conn).cooloff_ends(negative)) == wizard.cooloff_end
    comment = read(db, lambda conn: CommentStore(db, conn).get(negative))
    assert comment.status is Status.COOLING_OFF


def test_the_inbox_shows_the_pause_once_it_is_stored(
    qtbot, db: Database, negative: int, runner: TaskRunner, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    conn = db.connect()
    window = MainWindow(
        store=CommentStore(db, conn),
        triage=Triage(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        open_demo=lambda: None,
        services=Services(db, CredentialStore(MemoryKeyring()), runner=runner),
    )
    qtbot.addWidget(window)

    def shown_status() -> Status:
        row = window.model.row_of(negative)
        assert row is not None
        found = window.model.row_at(row)
        assert found is not None
        return found.status

    with another_program_writing(db):
        assert timed(lambda: window.open_reply(negative)) < 3 * AT_ONCE
        qtbot.wait(100)
        assert shown_status() is Status.NEW
    qtbot.waitUntil(lambda: shown_status() is Status.COOLING_OFF, timeout=5000)
    assert window.reply_wizard is not None
    window.reply_wizard.reject()
    runner.wait(5000)
    qtbot.wait(10)
    window.close()
    conn.close()


def test_moving_between_the_wizards_pages_saves_in_the_background_in_order(
    qtbot, db: Database, negative: int, runner: TaskRunner
) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, db, negative, runner)
    wizard.show()
    runner.wait(5000)
    with another_program_writing(db):
        moves = [timed(wizard.next)]  # past the pause
        wizard.consider_page.group.buttons()[0].setChecked(True)
        wizard.consider_page.point.setText("The cake was stale")
        moves.append(timed(wizard.next))  # "is it fair?" is saved
        moves.append(timed(wizard.back))
        moves.append(timed(wizard.next))
        assert max(moves) < AT_ONCE, moves
        assert wizard.currentPage().objectName() == "channelPage"
    qtbot.waitUntil(
        lambda: read(db, lambda conn: Assessments(db, conn).draft(negative)).step == "channelPage",
        timeout=8000,
    )
    assessment = read(db, lambda conn: Assessments(db, conn).get(negative))
    assert assessment.validity == "valid" and assessment.valid_point == "The cake was stale"
    runner.wait(5000)
    qtbot.wait(10)
    # The last save stands: an earlier one never lands after it.
    assert read(db, lambda conn: Assessments(db, conn).draft(negative)).step == "channelPage"


def test_recording_an_outcome_does_not_wait_for_the_lock(
    qtbot, db: Database, negative: int, runner: TaskRunner
) -> None:  # type: ignore[no-untyped-def]
    window = HistoryWindow(db, runner, fixed_clock)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.show_story(negative)
    window.record_outcome()
    dialog = window.outcome_dialog
    assert dialog is not None
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.WON_BACK.value))
    with another_program_writing(db):
        took = timed(dialog.save_button.click)
        assert took < AT_ONCE, took
        assert not dialog.save_button.isEnabled()  # one save at a time
        qtbot.wait(100)
        assert dialog.isVisible()  # not closed before it is kept
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    latest = read(db, lambda conn: Outcomes(db, conn).latest(negative))
    assert latest is not None and latest.outcome is Outcome.WON_BACK


def test_redeeming_a_code_does_not_wait_for_the_lock(
    qtbot, db: Database, runner: TaskRunner
) -> None:  # type: ignore[no-untyped-def]
    def offered(conn: sqlite3.Connection) -> str:
        ledger = DiscountLedger(db, conn)
        made = ledger.record(
            comment_id=None,
            compensation=Compensation(CompensationKind.PERCENT, Decimal(10)).validate(
                ledger.today()
            ),
        )
        assert made is not None and made.code is not None
        return made.code

    code = read(db, offered)
    window = LedgerWindow(db, runner=runner)
    qtbot.addWidget(window)
    window.show()
    window.code_edit.setText(code)
    with another_program_writing(db):
        took = timed(window.redeem_code_button.click)
        assert took < AT_ONCE, took
        assert not window.redeem_code_button.isEnabled()
        assert "Redeeming" in window.status.text()
    qtbot.waitUntil(lambda: window.status.text().startswith(f"Code {code} redeemed"), timeout=5000)
    status = read(db, lambda conn: DiscountLedger(db, conn).get(code).status)
    assert status is DiscountStatus.REDEEMED
    window.close_connection()


def test_saving_the_settings_does_not_wait_for_the_lock(
    qtbot, db: Database, runner: TaskRunner
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(db, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.shop_name.setText("Juniper & Rye")
    dialog.negative.setValue(45)
    with another_program_writing(db):
        took = timed(dialog.save)
        assert took < AT_ONCE, took
        assert not dialog.save_button.isEnabled()
        qtbot.wait(100)
        assert dialog.isVisible()  # closes once the settings are kept
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert read(db, load_shop_name) == "Juniper & Rye"
    assert read(db, load_cooloff_settings).negative_minutes == 45


def test_a_write_queue_keeps_order_keeps_only_the_latest_waiting_draft_and_is_waited_for(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    queue = WriteQueue(runner)
    first_started = threading.Event()
    release = threading.Event()
    written: list[str] = []
    answered: list[str] = []

    def write(name: str, hold: bool = False) -> Callable[[], str]:
        def work() -> str:
            if hold:
                first_started.set()
                release.wait(5)
            written.append(name)
            return name

        return work

    queue.run(write("draft 1", hold=True), answered.append, kind="draft")
    assert first_started.wait(5)
    queue.run(write("draft 2"), answered.append, kind="draft")
    queue.run(write("assessment"), answered.append, kind="assessment")
    queue.run(write("draft 3"), answered.append, kind="draft")  # replaces draft 2, still waiting
    release.set()
    assert runner.wait(5000)  # quitting waits for every write asked for, not only the first
    assert written == ["draft 1", "assessment", "draft 3"]
    qtbot.waitUntil(lambda: answered == written)


@pytest.mark.expect_warnings(r"^search index of .*feedback.db was damaged; rebuilt$")
@pytest.mark.expect_warnings(
    r"^counting failed: (database disk image is malformed"
    r"|vtable constructor failed: comments_fts)$",
    optional=True,  # the counts, read in the background, may meet the damage first
)
def test_a_damaged_search_index_is_rebuilt_without_waiting_for_the_lock(
    qtbot, demo_db: Database, runner: TaskRunner, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    conn = demo_db.connect()
    window = MainWindow(
        store=CommentStore(demo_db, conn),
        triage=Triage(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        open_demo=lambda: None,
        services=Services(demo_db, CredentialStore(MemoryKeyring()), runner=runner),
    )
    qtbot.addWidget(window)
    window.search_edit.setText("coffee")
    window.apply_filters()
    expected = window.model.rowCount()
    assert expected > 0
    window.search_edit.setText("")
    window.apply_filters()
    raw = sqlite3.connect(demo_db.path)
    raw.execute("DELETE FROM comments_fts_data WHERE id > 1")
    raw.commit()
    raw.close()
    window.search_edit.setText("coffee")
    with another_program_writing(demo_db):
        assert timed(window.apply_filters) < AT_ONCE
        assert "rebuilding" in window.statusBar().currentMessage()
        assert not window.model.canFetchMore()  # the damaged search is not run again
    qtbot.waitUntil(lambda: "rebuilt" in window.statusBar().currentMessage(), timeout=5000)
    assert window.model.rowCount() == expected
    runner.wait(5000)
    qtbot.wait(10)
    window.close()
    conn.close()


def test_merging_and_separating_names_do_not_wait_for_the_lock(
    qtbot, db: Database, runner: TaskRunner
) -> None:  # type: ignore[no-untyped-def]
    conn = db.connect()
    store = CommentStore(db, conn)
    store.add_many(
        [
            NewComment(Platform.FACEBOOK, "a1", "Ann Lee", "The cake was stale and dry", NOW),
            NewComment(Platform.INSTAGRAM, "a2", "@annie_l", "Cold and bitter coffee", NOW),
        ],
        Triage(),
    )
    ann = next(r.id for r in store.page(InboxFilter()) if r.author == "Ann Lee")
    conn.close()
    window = HistoryWindow(db, runner, fixed_clock)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    window.show_story(ann)
    window.same_person_button.click()
    dialog = window.merge_dialog
    assert dialog is not None
    dialog.search.setText("annie")
    qtbot.waitUntil(lambda: dialog.match_model.rowCount() == 1)
    dialog.matches.setCurrentIndex(dialog.match_model.index(0, 0))
    with another_program_writing(db):
        assert timed(dialog.merge_button.click) < AT_ONCE
        assert not window.same_person_button.isEnabled()
        assert "Merging" in window.merge_why.text()
    qtbot.waitUntil(lambda: window.name_model.rowCount() == 2, timeout=5000)
    window.customer_names.setCurrentIndex(window.name_model.index(1, 0))
    assert window.separate_button.isEnabled()
    with another_program_writing(db):
        assert timed(window.separate_button.click) < AT_ONCE
        assert not window.separate_button.isEnabled()
    qtbot.waitUntil(lambda: window.name_model.rowCount() == 1, timeout=5000)


def test_a_pause_refused_by_a_busy_database_is_said_and_stored_with_the_next_save(
    qtbot, db: Database, negative: int, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)  # give up soon
    with another_program_writing(db):
        wizard = open_wizard(qtbot, db, negative, runner)
        wizard.show()
        qtbot.waitUntil(lambda: wizard.findChild(QMessageBox) is not None, timeout=5000)
    warning = wizard.findChild(QMessageBox)
    assert warning.windowTitle() == "The pause could not be started"
    assert "in use by another program" in warning.text()
    warning.accept()
    assert read(db, lambda conn: Outbox(db, conn).cooloff_ends(negative)) is None
    wizard.next()  # the next save tries again
    qtbot.waitUntil(
        lambda: read(db, lambda conn: Outbox(db, conn).cooloff_ends(negative)) is not None,
        timeout=5000,
    )
    assert read(db, lambda conn: Outbox(db, conn).cooloff_ends(negative)) == wizard.cooloff_end
