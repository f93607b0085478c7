"""The customer-recovery report: what went wrong in a period, how fast it was answered,
what it cost and who came back.

Pure arithmetic over `ComplaintFacts` (the store loads them, `store.report_data`). Every
figure has a plain-words definition in `DEFINITIONS`, printed as the report's appendix.
Money stays a Decimal per currency; durations are timedeltas; a figure with nothing to
base it on is None (or a `Share` whose `ratio` is None), never a division by zero.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from .compensation import (
    CompensationKind,
    CompensationTotal,
    DiscountStatus,
    adds_up,
    compensation_totals,
    gives_something,
    minor_units,
)
from .customers import name_key
from .model import OPEN_STATUSES, Severity, Status
from .replies import NOT_ASSESSED, VALIDITIES, Channel, Outcome
from .texts import QT_TRANSLATE_NOOP, translate

# Only these count as complaints; neutral and positive comments are not in the report.
COMPLAINT_SEVERITIES = (Severity.HARSH, Severity.NEGATIVE)
# NOT_ASSESSED: the validity split's fourth group, and a filter value
OUTCOMES = tuple(o.value for o in Outcome)
NO_OUTCOME = "none"  # filter value: complaints with no outcome recorded yet
WON_BACK = Outcome.WON_BACK.value
RESOLVED_OUTCOMES = frozenset({Outcome.WON_BACK.value, Outcome.RESOLVED.value})
PRIVATE_CHANNELS = frozenset({Channel.PRIVATE.value, Channel.EMAIL.value})
DEFAULT_RESPONSE_TARGET = timedelta(hours=24)
TOP_CATEGORIES = 5
NOTES_PER_CATEGORY = 5
_Key = TypeVar("_Key", str, str | None)


# -- what the report is computed from -----------------------------------------------------


class Offer(NamedTuple):
    """One line of the discount ledger given in answer to a complaint. `value` is a
    percentage for PERCENT, an amount of `currency` otherwise (None: no value known)."""

    kind: CompensationKind
    value: Decimal | None
    currency: str | None
    status: DiscountStatus

    @property
    def money(self) -> bool:
        """Worth an amount of money that can be added up (not a percentage or apology)."""
        return adds_up(self.kind, self.value, self.currency)


@dataclass(frozen=True, slots=True)
class ComplaintFacts:
    """Everything the report needs to know about one complaint. Times are aware. (Slots:
    a fact is smaller without a dict, and the figures read every fact a dozen times.)"""

    id: int
    platform: str
    author: str
    created_at: datetime
    severity: Severity
    status: Status
    first_reply_at: datetime | None = None  # the first reply that was actually sent
    first_reply_channel: str | None = None  # public | private | email; None: not known
    cooloff_started_at: datetime | None = None
    cooloff_ends_at: datetime | None = None
    validity: str | None = None  # valid | partly | not_valid; None: not assessed
    category: str | None = None
    notes: str = ""
    valid_point: str = ""
    outcome: str | None = None  # the latest outcome recorded; None: none yet
    outcome_decided_on: date | None = None
    follow_up_on: date | None = None
    discounts: tuple[Offer, ...] = ()
    # The customer the owner merged this name into (the history's "Same person as…");
    # None: the name itself, as `core.customers.name_key` compares names.
    merged_into: str | None = None
    # The owner chose to answer in public again, in a conversation where they already had.
    public_again: bool = False

    @property
    def replied(self) -> bool:
        return self.first_reply_at is not None

    @property
    def customer(self) -> str:
        """Who wrote it: the same name on any platform is one customer, and so are names
        the owner said belong to the same person."""
        return self.merged_into or name_key(self.author)


# -- the figures ---------------------------------------------------------------------------


class Share(NamedTuple):
    """`part` of `whole`, e.g. 7 of 10 complaints answered. `ratio` is None for 0 of 0."""

    part: int
    whole: int

    @property
    def ratio(self) -> float | None:
        return self.part / self.whole if self.whole else None

    @property
    def percent(self) -> float | None:
        return None if self.ratio is None else self.ratio * 100


@dataclass(frozen=True)
class NoteCount:
    text: str
    count: int  # how many complaints carried this note


@dataclass(frozen=True)
class CategorySummary:
    category: str
    count: int
    share: Share  # of all complaints in the report
    valid_points: tuple[NoteCount, ...]  # most frequent first, at most NOTES_PER_CATEGORY
    notes: tuple[NoteCount, ...]
    more_valid_points: int  # different ones not shown
    more_notes: int


class OpenComplaint(NamedTuple):
    id: int
    platform: str
    author: str
    created_at: datetime
    waiting: timedelta  # since it was written, at the report's `now`
    overdue: bool


@dataclass(frozen=True)
class RecoveryReport:
    # What the report covers.
    start: date
    end: date
    now: datetime
    response_target: timedelta
    # Volume.
    received: int
    by_week: Mapping[str, int]  # "2026-W18" -> complaints; every week of the range, in order
    by_platform: Mapping[str, int]  # most first
    by_category: Mapping[str | None, int]  # None: no category given; most first
    by_severity: Mapping[Severity, int]  # harsh, negative
    # Answering.
    replied: int
    response_rate: Share
    first_response_median: timedelta | None
    first_response_p90: timedelta | None
    cooloff_wait_median: timedelta | None
    validity: Mapping[str, int]  # valid, partly, not_valid, not_assessed
    taken_private: Share
    public_again: int  # complaints answered in public a second time in one conversation
    resolution_rate: Share
    # Compensation.
    offered: tuple[CompensationTotal, ...]
    redeemed: tuple[CompensationTotal, ...]
    compensated_complaints: int
    average_per_case: Mapping[str, Decimal]  # currency -> amount
    # Recovery.
    customers_at_risk: int
    customers_won_back: int
    recovery_rate: Share
    cost_per_recovered_customer: Mapping[str, Decimal] | None  # None: nobody won back
    # Causes and what is left to do.
    top_categories: tuple[CategorySummary, ...]
    open_complaints: tuple[OpenComplaint, ...]  # oldest first

    @property
    def overdue_complaints(self) -> tuple[OpenComplaint, ...]:
        return tuple(c for c in self.open_complaints if c.overdue)


# -- the appendix --------------------------------------------------------------------------

DEFINITIONS: dict[str, str] = {
    "complaint": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "A comment or review the app rated harsh or negative, written on one of the days "
        "of the report (first and last day included, by the shop's clock), on the chosen "
        "platforms, categories, validity and latest outcome. Neutral and positive comments "
        "are not in this report.",
    ),
    "received": QT_TRANSLATE_NOOP("ReportDefinitions", "How many complaints there were."),
    "by_week": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Complaints per calendar week, Monday to Sunday, numbered the ISO way (2026-W18 is "
        "the 18th week of 2026). Weeks of the period without complaints show 0.",
    ),
    "by_platform": QT_TRANSLATE_NOOP(
        "ReportDefinitions", "Complaints per platform (Google, Facebook and so on), most first."
    ),
    "by_category": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Complaints per category you gave them when judging them; 'no category' counts "
        "the ones you have not given a category.",
    ),
    "by_severity": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Complaints the app rated harsh (hostile or very angry) and negative (unhappy but civil).",
    ),
    "replied": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Complaints that got at least one reply that was actually sent: publicly, by private "
        "message or by e-mail. Drafts and replies that failed to send do not count.",
    ),
    "response_rate": QT_TRANSLATE_NOOP(
        "ReportDefinitions", "Answered complaints (see 'replied') out of all complaints."
    ),
    "first_response_median": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "The typical time from a complaint being written to your first sent reply: half of "
        "the answered complaints were answered faster, half slower. With an even number, "
        "it is halfway between the two middle times. Unanswered complaints are left out; "
        "blank when none was answered.",
    ),
    "first_response_p90": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "The time within which 9 out of 10 answered complaints got their first reply "
        "(the 90th percentile by the nearest-rank method: sort the times, take the one at "
        "position 90% of the count, rounded up). With fewer than 10 answers this is the "
        "slowest or nearly the slowest one.",
    ),
    "cooloff_wait_median": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "The typical pause you kept between starting a cool-off on a complaint and sending "
        "the first reply (middle value, as above). Only answered complaints that had a "
        "cool-off count; blank when there were none.",
    ),
    "validity": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "How you judged the complaints: valid, partly valid, not valid, or not yet judged. "
        "The four add up to all complaints.",
    ),
    "taken_private": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Answered complaints whose first reply went by private message or e-mail instead "
        "of in public, out of all answered complaints.",
    ),
    "public_again": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Complaints where you answered in public a second time in the same conversation. "
        "Feedback Desk asks you to choose that on purpose, because a second public answer "
        "often starts a back-and-forth that everyone can read.",
    ),
    "resolution_rate": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Complaints marked resolved, or whose latest recorded outcome is 'resolved' or "
        "'won back', out of all complaints.",
    ),
    "offered": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Every apology, discount, free item and refund offered in answer to the complaints, "
        "whatever happened to it afterwards: the number of each kind and, for money, the "
        "total per currency. Percentage discounts are counted but not added up (10% twice "
        "is not 20% of anything); free items are added up only when you gave their worth.",
    ),
    "redeemed": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "The offers the customer actually used at the till (marked redeemed), counted and "
        "added up the same way. Refunds and apologies have no code, so they never show here.",
    ),
    "compensated_complaints": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Complaints where you offered more than an apology: a discount, a free item or a refund.",
    ),
    "average_per_case": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "For each currency: the money offered (fixed discounts, refunds and the worth of "
        "free items) divided by the number of complaints where something worth money in "
        "that currency was offered; rounded to the smallest coin. Percentage discounts "
        "have no amount, so they are not in it.",
    ),
    "customers_at_risk": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "The different customers behind the complaints. A customer is a name, whatever the "
        "platform: 'Ann Lee' on Facebook and 'ann lee' on Google reviews are one customer "
        "(capitals, spaces and a Mastodon @handle after the name do not matter), and so are "
        "different names you said belong to the same person (History, 'Same person as…').",
    ),
    "customers_won_back": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Customers with at least one complaint whose latest recorded outcome is 'won back'.",
    ),
    "recovery_rate": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Customers won back out of all customers at risk (every customer who complained in "
        "the period, whether or not you recorded an outcome). A complaint without an outcome "
        "counts as not won back, so recording outcomes makes this figure honest.",
    ),
    "cost_per_recovered_customer": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "For each currency: all the money offered (as in 'offered', including offers that "
        "were declined or never used) divided by the customers won back; rounded to the "
        "smallest coin. Blank when nobody was won back.",
    ),
    "top_categories": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "The five categories with the most complaints (ties in alphabetical order), each "
        "with its share of all complaints, and what you wrote while judging them: the "
        "points you found valid and your notes, most often written first (up to five each; "
        "the same text written on several complaints counts once, with how many times).",
    ),
    "open_complaints": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Complaints still waiting for you (new, cooling off or with a reply being written) "
        "when the report was made, oldest first, with how long each has waited.",
    ),
    "overdue_complaints": QT_TRANSLATE_NOOP(
        "ReportDefinitions",
        "Open complaints that have waited longer than the response target (24 hours unless "
        "you chose another) when the report was made.",
    ),
}


# -- building it ---------------------------------------------------------------------------


# What the report writes where there is no figure (and time spans, in words, below).
BLANK = "—"


def duration(span: timedelta | None) -> str:
    """3 min, 2 h 05 min, 1 d 4 h; blank for None."""
    if span is None:
        return BLANK
    minutes = max(int(span.total_seconds() // 60), 0)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        if hours:
            return translate("ReportPage", "{days} d {hours} h").format(days=days, hours=hours)
        return translate("ReportPage", "{days} d").format(days=days)
    if hours:
        return translate("ReportPage", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{minutes:02d}"
        )
    return translate("ReportPage", "{minutes} min").format(minutes=minutes)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while many long-lived objects are built (the facts
    of 100,000 complaints, the figures computed from them, the report's page), and keep
    the collector from walking them afterwards.

    They hold no reference cycles, yet the ten or so objects per complaint set off
    collection passes that walk every fact loaded so far: a tenth of loading, and figures
    that took 13-14 times as long for 10 times the complaints. Turning the collector back
    on is not enough either: the first collections after it walk every object made
    meanwhile, holding the GIL (and so the window) for 50-300 ms. So on the way out
    everything alive is moved to the collector's permanent generation (`gc.freeze()`)
    before the collector is switched back on: later collections skip those objects, while
    reference counting still frees them the moment the report is let go. The collector is
    always switched back on (in `finally`); if another thread paused it too, it stays
    paused until that thread is done, and that thread freezes what this one made too.
    Call `thaw_collected` once the objects are let go (the report dialog closes), so that
    cycles frozen along with them are collected again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


def let_go_gradually(objects: list[Any], at_once: int = 2000) -> None:
    """Free `objects` (the caller's last references to them) `at_once` at a time. Freeing
    the facts of 100,000 complaints in one go held the GIL for about 40 ms, and the window
    could not paint meanwhile; between two slices another thread may run."""
    while objects:
        del objects[-at_once:]


def thaw_collected() -> None:
    """Call it when the report's objects are let go: what `collector_paused` froze goes back
    to the cycle collector, one full collection frees any cycles among it, and what is
    still alive (the app's own modules and window, frozen after start-up: ui.tasks.warm_up)
    is frozen again, so later collections keep skipping it."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def build_report(
    complaints: Iterable[ComplaintFacts],
    *,
    start: date,
    end: date,
    now: datetime,
    response_target: timedelta = DEFAULT_RESPONSE_TARGET,
    tz: tzinfo | None = None,
) -> RecoveryReport:
    """The report for the complaints of `start`..`end` (as loaded by the store). Weeks are
    the calendar weeks of `created_at` in `tz`; None: in the zone each time carries (the
    store hands them over in the shop's zone)."""
    with collector_paused():
        return _build_report(complaints, start, end, now, response_target, tz)


def _build_report(
    complaints: Iterable[ComplaintFacts],
    start: date,
    end: date,
    now: datetime,
    response_target: timedelta,
    tz: tzinfo | None,
) -> RecoveryReport:
    items = _in_time_order(complaints)
    categories = _categories(items)
    received = len(items)
    answered = [(c, c.first_reply_at) for c in items if c.first_reply_at is not None]
    replied = [c for c, _ in answered]
    first_times = [_not_negative(reply - c.created_at) for c, reply in answered]
    waits = [
        _not_negative(reply - c.cooloff_started_at)
        for c, reply in answered
        if c.cooloff_started_at is not None
    ]
    resolved = sum(
        1 for c in items if c.status is Status.RESOLVED or c.outcome in RESOLVED_OUTCOMES
    )
    private = sum(1 for c in replied if c.first_reply_channel in PRIVATE_CHANNELS)

    offers = [offer for c in items for offer in c.discounts]
    money_offered = _money_by_currency(offers)
    customers = {c.customer for c in items}
    won_back = {c.customer for c in items if c.outcome == WON_BACK}

    return RecoveryReport(
        start=start,
        end=end,
        now=now,
        response_target=response_target,
        received=received,
        by_week=_by_week(items, start, end, tz),
        by_platform=_most_first(Counter(c.platform for c in items)),
        by_category=_most_first(Counter(categories)),
        by_severity=_by_severity(items),
        replied=len(replied),
        response_rate=Share(len(replied), received),
        first_response_median=median(first_times),
        first_response_p90=percentile(first_times, 90),
        cooloff_wait_median=median(waits),
        validity=_validity_split(items),
        taken_private=Share(private, len(replied)),
        public_again=sum(1 for c in items if c.public_again),
        resolution_rate=Share(resolved, received),
        offered=tuple(compensation_totals(offers)),
        redeemed=tuple(
            compensation_totals(o for o in offers if o.status is DiscountStatus.REDEEMED)
        ),
        compensated_complaints=sum(
            1 for c in items if c.discounts and any(gives_something(o.kind) for o in c.discounts)
        ),
        average_per_case=_average_per_case(items, money_offered),
        customers_at_risk=len(customers),
        customers_won_back=len(won_back),
        recovery_rate=Share(len(won_back), len(customers)),
        cost_per_recovered_customer=(
            {cur: _per(total, len(won_back), cur) for cur, total in money_offered.items()}
            if won_back
            else None
        ),
        top_categories=_top_categories(items, categories),
        open_complaints=_open(items, now, response_target),
    )


def _in_time_order(complaints: Iterable[ComplaintFacts]) -> list[ComplaintFacts]:
    """The complaints oldest first (ties by id). The store loads them in that order; a
    Python loop checks it (sorting 100,000 complaints again, all in C, held the GIL, and
    so the window, for 50-150 ms), and only a list out of order is sorted."""
    items = list(complaints)
    previous: tuple[datetime, int] | None = None
    for c in items:
        key = (c.created_at, c.id)
        if previous is not None and key < previous:
            return sorted(items, key=attrgetter("created_at", "id"))
        previous = key
    return items


_MICROSECOND = timedelta(microseconds=1)


def _ordered(values: Sequence[timedelta]) -> list[int]:
    """`values` in whole microseconds, smallest first. (Integers sort several times faster
    than timedeltas, and the sort holds the GIL: a worker sorting 70,000 timedeltas kept
    the window waiting.)"""
    ordered = [value // _MICROSECOND for value in values]
    ordered.sort()
    return ordered


def median(values: Sequence[timedelta]) -> timedelta | None:
    """The middle value; with an even count, halfway between the two middle ones."""
    if not values:
        return None
    ordered = _ordered(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return timedelta(microseconds=ordered[middle])
    return (
        timedelta(microseconds=ordered[middle - 1]) + timedelta(microseconds=ordered[middle])
    ) / 2


def percentile(values: Sequence[timedelta], percent: int) -> timedelta | None:
    """The nearest-rank percentile: the smallest value with at least `percent`% of the
    values at or below it (sorted, position ceil(percent/100 x n), counting from 1)."""
    if not 0 < percent <= 100:
        raise ValueError("a percentile is from 1 to 100")
    if not values:
        return None
    ordered = _ordered(values)
    rank = -(-percent * len(ordered) // 100)  # ceiling, in whole numbers: no float error
    return timedelta(microseconds=ordered[rank - 1])


# -- the pieces ----------------------------------------------------------------------------


_NO_TIME = timedelta(0)


def _not_negative(span: timedelta) -> timedelta:
    """A reply stamped before its comment or cool-off (clocks disagree) counts as instant."""
    return span if span > _NO_TIME else _NO_TIME


def _category_name(category: str | None) -> str | None:
    name = " ".join((category or "").split())
    return name or None


def _categories(items: list[ComplaintFacts]) -> list[str | None]:
    """Each complaint's category with its spacing tidied (None: none given), in order.
    The same few names come back thousands of times, so each is tidied once."""
    tidied: dict[str | None, str | None] = {}
    names = []
    for c in items:
        raw = c.category
        if raw not in tidied:
            tidied[raw] = _category_name(raw)
        names.append(tidied[raw])
    return names


def _most_first(counts: Counter[_Key]) -> dict[_Key, int]:
    """Largest first; ties alphabetically; "no value" (None) last among equals."""
    ordered = sorted(
        counts.items(), key=lambda item: (-item[1], item[0] is None, str(item[0] or ""))
    )
    return dict(ordered)


def _week(moment: date) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def _by_week(
    items: list[ComplaintFacts], start: date, end: date, tz: tzinfo | None
) -> dict[str, int]:
    weeks: dict[str, int] = {}
    monday = start - timedelta(days=start.weekday())
    while monday <= end:
        weeks[_week(monday)] = 0
        try:
            monday += timedelta(weeks=1)
        except OverflowError:  # the last week of the calendar
            break
    if tz is None:
        days = Counter(c.created_at.date() for c in items)
    else:
        days = Counter(c.created_at.astimezone(tz).date() for c in items)
    for day, count in days.items():
        key = _week(day)
        weeks[key] = weeks.get(key, 0) + count
    return dict(sorted(weeks.items()))


def _by_severity(items: list[ComplaintFacts]) -> dict[Severity, int]:
    counts = Counter(c.severity for c in items)
    return {s: counts[s] for s in COMPLAINT_SEVERITIES}


def _validity_split(items: list[ComplaintFacts]) -> dict[str, int]:
    split = dict.fromkeys((*VALIDITIES, NOT_ASSESSED), 0)
    for c in items:
        key = c.validity if c.validity in VALIDITIES else NOT_ASSESSED
        split[key] += 1
    return split


def _money_by_currency(offers: Iterable[Offer]) -> dict[str, Decimal]:
    money: dict[str, Decimal] = {}
    for offer in offers:
        if offer.money and offer.value is not None and offer.currency is not None:
            money[offer.currency] = money.get(offer.currency, Decimal(0)) + offer.value
    return dict(sorted(money.items()))


def _per(total: Decimal, count: int, currency: str) -> Decimal:
    """`total` shared over `count`, rounded half up to the currency's smallest coin."""
    step = Decimal(1).scaleb(-minor_units(currency))
    return (total / count).quantize(step, rounding=ROUND_HALF_UP)


def _average_per_case(
    items: list[ComplaintFacts], money: Mapping[str, Decimal]
) -> dict[str, Decimal]:
    cases: Counter[str] = Counter()
    for c in items:
        if c.discounts:
            cases.update({o.currency for o in c.discounts if o.money and o.currency is not None})
    return {currency: _per(total, cases[currency], currency) for currency, total in money.items()}


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _most_written(texts: list[str]) -> tuple[tuple[NoteCount, ...], int]:
    """Distinct texts (spacing and capitals ignored, first spelling kept), most often
    written first, ties in the order first written; and how many did not fit."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for text in texts:
        key = text.casefold()
        counts[key] += 1
        spelling.setdefault(key, text)
    order = {key: n for n, key in enumerate(spelling)}
    ranked = sorted(counts, key=lambda key: (-counts[key], order[key]))
    shown = tuple(NoteCount(spelling[k], counts[k]) for k in ranked[:NOTES_PER_CATEGORY])
    return shown, max(len(ranked) - NOTES_PER_CATEGORY, 0)


def _top_categories(
    items: list[ComplaintFacts], categories: list[str | None]
) -> tuple[CategorySummary, ...]:
    members: dict[str, list[ComplaintFacts]] = {}
    for c, name in zip(items, categories, strict=True):
        if name is not None:
            members.setdefault(name, []).append(c)
    ranked = sorted(members.items(), key=lambda item: (-len(item[1]), item[0]))
    summaries = []
    for name, group in ranked[:TOP_CATEGORIES]:
        points, more_points = _most_written([t for c in group if (t := _tidy(c.valid_point))])
        notes, more_notes = _most_written([t for c in group if (t := _tidy(c.notes))])
        summaries.append(
            CategorySummary(
                name,
                len(group),
                Share(len(group), len(items)),
                points,
                notes,
                more_points,
                more_notes,
            )
        )
    return tuple(summaries)


def _open(
    items: list[ComplaintFacts], now: datetime, target: timedelta
) -> tuple[OpenComplaint, ...]:
    found = []
    for c in items:
        if c.status in OPEN_STATUSES:
            waiting = _not_negative(now - c.created_at)
            found.append(
                OpenComplaint(c.id, c.platform, c.author, c.created_at, waiting, waiting > target)
            )
    return tuple(found)
