"""Storing an import: all or nothing, with a record of what the file held and added."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import feedback_desk.store.claims as claims
import feedback_desk.store.database as database_module
import feedback_desk.store.imports as imports_module
from feedback_desk.core.errors import DatabaseLocked, ImportFileError
from feedback_desk.core.model import NewComment, Status
from feedback_desk.core.triage import Triage, TriagePool, batch_scores
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter, InboxSort
from feedback_desk.store.imports import ImportResult, store_import
from tests.kill import GONE_PID

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
        # Every row has been read (and staged) before the check runs; none is in the inbox.
        assert len(seen) == 5
        assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 0
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


# -- short transactions: others write while a file is imported (issue 10) ---------------------


def _short_busy_timeout(monkeypatch: pytest.MonkeyPatch, ms: int) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", ms)


def test_others_can_write_while_the_rows_are_read_and_scored(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    [first] = [make_comment("already here", external_id="old")]
    CommentStore(db, conn).add_many([first], triage)
    _short_busy_timeout(monkeypatch, 200)
    changed: list[int] = []

    def rows() -> Iterator[NewComment]:
        for i in range(50):
            if i == 25:  # the window marks a comment resolved while the file is being read
                other = db.connect()
                try:
                    changed.append(CommentStore(db, other).set_status([1], Status.RESOLVED))
                finally:
                    other.close()
            yield make_comment(f"row {i}")

    result = store_import(db, conn, "x.csv", "h", rows(), triage)
    assert changed == [1]
    assert result.added == 50


def test_publishing_leaves_the_lock_free_between_short_batches(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Between two batches another connection can write (at once, without waiting)."""
    monkeypatch.setattr(imports_module, "FIRST_BATCH", 10)
    monkeypatch.setattr(imports_module, "MIN_BATCH", 10)
    monkeypatch.setattr(imports_module, "MAX_BATCH", 10)
    CommentStore(db, conn).add_many([make_comment("already here", external_id="old")], triage)
    _short_busy_timeout(monkeypatch, 0)
    seen: list[int] = []

    def gap(seconds: float) -> None:
        other = db.connect()
        try:
            CommentStore(db, other).set_status([1], (Status.RESOLVED, Status.NEW)[len(seen) % 2])
            seen.append(int(other.execute("SELECT count(*) FROM comments").fetchone()[0]))
        finally:
            other.close()

    monkeypatch.setattr(imports_module.time, "sleep", gap)
    result = store_import(
        db, conn, "x.csv", "h", [make_comment(f"r{i}") for i in range(45)], triage
    )
    assert result.added == 45
    assert seen == [11, 21, 31, 41]  # the comments of the batches published so far


def test_a_file_that_repeats_an_id_is_refused(
    db: Database, conn: sqlite3.Connection, make_comment: MakeComment, triage: Triage
) -> None:
    rows = [make_comment(f"row {i}", external_id=f"id-{i}") for i in range(5)]
    rows.append(make_comment("again", external_id="id-1"))
    with pytest.raises(ImportFileError) as caught:
        store_import(db, conn, "x.csv", "h", rows, triage)
    assert caught.value.summary == (
        "x.csv was not imported: the file repeats the id 'id-1' on rows 2 and 6. Each comment "
        "may appear only once; remove the repeats and import it again. Nothing was changed."
    )
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 0
    assert _imports(conn) == []
    assert list((db.path.parent / "imports").iterdir()) == []


def test_an_import_killed_while_reading_is_undone_next_time(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
) -> None:
    def rows() -> Iterator[NewComment]:
        yield make_comment("one")
        raise KeyboardInterrupt  # the process dies while staging

    # As if killed: the clean-up on the way out never ran, the claim names a dead process.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(imports_module, "_discard", lambda *args: None)
        with pytest.raises(KeyboardInterrupt):
            store_import(db, conn, "x.csv", "h", rows(), triage)
    _dead(conn)
    assert (db.path.parent / "imports" / "1.db").exists()
    assert imports_module.recover_imports(db, conn) == [
        "An interrupted import of x.csv was undone."
    ]
    assert _imports(conn) == []
    assert not (db.path.parent / "imports" / "1.db").exists()
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 0


