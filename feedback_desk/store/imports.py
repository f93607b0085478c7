"""Storing an import file's comments, all or nothing, without holding the database for long.

A big file takes tens of seconds to read and score. Doing that inside one write transaction
locked every other writer out for all that time (the window's "Mark resolved" froze, then
failed; a sync failed). Now an import goes in three steps:

1. stage: every row is read, checked and scored into a staging file of its own beside the
   database (imports/<id>.db), which no other connection ever waits for (a big file's rows
   are staged first and scored alongside, by a helper process: see LaterScores);
2. decide: if any row was bad, or the file repeats an id, the staging file is deleted and
   nothing in the database changed. Otherwise one short transaction marks the import
   "publishing": from then on it will be completed;
3. publish: the staged rows are copied into comments in short batches (each its own
   transaction, a fraction of a second, with a pause after it so waiting writers get in),
   each batch recording how far it got; a row still without its score is scored first.

A process killed during step 1 leaves an import in state "staging": the next import (or
`recover_imports`) deletes it. Killed during step 3, it is "publishing": the next one
finishes publishing it from where it stopped. Either way the file ends up all in or not at
all, and the comments a finished import added carry its id (comments.imported_from).
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import itertools
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import DatabaseError, ImportFileError
from ..core.model import NewComment, iso_utc
from ..core.texts import translate
from ..core.triage import Scorer, Triage, TriagePool, batch_scores
from .claims import held_by_another_live_process, this_process
from .comments import (
    NEW_ROW_COLUMNS,
    STAGED_COLUMNS,
    _marks,
    _staged_row,
    search_index_deferred,
)
from .database import Database, environment_errors
from .schema import CREATE_NAME_INDEX, NAME_INDEX

log = logging.getLogger(__name__)

STAGING_FOLDER = "imports"
# One publishing batch holds the write lock about this long; then the lock is left free for
# a moment. Feedback Desk's own writers ask for it every few milliseconds while they wait
# (database.begin_writing), so the window, a sync or another command gets in within about
# half a second. After every few seconds of holding, the pause is longer than SQLite's own
# waiting sleeps between tries (100 ms), for any other writer (its timeout is 5 s).
PUBLISH_HOLD_S = 0.35
PUBLISH_GAP_S = 0.005
LONG_GAP_S = 0.11
LONG_GAP_AFTER_HOLDING_S = 3.0
FIRST_BATCH = 500
MIN_BATCH, MAX_BATCH = 100, 50_000
MAX_LISTED_REPEATS = 25
PUBLISH_CACHE_KB = -65536  # 64 MB while publishing (SQLite's default is 2 MB)
# While publishing, the pages its batches wrote into the write-ahead log are copied into
# the database file by a thread of its own (_Checkpoints), once about this much holding has
# gone by. SQLite's own checkpoint ran inside the commit of every batch: 6 to 7 s of a
# million comments' publishing waited for it.
CHECKPOINT_AFTER_HOLDING_S = 1.0
# The log's file grows to what was written between two checkpoints; each time it starts
# again (and at the end) it is cut back to this.
WAL_KEPT_BYTES = 8 * 1024 * 1024
# The index of names (the inbox sorted by name) is keyed by something no file is sorted by,
# so every publishing batch wrote into nearly every page of it: 41 % of what a million
# comments' publishing wrote, 10 of its 35 s. An import of at least REBUILD_NAME_INDEX_FROM
# rows drops it and builds it once, just before the import is marked done (about 1 s a
# million comments, the write lock held meanwhile), unless the inbox would then hold more
# than REBUILD_NAME_INDEX_UP_TO comments: that one long hold must stay well inside the
# other writers' 5 s. Until then the inbox sorted by name reads more (0.1-0.2 s a page at
# a million).
REBUILD_NAME_INDEX_FROM = 50_000
REBUILD_NAME_INDEX_UP_TO = 1_500_000

_STAGED_MARKS = _marks(STAGED_COLUMNS.split(","))
INSERT_STAGED = f"INSERT INTO staged ({STAGED_COLUMNS}) VALUES ({_STAGED_MARKS})"
# The staged rows meet every rule comments has for a row (store/schema.py), so a row the
# database would refuse is refused while staging, before anything is published. A big
# file's scores may come after its row (NULL until then: see LaterScores); comments itself
# refuses a row without one. The columns after reply_to_external_id are not staged (an
# older version staged them: account_id, imported_from, first_rating, first_severity_rank,
# the same for every row or as the row's own).
STAGED_TABLE = """CREATE TABLE staged (
    platform TEXT NOT NULL, account_id INTEGER, external_id TEXT NOT NULL,
    author TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL, url TEXT,
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    sentiment REAL,
    severity_rank INTEGER CHECK (severity_rank BETWEEN 0 AND 3),
    imported_from INTEGER, fetched_at TEXT NOT NULL, parent_external_id TEXT,
    can_reply_privately INTEGER, email TEXT, reply_to_external_id TEXT,
    first_rating INTEGER, first_severity_rank INTEGER)"""
# A big file's scores, made after its rows were staged (LaterScores): kept beside them, as
# adding them to the staged rows rewrote each row (3.7 µs a row; this is about 1).
SCORES_TABLE = """CREATE TABLE IF NOT EXISTS {schema}scores (
    row INTEGER PRIMARY KEY,  -- the staged row's rowid
    sentiment REAL NOT NULL,
    severity_rank INTEGER NOT NULL CHECK (severity_rank BETWEEN 0 AND 3))"""
# What publishing copies into each of comments' NEW_ROW_COLUMNS: a row's scores from the
# row, or else from scores (:import_id is the import's id).
_SEVERITY = "coalesce(s.severity_rank, sc.severity_rank)"
_PUBLISHED_AS = {
    "sentiment": "coalesce(s.sentiment, sc.sentiment)",
    "severity_rank": _SEVERITY,
    "account_id": "NULL",
    "imported_from": ":import_id",
    "first_rating": "s.rating",
    "first_severity_rank": _SEVERITY,
}
PUBLISHED = ", ".join(
    _PUBLISHED_AS.get(name, f"s.{name}") for name in map(str.strip, NEW_ROW_COLUMNS.split(","))
)

_importing_here: set[int] = set()  # imports this process is running now


@dataclass(frozen=True, slots=True)
class ImportResult:
    file_name: str
    total: int
    added: int
    notes: tuple[str, ...] = ()  # how the file was read ("Read as Windows-1252.")

    @property
    def already_there(self) -> int:
        return self.total - self.added

    def summary(self) -> str:
        # One and more as two texts: lupdate marks no plural in a translate() whose count
        # is a variable (it takes a bare name for the old "encoding" argument).
        if self.added == 1:
            text = translate(
                "ImportResult", "Imported {file}: {n} new comment, {there} already in the inbox."
            )
        else:
            text = translate(
                "ImportResult", "Imported {file}: {n} new comments, {there} already in the inbox."
            )
        said = text.format(file=self.file_name, n=self.added, there=self.already_there)
        return said + "".join(f" {note}" for note in self.notes)


def staging_path(db: Database, import_id: int) -> Path:
    return db.path.parent / STAGING_FOLDER / f"{import_id}.db"


def store_import(
    db: Database,
    conn: sqlite3.Connection,
    file_name: str,
    sha256: str,
    comments: Iterable[NewComment],
    triage: Scorer | TriagePool,
    check: Callable[[], None] = lambda: None,
    *,
    label: str = "row",
) -> ImportResult:
    """All or nothing: either every new comment of the file is stored, or none is.

    `comments` may be a generator reading the file; `check` runs after the last row and
    before anything reaches the inbox, and raising there (a bad row was seen) leaves the
    database as it was. A file that repeats an id is refused the same way. The database's
    write lock is only ever held for short moments (see the module's docstring).
    """
    # The file's name, or the whole path for /dev/stdin and the like ("stdin" says little).
    name = file_name if file_name.startswith(("/dev/", "/proc/")) else Path(file_name).name
    recover_imports(db, conn)
    with db.transaction(conn):
        import_id = int(
            conn.execute(
                """INSERT INTO imports (file_name, sha256, imported_at, rows_total, rows_added,
                                        state, claimed_by)
                   VALUES (?,?,?,0,0,'staging',?)""",
                (name, sha256, iso_utc(db.clock()), this_process()),
            ).lastrowid
            or 0
        )
    _importing_here.add(import_id)
    path = staging_path(db, import_id)
    # A big file (a helper process to score it) is scored beside staging and publishing.
    scoring = LaterScores(path, triage) if isinstance(triage, TriagePool) else triage
    later = scoring if isinstance(scoring, LaterScores) else None
    try:
        try:
            total = _stage(db, path, comments, scoring)
            check()
            _refuse_repeats(path, name, label)
            with db.transaction(conn):  # the decision: from here on the import completes
                conn.execute(
                    "UPDATE imports SET state = 'publishing', rows_total = ? WHERE id = ?",
                    (total, import_id),
                )
        except BaseException:
            _discard(db, conn, import_id)
            raise
        try:
            added = _publish(db, conn, import_id, later)
        except DatabaseError as error:  # the file was good: what is left is finished later
            raise type(error)(
                translate(
                    "Imports",
                    "{problem} {file} was checked and is partly in the inbox; Feedback Desk "
                    "adds the rest the next time it starts or imports a file.",
                ).format(problem=error, file=name)
            ) from error
    finally:
        _importing_here.discard(import_id)
    return ImportResult(name, total, added)


def _stage(
    db: Database,
    path: Path,
    comments: Iterable[NewComment],
    scoring: Scorer | LaterScores,
) -> int:
    """Check and score every row into the import's own staging file; returns how many.
    With LaterScores, the rows are staged as they are read and scored alongside (in the
    helper process): the scores still missing at the end are made while publishing."""
    path.parent.mkdir(mode=0o700, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    with environment_errors(path):
        try:
            # Private before a byte is written: the rows name real customers.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        except OSError as error:
            raise ImportFileError(
                translate(
                    "Imports", "Cannot write the import's working file {path}: {reason}."
                ).format(path=path, reason=error.strerror)
            ) from error
        staged = sqlite3.connect(path, isolation_level=None)
        try:
            # A scratch file: if the computer stops, the import is simply started again.
            staged.execute("PRAGMA journal_mode = OFF")
            staged.execute("PRAGMA synchronous = OFF")
            staged.execute(STAGED_TABLE)
            staged.execute(SCORES_TABLE.format(schema=""))
            fetched = iso_utc(db.clock())
            staged.execute("BEGIN")
            if isinstance(scoring, LaterScores):
                total = scoring.stage(staged, comments, fetched)
            else:
                # Two passes over one stream without holding it: tee keeps only the rows in
                # flight.
                first, second = itertools.tee(comments)
                scores = scoring.assess_stream((c.text, c.rating) for c in first)
                rows = (
                    _staged_row(c, score, fetched) for c, score in zip(second, scores, strict=True)
                )
                total = staged.executemany(INSERT_STAGED, rows).rowcount
            staged.execute("COMMIT")
        finally:
            staged.close()
        # Publishing must be able to finish after a crash: the staged rows reach the disk
        # before the import is marked "publishing".
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return max(total, 0)


def _refuse_repeats(path: Path, name: str, label: str) -> None:
    """A file naming the same comment twice is damaged or two exports run together: say
    which rows, and import nothing (which of the two would be the right one?)."""
    staged = sqlite3.connect(path)
    try:
        # Most files repeat nothing: found without listing rows (half the time).
        if not staged.execute(
            "SELECT 1 FROM staged GROUP BY platform, external_id HAVING count(*) > 1 LIMIT 1"
        ).fetchone():
            return
        repeats = staged.execute(
            """SELECT platform, external_id, group_concat(rowid, ' ') FROM
                 (SELECT rowid, platform, external_id FROM staged ORDER BY rowid)
               GROUP BY platform, external_id HAVING count(*) > 1
               ORDER BY min(rowid) LIMIT ?""",
            (MAX_LISTED_REPEATS + 1,),
        ).fetchall()
    finally:
        staged.close()

    def said(external_id: str, rows: str) -> str:
        numbers = sorted(int(n) for n in rows.split())
        listed = translate("Imports", "{numbers} and {last}").format(
            numbers=", ".join(map(str, numbers[:-1])), last=numbers[-1]
        )
        same = external_id.startswith("sha256:")  # no id in the file: the same words and time
        if label == "item":
            text = (
                translate("Imports", "the same comment (author, text and time) on items {listed}")
                if same
                else translate("Imports", "the id {id!r} on items {listed}")
            )
        elif label == "row":
            text = (
                translate("Imports", "the same comment (author, text and time) on rows {listed}")
                if same
                else translate("Imports", "the id {id!r} on rows {listed}")
            )
        else:  # not a word the interface knows: as it was always said
            text = (
                f"the same comment (author, text and time) on {label}s {{listed}}"
                if same
                else f"the id {{id!r}} on {label}s {{listed}}"
            )
        return text.format(id=external_id[:60], listed=listed)

    shown = [f"  {said(external_id, rows)}" for _, external_id, rows in repeats]
    if len(shown) > MAX_LISTED_REPEATS:
        shown = [*shown[:MAX_LISTED_REPEATS], "  " + translate("Imports", "...and more")]
    if len(repeats) > 1:
        text = translate(
            "Imports",
            "{file} was not imported: the file repeats {repeat} (and more repeats, listed "
            "below). Each comment may appear only once; remove the repeats and import it "
            "again. Nothing was changed.",
        )
    else:
        text = translate(
            "Imports",
            "{file} was not imported: the file repeats {repeat}. Each comment may appear only "
            "once; remove the repeats and import it again. Nothing was changed.",
        )
    raise ImportFileError(
        text.format(file=name, repeat=said(repeats[0][1], repeats[0][2])),
        shown if len(repeats) > 1 else [],
    )


def _publish(
    db: Database, conn: sqlite3.Connection, import_id: int, later: LaterScores | None = None
) -> int:
    """Copy the staged rows into comments in short transactions; returns how many were new.
    Rows staged without their scores (`later`, or an import a kill interrupted) are scored
    first, batch by batch, while the database's lock is free."""
    path = staging_path(db, import_id)
    scores = later or LaterScores(path)
    row = conn.execute(
        "SELECT rows_total, published_to, rows_added FROM imports WHERE id = ?", (import_id,)
    ).fetchone()
    total, done, added = int(row[0]), int(row[1]), int(row[2])
    sql = f"""INSERT INTO main.comments ({NEW_ROW_COLUMNS})
              SELECT {PUBLISHED}
              FROM staging.staged AS s LEFT JOIN staging.scores AS sc ON sc.row = s.rowid
              WHERE s.rowid > :after AND s.rowid <= :upto
              ON CONFLICT (platform, external_id) DO NOTHING"""
    with environment_errors(db.path), contextlib.ExitStack() as undo:  # whatever happens
        undo.callback(scores.close)
        conn.execute("ATTACH DATABASE ? AS staging", (str(path),))
        undo.callback(conn.execute, "DETACH DATABASE staging")
        conn.execute(SCORES_TABLE.format(schema="staging."))  # staged by an older version
        # The comments' indexes are written in no useful order: a page cache that holds
        # them makes each batch (and so each hold of the lock) about a third shorter.
        _set_for_now(undo, conn, "main.cache_size", PUBLISH_CACHE_KB)
        _set_for_now(undo, conn, "wal_autocheckpoint", 0)  # _Checkpoints does it
        _set_for_now(undo, conn, "journal_size_limit", WAL_KEPT_BYTES)
        checkpoints = undo.enter_context(_Checkpoints(db))
        rebuild = _drop_name_index(db, conn, total - done)
        since_checkpoint = since_long_gap = 0.0  # seconds of holding
        batch = FIRST_BATCH
        while done < total:
            upto = min(done + batch, total)
            scores.ensure(done, upto)
            started = time.monotonic()
            with db.transaction(conn):
                with search_index_deferred(conn):  # indexed in its order, not the file's
                    new = conn.execute(
                        sql, {"import_id": import_id, "after": done, "upto": upto}
                    ).rowcount
                conn.execute(
                    """UPDATE imports SET published_to = ?, rows_added = rows_added + ?
                       WHERE id = ?""",
                    (upto, new, import_id),
                )
            added += new
            done = upto
            held = max(time.monotonic() - started, 1e-4)
            batch = int(min(MAX_BATCH, max(MIN_BATCH, batch * PUBLISH_HOLD_S / held)))
            since_checkpoint += held
            since_long_gap += held
            if since_checkpoint >= CHECKPOINT_AFTER_HOLDING_S:
                checkpoints.ask()
                since_checkpoint = 0.0
            if done < total:  # let a waiting writer in
                pause = PUBLISH_GAP_S
                if since_long_gap >= LONG_GAP_AFTER_HOLDING_S:
                    pause, since_long_gap = LONG_GAP_S, 0.0
                scores.work_for(pause, done)
        checkpoints.close()
        if rebuild:  # before the checkpoint, which copies it into the file with the rest
            _build_name_index(db, conn)
        conn.execute("PRAGMA main.wal_checkpoint(PASSIVE)")  # the next write cuts the log
        _finish(db, conn, import_id)
    with contextlib.suppress(OSError):
        path.unlink()
    return added


def _drop_name_index(db: Database, conn: sqlite3.Connection, rows: int) -> bool:
    """Drop the index of names if publishing `rows` is better done without it (see
    REBUILD_NAME_INDEX_FROM); True if it is to be built at the end: also when an import
    that dropped it was killed, or another is still publishing without it."""
    if _name_index_missing(conn):
        return True
    if rows < REBUILD_NAME_INDEX_FROM:
        return False
    comments = int(conn.execute("SELECT coalesce(max(id), 0) FROM comments").fetchone()[0])
    if comments + rows > REBUILD_NAME_INDEX_UP_TO:
        return False
    with db.transaction(conn):
        conn.execute(f"DROP INDEX IF EXISTS {NAME_INDEX}")
    return True


def _name_index_missing(conn: sqlite3.Connection) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (NAME_INDEX,)
    ).fetchone()
    return found is None


