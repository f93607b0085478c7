"""A kill -9 during a big import leaves the earlier comments and a consistent search index
(issue 14).

    .venv/bin/python -m bench.bench_import_kill [--rows 1000000] [--base 10000]
        [--after 2 10 30] [--publishing 3] [--work DIR]

A home gets BASE comments by `feedback-desk import`; their count, a digest of every stored
comment and the results of a few searches are noted. Then, for each point, a
`feedback-desk import` of ROWS other comments runs as a child process and is killed with
SIGKILL after that many seconds (--after); --publishing S kills one S seconds after it
started publishing (the staged file was checked, batches are being committed). After
each kill, in a fresh process:
  - PRAGMA integrity_check and FTS5's 'integrity-check' are clean;
  - killed while reading and scoring (staging): the comment count, the digest of every
    comment and the searches are the same as before; the next start (recover_imports)
    undoes the interrupted import and still nothing changed;
  - killed while publishing: the earlier comments are all there and unchanged, the search
    index agrees with the comments, and the next start completes the import: every row of
    the file is in, once, and the searches find the earlier comments as before.
  - either way, the next start leaves the same tables and indexes as before.
Each point prints met/MISSED. --work DIR keeps the CSVs (a million rows take a while to
write); the homes are made afresh in it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from feedback_desk.store import open_database
from feedback_desk.store.comments import CommentStore, InboxFilter, fts_query
from feedback_desk.store.imports import recover_imports
from feedback_desk.store.schema import search_id_sql

from .fake_inbox import write_csv

ROOT = Path(__file__).resolve().parent.parent
SEARCHES = ("cheesecake", "refund", "Priya Khan", "sourd", "the")


def fingerprint(home: Path) -> dict[str, object]:
    """What must survive a kill: the count, a digest of every comment, some searches."""
    conn = sqlite3.connect(home / "feedback.db")
    try:
        digest = hashlib.sha256()
        for row in conn.execute(
            """SELECT id, platform, external_id, author, text, created_at, sentiment,
                      severity_rank, status FROM comments ORDER BY id"""
        ):
            digest.update(repr(row).encode())
        count = conn.execute("SELECT count(*) FROM comments").fetchone()[0]
        last = conn.execute("SELECT coalesce(max(id), 0) FROM comments").fetchone()[0]
    finally:
        conn.close()
    return {"count": count, "digest": digest.hexdigest(), "last": last}


def digest_upto(home: Path, last: int) -> str:
    conn = sqlite3.connect(home / "feedback.db")
    try:
        digest = hashlib.sha256()
        for row in conn.execute(
            """SELECT id, platform, external_id, author, text, created_at, sentiment,
                      severity_rank, status FROM comments WHERE id <= ? ORDER BY id""",
            (last,),
        ):
            digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def searches(home: Path, last: int | None = None) -> dict[str, object]:
    """Each search's matches among the comments up to id `last` (all when None), read
    through the search index; with `last` None also the inbox's first page of it."""
    db = open_database(home)
    conn = db.connect()
    try:
        store = CommentStore(db, conn)
        found: dict[str, object] = {}
        for term in SEARCHES:
            match = fts_query(term)
            found[term] = [
                r[0]
                for r in conn.execute(
                    f"""SELECT c.id FROM comments_fts JOIN comments c
                          ON c.id = {search_id_sql("comments_fts.rowid")}
                        WHERE comments_fts MATCH ? AND c.id <= ? ORDER BY c.id""",
                    (match, last if last is not None else 1 << 62),
                )
            ]
            if last is None:
                page = store.page(InboxFilter(search=term), limit=200)
                found[f"{term} (first page)"] = [row.id for row in page]
        return found
    finally:
        conn.close()


def checks(home: Path) -> tuple[str, str]:
    conn = sqlite3.connect(home / "feedback.db")
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        try:
            conn.execute(
                "INSERT INTO comments_fts (comments_fts, rank) VALUES ('integrity-check', 1)"
            )
            fts = "ok"
        except sqlite3.Error as error:
            fts = str(error)
    finally:
        conn.close()
    return integrity, fts


def schema(home: Path) -> list[tuple[str, str, str]]:
    """The database's tables, indexes, triggers and views (a big import drops the index of
    names while publishing and builds it at the end: store/imports.py)."""
    conn = sqlite3.connect(home / "feedback.db")
    try:
        return conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    finally:
        conn.close()


