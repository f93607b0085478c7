"""Opening the comment database safely: permissions, WAL, migrations, clear errors."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..core.clock import Clock, system_clock
from ..core.errors import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
)
from .schema import LATEST_VERSION, MIGRATIONS

DB_FILE_NAME = "feedback.db"
BUSY_TIMEOUT_MS = 5000


def translate(error: sqlite3.Error, path: Path) -> DatabaseError:
    """Turn an sqlite3 error caused by the environment into a message the owner can act on."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"The comment database {path} is in use by another program "
            "(is Feedback Desk already open?). Close it and try again."
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(
            f"The comment database {path} is read-only. Check the file's permissions "
            "or choose another data folder with --home."
        )
    if "full" in text:
        return DiskFull(
            f"The disk holding {path} is full. Free some space and try again; "
            "nothing already stored was lost."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorrupt(
            f"{path} is not a readable Feedback Desk database (it is damaged or not a "
            "database at all). Restore a copy from the backups folder beside it, or "
            "move it away to start fresh."
        )
    if "unable to open" in text:
        return DatabaseError(
            f"Cannot open the comment database {path}. Check that its folder exists "
            "and that you may write to it."
        )
    return DatabaseError(f"The comment database {path} reported a problem: {error}")


@contextlib.contextmanager
def environment_errors(path: Path) -> Iterator[None]:
    """Re-raise environment failures (locked, full, corrupt...) as user-facing errors."""
    try:
        yield
    except sqlite3.IntegrityError:
        raise  # our own bug or a caller's; not the environment's fault
    except (sqlite3.OperationalError, sqlite3.DatabaseError) as error:
        raise translate(error, path) from error


@dataclass(frozen=True)
class Database:
    """Where the comment database lives. Each thread opens its own connection from it."""

    path: Path
    clock: Clock = system_clock

    @property
    def backups_dir(self) -> Path:
        return self.path.parent / "backups"

    def connect(self) -> sqlite3.Connection:
        with environment_errors(self.path):
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            return conn

    @contextlib.contextmanager
    def transaction(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write; environment errors come out as user-facing ones."""
        with environment_errors(self.path):
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")


def open_database(home: Path, clock: Clock = system_clock) -> Database:
    """Create or upgrade the database in `home` and return it, ready for connections."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / DB_FILE_NAME
    if not path.exists():
        # Create it private before SQLite writes a byte: comments name real customers.
        with environment_errors(path):
            try:
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
            except FileExistsError:
                pass
            except OSError as error:
                raise DatabaseError(
                    f"Cannot create the comment database {path}: {error.strerror}."
                ) from error
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    db = Database(path, clock)
    conn = db.connect()
    try:
        with environment_errors(path):
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                conn.execute("PRAGMA journal_mode = DELETE")
            _migrate(db, conn)
    finally:
        conn.close()
    return db


def _migrate(db: Database, conn: sqlite3.Connection) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > LATEST_VERSION:
        raise DatabaseTooNew(
            f"{db.path} was written by a newer Feedback Desk (database version {version}, "
            f"this app knows up to {LATEST_VERSION}). Update Feedback Desk to open it."
        )
    if version == LATEST_VERSION:
        return
    if version > 0 or _has_tables(conn):
        _backup(db, conn, version)
    for number in range(version + 1, LATEST_VERSION + 1):
        script = MIGRATIONS[number - 1]
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _has_tables(conn: sqlite3.Connection) -> bool:
    return int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]) > 0


def _backup(db: Database, conn: sqlite3.Connection, version: int) -> Path:
    """Copy the database aside before changing its shape (the online backup API is consistent)."""
    db.backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = db.clock().strftime("%Y%m%d-%H%M%S")
    target = db.backups_dir / f"feedback-v{version}-{stamp}.db"
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target
