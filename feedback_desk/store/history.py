"""Past complaints, offline: the list the history window pages through, and each
complaint's whole story (the comment, what the owner thought, the wait kept, the replies,
the offers and what became of the customer).

The list picks complaints exactly as the customer-recovery report does (same period,
platform, category, validity and outcome filters), so the two never disagree; a search
also looks in the owner's notes and replies.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from ..core.model import Comment, Platform, Severity, Status, iso_utc, parse_iso
from ..core.replies import Outcome
from .assessments import Assessment, Assessments
from .comments import MATCHING_IDS, SNIPPET_CHARS, CommentStore, StatusChange, fts_query
from .database import Database
from .discounts import Discount, DiscountLedger
from .outbox import Outbox, Reply, first_sent_reply_id
from .outcomes import OutcomeRecord, Outcomes
from .report_data import ReportFilter, complaints_cte
from .schema import latest_outcome_id
from .threads import Surroundings

__all__ = ["ComplaintStory", "History", "HistoryRow", "ReportFilter"]

PAGE = 200


@dataclass(frozen=True)
class HistoryRow:
    """One complaint in the history list (or one comment of a customer's)."""

    id: int
    platform: Platform
    author: str
    snippet: str
    created_at: datetime
    severity: Severity
    status: Status
    rating: int | None
    category: str | None
    validity: str | None
    first_reply_at: datetime | None
    reply_channel: str | None
    outcome: Outcome | None
    follow_up_on: date | None


@dataclass(frozen=True)
class ComplaintStory:
    """Everything that happened to one complaint, in the order it happened."""

    comment: Comment
    assessment: Assessment
    cooloff_started_at: datetime | None
    cooloff_ends_at: datetime | None
    replies: tuple[Reply, ...]
    offers: tuple[Discount, ...]
    outcomes: tuple[OutcomeRecord, ...]
    status_changes: tuple[StatusChange, ...]
    around: Surroundings | None = None  # the conversation, earlier versions, stars up

    @property
    def first_reply(self) -> Reply | None:
        sent = [r for r in self.replies if r.state == "sent" and r.sent_at is not None]
        return min(sent, key=lambda r: (r.sent_at, r.id)) if sent else None

    @property
    def first_reply_at(self) -> datetime | None:
        reply = self.first_reply
        return reply.sent_at if reply is not None else self.comment.replied_at

    @property
    def time_to_reply(self) -> timedelta | None:
        """From the comment being written to the first reply going out."""
        replied = self.first_reply_at
        return replied - self.comment.created_at if replied is not None else None

    @property
    def wait_kept(self) -> timedelta | None:
        """From first opening the complaint (the cool-off's start) to the first reply."""
        replied = self.first_reply_at
        if replied is None or self.cooloff_started_at is None:
            return None
        return max(replied - self.cooloff_started_at, timedelta(0))

    @property
    def outcome(self) -> OutcomeRecord | None:
        return self.outcomes[-1] if self.outcomes else None


class History:
    def __init__(self, db: Database, conn: sqlite3.Connection) -> None:
        self._db = db
        self._conn = conn

    def ids(self, report_filter: ReportFilter, search: str = "", tz: tzinfo = UTC) -> list[int]:
        """The complaints `report_filter` picks whose comment, author, notes or replies
        contain every word of `search`: newest first. (Every one of them: the history
        window reads a page at a time with `page`.)"""
        sql, params = self._select("id", report_filter, search, tz)
        rows = self._conn.execute(f"{sql} ORDER BY created_at DESC, id DESC", params)
        return [int(cid) for (cid,) in rows]

    def page(
        self,
        report_filter: ReportFilter,
        search: str = "",
        tz: tzinfo = UTC,
        *,
        after: HistoryRow | None = None,
        limit: int = PAGE,
    ) -> list[HistoryRow]:
        """The list rows of the next `limit` complaints `ids` lists after `after` (the last
        row of the page before; None: from the newest). Read through the time index from
        where the page before ended, so a page costs the same however long the list."""
        since = None if after is None else (iso_utc(after.created_at), after.id)
        sql, params = self._select("id", report_filter, search, tz, before=since)
        ids = [
            int(cid)
            for (cid,) in self._conn.execute(
                f"{sql} ORDER BY created_at DESC, id DESC LIMIT ?", [*params, limit]
            )
        ]
        return self.rows(ids)

    def count(self, report_filter: ReportFilter, search: str = "", tz: tzinfo = UTC) -> int:
        """How many complaints `ids` lists (counted inside SQLite: no id is read back)."""
        sql, params = self._select("count(*)", report_filter, search, tz)
        return int(self._conn.execute(sql, params).fetchone()[0])

    def _select(
        self,
        columns: str,
        report_filter: ReportFilter,
        search: str,
        tz: tzinfo,
        before: tuple[str, int] | None = None,
    ) -> tuple[str, list[object]]:
        """SELECT `columns` FROM the complaints picked, listed before `before` (a stored
        creation time and id) if given."""
        cte, params = complaints_cte(report_filter, tz, lean=True, before=before)
        where: list[str] = []
        query = fts_query(search)
        if query is not None:
            like = [f"%{_literal(word)}%" for word in search.split()]
            notes = " AND ".join(
                "(a.notes || ' ' || a.valid_point) LIKE ? ESCAPE '\\'" for _ in like
            )
            replies = " AND ".join("r.text LIKE ? ESCAPE '\\'" for _ in like)
            where.append(f"""(id IN ({MATCHING_IDS})
                OR id IN (SELECT a.comment_id FROM assessments a WHERE {notes})
                OR id IN (SELECT r.comment_id FROM replies r WHERE {replies}))""")
            params = [*params, query, *like, *like]
        condition = f"WHERE {' AND '.join(where)}" if where else ""
        return f"{cte} SELECT {columns} FROM complaints {condition}", params

    def rows(self, ids: Sequence[int]) -> list[HistoryRow]:
        """The list rows of `ids`, in the order given (missing ids are left out)."""
        found: dict[int, HistoryRow] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._conn.execute(
                f"""SELECT c.id, c.platform, c.author, substr(c.text, 1, {SNIPPET_CHARS}),
                        c.created_at, c.severity_rank, c.status, c.rating, a.category,
                        a.validity,
                        r.sent_at, r.channel, c.replied_at, o.outcome, o.follow_up_on
                    FROM comments c
                    LEFT JOIN assessments a ON a.comment_id = c.id
                    LEFT JOIN replies r ON r.id = {first_sent_reply_id("c.id")}
                    LEFT JOIN outcomes o ON o.id = {latest_outcome_id("c.id")}
                    WHERE c.id IN ({marks})""",
                chunk,
            ):
                item = _history_row(row)
                found[item.id] = item
        return [found[i] for i in ids if i in found]

    def story(self, comment_id: int) -> ComplaintStory:
        """The whole story of one comment (NotFound if there is no such comment)."""
        comment = CommentStore(self._db, self._conn).get(comment_id)
        cooloff = self._conn.execute(
            "SELECT started_at, ends_at FROM cooloffs WHERE comment_id = ?", (comment_id,)
        ).fetchone()
        return ComplaintStory(
            comment=comment,
            assessment=Assessments(self._db, self._conn).get(comment_id),
            cooloff_started_at=parse_iso(cooloff[0]) if cooloff else None,
            cooloff_ends_at=parse_iso(cooloff[1]) if cooloff else None,
            replies=tuple(Outbox(self._db, self._conn).for_comment(comment_id)),
            offers=tuple(DiscountLedger(self._db, self._conn).for_comment(comment_id)),
            outcomes=tuple(Outcomes(self._db, self._conn).history(comment_id)),
            status_changes=tuple(CommentStore(self._db, self._conn).history(comment_id)),
            around=CommentStore(self._db, self._conn).surroundings(comment_id),
        )


def _literal(word: str) -> str:
    """`word` for LIKE, its own % and _ taken as themselves."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _history_row(row: tuple[object, ...]) -> HistoryRow:
    (
        cid,
        platform,
        author,
        snippet,
        created,
        rank,
        status,
        rating,
        category,
        validity,
        sent_at,
        channel,
        replied_at,
        outcome,
        follow_up,
    ) = row
    first_reply = sent_at or replied_at
    return HistoryRow(
        id=int(str(cid)),
        platform=Platform(str(platform)),
        author=str(author),
        snippet=str(snippet),
        created_at=parse_iso(str(created)),
        severity=Severity.from_rank(int(str(rank))),
        status=Status(str(status)),
        rating=int(str(rating)) if rating is not None else None,
        category=str(category) if category else None,
        validity=str(validity) if validity else None,
        first_reply_at=parse_iso(str(first_reply)) if first_reply else None,
        reply_channel=str(channel) if sent_at and channel else None,
        outcome=Outcome(str(outcome)) if outcome else None,
        follow_up_on=date.fromisoformat(str(follow_up)) if follow_up else None,
    )
