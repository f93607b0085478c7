"""Loading the Perspective facts from a real database: the hand-counted inbox of
tests/perspective_fixture.py gives the same figures as counted there, and the queries are
bounded by indexes."""

from __future__ import annotations

import sqlite3

from feedback_desk.core.perspective import (
    Point,
    customer_sentences,
    customer_view,
    overview,
    rating_sentence,
    recent_sentence,
)
from feedback_desk.store.database import Database
from feedback_desk.store.perspective import (
    comments_sql,
    judged_sql,
    load_customer,
    load_perspective,
)
from tests import perspective_fixture as fx
from tests.conftest import NOW


def test_the_figures_from_the_database(db: Database, conn: sqlite3.Connection) -> None:
    ids = fx.seed(db, conn)
    facts = load_perspective(conn, NOW)
    # O11 is older than the 90 days reached back; the rest counted in groups
    assert sum(c.number for c in facts.comments) == 20
    figures = overview(facts)
    assert recent_sentence(figures.recent) == fx.RECENT_SENTENCE
    assert rating_sentence(figures.ratings[0], "Google reviews") == fx.GOOGLE_SENTENCE
    assert figures.points == (Point("delivery", 5, 4), Point("price", 1, 1))
    sam = load_customer(db, conn, ids["R1"])
    assert (sam.customer, sam.category, sam.category_guessed) == ("sam ortiz", "delivery", True)
    assert [e.comment_id for e in sam.earlier] == [ids["R10"], ids["O5"]]
    assert customer_sentences(customer_view(facts, sam)) == [
        fx.SAM_SENTENCE,
        fx.SAME_POINT_SENTENCE,
    ]


def test_the_owners_category_wins_over_the_guess(db: Database, conn: sqlite3.Connection) -> None:
    ids = fx.seed(db, conn)
    conn.execute(
        "INSERT INTO assessments (comment_id, category, updated_at) VALUES (?, 'Price', 'x')",
        (ids["R1"],),
    )
    sam = load_customer(db, conn, ids["R1"])
    assert (sam.category, sam.category_guessed) == ("Price", False)
    view = customer_view(load_perspective(conn, NOW), sam)
    # O5 (price) is Sam's own: nobody else raised it.
    assert customer_sentences(view)[1] == "Nobody else mentioned price in the last 90 days."
    first = load_customer(db, conn, ids["O11"])
    assert first.earlier == ()
    assert customer_sentences(customer_view(load_perspective(conn, NOW), first))[0] == (
        "First comment from Ned."
    )


def test_the_queries_use_the_time_index(conn: sqlite3.Connection) -> None:
    plans = []
    for query in (comments_sql(17), judged_sql(17)):
        plan = " ".join(
            str(row[3])
            for row in conn.execute("EXPLAIN QUERY PLAN " + query, [str(n) for n in range(17)])
        )
        plans.append(plan)
    for plan in plans:
        assert "INDEX comments_created (created_at>? AND created_at<?)" in plan
        assert "SCAN" not in plan
