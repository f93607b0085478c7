"""Dates as export files write them (core/dates.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_desk.core.dates import (
    AmbiguousDates,
    DateOrder,
    DateOrderVote,
    parse_local_datetime,
)

MOMENTS = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31, 23, 59)
).map(lambda d: d.replace(second=0, microsecond=0))
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@given(MOMENTS, st.sampled_from("/.-"), st.booleans(), st.booleans())
def test_day_first_round_trip(moment: datetime, sep: str, with_time: bool, short: bool) -> None:
    year = f"{moment.year % 100:02d}" if short and moment.year >= 2000 else f"{moment.year}"
    text = f"{moment.day:02d}{sep}{moment.month:02d}{sep}{year}"
    if with_time:
        text += f" {moment:%H:%M}"
    expected = moment if with_time else moment.replace(hour=0, minute=0)
    assert parse_local_datetime(text, DateOrder.DAY_FIRST, UTC) == expected.replace(tzinfo=UTC)


@given(MOMENTS, st.sampled_from("/.-"))
def test_month_first_round_trip_with_am_pm(moment: datetime, sep: str) -> None:
    text = f"{moment.month}{sep}{moment.day}{sep}{moment.year} {moment:%I:%M %p}"
    assert parse_local_datetime(text, DateOrder.MONTH_FIRST, UTC) == moment.replace(tzinfo=UTC)


@given(MOMENTS, st.booleans())
def test_month_names_round_trip(moment: datetime, day_first: bool) -> None:
    month = MONTH_NAMES[moment.month - 1]
    text = (
        f"{moment.day} {month} {moment.year}"
        if day_first
        else f"{month} {moment.day}, {moment.year}"
    )
    expected = moment.replace(hour=0, minute=0, tzinfo=UTC)
    assert parse_local_datetime(text, None, UTC) == expected


@given(MOMENTS, st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: m - m % 15))
def test_written_zones_win_over_the_owners(moment: datetime, minutes: int) -> None:
    zone = timezone(timedelta(minutes=minutes))
    text = moment.replace(tzinfo=zone).strftime("%d/%m/%Y %H:%M %z")
    expected = moment.replace(tzinfo=zone).astimezone(UTC)
    assert parse_local_datetime(text, DateOrder.DAY_FIRST, ZoneInfo("Asia/Tokyo")) == expected


def test_an_ambiguous_date_without_an_order_is_refused() -> None:
    with pytest.raises(AmbiguousDates):
        parse_local_datetime("03/04/2026", None, UTC)
    assert parse_local_datetime("04/04/2026", None, UTC) == datetime(2026, 4, 4, tzinfo=UTC)


def test_a_date_against_the_files_order_is_named() -> None:
    with pytest.raises(ValueError, match="not day-first"):
        parse_local_datetime("03/25/2026", DateOrder.DAY_FIRST, UTC)


@pytest.mark.parametrize("text", ["31/02/2026", "2026-13-01", "yesterday", "12 Foo 2026", ""])
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_local_datetime(text, DateOrder.DAY_FIRST, UTC)


def test_the_vote() -> None:
    vote = DateOrderVote()
    for text in ("03/04/2026", "2026-04-03", "12 Mar 2026"):
        vote.add(text)
    with pytest.raises(AmbiguousDates):
        vote.order()
    vote.add("25/04/2026")
    assert vote.order() is DateOrder.DAY_FIRST
    other = DateOrderVote()
    other.add("04/25/2026 10:00")
    assert other.order() is DateOrder.MONTH_FIRST
    assert DateOrderVote().order() is None


def test_naive_local_times_follow_summer_time() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert parse_local_datetime("01.07.2026 12:00", DateOrder.DAY_FIRST, berlin) == datetime(
        2026, 7, 1, 10, tzinfo=UTC
    )
    assert parse_local_datetime("01.12.2026 12:00", DateOrder.DAY_FIRST, berlin) == datetime(
        2026, 12, 1, 11, tzinfo=UTC
    )
