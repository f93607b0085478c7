"""A small inbox whose Perspective figures are counted by hand (used by the core, store,
pause-page, view and report tests).

NOW is Friday 1 May 2026, 12:00 UTC. Each comment is written `days` days and one hour
before NOW (so none sits on a boundary). Two platforms: Google (reviews, with stars) and
Facebook (comments, no stars). 21 comments:

    name  days platform  severity  stars author      category (the owner's)
    R1     0   facebook  harsh      -    Sam Ortiz   none: the comment on the pause page;
                                                     its words say "late" -> guessed delivery
    R2     1   google    positive   5    Pat
    R3     2   google    positive   4    Lee
    R4     4   facebook  positive   -    Kim
    R5     6   facebook  neutral    -    Max         (later edited to read harsh: still
                                                      counts as it came in, neutral)
    R6     9   google    negative   2    Bo          Delivery
    R7    13   google    positive   5    Ann
    R8    17   facebook  neutral    -    Cy
    R9    22   google    positive   4    Dee
    R10   27   facebook  negative   -    Sam Ortiz   "delivery "
    O1    33   google    positive   5    Eve
    O2    38   google    negative   3    Fay         DELIVERY
    O3    45   facebook  positive   -    Gus
    O4    52   google    neutral    3    Hal
    O5    58   facebook  negative   -    sam ortiz   price
    O6    64   google    positive   4    Ivy
    O7    70   facebook  neutral    -    Jo
    O8    75   google    harsh      1    Bo          Delivery
    O9    83   facebook  positive   -    Lu
    O10   88   google    negative   2    Mo          delivery
    O11   95   google    negative   2    Ned         delivery   (older than 90 days)

By hand:

Last 30 days (written after NOW - 30 d): R1..R10 = 10 comments.
    positive R2 R3 R4 R7 R9 = 5 -> 50%;  neutral R5 R8 = 2 -> 20%;
    negative R6 R10 = 2 -> 20%;          harsh R1 = 1 -> 10%.

Google stars, last 30 days: R2 5 + R3 4 + R6 2 + R7 5 + R9 4 = 20 / 5 reviews = 4.0.
    The 30 days before (30..60 days): O1 5 + O2 3 + O4 3 = 11 / 3 = 3.666... -> 3.7.
    So "4.0★ from 5 reviews (up from 3.7★)". Facebook has no stars: no rating line.

Sam Ortiz (R1): earlier comments by the same customer ("sam ortiz" is the same name):
    R10 (27 d 1 h before NOW = 2026-04-04, negative) and O5 (58 d 1 h = 2026-03-04,
    negative): "wrote 2 times before".

Same point, delivery (guessed for R1), last 90 days, other customers than Sam:
    R6 Bo, O2 Fay, O8 Bo, O10 Mo = 4 comments by 3 customers
    (R10 is Sam's own; O5 is price; O11 is 95 days old).
All points of the last 90 days: delivery R6 R10 O2 O8 O10 = 5 comments, 4 customers
    (Bo, Sam, Fay, Mo); price O5 = 1 comment, 1 customer.

Weeks (seven days each, the 12th ends at NOW; week k starts NOW - (13 - k) x 7 days):
    12: R1 R2 R3 R4 R5 = 5 (3 positive 60%, 1 neutral 20%, 1 harsh 20%); Google (5+4)/2 = 4.5
    11: R6 R7 = 2 (1 negative, 1 positive); Google (2+5)/2 = 3.5
    10: R8 = 1 (neutral)
     9: R9 R10 = 2 (1 positive, 1 negative); Google 4.0
     8: O1 = 1 (positive); Google 5.0
     7: O2 = 1 (negative); Google 3.0
     6: O3 = 1 (positive)
     5: O4 = 1 (neutral); Google 3.0
     4: O5 = 1 (negative)
     3: O6 = 1 (positive); Google 4.0
     2: O7 (70 d 1 h) O8 = 2 (1 neutral, 1 harsh); Google 1.0
     1: O9 = 1 (positive)
    19 comments in all (O10 and O11 are older than 12 weeks).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from feedback_desk.core.model import NewComment, Platform
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.database import Database
from tests.conftest import NOW, TaggedTriage

G, F = Platform.GOOGLE, Platform.FACEBOOK

# name: (days, platform, severity, stars, author, category)
ROWS: dict[str, tuple[int, Platform, str, int | None, str, str | None]] = {
    "R1": (0, F, "harsh", None, "Sam Ortiz", None),
    "R2": (1, G, "positive", 5, "Pat", None),
    "R3": (2, G, "positive", 4, "Lee", None),
    "R4": (4, F, "positive", None, "Kim", None),
    "R5": (6, F, "neutral", None, "Max", None),
    "R6": (9, G, "negative", 2, "Bo", "Delivery"),
    "R7": (13, G, "positive", 5, "Ann", None),
    "R8": (17, F, "neutral", None, "Cy", None),
    "R9": (22, G, "positive", 4, "Dee", None),
    "R10": (27, F, "negative", None, "Sam Ortiz", "delivery "),
    "O1": (33, G, "positive", 5, "Eve", None),
    "O2": (38, G, "negative", 3, "Fay", "DELIVERY"),
    "O3": (45, F, "positive", None, "Gus", None),
    "O4": (52, G, "neutral", 3, "Hal", None),
    "O5": (58, F, "negative", None, "sam ortiz", "price"),
    "O6": (64, G, "positive", 4, "Ivy", None),
    "O7": (70, F, "neutral", None, "Jo", None),
    "O8": (75, G, "harsh", 1, "Bo", "Delivery"),
    "O9": (83, F, "positive", None, "Lu", None),
    "O10": (88, G, "negative", 2, "Mo", "delivery"),
    "O11": (95, G, "negative", 2, "Ned", "delivery"),
}

FOCUS_TEXT = "[harsh] My parcel came two days late and nobody answered the phone. Useless lot."


def written(name: str) -> datetime:
    return NOW - timedelta(days=ROWS[name][0], hours=1)


def seed(db: Database, conn: sqlite3.Connection) -> dict[str, int]:
    """Store the 21 comments and the owner's categories; returns name -> comment id."""
    comments = [
        NewComment(
            platform=platform,
            external_id=name,
            author=author,
            text=FOCUS_TEXT if name == "R1" else f"[{severity}] comment {name}",
            created_at=written(name),
            url=None,
            rating=stars,
            account=None,
        )
        for name, (_, platform, severity, stars, author, _) in ROWS.items()
    ]
    CommentStore(db, conn).add_many(comments, TaggedTriage())
    ids = {str(e): int(i) for e, i in conn.execute("SELECT external_id, id FROM comments")}
    for name, row in ROWS.items():
        if row[5] is not None:
            conn.execute(
                "INSERT INTO assessments (comment_id, category, updated_at) VALUES (?, ?, ?)",
                (ids[name], row[5], "2026-05-01T00:00:00Z"),
            )
    # R5 was edited later and now reads harsh: it still counts as it came in (neutral).
    conn.execute("UPDATE comments SET severity_rank = 0 WHERE id = ?", (ids["R5"],))
    conn.commit()
    return ids


