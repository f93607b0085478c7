"""Baselines for the import benchmark. Each prints the seconds it spent.

    python -m bench.raw_insert minimal DIR FILE.csv   (issue 14's baseline)
    python -m bench.raw_insert schema  DIR FILE.csv   (the app's own schema, no parse)

minimal: a minimal raw SQLite import of the same CSV, parse included: csv.DictReader
    reads the file inside the timing, one table with the comment's columns, an FTS5
    external-content table over text and author (the default tokenizer) filled by a plain
    AFTER INSERT trigger, one transaction, one executemany. No checks, no scoring, no
    staging, no search-key order, no extra indexes: what SQLite itself costs.
schema: sqlite3.executemany of rows prepared before the timing (no parse, no scoring)
    into the app's own schema (its indexes, triggers and full-text index).

The database is created in DIR (which must not exist yet); the caller removes it.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import time
from pathlib import Path

MINIMAL_SCHEMA = """
CREATE TABLE comments (
    id INTEGER PRIMARY KEY, platform TEXT, external_id TEXT, author TEXT, text TEXT,
    created_at TEXT, url TEXT, rating INTEGER);
CREATE VIRTUAL TABLE comments_fts USING fts5 (
    text, author, content='comments', content_rowid='id');
CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
    INSERT INTO comments_fts (rowid, text, author) VALUES (new.id, new.text, new.author);
END;
"""


def minimal(home: Path, csv_path: str) -> float:
    home.mkdir(parents=True)
    conn = sqlite3.connect(home / "raw.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")  # as the app's database
    conn.executescript(MINIMAL_SCHEMA)
    started = time.perf_counter()
    with open(csv_path, encoding="utf-8", newline="") as handle:
        rows = (
            (
                r["platform"],
                r["external_id"],
                r["author"],
                r["text"],
                r["created_at"],
                r["url"],
                int(r["rating"]) if r["rating"] else None,
            )
            for r in csv.DictReader(handle)
        )
        conn.execute("BEGIN")
        conn.executemany(
            """INSERT INTO comments (platform, external_id, author, text, created_at, url,
               rating) VALUES (?,?,?,?,?,?,?)""",
            rows,
        )
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def schema(home: Path, csv_path: str) -> float:
    from feedback_desk.store import open_database

    db = open_database(home)
    with open(csv_path, encoding="utf-8", newline="") as handle:
        rows = [
            (
                r["platform"],
                None,
                r["external_id"],
                r["author"],
                r["text"],
                r["created_at"],
                r["url"],
                int(r["rating"]) if r["rating"] else None,
                0.0,
                1,
                None,
                "2026-11-25T00:00:00Z",
            )
            for r in csv.DictReader(handle)
        ]
    conn = db.connect()
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        """INSERT INTO comments (platform, account_id, external_id, author, text, created_at,
           url, rating, sentiment, severity_rank, imported_from, fetched_at)
           VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
        rows,
    )
    conn.execute("COMMIT")
    return time.perf_counter() - started


def main(kind: str, home: str, csv_path: str) -> None:
    run = {"minimal": minimal, "schema": schema}[kind]
    print(run(Path(home), csv_path))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
