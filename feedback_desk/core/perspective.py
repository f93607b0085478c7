"""Perspective: one complaint in proportion to everything else people said.

An angry comment may not speak for the whole audience. These figures say how it compares:
how many comments came in lately and how they felt, what the star ratings look like, what
this customer wrote before, and whether others raised the same point. The pause page of
the reply wizard, the Perspective view and the report's Perspective page all show these
figures, computed here and only here from plain facts the store loads
(`store.perspective`). Every figure has a plain-words definition in `DEFINITIONS`.

Time is `now`, handed in. Periods are rolling windows ending at `now` (the last 30 days
are the 30 x 24 hours before it), so a figure never depends on the clock's zone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from .customers import name_key
from .model import Severity
from .texts import QT_TRANSLATE_NOOP, translate

RECENT = timedelta(days=30)  # "the last 30 days"
SAME_POINT = timedelta(days=90)  # "others raised the same point"
WEEK = timedelta(days=7)
WEEKS = 12  # "over time": the last 12 weeks, a bar each
EARLIER_SHOWN = 3  # the customer's earlier comments listed by date
# The facts a full overview needs reach back this far (the weeks, the rating trend, the
# same points), whichever is longest.
REACH = max(WEEKS * WEEK, 2 * RECENT, SAME_POINT)
# The order the shares are said in: the calm ones first.
SHARE_ORDER = (Severity.POSITIVE, Severity.NEUTRAL, Severity.NEGATIVE, Severity.HARSH)

# What the triage's factual-complaint words suggest a complaint is about, in the owner's
# own default categories (`store.assessments.DEFAULT_CATEGORIES`): used for the comment
# on screen only until the owner gives it a category of their own.
TRIAGE_CATEGORIES = {
    "late": "delivery",
    "waiting": "service",
    "no answer": "service",
    "slow": "service",
    "overdue": "delivery",
    "missing": "product",
    "wrong": "product",
    "broken": "product",
    "stale": "product",
    "cold": "product",
    "not as ordered": "product",
    "not as promised": "product",
    "mix-up": "product",
    "charge": "price",
    "refund": "price",
}


# -- the facts ------------------------------------------------------------------------------


class CommentFact(NamedTuple):
    """`number` comments alike (one, or a group the store counted) as the figures see
    them. `severity` is what it was when it came in (or as the owner judged it), the way
    the report counts it; `rating` the stars shown now (None: not a review). A group's
    `created_at` stands for every moment of its stretch between two `boundaries`."""

    created_at: datetime
    severity: Severity
    platform: str
    rating: int | None
    number: int = 1


class JudgedFact(NamedTuple):
    """`number` comments the owner gave a category to, and who wrote them (as a customer
    key); `created_at` as for `CommentFact`."""

    created_at: datetime
    customer: str
    category: str
    number: int = 1


class EarlierComment(NamedTuple):
    comment_id: int
    created_at: datetime
    severity: Severity
    platform: str


@dataclass(frozen=True)
class PerspectiveFacts:
    """Everything the overview is computed from: the comments written from `now - REACH`
    up to `now`, and the judged ones among them."""

    now: datetime
    comments: tuple[CommentFact, ...]
    judged: tuple[JudgedFact, ...]


@dataclass(frozen=True)
class CustomerFacts:
    """The one comment in question: who wrote it (customer key and name to show), its
    category (None: none known), whether that category is only the triage's guess, and the
    customer's comments written before it, newest first."""

    comment_id: int
    customer: str
    name: str
    category: str | None
    category_guessed: bool
    earlier: tuple[EarlierComment, ...]


# -- the figures ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Mix:
    """How many comments, and how many of each severity."""

    total: int
    counts: dict[Severity, int]

    def percent(self, severity: Severity) -> int | None:
        """Whole percent, rounded half up (None: no comments)."""
        return self.percents().get(severity)

    def percents(self) -> dict[Severity, int]:
        if not self.total:
            return {}
        return _whole_percents(self.counts, self.total)


@dataclass(frozen=True)
class Rating:
    """The average stars of one platform's reviews in the last 30 days and the 30 before."""

    platform: str
    average: Decimal | None  # one decimal; None: no review in the last 30 days
    reviews: int
    before: Decimal | None  # the 30 days before those
    reviews_before: int

    @property
    def change(self) -> Decimal | None:
        if self.average is None or self.before is None:
            return None
        return self.average - self.before


