"""Connecting by signing in, from the Accounts dialog: the dialog's side of it, against a
sign-in that plays the platform (the real one against local servers is in
test_accounts_sign_in_end_to_end.py)."""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from feedback_desk.core.errors import Cancelled, UserFacingError
from feedback_desk.core.model import Platform
from feedback_desk.secrets import CredentialStore
from feedback_desk.store import Database
from feedback_desk.store.accounts import Account, AccountState, AccountStore
from feedback_desk.ui.accounts_dialog import AccountsDialog, connect_button_name
from feedback_desk.ui.sign_in_dialog import SignInDialog
from feedback_desk.ui.tasks import InlineTaskRunner, TaskRunner
from tests.keyrings import MemoryKeyring

from .conftest import NOW, WindowFactory

AUTH_URL = "https://accounts.example/authorize?state=abc"


@dataclass(frozen=True)
class Prompt:
    url: str
    user_code: str | None
    expires_at: datetime


@dataclass(frozen=True)
class Candidate:
    platform: Platform
    ident: str
    name: str
    detail: str
    suggested_name: str


@dataclass
class FakeSignIn:
    """Plays a platform's sign-in: `outcome` says how the owner's visit to the page ends."""

    platform: Platform
    instance: str | None = None
    outcome: str = "agreed"  # agreed | denied | never (waits until cancelled)
    user_code: str | None = None
    found: list[Candidate] = field(default_factory=list)
    closed: threading.Event = field(default_factory=threading.Event)
    reconnected: list[str] = field(default_factory=list)

    def start(self) -> Prompt:
        return Prompt(AUTH_URL, self.user_code, NOW + timedelta(minutes=10))

    def wait(self, cancel: threading.Event, timeout: float | None = None) -> None:
        if self.outcome == "denied":
            raise UserFacingError("You did not allow Feedback Desk on Google; nothing was stored.")
        if self.outcome == "never":
            if cancel.wait(10):
                raise Cancelled("Stopped, as asked.")
            raise AssertionError("the dialog never cancelled the wait")

    def candidates(self) -> list[Candidate]:
        return list(self.found)

    def connect(
        self,
        db: Database,
        conn: sqlite3.Connection,
        credentials: CredentialStore,
        picked: list[Candidate],
        names: dict[str, str] | None = None,
    ) -> list[Account]:
        accounts = []
        for candidate in picked:
            name = (names or {}).get(candidate.ident, candidate.suggested_name)
            accounts.append(
                AccountStore(db, conn).add(name, candidate.platform, {"id": candidate.ident})
            )
            credentials.save(name, {"token": f"token-for-{candidate.ident}"})
        return accounts

    def reconnect(
        self, db: Database, conn: sqlite3.Connection, credentials: CredentialStore, account: str
    ) -> Account:
        self.reconnected.append(account)
        credentials.save(account, {"token": "a-fresh-token"})
        AccountStore(db, conn).set_state(account, AccountState.OK)
        return AccountStore(db, conn).get(account)

    def close(self) -> None:
        self.closed.set()


LOCATIONS = [
    Candidate(Platform.GOOGLE, "locations/1", "Juniper & Rye", "12 High St, Bath", "Bath shop"),
    Candidate(Platform.GOOGLE, "locations/2", "Juniper & Rye", "3 Mill Lane, Frome", "Frome"),
]


