"""Upgrading a database written by an earlier version keeps everything, after a backup."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from feedback_desk.store import open_database
from feedback_desk.store.comments import MATCHING_IDS, CommentStore, InboxFilter
from feedback_desk.store.schema import LATEST_VERSION, MIGRATIONS
from tests.conftest import FakeClock


def test_a_version_1_database_is_backed_up_then_upgraded_with_its_comments(
    tmp_path: Path, clock: FakeClock
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    old = sqlite3.connect(home / "feedback.db")
    old.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    old.execute(
        """INSERT INTO comments (platform, external_id, author, text, created_at, sentiment,
           severity_rank, fetched_at) VALUES ('facebook', 'c1', 'Ann', 'Cold coffee',
           '2026-05-01T10:00:00Z', -0.4, 1, '2026-05-01T10:00:00Z')"""
    )
    old.commit()
    old.close()

    db = open_database(home, clock)
    conn = db.connect()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("SELECT author, text, can_reply_privately FROM comments").fetchall() == [
        ("Ann", "Cold coffee", None)
    ]
    assert conn.execute(MATCHING_IDS, ("coffee",)).fetchall() == [(1,)]
    conn.close()
    backups = list((home / "backups").glob("feedback-v1-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT count(*) FROM comments").fetchone()[0] == 1
    copy.close()


def _version_6_with_comments(home: Path, count: int) -> list[int]:
    """A database as version 6 left it, comments arriving in another order than they were
    written (ties included). Returns the ids newest written first."""
    home.mkdir()
    old = sqlite3.connect(home / "feedback.db")
    for number, script in enumerate(MIGRATIONS[:6], start=1):
        old.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    old.executemany(
        """INSERT INTO comments (platform, external_id, author, text, created_at, sentiment,
           severity_rank, fetched_at) VALUES ('google', ?, ?, ?, ?, 0, 2, '2026-05-01Z')""",
        (
            (
                f"c{n}",
                f"Ann {n % 7}",
                f"Cold coffee number {n}" if n % 3 else f"Lovely cake {n}",
                f"2026-{1 + (n * 7) % 12:02d}-{1 + n % 28:02d}T10:00:{(n % 5):02d}Z",
            )
            for n in range(count)
        ),
    )
    old.commit()
    newest_first = [
        r[0]
        for r in old.execute(
            "SELECT c.id FROM comments_fts JOIN comments c ON c.id = comments_fts.rowid "
            "WHERE comments_fts MATCH 'coffee' ORDER BY c.created_at DESC, c.id DESC"
        )
    ]
    old.close()
    return newest_first


def test_version_6_is_upgraded_to_a_search_index_in_time_order(
    tmp_path: Path, clock: FakeClock
) -> None:
    home = tmp_path / "home"
    newest_first = _version_6_with_comments(home, 3000)
    db = open_database(home, clock)
    conn = db.connect()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.execute("INSERT INTO comments_fts (comments_fts) VALUES ('integrity-check')")
    assert conn.execute("SELECT count(*) FROM comments_fts").fetchone()[0] == 3000
    store = CommentStore(db, conn)
    assert store.search_keys_in_order()
    shown = store.comments(InboxFilter(search="coffee"))
    assert [c.id for c in shown] == newest_first
    # What the old index found by the words, the new one finds too (and only that).
    assert sorted(r[0] for r in conn.execute(MATCHING_IDS, ('"cold"* "cof"*',))) == sorted(
        newest_first
    )
    conn.close()
    assert list((home / "backups").glob("feedback-v6-*.db"))
    assert _automerge(db.path) == 8  # migration 8


def _automerge(path: Path) -> object:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT v FROM comments_fts_config WHERE k = 'automerge'").fetchone()
        return None if row is None else row[0]
    finally:
        conn.close()


def test_the_search_index_merges_its_segments_eight_at_a_time(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Migration 8: FTS5 merges its segments when 8 of a size pile up, not 4 (a big import
    rewrites each entry fewer times); searches find the same."""
    db = open_database(tmp_path / "new", clock)
    assert _automerge(db.path) == 8


CHILD = """
import sys
from pathlib import Path
from feedback_desk.store import database
real_backup = database._backup
def backup_then_stop_midway(db, conn, version):
    made = real_backup(db, conn, version)
    calls = []
    def handler():
        calls.append(1)
        if len(calls) == 50:  # well inside migration 7's one transaction
            print("migrating", flush=True)
            sys.stdin.readline()  # killed here
        return 0
    conn.set_progress_handler(handler, 100)
    return made
database._backup = backup_then_stop_midway
database.open_database(Path(sys.argv[1]))
print("finished", flush=True)
"""


def test_a_kill_during_the_upgrade_leaves_version_6_as_it_was(
    tmp_path: Path, clock: FakeClock
) -> None:
    home = tmp_path / "home"
    newest_first = _version_6_with_comments(home, 3000)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(home)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "migrating"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)

    raw = sqlite3.connect(home / "feedback.db")
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 6
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.execute("INSERT INTO comments_fts (comments_fts) VALUES ('integrity-check')")
    assert raw.execute("SELECT count(*) FROM comments").fetchone()[0] == 3000
    found = raw.execute("SELECT rowid FROM comments_fts WHERE comments_fts MATCH 'coffee'")
    assert sorted(r[0] for r in found) == sorted(newest_first)  # still keyed by id
    assert (
        raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'comments_search'").fetchone()[
            0
        ]
        == 0
    )
    raw.close()

    db = open_database(home, clock)  # the next start upgrades it
    conn = db.connect()
    assert [c.id for c in CommentStore(db, conn).comments(InboxFilter(search="coffee"))] == (
        newest_first
    )
    conn.close()
