"""Paging through Needs a reply, worst first, gives the rows of one ordered listing, page
by page: the page after a row is read as two index ranges (the rest of its severity, then
the later ones), which must neither skip nor repeat a row."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from feedback_desk.core.model import Severity, Status
from feedback_desk.core.views import NEEDS_REPLY
from feedback_desk.store.comments import CommentStore, InboxFilter, view_filter

if TYPE_CHECKING:
    from conftest import MakeComment, TaggedTriage

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def paged(store: CommentStore, inbox: InboxFilter, size: int) -> list[int]:
    ids: list[int] = []
    after = None
    for _ in range(1000):
        page = store.page(inbox, after=after, limit=size)
        if not page:
            return ids
        ids += [row.id for row in page]
        after = page[-1].sort_key
    raise AssertionError("paging did not end")


@pytest.mark.parametrize("size", [1, 7, 50])
@pytest.mark.parametrize(
    "severities",
    [frozenset(), frozenset({Severity.HARSH, Severity.NEUTRAL}), frozenset({Severity.POSITIVE})],
)
def test_pages_of_the_open_list_are_one_ordered_listing(
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
    size: int,
    severities: frozenset[Severity],
) -> None:
    kinds = list(Severity)
    comments = [
        make_comment(
            f"[{kinds[n % 4].value}] comment {n}",
            # ties in time on purpose: the id decides
            created_at=NOW - timedelta(minutes=(n * 37) % 90),
        )
        for n in range(160)
    ]
    store.add_many(comments, tagged_triage)
    every = [row[0] for row in conn.execute("SELECT id FROM comments ORDER BY id")]
    store.set_status(every[::5], Status.RESOLVED)  # some answered: left out of the list
    store.set_status(every[1::9], Status.IGNORED)
    inbox = view_filter(NEEDS_REPLY, NOW, InboxFilter(severities=severities))
    listed = [row.id for row in store.page(inbox, limit=10_000)]
    assert listed, "the list has rows to page through"
    assert paged(store, inbox, size) == listed
    wanted = severities or frozenset(Severity)
    ranks = [
        conn.execute("SELECT severity_rank FROM comments WHERE id = ?", (i,)).fetchone()[0]
        for i in listed
    ]
    assert ranks == sorted(ranks) and {Severity.from_rank(r) for r in ranks} <= wanted
