"""Opening the comment database safely: permissions, WAL, migrations, clear errors."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core import texts
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

log = logging.getLogger(__name__)

DB_FILE_NAME = "feedback.db"
BUSY_TIMEOUT_MS = 5000
WAIT_STEP_MS = 5  # how long one try to start writing waits (SQLite's own waiting)
MAX_BACKUPS = 3  # the newest copies made before a schema change; older ones are deleted
PARTIAL = ".partial"  # a file still being written; never under a name a person would restore
_BACKUP_NAME = re.compile(r"feedback-v-?\d+-\d{8}-\d{6}\.db")
# Less room than this (bytes) when SQLite reports an I/O error: the disk is full.
FULL_DISK_MARGIN = 64 * 1024


def translate(error: sqlite3.Error, path: Path) -> DatabaseError:
    """Turn an sqlite3 error caused by the environment into a message the owner can act on."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            texts.translate(
                "Database",
                "The comment database {path} is in use by another program "
                "(is Feedback Desk already open?). Close it and try again.",
            ).format(path=path)
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(
            texts.translate(
                "Database",
                "The comment database {path} is read-only. Check the file's permissions "
                "or choose another data folder with --home.",
            ).format(path=path)
        )
    if "full" in text or ("i/o error" in text and _disk_is_full(path)):
        # A disk filled to the last block fails even reads (no room for WAL's -shm file),
        # and SQLite then only says "disk I/O error": look at the free space to tell.
        return DiskFull(
            texts.translate(
                "Database",
                "The disk holding {path} is full. Free some space and try again; "
                "nothing already stored was lost.",
            ).format(path=path)
        )
    if "i/o error" in text:
        return DatabaseError(
            texts.translate(
                "Database",
                "The comment database {path} could not be read or written (disk I/O error). "
                "Check the disk and that the folder is still there, then try again.",
            ).format(path=path)
        )
    if (
        "not a database" in text
        or "malformed" in text
        or "corrupt" in text
        or "could not decode" in text
    ):
        backup = _newest_backup_of(path)
        what = texts.translate(
            "Database",
            "{path} is not a readable Feedback Desk database (it is damaged or not a "
            "database at all).",
        )
        if backup is None:
            todo = texts.translate(
                "Database",
                "Run 'feedback-desk repair' to save what can be read into a new database "
                "or move it away to start fresh.",
            )
        else:
            todo = texts.translate(
                "Database",
                "Restore the copy made before its last upgrade ({backup}), run "
                "'feedback-desk repair' to save what can be read into a new database "
                "or move it away to start fresh.",
            )
        return DatabaseCorrupt(f"{what} {todo}".format(path=path, backup=backup))
    if "unable to open" in text:
        return DatabaseError(
            texts.translate(
                "Database",
                "Cannot open the comment database {path}. Check that its folder exists "
                "and that you may write to it.",
            ).format(path=path)
        )
    return DatabaseError(
        texts.translate(
            "Database", "The comment database {path} reported a problem: {error}"
        ).format(path=path, error=error)
    )


def newest_backup(backups: Path) -> Path | None:
    """The newest whole copy in `backups` (the ones taken before an upgrade), or None when
    there is none: a message must never send the owner to a folder with nothing in it."""
    try:
        found = [
            entry
            for entry in backups.iterdir()
            if _BACKUP_NAME.fullmatch(entry.name) and entry.is_file() and entry.stat().st_size
        ]
    except OSError:
        return None
    if not found:
        return None
    return max(found, key=lambda entry: (entry.name.rsplit("-", 2)[-2:], entry.stat().st_mtime))


def _newest_backup_of(path: Path) -> Path | None:
    """The newest copy made before an upgrade of the database at `path`, if any."""
    return newest_backup(path.parent / "backups")


