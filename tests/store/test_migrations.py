"""Upgrading a database written by an earlier version keeps everything, after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from feedback_desk.store import open_database
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
    assert conn.execute(
        "SELECT rowid FROM comments_fts WHERE comments_fts MATCH 'coffee'"
    ).fetchall() == [(1,)]
    conn.close()
    backups = list((home / "backups").glob("feedback-v1-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT count(*) FROM comments").fetchone()[0] == 1
    copy.close()
