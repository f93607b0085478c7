"""The recovery report's arithmetic, checked against answers worked out by hand."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from feedback_desk.core.compensation import CompensationKind, CompensationTotal, DiscountStatus
from feedback_desk.core.model import Severity, Status
from feedback_desk.core.report import (
    DEFINITIONS,
    CategorySummary,
    ComplaintFacts,
    NoteCount,
    Offer,
    OpenComplaint,
    RecoveryReport,
    Share,
    build_report,
    median,
    percentile,
)
from tests.conftest import NOW

K = CompensationKind
S = DiscountStatus
H = timedelta(hours=1)
M = timedelta(minutes=1)
START = date(2026, 4, 15)  # a Wednesday in ISO week 16
END = date(2026, 4, 30)  # a Thursday in ISO week 18
# NOW (from conftest) is Friday 1 May 2026, 12:00 UTC.


def at(day: int, hour: int, minute: int = 0, month: int = 4) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def facts(
    cid: int,
    platform: str,
    author: str,
    created_at: datetime,
    severity: Severity = Severity.NEGATIVE,
    status: Status = Status.REPLIED,
    **more: Any,
) -> ComplaintFacts:
    return ComplaintFacts(cid, platform, author, created_at, severity, status, **more)


def offer(kind: K, value: str | None, currency: str | None, status: S = S.OFFERED) -> Offer:
    return Offer(kind, None if value is None else Decimal(value), currency, status)


# Ten complaints between 15 and 30 April, every figure below worked out from this table.
#  id plat. author  written       sev.  status      1st reply (after) chan.   cool-off start
#   1 google Ann     Wed 15 09:00  harsh replied     15 11:00 (2h)     public  10:00 (1h wait)
#   2 google Ben     Thu 16 08:00  neg.  replied     16 12:00 (4h)     private 11:30 (30m)
#   3 fb     Cat     Fri 17 20:00  harsh replied     18 20:00 (24h)    email   -
#   4 fb     Ann     Mon 20 10:00  neg.  resolved    20 10:30 (30m)    public  10:10 (20m)
#   5 insta  Dev     Tue 21 14:00  neg.  replied     21 15:00 (1h)     public  -
#   6 google Eve     Wed 22 09:00  harsh ignored     -
#   7 google Ann     Fri 24 09:00  neg.  replied     24 17:00 (8h)     private 16:00 (1h)
#   8 google Fay     Tue 28 08:00  harsh new         -
#   9 insta  Gus     Thu 30 12:00  neg.  cooling_off -                         30 12:05
#  10 fb     Hal     Wed 29 10:00  neg.  drafting    -
#  id validity  category  valid point / notes                     outcome   offers
#   1 valid     delivery  "Parcel was late" / "Switch courier"    won_back  fixed £5 redeemed
#   2 partly    delivery  "parcel was late" / -                   resolved  10% offered
#   3 not_valid staff     - / "Talked to Dan"                     unhappy   apology; free coffee
#   4 valid     delivery  "Box was crushed" / "Switch courier"    won_back  refund £12.50;
#                                                                           free item £3.50 redeemed
#   5 -         -         -                                       -         fixed €10 declined
#   6 not_valid price     -                                       lost      -
#   7 valid     product   "Cake was stale" / -                    won_back  fixed £5 offered
#   8 -         -         -                                       -         -
#   9 -         delivery  -                                       -         -
#  10 partly    staff     - / "  Talked   to Dan "                -         -
FIXTURE = [
    facts(
        1, "google", "Ann", at(15, 9), Severity.HARSH,
        first_reply_at=at(15, 11), first_reply_channel="public",
        cooloff_started_at=at(15, 10), cooloff_ends_at=at(15, 10, 30),
        validity="valid", category="delivery", valid_point="Parcel was late",
        notes="Switch courier", outcome="won_back",
        discounts=(offer(K.FIXED, "5.00", "GBP", S.REDEEMED),),
    ),
    facts(
        2, "google", "Ben", at(16, 8),
        first_reply_at=at(16, 12), first_reply_channel="private",
        cooloff_started_at=at(16, 11, 30), cooloff_ends_at=at(16, 11, 45),
        validity="partly", category="delivery", valid_point="parcel was late",
        outcome="resolved", discounts=(offer(K.PERCENT, "10", None),),
    ),
    facts(
        3, "facebook", "Cat", at(17, 20), Severity.HARSH,
        first_reply_at=at(18, 20), first_reply_channel="email",
        validity="not_valid", category="staff", notes="Talked to Dan", outcome="unhappy",
        discounts=(offer(K.APOLOGY, None, None), offer(K.FREE_ITEM, None, None)),
    ),
    facts(
        4, "facebook", "Ann", at(20, 10), status=Status.RESOLVED,
        first_reply_at=at(20, 10, 30), first_reply_channel="public",
        cooloff_started_at=at(20, 10, 10), cooloff_ends_at=at(20, 10, 25),
        validity="valid", category="delivery", valid_point="Box was crushed",
        notes="Switch courier", outcome="won_back",
        discounts=(
            offer(K.REFUND, "12.50", "GBP"),
            offer(K.FREE_ITEM, "3.50", "GBP", S.REDEEMED),
        ),
    ),
    facts(
        5, "instagram", "Dev", at(21, 14),
        first_reply_at=at(21, 15), first_reply_channel="public",
        discounts=(offer(K.FIXED, "10.00", "EUR", S.DECLINED),),
    ),
    facts(
        6, "google", "Eve", at(22, 9), Severity.HARSH, Status.IGNORED,
        validity="not_valid", category="price", outcome="lost",
    ),
    facts(
        7, "google", "Ann", at(24, 9),
        first_reply_at=at(24, 17), first_reply_channel="private",
        cooloff_started_at=at(24, 16), cooloff_ends_at=at(24, 16, 15),
        validity="valid", category="product", valid_point="Cake was stale", outcome="won_back",
        discounts=(offer(K.FIXED, "5.00", "GBP"),),
    ),
    facts(8, "google", "Fay", at(28, 8), Severity.HARSH, Status.NEW),
    facts(
        9, "instagram", "Gus", at(30, 12), status=Status.COOLING_OFF,
        cooloff_started_at=at(30, 12, 5), cooloff_ends_at=at(30, 12, 20), category="delivery",
    ),
    facts(
        10, "facebook", "Hal", at(29, 10), status=Status.DRAFTING,
        validity="partly", category="staff", notes="  Talked   to Dan ",
    ),
]  # fmt: skip


@pytest.fixture
def report() -> RecoveryReport:
    return build_report(FIXTURE, start=START, end=END, now=NOW)


def test_volume(report: RecoveryReport) -> None:
    assert report.received == 10
    # W16 = 13-19 Apr: 1, 2, 3; W17 = 20-26 Apr: 4, 5, 6, 7; W18 = 27 Apr-3 May: 8, 9, 10.
    assert list(report.by_week.items()) == [("2026-W16", 3), ("2026-W17", 4), ("2026-W18", 3)]
    # google 1, 2, 6, 7, 8; facebook 3, 4, 10; instagram 5, 9 - most first.
    assert list(report.by_platform.items()) == [("google", 5), ("facebook", 3), ("instagram", 2)]
    # delivery 1, 2, 4, 9; staff 3, 10; none 5, 8; price 6; product 7. Ties: names, then none.
    assert list(report.by_category.items()) == [
        ("delivery", 4),
        ("staff", 2),
        (None, 2),
        ("price", 1),
        ("product", 1),
    ]
    # harsh 1, 3, 6, 8; negative the other six.
    assert report.by_severity == {Severity.HARSH: 4, Severity.NEGATIVE: 6}


def test_answering(report: RecoveryReport) -> None:
    # Replied: 1, 2, 3, 4, 5, 7.
    assert report.replied == 6
    assert report.response_rate == Share(6, 10)
    assert report.response_rate.ratio == pytest.approx(0.6)
    assert report.response_rate.percent == pytest.approx(60.0)
    # First replies after 2h, 4h, 24h, 30m, 1h, 8h; sorted 30m 1h 2h 4h 8h 24h.
    # Median: halfway between 2h and 4h = 3h. P90: rank ceil(0.9 x 6) = 6, the 6th = 24h.
    assert report.first_response_median == 3 * H
    assert report.first_response_p90 == 24 * H
    # Cool-off to reply, replied ones with a cool-off: 1: 1h, 2: 30m, 4: 20m, 7: 1h
    # (9 had one but no reply). Sorted 20m 30m 1h 1h: halfway between 30m and 1h = 45m.
    assert report.cooloff_wait_median == 45 * M
    # valid 1, 4, 7; partly 2, 10; not valid 3, 6; not assessed 5, 8, 9.
    assert report.validity == {"valid": 3, "partly": 2, "not_valid": 2, "not_assessed": 3}
    # First reply private or by e-mail: 2 (private), 3 (email), 7 (private) of 6 replied.
    assert report.taken_private == Share(3, 6)
    # Outcome won back or resolved: 1, 2, 4, 7; status resolved: 4 (already counted) -> 4.
    assert report.resolution_rate == Share(4, 10)


def test_compensation(report: RecoveryReport) -> None:
    # Every offer, whatever became of it, in kind order then currency (none first).
    assert report.offered == (
        CompensationTotal(K.APOLOGY, None, 1, None),  # 3
        CompensationTotal(K.PERCENT, None, 1, None),  # 2: counted, never summed
        CompensationTotal(K.FIXED, "EUR", 1, Decimal("10.00")),  # 5 (declined, still offered)
        CompensationTotal(K.FIXED, "GBP", 2, Decimal("10.00")),  # 1 + 7: 5.00 + 5.00
        CompensationTotal(K.FREE_ITEM, None, 1, None),  # 3: a coffee of unknown worth
        CompensationTotal(K.FREE_ITEM, "GBP", 1, Decimal("3.50")),  # 4
        CompensationTotal(K.REFUND, "GBP", 1, Decimal("12.50")),  # 4
    )
    assert report.redeemed == (
        CompensationTotal(K.FIXED, "GBP", 1, Decimal("5.00")),  # 1
        CompensationTotal(K.FREE_ITEM, "GBP", 1, Decimal("3.50")),  # 4
    )
    # More than an apology: 1, 2, 3 (the free coffee), 4, 5, 7.
    assert report.compensated_complaints == 6
    # GBP offered: 5.00 + 12.50 + 3.50 + 5.00 = 26.00 over the cases with GBP offers 1, 4, 7:
    # 26.00 / 3 = 8.666... -> 8.67. EUR: 10.00 over case 5 alone = 10.00.
    assert report.average_per_case == {"EUR": Decimal("10.00"), "GBP": Decimal("8.67")}
    assert all(isinstance(v, Decimal) for v in report.average_per_case.values())


def test_recovery(report: RecoveryReport) -> None:
    # Customers (a name on any platform): Ann (1 and 7 on Google, 4 on Facebook), Ben, Cat,
    # Dev, Eve, Fay, Gus, Hal = 8.
    assert report.customers_at_risk == 8
    # Won back: Ann (1, 4 and 7 - once) = 1.
    assert report.customers_won_back == 1
    assert report.recovery_rate == Share(1, 8)
    # All money offered / 1 customer: GBP 26.00; EUR 10.00.
    assert report.cost_per_recovered_customer == {
        "EUR": Decimal("10.00"),
        "GBP": Decimal("26.00"),
    }


def test_top_categories(report: RecoveryReport) -> None:
    assert report.top_categories == (
        CategorySummary(
            "delivery",
            4,  # 1, 2, 4, 9
            Share(4, 10),
            # "Parcel was late" on 1 and "parcel was late" on 2 are one point, written twice.
            (NoteCount("Parcel was late", 2), NoteCount("Box was crushed", 1)),
            (NoteCount("Switch courier", 2),),  # 1 and 4
            0,
            0,
        ),
        # 3 and 10: the note differs only in spacing.
        CategorySummary("staff", 2, Share(2, 10), (), (NoteCount("Talked to Dan", 2),), 0, 0),
        CategorySummary("price", 1, Share(1, 10), (), (), 0, 0),  # 6
        CategorySummary("product", 1, Share(1, 10), (NoteCount("Cake was stale", 1),), (), 0, 0),
    )


def test_open_and_overdue(report: RecoveryReport) -> None:
    # Open: 8 (new), 10 (drafting), 9 (cooling off), oldest first. At Fri 1 May 12:00:
    # 8 has waited 3d 4h, 10 2d 2h (both past 24h); 9 exactly 24h, which is not past it.
    assert report.open_complaints == (
        OpenComplaint(8, "google", "Fay", at(28, 8), 3 * 24 * H + 4 * H, True),
        OpenComplaint(10, "facebook", "Hal", at(29, 10), 2 * 24 * H + 2 * H, True),
        OpenComplaint(9, "instagram", "Gus", at(30, 12), 24 * H, False),
    )
    assert [c.id for c in report.overdue_complaints] == [8, 10]


def test_a_longer_response_target_leaves_fewer_overdue() -> None:
    report = build_report(FIXTURE, start=START, end=END, now=NOW, response_target=3 * 24 * H)
    assert report.response_target == 3 * 24 * H
    assert [c.id for c in report.overdue_complaints] == [8]  # 3d 4h > 3d; 10's 2d 2h is not


def test_the_order_the_complaints_come_in_does_not_matter(report: RecoveryReport) -> None:
    assert build_report(reversed(FIXTURE), start=START, end=END, now=NOW) == report


def test_an_empty_period_has_no_figures_to_divide() -> None:
    report = build_report([], start=START, end=END, now=NOW)
    assert report.received == 0
    assert report.by_week == {"2026-W16": 0, "2026-W17": 0, "2026-W18": 0}
    assert report.by_platform == {}
    assert report.by_category == {}
    assert report.by_severity == {Severity.HARSH: 0, Severity.NEGATIVE: 0}
    assert report.response_rate == Share(0, 0)
    assert report.response_rate.ratio is None
    assert report.response_rate.percent is None
    assert report.first_response_median is None
    assert report.first_response_p90 is None
    assert report.cooloff_wait_median is None
    assert report.validity == {"valid": 0, "partly": 0, "not_valid": 0, "not_assessed": 0}
    assert report.taken_private.ratio is None
    assert report.resolution_rate.ratio is None
    assert report.offered == ()
    assert report.redeemed == ()
    assert report.compensated_complaints == 0
    assert report.average_per_case == {}
    assert report.customers_at_risk == 0
    assert report.customers_won_back == 0
    assert report.recovery_rate.ratio is None
    assert report.cost_per_recovered_customer is None
    assert report.top_categories == ()
    assert report.open_complaints == ()
    assert report.overdue_complaints == ()


def test_no_replies_means_no_reply_times_but_rates_of_zero() -> None:
    only = [facts(1, "google", "Ann", at(15, 9), status=Status.NEW)]
    report = build_report(only, start=START, end=END, now=NOW)
    assert report.response_rate == Share(0, 1)
    assert report.response_rate.ratio == 0
    assert report.first_response_median is None
    assert report.taken_private == Share(0, 0)
    assert report.taken_private.ratio is None


def test_nobody_won_back_has_no_cost_per_recovered_customer() -> None:
    lost = facts(
        1, "google", "Ann", at(15, 9), outcome="lost", discounts=(offer(K.FIXED, "5", "GBP"),)
    )
    report = build_report([lost], start=START, end=END, now=NOW)
    assert report.recovery_rate == Share(0, 1)
    assert report.cost_per_recovered_customer is None


def test_won_back_for_free_costs_nothing_in_any_currency() -> None:
    won = facts(1, "google", "Ann", at(15, 9), outcome="won_back")
    report = build_report([won], start=START, end=END, now=NOW)
    assert report.recovery_rate == Share(1, 1)
    assert report.cost_per_recovered_customer == {}


def test_money_is_kept_apart_per_currency_and_rounded_to_its_coins() -> None:
    complaints = [
        facts(1, "google", "Ann", at(15, 9), outcome="won_back",
              discounts=(offer(K.FIXED, "500", "JPY"), offer(K.REFUND, "0.10", "GBP"))),
        facts(2, "google", "Ben", at(15, 10), outcome="won_back",
              discounts=(offer(K.FIXED, "501", "JPY"),)),
        facts(3, "google", "Cat", at(15, 11), outcome="won_back",
              discounts=(offer(K.FIXED, "0.05", "GBP"), offer(K.FIXED, "1.000", "KWD"))),
    ]  # fmt: skip
    report = build_report(complaints, start=START, end=END, now=NOW)
    assert report.offered == (
        CompensationTotal(K.FIXED, "GBP", 1, Decimal("0.05")),
        CompensationTotal(K.FIXED, "JPY", 2, Decimal("1001")),
        CompensationTotal(K.FIXED, "KWD", 1, Decimal("1.000")),
        CompensationTotal(K.REFUND, "GBP", 1, Decimal("0.10")),
    )
    # Per case: GBP 0.15 over 1 and 3 = 0.075 -> 0.08 (half up); JPY 1001 / 2 = 500.5 -> 501
    # (no sen); KWD 1.000 / 1 = 1.000 (three places).
    assert report.average_per_case == {
        "GBP": Decimal("0.08"),
        "JPY": Decimal("501"),
        "KWD": Decimal("1.000"),
    }
    # Per recovered customer (3): GBP 0.05; JPY 333.67 -> 334; KWD 0.3333 -> 0.333.
    assert report.cost_per_recovered_customer == {
        "GBP": Decimal("0.05"),
        "JPY": Decimal("334"),
        "KWD": Decimal("0.333"),
    }
    assert str(report.average_per_case["GBP"]) == "0.08"  # exact, not a float's 0.0800000001


def test_percent_discounts_are_counted_but_not_summed() -> None:
    complaints = [
        facts(1, "google", "Ann", at(15, 9), discounts=(offer(K.PERCENT, "10", None),)),
        facts(2, "google", "Ben", at(15, 9), discounts=(offer(K.PERCENT, "15", None, S.REDEEMED),)),
    ]  # fmt: skip
    report = build_report(complaints, start=START, end=END, now=NOW)
    assert report.offered == (CompensationTotal(K.PERCENT, None, 2, None),)
    assert report.redeemed == (CompensationTotal(K.PERCENT, None, 1, None),)
    assert report.compensated_complaints == 2
    assert report.average_per_case == {}  # no amount to average


def test_an_apology_alone_is_not_compensation() -> None:
    sorry = facts(1, "google", "Ann", at(15, 9), discounts=(offer(K.APOLOGY, None, None),))
    report = build_report([sorry], start=START, end=END, now=NOW)
    assert report.offered == (CompensationTotal(K.APOLOGY, None, 1, None),)
    assert report.compensated_complaints == 0


def test_the_same_name_on_two_platforms_is_one_customer() -> None:
    complaints = [
        facts(1, "google", "Ann Lee", at(15, 9), outcome="won_back"),
        facts(2, "facebook", "ann  lee", at(15, 9)),
        facts(3, "mastodon", "Ann Lee (@ann@toot.shop)", at(16, 9), outcome="lost"),
        facts(4, "google", "Bo", at(16, 9), outcome="lost"),
    ]
    report = build_report(complaints, start=START, end=END, now=NOW)
    assert report.customers_at_risk == 2
    assert report.customers_won_back == 1  # Ann: one of her complaints won back
    assert report.recovery_rate == Share(1, 2)


def test_names_the_owner_merged_are_one_customer() -> None:
    complaints = [
        facts(1, "facebook", "Tom Baker", at(15, 9), outcome="won_back"),
        replace(facts(2, "instagram", "tombakes", at(15, 10)), merged_into="tom baker"),
        facts(3, "instagram", "someone", at(15, 11)),
    ]
    report = build_report(complaints, start=START, end=END, now=NOW)
    assert report.customers_at_risk == 2
    assert report.recovery_rate == Share(1, 2)


def test_resolved_status_counts_without_an_outcome() -> None:
    complaints = [
        facts(1, "google", "Ann", at(15, 9), status=Status.RESOLVED),
        facts(2, "google", "Ben", at(15, 9), outcome="unhappy"),
        facts(3, "google", "Cat", at(15, 9), outcome="resolved"),
    ]
    report = build_report(complaints, start=START, end=END, now=NOW)
    assert report.resolution_rate == Share(2, 3)
    assert report.customers_won_back == 0  # resolved is not the same as coming back


def test_a_reply_stamped_before_its_comment_counts_as_instant() -> None:
    skewed = facts(
        1, "google", "Ann", at(15, 9), first_reply_at=at(15, 8, 59), cooloff_started_at=at(15, 9)
    )
    report = build_report([skewed], start=START, end=END, now=NOW)
    assert report.first_response_median == timedelta(0)
    assert report.cooloff_wait_median == timedelta(0)


def test_unknown_reply_channel_counts_as_replied_but_not_private() -> None:
    unknown = facts(1, "google", "Ann", at(15, 9), first_reply_at=at(15, 10))
    report = build_report([unknown], start=START, end=END, now=NOW)
    assert report.response_rate == Share(1, 1)
    assert report.taken_private == Share(0, 1)


def test_weeks_are_counted_in_the_shops_time_zone() -> None:
    # Sunday 19 April 23:30 UTC is Monday 20 April 01:30 in Berlin: week 17, not 16.
    late = facts(1, "google", "Ann", at(19, 23, 30))
    in_utc = build_report([late], start=START, end=END, now=NOW)
    assert in_utc.by_week["2026-W16"] == 1
    berlin = ZoneInfo("Europe/Berlin")
    in_berlin = build_report([late], start=START, end=END, now=NOW, tz=berlin)
    assert in_berlin.by_week["2026-W16"] == 0
    assert in_berlin.by_week["2026-W17"] == 1
    # Times already in the shop's zone (as the store hands them over) need no tz.
    local = dataclasses.replace(late, created_at=late.created_at.astimezone(berlin))
    assert build_report([local], start=START, end=END, now=NOW).by_week == in_berlin.by_week


def test_weeks_run_across_the_new_year() -> None:
    report = build_report([], start=date(2026, 12, 28), end=date(2027, 1, 12), now=NOW)
    # 28 Dec 2026 is the Monday of 2026-W53; 4 and 11 Jan 2027 start weeks 1 and 2.
    assert list(report.by_week) == ["2026-W53", "2027-W01", "2027-W02"]


def test_a_one_day_report_has_one_week() -> None:
    report = build_report([], start=START, end=START, now=NOW)
    assert report.by_week == {"2026-W16": 0}


def test_at_most_five_categories_and_five_notes_each() -> None:
    complaints = []
    cid = 0
    # Categories a..g with 7..1 complaints; ties do not arise, so the first five are a..e.
    for size, name in zip(range(7, 0, -1), "abcdefg", strict=True):
        for n in range(size):
            cid += 1
            complaints.append(
                facts(cid, "google", f"P{cid}", at(15, 9), category=name, notes=f"note {n % 7}")
            )
    report = build_report(complaints, start=START, end=END, now=NOW)
    assert [(c.category, c.count) for c in report.top_categories] == [
        ("a", 7),
        ("b", 6),
        ("c", 5),
        ("d", 4),
        ("e", 3),
    ]
    first = report.top_categories[0]
    assert first.share == Share(7, 28)  # 7 + 6 + ... + 1 = 28 complaints
    # Seven different notes, once each: the first five written, and 2 more not shown.
    assert [n.text for n in first.notes] == [f"note {n}" for n in range(5)]
    assert first.more_notes == 2
    assert report.top_categories[2].more_notes == 0  # c: five notes, all shown


def test_notes_most_often_written_come_first() -> None:
    complaints = [
        facts(1, "google", "A", at(15, 9), category="staff", notes="Rude"),
        facts(2, "google", "B", at(15, 10), category="staff", notes="Slow"),
        facts(3, "google", "C", at(15, 11), category="staff", notes="slow"),
        facts(4, "google", "D", at(15, 12), category="staff", notes="   "),  # blank: no note
    ]
    report = build_report(complaints, start=START, end=END, now=NOW)
    assert report.top_categories[0].notes == (NoteCount("Slow", 2), NoteCount("Rude", 1))


def test_categories_with_equal_counts_are_in_alphabetical_order() -> None:
    complaints = [
        facts(1, "google", "A", at(15, 9), category="staff"),
        facts(2, "google", "B", at(15, 9), category="delivery"),
    ]
    report = build_report(complaints, start=START, end=END, now=NOW)
    assert [c.category for c in report.top_categories] == ["delivery", "staff"]


@pytest.mark.parametrize(
    ("hours", "expected_median", "expected_p90"),
    [
        ([5], 5, 5),  # one value is its own median and p90
        ([4, 2], 3, 4),  # median halfway; p90 rank ceil(1.8) = 2, the larger
        # 1..10: median halfway between 5 and 6; p90 rank ceil(9.0) = 9, the 9th = 9.
        ([10, 3, 7, 1, 9, 2, 8, 4, 6, 5], 5.5, 9),
    ],
)
def test_median_and_nearest_rank_percentile(
    hours: list[int], expected_median: float, expected_p90: int
) -> None:
    values = [h * H for h in hours]
    assert median(values) == expected_median * H
    assert percentile(values, 90) == expected_p90 * H


def test_percentile_edges() -> None:
    values = [h * H for h in range(1, 11)]
    assert percentile(values, 100) == 10 * H
    assert percentile(values, 1) == 1 * H  # rank ceil(0.1) = 1
    assert percentile(values, 50) == 5 * H  # nearest rank, not interpolated
    assert percentile(values, 91) == 10 * H  # rank ceil(9.1) = 10
    assert percentile([], 90) is None
    assert median([]) is None
    with pytest.raises(ValueError):
        percentile(values, 0)
    with pytest.raises(ValueError):
        percentile(values, 101)


def test_every_figure_has_a_definition() -> None:
    context = {"start", "end", "now", "response_target"}
    figures = {f.name for f in dataclasses.fields(RecoveryReport)} - context
    figures |= {"overdue_complaints", "complaint"}
    assert figures <= set(DEFINITIONS)
    assert set(DEFINITIONS) <= figures  # and nothing defined that the report does not have
    for name, text in DEFINITIONS.items():
        assert len(text) > 30, name
        assert text.strip() == text and text.endswith("."), name


def test_the_p90_definition_names_its_method() -> None:
    assert "nearest-rank" in DEFINITIONS["first_response_p90"]


def test_a_report_is_frozen(report: RecoveryReport) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.received = 3  # type: ignore[misc]


def test_the_collector_is_paused_while_the_figures_are_made_and_on_again_after() -> None:
    import gc

    from feedback_desk.core.report import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested (a load inside a report): still paused
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a failed load")
    assert gc.isenabled()  # never left off
    gc.disable()  # paused by someone else: left to them
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_medians_and_percentiles_are_exact_to_the_microsecond() -> None:
    from datetime import timedelta as td

    from feedback_desk.core.report import median, percentile

    values = [td(seconds=5, microseconds=1), td(days=2), td(0), td(seconds=-3), td(seconds=5)]
    assert median(values) == sorted(values)[2]
    assert median(values[:4]) == (td(0) + td(seconds=5, microseconds=1)) / 2
    assert median([td(microseconds=1), td(microseconds=2)]) == td(microseconds=3) / 2
    for percent in (1, 50, 90, 100):
        ordered = sorted(values)
        assert percentile(values, percent) == ordered[-(-percent * len(values) // 100) - 1]


def test_letting_a_report_go_frees_its_cycles_and_keeps_the_app_frozen() -> None:
    """collector_paused freezes what the report made; thaw_collected (the dialog closes)
    collects the cycles among it and freezes again what still lives (the app's own objects,
    frozen after start-up, stay out of later full passes)."""
    import gc
    import weakref

    from feedback_desk.core.report import collector_paused, thaw_collected

    class Node:
        me: object

    gc.collect()
    try:
        with collector_paused():
            node = Node()
            node.me = node  # a cycle: only the collector can free it
            probe = weakref.ref(node)
        del node
        gc.collect()
        assert probe() is not None  # frozen: the collector does not look at it
        thaw_collected()
        assert probe() is None
        assert gc.get_freeze_count() > 0  # what lives on is frozen again
    finally:
        gc.unfreeze()
