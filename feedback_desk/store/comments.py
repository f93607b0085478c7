"""Comments in the database: adding without duplicates, the inbox query, search, status."""

from __future__ import annotations

import contextlib
import enum
import itertools
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from ..core.errors import NotFound
from ..core.model import (
    OPEN_STATUSES,
    Comment,
    NewComment,
    Platform,
    Severity,
    Status,
    iso_utc,
    parse_iso,
)
from ..core.texts import translate
from ..core.views import NEEDS_REPLY, VIEWS, View, ViewKey
from .database import Database
from .schema import (
    SEARCH_FIRST_TIME,
    SEARCH_ID_MASK,
    SEARCH_LAST_TIME,
    latest_outcome_id,
    search_id_sql,
    search_key_sql,
)

if TYPE_CHECKING:
    from ..core.triage import Scorer
    from .comment_facts import CommentFacts
    from .outcomes import OutcomeRecord
    from .threads import Surroundings

# Only the opening of a comment goes into list rows: the inbox never holds whole essays.
SNIPPET_CHARS = 300

# Above this many matches, a search listed by time walks the time index (see page()) when
# the search keys cannot list it (a comment written outside their range of times).
MANY_MATCHES = 2000

# The ids of the comments a full-text query (the one parameter) matches. The index's rowid
# is a search key (schema.py), not the comment's id: always read ids through this.
MATCHING_IDS = f"SELECT {search_id_sql('rowid')} FROM comments_fts WHERE comments_fts MATCH ?"
# The comments the index lists, joined to the index's rows.
_FTS_JOIN = f"comments_fts JOIN comments c ON c.id = {search_id_sql('comments_fts.rowid')}"
# The same, read in the index's order (newest written first): the index drives the join.
_FTS_BY_KEY = f"comments_fts CROSS JOIN comments c ON c.id = {search_id_sql('comments_fts.rowid')}"
# The search key of a row already shown (its created_at and id are the parameters).
_AFTER_KEY = f"(SELECT {search_key_sql('k.t', 'k.i')} FROM (SELECT ? AS t, ? AS i) k)"

_TOKEN = re.compile(r"\w+", re.UNICODE)


def search_terms(text: str) -> list[str]:
    """The words of a search box entry, lower-cased, as the full-text index sees them."""
    return [t.lower() for t in _TOKEN.findall(text)]


def fts_query(text: str) -> str | None:
    """A safe FTS5 query: every word must match, each as a prefix. None if nothing to search."""
    terms = search_terms(text)
    if not terms:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in terms)


class InboxSort(enum.Enum):
    """The orders the inbox may be listed in. Each is a fixed list of columns (a whitelist:
    nothing the owner types reaches the ORDER BY), ending in the id so keyset paging has one
    place for every row, and each is served by an index (see schema.py)."""

    WORST_FIRST = ("c.severity_rank", "c.answered", "c.created_at", "c.id")
    AUTHOR = ("c.author COLLATE NOCASE", "c.id")
    PLATFORM = ("c.platform", "c.severity_rank", "c.answered", "c.created_at", "c.id")
    RECEIVED = ("c.created_at", "c.id")
    # Unrated comments after the five-star ones, so "lowest first" starts with one star.
    RATING = ("coalesce(c.rating, 6)", "c.created_at", "c.id")


