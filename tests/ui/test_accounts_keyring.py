"""The Accounts dialog names the keyring at once: the system is asked once, at start-up."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QSettings

from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.tasks import InlineTaskRunner
from tests.keyrings import MemoryKeyring


class HeldRunner(InlineTaskRunner):
    """Keeps background work until released: what the dialog shows before any of it ran."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[Callable[[], None]] = []

    def run(self, work: Callable[[], Any], done: Any, failed: Any = None, **_: Any) -> None:
        self.held.append(lambda: InlineTaskRunner.run(self, work, done, failed))

    def release(self) -> None:
        while self.held:
            self.held.pop(0)()


@pytest.fixture
def looked_up(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """Every time the system is asked which keyring it has (and on which thread)."""
    calls: list[threading.Thread] = []

    def get_keyring() -> MemoryKeyring:
        calls.append(threading.current_thread())
        return MemoryKeyring()

    monkeypatch.setattr(keyring, "get_keyring", get_keyring)
    return calls


def window_on(qtbot, db: Database, tmp_path: Path, runner: InlineTaskRunner, credentials):  # type: ignore[no-untyped-def]
    conn = db.connect()
    window = MainWindow(
        store=CommentStore(db, conn),
        triage=Triage(),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        open_demo=lambda: None,
        services=Services(db, credentials, runner=runner),
    )
    qtbot.addWidget(window)
    return window


def test_the_dialog_names_the_keyring_without_a_lookup_of_its_own(
    qtbot, db: Database, tmp_path: Path, looked_up: list[threading.Thread]
) -> None:
    credentials = CredentialStore()
    runner = HeldRunner()
    window = window_on(qtbot, db, tmp_path, runner, credentials)
    qtbot.wait(1)  # the first paint: the window asks for the keyring in the background
    runner.release()  # ... and that work is done
    assert len(looked_up) == 1

    window.open_accounts()  # background work is held again: the dialog may not wait on any
    dialog = window.accounts_dialog
    assert dialog.keyring_label.text().startswith("Tokens and passwords are kept in")
    assert dialog.add_button.isEnabled()
    assert len(looked_up) == 1 and credentials.lookups == 1
    assert not runner.held  # no second lookup queued either
    dialog.close()


def test_a_dialog_opened_during_the_lookup_waits_for_that_same_lookup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = threading.Event()
    answer = threading.Event()
    calls: list[int] = []

    def slow_get_keyring() -> MemoryKeyring:
        calls.append(1)
        asked.set()
        assert answer.wait(5)
        return MemoryKeyring()

    monkeypatch.setattr(keyring, "get_keyring", slow_get_keyring)
    credentials = CredentialStore()
    said: list[str] = []
    first = threading.Thread(target=lambda: said.append(credentials.describe()))
    first.start()
    assert asked.wait(5)
    assert credentials.known() is None  # not known yet, and asking does not look it up
    second = threading.Thread(target=lambda: said.append(credentials.describe()))
    second.start()
    answer.set()
    first.join(5)
    second.join(5)
    assert calls == [1] and len(said) == 2 and said[0] == said[1]
    assert credentials.known() == said[0]


def test_an_unsafe_keyring_found_at_start_up_is_refused_at_once(
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring.backends.fail

    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)
    runner = HeldRunner()
    window = window_on(qtbot, db, tmp_path, runner, CredentialStore())
    qtbot.wait(1)
    runner.release()
    window.open_accounts()
    dialog = window.accounts_dialog
    assert "GNOME Keyring or KWallet" in dialog.keyring_label.text()
    assert not dialog.add_button.isEnabled()
    dialog.close()
