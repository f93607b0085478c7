"""Loading what the customer-recovery report is computed from: the complaints of a period
with their replies, cool-offs, assessments, offers and outcomes (`core.report` does the
arithmetic).

Two queries, whatever the number of complaints: one row per complaint with everything
joined to it, then the discount ledger lines of the same complaints.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from ..core.compensation import CompensationKind, DiscountStatus
from ..core.customers import name_key
from ..core.errors import UserFacingError
from ..core.model import Severity, Status, iso_utc, parse_iso
from ..core.replies import NOT_ASSESSED, VALIDITIES
from ..core.report import (
    COMPLAINT_SEVERITIES,
    NO_OUTCOME,
    OUTCOMES,
    ComplaintFacts,
    Offer,
    collector_paused,
)
from ..core.texts import translate
from .discounts import stored_amount
from .outbox import first_sent_reply_id
from .schema import latest_outcome_id

__all__ = ["ComplaintFacts", "Offer", "ReportFilter", "collector_paused", "load_complaints"]

_WORST_COMPLAINT_RANK = max(s.rank for s in COMPLAINT_SEVERITIES)


@dataclass(frozen=True)
class ReportFilter:
    """Which complaints a report covers: written from `start` to `end` (both days included,
    in the shop's time zone), and, where a set is given, only those platforms, categories,
    validities ("valid", "partly", "not_valid", or "not_assessed" for ones not judged yet)
    and latest outcomes (e.g. "won_back", or "none" for ones without an outcome). An empty
    set means no restriction."""

    start: date
    end: date
    platforms: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    validities: frozenset[str] = frozenset()
    outcomes: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise UserFacingError(
                translate(
                    "ReportFile",
                    "The report's first day ({start}) is after its last day ({end}); swap them.",
                ).format(start=self.start.isoformat(), end=self.end.isoformat())
            )
        _known("validity", self.validities, (*VALIDITIES, NOT_ASSESSED))
        _known("outcome", self.outcomes, (*OUTCOMES, NO_OUTCOME))


def _known(what: str, chosen: frozenset[str], allowed: tuple[str, ...]) -> None:
    unknown = sorted(chosen - set(allowed))
    if unknown:
        raise UserFacingError(
            f"{unknown[0]!r} is not a {what} to filter by; choose from {', '.join(allowed)}."
        )


def load_complaints(
    conn: sqlite3.Connection, report_filter: ReportFilter, tz: tzinfo = UTC
) -> list[ComplaintFacts]:
    """The complaints `report_filter` picks, oldest first. `tz` is the zone whose
    calendar days the filter's dates are; the times come back in UTC (give `tz` to
    `build_report` for its weeks, and convert what you show)."""
    with collector_paused():
        return _load(conn, report_filter, tz)


def _load(
    conn: sqlite3.Connection, report_filter: ReportFilter, tz: tzinfo
) -> list[ComplaintFacts]:
    cte, params = complaints_cte(report_filter, tz)
    rows = conn.execute(
        f"""{cte}
        SELECT id, platform, author, created_at, severity_rank, status, replied_at,
               reply_sent_at, reply_channel, cooloff_started_at, cooloff_ends_at,
               validity, category, notes, valid_point, outcome, decided_on, follow_up_on,
               public_again
        FROM complaints ORDER BY created_at, id""",
        params,
    ).fetchall()
    # The ledger lines of every complaint of the period; keeping those of the complaints
    # just loaded applies the other filters without running the joins a second time.
    in_range, range_params = _in_range(report_filter, tz)
    loaded = {row[0] for row in rows}
    offers: dict[int, list[Offer]] = {}
    for comment_id, kind, value, currency, status in conn.execute(
        f"""SELECT d.comment_id, d.kind, d.value, d.currency, d.status
            FROM discounts d JOIN comments c ON c.id = d.comment_id
            WHERE {" AND ".join(in_range)} ORDER BY d.created_at, d.id""",
        range_params,
    ):
        if comment_id in loaded:
            offers.setdefault(comment_id, []).append(_offer(kind, value, currency, status))
    facts = [_facts(row, tuple(offers.get(row[0], ()))) for row in rows]
    return _with_merges(conn, facts)


def _with_merges(conn: sqlite3.Connection, facts: list[ComplaintFacts]) -> list[ComplaintFacts]:
    """Mark the complaints whose writer's name the owner merged into another customer."""
    links = {str(n): str(c) for n, c in conn.execute("SELECT name, customer FROM customer_links")}
    if not links:
        return facts
    return [
        replace(f, merged_into=links[key]) if (key := name_key(f.author)) in links else f
        for f in facts
    ]