def restore_hint(path: Path) -> str | None:
    """'Restore the copy …' naming the newest backup of the database at `path` (a whole
    sentence, in the interface language), or None when there is none."""
    newest = _newest_backup_of(path)
    if newest is None:
        return None
    return texts.translate(
        "Database", "Restore the copy made before its last upgrade ({backup})."
    ).format(backup=newest)


def _disk_is_full(path: Path) -> bool:
    try:
        room = os.statvfs(path.parent)
    except (OSError, AttributeError):  # no statvfs on Windows; a folder that went away
        return False
    return room.f_bavail * room.f_frsize < FULL_DISK_MARGIN


def damaged(path: Path, problem: str, refused: bool = True) -> DatabaseCorrupt:
    # SQLite's own words ("On tree page 210 cell 10: ...") help nobody at the shop: they go
    # to the log; the message says what it means and what to do.
    first = " ".join(problem.replace("*** in database main ***", "").split())[:300]
    log.warning("%s failed its check: %s", path, first)
    if refused:
        what = texts.translate(
            "Database",
            "{path} is damaged: part of the file can no longer be read; nothing was written to it.",
        )
    else:
        what = texts.translate(
            "Database",
            "{path} is damaged: part of the file can no longer be read; what you change now "
            "may not be kept.",
        )
    backup = _newest_backup_of(path)
    if backup is None:
        todo = texts.translate(
            "Database",
            "Close Feedback Desk and run 'feedback-desk repair' to save what can be read "
            "into a new database (the damaged file is kept).",
        )
    else:
        todo = texts.translate(
            "Database",
            "Close Feedback Desk and run 'feedback-desk repair' to save what can be read "
            "into a new database (the damaged file is kept), or restore the copy made "
            "before its last upgrade ({backup}).",
        )
    return DatabaseCorrupt(f"{what} {todo}".format(path=path, backup=backup))


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
    # What the owner must be told about opening it (e.g. an empty file was put aside).
    notices: tuple[str, ...] = field(default=(), compare=False)

    @property
    def backups_dir(self) -> Path:
        return self.path.parent / "backups"

    def check_integrity(self, refusing: bool = True) -> None:
        """Refuse to write into a damaged file: PRAGMA quick_check (about 0.2 s for 100,000
        comments) before a command that writes. Raises DatabaseCorrupt naming the problem
        (`refusing`: the caller will not write; else the window, which keeps running)."""
        conn = self.connect()
        try:
            with environment_errors(self.path):
                rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        finally:
            conn.close()
        verdict = str(rows[0][0]) if rows else "no answer"
        if verdict != "ok":
            raise damaged(self.path, verdict, refusing)

    def connect(self) -> sqlite3.Connection:
        with environment_errors(self.path):
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
            try:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA synchronous = NORMAL")
            except BaseException:
                conn.close()  # a file that cannot be used is not left open
                raise
            return conn

    @contextlib.contextmanager
    def transaction(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write; environment errors come out as user-facing ones."""
        with environment_errors(self.path):
            begin_writing(conn)
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")


def begin_writing(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE; while another connection writes, ask again every few milliseconds,
    for up to BUSY_TIMEOUT_MS. SQLite's own waiting asks only every 100 ms once a third of
    a second has gone by, so a writer behind an import (which leaves the lock free for a
    few hundredths of a second between its batches: store/imports.py) would mostly miss
    the moment."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    # (BUSY_TIMEOUT_MS is shorter than a step when a caller wants no wait at all.)
    conn.execute(f"PRAGMA busy_timeout = {min(WAIT_STEP_MS, BUSY_TIMEOUT_MS)}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                busy = error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY  # or BUSY_RECOVERY...
                if not busy or time.monotonic() >= deadline:
                    raise
            time.sleep(0.001)  # had SQLite answered "busy" without waiting
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def open_database(home: Path, clock: Clock = system_clock) -> Database:
    """Create or upgrade the database in `home` and return it, ready for connections.

    A file it cannot use is refused before anything in it changes."""
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise DatabaseError(
            texts.translate(
                "Database",
                "Cannot create the data folder {folder}: {reason}. Choose another one with --home.",
            ).format(folder=home, reason=error.strerror)
        ) from error
    path = home / DB_FILE_NAME
    backups = home / "backups"
    tidy_backups(backups)
    _tidy_partials(home)
    notices: list[str] = []
    if _empty_file(path):
        notices.append(_put_empty_aside(path, clock))
    if not path.exists():
        _create(path, clock)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    db = Database(path, clock, tuple(notices))
    conn = db.connect()
    try:
        with environment_errors(path):
            # The version first: a file this app must refuse is refused before the switch
            # to WAL (which rewrites its header) or anything else touches it.
            version = _checked_version(db, conn)
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                conn.execute("PRAGMA journal_mode = DELETE")
            _migrate(db, conn, version)
            from .import_memory import load_platform_names  # it imports this module

            load_platform_names(conn)
    finally:
        conn.close()
    return db


def _create(path: Path, clock: Clock) -> None:
    """A new database is made whole under a temporary name, private before SQLite writes a
    byte (comments name real customers), then linked into place: there is never an empty or
    half-made feedback.db, and of two programs starting at once the first one's is used."""
    partial = path.with_name(f"{path.name}.new-{os.getpid()}{PARTIAL}")
    try:
        for side in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{partial}{side}")
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    except OSError as error:
        raise DatabaseError(
            texts.translate(
                "Database", "Cannot create the comment database {path}: {reason}."
            ).format(path=path, reason=error.strerror)
        ) from error
    try:
        new = Database(partial, clock)
        conn = new.connect()
        try:
            with environment_errors(path):
                conn.execute("PRAGMA journal_mode = WAL")
                _migrate(new, conn, 0)
        finally:
            conn.close()  # the last connection: the log is folded in and removed
        _fsync(partial)
        try:
            os.link(partial, path)
        except FileExistsError:
            pass  # another Feedback Desk made it meanwhile: that one is used
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(partial, path)
        _fsync(path.parent, directory=True)
    finally:
        for side in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{partial}{side}")


def _empty_file(path: Path) -> bool:
    """0 bytes and no write-ahead log that could still hold its pages."""
    try:
        if path.stat().st_size != 0:
            return False
    except OSError:
        return False
    wal = path.with_name(path.name + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


def _put_empty_aside(path: Path, clock: Clock) -> str:
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.empty-{stamp}")
    try:
        os.replace(path, aside)
        os.chmod(aside, 0o600)
    except OSError as error:
        backup = _newest_backup_of(path)
        if backup is None:
            text = texts.translate(
                "Database",
                "The comment database {path} is an empty file (0 bytes) and cannot be moved "
                "aside: {reason}. Move it away yourself.",
            )
        else:
            text = texts.translate(
                "Database",
                "The comment database {path} is an empty file (0 bytes) and cannot be moved "
                "aside: {reason}. Move it away yourself, or restore the copy made before its "
                "last upgrade ({backup}).",
            )
        raise DatabaseError(text.format(path=path, reason=error.strerror, backup=backup)) from error
    for side in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + side).unlink()
    backup = _newest_backup_of(path)
    if backup is None:
        text = texts.translate(
            "Database",
            "{path} was an empty file (0 bytes), so a new empty inbox was started; the empty "
            "file was kept as {aside}.",
        )
    else:
        text = texts.translate(
            "Database",
            "{path} was an empty file (0 bytes), so a new empty inbox was started; the empty "
            "file was kept as {aside}. If your comments should be there, restore the copy "
            "made before its last upgrade ({backup}).",
        )
    return text.format(path=path, aside=aside.name, backup=backup)


def schema_version(conn: sqlite3.Connection) -> int:
    """Which migration the database on `conn` has had (PRAGMA user_version)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _checked_version(db: Database, conn: sqlite3.Connection) -> int:
    version = schema_version(conn)
    if version < 0:
        what = texts.translate(
            "Database",
            "{path} says it is database version {version}, which no Feedback Desk ever "
            "wrote: it is damaged or was changed by another program.",
        )
        backup = _newest_backup_of(db.path)
        if backup is None:
            todo = texts.translate(
                "Database",
                "Run 'feedback-desk repair' to save what can be read into a new database.",
            )
        else:
            todo = texts.translate(
                "Database",
                "Restore the copy made before its last upgrade ({backup}) or run "
                "'feedback-desk repair' to save what can be read into a new database.",
            )
        raise DatabaseCorrupt(f"{what} {todo}".format(path=db.path, version=version, backup=backup))
    if version > LATEST_VERSION:
        raise DatabaseTooNew(
            texts.translate(
                "Database",
                "{path} was written by a newer Feedback Desk (database version {version}, "
                "this app knows up to {latest}). Update Feedback Desk to open it.",
            ).format(path=db.path, version=version, latest=LATEST_VERSION)
        )
    return version


def _migrate(db: Database, conn: sqlite3.Connection, version: int) -> None:
    if version == LATEST_VERSION:
        return
    if version > 0 or _has_tables(conn):
        verdict = str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
        if verdict != "ok":  # never upgrade (write into) a damaged file
            raise damaged(db.path, verdict)
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


def _tidy_partials(home: Path, older_than_s: float = 3600) -> None:
    """Delete what a killed start or repair left beside the database (feedback.db.*.partial),
    once it is old enough not to belong to a program still running."""
    now = time.time()
    for entry in home.glob(f"{DB_FILE_NAME}.*{PARTIAL}*"):
        with contextlib.suppress(OSError):
            if now - entry.stat().st_mtime > older_than_s:
                entry.unlink()


def make_private_dir(folder: Path) -> None:
    """A folder of the data home: created (or made) owner-only, whatever the umask."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)


def tidy_backups(backups: Path) -> None:
    """On start: delete what an interrupted backup left (*.partial, and the empty files
    older versions left under a real name), and keep only the newest MAX_BACKUPS copies."""
    try:
        entries = list(backups.iterdir())
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.chmod(backups, 0o700)
    kept: list[Path] = []
    for entry in entries:
        try:
            if entry.name.endswith(PARTIAL) and entry.is_file():
                entry.unlink()
            elif _BACKUP_NAME.fullmatch(entry.name) and entry.is_file():
                if entry.stat().st_size == 0:
                    entry.unlink()
                else:
                    kept.append(entry)
        except OSError:
            continue  # tidying must never stop the app
    _prune(kept)


def _prune(backups: list[Path]) -> None:
    """Newest first by the time in the name, then by modification time."""

    def age(entry: Path) -> tuple[str, float]:
        stamp = entry.name.rsplit("-", 2)
        try:
            return (stamp[-2] + stamp[-1], entry.stat().st_mtime)
        except OSError:
            return (stamp[-2] + stamp[-1], 0.0)

    for old in sorted(backups, key=age, reverse=True)[MAX_BACKUPS:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _fsync(path: Path, directory: bool = False) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _backup(db: Database, conn: sqlite3.Connection, version: int) -> Path:
    """Copy the database aside before changing its shape (the online backup API is
    consistent). It is written under a .partial name, synced, then renamed: a kill at any
    moment leaves a whole backup or a .partial file that the next start deletes."""
    make_private_dir(db.backups_dir)
    stamp = db.clock().strftime("%Y%m%d-%H%M%S")
    target = db.backups_dir / f"feedback-v{version}-{stamp}.db"
    partial = target.with_name(target.name + PARTIAL)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
        # One self-contained file: the copy must not depend on a journal beside it.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    _fsync(partial)
    os.replace(partial, target)
    _fsync(db.backups_dir, directory=True)
    tidy_backups(db.backups_dir)
    return target
