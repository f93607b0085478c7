"""Accessibility (issue 13, item 9): every interactive widget in every window and dialog has
a name a screen reader can say (QAccessible's, so a button's text and a field's label count)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget, QWizard

from feedback_desk.core.model import Platform, Severity
from feedback_desk.secrets import CredentialStore
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.ui.help_window import GUIDE
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.sign_in_dialog import SignInDialog
from feedback_desk.ui.tasks import InlineTaskRunner
from tests.keyrings import MemoryKeyring

from .accessibility import nameless as _nameless
from .accessibility import tab_traps
from .conftest import WindowFactory
from .test_accounts_sign_in import LOCATIONS, Begun


@pytest.fixture
def window(make_window: WindowFactory, demo_db: Database) -> MainWindow:
    shown = make_window(demo_db, credentials=CredentialStore(MemoryKeyring()))
    shown.resize(1200, 800)
    shown.show()
    return shown


def nameless(top: QWidget) -> list[str]:
    """Widgets without a name, and lists a Tab cannot leave."""
    return _nameless(top) + [f"Tab trap: {trap}" for trap in tab_traps(top)]


def worst(db: Database) -> int:
    conn = db.connect()
    try:
        rows = CommentStore(db, conn).comments(InboxFilter())
    finally:
        conn.close()
    return next(c.id for c in rows if c.severity is Severity.HARSH)


def wizard_pages(wizard: QWizard) -> dict[str, list[str]]:
    """Each page the wizard goes through with Next, checked as it shows."""
    found: dict[str, list[str]] = {}
    seen: set[int] = set()
    while wizard.currentId() not in seen and wizard.currentId() != -1:
        seen.add(wizard.currentId())
        page = wizard.currentPage()
        found[page.objectName() or str(wizard.currentId())] = nameless(wizard)
        wizard.next()
    return found


def tabs(dialog: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for tab_widget in dialog.findChildren(QTabWidget):
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            found[tab_widget.tabText(index)] = nameless(dialog)
    return found


def assert_all_named(found: dict[str, list[str]]) -> None:
    """Nameless widgets, and (under "Tab trap") lists that keep the Tab key."""
    missing = {where: names for where, names in found.items() if names}
    if missing:
        lines = [f"{where}: {name}" for where, names in missing.items() for name in names]
        pytest.fail("without an accessible name:\n" + "\n".join(lines), pytrace=False)


def test_main_window(window: MainWindow) -> None:
    assert_all_named({"main window": nameless(window)})


def test_reply_wizard_on_each_page(window: MainWindow, demo_db: Database) -> None:
    window.open_reply(worst(demo_db))
    wizard = window.reply_wizard
    assert wizard is not None
    found = wizard_pages(wizard)
    assert len(found) >= 5, found.keys()
    assert_all_named(found)
    wizard.close()


def test_history_outcome_and_perspective(window: MainWindow, demo_db: Database) -> None:
    complaint = worst(demo_db)
    window.open_history(complaint)
    found = {"history": nameless(window.history_window)}
    window._select(complaint)
    window.record_outcome_action.trigger()
    found["outcome dialog"] = nameless(window.outcome_dialog)
    window.outcome_dialog.close()
    window.open_perspective()
    found["perspective"] = nameless(window.perspective_window)
    assert_all_named(found)


def test_report_ledger_and_help(window: MainWindow) -> None:
    window.open_report()
    window.open_ledger()
    window.open_help(GUIDE)
    assert_all_named(
        {
            "report": nameless(window.report_dialog),
            "ledger": nameless(window.ledger_window),
            "help": nameless(window.help_window),
        }
    )


def test_settings_on_each_tab(window: MainWindow) -> None:
    window.open_settings()
    found = tabs(window.settings_dialog)
    assert len(found) >= 2
    assert_all_named(found)


def test_accounts_and_sign_in(qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window.open_accounts()
    found = {"accounts": nameless(window.accounts_dialog)}
    sign_in = SignInDialog(
        Platform.GOOGLE,
        demo_db,
        CredentialStore(MemoryKeyring()),
        InlineTaskRunner(),
        begin=Begun(found=LOCATIONS),
        open_url=lambda url: None,
    )
    qtbot.addWidget(sign_in)
    sign_in.show()
    found["sign-in, before"] = nameless(sign_in)
    sign_in.begin()
    found["sign-in, choosing"] = nameless(sign_in)
    assert_all_named(found)


def test_import_preview(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "german-spreadsheet.csv"
    sample = resources.files("feedback_desk.resources").joinpath("samples", path.name)
    path.write_bytes(sample.read_bytes())
    window.import_file(path)
    assert window.importer.preview is not None
    assert_all_named({"import preview": nameless(window.importer.preview)})


def test_first_run_assistant_on_each_page(window: MainWindow) -> None:
    window.open_first_run()
    found = wizard_pages(window.first_run_assistant)
    assert len(found) >= 3
    assert_all_named(found)


def test_no_meaning_by_colour_alone(window: MainWindow) -> None:
    """The tinted (unanswered harsh or negative) rows and the severity badge's colour each
    come with words: the badge says the severity, the status column says where it stands, the
    platform icon has the platform's name for a screen reader."""
    from PySide6.QtCore import Qt

    from feedback_desk.ui.inbox_model import Column

    model = window.model
    assert model.rowCount() > 5
    tinted = 0
    for number in range(model.rowCount()):
        row = model.row_at(number)
        assert row is not None

        def cell(
            column: Column, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole, at: int = number
        ) -> str:
            return str(model.index(at, column).data(role) or "")

        if model.index(number, Column.TEXT).data(Qt.ItemDataRole.BackgroundRole) is not None:
            tinted += 1
            assert row.severity in (Severity.HARSH, Severity.NEGATIVE)
            assert cell(Column.STATUS), row
        assert (
            row.severity.label.lower()
            in (
                cell(Column.SEVERITY) + cell(Column.SEVERITY, Qt.ItemDataRole.AccessibleTextRole)
            ).lower()
        ), row
        assert row.platform.label in cell(Column.PLATFORM, Qt.ItemDataRole.AccessibleTextRole)
    assert tinted > 0