@dataclass(frozen=True)
class Week:
    start: datetime  # the week is [start, start + 7 days)
    mix: Mix
    ratings: dict[str, Decimal]  # platform -> average stars that week (reviews only)


@dataclass(frozen=True)
class Point:
    """A category raised in the last 90 days: how often and by how many customers."""

    category: str
    comments: int
    customers: int


@dataclass(frozen=True)
class Overview:
    """The figures about everything, at `now`."""

    now: datetime
    recent: Mix  # the last 30 days
    ratings: tuple[Rating, ...]  # platforms with a review in the last 60 days, by name
    weeks: tuple[Week, ...]  # the last 12 weeks, oldest first
    points: tuple[Point, ...]  # most raised first


@dataclass(frozen=True)
class SamePoint:
    category: str
    guessed: bool  # the triage's guess, not the owner's choice
    comments: int  # other customers' comments in that category in the last 90 days
    customers: int  # how many different other customers wrote them


@dataclass(frozen=True)
class CustomerView:
    name: str
    earlier_count: int
    earlier: tuple[EarlierComment, ...]  # the newest few, at most EARLIER_SHOWN
    same_point: SamePoint | None  # None: no category known for this comment


DEFINITIONS: dict[str, str] = {
    "recent": QT_TRANSLATE_NOOP(
        "PerspectiveDefinitions",
        "Every comment and review written in the 30 days (30 x 24 hours) before the moment "
        "shown, on every platform, and the share of each severity as the comment came in "
        "(or as you corrected it), the way the report counts complaints. Each share is "
        "rounded to the nearest whole percent, so together they may make 99% or 101%.",
    ),
    "ratings": QT_TRANSLATE_NOOP(
        "PerspectiveDefinitions",
        "For each platform, the average star rating of the reviews (comments with stars) "
        "written in the last 30 days, to one decimal, as their stars stand now; and the "
        "same for the 30 days before that, to show whether it went up or down.",
    ),
    "weeks": QT_TRANSLATE_NOOP(
        "PerspectiveDefinitions",
        "The last 12 weeks, each seven days ending at the moment shown (the newest week "
        "ends at that moment): how many comments of each severity, and each platform's "
        "average stars that week.",
    ),
    "earlier": QT_TRANSLATE_NOOP(
        "PerspectiveDefinitions",
        "The comments the same customer wrote before this one, on any platform: the same "
        "name however it is written, or a name you said is the same person (History).",
    ),
    "points": QT_TRANSLATE_NOOP(
        "PerspectiveDefinitions",
        "Categories you gave comments written in the last 90 days (capitals and spaces do "
        "not matter): how many comments and how many different customers. For a comment you "
        "have not given a category yet, the pause page uses a guess from its words "
        "(late: delivery, broken or missing: product, a charge or refund: price, no answer "
        "or waiting: service) and says it is a guess; other comments count only with the "
        "category you gave them. 'Other customers' leaves out the writer of the comment.",
    ),
}


# -- building them --------------------------------------------------------------------------


def boundaries(now: datetime) -> tuple[datetime, ...]:
    """Every moment where one of the figures' periods starts or ends, oldest first. Facts
    between two neighbours fall in the same periods, so the store may count them as one
    group (`CommentFact.number`)."""
    marks = {now - SAME_POINT, now - 2 * RECENT, now - RECENT, now}
    marks |= {now - n * WEEK for n in range(WEEKS + 1)}
    return tuple(sorted(marks))


def overview(facts: PerspectiveFacts) -> Overview:
    now = facts.now
    items = [c for c in facts.comments if c.created_at < now]
    recent = mix(c for c in items if now - RECENT <= c.created_at)
    weeks = []
    for n in range(WEEKS, 0, -1):
        start = now - n * WEEK
        inside = [c for c in items if start <= c.created_at < start + WEEK]
        weeks.append(Week(start, mix(inside), _averages(inside)))
    return Overview(
        now=now,
        recent=recent,
        ratings=ratings(items, now),
        weeks=tuple(weeks),
        points=points(facts.judged, now),
    )