def state(home: Path) -> str:
    conn = sqlite3.connect(home / "feedback.db", timeout=5)
    try:
        row = conn.execute("SELECT state FROM imports ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else ""
    except sqlite3.Error:
        return ""
    finally:
        conn.close()


def app(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "feedback_desk", "--home", str(home), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its scoring helper with it, as one kill -9 of the app
    )


def kill(child: subprocess.Popen[str]) -> None:
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    if child.stdout:
        child.stdout.close()
    if child.stderr:
        child.stderr.close()


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def one_point(
    base_home: Path, home: Path, big: Path, rows: int, after: float, publishing: bool
) -> bool:
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(base_home, home)
    before = fingerprint(home)
    schema_before = schema(home)
    found_before = searches(home)
    base_found = searches(home, int(str(before["last"])))
    child = app(home, "import", str(big))
    started = time.monotonic()
    if publishing:
        while child.poll() is None and state(home) != "publishing":
            time.sleep(0.2)
        started = time.monotonic()
    while child.poll() is None and time.monotonic() - started < after:
        time.sleep(0.05)
    if child.poll() is not None:
        print(f"  the import ended before the kill (exit {child.returncode}): nothing to check")
        return False
    phase = state(home)
    kill(child)
    what = f"{'publishing ' if publishing else ''}{after:g} s"
    integrity, fts = checks(home)
    now = fingerprint(home)
    ok_checks = integrity == "ok" and fts == "ok"
    if phase != "publishing":
        same = now == before and searches(home) == found_before
        ok = ok_checks and same
        print(
            f"kill -9 at {what:<15} ({phase}): {now['count']:,} comments (before "
            f"{before['count']:,}), every comment {'unchanged' if same else 'CHANGED'}, "
            f"integrity {integrity}, search index {fts}: {verdict(ok)}",
            flush=True,
        )
    else:
        kept = digest_upto(home, int(str(before["last"]))) == before["digest"]
        ok = ok_checks and kept
        print(
            f"kill -9 at {what:<15} ({phase}): {now['count']:,} comments (before "
            f"{before['count']:,}, {int(str(now['count'])) - int(str(before['count'])):,} of the "
            f"file published), the earlier ones {'unchanged' if kept else 'CHANGED'}, integrity "
            f"{integrity}, search index {fts}: {verdict(ok)}",
            flush=True,
        )
    # The next start finishes or undoes it.
    db = open_database(home)
    conn = db.connect()
    try:
        done = recover_imports(db, conn)
    finally:
        conn.close()
    integrity, fts = checks(home)
    after_recovery = fingerprint(home)
    same_schema = schema(home) == schema_before
    if phase != "publishing":
        final = (
            after_recovery == before and integrity == "ok" and fts == "ok" and state(home) == "done"
        )
        said = f"{after_recovery['count']:,} comments, as before"
    else:
        expected = int(str(before["count"])) + rows
        final = (
            after_recovery["count"] == expected
            and digest_upto(home, int(str(before["last"]))) == before["digest"]
            and searches(home, int(str(before["last"]))) == base_found
            and integrity == "ok"
            and fts == "ok"
        )
        said = f"{after_recovery['count']:,} comments (expected {expected:,})"
    final = final and same_schema
    print(
        f"  next start: {' '.join(done) or 'nothing to do'} {said}, integrity {integrity}, "
        f"search index {fts}, tables and indexes {'as before' if same_schema else 'CHANGED'}: "
        f"{verdict(final)}",
        flush=True,
    )
    return ok and final


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--base", type=int, default=10_000)
    parser.add_argument("--after", type=float, nargs="*", default=[2, 10, 30])
    parser.add_argument("--publishing", type=float, nargs="*", default=[3])
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="feedback-desk-kill-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        base_csv = work / f"kill-base-{args.base}.csv"
        if not base_csv.exists():
            write_csv(base_csv, args.base)
        big = work / f"kill-big-{args.rows}.csv"
        if not big.exists():
            # Other ids than the base's, so that every row of the big file is new.
            write_csv(work / "kill-big.tmp", args.rows)
            with (
                (work / "kill-big.tmp").open(encoding="utf-8") as source,
                big.open("w", encoding="utf-8") as target,
            ):
                for line in source:
                    target.write(line.replace("bench-", "big-", 1))
            (work / "kill-big.tmp").unlink()
        base_home = work / "kill-base-home"
        shutil.rmtree(base_home, ignore_errors=True)
        child = app(base_home, "import", str(base_csv))
        _, err = child.communicate()
        if child.returncode:
            raise SystemExit(err)
        print(
            f"{args.base:,} comments imported first; then an import of {args.rows:,} "
            f"({big.stat().st_size / 1e6:.0f} MB) killed with SIGKILL:",
            flush=True,
        )
        home = work / "kill-home"
        results = [one_point(base_home, home, big, args.rows, s, False) for s in args.after]
        results += [one_point(base_home, home, big, args.rows, s, True) for s in args.publishing]
        print(
            f"kill -9 during a {args.rows:,}-comment import leaves the earlier comments and a "
            f"consistent search index: {verdict(all(results))} ({sum(results)} of "
            f"{len(results)} points)"
        )
        shutil.rmtree(home, ignore_errors=True)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
