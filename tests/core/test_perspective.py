"""The Perspective figures on the hand-counted inbox of tests/perspective_fixture.py (the
arithmetic is written out there), built from plain facts without a database."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from feedback_desk.core.customers import name_key
from feedback_desk.core.model import Severity
from feedback_desk.core.perspective import (
    CommentFact,
    CustomerFacts,
    EarlierComment,
    JudgedFact,
    Mix,
    PerspectiveFacts,
    Point,
    boundaries,
    customer_sentences,
    customer_view,
    overview,
    rating_sentence,
    recent_sentence,
)
from tests import perspective_fixture as fx
from tests.conftest import NOW

NUMBERS = {name: n for n, name in enumerate(fx.ROWS, start=1)}


def facts() -> PerspectiveFacts:
    comments = []
    judged = []
    for name, (_, platform, severity, stars, author, category) in fx.ROWS.items():
        when = fx.written(name)
        comments.append(CommentFact(when, Severity(severity), platform.value, stars))
        if category:
            judged.append(JudgedFact(when, name_key(author), category))
    return PerspectiveFacts(NOW, tuple(comments), tuple(judged))


def sam() -> CustomerFacts:
    earlier = tuple(
        EarlierComment(NUMBERS[n], fx.written(n), Severity.NEGATIVE, "facebook")
        for n in ("R10", "O5")
    )
    return CustomerFacts(NUMBERS["R1"], "sam ortiz", "Sam Ortiz", "delivery", True, earlier)


def test_the_last_30_days_by_severity_as_it_came_in() -> None:
    recent = overview(facts()).recent
    assert recent.total == 10
    assert recent.counts == {
        Severity.POSITIVE: 5,
        Severity.NEUTRAL: 2,
        Severity.NEGATIVE: 2,
        Severity.HARSH: 1,
    }
    assert recent.percents() == {
        Severity.POSITIVE: 50,
        Severity.NEUTRAL: 20,
        Severity.NEGATIVE: 20,
        Severity.HARSH: 10,
    }
    assert recent_sentence(recent) == fx.RECENT_SENTENCE


def test_star_ratings_per_platform_and_their_trend() -> None:
    (google,) = overview(facts()).ratings  # Facebook comments carry no stars
    assert google.platform == "google"
    assert (google.average, google.reviews) == (fx.GOOGLE_AVERAGE, 5)
    assert (google.before, google.reviews_before) == (fx.GOOGLE_BEFORE, 3)
    assert google.change == Decimal("0.3")
    assert rating_sentence(google, "Google reviews") == fx.GOOGLE_SENTENCE


def test_twelve_weeks_oldest_first() -> None:
    weeks = overview(facts()).weeks
    assert len(weeks) == 12
    assert weeks[0].start == fx.FIRST_WEEK_START
    assert weeks[-1].start + timedelta(days=7) == NOW
    found = [
        (
            w.mix.total,
            w.mix.counts[Severity.POSITIVE],
            w.mix.counts[Severity.NEUTRAL],
            w.mix.counts[Severity.NEGATIVE],
            w.mix.counts[Severity.HARSH],
            str(w.ratings["google"]) if "google" in w.ratings else None,
        )
        for w in weeks
    ]
    assert found == fx.WEEKS
    assert sum(w.mix.total for w in weeks) == 19
    assert weeks[-1].mix.percents()[Severity.POSITIVE] == 60


def test_points_raised_in_90_days() -> None:
    assert overview(facts()).points == (Point("delivery", 5, 4), Point("price", 1, 1))


def test_this_customer_and_the_same_point() -> None:
    view = customer_view(facts(), sam())
    assert view.earlier_count == 2
    assert view.same_point is not None
    assert (view.same_point.comments, view.same_point.customers) == (4, 3)
    assert customer_sentences(view) == [fx.SAM_SENTENCE, fx.SAME_POINT_SENTENCE]


def test_a_first_comment_and_no_category() -> None:
    first = CustomerFacts(99, "new person", "New Person", None, False, ())
    view = customer_view(facts(), first)
    lines = customer_sentences(view)
    assert lines[0] == "First comment from New Person."
    assert lines[1].startswith("No category yet")


def test_groups_count_as_their_comments() -> None:
    """The store hands over groups (`number` comments alike between two boundaries): the
    same figures as one fact per comment."""
    one_each = facts()
    marks = boundaries(NOW)
    grouped: dict[tuple[object, ...], int] = {}
    for c in one_each.comments:
        start = max(m for m in marks if m <= c.created_at) if c.created_at >= marks[0] else None
        if start is not None:
            key = (start, c.severity, c.platform, c.rating)
            grouped[key] = grouped.get(key, 0) + 1
    as_groups = PerspectiveFacts(
        NOW,
        tuple(CommentFact(*key, number) for key, number in grouped.items()),  # type: ignore[arg-type]
        one_each.judged,
    )
    assert len(as_groups.comments) < len(one_each.comments)
    assert overview(as_groups) == overview(one_each)


def test_equal_counts_read_the_same_share() -> None:
    thirds = Mix(3, {s: 1 if s is not Severity.HARSH else 0 for s in Severity})
    # 1 of 3 is 33.3...%: each rounds to 33, together 99 (not 34 + 33 + 33)
    assert [thirds.percents()[s] for s in Severity] == [0, 33, 33, 33]
    sixths = Mix(
        6, {Severity.POSITIVE: 1, Severity.NEUTRAL: 1, Severity.NEGATIVE: 3, Severity.HARSH: 1}
    )
    # 16.67 -> 17 three times and 50: 101 in all
    assert sixths.percents() == {
        Severity.POSITIVE: 17,
        Severity.NEUTRAL: 17,
        Severity.NEGATIVE: 50,
        Severity.HARSH: 17,
    }
    assert Mix(0, {}).percents() == {}
    empty = overview(PerspectiveFacts(NOW, (), ()))
    assert empty.recent.total == 0 and empty.ratings == () and empty.points == ()
    assert recent_sentence(empty.recent).startswith("No comments")
