"""`accounts connect` in process: the choice asked on a terminal, and --name with several."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from feedback_desk import cli
from tests import fake_browser
from tests.fakes import FakeFacebook
from tests.keyrings import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FEEDBACK_DESK_HOME", str(tmp_path / "home"))
    clients = tmp_path / "clients.json"
    clients.write_text(
        json.dumps(
            {"meta": {"app_id": FakeFacebook.app_id, "client_token": FakeFacebook.client_token}}
        )
    )
    monkeypatch.setenv("FEEDBACK_DESK_OAUTH_CLIENTS", str(clients))
    monkeypatch.setenv("FAKE_BROWSER", "ok")
    opened: list[str] = []

    def browser(url: str) -> None:  # the fake browser instead of webbrowser, in process
        opened.append(url)
        threading.Thread(target=fake_browser.main, args=(url,), daemon=True).start()

    monkeypatch.setattr(cli, "_open_browser", browser)
    return tmp_path / "home"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_is_asked_which_pages_to_connect(
    owner: Path,
    memory_keyring: MemoryKeyring,
    fake_facebook: FakeFacebook,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake_facebook.other_pages = [
        {"id": "555", "name": "Second Shop", "access_token": "EAAOtherPage1", "tasks": ["MANAGE"]}
    ]
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: "2")
    bases = ["--auth-base", fake_facebook.base_url, "--api-base", fake_facebook.base_url]
    assert cli.main(["accounts", "connect", "facebook", *bases]) == 0
    out = capsys.readouterr().out
    assert "1. Facebook page Corner Bakery" in out and "2. Facebook page Second Shop" in out
    assert "Connected Facebook account 'Second Shop'" in out
    assert json.loads(memory_keyring.items[("feedback-desk", "account:Second Shop")]) == {
        "token": "EAAOtherPage1"
    }


def test_name_with_several_picks_is_refused_and_nothing_is_stored(
    owner: Path,
    memory_keyring: MemoryKeyring,
    fake_facebook: FakeFacebook,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake_facebook.other_pages = [
        {"id": "555", "name": "Second Shop", "access_token": "EAAOtherPage1", "tasks": ["MANAGE"]}
    ]
    bases = ["--auth-base", fake_facebook.base_url, "--api-base", fake_facebook.base_url]
    picks = ["--pick", fake_facebook.page_id, "--pick", "555", "--name", "Mine"]
    assert cli.main(["accounts", "connect", "facebook", *bases, *picks]) == 1
    assert "--name names one account" in capsys.readouterr().err
    assert memory_keyring.items == {}
