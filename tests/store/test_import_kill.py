"""A real kill -9 of `feedback-desk import`: the database stays as it was (or, killed while
publishing, holds whole committed batches), integrity and the search index check clean, and
the next start undoes or completes the import. bench/bench_import_kill.py does the same at a
million comments."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from feedback_desk.cli import main as cli_main
from feedback_desk.store import open_database
from feedback_desk.store.comments import fts_query
from feedback_desk.store.imports import recover_imports
from feedback_desk.store.schema import search_id_sql

ROOT = Path(__file__).resolve().parents[2]
ROWS = 3000
BATCH = 1000

# The child imports the file and kills itself with SIGKILL at the chosen moment:
#   staging     after reading and scoring 1,500 rows (nothing published yet);
#   committing  inside the second batch's transaction, its rows and index entries written
#               but not committed (the first batch is committed);
#   unscored    the same, for a big file's import, whose later rows are not scored yet.
CHILD = """
import os, signal, sys
from feedback_desk.cli import main
import feedback_desk.store.imports as imports
home, path, moment = sys.argv[1:4]
imports.FIRST_BATCH = imports.MIN_BATCH = imports.MAX_BATCH = int(sys.argv[4])
if moment == "staging":
    stage = imports._stage
    def counted(db, path, comments, *rest):
        def rows():
            for number, comment in enumerate(comments):
                if number == 1500:
                    os.kill(os.getpid(), signal.SIGKILL)
                yield comment
        return stage(db, path, rows(), *rest)
    imports._stage = counted
else:
    if moment == "unscored":
        # A big file's way (scores made beside staging and publishing), with the helper
        # never sent a row: each batch is scored here just before it is published, so the
        # rows after the second batch are still without a score when it is killed.
        import feedback_desk.sources.file_import as file_import
        file_import.PARALLEL_TRIAGE_BYTES = 0
        imports.LaterScores._feed = lambda self, conn: None
        imports.LaterScores.work_for = lambda self, seconds, published: None
    deferred = imports.search_index_deferred
    batches = []
    class killing:
        def __init__(self, conn):
            self.inner = deferred(conn)
        def __enter__(self):
            return self.inner.__enter__()
        def __exit__(self, *exc):
            self.inner.__exit__(*exc)  # the batch's index entries are written
            batches.append(1)
            if len(batches) == 2:
                os.kill(os.getpid(), signal.SIGKILL)  # before its transaction commits
    imports.search_index_deferred = killing
    imports.time.sleep = lambda seconds: None
main(["--home", home, "import", path])
"""


def _write(path: Path, prefix: str, count: int) -> Path:
    words = ("cheesecake", "refund", "late delivery", "lovely staff", "idiots", "sourdough")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["platform", "external_id", "author", "text", "created_at", "rating"])
        for i in range(count):
            writer.writerow(
                [
                    "google",
                    f"{prefix}-{i}",
                    f"Ann {i % 97}",
                    f"The {words[i % len(words)]} number {i}",
                    f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00Z",
                    1 + i % 5,
                ]
            )
    return path


def _state(home: Path) -> tuple[int, str, list[list[int]], str, str]:
    conn = sqlite3.connect(home / "feedback.db")
    try:
        count = conn.execute("SELECT count(*) FROM comments").fetchone()[0]
        rows = conn.execute(
            "SELECT id, external_id, text, sentiment, severity_rank FROM comments ORDER BY id"
        ).fetchall()
        found = [
            [
                r[0]
                for r in conn.execute(
                    f"""SELECT c.id FROM comments_fts JOIN comments c
                          ON c.id = {search_id_sql("comments_fts.rowid")}
                        WHERE comments_fts MATCH ? ORDER BY c.id""",
                    (fts_query(term),),
                )
            ]
            for term in ("cheesecake", "refund", "Ann 5", "idiot")
        ]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        try:
            conn.execute(
                "INSERT INTO comments_fts (comments_fts, rank) VALUES ('integrity-check', 1)"
            )
            fts = "ok"
        except sqlite3.Error as error:  # pragma: no cover - the failure being tested for
            fts = str(error)
    finally:
        conn.close()
    return count, repr(rows), found, integrity, fts


def _import_killed(home: Path, path: Path, moment: str) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(home), str(path), moment, str(BATCH)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert child.returncode == -signal.SIGKILL, child.stderr


def _recover(home: Path) -> list[str]:
    db = open_database(home)
    conn = db.connect()
    try:
        return recover_imports(db, conn)
    finally:
        conn.close()


@pytest.fixture
def base(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert cli_main(["--home", str(home), "import", str(_write(tmp_path / "a.csv", "a", 500))]) == 0
    return home


def test_killed_while_reading_the_database_is_as_before(base: Path, tmp_path: Path) -> None:
    before = _state(base)
    _import_killed(base, _write(tmp_path / "b.csv", "b", ROWS), "staging")
    assert _state(base) == before
    assert before[3:] == ("ok", "ok")
    assert _recover(base) == ["An interrupted import of b.csv was undone."]
    assert _state(base) == before
    assert list((base / "imports").iterdir()) == []


def test_killed_inside_a_publishing_transaction_keeps_whole_batches(
    base: Path, tmp_path: Path
) -> None:
    before = _state(base)
    big = _write(tmp_path / "b.csv", "b", ROWS)
    _import_killed(base, big, "committing")
    count, rows, _, integrity, fts = _state(base)
    # The first batch is in; the second, killed before its commit, left nothing behind.
    assert (count, integrity, fts) == (before[0] + BATCH, "ok", "ok")
    assert rows.startswith(before[1][:-1])  # the earlier comments, unchanged
    assert _recover(base) == ["An interrupted import of b.csv was completed."]
    count, rows, found, integrity, fts = _state(base)
    assert (count, integrity, fts) == (before[0] + ROWS, "ok", "ok")
    assert rows.startswith(before[1][:-1])
    # The searches find the earlier comments as before, and the new ones once each.
    for old, new in zip(before[2], found, strict=True):
        assert [i for i in new if i <= before[0]] == old
        assert len(new) == len(set(new)) > len(old)


def test_killed_before_every_row_was_scored_completes_with_the_same_scores(
    base: Path, tmp_path: Path
) -> None:
    # The same file imported whole, for the scores every comment must end up with.
    whole = tmp_path / "whole"
    big = _write(tmp_path / "b.csv", "b", ROWS)
    assert cli_main(["--home", str(whole), "import", str(big)]) == 0
    before = _state(base)
    _import_killed(base, big, "unscored")
    staged = sqlite3.connect(next((base / "imports").glob("*.db")))
    try:
        unscored = staged.execute(
            """SELECT count(*) FROM staged AS s LEFT JOIN scores AS c ON c.row = s.rowid
               WHERE s.sentiment IS NULL AND c.row IS NULL"""
        )
        assert unscored.fetchone()[0] == ROWS - 2 * BATCH
    finally:
        staged.close()
    assert _state(base)[0] == before[0] + BATCH
    assert _recover(base) == ["An interrupted import of b.csv was completed."]
    count, _, _, integrity, fts = _state(base)
    assert (count, integrity, fts) == (before[0] + ROWS, "ok", "ok")
    assert _scores(base, "b-") == _scores(whole, "b-")


def _scores(home: Path, prefix: str) -> list[tuple[str, float, int, int]]:
    conn = sqlite3.connect(home / "feedback.db")
    try:
        return conn.execute(
            """SELECT external_id, sentiment, severity_rank, first_severity_rank FROM comments
               WHERE external_id LIKE ? ORDER BY external_id""",
            (prefix + "%",),
        ).fetchall()
    finally:
        conn.close()
