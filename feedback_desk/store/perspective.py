"""Loading what the Perspective figures are computed from (`core.perspective` does the
arithmetic): the comments of the last few months, the categories the owner gave them, and
one customer's earlier comments.

Bounded queries: every one is limited to `core.perspective.REACH` before `now` through the
`comments_created` index, or to one customer's comments through the full-text index.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from ..core.customers import display_name
from ..core.model import Severity, iso_utc, parse_iso
from ..core.perspective import (
    REACH,
    CommentFact,
    CustomerFacts,
    EarlierComment,
    JudgedFact,
    PerspectiveFacts,
    customer_key,
    guess_category,
)
from ..core.triage import complaint_cues
from .customers import Customers
from .database import Database

__all__ = ["COMMENTS_SQL", "JUDGED_SQL", "load_customer", "load_perspective"]

# A comment counts as it came in (or as the owner judged it), as the report counts it.
SEVERITY_AS_IT_CAME = "coalesce(c.first_severity_rank, c.severity_rank)"


# The comments of a period, and the ones the owner gave a category: both bounded by time
# through the comments_created index.
COMMENTS_SQL = f"""SELECT c.created_at, {SEVERITY_AS_IT_CAME}, c.platform, c.rating
    FROM comments c WHERE c.created_at >= ? AND c.created_at < ?"""
JUDGED_SQL = """SELECT c.id, c.created_at, c.author, a.category
    FROM comments c JOIN assessments a ON a.comment_id = c.id
    WHERE c.created_at >= ? AND c.created_at < ?
      AND a.category IS NOT NULL AND trim(a.category) != ''"""


def load_perspective(conn: sqlite3.Connection, now: datetime) -> PerspectiveFacts:
    """The comments written from `now - REACH` up to `now`, and the judged ones among them."""
    since, until = iso_utc(now - REACH), iso_utc(now)
    comments = tuple(
        CommentFact(_when(created), Severity.from_rank(int(rank)), str(platform), rating)
        for created, rank, platform, rating in conn.execute(COMMENTS_SQL, (since, until))
    )
    links = _links(conn)
    judged = tuple(
        JudgedFact(int(cid), _when(created), customer_key(str(author), links), str(category))
        for cid, created, author, category in conn.execute(JUDGED_SQL, (since, until))
    )
    return PerspectiveFacts(now, comments, judged)


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
