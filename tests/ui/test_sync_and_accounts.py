"""Syncing from the window and the Accounts dialog, against local platform servers."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit

from feedback_desk.core.model import Platform
from feedback_desk.secrets import CredentialStore
from feedback_desk.sources.base import Connector
from feedback_desk.sources.http import PlatformHttp, Policy
from feedback_desk.sources.mastodon import MastodonConnector
from feedback_desk.store import Database
from feedback_desk.store.accounts import Account, AccountStore
from tests.fakes import FakeMastodon
from tests.keyrings import MemoryKeyring

from .conftest import WindowFactory


def no_wait_connector(account: Account, secret: dict[str, str]) -> Connector:
    http = PlatformHttp(
        account.platform.label, account.name, sleep=lambda s: None, policy=Policy(attempts=2)
    )
    return MastodonConnector(http, account.settings["instance"], secret["token"])


@pytest.fixture
def credentials() -> CredentialStore:
    return CredentialStore(MemoryKeyring())


def add_mastodon(db: Database, credentials: CredentialStore, instance: str, token: str) -> None:
    conn = db.connect()
    AccountStore(db, conn).add("Toots", Platform.MASTODON, {"instance": instance})
    conn.close()
    credentials.save("Toots", {"token": token})


def test_sync_from_the_window_fills_the_inbox(
    make_window: WindowFactory,
    db: Database,
    credentials: CredentialStore,
    fake_mastodon: FakeMastodon,
) -> None:
    fake_mastodon.seed(250)
    add_mastodon(db, credentials, fake_mastodon.base_url, fake_mastodon.token)
    window = make_window(db, credentials=credentials, connect=no_wait_connector)
    assert window.middle.currentWidget() is window.empty_inbox
    window.sync_action.trigger()
    assert window.model.rowCount() == 200  # the first page of the list
    assert window.middle.currentWidget() is window.inbox_view
    assert "250 new comments" in window.statusBar().currentMessage()
    assert window.offline_banner.isHidden()
    assert window.sync_action.isEnabled()


def test_offline_shows_a_banner_and_everything_local_keeps_working(
    make_window: WindowFactory,
    demo_db: Database,
    credentials: CredentialStore,
) -> None:
    add_mastodon(demo_db, credentials, "http://127.0.0.1:9", "tok")  # nothing listens there
    window = make_window(demo_db, credentials=credentials, connect=no_wait_connector)
    rows = window.model.rowCount()
    window.sync_action.trigger()
    assert window.offline_banner.isVisibleTo(window)
    assert "offline" in window.offline_banner.text()
    assert window.model.rowCount() == rows
    window.search_edit.setText("coffee")
    window.apply_filters()
    assert window.model.rowCount() > 0


def test_auto_sync_interval_is_remembered(make_window: WindowFactory, db: Database) -> None:
    window = make_window(db)
    window.auto_sync_actions[30].trigger()
    assert window.syncing.timer.interval() == 30 * 60_000
    window.close()
    again = make_window(db)
    assert again.auto_sync_actions[30].isChecked() and again.syncing.timer.isActive()


def test_accounts_dialog_adds_and_removes_with_the_token_only_in_the_keyring(
    qtbot,
    make_window: WindowFactory,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backend = MemoryKeyring()
    credentials = CredentialStore(backend)
    window = make_window(db, credentials=credentials)
    window.open_accounts()
    dialog = window.accounts_dialog
    assert "Tokens and passwords are kept in" in dialog.keyring_label.text()

    def fill_and_accept(form: QDialog) -> int:
        form.name.setText("Shop page")
        form.findChild(QLineEdit, "page_idEdit").setText("1983306698425200")
        form.findChild(QLineEdit, "tokenEdit").setText("EAAB-secret")
        assert form.findChild(QLineEdit, "tokenEdit").echoMode() == QLineEdit.EchoMode.Password
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("feedback_desk.ui.accounts_dialog.AddAccountForm.exec", fill_and_accept)
    dialog.add_button.click()
    assert [a.name for a in dialog.model.accounts] == ["Shop page"]
    assert json.loads(next(iter(backend.items.values()))) == {"token": "EAAB-secret"}
    conn = sqlite3.connect(db.path)
    assert "EAAB-secret" not in "\n".join(conn.iterdump())
    conn.close()

    dialog.view.selectRow(0)
    monkeypatch.setattr(
        "feedback_desk.ui.accounts_dialog.QMessageBox.question",
        lambda *a, **k: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Yes,
    )
    dialog.remove_button.click()
    assert dialog.model.accounts == [] and backend.items == {}


def test_an_unsafe_keyring_disables_adding_and_says_why(
    make_window: WindowFactory, db: Database
) -> None:
    import keyring.backends.fail

    window = make_window(db, credentials=CredentialStore(keyring.backends.fail.Keyring()))
    window.open_accounts()
    dialog = window.accounts_dialog
    assert not dialog.add_button.isEnabled()
    assert "GNOME Keyring or KWallet" in dialog.keyring_label.text()


def test_check_in_the_dialog_reports_the_platforms_answer(
    make_window: WindowFactory,
    db: Database,
    credentials: CredentialStore,
    fake_mastodon: FakeMastodon,
) -> None:
    add_mastodon(db, credentials, fake_mastodon.base_url, fake_mastodon.token)
    window = make_window(db, credentials=credentials)
    window.open_accounts()
    dialog = window.accounts_dialog
    dialog.view.selectRow(0)
    dialog.check_button.click()
    assert dialog.status.text() == "Toots works: connected as @shop."
    fake_mastodon.expire_token()
    dialog.view.selectRow(0)
    dialog.check_button.click()
    assert "The access token is invalid" in dialog.status.text()
    assert dialog.model.data(dialog.model.index(0, 2)) == "needs reconnecting"
