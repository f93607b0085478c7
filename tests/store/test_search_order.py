"""Searches listed by the full-text index's own order (its rowid is a search key, newest
written first: store/schema.py, migration 7) list exactly what sorting the matches by
(created_at, id) listed before: the same comments in the same order, page after page,
with any filter, and when comments arrived in another order than they were written."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from feedback_desk.core.model import NewComment, Platform, Severity, Status
from feedback_desk.core.triage import Triage
from feedback_desk.core.views import VIEWS
from feedback_desk.store.comments import (
    _ROW_COLUMNS,
    MATCHING_IDS,
    CommentStore,
    InboxFilter,
    InboxRow,
    InboxSort,
    _inbox_row,
    view_filter,
)
from feedback_desk.store.database import Database
from feedback_desk.store.imports import store_import

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)
WORDS = ("coffee", "cold", "cake", "coffin", "crumb", "late", "lovely", "rude", "stale", "the")
NAMES = ("Ann Lee", "Anna Cole", "Bilal Khan", "Chen Wu", "Dara Costa", "Éloïse Café")
SEARCHES = ("cof", "coffee", "c", "cold coffee", "ann", "Ann Lee", "cafe", "the", "é", "zzz")


def _comments(count: int, seed: int = 14) -> list[NewComment]:
    """Written over a year (many at the same second), stored in a shuffled order."""
    rnd = random.Random(seed)
    platforms = [*Platform][:5]
    made = []
    for number in range(count):
        written = NOW - timedelta(seconds=rnd.randrange(0, 365 * 86400, 3600))
        words = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 6)))
        made.append(
            NewComment(
                platform=platforms[number % len(platforms)],
                external_id=f"s-{number}",
                author=rnd.choice(NAMES),
                text=words.capitalize() + rnd.choice(("!", ".", ", you idiots.")),
                created_at=written,
                url=None,
                rating=rnd.choice((None, 1, 3, 5)),
            )
        )
    rnd.shuffle(made)
    return made


@pytest.fixture
def filled(db: Database, conn: sqlite3.Connection, triage: Triage) -> CommentStore:
    store = CommentStore(db, conn)
    # Arriving in three batches, each in its own shuffled order.
    comments = _comments(900)
    for start in range(0, len(comments), 300):
        store.add_many(comments[start : start + 300], triage)
    ids = [r[0] for r in conn.execute("SELECT id FROM comments ORDER BY id")]
    store.set_status(ids[::7], Status.REPLIED)
    store.set_status(ids[3::11], Status.RESOLVED)
    return store


def sorted_the_old_way(store: CommentStore, inbox: InboxFilter) -> list[InboxRow]:
    """The list as the matches sorted by (created_at, id) make it: how searches were
    listed before the index was kept in time order."""
    sql, params = inbox.select(_ROW_COLUMNS)
    return [_inbox_row(r) for r in store._conn.execute(sql, params)]


def paged(store: CommentStore, inbox: InboxFilter, size: int = 37) -> list[InboxRow]:
    shown: list[InboxRow] = []
    while True:
        page = store.page(inbox, after=shown[-1].sort_key if shown else None, limit=size)
        shown += page
        if len(page) < size:
            return shown


def filters() -> list[InboxFilter]:
    found: list[InboxFilter] = []
    for text in SEARCHES:
        plain = InboxFilter(search=text)
        found += [
            plain,
            replace(plain, platforms=frozenset({Platform.FACEBOOK, Platform.GOOGLE})),
            replace(plain, severities=frozenset({Severity.HARSH})),
            replace(plain, other_platforms=True),
            replace(plain, sort=InboxSort.RECEIVED, descending=False),  # oldest first
            replace(plain, sort=InboxSort.RECEIVED, descending=True),
            replace(plain, sort=InboxSort.AUTHOR),  # sorted, not read in the index's order
        ]
        found += [view_filter(view, NOW, plain) for view in VIEWS]
    return found


def test_arrival_order_differs_from_written_order_in_this_data(filled: CommentStore) -> None:
    by_arrival = [r[0] for r in filled._conn.execute("SELECT id FROM comments ORDER BY id")]
    by_written = [
        r[0]
        for r in filled._conn.execute("SELECT id FROM comments ORDER BY created_at DESC, id DESC")
    ]
    assert by_written not in (by_arrival, by_arrival[::-1])
    ties = filled._conn.execute(
        "SELECT count(*) FROM (SELECT created_at FROM comments GROUP BY 1 HAVING count(*) > 1)"
    ).fetchone()[0]
    assert ties > 20  # comments written in the same second: the id decides


def test_every_search_lists_the_same_comments_in_the_same_order(filled: CommentStore) -> None:
    assert filled.search_keys_in_order()
    for inbox in filters():
        expected = sorted_the_old_way(filled, inbox)
        assert paged(filled, inbox) == expected, inbox
        assert filled.page(inbox, limit=200) == expected[:200], inbox
        assert [c.id for c in filled.comments(inbox)] == [r.id for r in expected], inbox
        assert filled.count(inbox) == len(expected), inbox
        assert sum(filled.count_by_severity(inbox).values()) == len(expected), inbox


def test_the_index_is_read_in_its_own_order(filled: CommentStore) -> None:
    sql, params = InboxFilter(search="coffee").select(_ROW_COLUMNS, limit=200, by_search_key=True)
    plan = " ".join(str(r[3]) for r in filled._conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "comments_fts" in plan and "TEMP B-TREE" not in plan  # nothing sorted


def test_a_search_matches_what_the_words_say(filled: CommentStore) -> None:
    rows = filled.comments(InboxFilter(search="cold cof"))
    assert rows
    for comment in rows:
        words = comment.text.lower().replace(",", " ").replace("!", " ").split()
        assert any(w.startswith("cold") for w in words)
        assert any(w.startswith("cof") for w in words)
    found = {c.id for c in filled.comments(InboxFilter(search="cafe"))}
    assert found == {
        r[0] for r in filled._conn.execute("SELECT id FROM comments WHERE author LIKE 'Él%'")
    }


def test_times_outside_the_keys_range_are_listed_the_slower_way_in_the_same_order(
    filled: CommentStore, triage: Triage
) -> None:
    odd = [
        NewComment(Platform.GOOGLE, f"odd-{n}", "Ann Lee", "Cold coffee", when, None, None)
        for n, when in enumerate(
            (
                datetime(1960, 5, 1, tzinfo=UTC),
                datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC),
                datetime(2300, 1, 1, tzinfo=UTC),
                datetime(1, 1, 1, tzinfo=UTC),
            )
        )
    ]
    filled.add_many(odd, triage)
    assert not filled.search_keys_in_order()
    for inbox in filters():
        assert paged(filled, inbox) == sorted_the_old_way(filled, inbox), inbox
    first = filled.page(InboxFilter(search="cold coffee"), limit=1)
    assert first[0].created_at.year == 2300


def test_edits_moves_and_deletions_keep_the_index_right(
    filled: CommentStore, conn: sqlite3.Connection
) -> None:
    some = [r[0] for r in conn.execute("SELECT id FROM comments ORDER BY id LIMIT 3")]
    conn.execute("UPDATE comments SET text = 'Marzipan heaven' WHERE id = ?", (some[0],))
    conn.execute(
        "UPDATE comments SET created_at = '2026-12-01T00:00:00Z', text = 'marzipan too' "
        "WHERE id = ?",
        (some[1],),
    )
    conn.execute("DELETE FROM comments WHERE id = ?", (some[2],))
    conn.execute("INSERT INTO comments_fts (comments_fts) VALUES ('integrity-check')")
    assert [r.id for r in filled.page(InboxFilter(search="marzipan"))] == [some[1], some[0]]
    assert some[2] not in {r[0] for r in conn.execute(MATCHING_IDS, ('"the"*',))}
    for inbox in filters()[:20]:
        assert paged(filled, inbox) == sorted_the_old_way(filled, inbox), inbox


@pytest.mark.parametrize("oldest_first", [True, False])
def test_an_import_indexes_its_comments_in_the_index_order_whatever_the_file_order(
    db: Database, conn: sqlite3.Connection, triage: Triage, oldest_first: bool
) -> None:
    store = CommentStore(db, conn)
    store.add_many(_comments(200, seed=1), triage)  # already there, synced one at a time
    made = sorted(_comments(700, seed=2), key=lambda c: c.created_at, reverse=not oldest_first)
    made = [replace(c, external_id=f"file-{n}") for n, c in enumerate(made)]
    store_import(db, conn, "export.csv", "h", made, triage)
    assert conn.execute("SELECT count(*) FROM search_index_deferred").fetchone()[0] == 0
    conn.execute("INSERT INTO comments_fts (comments_fts) VALUES ('integrity-check')")
    assert conn.execute("SELECT count(*) FROM comments_fts").fetchone()[0] == 900
    for inbox in filters()[::3]:
        assert paged(store, inbox) == sorted_the_old_way(store, inbox), inbox
    # After the import the index is kept by the trigger again.
    store.add_many([replace(made[0], external_id="late", text="Quince jam")], triage)
    assert len(store.page(InboxFilter(search="quince"))) == 1