def test_an_import_killed_while_publishing_is_completed_next_time(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(imports_module, "FIRST_BATCH", 10)
    monkeypatch.setattr(imports_module, "MIN_BATCH", 10)
    monkeypatch.setattr(imports_module, "MAX_BATCH", 10)

    def killed(seconds: float) -> None:
        raise KeyboardInterrupt  # dies after the first batch

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(imports_module.time, "sleep", killed)
        with pytest.raises(KeyboardInterrupt):
            store_import(db, conn, "x.csv", "h", [make_comment(f"r{i}") for i in range(25)], triage)
    _dead(conn)
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 10
    # The next import finishes the interrupted one first.
    monkeypatch.setattr(imports_module.time, "sleep", lambda seconds: None)
    store_import(db, conn, "y.csv", "h2", [make_comment("another")], triage)
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 26
    states = conn.execute("SELECT state, rows_total, rows_added FROM imports ORDER BY id")
    assert states.fetchall() == [("done", 25, 25), ("done", 1, 1)]
    assert list((db.path.parent / "imports").iterdir()) == []


def test_a_running_import_of_another_process_is_left_alone(
    db: Database, conn: sqlite3.Connection, make_comment: MakeComment, triage: Triage
) -> None:
    import os

    with db.transaction(conn):
        conn.execute(
            """INSERT INTO imports (file_name, sha256, imported_at, rows_total, rows_added,
                                    state, claimed_by)
               VALUES ('big.csv', 'h', '2026-05-01T12:00:00Z', 0, 0, 'staging', ?)""",
            (f"{claims.HOST}|{os.getppid()}|other",),
        )
    assert imports_module.recover_imports(db, conn) == []
    assert len(_imports(conn)) == 1


def _dead(conn: sqlite3.Connection) -> None:
    host = claims.HOST
    conn.execute("UPDATE imports SET claimed_by = ?", (f"{host}|{GONE_PID}|gone",))


def test_a_publish_that_cannot_go_on_says_the_rest_comes_later(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(imports_module, "FIRST_BATCH", 10)
    monkeypatch.setattr(imports_module, "MIN_BATCH", 10)
    monkeypatch.setattr(imports_module, "MAX_BATCH", 10)
    _short_busy_timeout(monkeypatch, 0)
    conn.close()
    conn = db.connect()  # with the short timeout
    other = sqlite3.connect(db.path, isolation_level=None)
    monkeypatch.setattr(imports_module.time, "sleep", lambda s: other.execute("BEGIN IMMEDIATE"))
    rows = [make_comment(f"r{i}") for i in range(25)]
    with pytest.raises(DatabaseLocked) as caught:
        store_import(db, conn, "x.csv", "h", rows, triage)
    assert str(caught.value).endswith(
        "x.csv was checked and is partly in the inbox; Feedback Desk adds the rest the next "
        "time it starts or imports a file."
    )
    other.execute("ROLLBACK")
    other.close()
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 10
    monkeypatch.setattr(imports_module.time, "sleep", lambda s: None)
    assert imports_module.recover_imports(db, conn) == [
        "An interrupted import of x.csv was completed."
    ]
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 25
    conn.close()


def test_a_big_files_rows_are_scored_beside_staging_and_publishing(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a TriagePool (a big file), rows are staged before their scores come back from
    the helper or are made here; every comment still gets exactly the score it would have
    been given row by row."""
    monkeypatch.setattr(imports_module, "FIRST_BATCH", 60)
    monkeypatch.setattr(imports_module, "MIN_BATCH", 60)
    monkeypatch.setattr(imports_module, "MAX_BATCH", 60)
    moods = (
        "Lovely cheesecake, thank you!",
        "The delivery was two hours late and nobody answered the phone.",
        "You are IDIOTS, worst shop EVER!!!",
        "Is the bakery open on Sunday?",
        "Not bad, but the coffee was cold.",
        "Das Brot war leider nicht frisch.",
        "",
    )
    comments = [
        make_comment(f"{moods[i % len(moods)]} ({i})", rating=(None, 1, 5)[i % 3])
        for i in range(700)
    ]
    monkeypatch.setattr(imports_module.LaterScores, "BATCH", 45)  # many batches,
    monkeypatch.setattr(imports_module.LaterScores, "IN_FLIGHT", 2)  # the helper often full
    with TriagePool(local=Triage()) as pool:
        gaps: list[float] = []
        monkeypatch.setattr(imports_module.time, "sleep", gaps.append)
        result = store_import(db, conn, "big.csv", "h", comments, pool)
    assert result.added == 700
    stored = conn.execute(
        "SELECT external_id, sentiment, severity_rank, first_severity_rank FROM comments"
    ).fetchall()
    expected = {}
    for comment in comments:
        verdict = triage.assess(comment.text, comment.rating)
        rank = verdict.severity.rank
        expected[comment.external_id] = (verdict.sentiment, rank, rank)
    assert {row[0]: row[1:] for row in stored} == expected
    assert len(gaps) == 700 // 60  # a pause between every two batches, as before
    assert not list((db.path.parent / imports_module.STAGING_FOLDER).iterdir())


def test_publishing_checkpoints_on_a_thread_of_its_own_and_pauses_long_now_and_then(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLite's own checkpoint (inside every commit) is off while publishing: the log is
    copied into the database by a thread of its own, every few seconds of holding a pause
    is long enough for SQLite's own waiting, and at the end the log's file is cut back.
    The connection's settings are as they were."""
    monkeypatch.setattr(imports_module, "FIRST_BATCH", 10)
    monkeypatch.setattr(imports_module, "MIN_BATCH", 10)
    monkeypatch.setattr(imports_module, "MAX_BATCH", 10)
    monkeypatch.setattr(imports_module, "CHECKPOINT_AFTER_HOLDING_S", 0.0)  # after each
    monkeypatch.setattr(imports_module, "LONG_GAP_AFTER_HOLDING_S", 1e9)  # never
    monkeypatch.setattr(imports_module, "WAL_KEPT_BYTES", 0)
    asked: list[int] = []
    real_ask = imports_module._Checkpoints.ask

    def ask(self: imports_module._Checkpoints) -> None:
        asked.append(conn.execute("SELECT count(*) FROM comments").fetchone()[0])
        real_ask(self)

    monkeypatch.setattr(imports_module._Checkpoints, "ask", ask)
    pauses: list[float] = []
    monkeypatch.setattr(imports_module.time, "sleep", pauses.append)
    said: list[str] = []
    conn.set_trace_callback(said.append)
    rows = [make_comment(f"r{i}") for i in range(35)]
    store_import(db, conn, "x.csv", "h", rows, triage)
    conn.set_trace_callback(None)
    assert asked == [10, 20, 30, 35]  # after every batch
    # This connection only checkpoints once, at the end, so the next write cuts the log.
    assert [s for s in said if "wal_checkpoint" in s] == ["PRAGMA main.wal_checkpoint(PASSIVE)"]
    assert len(pauses) == 3 and max(pauses) < imports_module.LONG_GAP_S
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert conn.execute("PRAGMA journal_size_limit").fetchone()[0] == -1
    assert conn.execute("PRAGMA main.cache_size").fetchone()[0] == -2000
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.stat().st_size < 3 * 4096
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 35
    assert not any(t.name == "import checkpoints" for t in threading.enumerate())

    monkeypatch.setattr(imports_module, "LONG_GAP_AFTER_HOLDING_S", 0.0)  # every pause
    pauses.clear()
    store_import(db, conn, "y.csv", "h2", [make_comment(f"s{i}") for i in range(25)], triage)
    assert len(pauses) == 2 and min(pauses) > imports_module.LONG_GAP_S - 0.005


class _Helper(TriagePool):
    """A helper that has scored every batch by the time it is handed one (`ahead`), or
    never gets to any; what this process scored itself is counted."""

    def __init__(self, triage: Triage, ahead: bool) -> None:
        self._triage, self._ahead = triage, ahead
        self.here = 0

    def submit(self, batch: list[tuple[str, int | None]]) -> Future[list[tuple[float, int]]]:
        future: Future[list[tuple[float, int]]] = Future()
        if self._ahead:
            future.set_result(batch_scores(self._triage, batch))
        return future

    def score_here(self, batch: list[tuple[str, int | None]]) -> list[tuple[float, int]]:
        self.here += len(batch)
        return batch_scores(self._triage, batch)


@pytest.mark.parametrize("ahead", [True, False])
def test_the_pause_is_spent_scoring_only_when_the_helper_is_behind(
    tmp_path: Path,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
    ahead: bool,
) -> None:
    """At a million comments publishing is the slower of the two: scoring here in its
    pauses only slowed it. Rows are scored here while the helper's scores are not yet well
    ahead of what was published."""
    monkeypatch.setattr(imports_module.LaterScores, "BATCH", 10)
    monkeypatch.setattr(imports_module.LaterScores, "IN_FLIGHT", 3)
    monkeypatch.setattr(imports_module.LaterScores, "AHEAD", 25)
    monkeypatch.setattr(imports_module.time, "sleep", lambda s: None)
    helper = _Helper(triage, ahead)
    scores = imports_module.LaterScores(tmp_path / "1.db", helper)
    staged = sqlite3.connect(tmp_path / "1.db", isolation_level=None)
    staged.execute(imports_module.STAGED_TABLE)
    staged.execute(imports_module.SCORES_TABLE.format(schema=""))
    staged.execute("BEGIN")
    comments = [make_comment(f"r{i}") for i in range(100)]
    assert scores.stage(staged, comments, "2026-05-01T12:00:00Z") == 100
    staged.execute("COMMIT")
    staged.close()
    scores.work_for(0.05, published=0)
    scores.close()
    assert (helper.here == 0) is ahead


def _name_index(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'comments_by_author'")
    found = row.fetchone()
    return None if found is None else str(found[0])


def _small_batches(monkeypatch: pytest.MonkeyPatch, rebuild_from: int) -> None:
    monkeypatch.setattr(imports_module, "FIRST_BATCH", 10)
    monkeypatch.setattr(imports_module, "MIN_BATCH", 10)
    monkeypatch.setattr(imports_module, "MAX_BATCH", 10)
    monkeypatch.setattr(imports_module, "REBUILD_NAME_INDEX_FROM", rebuild_from)


@contextlib.contextmanager
def _name_index_between_batches(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[str | None]]:
    """The index of names as another connection sees it in each pause between batches."""
    seen: list[str | None] = []
    other = db.connect()

    def pause(self: object, seconds: float, published: int) -> None:
        seen.append(_name_index(other))

    monkeypatch.setattr(imports_module.LaterScores, "work_for", pause)
    try:
        yield seen
    finally:
        other.close()


def test_a_big_import_builds_the_index_of_names_once_at_the_end(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _name_index(conn)
    assert before == "CREATE INDEX comments_by_author ON comments (author COLLATE NOCASE, id)"
    _small_batches(monkeypatch, rebuild_from=20)
    rows = [make_comment(f"r{i}", author=f"Customer {i % 7}") for i in range(25)]
    with _name_index_between_batches(db, monkeypatch) as seen:
        assert store_import(db, conn, "x.csv", "h", rows, triage).added == 25
    assert seen == [None, None]  # published without it
    assert _name_index(conn) == before  # the same index again, with every row
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM comments ORDER BY author COLLATE NOCASE, id"
    ).fetchall()
    assert "comments_by_author" in str(plan)
    by_name = CommentStore(db, conn).page(InboxFilter(sort=InboxSort.AUTHOR), limit=5)
    assert [c.author for c in by_name] == ["Customer 0"] * 4 + ["Customer 1"]


def test_a_small_import_or_a_big_inbox_keeps_the_index_of_names(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _small_batches(monkeypatch, rebuild_from=30)
    with _name_index_between_batches(db, monkeypatch) as seen:
        rows = [make_comment(f"a{i}") for i in range(25)]
        store_import(db, conn, "small.csv", "h1", rows, triage)
        # Big enough, but the inbox would then hold more than building it again is worth.
        monkeypatch.setattr(imports_module, "REBUILD_NAME_INDEX_UP_TO", 50)
        rows = [make_comment(f"b{i}") for i in range(30)]
        store_import(db, conn, "big.csv", "h2", rows, triage)
    assert len(seen) == 2 + 2 and None not in seen
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 55


@pytest.mark.expect_warnings(r"import 2: its staging file is gone")
def test_the_index_of_names_is_back_after_an_import_killed_without_it(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _name_index(conn)
    _small_batches(monkeypatch, rebuild_from=20)

    def killed(seconds: float) -> None:
        raise KeyboardInterrupt  # dies after the first batch

    for name in ("x.csv", "y.csv"):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(imports_module.time, "sleep", killed)
            with pytest.raises(KeyboardInterrupt):
                rows = [make_comment(f"{name}{i}") for i in range(25)]
                store_import(db, conn, name, name, rows, triage)
        _dead(conn)
        assert _name_index(conn) is None
        if name == "y.csv":  # and its staging file lost with the computer's disk
            (db.path.parent / "imports" / "2.db").unlink()
        monkeypatch.setattr(imports_module.time, "sleep", lambda seconds: None)
        imports_module.recover_imports(db, conn)
        assert _name_index(conn) == before
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 25 + 10


def test_an_import_staged_by_an_older_version_is_completed_the_same(
    db: Database,
    conn: sqlite3.Connection,
    make_comment: MakeComment,
    triage: Triage,
) -> None:
    """An older version staged every column (and kept no scores table); killed while
    publishing, its import is completed as this version would have stored the rows."""
    comments = [make_comment(f"The order was {i} days late.", rating=2) for i in range(3)]
    store_import(db, conn, "now.csv", "h1", comments, triage)
    columns = "platform, external_id, author, text, created_at, url, rating, sentiment, " + (
        "severity_rank, fetched_at, account_id, first_rating, first_severity_rank"
    )
    stored = conn.execute(f"SELECT {columns} FROM comments ORDER BY id").fetchall()
    with db.transaction(conn):
        conn.execute("DELETE FROM comments")
        conn.execute(
            """INSERT INTO imports (file_name, sha256, imported_at, rows_total, rows_added,
                                    state, claimed_by)
               VALUES ('old.csv', 'h2', '2026-05-01T12:00:00Z', 3, 0, 'publishing', NULL)"""
        )
    staged = sqlite3.connect(imports_module.staging_path(db, 2))
    staged.execute(imports_module.STAGED_TABLE)
    staged.executemany(  # the older version's order: every column of comments it fills
        """INSERT INTO staged (platform, account_id, external_id, author, text, created_at,
                url, rating, sentiment, severity_rank, imported_from, fetched_at,
                first_rating, first_severity_rank)
            VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?)""",
        [row[:10] + row[11:] for row in stored],
    )
    staged.commit()
    staged.close()
    assert imports_module.recover_imports(db, conn) == [
        "An interrupted import of old.csv was completed."
    ]
    assert conn.execute(f"SELECT {columns} FROM comments ORDER BY id").fetchall() == stored
    assert conn.execute("SELECT DISTINCT imported_from FROM comments").fetchall() == [(2,)]


def test_an_index_of_names_left_missing_is_built_when_no_import_is_publishing(
    db: Database, conn: sqlite3.Connection, make_comment: MakeComment, triage: Triage
) -> None:
    """As an older version of the app leaves it after completing an import this one began."""
    before = _name_index(conn)
    store_import(db, conn, "x.csv", "h", [make_comment("one")], triage)
    with db.transaction(conn):
        conn.execute("DROP INDEX comments_by_author")
        conn.execute("UPDATE imports SET state = 'publishing'")  # another process's, running
    claim = conn.execute("SELECT claimed_by FROM imports").fetchone()[0]
    with db.transaction(conn):
        conn.execute("UPDATE imports SET claimed_by = ?", (f"{claims.HOST}|{os.getppid()}|x",))
    imports_module.recover_imports(db, conn)
    assert _name_index(conn) is None  # it builds the index when it ends
    with db.transaction(conn):
        conn.execute("UPDATE imports SET state = 'done', claimed_by = ?", (claim,))
    imports_module.recover_imports(db, conn)
    assert _name_index(conn) == before
