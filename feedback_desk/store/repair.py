"""Saving what can be read from a damaged database, and rebuilding a damaged search index.

Nothing here writes into the damaged file: `repair` copies it aside byte for byte first,
salvages row by row from a scratch copy into a new file, and only then puts the new file in
its place. (The sqlite3 shell's `.recover` is not used: the one Debian 12 ships, 3.40.1,
fails with "SQL logic error" on every database, healthy or not.)
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core import texts
from ..core.clock import Clock, system_clock
from ..core.errors import DatabaseError
from .database import (
    DB_FILE_NAME,
    PARTIAL,
    _fsync,
    begin_writing,
    damaged,
    environment_errors,
    make_private_dir,
    restore_hint,
    schema_version,
    translate,
)
from .schema import LATEST_VERSION, SEARCH_INDEX_SETTINGS, SEARCH_INDEX_SETTINGS_SINCE

log = logging.getLogger(__name__)

FTS_TABLE = "comments_fts"
_BATCH = 500
_GIVE_UP_AFTER = 5_000  # unreadable rowids in a row past the last good one: the end
# Tables that hold what the shop would miss, in the order the summary names them.
_COUNTED = ("comments", "replies", "discounts", "accounts")


def _counted(table: str, n: int) -> str:
    """'3 comments', '2 replies' ... in the interface language. Always the plural, as the
    summary has always said it (a count that may be 1 would need Qt's plural forms, and
    lupdate marks no plural in a translate() whose count is a variable)."""
    if table == "comments":
        return texts.translate("Repair", "{n} comments").format(n=n)
    if table == "replies":
        return texts.translate("Repair", "{n} replies").format(n=n)
    if table == "discounts":
        return texts.translate("Repair", "{n} discount offers").format(n=n)
    return texts.translate("Repair", "{n} accounts").format(n=n)


@dataclass
class RepairResult:
    damaged_copy: Path
    saved: dict[str, int] = field(default_factory=dict)
    failed_tables: list[str] = field(default_factory=list)
    unreadable_rows: int = 0
    comment_gap: int = 0  # comment ids below the highest saved one that are not there

    def summary(self) -> str:
        saved = ", ".join(
            _counted(table, self.saved.get(table, 0)) for table in _COUNTED if table in self.saved
        )
        parts = [
            texts.translate("Repair", "Repaired: saved {saved} into a new database.").format(
                saved=saved
            )
        ]
        if self.comment_gap:
            parts.append(
                texts.translate(
                    "Repair",
                    "{n} comment ids below the highest saved one are missing "
                    "(lost to the damage, or deleted earlier).",
                ).format(n=self.comment_gap)
            )
        if self.unreadable_rows:
            parts.append(
                texts.translate(
                    "Repair",
                    "{n} rows could not be read or were garbled past saving.",
                ).format(n=self.unreadable_rows)
            )
        if self.failed_tables:
            parts.append(
                texts.translate("Repair", "Nothing could be read from: {tables}.").format(
                    tables=", ".join(self.failed_tables)
                )
            )
        parts.append(
            texts.translate("Repair", "The damaged file is kept as {path}.").format(
                path=self.damaged_copy
            )
        )
        return " ".join(parts)


def repair(home: Path, clock: Clock = system_clock) -> RepairResult:
    """Copy the damaged database aside, salvage every readable row into a new file and put
    that in its place. Raises DatabaseError if there is nothing to repair or nothing to read."""
    path = home / DB_FILE_NAME
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseError(
            texts.translate("Repair", "There is no comment database to repair at {path}.").format(
                path=path
            )
        )
    lock = _hold_writes(path)  # nobody may write while its rows are copied
    try:
        return _repair(home, path, clock)
    finally:
        if lock is not None:
            lock.close()


def _hold_writes(path: Path) -> sqlite3.Connection | None:
    """A write lock on the damaged file for the whole repair; refused if another program
    (Feedback Desk itself) is using it. None if the file is too damaged even to lock."""
    conn = sqlite3.connect(path, timeout=0.5, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.DatabaseError as error:
        conn.close()
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise translate(error, path) from error
        return None
    return conn


def _repair(home: Path, path: Path, clock: Clock) -> RepairResult:
    backups = home / "backups"
    make_private_dir(backups)
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    kept = backups / f"feedback-damaged-{stamp}.db"
    _copy_whole(path, kept)
    result = RepairResult(kept)
    scratch = home / f"{DB_FILE_NAME}.repair-source{PARTIAL}"
    target = home / f"{DB_FILE_NAME}.repaired{PARTIAL}"
    try:
        _copy_whole(path, scratch)  # read from a copy: opening may replay its journal
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        _salvage(scratch, target, result, path)
        _fsync(target)
        # The damaged file's journal belongs to it: never let SQLite apply it to the new one.
        for side in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + side).unlink()
        os.replace(target, path)
        _fsync(home)
    finally:
        for leftover in (scratch, Path(str(scratch) + "-wal"), Path(str(scratch) + "-shm"), target):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    log.info("repair: %s", result.summary())
    return result


def _copy_whole(source: Path, target: Path) -> None:
    partial = target.with_name(target.name + PARTIAL)
    try:
        _copy_private(source, partial)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():  # committed pages not yet in the main file
            _copy_private(wal, target.with_name(target.name + "-wal"))
        os.replace(partial, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise DatabaseError(
            texts.translate(
                "Repair",
                "Cannot copy {source} to {target} before repairing it: {reason}. "
                "Nothing was changed.",
            ).format(source=source, target=target, reason=error.strerror)
        ) from error


def _copy_private(source: Path, target: Path) -> None:
    """Byte for byte, owner-only whatever the umask, and on the disk before returning."""
    with open(source, "rb") as reading:
        descriptor = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "wb") as writing:
            shutil.copyfileobj(reading, writing, 1024 * 1024)
            writing.flush()
            os.fsync(writing.fileno())


def _tolerant_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _salvage(source: Path, target: Path, result: RepairResult, original: Path) -> None:
    old = sqlite3.connect(source, isolation_level=None)
    old.text_factory = _tolerant_text
    new = sqlite3.connect(target, isolation_level=None)
    try:
        try:
            schema = old.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
            ).fetchall()
            version = schema_version(old)
        except sqlite3.DatabaseError as error:
            raise DatabaseError(
                texts.translate(
                    "Repair",
                    "Nothing can be read from {path} (even its list of tables is damaged: "
                    "{error}); it was left as it is.",
                ).format(path=original, error=error)
                + _restore(original)
            ) from error
        if version > LATEST_VERSION:
            raise DatabaseError(
                texts.translate(
                    "Repair",
                    "{path} was written by a newer Feedback Desk (database version "
                    "{version}); update Feedback Desk and repair it with that. It was left as "
                    "it is.",
                ).format(path=original, version=version)
            )
        if version < 1:
            raise DatabaseError(
                texts.translate(
                    "Repair",
                    "Cannot tell which Feedback Desk wrote {path} (database version "
                    "{version}); it was left as it is.",
                ).format(path=original, version=version)
                + _restore(original)
            )
        tables = [row for row in schema if row[0] == "table"]
        shadows = {
            f"{name}_{part}"
            for (_t, name, _n, sql) in tables
            if _is_virtual(sql)
            for part in ("data", "idx", "docsize", "config", "content")
        }
        new.execute("PRAGMA foreign_keys = OFF")
        new.execute("BEGIN")
        for _type, name, _tbl, sql in tables:
            if name.startswith("sqlite_") or name in shadows:
                continue
            new.execute(sql)
        for _type, name, _tbl, sql in tables:
            if name.startswith("sqlite_") or name in shadows or _is_virtual(sql):
                continue
            _copy_table(old, new, name, result)
        for kind in ("index", "trigger", "view"):
            for _type, name, _tbl, sql in schema:
                if _type == kind and not name.startswith("sqlite_"):
                    new.execute(sql)
        if any(name == FTS_TABLE for (_t, name, _n, _s) in tables):
            new.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('rebuild')")
            if version >= SEARCH_INDEX_SETTINGS_SINCE:  # kept in a table not copied
                new.execute(SEARCH_INDEX_SETTINGS)
        new.execute(f"PRAGMA user_version = {version}")
        new.execute("COMMIT")
        for table in _COUNTED:
            if any(name == table for (_t, name, _n, _s) in tables):
                result.saved[table] = int(
                    new.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                )
        if "comments" in result.saved:
            highest = new.execute("SELECT max(id) FROM comments").fetchone()[0] or 0
            result.comment_gap = int(highest) - result.saved["comments"]
        verdict = new.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if verdict != "ok":
            raise DatabaseError(
                texts.translate(
                    "Repair", "The repaired copy did not pass its own check ({verdict})."
                ).format(verdict=verdict)
            )
    finally:
        old.close()
        new.close()


def _restore(original: Path) -> str:
    """' Restore …' naming the newest backup, or nothing when there is none."""
    hint = restore_hint(original)
    return f" {hint}" if hint else ""


def _is_virtual(sql: str) -> bool:
    return bool(re.match(r"\s*CREATE\s+VIRTUAL\s+TABLE", sql, re.IGNORECASE))


def _copy_table(
    old: sqlite3.Connection, new: sqlite3.Connection, table: str, result: RepairResult
) -> None:
    try:
        columns = [row[1] for row in new.execute(f"PRAGMA table_xinfo({_q(table)})") if row[6] == 0]
    except sqlite3.DatabaseError:
        result.failed_tables.append(table)
        return
    names = ", ".join(_q(c) for c in columns)
    insert = (
        f"INSERT OR IGNORE INTO {_q(table)} ({names}) VALUES ({', '.join('?' for _ in columns)})"
    )
    read_any = False
    for rows in _readable_rows(old, table, names, result):
        read_any = True
        before = new.total_changes
        new.executemany(insert, rows)
        # Rows that read but break the table's rules (garbled values, a repeated key).
        result.unreadable_rows += len(rows) - (new.total_changes - before)
    if not read_any and _has_rows_maybe(old, table):
        result.failed_tables.append(table)


def _has_rows_maybe(old: sqlite3.Connection, table: str) -> bool:
    try:
        return old.execute(f"SELECT 1 FROM {_q(table)} LIMIT 1").fetchone() is not None
    except sqlite3.DatabaseError:
        return True


def _readable_rows(
    old: sqlite3.Connection, table: str, names: str, result: RepairResult
) -> Iterator[list[tuple[object, ...]]]:
    """Every row that can be read, in rowid order: in batches while the table reads, one
    rowid at a time around a damaged page."""
    try:
        highest = old.execute(f"SELECT max(rowid) FROM {_q(table)}").fetchone()[0]
    except sqlite3.DatabaseError:
        highest = None
    try:
        lowest = old.execute(f"SELECT min(rowid) FROM {_q(table)}").fetchone()[0]
    except sqlite3.DatabaseError:
        lowest = None
    last = int(lowest) - 1 if lowest is not None else 0
    while True:
        try:
            batch = old.execute(
                f"SELECT rowid, {names} FROM {_q(table)} WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (last, _BATCH),
            ).fetchall()
        except sqlite3.DatabaseError:
            batch = None
        if batch is not None:
            if not batch:
                return
            last = int(batch[-1][0])
            yield [row[1:] for row in batch]
            continue
        # A damaged page: step over it one rowid at a time.
        misses = 0
        found: list[tuple[object, ...]] = []
        while misses < _GIVE_UP_AFTER:
            last += 1
            if highest is not None and last > highest:
                break
            try:
                row = old.execute(
                    f"SELECT {names} FROM {_q(table)} WHERE rowid = ?", (last,)
                ).fetchone()
            except sqlite3.DatabaseError:
                result.unreadable_rows += 1
                misses += 1
                continue
            if row is None:
                misses += 1
                continue
            found.append(tuple(row))
            # Readable again: try the fast way from here.
            break
        if found:
            yield found
            continue
        return


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- the search index -------------------------------------------------------------------------


def search_index_damaged(conn: sqlite3.Connection) -> bool:
    """FTS5's own check of the index against the comments."""
    try:
        conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('integrity-check')")
    except sqlite3.DatabaseError:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return True
    return False


def rebuild_search_index(path: Path, conn: sqlite3.Connection) -> None:
    """Rebuild the full-text index from the comments, even when its own records are gone
    (then FTS5 cannot even open it: a blank index of the same definition is put first)."""
    with environment_errors(path):
        verdict = str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
        if verdict != "ok":
            raise damaged(path, verdict)  # the comments themselves: repair, not this
        definition = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", (FTS_TABLE,)
        ).fetchone()[0]
        blank = re.sub(
            rf"CREATE\s+VIRTUAL\s+TABLE\s+{FTS_TABLE}\b",
            "CREATE VIRTUAL TABLE temp.fts_blank",
            definition,
            count=1,
            flags=re.IGNORECASE,
        )
        begin_writing(conn)  # between an import's batches, like any of the app's writes
        try:
            conn.execute("DROP TABLE IF EXISTS temp.fts_blank")
            conn.execute(blank)
            for part in ("data", "idx", "docsize"):
                conn.execute(f"DELETE FROM {FTS_TABLE}_{part}")
            conn.execute(
                f"INSERT INTO {FTS_TABLE}_data (id, block) "
                "SELECT id, block FROM temp.fts_blank_data"
            )
            conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('rebuild')")
            conn.execute("DROP TABLE temp.fts_blank")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