def complaints_cte(
    report_filter: ReportFilter,
    tz: tzinfo,
    *,
    lean: bool = False,
    before: tuple[str, int] | None = None,
) -> tuple[str, list[object]]:
    """A WITH clause naming `complaints`: the filtered rows, everything joined. (The
    history list selects from it too, so the two never disagree.) `lean`: only their `id`
    and `created_at`, joined only to what the filter looks at (a list's ids, a count);
    `before` (lean only): only those listed, newest first, after the one written at this
    stored time with this id (a page of the history list)."""
    in_range, params = _in_range(report_filter, tz)
    where = in_range + _filters(report_filter, params)
    if before is not None:
        # The walk down the time index starts at the page's end: the period's own end is
        # checked on each row instead (unary + keeps SQLite from starting there).
        where = [w.replace("c.created_at < ?", "+c.created_at < ?") for w in where]
        where.append("c.created_at <= ? AND (c.created_at < ? OR c.id < ?)")
        params.extend((before[0], before[0], before[1]))
    if lean:
        joins = []
        if report_filter.categories or report_filter.validities:
            joins.append("LEFT JOIN assessments a ON a.comment_id = c.id")
        if report_filter.outcomes:
            joins.append(f"LEFT JOIN outcomes o ON o.id = {latest_outcome_id('c.id')}")
        return (
            f"""
        WITH complaints AS (
            SELECT c.id, c.created_at FROM comments c {" ".join(joins)}
            WHERE {" AND ".join(where)}
        )""",
            params,
        )
    # The first reply actually sent and the latest outcome are found per complaint
    # through their indexes (replies_sent, outcomes_latest): half the time of numbering
    # every reply and outcome of the period with a window function and joining on those.
    cte = f"""
        WITH complaints AS (
            SELECT c.id, c.platform, c.author, c.created_at,
                   coalesce(c.first_severity_rank, c.severity_rank) AS severity_rank, c.status,
                   c.replied_at, r.sent_at AS reply_sent_at, r.channel AS reply_channel,
                   co.started_at AS cooloff_started_at, co.ends_at AS cooloff_ends_at,
                   a.validity, a.category, a.notes, a.valid_point,
                   o.outcome, o.decided_on, o.follow_up_on,
                   EXISTS (SELECT 1 FROM replies rp WHERE rp.comment_id = c.id
                           AND rp.second_public = 1 AND rp.state = 'sent') AS public_again
            FROM comments c
            LEFT JOIN assessments a ON a.comment_id = c.id
            LEFT JOIN cooloffs co ON co.comment_id = c.id
            LEFT JOIN replies r ON r.id = {first_sent_reply_id("c.id")}
            LEFT JOIN outcomes o ON o.id = {latest_outcome_id("c.id")}
            WHERE {" AND ".join(where)}
        )"""
    return cte, params


def first_complaint_at(conn: sqlite3.Connection) -> datetime | None:
    """When the oldest complaint was written (the report's own idea of a complaint), or None
    when there is none: where "All time" starts."""
    row = conn.execute(
        "SELECT min(created_at) FROM comments c "
        "WHERE coalesce(c.first_severity_rank, c.severity_rank) <= ?",
        (_WORST_COMPLAINT_RANK,),
    ).fetchone()
    return parse_iso(row[0]) if row and row[0] else None


def _in_range(report_filter: ReportFilter, tz: tzinfo) -> tuple[list[str], list[object]]:
    """Conditions on `comments c` for a complaint written on one of the filter's days,
    and their parameters."""
    # Stored times are ISO UTC strings of one fixed shape, so they compare as text.
    lower, upper = _utc_bounds(report_filter.start, report_filter.end, tz)
    # A complaint is counted by what it was when it came in (or as the owner judged it), not
    # as a later edit made it read.
    conditions = ["coalesce(c.first_severity_rank, c.severity_rank) <= ?", "c.created_at >= ?"]
    params: list[object] = [_WORST_COMPLAINT_RANK, lower]
    if upper is not None:
        conditions.append("c.created_at < ?")
        params.append(upper)
    return conditions, params


