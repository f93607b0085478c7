"""Every window and dialog fits a small laptop screen (1024×640, less a title bar and a
panel) and stays usable there (issue 12, item 7)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from feedback_desk.core.model import Platform
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.ui.fit import SMALL_SCREEN, TITLE_AND_PANEL, room_on
from feedback_desk.ui.tasks import InlineTaskRunner
from tests.keyrings import MemoryKeyring

from .conftest import WindowFactory, fixed_clock

ROOM = QSize(SMALL_SCREEN.width(), SMALL_SCREEN.height() - TITLE_AND_PANEL)


def _windows(
    db: Database, make_window: WindowFactory, tmp_path: Path
) -> dict[str, Callable[[], QWidget]]:
    from feedback_desk.sources.file_import import plan_import
    from feedback_desk.ui.accounts_dialog import AccountsDialog
    from feedback_desk.ui.first_run import FirstRunAssistant
    from feedback_desk.ui.history_window import HistoryWindow
    from feedback_desk.ui.import_preview import ImportPreview
    from feedback_desk.ui.ledger_window import LedgerWindow
    from feedback_desk.ui.reply_wizard import ReplyWizard
    from feedback_desk.ui.report_dialog import ReportDialog
    from feedback_desk.ui.settings_dialog import SettingsDialog
    from feedback_desk.ui.sign_in_dialog import SignInDialog

    runner = InlineTaskRunner()
    credentials = CredentialStore(MemoryKeyring())
    conn = db.connect()
    harsh = CommentStore(db, conn).page(InboxFilter())[0].id
    conn.close()

    def preview() -> QWidget:
        spreadsheet = tmp_path / "bewertungen.csv"
        spreadsheet.write_bytes(
            resources.files("feedback_desk.resources")
            .joinpath("samples", "german-spreadsheet.csv")
            .read_bytes()
        )
        return ImportPreview(plan_import(db, spreadsheet, None))

    return {
        "main window": lambda: make_window(db),
        "history": lambda: HistoryWindow(db, runner, fixed_clock),
        "report dialog": lambda: ReportDialog(db, runner, fixed_clock, tz=UTC),
        "ledger": lambda: LedgerWindow(db, runner=runner),
        "settings": lambda: SettingsDialog(db, runner=runner, credentials=credentials),
        "accounts": lambda: AccountsDialog(db, credentials, runner),
        "sign-in": lambda: SignInDialog(Platform.MASTODON, db, credentials, runner),
        "reply wizard": lambda: ReplyWizard(Services(db, credentials, runner=runner), harsh),
        "import preview": preview,
        "first-run assistant": lambda: FirstRunAssistant(db, runner),
    }


NAMES = [
    "main window",
    "history",
    "report dialog",
    "ledger",
    "settings",
    "accounts",
    "sign-in",
    "reply wizard",
    "import preview",
    "first-run assistant",
]


@pytest.mark.parametrize("name", NAMES)
def test_each_window_needs_no_more_than_a_small_laptop_screen(
    qtbot, name: str, demo_db: Database, make_window: WindowFactory, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    widget = _windows(demo_db, make_window, tmp_path)[name]()
    if name != "main window":
        qtbot.addWidget(widget)
    widget.show()
    qtbot.wait(1)
    needed = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert needed.width() <= ROOM.width() and needed.height() <= ROOM.height(), (
        f"{name} needs {needed.width()}x{needed.height()}, more than {ROOM.width()}x{ROOM.height()}"
    )
    # Opened on the test's screen, it is no bigger than that screen's room either.
    room = room_on(widget.screen().availableGeometry())
    assert widget.width() <= max(room.width(), needed.width())
    assert widget.height() <= max(room.height(), needed.height())
    widget.hide()


def test_room_on_a_screen_leaves_a_title_bar_and_a_panel() -> None:
    assert room_on(QRect(0, 0, 1024, 640)) == QSize(1008, 568)
    assert room_on(QRect(0, 0, 1366, 768)) == QSize(1350, 696)