def mix(comments: Iterable[CommentFact]) -> Mix:
    counts: Counter[Severity] = Counter()
    for c in comments:
        counts[c.severity] += c.number
    return Mix(sum(counts.values()), {s: counts[s] for s in SHARE_ORDER})


def ratings(comments: Sequence[CommentFact], now: datetime) -> tuple[Rating, ...]:
    last = [c for c in comments if now - RECENT <= c.created_at < now and c.rating]
    before = [c for c in comments if now - 2 * RECENT <= c.created_at < now - RECENT and c.rating]
    platforms = sorted({c.platform for c in last} | {c.platform for c in before})
    found = []
    for platform in platforms:
        mine = _stars_of(last, platform)
        earlier = _stars_of(before, platform)
        found.append(
            Rating(platform, _average(mine), _reviews(mine), _average(earlier), _reviews(earlier))
        )
    return tuple(found)


def _stars_of(comments: Sequence[CommentFact], platform: str) -> list[tuple[int, int]]:
    """(stars, how many reviews gave them) of one platform."""
    return [(c.rating, c.number) for c in comments if c.platform == platform and c.rating]


def _reviews(stars: Sequence[tuple[int, int]]) -> int:
    return sum(count for _, count in stars)


def tidy_category(name: str | None) -> str | None:
    """A category as compared: spaces collapsed, capitals ignored (None: none given)."""
    tidied = " ".join((name or "").split()).casefold()
    return tidied or None


def points(judged: Iterable[JudgedFact], now: datetime) -> tuple[Point, ...]:
    comments: Counter[str] = Counter()
    customers: dict[str, set[str]] = {}
    for j in judged:
        key = tidy_category(j.category)
        if key is None or not now - SAME_POINT <= j.created_at < now:
            continue
        comments[key] += j.number
        customers.setdefault(key, set()).add(j.customer)
    ranked = sorted(comments, key=lambda k: (-comments[k], k))
    return tuple(Point(k, comments[k], len(customers[k])) for k in ranked)


def customer_view(facts: PerspectiveFacts, customer: CustomerFacts) -> CustomerView:
    same = None
    category = tidy_category(customer.category)
    if category is not None:
        others = [
            j
            for j in facts.judged
            if tidy_category(j.category) == category
            and j.customer != customer.customer
            and facts.now - SAME_POINT <= j.created_at < facts.now
        ]
        same = SamePoint(
            category,
            customer.category_guessed,
            sum(j.number for j in others),
            len({j.customer for j in others}),
        )
    return CustomerView(
        customer.name, len(customer.earlier), customer.earlier[:EARLIER_SHOWN], same
    )


def guess_category(cues: Iterable[str]) -> str | None:
    """The category the triage's first factual-complaint cue ("late: two hours late")
    suggests, or None."""
    for cue in cues:
        kind = cue.partition(":")[0].strip()
        if kind in TRIAGE_CATEGORIES:  # named as the owner's default list names it
            return translate("ComplaintKinds", TRIAGE_CATEGORIES[kind])
    return None


def customer_key(author: str, links: dict[str, str]) -> str:
    """The customer behind `author`, as the history and the report count customers."""
    key = name_key(author)
    return links.get(key, key)


# -- in words -------------------------------------------------------------------------------