# The figures, as counted by hand above.
RECENT_SENTENCE = (
    "In the last 30 days, 10 comments: 50% positive, 20% neutral, 20% negative, 10% harsh."
)
GOOGLE_SENTENCE = "Google reviews average 4.0★ from 5 reviews in the last 30 days (up from 3.7★)."
SAM_SENTENCE = "Sam Ortiz wrote 2 times before: 2026-04-04 (negative); 2026-03-04 (negative)."
SAME_POINT_SENTENCE = (
    "3 other customers mentioned delivery (a guess from the words used) in the last 90 days "
    "(4 comments)."
)
GOOGLE_AVERAGE, GOOGLE_BEFORE = Decimal("4.0"), Decimal("3.7")
# week 1 (oldest) .. 12: (comments, positive, neutral, negative, harsh, Google stars)
WEEKS: list[tuple[int, int, int, int, int, str | None]] = [
    (1, 1, 0, 0, 0, None),
    (2, 0, 1, 0, 1, "1.0"),
    (1, 1, 0, 0, 0, "4.0"),
    (1, 0, 0, 1, 0, None),
    (1, 0, 1, 0, 0, "3.0"),
    (1, 1, 0, 0, 0, None),
    (1, 0, 0, 1, 0, "3.0"),
    (1, 1, 0, 0, 0, "5.0"),
    (2, 1, 0, 1, 0, "4.0"),
    (1, 0, 1, 0, 0, None),
    (2, 1, 0, 1, 0, "3.5"),
    (5, 3, 1, 0, 1, "4.5"),
]
# NOW - 12 weeks: Friday 6 February 2026, noon.
FIRST_WEEK_START = datetime(2026, 2, 6, 12, tzinfo=UTC)
