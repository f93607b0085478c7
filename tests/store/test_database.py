"""Opening the database: private file, WAL, foreign keys, migrations and clear errors."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import feedback_desk.store.database as database_module
from feedback_desk.core.errors import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    UserFacingError,
)
from feedback_desk.core.model import Status
from feedback_desk.store import Database, open_database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.database import DB_FILE_NAME
from feedback_desk.store.schema import LATEST_VERSION, MIGRATIONS

if TYPE_CHECKING:
    from conftest import FakeClock, MakeComment, TaggedTriage

running_as_root = hasattr(os, "geteuid") and os.geteuid() == 0


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _pragma(conn: sqlite3.Connection, name: str) -> object:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_database_file_is_private(db: Database, home: Path) -> None:
    assert db.path == home / DB_FILE_NAME
    assert db.path.is_file()
    assert _mode(db.path) == 0o600


def test_an_existing_world_readable_file_is_made_private(home: Path, clock: FakeClock) -> None:
    open_database(home, clock)
    os.chmod(home / DB_FILE_NAME, 0o644)
    open_database(home, clock)
    assert _mode(home / DB_FILE_NAME) == 0o600


def test_home_folder_is_created(tmp_path: Path, clock: FakeClock) -> None:
    deep = tmp_path / "a" / "b" / "c"
    db = open_database(deep, clock)
    assert db.path.parent == deep
    assert deep.is_dir()


def test_wal_and_foreign_keys(db: Database, conn: sqlite3.Connection) -> None:
    assert str(_pragma(conn, "journal_mode")).lower() == "wal"
    assert _pragma(conn, "foreign_keys") == 1
    assert _pragma(conn, "busy_timeout") == database_module.BUSY_TIMEOUT_MS


def test_wal_side_files_are_private_too(db: Database, conn: sqlite3.Connection) -> None:
    with db.transaction(conn):
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
    for suffix in ("-wal", "-shm"):
        side = db.path.with_name(db.path.name + suffix)
        assert side.exists()
        assert _mode(side) & 0o077 == 0, f"{side.name} is readable by others"


def test_user_version_is_latest_and_tables_exist(conn: sqlite3.Connection) -> None:
    assert LATEST_VERSION == len(MIGRATIONS) >= 1
    assert _pragma(conn, "user_version") == LATEST_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"comments", "comments_fts", "status_changes", "imports", "accounts"} <= tables


def test_opening_twice_is_harmless_and_makes_no_backup(home: Path, clock: FakeClock) -> None:
    open_database(home, clock)
    open_database(home, clock)
    backups = home / "backups"
    assert not backups.exists() or list(backups.iterdir()) == []


def test_foreign_keys_are_enforced(db: Database, conn: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.IntegrityError), db.transaction(conn):
        conn.execute(
            "INSERT INTO status_changes (comment_id, old_status, new_status, changed_at) "
            "VALUES (424242, 'new', 'resolved', '2026-05-01T00:00:00Z')"
        )
    assert conn.execute("SELECT count(*) FROM status_changes").fetchone()[0] == 0


def test_transaction_rolls_back_on_error(db: Database, conn: sqlite3.Connection) -> None:
    with pytest.raises(RuntimeError), db.transaction(conn):
        conn.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
        raise RuntimeError("boom")
    assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    assert not conn.in_transaction


def test_database_from_a_newer_app_is_refused(home: Path, clock: FakeClock) -> None:
    home.mkdir(parents=True)
    raw = sqlite3.connect(home / DB_FILE_NAME)
    raw.execute("CREATE TABLE future (x)")
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(home, clock)
    message = str(caught.value)
    assert "newer Feedback Desk" in message
    assert f"version {LATEST_VERSION + 5}" in message
    assert f"up to {LATEST_VERSION}" in message
    assert "Update Feedback Desk" in message
    assert isinstance(caught.value, UserFacingError)
    # Left exactly as it was: not migrated, not backed up.
    check = sqlite3.connect(home / DB_FILE_NAME)
    try:
        assert check.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 5
    finally:
        check.close()
    assert not (home / "backups").exists()


def test_an_older_database_is_backed_up_before_migrating(home: Path, clock: FakeClock) -> None:
    home.mkdir(parents=True)
    raw = sqlite3.connect(home / DB_FILE_NAME)
    raw.execute("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, note TEXT)")
    raw.executemany("INSERT INTO legacy_notes (note) VALUES (?)", [("first",), ("second",)])
    raw.execute("PRAGMA user_version = 0")
    raw.commit()
    raw.close()

    db = open_database(home, clock)

    backups = sorted((home / "backups").iterdir())
    assert [b.name for b in backups] == ["feedback-v0-20260501-120000.db"]
    assert _mode(backups[0]) == 0o600
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT note FROM legacy_notes ORDER BY id").fetchall() == [
            ("first",),
            ("second",),
        ]
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 0
        copy_tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
        assert "comments" not in copy_tables
    finally:
        copy.close()
    conn = db.connect()
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("SELECT count(*) FROM legacy_notes").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_brand_new_database_is_not_backed_up(home: Path, clock: FakeClock) -> None:
    open_database(home, clock)
    assert not (home / "backups").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"This is not a database, it is a shopping list.\nMilk\nEggs\n" * 20,
        bytes(range(256)) * 16,
        b"SQLite format 3\x00" + b"\xff" * 4080,
    ],
    ids=["text", "random-bytes", "bad-header"],
)
def test_a_file_that_is_not_a_database_is_reported_as_corrupt(
    home: Path, clock: FakeClock, content: bytes
) -> None:
    home.mkdir(parents=True)
    (home / DB_FILE_NAME).write_bytes(content)
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(home, clock)
    message = str(caught.value)
    assert str(home / DB_FILE_NAME) in message
    assert "not a readable Feedback Desk database" in message
    assert "feedback-desk repair" in message
    assert "backups" not in message  # there is none: a message never names an empty folder
    assert "\n" not in message
    # The damaged file is left for the owner to rescue.
    assert (home / DB_FILE_NAME).read_bytes() == content


@pytest.fixture
def fast_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)


@pytest.fixture
def other_program(db: Database) -> Iterator[sqlite3.Connection]:
    """Another connection holding the write lock, like a second copy of the app."""
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.usefixtures("fast_busy_timeout")
def test_a_locked_database_raises_database_locked_on_write(
    db: Database,
    other_program: sqlite3.Connection,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:
    conn = db.connect()
    try:
        store = CommentStore(db, conn)
        with pytest.raises(DatabaseLocked) as caught:
            store.add_many([make_comment()], tagged_triage)  # type: ignore[arg-type]
        assert "in use by another program" in str(caught.value)
        assert str(db.path) in str(caught.value)
        assert not conn.in_transaction
        with pytest.raises(DatabaseLocked), db.transaction(conn):
            pass
    finally:
        conn.close()


@pytest.mark.usefixtures("fast_busy_timeout")
def test_a_locked_database_loses_nothing_once_released(
    db: Database,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:
    conn = db.connect()
    try:
        store = CommentStore(db, conn)
        store.add_many([make_comment(external_id="before")], tagged_triage)  # type: ignore[arg-type]
        other = sqlite3.connect(db.path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLocked):
            store.set_status([1], Status.RESOLVED)
        other.execute("ROLLBACK")
        other.close()
        assert store.get(1).status is Status.NEW
        assert store.set_status([1], Status.RESOLVED) == 1
        assert store.count(InboxFilter()) == 1
    finally:
        conn.close()


@pytest.mark.skipif(running_as_root, reason="root ignores file permissions")
def test_a_read_only_database_file_gives_a_clear_error_on_write(
    db: Database, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    os.chmod(db.path, 0o400)
    conn = db.connect()
    try:
        with pytest.raises(DatabaseReadOnly) as caught:
            CommentStore(db, conn).add_many([make_comment()], tagged_triage)  # type: ignore[arg-type]
        assert str(db.path) in str(caught.value)
        assert "read-only" in str(caught.value)
    finally:
        conn.close()
        os.chmod(db.path, 0o600)


@pytest.mark.skipif(running_as_root, reason="root ignores folder permissions")
def test_a_read_only_home_folder_gives_a_clear_error(tmp_path: Path, clock: FakeClock) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        with pytest.raises(DatabaseError) as caught:
            open_database(locked, clock)
        message = str(caught.value)
        assert str(locked / DB_FILE_NAME) in message
        assert "Traceback" not in message
        assert "\n" not in message
    finally:
        os.chmod(locked, 0o700)


@pytest.mark.skipif(running_as_root, reason="root ignores folder permissions")
def test_an_existing_database_in_a_read_only_folder_gives_a_clear_error(
    home: Path, clock: FakeClock
) -> None:
    open_database(home, clock)
    os.chmod(home, 0o500)
    try:
        with pytest.raises(DatabaseError) as caught:
            db = open_database(home, clock)
            conn = db.connect()
            try:
                with db.transaction(conn):
                    conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
            finally:
                conn.close()
        assert str(home / DB_FILE_NAME) in str(caught.value)
    finally:
        os.chmod(home, 0o700)


def test_translate_sorts_sqlite_errors_into_the_taxonomy(tmp_path: Path) -> None:
    path = tmp_path / DB_FILE_NAME
    translate = database_module.translate
    assert isinstance(
        translate(sqlite3.OperationalError("database is locked"), path), DatabaseLocked
    )
    assert isinstance(
        translate(sqlite3.OperationalError("attempt to write a readonly database"), path),
        DatabaseReadOnly,
    )
    assert isinstance(
        translate(sqlite3.DatabaseError("file is not a database"), path), DatabaseCorrupt
    )
    assert isinstance(
        translate(sqlite3.OperationalError("database or disk is full"), path), DiskFull
    )
    other = translate(sqlite3.OperationalError("something odd"), path)
    assert type(other) is DatabaseError
    assert "something odd" in str(other)


@pytest.mark.expect_warnings(r"feedback.db failed its check: page 3$")
def test_a_damaged_file_names_a_backup_only_when_there_is_one(home: Path) -> None:
    """Issue 12, item 10: "restore a copy from backups/" sent owners to an empty folder."""
    home.mkdir(parents=True)
    path = home / DB_FILE_NAME
    path.write_bytes(b"not a database" * 100)
    (home / "backups").mkdir()
    (home / "backups" / "feedback-damaged-20260101-101010.db").write_bytes(b"x" * 10)
    without = str(database_module.translate(sqlite3.DatabaseError("file is not a database"), path))
    assert "backups" not in without and "restore" not in without.lower()
    assert "feedback-desk repair" in without
    older = home / "backups" / "feedback-v3-20260301-090000.db"
    newer = home / "backups" / "feedback-v4-20260401-090000.db"
    older.write_bytes(b"y" * 10)
    newer.write_bytes(b"y" * 10)
    (home / "backups" / "feedback-v5-20260501-090000.db").write_bytes(b"")  # empty: not one
    said = str(database_module.translate(sqlite3.DatabaseError("file is not a database"), path))
    assert str(newer) in said and str(older) not in said
    assert said.startswith(f"{path} is not a readable")
    assert "Restore the copy made before its last upgrade" in said
    damaged = str(database_module.damaged(path, "*** in database main *** page 3", refused=False))
    assert str(newer) in damaged and "feedback-desk repair" in damaged
    newer.unlink()
    older.unlink()
    damaged = str(database_module.damaged(path, "page 3", refused=False))
    assert "backups" not in damaged and damaged.endswith("(the damaged file is kept).")


def test_a_writer_waiting_for_the_lock_asks_again_every_few_milliseconds(
    db: Database, other_program: sqlite3.Connection
) -> None:
    """SQLite's own waiting asks only every 100 ms after the first third of a second, so a
    writer behind an import (free for a few hundredths of a second between its batches)
    mostly missed its moment: Feedback Desk's writers ask again after each short wait."""
    tries: list[str] = []
    asked_thrice = threading.Event()

    def traced(statement: str) -> None:
        tries.append(statement)
        if tries.count("BEGIN IMMEDIATE") == 3:
            asked_thrice.set()

    outcome: list[object] = []

    def write() -> None:
        conn = db.connect()
        conn.set_trace_callback(traced)
        try:
            with db.transaction(conn):
                conn.execute("INSERT INTO settings (key, value) VALUES ('waited', 'yes')")
            outcome.append(_pragma(conn, "busy_timeout"))
        except BaseException as error:  # pragma: no cover - shown by the assert below
            outcome.append(error)
        finally:
            conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    assert asked_thrice.wait(10)
    other_program.execute("ROLLBACK")  # the lock is free: the writer gets in
    writer.join(10)
    other_program.execute("BEGIN")  # for the fixture's ROLLBACK
    assert outcome == [database_module.BUSY_TIMEOUT_MS]  # its own timeout is back
    assert f"PRAGMA busy_timeout = {database_module.WAIT_STEP_MS}" in tries
    check = db.connect()
    assert check.execute("SELECT value FROM settings WHERE key = 'waited'").fetchone() == ("yes",)
    check.close()
