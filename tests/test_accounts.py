"""Accounts from the command line: tokens only from stdin, kept only in the keyring."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from feedback_desk import cli
from tests.keyrings import LockedKeyring, MemoryKeyring

TOKEN = "EAAB-secret-token-that-must-never-leak-42"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FEEDBACK_DESK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def run(
    args: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_remove_keeps_the_token_only_in_the_keyring(
    home: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(
        [
            "accounts",
            "add",
            "mastodon",
            "--name",
            "Toots",
            "--instance",
            "https://mastodon.example",
        ],
        TOKEN + "\n",
        monkeypatch,
        capsys,
    )
    assert code == 0, err
    assert "Added Mastodon account 'Toots'" in out
    assert json.loads(next(iter(memory_keyring.items.values()))) == {"token": TOKEN}

    code, out, _ = run(["accounts", "list", "--json"], "", monkeypatch, capsys)
    listed = json.loads(out)
    assert listed[0]["name"] == "Toots"
    assert listed[0]["settings"] == {"instance": "https://mastodon.example"}
    assert TOKEN not in out

    for path in home.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
    conn = sqlite3.connect(home / "feedback.db")
    dump = "\n".join(conn.iterdump())
    conn.close()
    assert TOKEN not in dump

    code, out, _ = run(["accounts", "remove", "Toots"], "", monkeypatch, capsys)
    assert code == 0 and "Removed account 'Toots'" in out
    assert memory_keyring.items == {}


def test_no_token_on_stdin_is_refused_and_nothing_is_added(
    home: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(
        ["accounts", "add", "facebook", "--name", "Shop", "--page-id", "1"],
        "\n",
        monkeypatch,
        capsys,
    )
    assert code == 1 and "never taken as an argument" in err
    code, out, _ = run(["accounts", "list"], "", monkeypatch, capsys)
    assert "No accounts yet" in out


@pytest.mark.parametrize("flag", ["--token", "--token=", "--access-token"])
def test_a_token_as_an_argument_is_refused_without_echoing_it(
    home: Path, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    args = [flag + TOKEN] if flag.endswith("=") else [flag, TOKEN]
    code = cli.main(["accounts", "add", "facebook", "--name", "Shop", "--page-id", "1", *args])
    out, err = capsys.readouterr()
    assert code == 2
    assert "never taken as arguments" in err
    assert TOKEN not in out + err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["facebook", "--name", "Shop"], "needs --page-id"),
        (["mastodon", "--name", "M", "--instance", "http://mastodon.example"], "plain http"),
        (["instagram", "--name", "I"], "needs --ig-user-id"),
    ],
)
def test_bad_account_settings_are_explained(
    home: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    code, _, err = run(["accounts", "add", *args], TOKEN + "\n", monkeypatch, capsys)
    assert code == 1
    assert message in err
    assert TOKEN not in err


def test_a_duplicate_name_is_refused(
    home: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["accounts", "add", "facebook", "--name", "Shop", "--page-id", "1"]
    assert run(args, TOKEN + "\n", monkeypatch, capsys)[0] == 0
    code, _, err = run(args, TOKEN + "\n", monkeypatch, capsys)
    assert code == 1 and "already an account named 'Shop'" in err


def test_a_locked_keyring_adds_nothing(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        code, _, err = run(
            ["accounts", "add", "facebook", "--name", "Shop", "--page-id", "1"],
            TOKEN + "\n",
            monkeypatch,
            capsys,
        )
        assert code == 1 and "locked" in err and TOKEN not in err
    finally:
        keyring.set_keyring(previous)
    code, out, _ = run(["accounts", "list"], "", monkeypatch, capsys)
    assert "No accounts yet" in out


def test_removing_an_unknown_account_names_the_known_ones(
    home: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(
        ["accounts", "add", "facebook", "--name", "Shop", "--page-id", "1"],
        TOKEN + "\n",
        monkeypatch,
        capsys,
    )
    code, _, err = run(["accounts", "remove", "Shopp"], "", monkeypatch, capsys)
    assert code == 1 and "accounts: Shop" in err