class Perspective:
    """The context of this module's texts with plurals: Qt's lupdate finds the plural
    forms of `Perspective.tr(text, "", n)`, not of translate(context, text, None, n)."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("Perspective", text, disambiguation or None, n)


def tr_table(text: str, n: int = -1) -> str:
    return translate("Perspective", text, None, n)


# A severity inside a sentence ("40% negative"), small letters.
_SEVERITY_WORDS = {
    Severity.POSITIVE: QT_TRANSLATE_NOOP("Perspective", "positive"),
    Severity.NEUTRAL: QT_TRANSLATE_NOOP("Perspective", "neutral"),
    Severity.NEGATIVE: QT_TRANSLATE_NOOP("Perspective", "negative"),
    Severity.HARSH: QT_TRANSLATE_NOOP("Perspective", "harsh"),
}


def severity_word(severity: Severity) -> str:
    return tr_table(_SEVERITY_WORDS.get(severity, severity.value))


def stars(value: Decimal) -> str:
    return translate("Perspective", "{stars}★").format(stars=value)


def recent_sentence(recent: Mix) -> str:
    if not recent.total:
        return translate("Perspective", "No comments in the last 30 days besides this one.")
    shares = recent.percents()
    parts = ", ".join(
        translate("Perspective", "{percent}% {severity}").format(
            percent=shares[s], severity=severity_word(s)
        )
        for s in SHARE_ORDER
    )
    return Perspective.tr(
        "In the last 30 days, %Ln comment(s): {shares}.", "", recent.total
    ).format(shares=parts)


def rating_sentence(rating: Rating, label: str) -> str:
    before = stars(rating.before or Decimal(0))
    if rating.average is None:
        return translate(
            "Perspective",
            "{platform}: no reviews in the last 30 days (average {before} the 30 days before).",
        ).format(platform=label, before=before)
    average = stars(rating.average)
    change = rating.change
    if change is None:
        text = Perspective.tr(
            "{platform} average {average} from %Ln review(s) in the last 30 days.",
            "",
            rating.reviews,
        )
    elif change > 0:
        text = Perspective.tr(
            "{platform} average {average} from %Ln review(s) in the last 30 days "
            "(up from {before}).",
            "",
            rating.reviews,
        )
    elif change < 0:
        text = Perspective.tr(
            "{platform} average {average} from %Ln review(s) in the last 30 days "
            "(down from {before}).",
            "",
            rating.reviews,
        )
    else:
        text = Perspective.tr(
            "{platform} average {average} from %Ln review(s) in the last 30 days "
            "(the same as the 30 days before).",
            "",
            rating.reviews,
        )
    return text.format(platform=label, average=average, before=before)


def iso_day(when: datetime) -> str:
    return when.date().isoformat()


def customer_sentences(view: CustomerView, day: Callable[[datetime], str] = iso_day) -> list[str]:
    """What the pause page says about the customer and the point they raise. `day` formats
    a date (in the caller's zone and locale)."""
    lines = []
    if not view.earlier_count:
        lines.append(translate("Perspective", "First comment from {name}.").format(name=view.name))
    else:
        listed = "; ".join(
            translate("Perspective", "{day} ({severity})").format(
                day=day(e.created_at), severity=severity_word(e.severity)
            )
            for e in view.earlier
        )
        if view.earlier_count == 1:
            wrote = translate("Perspective", "{name} wrote once before: {listed}.")
        else:
            wrote = Perspective.tr(
                "{name} wrote %Ln time(s) before: {listed}.", "", view.earlier_count
            )
        lines.append(wrote.format(name=view.name, listed=listed))
    same = view.same_point
    if same is None:
        lines.append(
            translate(
                "Perspective",
                "No category yet: choose one on the next step to see whether others raised "
                "the same point.",
            )
        )
    else:
        about = (
            translate("Perspective", "{category} (a guess from the words used)").format(
                category=same.category
            )
            if same.guessed
            else same.category
        )
        if not same.comments:
            lines.append(
                translate(
                    "Perspective", "Nobody else mentioned {about} in the last 90 days."
                ).format(about=about)
            )
        else:
            customers = Perspective.tr("%Ln other customer(s)", "", same.customers)
            lines.append(
                Perspective.tr(
                    "{customers} mentioned {about} in the last 90 days (%Ln comment(s)).",
                    "",
                    same.comments,
                ).format(customers=customers, about=about)
            )
    return lines


def _average(stars: Sequence[tuple[int, int]]) -> Decimal | None:
    """The mean of (stars, how many) pairs, to one decimal, halves up."""
    reviews = sum(count for _, count in stars)
    if not reviews:
        return None
    total = sum(value * count for value, count in stars)
    return (Decimal(total) / reviews).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _averages(comments: Sequence[CommentFact]) -> dict[str, Decimal]:
    by: dict[str, list[tuple[int, int]]] = {}
    for c in comments:
        if c.rating:
            by.setdefault(c.platform, []).append((c.rating, c.number))
    return {p: v for p, values in sorted(by.items()) if (v := _average(values)) is not None}


def _whole_percents(counts: dict[Severity, int], total: int) -> dict[Severity, int]:
    """Each share to the nearest whole percent, halves up. Equal counts always read the
    same (so the four may add up to 99 or 101)."""
    return {
        s: int((Decimal(counts.get(s, 0) * 100) / total).quantize(Decimal(1), ROUND_HALF_UP))
        for s in SHARE_ORDER
    }
