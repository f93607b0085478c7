"""Help menu (issue 13, item 5): the offline user guide, the data folder, the log, the
diagnostic details (never a token) and where to report a problem."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from feedback_desk import ISSUES_URL, PROJECT_URL
from feedback_desk.core.model import Platform
from feedback_desk.core.redaction import remember_secret
from feedback_desk.home import DataHome, log_file
from feedback_desk.secrets import CredentialStore
from feedback_desk.store import Database
from feedback_desk.store.accounts import AccountState, AccountStore
from feedback_desk.ui.help_window import GUIDE, HelpWindow
from feedback_desk.ui.main_window import MainWindow
from tests.keyrings import MemoryKeyring

from .conftest import WindowFactory
from .test_help_window import anchors_and_links

TOKEN = "EAAG-stored-token-0123456789abcdef"
REMEMBERED = "refresh-secret-9876543210zyxw"


def help_entries(window: MainWindow) -> dict[str, str]:
    action = next(a for a in window.menuBar().actions() if a.text() == "&Help")
    return {a.objectName(): a.text() for a in action.menu().actions() if a.objectName()}


def window_with_opener(make_window: WindowFactory, db: Database) -> tuple[MainWindow, list[str]]:
    window = make_window(db)
    opened: list[str] = []
    window.help_menu.open_url = lambda url: opened.append(url.toString()) or True
    return window, opened


def test_the_help_menu_has_every_entry(make_window: WindowFactory, db: Database) -> None:
    entries = help_entries(make_window(db))
    for name in (
        "helpGuideAction",
        "helpConnectingAction",
        "openDataFolderAction",
        "openLogAction",
        "copyDiagnosticsAction",
        "reportProblemAction",
    ):
        assert name in entries, name


def test_the_user_guide_opens_offline_with_every_section(
    make_window: WindowFactory, db: Database
) -> None:
    window = make_window(db)
    window.help_menu.guide_action.trigger()
    guide = window.help_window
    assert guide.isVisible() and guide.windowTitle() == "Feedback Desk user guide"
    text = guide.browser.toPlainText()
    for section in (
        "Getting started",
        "The inbox",
        "The pause",
        "Is it fair?",
        "Public or private",
        "Making it right",
        "The tone check",
        "Offers and the ledger",
        "History and outcomes",
        "The report",
        "Perspective",
        "Importing files",
        "Connecting accounts",
        "Where your data lives",
        "Backups and repair",
    ):
        assert section in text, section
    guide.close()


def test_every_guide_link_goes_somewhere(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "feedback_desk.ui.help_window.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()) or True,
    )
    guide = HelpWindow(GUIDE)
    qtbot.addWidget(guide)
    guide.resize(500, 300)
    guide.show()
    qtbot.waitExposed(guide)
    names, links = anchors_and_links(guide.browser.document())
    bar = guide.browser.verticalScrollBar()
    inside = [link for link in links if link.startswith("#")]
    assert len(inside) >= 13
    for link in inside:
        assert link[1:] in names, link
        bar.setValue(0)
        guide.browser.anchorClicked.emit(QUrl(link))
        assert bar.value() > 0, link
    assert "connecting.html" in links
    guide.browser.anchorClicked.emit(QUrl("connecting.html"))
    assert guide.windowTitle() == "Connecting your accounts"
    assert "Mastodon" in guide.browser.toPlainText()
    assert opened == []  # nothing in the guide needs the web


def test_open_data_folder_and_log(make_window: WindowFactory, db: Database) -> None:
    window, opened = window_with_opener(make_window, db)
    window.help_menu.data_folder_action.trigger()
    log = log_file(DataHome(db.path.parent))
    log.parent.mkdir(exist_ok=True)
    log.write_text("a line\n", encoding="utf-8")
    window.help_menu.log_action.trigger()
    assert opened == [
        QUrl.fromLocalFile(str(db.path.parent)).toString(),
        QUrl.fromLocalFile(str(log)).toString(),
    ]


def test_a_missing_log_is_said_not_opened(make_window: WindowFactory, db: Database) -> None:
    window, opened = window_with_opener(make_window, db)
    log_file(DataHome(db.path.parent)).unlink(missing_ok=True)
    window.help_menu.log_action.trigger()
    assert opened == []
    assert "no log yet" in window.help_menu.notice.text()
    window.help_menu.notice.close()


def test_diagnostic_details_say_what_helps_and_never_a_token(
    make_window: WindowFactory, db: Database
) -> None:
    conn = db.connect()
    accounts = AccountStore(db, conn)
    accounts.add("Bakery page", Platform.FACEBOOK, {"page_id": "1234"})
    accounts.add("Bakery reviews", Platform.GOOGLE, {"account_id": "1", "location_id": "2"})
    accounts.set_state("Bakery reviews", AccountState.NEEDS_RECONNECT, f"bad token {TOKEN}")
    conn.close()
    keyring = MemoryKeyring()
    credentials = CredentialStore(keyring)
    credentials.save("Bakery page", {"access_token": TOKEN})
    remember_secret(REMEMBERED)
    window = make_window(db, credentials=credentials)
    window.help_menu.copy_action.trigger()
    details = QGuiApplication.clipboard().text()
    for expected in (
        "Feedback Desk 0.1.0",
        "Python 3.",
        "PySide6 6.",
        "Qt 6.",
        "System: ",
        "Screen: ",
        "Locale: ",
        f"Data folder: {db.path.parent}",
        "schema version ",
        " comments",
        "MemoryKeyring",
        "facebook · Bakery page · connected",
        "google · Bakery reviews · needs reconnecting",
    ):
        assert expected in details, expected
    assert TOKEN not in details and REMEMBERED not in details
    assert "1234" not in details  # no platform ids either
    assert TOKEN in next(iter(keyring.items.values()))  # the token really is stored


def test_report_a_problem_says_to_paste_the_details_and_opens_the_address(
    make_window: WindowFactory, db: Database
) -> None:
    window, opened = window_with_opener(make_window, db)
    window.help_menu.report_action.trigger()
    box = window.help_menu.report_box
    assert ISSUES_URL.startswith(PROJECT_URL) and ISSUES_URL in box.text()
    assert "paste the diagnostic details" in box.text()
    assert "Feedback Desk" in QGuiApplication.clipboard().text()
    box.button(QMessageBox.StandardButton.Open).click()
    assert opened == [ISSUES_URL]
