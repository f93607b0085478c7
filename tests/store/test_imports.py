"""Storing an import: all or nothing, with a record of what the file held and added."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

import feedback_desk.store.database as database_module
from feedback_desk.core.errors import DatabaseLocked, ImportFileError
from feedback_desk.core.model import NewComment
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.imports import ImportResult, store_import

if TYPE_CHECKING:
    from conftest import FakeClock, MakeComment


def _imports(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT file_name, sha256, imported_at, rows_total, rows_added FROM imports ORDER BY id"
    ).fetchall()


def test_store_import_records_counts_and_links_comments(
    db: Database, conn: sqlite3.Connection, make_comment: MakeComment, triage: Triage
) -> None:
    comments = [make_comment(f"row {i}") for i in range(3)]
    result = store_import(db, conn, "/some/where/export.csv", "abc123", comments, triage)
    assert result == ImportResult("export.csv", 3, 3)
    assert result.already_there == 0
    assert _imports(conn) == [("export.csv", "abc123", "2026-05-01T12:00:00Z", 3, 3)]
    linked = conn.execute("SELECT count(*) FROM comments WHERE imported_from = 1").fetchone()[0]
    assert linked == 3


def test_importing_again_adds_nothing_and_is_recorded(
    db: Database,
    conn: sqlite3.Connection,
    clock: FakeClock,
    make_comment: MakeComment,
    triage: Triage,
) -> None:
    comments = [make_comment(f"row {i}") for i in range(4)]
    store_import(db, conn, "export.json", "h1", comments, triage)
    clock.advance(hours=1)
    extra = make_comment("a new one")
    again = store_import(db, conn, "export.json", "h2", [*comments, extra], triage)
    assert (again.total, again.added, again.already_there) == (5, 1, 4)
    assert _imports(conn)[1] == ("export.json", "h2", "2026-05-01T13:00:00Z", 5, 1)
    assert CommentStore(db, conn).count(InboxFilter()) == 5


def test_summary_wording() -> None:
    assert ImportResult("a.csv", 3, 1).summary() == (
        "Imported a.csv: 1 new comment, 2 already in the inbox."
    )
    assert ImportResult("a.csv", 2, 2).summary() == (
        "Imported a.csv: 2 new comments, 0 already in the inbox."
    )
    assert ImportResult("a.csv", 0, 0).summary().startswith("Imported a.csv: 0 new comments")


def test_a_failure_part_way_stores_nothing(
    db: Database, conn: sqlite3.Connection, make_comment: MakeComment, triage: Triage
) -> None:
    good = [make_comment(f"fine {i}") for i in range(3)]
    # A rating the schema refuses: the database fails on the 4th row.
    bad = dataclasses.replace(make_comment("bad"), rating=9)
    with pytest.raises(sqlite3.IntegrityError):
        store_import(db, conn, "broken.json", "h", [*good, bad], triage)
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 0
    assert _imports(conn) == []
    assert conn.execute("SELECT count(*) FROM comments_fts").fetchone()[0] == 0


def test_a_locked_database_stores_nothing(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)
    locked_conn = db.connect()
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked):
            store_import(db, locked_conn, "x.csv", "h", [make_comment()], triage)
    finally:
        other.execute("ROLLBACK")
        other.close()
        locked_conn.close()
    assert _imports(conn) == []
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 0


def test_a_failing_check_after_the_last_row_rolls_everything_back(
    db: Database, conn: sqlite3.Connection, make_comment: MakeComment, triage: Triage
) -> None:
    seen: list[str] = []

    def rows() -> Iterator[NewComment]:
        for i in range(5):
            seen.append(f"row {i}")
            yield make_comment(f"row {i}")

    def check() -> None:
        # Every row has been read (and inserted) before the check runs.
        assert len(seen) == 5
        assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 5
        raise ImportFileError("x.csv was not imported: 1 of 6 rows is not valid.")

    with pytest.raises(ImportFileError):
        store_import(db, conn, "x.csv", "h", rows(), triage, check)
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 0
    assert _imports(conn) == []


def test_a_generator_of_comments_is_counted(
    db: Database, conn: sqlite3.Connection, make_comment: MakeComment, triage: Triage
) -> None:
    store_import(db, conn, "a.json", "h", [make_comment("x", external_id="same")], triage)
    gen = (make_comment(f"g{i}", external_id="same" if i == 0 else None) for i in range(4))
    result = store_import(db, conn, "b.json", "h2", gen, triage)
    assert (result.total, result.added, result.already_there) == (4, 3, 1)
    assert _imports(conn)[1][3:] == (4, 3)
