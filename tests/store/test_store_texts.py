"""What the store tells the owner goes through translation (core.texts), whole sentences
with their values filled in after; without a translator it reads exactly as before."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from feedback_desk.core import texts
from feedback_desk.core.compensation import CompensationKind, CompensationTotal
from feedback_desk.core.errors import DatabaseLocked, KeyringLocked
from feedback_desk.store import open_database
from feedback_desk.store.database import DB_FILE_NAME, damaged, translate
from feedback_desk.store.imports import ImportResult
from feedback_desk.store.repair import RepairResult
from feedback_desk.store.sync_lock import AnotherSyncRunning

if TYPE_CHECKING:
    from conftest import FakeClock

Seen = list[tuple[str, str]]


@pytest.fixture
def seen() -> Iterator[Seen]:
    """A translator that marks each text it was asked for (and notes its context)."""
    asked: Seen = []

    def marking(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        asked.append((context, text))
        return "[" + text + "]"

    texts.install(marking)
    try:
        yield asked
    finally:
        texts.install(None)


def test_a_locked_database_is_said_in_the_interface_language(seen: Seen) -> None:
    error = translate(sqlite3.OperationalError("database is locked"), Path("/shop/feedback.db"))
    assert isinstance(error, DatabaseLocked)
    assert str(error).startswith("[The comment database /shop/feedback.db is in use")
    assert seen[0][0] == "Database" and "{path}" in seen[0][1]


@pytest.mark.expect_warnings(r"feedback.db failed its check: page 3$")
def test_a_damaged_file_is_said_in_two_translated_sentences(tmp_path: Path, seen: Seen) -> None:
    message = str(damaged(tmp_path / DB_FILE_NAME, "*** in database main *** page 3"))
    assert message.startswith(f"[{tmp_path / DB_FILE_NAME} is damaged:")
    assert message.endswith("(the damaged file is kept).]")
    assert message.count("[") == 2


@pytest.mark.expect_warnings(r"feedback.db failed its check: bad$")
def test_without_a_translator_the_messages_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / DB_FILE_NAME
    assert str(damaged(path, "bad")) == (
        f"{path} is damaged: part of the file can no longer be read; nothing was written "
        "to it. Close Feedback Desk and run 'feedback-desk repair' to save what can be read "
        "into a new database (the damaged file is kept)."
    )
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "feedback-v3-20260101-120000.db").write_bytes(b"x")
    assert str(translate(sqlite3.DatabaseError("file is not a database"), path)) == (
        f"{path} is not a readable Feedback Desk database (it is damaged or not a database "
        "at all). Restore the copy made before its last upgrade "
        f"({backups / 'feedback-v3-20260101-120000.db'}), run 'feedback-desk repair' to save "
        "what can be read into a new database or move it away to start fresh."
    )
    assert ImportResult("a.csv", 3, 1).summary() == (
        "Imported a.csv: 1 new comment, 2 already in the inbox."
    )
    assert CompensationTotal(CompensationKind.APOLOGY, None, 2, None).describe() == "2 apologies"
    assert (
        CompensationTotal(CompensationKind.FREE_ITEM, "EUR", 1, Decimal("3.50"))
        .describe()
        .startswith("1 free item worth ")
    )


def test_the_empty_file_notice_is_translated(home: Path, clock: FakeClock, seen: Seen) -> None:
    home.mkdir(parents=True)
    (home / DB_FILE_NAME).write_bytes(b"")
    [notice] = open_database(home, clock).notices
    assert notice.startswith(f"[{home / DB_FILE_NAME} was an empty file (0 bytes)")


def test_counts_results_and_locks_are_translated(tmp_path: Path, seen: Seen) -> None:
    assert ImportResult("a.csv", 2, 2).summary() == (
        "[Imported a.csv: 2 new comments, 0 already in the inbox.]"
    )
    assert (
        CompensationTotal(CompensationKind.FIXED, None, 1, None).describe() == "[1 fixed discount]"
    )
    result = RepairResult(tmp_path / "copy.db", saved={"comments": 4}, unreadable_rows=2)
    assert result.summary() == (
        "[Repaired: saved [4 comments] into a new database.] "
        "[2 rows could not be read or were garbled past saving.] "
        f"[The damaged file is kept as {tmp_path / 'copy.db'}.]"
    )
    assert str(AnotherSyncRunning()) == "[another Feedback Desk is syncing this folder]"


def test_a_locked_keyring_is_said_in_one_translated_sentence(seen: Seen) -> None:
    import keyring.errors

    from feedback_desk.secrets import _SAVE, _keyring_errors

    with pytest.raises(KeyringLocked) as raised, _keyring_errors(_SAVE, "shop"):
        raise keyring.errors.KeyringLocked("locked")
    assert str(raised.value) == (
        "[The system keyring is locked, so Feedback Desk could not save the secret for "
        "account 'shop'. Unlock it (log in again, or unlock it in your keyring app) and try "
        "again.]"
    )
