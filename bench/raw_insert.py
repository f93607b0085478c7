"""Baseline: raw sqlite3.executemany of prepared rows into the app's schema (no parsing,
no scoring). Prints seconds spent inserting and committing."""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from feedback_desk.store import open_database


def main(home: str, csv_path: str) -> None:
    db = open_database(Path(home))
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
    print(time.perf_counter() - started)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
