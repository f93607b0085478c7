"""Loading what the Perspective figures are computed from (`core.perspective` does the
arithmetic): the comments of the last few months, the categories the owner gave them, and
one customer's earlier comments.

Bounded queries: the period's comments are read through the `comments_created` index and
counted in SQL per stretch between the figures' boundaries (a few hundred rows, whatever the
number of comments); one customer's comments are found through the full-text index.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from ..core.customers import display_name
from ..core.model import Severity, iso_utc, parse_iso
from ..core.perspective import (
    CommentFact,
    CustomerFacts,
    EarlierComment,
    JudgedFact,
    PerspectiveFacts,
    boundaries,
    customer_key,
    guess_category,
)
from ..core.triage import complaint_cues
from .customers import Customers
from .database import Database

__all__ = ["comments_sql", "judged_sql", "load_customer", "load_perspective"]

# A comment counts as it came in (or as the owner judged it), as the report counts it.
SEVERITY_AS_IT_CAME = "coalesce(c.first_severity_rank, c.severity_rank)"


def _stretch(marks: int) -> str:
    """Which stretch between the figures' boundaries (bound as ?1 .. ?marks, oldest
    first) a comment was written in: 0 for the first."""
    cases = " ".join(f"WHEN c.created_at < ?{n} THEN {n - 2}" for n in range(2, marks + 1))
    return f"CASE {cases} END"


def comments_sql(marks: int) -> str:
    """The comments from the first boundary to the last, counted per stretch, severity as
    they came in, platform and stars: a few hundred rows however many comments there are,
    read through the comments_created index."""
    return f"""SELECT {_stretch(marks)} AS stretch, {SEVERITY_AS_IT_CAME} AS rank, c.platform,
               c.rating, count(*)
        FROM comments c WHERE c.created_at >= ?1 AND c.created_at < ?{marks}
        GROUP BY stretch, rank, c.platform, c.rating"""


def judged_sql(marks: int) -> str:
    """The comments the owner gave a category to, counted per stretch, writer and category."""
    return f"""SELECT {_stretch(marks)} AS stretch, c.author, a.category, count(*)
        FROM comments c JOIN assessments a ON a.comment_id = c.id
        WHERE c.created_at >= ?1 AND c.created_at < ?{marks}
          AND a.category IS NOT NULL AND trim(a.category) != ''
        GROUP BY stretch, c.author, a.category"""


def load_perspective(conn: sqlite3.Connection, now: datetime) -> PerspectiveFacts:
    """The comments written in the figures' reach before `now`, and the judged ones among
    them, counted per stretch between two of `core.perspective.boundaries`."""
    marks = boundaries(now)
    params = [iso_utc(mark) for mark in marks]
    severities = {s.rank: s for s in Severity}
    comments = tuple(
        CommentFact(marks[stretch], severities[rank], str(platform), rating, count)
        for stretch, rank, platform, rating, count in conn.execute(comments_sql(len(marks)), params)
    )
    links = _links(conn)
    customers: dict[str, str] = {}  # each writer's name compared once
    judged = []
    for stretch, author, category, count in conn.execute(judged_sql(len(marks)), params):
        name = str(author)
        if name not in customers:
            customers[name] = customer_key(name, links)
        judged.append(JudgedFact(marks[stretch], customers[name], str(category), count))
    return PerspectiveFacts(now, comments, tuple(judged))


def load_customer(db: Database, conn: sqlite3.Connection, comment_id: int) -> CustomerFacts:
    """The comment's writer as the history knows them, the comments they wrote before it
    (newest first), and its category: the owner's, else the triage's guess from its words."""
    row = conn.execute(
        """SELECT c.author, c.created_at, c.text, a.category FROM comments c
           LEFT JOIN assessments a ON a.comment_id = c.id WHERE c.id = ?""",
        (comment_id,),
    ).fetchone()
    if row is None:
        raise LookupError(f"no comment {comment_id}")
    author, created_text, text, category = row
    created = _when(created_text)
    customer = Customers(db, conn).get(str(author))
    before = [
        c.id
        for c in customer.comments
        if c.id != comment_id and (c.created_at, c.id) < (created, comment_id)
    ]
    earlier = _earlier(conn, before)
    chosen = " ".join(str(category or "").split()) or None
    guessed = chosen is None
    if guessed:
        chosen = guess_category(complaint_cues(str(text)))
    return CustomerFacts(
        comment_id=comment_id,
        customer=customer.key,
        name=display_name(str(author)),
        category=chosen,
        category_guessed=guessed and chosen is not None,
        earlier=earlier,
    )


def _earlier(conn: sqlite3.Connection, ids: list[int]) -> tuple[EarlierComment, ...]:
    found: list[EarlierComment] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.extend(
            EarlierComment(int(cid), _when(created), Severity.from_rank(int(rank)), str(platform))
            for cid, created, rank, platform in conn.execute(
                f"""SELECT c.id, c.created_at, {SEVERITY_AS_IT_CAME}, c.platform FROM comments c
                    WHERE c.id IN ({",".join("?" * len(chunk))})""",
                chunk,
            )
        )
    return tuple(sorted(found, key=lambda e: (e.created_at, e.comment_id), reverse=True))


def _links(conn: sqlite3.Connection) -> dict[str, str]:
    return {str(n): str(c) for n, c in conn.execute("SELECT name, customer FROM customer_links")}


def _when(text: object) -> datetime:
    """A stored time in UTC: the stored shape ("…Z") read the fast way, any other through
    parse_iso (as `report_data` reads them)."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is not UTC:
        moment = parse_iso(str(text)).astimezone(UTC)
    return moment
