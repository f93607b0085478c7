"""The search index follows the comments: a deleted comment leaves the index too (the
comments_fts_delete trigger in store/schema.py), so it is never found, and the index stays
exactly the comments there are."""

from __future__ import annotations

import sqlite3

from feedback_desk.core.triage import Triage
from feedback_desk.store.comments import CommentStore, InboxFilter
from tests.conftest import MakeComment


def indexed(conn: sqlite3.Connection, word: str) -> int:
    """How many entries of the index itself hold the word (whatever the comments table says)."""
    return int(
        conn.execute(
            "SELECT count(*) FROM comments_fts WHERE comments_fts MATCH ?", (word,)
        ).fetchone()[0]
    )


def index_matches_the_comments(conn: sqlite3.Connection) -> None:
    """FTS5's own check against its content (rank 1): raises when an entry is stale."""
    conn.execute("INSERT INTO comments_fts (comments_fts, rank) VALUES ('integrity-check', 1)")


def test_a_deleted_comment_leaves_the_search_index(
    store: CommentStore, conn: sqlite3.Connection, make_comment: MakeComment, triage: Triage
) -> None:
    store.add_many(
        [
            make_comment("The zucchini bread was stale.", author="Ann Lee"),
            make_comment("The zucchini soup was cold.", author="Bob Stone"),
            make_comment("Lovely rye, thank you."),
        ],
        triage,
    )
    found = {c.author: c.id for c in store.comments(InboxFilter(search="zucchini"))}
    assert set(found) == {"Ann Lee", "Bob Stone"}
    assert indexed(conn, "zucchini") == 2 and indexed(conn, "stale") == 1

    with conn:
        conn.execute("DELETE FROM comments WHERE id = ?", (found["Ann Lee"],))

    assert [c.author for c in store.comments(InboxFilter(search="zucchini"))] == ["Bob Stone"]
    assert store.comments(InboxFilter(search="stale")) == []
    assert store.comments(InboxFilter(search="Ann")) == []  # the author's name too
    assert indexed(conn, "zucchini") == 1
    assert indexed(conn, "stale") == 0 and indexed(conn, "ann") == 0
    index_matches_the_comments(conn)
