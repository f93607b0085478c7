"""Qt's model checks (pytest-qt's qtmodeltester) on the history and accounts models, as the
inbox and ledger models have: each on a real database, empty, with a few rows, and while it
changes (a reload, pages fetched as the list scrolls, an account added or removed).

Each check runs twice: with Qt's own QAbstractItemModelTester (its complaints are Qt warnings,
which fail the test: qt_log_level_fail) and with pytest-qt's Python port (`force_py`), which
also checks the types each role returns."""

from __future__ import annotations

from datetime import timedelta

import pytest

from feedback_desk.core.model import NewComment, Platform
from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.store import Database
from feedback_desk.store.accounts import AccountState, AccountStore
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.history import PAGE
from feedback_desk.ui.accounts_dialog import AccountsDialog, AccountsModel
from feedback_desk.ui.history_model import HistoryModel
from feedback_desk.ui.history_window import HistoryWindow
from feedback_desk.ui.tasks import InlineTaskRunner, TaskRunner
from tests.keyrings import MemoryKeyring

from .conftest import NOW, fixed_clock

P = Platform
CHECKERS = pytest.mark.parametrize("force_py", [False, True], ids=["qt", "python"])


def add_complaints(db: Database, triage: Triage, count: int, *, author: str = "") -> None:
    """`count` complaints, one a minute back from NOW; by one author when `author` is given."""
    conn = db.connect()
    try:
        CommentStore(db, conn).add_many(
            [
                NewComment(
                    P.GOOGLE if i % 2 else P.FACEBOOK,
                    f"x{i}",
                    author or f"Person {i}",
                    "Awful, rude and late. Never again.",
                    NOW - timedelta(minutes=i),
                    rating=1,
                )
                for i in range(count)
            ],
            triage,
        )
    finally:
        conn.close()


def history_window(qtbot, db: Database) -> HistoryWindow:  # type: ignore[no-untyped-def]
    window = HistoryWindow(db, InlineTaskRunner(), fixed_clock)
    qtbot.addWidget(window)
    return window


# -- the history list -------------------------------------------------------------------------


@CHECKERS
def test_the_history_model_empty(qtmodeltester, qtbot, db: Database, force_py: bool) -> None:  # type: ignore[no-untyped-def]
    window = history_window(qtbot, db)
    assert window.model.rowCount() == 0
    qtmodeltester.check(window.model, force_py=force_py)
    window.reload()  # a reset, still empty, with the checks watching
    assert window.model.rowCount() == 0
    qtmodeltester.check(HistoryModel(lambda ids: []), force_py=force_py)  # never filled


@CHECKERS
def test_the_history_model_with_a_few_rows(
    qtmodeltester,
    qtbot,
    db: Database,
    triage: Triage,
    force_py: bool,  # type: ignore[no-untyped-def]
) -> None:
    add_complaints(db, triage, 3)
    window = history_window(qtbot, db)
    assert window.model.rowCount() == 3
    qtmodeltester.check(window.model, force_py=force_py)
    window.view.selectRow(0)
    # An outcome recorded re-reads one row (dataChanged); a reload resets the list.
    row = window.model.row_at(1)
    assert row is not None
    window.model.refresh_row(row.id)
    add_complaints(db, triage, 5)  # x0..x4: two new ones
    window.reload()
    assert window.model.rowCount() == 5
    window.search.setText("nothing matches this")
    window.reload()
    assert window.model.rowCount() == 0


def read_to_the_end(qtbot, model: HistoryModel) -> None:  # type: ignore[no-untyped-def]
    """Scrolls to the end, as a view does: asks for more until there is no more."""
    while True:
        qtbot.waitUntil(lambda: not model._asking, timeout=30_000)  # no page on its way
        if not model.canFetchMore():
            return
        model.fetchMore()


