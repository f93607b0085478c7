"""The Accounts dialog's Connect, through the real sign-in against a local Mastodon server
and the fake browser: signed in, picked, stored (the token only in the keyring)."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QUrl

from feedback_desk.core.model import Platform
from feedback_desk.secrets import CredentialStore
from feedback_desk.store import Database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.ui.accounts_dialog import AccountsDialog
from feedback_desk.ui.tasks import TaskRunner
from tests import fake_browser
from tests.fakes import FakeMastodon
from tests.keyrings import MemoryKeyring


def browse(url: QUrl) -> bool:
    """The system browser, played: it follows the sign-in in the background."""
    threading.Thread(target=fake_browser.main, args=(url.toString(),), daemon=True).start()
    return True


@pytest.fixture
def dialog(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("feedback_desk.ui.sign_in_dialog.QDesktopServices.openUrl", browse)
    runner = TaskRunner()
    backend = MemoryKeyring()
    accounts = AccountsDialog(db, CredentialStore(backend), runner)
    accounts.keyring = backend  # type: ignore[attr-defined]
    qtbot.addWidget(accounts)
    yield accounts
    if accounts.sign_in_dialog is not None:
        accounts.sign_in_dialog.reject()
    runner.wait(5_000)


def test_connect_mastodon_signs_in_and_connects_the_account(
    qtbot, dialog: AccountsDialog, db: Database, fake_mastodon: FakeMastodon
) -> None:
    dialog.ask_server = lambda: fake_mastodon.base_url  # type: ignore[method-assign]
    dialog.connect_buttons[Platform.MASTODON].click()
    sign_in = dialog.sign_in_dialog
    assert sign_in is not None
    qtbot.waitUntil(lambda: sign_in.pages.currentWidget() is sign_in.picker_page, timeout=15_000)
    assert sign_in.picked_model.rowCount() == 1
    assert sign_in.connect_button.isEnabled()
    sign_in.connect_button.click()
    qtbot.waitUntil(lambda: not sign_in.isVisible(), timeout=10_000)
    conn = db.connect()
    [account] = AccountStore(db, conn).all()
    conn.close()
    assert account.platform is Platform.MASTODON
    assert [a.name for a in dialog.model.accounts] == [account.name]
    backend: MemoryKeyring = dialog.keyring  # type: ignore[attr-defined]
    [secret] = backend.items.values()
    dump = "\n".join(sqlite3.connect(db.path).iterdump())
    token = __import__("json").loads(secret)["token"]
    assert token and token not in dump


def test_a_denied_consent_is_one_sentence_and_stores_nothing(
    qtbot,
    dialog: AccountsDialog,
    db: Database,
    fake_mastodon: FakeMastodon,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FAKE_BROWSER", "deny")
    dialog.ask_server = lambda: fake_mastodon.base_url  # type: ignore[method-assign]
    dialog.connect_buttons[Platform.MASTODON].click()
    sign_in = dialog.sign_in_dialog
    assert sign_in is not None
    qtbot.waitUntil(lambda: sign_in.problem.isVisibleTo(sign_in), timeout=15_000)
    said = sign_in.problem.text()
    assert said.count(". ") <= 1 and said.endswith(".")
    assert sign_in.retry_button.isVisibleTo(sign_in)
    conn = db.connect()
    assert AccountStore(db, conn).all() == []
    conn.close()
    assert dialog.keyring.items == {}  # type: ignore[attr-defined]