@dataclass(frozen=True, slots=True)
class InboxFilter:
    """What the inbox shows, and in which order. Empty sets mean "all"."""

    statuses: frozenset[Status] = frozenset()
    platforms: frozenset[Platform] = frozenset()
    severities: frozenset[Severity] = frozenset()
    search: str = ""
    follow_up_due: date | None = None  # only complaints whose follow-up day has come
    # With `platforms` or alone: also every platform Feedback Desk does not connect to.
    other_platforms: bool = False
    # None: worst first, or newest first while searching (as the README says).
    sort: InboxSort | None = None
    descending: bool = False

    def order(self) -> tuple[tuple[str, ...], bool]:
        """The columns the rows are listed by and whether the order is reversed."""
        if self.sort is not None:
            return self.sort.value, self.descending
        if self.searching:
            return InboxSort.RECEIVED.value, True
        return InboxSort.WORST_FIRST.value, False

    # Only comments ready to send at this moment (core.views.ready_to_send, in SQL).
    ready_at: datetime | None = None

    def where(self) -> tuple[list[str], list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if self.statuses == OPEN_STATUSES and self.ready_at is None:
            # The same set as the schema's `answered` column says; written this way the
            # inbox index (worst first) serves the list instead of sorting every open row.
            clauses.append("c.answered = 0")
            if not self.severities:  # every severity, named: the index is searched, not sorted
                clauses.append(f"c.severity_rank IN ({_marks(Severity)})")
                params.extend(s.rank for s in Severity)
        elif self.statuses:
            clauses.append(f"c.status IN ({_marks(self.statuses)})")
            params.extend(sorted(s.value for s in self.statuses))
        if self.platforms or self.other_platforms:
            either: list[str] = []
            if self.platforms:
                either.append(f"c.platform IN ({_marks(self.platforms)})")
                params.extend(sorted(p.value for p in self.platforms))
            if self.other_platforms:
                either.append(f"c.platform NOT IN ({_marks(Platform)})")
                params.extend(p.value for p in Platform)
            clauses.append("(" + " OR ".join(either) + ")")
        if self.severities:
            clauses.append(f"c.severity_rank IN ({_marks(self.severities)})")
            params.extend(sorted(s.rank for s in self.severities))
        if self.follow_up_due is not None:
            # The latest outcome of each complaint decides whether a follow-up is still due.
            clauses.append(
                f"""c.id IN (SELECT o.comment_id FROM outcomes o
                   WHERE o.id = {latest_outcome_id("o.comment_id")}
                     AND o.follow_up_on IS NOT NULL AND o.follow_up_on <= ?)"""
            )
            params.append(self.follow_up_due.isoformat())
        if self.ready_at is not None:
            # A draft with words, and its pause over (praise and questions need none).
            # Driven from the drafts (a few), not from every open comment.
            clauses.append(
                f"""c.id IN (SELECT d.comment_id FROM reply_drafts d WHERE {_DRAFT_HAS_WORDS})
                   AND coalesce(
                   (SELECT co.ends_at <= ? FROM cooloffs co WHERE co.comment_id = c.id),
                   c.severity_rank > ?)"""
            )
            params.extend((iso_utc(self.ready_at), Severity.NEGATIVE.rank))
        return clauses, params

    @property
    def searching(self) -> bool:
        return fts_query(self.search) is not None

    def select(
        self,
        columns: str,
        *,
        after: tuple[object, ...] | None = None,
        limit: int | None = None,
        joins: str = "",
        ordered: bool = True,
        by_time_index: bool = False,
        by_search_key: bool = False,
    ) -> tuple[str, list[object]]:
        """SQL and parameters for the rows this filter shows, in the order they are listed.

        Without a search: worst first, unanswered before answered, oldest first (the
        comments_inbox index), unless another order was chosen. With a search: the newest
        written first. `columns` is followed by the order's columns, which make each row's
        sort key; `after` is the key of the last row already shown (keyset paging).
        `by_search_key`: a search listed by time reads the full-text index in its own order
        (its rowid is the search key, newest written first: schema.py), joining each match
        to its comment, and stops at `limit`. Only when every comment's time is within the
        keys' range (CommentStore.search_keys_in_order), else the order would differ.
        `by_time_index`: a search listed by time walks the time index and keeps the matches,
        instead of sorting every match (faster when a word is in thousands of comments).
        """
        keys, descending = self.order()
        match = fts_query(self.search)
        if after is not None and match is None and ordered and self._open_worst_first(keys):
            return self._open_worst_first_after(columns, after, limit, joins)
        clauses, params = self.where()
        by_key = match is not None and by_search_key and keys == InboxSort.RECEIVED.value
        if by_key:
            source = _FTS_BY_KEY
            clauses.insert(0, "comments_fts MATCH ?")
            params.insert(0, match)
        elif match is not None and by_time_index and keys == InboxSort.RECEIVED.value:
            source = "comments c INDEXED BY comments_created"
            clauses.insert(0, f"c.id IN ({MATCHING_IDS})")
            params.insert(0, match)
        elif match is not None:
            source = _FTS_JOIN
            clauses.insert(0, "comments_fts MATCH ?")
            params.insert(0, match)
        else:
            source = "comments c"
        if after is not None:
            if len(after) != len(keys):
                raise ValueError("a sort key from another order")
            if by_key:  # ascending keys are newest first
                clauses.append(f"comments_fts.rowid {'>' if descending else '<'} {_AFTER_KEY}")
            else:
                clauses.append(f"({', '.join(keys)}) {'<' if descending else '>'} ({_marks(keys)})")
            params.extend(after)
        if ordered:
            columns = f"{columns}, {', '.join(keys)}"
        sql = f"SELECT {columns} FROM {source} {joins}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        if ordered and by_key:
            sql += " ORDER BY comments_fts.rowid" + ("" if descending else " DESC")
        elif ordered:
            direction = " DESC" if descending else ""
            sql += " ORDER BY " + ", ".join(k + direction for k in keys)
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return sql, params

    def _open_worst_first(self, keys: tuple[str, ...]) -> bool:
        """The open comments (Needs a reply), worst first, no other order chosen."""
        return (
            keys == InboxSort.WORST_FIRST.value
            and not self.descending
            and self.statuses == OPEN_STATUSES
            and self.ready_at is None
        )

    def _open_worst_first_after(
        self, columns: str, after: tuple[object, ...], limit: int | None, joins: str
    ) -> tuple[str, list[object]]:
        """The page after `after` in the open list, worst first, as two index ranges: the
        rest of the last row's severity, then the later severities. One condition on the
        whole key, with the severities named, made SQLite walk each severity from its start
        to the key (153 ms per page deep in a million comments, against 1.6 ms at the top)."""
        if len(after) != len(InboxSort.WORST_FIRST.value):
            raise ValueError("a sort key from another order")
        rank = after[0]
        allowed = self.severities or frozenset(Severity)
        order = " ORDER BY " + ", ".join(InboxSort.WORST_FIRST.value)
        selected = f"{columns}, {', '.join(InboxSort.WORST_FIRST.value)}"
        bound = " LIMIT ?" if limit is not None else ""
        parts: list[str] = []
        params: list[object] = []
        same = frozenset(s for s in allowed if s.rank == rank)
        if same:
            clauses, where_params = replace(self, severities=same).where()
            clauses.append("(c.created_at, c.id) > (?, ?)")
            parts.append(
                f"SELECT {selected} FROM comments c {joins} WHERE {' AND '.join(clauses)}"
                f"{order}{bound}"
            )
            params += [*where_params, after[2], after[3], *([limit] if limit is not None else [])]
        later = frozenset(s for s in allowed if isinstance(rank, int) and s.rank > rank)
        if later:
            clauses, where_params = replace(self, severities=later).where()
            parts.append(
                f"SELECT {selected} FROM comments c {joins} WHERE {' AND '.join(clauses)}"
                f"{order}{bound}"
            )
            params += [*where_params, *([limit] if limit is not None else [])]
        if not parts:  # nothing after the last severity shown
            return f"SELECT {selected} FROM comments c WHERE 0", []
        # Each part is in list order and every row of the first comes before the second's.
        sql = " UNION ALL ".join(f"SELECT * FROM ({part})" for part in parts) + bound
        if limit is not None:
            params.append(limit)
        return sql, params


@contextlib.contextmanager
def search_index_deferred(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the caller's transaction: the comments inserted meanwhile go into the
    full-text index at the end, in one statement and in the index's order. FTS5 writes
    ascending rowids several times faster than others, and a file lists its comments in
    any order (oldest first made an import half as slow again). A kill or an error rolls
    the transaction back, this row with it."""
    before = int(conn.execute("SELECT coalesce(max(id), 0) FROM comments").fetchone()[0])
    conn.execute("DELETE FROM search_index_deferred")
    conn.execute("INSERT INTO search_index_deferred (after_id) VALUES (?)", (before,))
    try:
        yield
        conn.execute(
            f"""INSERT INTO comments_fts (rowid, author, text)
                SELECT {search_key_sql("created_at", "id")} AS k, author, text FROM comments
                WHERE id > ? ORDER BY k""",
            (before,),
        )
    finally:
        conn.execute("DELETE FROM search_index_deferred")


def _marks(items: Iterable[object]) -> str:
    return ",".join("?" for _ in items)


def other_platforms(conn: sqlite3.Connection) -> list[Platform]:
    """The platforms Feedback Desk does not connect to that stored comments come from
    (imported: Trustpilot, Etsy…), by name, found by skipping from one platform to the
    next along the platform index (a few lookups instead of reading every comment, which
    took 60 ms at 100,000 comments)."""
    connected = {p.value for p in Platform}
    found: list[Platform] = []
    row = conn.execute("SELECT min(platform) FROM comments").fetchone()
    while row is not None and row[0] is not None:
        name = str(row[0])
        if name not in connected:
            found.append(Platform(name))
        row = conn.execute(
            "SELECT min(platform) FROM comments WHERE platform > ?", (name,)
        ).fetchone()
    return sorted(found, key=lambda p: p.label.lower())


def view_filter(view: View, now: datetime, base: InboxFilter | None = None) -> InboxFilter:
    """The filter that lists `view` at `now` (with `base`'s platforms, severities and
    search): the list, the side list's number and the status bar's all read through it."""
    return replace(
        base or InboxFilter(),
        statuses=view.statuses,
        follow_up_due=now.astimezone().date() if view.follow_ups_due else None,
        ready_at=now if view.ready_to_send else None,
    )


class InboxRow(NamedTuple):
    """One line of the inbox: enough to draw it, not the whole comment.

    A named tuple, because a page of them is built on every scroll and search keystroke."""

    id: int
    platform: Platform
    author: str
    snippet: str
    created_at: datetime
    rating: int | None
    severity: Severity
    status: Status
    sort_key: tuple[object, ...]  # the values of its order's columns, for keyset paging
    pause_ends: datetime | None = None  # the cool-off's end, once one has started
    has_draft: bool = False  # a saved draft with words (core.views.has_draft)


# The store's answers below are named tuples too: made after the first paint, but defined
# before it, where each frozen dataclass costs Python 3.11 about 0.5 ms to make.
class InboxCounts(NamedTuple):
    """The counts the window shows for its list (see CommentStore.inbox_counts)."""

    shown: int
    by_severity: dict[Severity, int]
    per_view: dict[ViewKey, int]  # core.views' definitions, as the side list shows them
    needs_reply_by_severity: dict[Severity, int]


class PauseOver(NamedTuple):
    """A comment whose pause ended, still waiting for its reply."""

    comment_id: int
    author: str
    ends_at: datetime
    has_draft: bool


class StatusEdit(NamedTuple):
    """A status change the owner made by hand, with what each comment was before (so it
    can be undone)."""

    status: Status
    previous: tuple[tuple[int, Status], ...]  # (comment id, status before), as asked


class AddResult(NamedTuple):
    """How many comments an add stored, and how many were there already."""

    added: int
    already_there: int


class StatusChange(NamedTuple):
    """One change of a comment's status: from, to, and when."""

    old: Status
    new: Status
    at: datetime


# The comment a comment answers: another comment, or the comment the shop's reply answered
# (a customer answering the owner). Both lookups go through an index.
PARENT_ID = """coalesce(
    (SELECT p.id FROM comments p
     WHERE p.platform = c.platform AND p.external_id = c.reply_to_external_id),
    (SELECT r.comment_id FROM replies r JOIN comments rc ON rc.id = r.comment_id
     WHERE r.remote_id = c.reply_to_external_id AND rc.platform = c.platform LIMIT 1))"""

_COMMENT_COLUMNS = f"""c.id, c.platform, a.name, c.external_id, c.author, c.text, c.created_at,
    c.url, c.rating, c.sentiment, c.severity_rank, c.status, co.ends_at, c.replied_at,
    c.can_reply_privately, c.email, {PARENT_ID}, c.owner_severity_rank IS NOT NULL"""

_COMMENT_JOINS = """LEFT JOIN accounts a ON a.id = c.account_id
    LEFT JOIN cooloffs co ON co.comment_id = c.id"""

_COMMENT_WIDTH = 18  # the columns above; the order's columns follow them

# core.views.has_draft in SQL (trim: the whitespace str.strip() removes in practice).
_DRAFT_HAS_WORDS = "trim(d.text, ' ' || char(9, 10, 11, 12, 13)) <> ''"
_HAS_DRAFT = f"""EXISTS (SELECT 1 FROM reply_drafts d WHERE d.comment_id = c.id
    AND {_DRAFT_HAS_WORDS})"""

_ROW_COLUMNS = f"""c.id, c.platform, c.author, substr(c.text, 1, {SNIPPET_CHARS}), c.created_at,
    c.rating, c.severity_rank, c.status,
    (SELECT co.ends_at FROM cooloffs co WHERE co.comment_id = c.id), {_HAS_DRAFT}"""


class CommentStore:
    """Reads and writes comments on one connection (one per thread)."""

    def __init__(self, db: Database, conn: sqlite3.Connection) -> None:
        self._db = db
        self._conn = conn

    def newest_id(self) -> int:
        """The last comment stored so far: what arrives after it is new."""
        return int(self._conn.execute("SELECT COALESCE(MAX(id), 0) FROM comments").fetchone()[0])

    def complaints_after(self, comment_id: int) -> tuple[int, int]:
        """(harsh, negative) among comments stored after `comment_id` still needing a reply."""
        rows = dict(
            self._conn.execute(
                "SELECT severity_rank, COUNT(*) FROM comments WHERE id > ? AND answered = 0 "
                "AND removed_at IS NULL AND severity_rank <= ? GROUP BY severity_rank",
                (comment_id, Severity.NEGATIVE.rank),
            ).fetchall()
        )
        return rows.get(Severity.HARSH.rank, 0), rows.get(Severity.NEGATIVE.rank, 0)

    # -- adding -------------------------------------------------------------------------

    def add_many(
        self,
        comments: Iterable[NewComment],
        triage: Scorer,
        *,
        account_id: int | None = None,
        import_id: int | None = None,
    ) -> AddResult:
        """Add comments not yet stored, keyed by (platform, external_id). Runs in the
        caller's transaction when there is one, otherwise in its own."""
        fetched = iso_utc(self._db.clock())
        # Two passes over one stream without holding it: tee keeps only the rows in flight.
        first, second = itertools.tee(comments)
        scores = triage.assess_stream((c.text, c.rating) for c in first)
        rows = (
            _insert_row(c, score, account_id, import_id, fetched)
            for c, score in zip(second, scores, strict=True)
        )
        seen = 0

        def counted() -> Iterable[tuple[object, ...]]:
            nonlocal seen
            for row in rows:
                seen += 1
                yield row

        # rowcount sums each insert's own changes; the FTS trigger's writes are not included.
        if self._conn.in_transaction:
            added = self._conn.executemany(_INSERT_NEW_ROW, counted()).rowcount
        else:
            with self._db.transaction(self._conn):
                added = self._conn.executemany(_INSERT_NEW_ROW, counted()).rowcount
        return AddResult(added=added, already_there=seen - added)

    def store_fetched(
        self, comments: list[NewComment], triage: Scorer, account_id: int
    ) -> tuple[int, int]:
        """One page from a platform, in one transaction: new comments added, edited ones
        updated (and rescored), ones that had vanished and came back no longer marked
        removed. Returns (new, updated)."""
        if not comments:
            return 0, 0
        platform = comments[0].platform.value
        with self._db.transaction(self._conn):
            known: dict[str, tuple[str, str, str | None, int | None, int | None]] = {}
            ids = [c.external_id for c in comments]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows = self._conn.execute(
                    "SELECT external_id, author, text, removed_at, can_reply_privately, rating "
                    f"FROM comments WHERE platform = ? AND external_id IN ({_marks(chunk)})",
                    (platform, *chunk),
                )
                known.update({r[0]: (r[1], r[2], r[3], r[4], r[5]) for r in rows})
            fresh = [c for c in comments if c.external_id not in known]
            added = self.add_many(fresh, triage, account_id=account_id).added if fresh else 0
            changed = [
                c for c in comments if c.external_id in known and _differs(known[c.external_id], c)
            ]
            scores = triage.assess_stream((c.text, c.rating) for c in changed)
            now = iso_utc(self._db.clock())
            for comment, (sentiment, severity) in zip(changed, scores, strict=True):
                _, old_text, _, _, old_rating = known[comment.external_id]
                if (old_text, old_rating) != (comment.text, comment.rating):
                    # An edit: the earlier words and stars are kept, never overwritten.
                    self._conn.execute(
                        """INSERT INTO comment_versions (comment_id, text, rating, replaced_at)
                           SELECT id, text, rating, ? FROM comments
                           WHERE platform = ? AND external_id = ?""",
                        (now, platform, comment.external_id),
                    )
                self._conn.execute(
                    """UPDATE comments SET author = ?, text = ?, rating = ?, sentiment = ?,
                           severity_rank = CASE WHEN owner_severity_rank IS NULL THEN ?
                                                ELSE severity_rank END,
                           removed_at = NULL, account_id = coalesce(account_id, ?),
                           can_reply_privately = coalesce(?, can_reply_privately),
                           reply_to_external_id = coalesce(?, reply_to_external_id)
                       WHERE platform = ? AND external_id = ?""",
                    (
                        comment.author,
                        comment.text,
                        comment.rating,
                        sentiment,
                        severity.rank,
                        account_id,
                        comment.can_reply_privately,
                        comment.reply_to_external_id,
                        platform,
                        comment.external_id,
                    ),
                )
        return added, len(changed)

    def mark_removed(self, account_id: int, platform: Platform, seen: set[str]) -> int:
        """After a complete fetch: comments the platform no longer shows are kept here,
        marked as removed there."""
        now = iso_utc(self._db.clock())
        with self._db.transaction(self._conn):
            self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS seen_ids (id TEXT PRIMARY KEY)")
            self._conn.execute("DELETE FROM seen_ids")
            self._conn.executemany(
                "INSERT OR IGNORE INTO seen_ids VALUES (?)", ((i,) for i in seen)
            )
            cursor = self._conn.execute(
                """UPDATE comments SET removed_at = ?
                   WHERE account_id = ? AND platform = ? AND removed_at IS NULL
                     AND external_id NOT IN (SELECT id FROM seen_ids)""",
                (now, account_id, platform.value),
            )
            self._conn.execute("DELETE FROM seen_ids")
        return int(cursor.rowcount)

    # -- reading --------------------------------------------------------------------------

    def get(self, comment_id: int) -> Comment:
        row = self._conn.execute(
            f"SELECT {_COMMENT_COLUMNS} FROM comments c {_COMMENT_JOINS} WHERE c.id = ?",
            (comment_id,),
        ).fetchone()
        if row is None:
            raise NotFound(
                translate("Comments", "There is no comment with id {id}.").format(id=comment_id)
            )
        return _comment(row)

    def page(
        self,
        inbox: InboxFilter,
        after: tuple[object, ...] | None = None,
        limit: int = 200,
    ) -> list[InboxRow]:
        """The next `limit` rows in list order after `after` (keyset paging: no OFFSET)."""
        sql, params = self._listing(inbox, _ROW_COLUMNS, after, limit)
        return [_inbox_row(r) for r in self._conn.execute(sql, params)]

    def _listing(
        self,
        inbox: InboxFilter,
        columns: str,
        after: tuple[object, ...] | None,
        limit: int | None,
    ) -> tuple[str, list[object]]:
        """The list's query: how a search reads the index is decided here, for the rows
        (page) and for their keys alone (inbox_keys)."""
        by_key = self._listed_by_key(inbox)
        return inbox.select(
            columns,
            after=after,
            limit=limit,
            by_search_key=by_key,
            by_time_index=not by_key and self._many_matches(inbox),
        )

    def _listed_by_key(self, inbox: InboxFilter) -> bool:
        """Whether a search is listed by time and the index's keys give that order."""
        if not inbox.searching or inbox.order()[0] != InboxSort.RECEIVED.value:
            return False
        return self.search_keys_in_order()

    def search_keys_in_order(self) -> bool:
        """Whether the full-text index's order (by search key) is exactly the order by
        (created_at, id): no comment written outside the keys' range of times (or with a
        time that is not a time), no id above their range. Three index lookups."""
        row = self._conn.execute(
            """SELECT EXISTS (SELECT 1 FROM comments WHERE created_at < ?)
                   OR EXISTS (SELECT 1 FROM comments WHERE created_at > ?)
                   OR coalesce((SELECT max(id) FROM comments), 0) > ?""",
            (SEARCH_FIRST_TIME, SEARCH_LAST_TIME, SEARCH_ID_MASK),
        ).fetchone()
        return not row[0]

    def _many_matches(self, inbox: InboxFilter) -> bool:
        """Whether a search finds so many comments that sorting them all by time would be
        slower than walking the time index (counted only up to the threshold)."""
        match = fts_query(inbox.search)
        if match is None or inbox.order()[0] != InboxSort.RECEIVED.value:
            return False
        found = self._conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ? "
            "LIMIT ?)",
            (match, MANY_MATCHES),
        ).fetchone()[0]
        return int(found) >= MANY_MATCHES

    def comments(self, inbox: InboxFilter, limit: int | None = None) -> list[Comment]:
        """Whole comments in list order, for the command line and exports."""
        sql, params = inbox.select(
            _COMMENT_COLUMNS,
            limit=limit,
            joins=_COMMENT_JOINS,
            by_search_key=self._listed_by_key(inbox),
        )
        width = _COMMENT_WIDTH
        return [_comment(r[:width]) for r in self._conn.execute(sql, params)]

    def other_platforms(self) -> list[Platform]:
        """See the module's other_platforms."""
        return other_platforms(self._conn)

    def count(self, inbox: InboxFilter) -> int:
        match = fts_query(inbox.search)
        if match is not None and not inbox.where()[0]:
            # Every comment is in the index once: its matches need not be joined to them.
            sql = "SELECT count(*) FROM comments_fts WHERE comments_fts MATCH ?"
            params: list[object] = [match]
        else:
            sql, params = inbox.select("count(*)", ordered=False)
        return int(self._conn.execute(sql, params).fetchone()[0])

    def count_by_severity(self, inbox: InboxFilter) -> dict[Severity, int]:
        sql, params = inbox.select("c.severity_rank, count(*)", ordered=False)
        counts = dict.fromkeys(Severity, 0)
        for rank, number in self._conn.execute(sql + " GROUP BY c.severity_rank", params):
            counts[Severity.from_rank(int(rank))] = int(number)
        return counts

    def has_comments(self) -> bool:
        return bool(self._conn.execute("SELECT EXISTS (SELECT 1 FROM comments)").fetchone()[0])

    def count_by_status(self) -> dict[Status, int]:
        counts = dict.fromkeys(Status, 0)
        for status, number in self._conn.execute(
            "SELECT status, count(*) FROM comments GROUP BY status"
        ):
            counts[Status(status)] = int(number)
        return counts

    def view_counts(self, now: datetime) -> dict[ViewKey, int]:
        """How many comments each view lists at `now`: the same query as the list."""
        return {view.key: self.count(view_filter(view, now)) for view in VIEWS}

    def inbox_counts(
        self, inbox: InboxFilter, now: datetime, views_from: InboxCounts | None = None
    ) -> InboxCounts:
        """What the status bar and the side list count for the list `inbox` at `now`: the
        comments shown by severity, every view's number, and Needs a reply's by severity.
        `views_from`: the last counts, whose views' figures are kept (only the search
        changed, so only the list's own count is read again)."""
        by_severity = self.count_by_severity(inbox)
        if views_from is not None:
            per_view, needing = views_from.per_view, views_from.needs_reply_by_severity
        else:
            per_view = self.view_counts(now)
            needing = self.count_by_severity(view_filter(NEEDS_REPLY, now))
        return InboxCounts(sum(by_severity.values()), by_severity, per_view, needing)

    def pauses_ended(self, after: datetime, until: datetime) -> list[PauseOver]:
        """Comments still waiting for a reply whose pause ended after `after` and by
        `until`, the first to end first."""
        rows = self._conn.execute(
            f"""SELECT c.id, c.author, co.ends_at, {_HAS_DRAFT} FROM cooloffs co
               JOIN comments c ON c.id = co.comment_id
               WHERE co.ends_at > ? AND co.ends_at <= ? AND c.status IN ({_marks(OPEN_STATUSES)})
               ORDER BY co.ends_at, c.id""",
            (iso_utc(after), iso_utc(until), *sorted(s.value for s in OPEN_STATUSES)),
        )
        return [PauseOver(int(r[0]), str(r[1]), parse_iso(r[2]), bool(r[3])) for r in rows]

    def count_unanswered_urgent(self) -> int:
        """Open harsh and negative comments: the number the owner most wants to see fall."""
        return int(
            self._conn.execute(
                "SELECT count(*) FROM comments c WHERE c.severity_rank <= ? AND c.answered = 0",
                (Severity.NEGATIVE.rank,),
            ).fetchone()[0]
        )

    def history(self, comment_id: int) -> list[StatusChange]:
        rows = self._conn.execute(
            """SELECT old_status, new_status, changed_at FROM status_changes
               WHERE comment_id = ? ORDER BY id""",
            (comment_id,),
        )
        return [StatusChange(Status(o), Status(n), parse_iso(t)) for o, n, t in rows]

    # -- changing -------------------------------------------------------------------------

    def surroundings(self, comment_id: int) -> Surroundings:
        """The conversation, earlier versions and signs of recovery around one comment."""
        from .shop_profile import load_shop_name
        from .threads import surroundings

        shop = load_shop_name(self._conn) or translate("Comments", "You")  # no shop name yet
        return surroundings(self._conn, comment_id, shop)

    def facts(self, comment_id: int) -> CommentFacts:
        """The offers, the judgement and the latest outcome of one comment."""
        from .comment_facts import comment_facts

        return comment_facts(self._db, self._conn, comment_id)

    def follow_ups_due(self, today: date) -> dict[int, OutcomeRecord]:
        """The latest outcome of each complaint whose follow-up day has come."""
        from .comment_facts import follow_ups_due

        return follow_ups_due(self._db, self._conn, today)

    def set_severity(self, comment_id: int, severity: Severity) -> None:
        """The owner's own judgement (see Outbox.set_severity: the pause follows it)."""
        from .assessments import load_cooloff_settings
        from .outbox import Outbox

        Outbox(self._db, self._conn).set_severity(
            comment_id, severity, load_cooloff_settings(self._conn)
        )

    def set_status(self, comment_ids: Sequence[int], status: Status) -> int:
        """Set the status of several comments in one transaction; returns how many changed."""
        return len(self.change_statuses(comment_ids, status).previous)

    def change_statuses(self, comment_ids: Sequence[int], status: Status) -> StatusEdit:
        """Set the status of several comments in one transaction, keeping what each was
        before (only those that changed)."""
        now = iso_utc(self._db.clock())
        previous: list[tuple[int, Status]] = []
        with self._db.transaction(self._conn):
            for comment_id in comment_ids:
                row = self._conn.execute(
                    "SELECT status FROM comments WHERE id = ?", (comment_id,)
                ).fetchone()
                if change_status(self._conn, comment_id, status, now):
                    previous.append((comment_id, Status(row[0])))
        return StatusEdit(status, tuple(previous))

    def undo(self, edit: StatusEdit) -> list[int]:
        """Put back what `edit` changed, through the same history as any change; a comment
        that has changed again since (a reply, a sync) is left as it is. Returns the ids put
        back."""
        now = iso_utc(self._db.clock())
        restored: list[int] = []
        with self._db.transaction(self._conn):
            for comment_id, before in edit.previous:
                if change_status(self._conn, comment_id, before, now, only_from=(edit.status,)):
                    restored.append(comment_id)
        return restored


def change_status(
    conn: sqlite3.Connection,
    comment_id: int,
    status: Status,
    now: str,
    *,
    only_from: Sequence[Status] | None = None,
) -> bool:
    """The one place a comment's status changes, always with a line in its history. Runs in
    the caller's transaction. With `only_from`, changes only a comment in one of those
    statuses. Returns whether it changed."""
    row = conn.execute("SELECT status FROM comments WHERE id = ?", (comment_id,)).fetchone()
    if row is None:
        raise NotFound(
            translate("Comments", "There is no comment with id {id}.").format(id=comment_id)
        )
    if row[0] == status.value or (
        only_from is not None and row[0] not in {s.value for s in only_from}
    ):
        return False
    conn.execute("UPDATE comments SET status = ? WHERE id = ?", (status.value, comment_id))
    conn.execute(
        """INSERT INTO status_changes (comment_id, old_status, new_status, changed_at)
           VALUES (?,?,?,?)""",
        (comment_id, row[0], status.value, now),
    )
    return True


def _differs(
    stored: tuple[str, str, str | None, int | None, int | None], fetched: NewComment
) -> bool:
    """Edited (words or stars), back after being removed, or its private-reply permission
    changed."""
    author, text, removed_at, can_reply, rating = stored
    permission = None if can_reply is None else bool(can_reply)
    return (
        (author, text, rating) != (fetched.author, fetched.text, fetched.rating)
        or removed_at is not None
        or (fetched.can_reply_privately is not None and fetched.can_reply_privately != permission)
    )


# The columns of a new comment an import stages (store/imports.py), then the ones it
# takes from where it came from and from its first version.
STAGED_COLUMNS = (
    "platform, external_id, author, text, created_at, url, rating, sentiment, severity_rank, "
    "fetched_at, parent_external_id, can_reply_privately, email, reply_to_external_id"
)
NEW_ROW_COLUMNS = f"{STAGED_COLUMNS}, account_id, imported_from, first_rating, first_severity_rank"
_INSERT_NEW_ROW = f"""INSERT INTO comments ({NEW_ROW_COLUMNS})
    VALUES ({_marks(NEW_ROW_COLUMNS.split(","))})
    ON CONFLICT (platform, external_id) DO NOTHING"""


def _staged_row(
    comment: NewComment, score: tuple[float, Severity] | None, fetched: str
) -> tuple[object, ...]:
    """The row's values in STAGED_COLUMNS' order; without `score`, its sentiment and
    severity are left empty for a staged row scored later (store/imports.py)."""
    sentiment, rank = (score[0], score[1].rank) if score is not None else (None, None)
    return (
        comment.platform.value,
        comment.external_id,
        comment.author,
        comment.text,
        iso_utc(comment.created_at),
        comment.url,
        comment.rating,
        sentiment,
        rank,
        fetched,
        comment.parent_external_id,
        comment.can_reply_privately,
        comment.email,
        comment.reply_to_external_id,
    )


def _insert_row(
    comment: NewComment,
    score: tuple[float, Severity] | None,
    account_id: int | None,
    import_id: int | None,
    fetched: str,
) -> tuple[object, ...]:
    """The row's values in NEW_ROW_COLUMNS' order."""
    rank = score[1].rank if score is not None else None
    return (*_staged_row(comment, score, fetched), account_id, import_id, comment.rating, rank)


def _comment(row: tuple[Any, ...]) -> Comment:
    (
        cid,
        platform,
        account,
        external_id,
        author,
        text,
        created,
        url,
        rating,
        sentiment,
        rank,
        status,
        cooloff_ends,
        replied,
        can_reply,
        email,
        parent_id,
        owner_set,
    ) = row
    return Comment(
        id=int(cid),
        platform=Platform(platform),
        account=None if account is None else str(account),
        external_id=str(external_id),
        author=str(author),
        text=str(text),
        created_at=parse_iso(str(created)),
        url=None if url is None else str(url),
        rating=None if rating is None else int(rating),
        sentiment=float(sentiment),
        severity=Severity.from_rank(int(rank)),
        status=Status(status),
        cooloff_ends_at=None if cooloff_ends is None else parse_iso(str(cooloff_ends)),
        replied_at=None if replied is None else parse_iso(str(replied)),
        can_reply_privately=None if can_reply is None else bool(can_reply),
        email=None if email is None else str(email),
        parent_id=None if parent_id is None else int(parent_id),
        severity_set_by_owner=bool(owner_set),
    )


_PLATFORMS = {p.value: p for p in Platform}
_STATUSES = {s.value: s for s in Status}
_SEVERITIES = tuple(Severity.from_rank(rank) for rank in range(len(Severity)))


def _inbox_row(row: tuple[Any, ...]) -> InboxRow:
    cid, platform, author, snippet, created, rating, rank, status, pause, draft = row[:10]
    return InboxRow(
        cid,
        _PLATFORMS.get(platform) or Platform(platform),
        author,
        snippet,
        datetime.fromisoformat(created),  # stored as ...Z, which 3.11 reads as UTC
        rating,
        _SEVERITIES[rank],
        _STATUSES[status],
        tuple(row[10:]),
        None if pause is None else datetime.fromisoformat(pause),
        bool(draft),
    )


__all__ = [
    "MATCHING_IDS",
    "OPEN_STATUSES",
    "AddResult",
    "CommentStore",
    "InboxFilter",
    "InboxRow",
    "InboxSort",
    "PauseOver",
    "StatusChange",
    "StatusEdit",
    "fts_query",
    "search_index_deferred",
    "search_terms",
    "view_filter",
]


def inbox_keys(
    store: CommentStore,
    inbox: InboxFilter,
    after: tuple[object, ...] | None = None,
    limit: int | None = None,
) -> Iterable[tuple[int, tuple[object, ...]]]:
    """(id, sort key) of the rows `inbox` lists after `after`, in list order: the same
    query as CommentStore.page without reading the comments themselves (the order's index
    answers it), for placing rows without holding them. A stream: read it at once."""
    sql, params = store._listing(inbox, "c.id", after, limit)
    for row in store._conn.execute(sql, params):
        yield int(row[0]), tuple(row[1:])


def inbox_rows(store: CommentStore, ids: Sequence[int]) -> dict[int, InboxRow]:
    """The inbox rows of these comments as they are now, by id (those that still exist);
    their sort keys are left empty."""
    if not ids:
        return {}
    sql = f"SELECT {_ROW_COLUMNS} FROM comments c WHERE c.id IN ({_marks(ids)})"
    return {int(r[0]): _inbox_row(r) for r in store._conn.execute(sql, list(ids))}
