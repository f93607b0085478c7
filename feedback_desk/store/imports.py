"""Storing an import file's comments in one transaction, with a record of the import."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..core.model import NewComment, iso_utc
from ..core.triage import Scorer
from .comments import CommentStore
from .database import Database


@dataclass(frozen=True, slots=True)
class ImportResult:
    file_name: str
    total: int
    added: int

    @property
    def already_there(self) -> int:
        return self.total - self.added

    def summary(self) -> str:
        return (
            f"Imported {self.file_name}: {self.added} new comment{'s' if self.added != 1 else ''}, "
            f"{self.already_there} already in the inbox."
        )


def store_import(
    db: Database,
    conn: sqlite3.Connection,
    file_name: str,
    sha256: str,
    comments: Iterable[NewComment],
    triage: Scorer,
    check: Callable[[], None] = lambda: None,
) -> ImportResult:
    """All or nothing: either every new comment of the file is stored, or none is.

    `comments` may be a generator reading the file; `check` runs after the last row and
    before the commit, and raising there (a bad row was seen) rolls everything back.
    """
    name = Path(file_name).name
    with db.transaction(conn):
        cursor = conn.execute(
            """INSERT INTO imports (file_name, sha256, imported_at, rows_total, rows_added)
               VALUES (?,?,?,0,0)""",
            (name, sha256, iso_utc(db.clock())),
        )
        import_id = cursor.lastrowid
        result = CommentStore(db, conn).add_many(comments, triage, import_id=import_id)
        check()
        total = result.added + result.already_there
        conn.execute(
            "UPDATE imports SET rows_total = ?, rows_added = ? WHERE id = ?",
            (total, result.added, import_id),
        )
    return ImportResult(name, total, result.added)
