"""Loading the recovery report's complaints: the period in the shop's days, the filters,
the joins (first sent reply, latest outcome, ledger lines) and money kept exact."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from feedback_desk.core.compensation import CompensationKind, CompensationTotal, DiscountStatus
from feedback_desk.core.errors import UserFacingError
from feedback_desk.core.model import Platform, Severity, Status, parse_iso
from feedback_desk.core.report import (
    ComplaintFacts,
    Offer,
    OpenComplaint,
    Share,
    build_report,
)
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.customers import Customers
from feedback_desk.store.report_data import ReportFilter, load_complaints
from tests.conftest import NOW, MakeComment, TaggedTriage

K = CompensationKind
S = DiscountStatus
H = timedelta(hours=1)
M = timedelta(minutes=1)
LONDON = ZoneInfo("Europe/London")  # British Summer Time in April: UTC+1
START = date(2026, 4, 15)
END = date(2026, 4, 30)
IN_LONDON = ReportFilter(START, END)

Ids = dict[str, int]


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# name: platform, author, tag, created (UTC). London days are an hour ahead of these.
COMMENTS = {
    "c1": (Platform.GOOGLE, "Ann", "harsh", "2026-04-14T23:00:00Z"),  # 15 Apr 00:00 London
    "c2": (Platform.GOOGLE, "Ben", "negative", "2026-04-16T08:00:00Z"),
    "c3": (Platform.FACEBOOK, "Cat", "harsh", "2026-04-17T19:00:00Z"),
    "c4": (Platform.FACEBOOK, "Ann", "negative", "2026-04-20T09:00:00Z"),
    "c5": (Platform.INSTAGRAM, "Dev", "negative", "2026-04-21T13:00:00Z"),
    "c6": (Platform.GOOGLE, "Eve", "harsh", "2026-04-22T08:00:00Z"),
    "c7": (Platform.GOOGLE, "Ann", "negative", "2026-04-24T08:00:00Z"),
    "c8": (Platform.GOOGLE, "Fay", "harsh", "2026-04-28T07:00:00Z"),
    "c9": (Platform.INSTAGRAM, "Gus", "negative", "2026-04-30T22:59:59Z"),  # 30 Apr 23:59:59
    "c10": (Platform.FACEBOOK, "Hal", "negative", "2026-04-29T09:00:00Z"),
    # Not complaints, or not in the London period.
    "neutral": (Platform.GOOGLE, "Zed", "neutral", "2026-04-20T09:00:00Z"),
    "positive": (Platform.GOOGLE, "Yan", "positive", "2026-04-20T10:00:00Z"),
    "may_day": (Platform.GOOGLE, "Xi", "harsh", "2026-04-30T23:00:00Z"),  # 1 May 00:00 London
    "too_early": (Platform.GOOGLE, "Wu", "harsh", "2026-04-14T22:59:59Z"),  # 14 Apr 23:59:59
}


@pytest.fixture
def ids(
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> Ids:
    store.add_many(
        [
            make_comment(
                f"[{tag}] about the shop",
                platform=platform,
                author=author,
                created_at=utc(created),
                external_id=name,
            )
            for name, (platform, author, tag, created) in COMMENTS.items()
        ],
        tagged_triage,
    )
    found = {name: int(i) for name, i in conn.execute("SELECT external_id, id FROM comments")}

    def sql(statement: str, *rows: tuple[object, ...]) -> None:
        conn.executemany(statement, [tuple(found.get(str(v), v) for v in row) for row in rows])

    sql(
        "UPDATE comments SET status = ?, replied_at = ? WHERE id = ?",
        ("replied", "2026-04-15T01:00:00Z", "c1"),
        ("replied", "2026-04-16T12:00:00Z", "c2"),
        ("replied", "2026-04-18T19:00:00Z", "c3"),
        ("resolved", "2026-04-20T09:30:00Z", "c4"),
        ("replied", "2026-04-21T14:00:00Z", "c5"),  # answered outside the app: no reply row
        ("ignored", None, "c6"),
        ("replied", "2026-04-24T16:00:00Z", "c7"),
        ("cooling_off", None, "c9"),
        ("drafting", None, "c10"),
    )
    sql(
        """INSERT INTO replies (comment_id, channel, text, state, send_key, created_at,
               updated_at, sent_at) VALUES (?,?,'Sorry',?,?,?,?,?)""",
        ("c1", "private", "queued", "k1", "2026-04-14T23:50:00Z", "2026-04-14T23:50:00Z", None),
        ("c1", "public", "sent", "k2", "2026-04-15T00:55:00Z", "x", "2026-04-15T01:00:00Z"),
        ("c1", "private", "sent", "k3", "2026-04-16T00:00:00Z", "x", "2026-04-16T00:05:00Z"),
        ("c2", "public", "failed", "k4", "2026-04-16T09:59:00Z", "x", None),
        ("c2", "private", "sent", "k5", "2026-04-16T11:59:00Z", "x", "2026-04-16T12:00:00Z"),
        ("c3", "email", "sent", "k6", "2026-04-18T18:59:00Z", "x", "2026-04-18T19:00:00Z"),
        ("c4", "public", "sent", "k7", "2026-04-20T09:29:00Z", "x", "2026-04-20T09:30:00Z"),
        ("c7", "private", "sent", "k8", "2026-04-24T15:59:00Z", "x", "2026-04-24T16:00:00Z"),
        ("c10", "public", "queued", "k9", "2026-04-29T10:00:00Z", "x", None),
        ("neutral", "public", "sent", "k10", "2026-04-20T10:00:00Z", "x", "2026-04-20T10:00:00Z"),
    )
    sql(
        "INSERT INTO cooloffs (comment_id, started_at, ends_at) VALUES (?,?,?)",
        ("c1", "2026-04-15T00:00:00Z", "2026-04-15T00:30:00Z"),
        ("c2", "2026-04-16T11:30:00Z", "2026-04-16T11:45:00Z"),
        ("c4", "2026-04-20T09:10:00Z", "2026-04-20T09:25:00Z"),
        ("c7", "2026-04-24T15:00:00Z", "2026-04-24T15:15:00Z"),
        ("c9", "2026-04-30T23:05:00Z", "2026-04-30T23:20:00Z"),
    )
    sql(
        """INSERT INTO assessments (comment_id, validity, category, valid_point, notes,
               updated_at) VALUES (?,?,?,?,?,'2026-05-01T00:00:00Z')""",
        ("c1", "valid", "delivery", "Parcel was late", "Switch courier"),
        ("c2", "partly", "delivery", "parcel was late", ""),
        ("c3", "not_valid", "staff", "", "Talked to Dan"),
        ("c4", "valid", "delivery", "Box was crushed", "Switch courier"),
        ("c6", "not_valid", "price", None, None),
        ("c7", "valid", "product", "Cake was stale", ""),
        ("c9", None, "delivery", "", ""),  # categorised, not yet judged
        ("c10", "partly", "staff", "", "  Talked   to Dan "),
        ("neutral", "valid", "delivery", "", ""),
    )
    sql(
        """INSERT INTO discounts (comment_id, kind, value, currency, status, created_at)
               VALUES (?,?,?,?,?,?)""",
        ("c1", "fixed", "5.00", "GBP", "redeemed", "2026-04-15T01:00:00Z"),
        ("c2", "percent", "12.5", None, "offered", "2026-04-16T12:00:00Z"),
        ("c4", "refund", "12.50", "GBP", "offered", "2026-04-20T09:30:00Z"),
        ("c4", "free_item", "3.5", "GBP", "redeemed", "2026-04-20T09:30:00Z"),
        ("c5", "fixed", "500", "JPY", "declined", "2026-04-21T14:00:00Z"),
        ("c7", "fixed", "5", "GBP", "offered", "2026-04-24T16:00:00Z"),
        ("neutral", "fixed", "99.00", "GBP", "offered", "2026-04-20T10:00:00Z"),
        (None, "fixed", "77.00", "GBP", "offered", "2026-04-20T10:00:00Z"),  # no comment
    )
    sql(
        """INSERT INTO outcomes (comment_id, outcome, decided_on, follow_up_on, note,
               created_at) VALUES (?,?,?,?,?,?)""",
        ("c1", "won_back", "2026-04-20", None, "Came in for cake", "2026-04-20T10:00:00Z"),
        ("c2", "unhappy", None, "2026-04-25", None, "2026-04-17T10:00:00Z"),
        ("c2", "resolved", "2026-04-18", None, None, "2026-04-18T10:00:00Z"),  # the latest
        ("c3", "unhappy", None, None, None, "2026-04-19T10:00:00Z"),
        ("c4", "won_back", "2026-04-22", None, None, "2026-04-22T10:00:00Z"),
        ("c6", "won_back", None, None, None, "2026-04-23T10:00:00Z"),
        ("c6", "lost", "2026-04-25", None, None, "2026-04-25T10:00:00Z"),  # the latest
        ("c7", "won_back", "2026-04-26", "2026-05-10", None, "2026-04-26T10:00:00Z"),
    )
    return found


def load(conn: sqlite3.Connection, report_filter: ReportFilter = IN_LONDON) -> list[ComplaintFacts]:
    return load_complaints(conn, report_filter, LONDON)


def names(ids: Ids, complaints: list[ComplaintFacts]) -> list[str]:
    by_id = {i: name for name, i in ids.items()}
    return [by_id[c.id] for c in complaints]


def keyed(ids: Ids, complaints: list[ComplaintFacts]) -> dict[str, ComplaintFacts]:
    return dict(zip(names(ids, complaints), complaints, strict=True))


def test_complaints_of_the_period_oldest_first(conn: sqlite3.Connection, ids: Ids) -> None:
    # Neutral and positive comments are not complaints; may_day and too_early fall on
    # 1 May and 14 April in London.
    assert names(ids, load(conn)) == [
        "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c10", "c9",
    ]  # fmt: skip


def test_the_days_are_the_shops_days(conn: sqlite3.Connection, ids: Ids) -> None:
    # In UTC, c1 (14 Apr 23:00) is a day early and may_day (30 Apr 23:00) is in.
    in_utc = load_complaints(conn, IN_LONDON)
    assert names(ids, in_utc) == [
        "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c10", "c9", "may_day",
    ]  # fmt: skip
    assert in_utc[0].created_at.tzinfo is UTC


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # The first moment of the first day is in (c1: 15 Apr 00:00:00 London)...
        (date(2026, 4, 15), date(2026, 4, 15), ["c1"]),
        # ...and the last second of the last day (c9: 30 Apr 23:59:59 London).
        (date(2026, 4, 30), date(2026, 4, 30), ["c9"]),
        # The second before the first day, and the first moment after the last, are not.
        (date(2026, 4, 14), date(2026, 4, 14), ["too_early"]),
        (date(2026, 5, 1), date(2026, 5, 1), ["may_day"]),
        (date(2026, 4, 23), date(2026, 4, 23), []),
    ],
)
def test_first_and_last_days_are_included(
    conn: sqlite3.Connection, ids: Ids, start: date, end: date, expected: list[str]
) -> None:
    assert names(ids, load(conn, ReportFilter(start, end))) == expected


def test_a_complaint_in_full(conn: sqlite3.Connection, ids: Ids) -> None:
    first = load(conn)[0]
    assert first == ComplaintFacts(
        id=ids["c1"],
        platform="google",
        author="Ann",
        created_at=utc("2026-04-14T23:00:00Z"),
        severity=Severity.HARSH,
        status=Status.REPLIED,
        # The first reply actually sent: not the draft before it, not the DM after it.
        first_reply_at=utc("2026-04-15T01:00:00Z"),
        first_reply_channel="public",
        cooloff_started_at=utc("2026-04-15T00:00:00Z"),
        cooloff_ends_at=utc("2026-04-15T00:30:00Z"),
        validity="valid",
        category="delivery",
        notes="Switch courier",
        valid_point="Parcel was late",
        outcome="won_back",
        outcome_decided_on=date(2026, 4, 20),
        follow_up_on=None,
        discounts=(Offer(K.FIXED, Decimal("5.00"), "GBP", S.REDEEMED),),
    )
    # Times come back in UTC; in the shop's zone this one is midnight on the 15th, in London.
    assert first.created_at.tzinfo is UTC
    assert first.created_at.astimezone(LONDON).replace(tzinfo=None) == datetime(2026, 4, 15)


def test_the_latest_outcome_and_the_first_sent_reply(conn: sqlite3.Connection, ids: Ids) -> None:
    by_name = keyed(ids, load(conn))
    # c2: unhappy, then resolved - the latest counts; the failed public reply does not.
    assert by_name["c2"].outcome == "resolved"
    assert by_name["c2"].outcome_decided_on == date(2026, 4, 18)
    assert by_name["c2"].follow_up_on is None  # the latest outcome's, not the earlier one's
    assert by_name["c2"].first_reply_channel == "private"
    assert by_name["c2"].first_reply_at == utc("2026-04-16T12:00:00Z")
    # c6: won back once, lost since.
    assert by_name["c6"].outcome == "lost"
    assert by_name["c7"].follow_up_on == date(2026, 5, 10)
    # c5 was answered outside the app: replied, when known, how not.
    assert by_name["c5"].first_reply_at == utc("2026-04-21T14:00:00Z")
    assert by_name["c5"].first_reply_channel is None
    # c10's reply is only queued: not answered yet. c8 has nothing at all.
    assert by_name["c10"].first_reply_at is None
    assert by_name["c8"] == ComplaintFacts(
        ids["c8"], "google", "Fay", utc("2026-04-28T07:00:00Z"), Severity.HARSH, Status.NEW
    )
    # An assessment with no validity yet; blank texts come back as "".
    assert by_name["c9"].validity is None
    assert by_name["c9"].category == "delivery"
    assert by_name["c6"].notes == ""
    assert by_name["c6"].valid_point == ""


@pytest.mark.parametrize(
    "stored",
    [
        "2026-04-28T09:30:00Z",  # how the app stores every time
        "2026-04-28T09:30:00+00:00",
        "2026-04-28T09:30:00.250000Z",
        "2026-04-28 09:30:00",  # naive: taken as UTC
        "2026-04-28T11:30:00+0200",
        " 2026-04-28T09:30:00Z ",
    ],
)
def test_a_stored_time_reads_as_parse_iso_reads_it(
    conn: sqlite3.Connection, ids: Ids, stored: str
) -> None:
    conn.execute("UPDATE comments SET replied_at = ? WHERE id = ?", (stored, ids["c8"]))
    reply = keyed(ids, load(conn))["c8"].first_reply_at
    assert reply is not None
    assert reply == parse_iso(stored)
    assert reply.microsecond == parse_iso(stored).microsecond
    assert reply.tzinfo is UTC


def test_money_comes_back_as_exact_decimals_per_currency(
    conn: sqlite3.Connection, ids: Ids
) -> None:
    offers = {name: c.discounts for name, c in keyed(ids, load(conn)).items()}
    assert offers["c2"] == (Offer(K.PERCENT, Decimal("12.5"), None, S.OFFERED),)
    assert offers["c4"] == (
        Offer(K.REFUND, Decimal("12.50"), "GBP", S.OFFERED),
        Offer(K.FREE_ITEM, Decimal("3.50"), "GBP", S.REDEEMED),
    )
    assert offers["c5"] == (Offer(K.FIXED, Decimal("500"), "JPY", S.DECLINED),)
    assert offers["c7"] == (Offer(K.FIXED, Decimal("5.00"), "GBP", S.OFFERED),)
    # The column is a REAL; the Decimals have the currency's places, not a float's noise.
    assert [str(o.value) for o in offers["c4"]] == ["12.50", "3.50"]
    assert str(offers["c5"][0].value) == "500"
    assert str(offers["c2"][0].value) == "12.5"
    assert offers["c3"] == ()


def test_the_report_from_the_database(conn: sqlite3.Connection, ids: Ids) -> None:
    report = build_report(load(conn), start=START, end=END, now=NOW)
    assert report.received == 10
    # London days: W16 (13-19 Apr) c1 c2 c3; W17 c4 c5 c6 c7; W18 c8 c9 c10.
    assert report.by_week == {"2026-W16": 3, "2026-W17": 4, "2026-W18": 3}
    assert report.by_platform == {"google": 5, "facebook": 3, "instagram": 2}
    assert report.by_severity == {Severity.HARSH: 4, Severity.NEGATIVE: 6}
    # Replied c1 c2 c3 c4 c5 c7 after 2h, 4h, 24h, 30m, 1h, 8h: median 3h, p90 (6th of 6) 24h.
    assert report.response_rate == Share(6, 10)
    assert report.first_response_median == 3 * H
    assert report.first_response_p90 == 24 * H
    # Cool-off to reply: c1 1h, c2 30m, c4 20m, c7 1h -> between 30m and 1h = 45m.
    assert report.cooloff_wait_median == 45 * M
    # c1, c4, c7 valid; c2, c10 partly; c3, c6 not; c5, c8 (no row), c9 (no verdict) not assessed.
    assert report.validity == {"valid": 3, "partly": 2, "not_valid": 2, "not_assessed": 3}
    # Private or e-mail first: c2, c3, c7 of 6 (c5's unknown channel is not private).
    assert report.taken_private == Share(3, 6)
    # Latest outcome resolved/won back c1 c2 c4 c7 (c6's won back was overturned) = 4.
    assert report.resolution_rate == Share(4, 10)
    assert report.offered == (
        CompensationTotal(K.PERCENT, None, 1, None),  # c2
        CompensationTotal(K.FIXED, "GBP", 2, Decimal("10.00")),  # c1 5.00 + c7 5.00
        CompensationTotal(K.FIXED, "JPY", 1, Decimal("500")),  # c5
        CompensationTotal(K.FREE_ITEM, "GBP", 1, Decimal("3.50")),  # c4
        CompensationTotal(K.REFUND, "GBP", 1, Decimal("12.50")),  # c4
    )
    assert report.redeemed == (
        CompensationTotal(K.FIXED, "GBP", 1, Decimal("5.00")),  # c1
        CompensationTotal(K.FREE_ITEM, "GBP", 1, Decimal("3.50")),  # c4
    )
    # GBP 26.00 over c1, c4, c7 = 8.67; JPY 500 over c5 = 500.
    assert report.average_per_case == {"GBP": Decimal("8.67"), "JPY": Decimal("500")}
    # 8 customers (Ann wrote c1 and c7 on Google and c4 on Facebook); Ann was won back.
    assert report.customers_at_risk == 8
    assert report.recovery_rate == Share(1, 8)
    # GBP 26.00 / 1; JPY 500 / 1.
    assert report.cost_per_recovered_customer == {"GBP": Decimal("26.00"), "JPY": Decimal("500")}
    assert [(c.category, c.count) for c in report.top_categories] == [
        ("delivery", 4),  # c1 c2 c4 c9
        ("staff", 2),  # c3 c10
        ("price", 1),
        ("product", 1),
    ]
    # At 1 May 12:00 UTC: c8 has waited 3d 5h, c10 2d 3h (overdue); c9 13h 0m 1s.
    assert report.open_complaints == (
        OpenComplaint(ids["c8"], "google", "Fay", utc("2026-04-28T07:00:00Z"), 77 * H, True),
        OpenComplaint(ids["c10"], "facebook", "Hal", utc("2026-04-29T09:00:00Z"), 51 * H, True),
        OpenComplaint(
            ids["c9"],
            "instagram",
            "Gus",
            utc("2026-04-30T22:59:59Z"),
            13 * H + timedelta(seconds=1),
            False,
        ),
    )


@pytest.mark.parametrize(
    ("report_filter", "expected"),
    [
        (ReportFilter(START, END, platforms=frozenset({"facebook"})), ["c3", "c4", "c10"]),
        (
            ReportFilter(START, END, platforms=frozenset({"facebook", "instagram"})),
            ["c3", "c4", "c5", "c10", "c9"],
        ),
        (ReportFilter(START, END, categories=frozenset({"delivery"})), ["c1", "c2", "c4", "c9"]),
        (ReportFilter(START, END, categories=frozenset({"staff", "price"})), ["c3", "c6", "c10"]),
        (ReportFilter(START, END, validities=frozenset({"valid"})), ["c1", "c4", "c7"]),
        # Not assessed: no assessment at all (c5, c8), or one without a verdict (c9).
        (ReportFilter(START, END, validities=frozenset({"not_assessed"})), ["c5", "c8", "c9"]),
        (
            ReportFilter(START, END, validities=frozenset({"partly", "not_assessed"})),
            ["c2", "c5", "c8", "c10", "c9"],
        ),
        # The latest outcome decides: c6 was won back, then lost.
        (ReportFilter(START, END, outcomes=frozenset({"won_back"})), ["c1", "c4", "c7"]),
        (ReportFilter(START, END, outcomes=frozenset({"lost"})), ["c6"]),
        (ReportFilter(START, END, outcomes=frozenset({"unhappy"})), ["c3"]),  # not c2 any more
        (ReportFilter(START, END, outcomes=frozenset({"none"})), ["c5", "c8", "c10", "c9"]),
        # Filters together narrow further.
        (
            ReportFilter(
                START, END, platforms=frozenset({"google"}), validities=frozenset({"valid"})
            ),
            ["c1", "c7"],
        ),
        (
            ReportFilter(
                START, END, categories=frozenset({"delivery"}), outcomes=frozenset({"won_back"})
            ),
            ["c1", "c4"],
        ),
        (ReportFilter(START, END, platforms=frozenset({"youtube"})), []),
    ],
)
def test_filters(
    conn: sqlite3.Connection, ids: Ids, report_filter: ReportFilter, expected: list[str]
) -> None:
    assert names(ids, load(conn, report_filter)) == expected


def test_filtered_offers_belong_to_the_filtered_complaints(
    conn: sqlite3.Connection, ids: Ids
) -> None:
    facebook = load(conn, ReportFilter(START, END, platforms=frozenset({"facebook"})))
    report = build_report(facebook, start=START, end=END, now=NOW)
    # Only c4's offers: the refund and the free item.
    assert report.offered == (
        CompensationTotal(K.FREE_ITEM, "GBP", 1, Decimal("3.50")),
        CompensationTotal(K.REFUND, "GBP", 1, Decimal("12.50")),
    )


def test_an_empty_period(conn: sqlite3.Connection, ids: Ids) -> None:
    quiet = ReportFilter(date(2025, 1, 1), date(2025, 1, 31))
    assert load(conn, quiet) == []
    report = build_report([], start=quiet.start, end=quiet.end, now=NOW)
    assert report.received == 0
    assert report.response_rate.ratio is None


def test_an_empty_database(conn: sqlite3.Connection) -> None:
    assert load(conn) == []


def test_two_queries_however_many_complaints(
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
    ids: Ids,
) -> None:
    more = [
        make_comment("[harsh] again", created_at=utc("2026-04-20T12:00:00Z") + n * M)
        for n in range(50)
    ]
    store.add_many(more, tagged_triage)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        complaints = load(conn)
    finally:
        conn.set_trace_callback(None)
    assert len(complaints) == 60
    # The complaints, their ledger lines, and the owner's "same person" links.
    assert len(statements) == 3


def test_names_the_owner_merged_count_as_one_customer(
    db: Database, conn: sqlite3.Connection, ids: Ids
) -> None:
    before = build_report(load(conn), start=START, end=END, now=NOW)
    Customers(db, conn).merge("Ben", "Cat")  # Ben (Google) is Cat (Facebook)
    complaints = keyed(ids, load(conn))
    assert complaints["c2"].merged_into == "cat" and complaints["c3"].merged_into is None
    assert complaints["c2"].customer == complaints["c3"].customer == "cat"
    after = build_report(load(conn), start=START, end=END, now=NOW)
    assert after.customers_at_risk == before.customers_at_risk - 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": date(2026, 5, 1), "end": date(2026, 4, 1)}, "after its last day"),
        ({"validities": frozenset({"fair"})}, "'fair' is not a validity"),
        ({"outcomes": frozenset({"happy"})}, "'happy' is not a outcome"),
    ],
)
def test_a_filter_that_cannot_be_is_refused(kwargs: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {"start": START, "end": END, **kwargs}
    with pytest.raises(UserFacingError, match=message):
        ReportFilter(**arguments)  # type: ignore[arg-type]


def test_the_last_day_of_the_calendar(conn: sqlite3.Connection, ids: Ids) -> None:
    everything = ReportFilter(date(2000, 1, 1), date.max)
    assert len(load_complaints(conn, everything)) == 12  # ten, may_day and too_early


@pytest.mark.parametrize("zone", [UTC, LONDON, ZoneInfo("Pacific/Kiritimati")])
def test_one_day_holds_exactly_its_own_comments(
    conn: sqlite3.Connection, ids: Ids, zone: tzinfo
) -> None:
    # Every complaint is loaded for the day it was written on, in any zone.
    everything = load_complaints(conn, ReportFilter(date(2026, 4, 1), date(2026, 5, 31)), zone)
    for complaint in everything:
        day = complaint.created_at.astimezone(zone).date()
        one_day = load_complaints(conn, ReportFilter(day, day), zone)
        assert complaint.id in {c.id for c in one_day}
        assert all(c.created_at.astimezone(zone).date() == day for c in one_day)


def test_durations_across_a_clock_change_are_real_time(
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:
    """Written at 23:00 GMT on 28 March 2026, answered at 04:00 BST after the clocks went
    forward: four hours of waiting, not the five a wall clock shows."""
    store.add_many(
        [make_comment("[harsh] cold", created_at=utc("2026-03-28T23:00:00Z"), external_id="x")],
        tagged_triage,
    )
    conn.execute("UPDATE comments SET status = 'replied', replied_at = '2026-03-29T03:00:00Z'")
    spring = ReportFilter(date(2026, 3, 28), date(2026, 3, 29))
    complaints = load_complaints(conn, spring, LONDON)
    report = build_report(complaints, start=spring.start, end=spring.end, now=NOW, tz=LONDON)
    assert report.first_response_median == 4 * H