class Begun:
    """Hands the dialog a FakeSignIn and remembers what it was asked for."""

    def __init__(self, **fake: Any) -> None:
        self.fake = fake
        self.started: list[FakeSignIn] = []

    def __call__(
        self,
        platform: Platform,
        conn: sqlite3.Connection,
        instance: str | None,
        credentials: CredentialStore | None = None,
        clock: object = None,
    ) -> FakeSignIn:
        sign_in = FakeSignIn(platform, instance, **self.fake)
        self.started.append(sign_in)
        return sign_in


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Pages sent to the system browser."""
    pages: list[str] = []
    monkeypatch.setattr(
        "feedback_desk.ui.sign_in_dialog.QDesktopServices.openUrl",
        lambda url: pages.append(url.toString()) or True,
    )
    return pages


def accounts_dialog(
    qtbot, db: Database, backend: MemoryKeyring, begin: Begun, runner: TaskRunner | None = None
) -> AccountsDialog:  # type: ignore[no-untyped-def]
    dialog = AccountsDialog(
        db, CredentialStore(backend), runner or InlineTaskRunner(), begin_sign_in=begin
    )
    qtbot.addWidget(dialog)
    return dialog


def stored(db: Database) -> list[str]:
    conn = db.connect()
    try:
        return [a.name for a in AccountStore(db, conn).all()]
    finally:
        conn.close()


def test_every_platform_has_a_connect_button_and_the_hand_form_is_under_advanced(
    qtbot, db: Database, keyring_backend: MemoryKeyring
) -> None:
    dialog = accounts_dialog(qtbot, db, keyring_backend, Begun())
    for platform in Platform:
        button = dialog.connect_buttons[platform]
        assert button.objectName() == connect_button_name(platform)
        assert button.isEnabled() and not button.icon().isNull()
    assert dialog.connect_buttons[Platform.FACEBOOK].objectName() == "connectFacebookButton"
    assert dialog.add_button.text() == "Advanced…"
    assert "by hand" in dialog.add_button.toolTip()


def test_connect_signs_in_in_the_browser_then_connects_what_is_ticked(
    qtbot, db: Database, keyring_backend: MemoryKeyring, opened: list[str]
) -> None:
    begin = Begun(found=LOCATIONS)
    dialog = accounts_dialog(qtbot, db, keyring_backend, begin)
    announced: list[list[str]] = []
    dialog.connected.connect(announced.append)
    dialog.connect_buttons[Platform.GOOGLE].click()

    sign_in = dialog.sign_in_dialog
    assert isinstance(sign_in, SignInDialog) and sign_in.objectName() == "signInDialog"
    assert opened == [AUTH_URL]  # the browser went to the platform's own page
    assert sign_in.pages.currentWidget() is sign_in.picker_page
    picker = sign_in.picker
    assert picker.objectName() == "accountPicker"
    assert picker.model().rowCount() == 2
    assert "12 High St, Bath" in picker.model().index(0, 1).data()
    button = sign_in.connect_button
    assert not button.isEnabled() and "Tick at least one" in button.toolTip()

    first = sign_in.picked_model.item(0, 0)
    first.setCheckState(Qt.CheckState.Checked)
    first.setText("Bath")
    assert button.isEnabled() and button.text() == "Connect 1 account"
    second = sign_in.picked_model.item(1, 0)
    second.setCheckState(Qt.CheckState.Checked)
    second.setText("Bath")
    assert not button.isEnabled() and "same name" in button.toolTip()
    second.setText("Frome")
    assert button.text() == "Connect 2 accounts"
    button.click()

    assert stored(db) == ["Bath", "Frome"]
    assert announced == [["Bath", "Frome"]]
    assert not sign_in.isVisible()
    assert begin.started[0].closed.is_set()
    assert [a.name for a in dialog.model.accounts] == ["Bath", "Frome"]
    assert "Connected Bath, Frome" in dialog.status.text()
    assert len(keyring_backend.items) == 2


def test_meta_shows_a_code_to_type_and_opens_its_page_only_when_asked(
    qtbot, db: Database, keyring_backend: MemoryKeyring, opened: list[str]
) -> None:
    begin = Begun(outcome="never", user_code="WDJB-MJHT")
    runner = TaskRunner()
    dialog = accounts_dialog(qtbot, db, keyring_backend, begin, runner)
    dialog.connect_buttons[Platform.FACEBOOK].click()
    sign_in = dialog.sign_in_dialog
    assert sign_in is not None
    qtbot.waitUntil(lambda: sign_in.code.isVisible())
    assert sign_in.code.text() == "WDJB-MJHT"
    assert "facebook.com/device" in sign_in.waiting.text()
    assert opened == []
    sign_in.open_device_button.click()
    assert opened == [AUTH_URL]
    sign_in.copy_button.click()
    assert QGuiApplication.clipboard().text() == "WDJB-MJHT"

    began = time.monotonic()
    sign_in.cancel_button.click()  # the wait ends within a second, nothing stored
    assert begin.started[0].closed.wait(1.0)
    assert time.monotonic() - began < 1.0
    assert not sign_in.isVisible()
    runner.wait(2_000)
    assert stored(db) == [] and keyring_backend.items == {}


def test_a_denied_sign_in_says_so_in_one_sentence_and_stores_nothing(
    qtbot, db: Database, keyring_backend: MemoryKeyring, opened: list[str]
) -> None:
    dialog = accounts_dialog(qtbot, db, keyring_backend, Begun(outcome="denied"))
    dialog.connect_buttons[Platform.YOUTUBE].click()
    sign_in = dialog.sign_in_dialog
    assert sign_in is not None
    assert (
        sign_in.problem.text() == "You did not allow Feedback Desk on Google; nothing was stored."
    )
    assert sign_in.problem.textFormat() == Qt.TextFormat.PlainText
    assert sign_in.retry_button.isVisibleTo(sign_in)
    assert sign_in.cancel_button.text() == "Close"
    assert stored(db) == [] and keyring_backend.items == {}


def test_time_left_counts_down_from_the_prompt(
    qtbot, db: Database, keyring_backend: MemoryKeyring
) -> None:
    now = [NOW]
    sign_in = SignInDialog(
        Platform.GOOGLE,
        db,
        CredentialStore(keyring_backend),
        TaskRunner(),
        begin=Begun(outcome="never"),
        now=lambda: now[0],
        open_url=lambda url: None,
    )
    qtbot.addWidget(sign_in)
    sign_in.begin()
    qtbot.waitUntil(lambda: sign_in.time_left.text() != "")
    assert sign_in.time_left.text() == "About 10 minutes left to sign in."
    assert "Google's sign-in page" in sign_in.waiting.text()
    assert sign_in.open_again.isVisibleTo(sign_in)
    now[0] = NOW + timedelta(minutes=9, seconds=30)
    sign_in._ticker.timeout.emit()
    assert sign_in.time_left.text() == "30 seconds left to sign in."
    sign_in.reject()


def test_mastodon_asks_for_the_server_first(
    qtbot,
    db: Database,
    keyring_backend: MemoryKeyring,
    opened: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    toot = Candidate(Platform.MASTODON, "109", "@shop", "mastodon.example", "Toots")
    begin = Begun(found=[toot])
    dialog = accounts_dialog(qtbot, db, keyring_backend, begin)
    monkeypatch.setattr(dialog, "ask_server", lambda: None)
    dialog.connect_buttons[Platform.MASTODON].click()
    assert begin.started == []  # no server given: nothing starts
    monkeypatch.setattr(dialog, "ask_server", lambda: "https://mastodon.example")
    dialog.connect_buttons[Platform.MASTODON].click()
    assert begin.started[0].instance == "https://mastodon.example"
    sign_in = dialog.sign_in_dialog
    assert sign_in is not None
    assert sign_in.connect_button.isEnabled()  # the only choice comes ticked
    sign_in.connect_button.click()
    assert stored(db) == ["Toots"]


def test_an_account_that_needs_reconnecting_signs_in_again(
    qtbot, db: Database, keyring_backend: MemoryKeyring, opened: list[str]
) -> None:
    conn = db.connect()
    AccountStore(db, conn).add("Bath", Platform.GOOGLE, {"location_id": "1"})
    AccountStore(db, conn).add("Toots", Platform.MASTODON, {"instance": "https://m.example"})
    AccountStore(db, conn).set_state("Bath", AccountState.NEEDS_RECONNECT, "The token expired.")
    conn.close()
    begin = Begun()
    dialog = accounts_dialog(qtbot, db, keyring_backend, begin)
    announced: list[list[str]] = []
    dialog.connected.connect(announced.append)
    dialog.view.selectRow(1)
    assert not dialog.reconnect_button.isEnabled()
    assert "does not need reconnecting" in dialog.reconnect_button.toolTip()
    dialog.view.selectRow(0)
    assert dialog.reconnect_button.isEnabled()
    dialog.reconnect_button.click()
    assert begin.started[0].reconnected == ["Bath"]
    assert announced == [["Bath"]]
    assert dialog.model.data(dialog.model.index(0, 2)) == "connected"
    assert stored(db) == ["Bath", "Toots"]


def test_the_empty_inbox_connects_and_the_window_syncs_the_new_account(
    make_window: WindowFactory,
    db: Database,
    keyring_backend: MemoryKeyring,
    opened: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    begin = Begun(found=LOCATIONS[:1])
    monkeypatch.setattr("feedback_desk.ui.sign_in_dialog.begin_with_platform", begin)
    window = make_window(db, credentials=CredentialStore(keyring_backend))
    synced: list[bool] = []
    monkeypatch.setattr(window, "start_sync", lambda: synced.append(True))
    assert window.middle.currentWidget() is window.empty_inbox
    window.empty_inbox.buttons["emptyConnectButton"].click()
    dialog = window.accounts_dialog
    assert dialog.isVisible()
    dialog.connect_buttons[Platform.GOOGLE].click()
    assert dialog.sign_in_dialog is not None
    dialog.sign_in_dialog.connect_button.click()
    assert stored(db) == ["Bath shop"]
    assert synced == [True]


def test_every_interactive_widget_is_named(
    qtbot, db: Database, keyring_backend: MemoryKeyring, opened: list[str]
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

    dialog = accounts_dialog(qtbot, db, keyring_backend, Begun(found=LOCATIONS))
    dialog.connect_buttons[Platform.GOOGLE].click()
    for widget in (dialog, dialog.sign_in_dialog):
        assert widget is not None
        for kind in (QAbstractButton, QAbstractItemView, QLineEdit):
            for child in widget.findChildren(kind):
                if child.parent() is not None and child.parent().inherits("QAbstractItemView"):
                    continue  # the views' own corner buttons
                assert child.objectName(), (
                    f"{type(child).__name__} {child.text() if hasattr(child, 'text') else ''}"
                )


def test_url_opened_is_the_prompts(qtbot, db: Database, keyring_backend: MemoryKeyring) -> None:
    pages: list[QUrl] = []
    sign_in = SignInDialog(
        Platform.GOOGLE,
        db,
        CredentialStore(keyring_backend),
        InlineTaskRunner(),
        begin=Begun(found=LOCATIONS),
        open_url=pages.append,
    )
    qtbot.addWidget(sign_in)
    sign_in.begin()
    assert [p.toString() for p in pages] == [AUTH_URL]
    sign_in.open_again.click()
    assert len(pages) == 2
    sign_in.reject()
    assert datetime.now(UTC) > NOW  # sanity: the fixed clock is in the past