@CHECKERS
def test_the_history_model_paged_in_as_it_scrolls(
    qtmodeltester,
    qtbot,
    db: Database,
    triage: Triage,
    force_py: bool,  # type: ignore[no-untyped-def]
) -> None:
    """Pages read in the background, as in the app: the checks themselves ask for more
    (fetchMore) and check again as each page comes. (With work run inline, a page would come
    inside fetchMore, which the checks call while still handling a reset: they would take
    their own call for rows inserted during the reset.)"""
    total = PAGE * 2 + 50
    add_complaints(db, triage, total)
    runner = TaskRunner()
    window = HistoryWindow(db, runner, fixed_clock)
    qtbot.addWidget(window)
    model = window.model
    try:
        qtbot.waitUntil(lambda: model.total == total, timeout=30_000)
        assert model.rowCount() == PAGE
        qtmodeltester.check(model, force_py=force_py)
        for _ in range(2):
            read_to_the_end(qtbot, model)
            ids = [row.id for r in range(model.rowCount()) if (row := model.row_at(r))]
            assert len(set(ids)) == total  # every complaint...
            assert model.rowCount() == total  # ...once
            window.reload()  # a reset, back to the first page, then paged in again
    finally:
        assert runner.wait()


@CHECKERS
def test_a_customers_comments_model(
    qtmodeltester,
    qtbot,
    db: Database,
    triage: Triage,
    force_py: bool,  # type: ignore[no-untyped-def]
) -> None:
    """The customer pane's list: ids known up front (set_ids), paged in as it scrolls."""
    add_complaints(db, triage, PAGE + 20, author="Regular Rita")
    window = history_window(qtbot, db)
    model = window.customer_model
    assert model.rowCount() == PAGE
    # The checks ask for more themselves: the rest comes at once (read on the GUI thread).
    qtmodeltester.check(model, force_py=force_py)
    assert model.rowCount() == PAGE + 20
    assert not model.canFetchMore()
    first = model.row_at(0)
    assert first is not None
    model.refresh_row(first.id)
    model.set_ids([first.id])  # a reset to fewer rows than a page
    assert model.rowCount() == 1
    model.set_ids([])
    assert model.rowCount() == 0


# -- the accounts list ------------------------------------------------------------------------


def accounts_dialog(qtbot, db: Database) -> AccountsDialog:  # type: ignore[no-untyped-def]
    dialog = AccountsDialog(db, CredentialStore(MemoryKeyring()), InlineTaskRunner())
    qtbot.addWidget(dialog)
    return dialog


@CHECKERS
def test_the_accounts_model_empty(qtmodeltester, qtbot, db: Database, force_py: bool) -> None:  # type: ignore[no-untyped-def]
    dialog = accounts_dialog(qtbot, db)
    assert dialog.model.rowCount() == 0
    qtmodeltester.check(dialog.model, force_py=force_py)
    dialog.reload()
    qtmodeltester.check(AccountsModel(), force_py=force_py)


@CHECKERS
def test_the_accounts_model_with_accounts_coming_and_going(
    qtmodeltester,
    qtbot,
    db: Database,
    force_py: bool,  # type: ignore[no-untyped-def]
) -> None:
    conn = db.connect()
    accounts = AccountStore(db, conn)
    try:
        accounts.add("Shop page", P.FACEBOOK, {"page_id": "1"})
        accounts.add("Shop reviews", P.GOOGLE, {"account_id": "2", "location_id": "3"})
        accounts.set_state("Shop reviews", AccountState.NEEDS_RECONNECT, "The token expired.")
        accounts.mark_synced("Shop page", None, True)
        dialog = accounts_dialog(qtbot, db)
        assert dialog.model.rowCount() == 2
        qtmodeltester.check(dialog.model, force_py=force_py)
        dialog.view.selectRow(1)
        accounts.add("Toots", P.MASTODON, {"instance": "https://example.social"})
        dialog.reload()
        assert dialog.model.rowCount() == 3
        accounts.remove("Shop page")
        dialog.reload()
        assert dialog.model.rowCount() == 2
    finally:
        conn.close()