def _filters(report_filter: ReportFilter, params: list[object]) -> list[str]:
    """Conditions on `comments c`, `assessments a` and `outcomes o` for the filter's sets;
    their parameters are added to `params`."""
    where: list[str] = []
    if report_filter.platforms:
        where.append(f"c.platform IN ({_marks(report_filter.platforms)})")
        params.extend(sorted(report_filter.platforms))
    if report_filter.categories:
        where.append(f"a.category IN ({_marks(report_filter.categories)})")
        params.extend(sorted(report_filter.categories))
    if report_filter.validities:
        where.append(_with_none("a.validity", report_filter.validities, NOT_ASSESSED, params))
    if report_filter.outcomes:
        where.append(_with_none("o.outcome", report_filter.outcomes, NO_OUTCOME, params))
    return where


def _utc_bounds(start: date, end: date, tz: tzinfo) -> tuple[str, str | None]:
    """[first moment of `start`, first moment after `end`) in `tz`, as stored UTC text.
    None: no upper bound (the calendar ends on `end`)."""
    lower = iso_utc(datetime.combine(start, time(), tzinfo=tz))
    try:
        upper = iso_utc(datetime.combine(end + timedelta(days=1), time(), tzinfo=tz))
    except OverflowError:
        return lower, None
    return lower, upper


def _marks(values: frozenset[str]) -> str:
    return ",".join("?" * len(values))


def _with_none(column: str, chosen: frozenset[str], none: str, params: list[object]) -> str:
    """`column` is one of `chosen`, or NULL when the "nothing recorded" value is chosen."""
    named = sorted(chosen - {none})
    parts = [f"{column} IN ({','.join('?' * len(named))})"] if named else []
    params.extend(named)
    if none in chosen:
        parts.append(f"{column} IS NULL")
    return "(" + " OR ".join(parts) + ")"


# Rows become facts 100,000 at a time, so the enum members are looked up by value in
# plain dicts (calling an Enum class is ten times slower); an unknown value still raises
# the enum's own ValueError.
_STATUSES = {status.value: status for status in Status}
_KINDS = {kind.value: kind for kind in CompensationKind}
_DISCOUNT_STATUSES = {status.value: status for status in DiscountStatus}


def _offer(kind: str, value: object, currency: str | None, status: str) -> Offer:
    offer_kind = _KINDS.get(kind) or CompensationKind(kind)
    return Offer(
        offer_kind,
        stored_amount(value, offer_kind, currency),
        currency,
        _DISCOUNT_STATUSES.get(status) or DiscountStatus(status),
    )


def _when(text: str | None) -> datetime | None:
    """A stored time, in UTC. Stored times are UTC ("2026-05-01T10:00:00Z"), which
    datetime.fromisoformat reads as parse_iso would, five times faster; any other
    spelling goes through parse_iso. (Kept in UTC: converting four times per complaint
    to the shop's zone cost a tenth of a report; the exports convert what they show.)"""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        moment = None
    if moment is None or moment.tzinfo is not UTC:
        moment = parse_iso(str(text)).astimezone(UTC)
    return moment


def _day(text: object) -> date | None:
    """A stored day ("2026-05-04"; a full timestamp is cut to its date)."""
    return date.fromisoformat(str(text)[:10]) if text else None


def _facts(row: tuple[Any, ...], offers: tuple[Offer, ...]) -> ComplaintFacts:
    (
        cid,
        platform,
        author,
        created_at,
        severity_rank,
        status,
        replied_at,
        reply_sent_at,
        reply_channel,
        cooloff_started_at,
        cooloff_ends_at,
        validity,
        category,
        notes,
        valid_point,
        outcome,
        decided_on,
        follow_up_on,
        public_again,
    ) = row
    created = _when(created_at)
    if created is None:  # pragma: no cover - the column is NOT NULL
        raise ValueError(f"comment {cid} has no creation time")
    # A reply sent outside the outbox leaves only comments.replied_at; its channel is unknown.
    first_reply = _when(reply_sent_at) or _when(replied_at)
    return ComplaintFacts(
        id=int(cid),
        platform=str(platform),
        author=str(author),
        created_at=created,
        severity=Severity.from_rank(int(severity_rank)),
        status=_STATUSES.get(status) or Status(status),
        first_reply_at=first_reply,
        first_reply_channel=reply_channel if reply_sent_at else None,
        cooloff_started_at=_when(cooloff_started_at),
        cooloff_ends_at=_when(cooloff_ends_at),
        validity=validity,
        category=category,
        notes=notes or "",
        valid_point=valid_point or "",
        outcome=outcome,
        outcome_decided_on=_day(decided_on),
        follow_up_on=_day(follow_up_on),
        discounts=offers,
        public_again=bool(public_again),
    )