def _build_name_index(db: Database, conn: sqlite3.Connection) -> None:
    """The index of names, as migration 6 made it. Its own transaction: killed before the
    import is marked done, the import finishes at once next time (nothing left to publish)
    and finds the index there."""
    with db.transaction(conn):
        conn.execute(CREATE_NAME_INDEX)


def _finish(db: Database, conn: sqlite3.Connection, import_id: int) -> None:
    with db.transaction(conn):
        conn.execute(
            "UPDATE imports SET state = 'done', claimed_by = NULL WHERE id = ?", (import_id,)
        )


def _set_for_now(
    undo: contextlib.ExitStack, conn: sqlite3.Connection, name: str, value: int
) -> None:
    """PRAGMA `name` = `value` until `undo` closes."""
    before = int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    conn.execute(f"PRAGMA {name} = {value}")
    undo.callback(conn.execute, f"PRAGMA {name} = {before}")


class _Checkpoints:
    """Copies the write-ahead log into the database file on a thread of its own, when
    asked, while publishing goes on: a checkpoint takes no lock a writer waits for. The
    thread starts at the first request (a small import never makes one)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._asked = threading.Event()
        self._closing = False
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None

    def __enter__(self) -> _Checkpoints:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.close(interrupt=kind is not None)

    def ask(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="import checkpoints")
            self._thread.daemon = True
            self._thread.start()
        self._asked.set()

    def close(self, interrupt: bool = False) -> None:
        """Ends the thread, after the checkpoint under way (stopped there when publishing
        failed: `interrupt`). Again: nothing."""
        if self._thread is None:
            return
        self._closing = True
        conn = self._conn
        if interrupt and conn is not None:
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile
                conn.interrupt()
        self._asked.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            conn = self._db.connect()
        except DatabaseError:
            return  # publishing meets the same problem and says so
        self._conn = conn
        try:
            while self._asked.wait() and not self._closing:
                self._asked.clear()
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error as error:  # the last one, publishing's own, says what is wrong
            log.warning("checkpoint while publishing: %s", error)
        finally:
            self._conn = None
            conn.close()


def _discard(db: Database, conn: sqlite3.Connection, import_id: int) -> None:
    """Undo an import that never reached "publishing": its file and its record go."""
    with contextlib.suppress(OSError):
        staging_path(db, import_id).unlink()
    with contextlib.suppress(sqlite3.Error, DatabaseError), db.transaction(conn):
        conn.execute("DELETE FROM imports WHERE id = ? AND state = 'staging'", (import_id,))


def _claim_is_live(import_id: int, claimed_by: str | None) -> bool:
    """Is a process still running this import? Ours while we run it; another process's
    while it runs on this computer (another computer sharing the folder: trust it)."""
    if not claimed_by:
        return False
    if claimed_by == this_process():
        return import_id in _importing_here
    return held_by_another_live_process(claimed_by)


def recover_imports(db: Database, conn: sqlite3.Connection) -> list[str]:
    """Finish or undo imports a killed process left behind; returns what was done, one line
    each. An import still "staging" never reached the inbox: it is deleted. One
    "publishing" had been checked in full: its remaining rows are published."""
    done: list[str] = []
    pending = conn.execute(
        "SELECT id, file_name, state, claimed_by FROM imports WHERE state != 'done'"
    ).fetchall()
    for import_id, file_name, state, claimed_by in pending:
        if _claim_is_live(import_id, claimed_by):
            continue
        with db.transaction(conn):  # take it over, unless another process just did
            taken = conn.execute(
                "UPDATE imports SET claimed_by = ? WHERE id = ? AND claimed_by IS ?",
                (this_process(), import_id, claimed_by),
            ).rowcount
        if not taken:
            continue
        if state == "staging" or not staging_path(db, import_id).exists():
            if state == "publishing":
                log.warning(
                    "import %d: its staging file is gone; kept what was published", import_id
                )
                _finish(db, conn, import_id)
                continue
            _discard(db, conn, import_id)
            done.append(
                translate("Imports", "An interrupted import of {file} was undone.").format(
                    file=file_name
                )
            )
        else:
            _importing_here.add(import_id)
            try:
                _publish(db, conn, import_id)
            finally:
                _importing_here.discard(import_id)
            done.append(
                translate("Imports", "An interrupted import of {file} was completed.").format(
                    file=file_name
                )
            )
    # Dropped by an import that ended without building it again (its staging file lost, or
    # completed by an older version of the app): built now, unless one is publishing still.
    if (
        _name_index_missing(conn)
        and not conn.execute("SELECT 1 FROM imports WHERE state = 'publishing'").fetchone()
    ):
        _build_name_index(db, conn)
    _remove_strays(db, conn)
    for line in done:
        log.info("%s", line)
    return done


def _remove_strays(db: Database, conn: sqlite3.Connection) -> None:
    """Staging files whose import is finished or gone (a kill between two steps)."""
    folder = db.path.parent / STAGING_FOLDER
    if not folder.is_dir():
        return
    # Only ids that existed when this was read: a newer import may be creating its file.
    newest = int(conn.execute("SELECT coalesce(max(id), 0) FROM imports").fetchone()[0])
    pending = {int(r[0]) for r in conn.execute("SELECT id FROM imports WHERE state != 'done'")}
    for path in folder.glob("*.db"):
        if path.stem.isdigit() and int(path.stem) <= newest and int(path.stem) not in pending:
            with contextlib.suppress(OSError):
                path.unlink()


class LaterScores:
    """Scores for a big import's staged rows, made beside the reading and the publishing.

    Scoring costs more than reading and storing a row, so a big file is not scored row by
    row before it is staged. Its rows are staged as they are read, and sent in batches to
    the helper process (TriagePool) while it has room; the scores go into the staging
    file's own table of scores (while staging, as they come back; then once before each
    publishing batch). Publishing makes sure each batch's rows have their scores before
    copying them (`ensure`), scoring here what the helper has not reached; in the pause it
    leaves other writers it scores rows further on, while the helper is not well ahead
    (`work_for`). So both cores score while this process reads and publishes, and no row
    reaches comments without its score (the table refuses one).

    Without a helper (an import a kill interrupted, finished later), the rows still without
    a score are scored here, batch by batch, as publishing reaches them.
    """

    BATCH = 1000  # rows sent to the helper at a time (about 50 ms of its work)
    # Batches the helper holds: enough to keep it busy while a publishing batch holds the
    # database (PUBLISH_HOLD_S), when no more can be sent.
    IN_FLIGHT = 12
    HERE = 250  # rows scored in this process at a time (a few milliseconds)
    # Scores this far ahead of publishing (a second or two of it): the helper keeps up.
    AHEAD = 40_000
    WRITE = "INSERT OR REPLACE INTO scores (row, sentiment, severity_rank) VALUES (?, ?, ?)"

    def __init__(self, path: Path, pool: TriagePool | None = None) -> None:
        self._path = path
        self._pool = pool
        self._in_flight = self.IN_FLIGHT if pool is not None else 0
        self._batch = self.BATCH
        # Batches with the helper: (first row, last row, its scores to come).
        self._sent: collections.deque[tuple[int, int, Future[list[tuple[float, int]]]]] = (
            collections.deque()
        )
        # Rows neither sent nor scored yet: front .. back (rowids; staging numbers its rows
        # 1, 2, 3 ... in the file's order). Rows after `back` were scored here.
        self._front = 1
        self._back = 0
        self._staged = 0
        self._conn: sqlite3.Connection | None = None
        self._triage: Triage | None = None
        # Scores made since the staging, not yet in its file (written by `ensure`).
        self._unwritten: list[tuple[int, list[tuple[float, int]]]] = []

    def stage(
        self,
        staged: sqlite3.Connection,
        comments: Iterable[NewComment],
        fetched: str,
    ) -> int:
        """Stage every comment without its score (inside the caller's transaction), sending
        the helper each batch it has room for; returns how many rows were staged."""
        total = 0
        iterator = iter(comments)
        while chunk := list(itertools.islice(iterator, self._batch)):
            staged.executemany(INSERT_STAGED, (_staged_row(c, None, fetched) for c in chunk))
            total += len(chunk)
            self._back = self._staged = total
            self._write(staged, self._harvest())
            self._feed(staged)  # reads its own rows back, inside its transaction
        return total

    def ensure(self, done: int, upto: int) -> None:
        """Rows done+1 .. upto have their scores in the staging file."""
        conn = self._open()
        if self._pool is None:
            self._score_missing(conn, done, upto)
            return
        while True:
            self._unwritten += self._harvest()
            self._feed(conn)
            if self._front <= min(upto, self._back):  # needed, and the helper is full
                self._score_here(conn, self._front, min(self._front + self.HERE - 1, upto))
                self._front = min(self._front + self.HERE, upto + 1)
                continue
            waiting = [future for first, _, future in self._sent if first <= upto]
            if not waiting:
                break
            # Meanwhile, rows the helper will not reach soon: not sent yet, or else the
            # batch furthest on it has not started (a busy machine gives it little time).
            if self._front <= self._back:
                self._score_from_back(conn)
            elif not self._take_back(conn, keep=0):
                concurrent.futures.wait(waiting[:1])
        # Every score made since the last batch, in one transaction (each has to reach the
        # disk: one per helper's batch took 6 s of a million comments' import).
        self._write(conn, self._unwritten)
        self._unwritten = []

    def work_for(self, seconds: float, published: int) -> None:
        """Score rows further on for about `seconds`, unless the helper's scores are well
        ahead of the `published` rows (then this process only waits: scoring here would
        slow the publishing, which is then the slower of the two)."""
        deadline = time.monotonic() + seconds
        if self._pool is not None:
            conn = self._open()
            while time.monotonic() < deadline - 0.005:
                self._unwritten += self._harvest()
                self._feed(conn)
                if self._scored_up_to() - published >= self.AHEAD:
                    break
                if self._front <= self._back:
                    self._score_from_back(conn)
                elif not self._take_back(conn, keep=2):  # the helper keeps two to work on
                    break
            self._unwritten += self._harvest()
        time.sleep(max(deadline - time.monotonic(), 0))

    def _scored_up_to(self) -> int:
        """Every row up to this one has its score (or is staged with it)."""
        if self._sent:
            return self._sent[0][0] - 1
        return self._front - 1 if self._front <= self._back else self._staged

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _open(self) -> sqlite3.Connection:
        if self._conn is None:
            # The staged rows are on disk before publishing starts; their scores are
            # written with a journal, so a kill (or power cut) in the middle of writing
            # some leaves them all there or none.
            self._conn = sqlite3.connect(self._path, isolation_level=None)
            self._conn.execute("PRAGMA synchronous = NORMAL")
        return self._conn

    def _score_missing(self, conn: sqlite3.Connection, done: int, upto: int) -> None:
        missing = conn.execute(
            """SELECT s.rowid, s.text, s.rating
               FROM staged AS s LEFT JOIN scores AS sc ON sc.row = s.rowid
               WHERE s.rowid > ? AND s.rowid <= ? AND s.sentiment IS NULL AND sc.row IS NULL""",
            (done, upto),
        ).fetchall()
        if not missing:
            return
        if self._triage is None:
            self._triage = Triage()
        scores = batch_scores(self._triage, [(text, rating) for _, text, rating in missing])
        self._write(conn, [(row[0], [score]) for row, score in zip(missing, scores, strict=True)])

    def _feed(self, conn: sqlite3.Connection) -> None:
        """Send the helper the next unscored rows while it has room."""
        assert self._pool is not None
        while len(self._sent) < self._in_flight and self._front <= self._back:
            first, last = self._front, min(self._front + self._batch - 1, self._back)
            self._sent.append((first, last, self._pool.submit(self._texts(conn, first, last))))
            self._front = last + 1

    def _take_back(self, conn: sqlite3.Connection, keep: int) -> bool:
        """Score here the last batch sent that the helper has not started, if it holds more
        than `keep`; False when there is none."""
        if len(self._sent) <= keep:
            return False
        first, last, future = self._sent[-1]
        if not future.cancel():
            return False
        self._sent.pop()
        self._score_here(conn, first, last)
        return True

    def _score_from_back(self, conn: sqlite3.Connection) -> None:
        first = max(self._front, self._back - self.HERE + 1)
        self._score_here(conn, first, self._back)
        self._back = first - 1

    def _score_here(self, conn: sqlite3.Connection, first: int, last: int) -> None:
        assert self._pool is not None
        self._unwritten.append((first, self._pool.score_here(self._texts(conn, first, last))))

    @staticmethod
    def _texts(conn: sqlite3.Connection, first: int, last: int) -> list[tuple[str, int | None]]:
        return conn.execute(
            "SELECT text, rating FROM staged WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
            (first, last),
        ).fetchall()

    def _harvest(self) -> list[tuple[int, list[tuple[float, int]]]]:
        """The helper's finished batches, oldest first: (first row, scores)."""
        done: list[tuple[int, list[tuple[float, int]]]] = []
        while self._sent and self._sent[0][2].done():
            first, _, future = self._sent.popleft()
            done.append((first, future.result()))
        return done

    def _write(
        self, conn: sqlite3.Connection, results: list[tuple[int, list[tuple[float, int]]]]
    ) -> None:
        if not results:
            return
        rows = (
            (first + i, sentiment, rank)
            for first, scores in results
            for i, (sentiment, rank) in enumerate(scores)
        )
        if conn.in_transaction:  # staging: the caller's transaction
            conn.executemany(self.WRITE, rows)
            return
        conn.execute("BEGIN")
        try:
            conn.executemany(self.WRITE, rows)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
