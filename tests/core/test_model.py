"""Domain types: ISO times in and out, the JSON shape, severity and status facts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from feedback_desk.core.model import (
    OPEN_STATUSES,
    Comment,
    Platform,
    Severity,
    Status,
    iso_utc,
    parse_iso,
)
from tests.conftest import DESIGN_FIELDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-05-01T10:00:00Z", datetime(2026, 5, 1, 10, 0, 0, tzinfo=UTC)),
        ("2026-05-01T10:00:00z", datetime(2026, 5, 1, 10, 0, 0, tzinfo=UTC)),
        # The Graph API's form, without a colon in the offset.
        ("2026-05-01T10:00:00+0000", datetime(2026, 5, 1, 10, 0, 0, tzinfo=UTC)),
        ("2026-05-01T10:00:00+0200", datetime(2026, 5, 1, 8, 0, 0, tzinfo=UTC)),
        ("2026-05-01T10:00:00-0530", datetime(2026, 5, 1, 15, 30, 0, tzinfo=UTC)),
        ("2026-05-01T10:00:00+02:00", datetime(2026, 5, 1, 8, 0, 0, tzinfo=UTC)),
        ("2026-05-01T01:00:00+02:00", datetime(2026, 4, 30, 23, 0, 0, tzinfo=UTC)),
        ("2026-05-01T10:00:00-07:00", datetime(2026, 5, 1, 17, 0, 0, tzinfo=UTC)),
        # Naive times are taken as UTC, not local time.
        ("2026-05-01T10:00:00", datetime(2026, 5, 1, 10, 0, 0, tzinfo=UTC)),
        ("2026-05-01 10:00:00", datetime(2026, 5, 1, 10, 0, 0, tzinfo=UTC)),
        ("2026-05-01", datetime(2026, 5, 1, 0, 0, 0, tzinfo=UTC)),
        ("  2026-05-01T10:00:00Z \n", datetime(2026, 5, 1, 10, 0, 0, tzinfo=UTC)),
        ("2026-05-01T10:00:00.250000Z", datetime(2026, 5, 1, 10, 0, 0, 250000, tzinfo=UTC)),
    ],
)
def test_parse_iso_accepts_the_usual_forms_and_returns_utc(text: str, expected: datetime) -> None:
    parsed = parse_iso(text)
    assert parsed == expected
    assert parsed.utcoffset() == timedelta(0)
    assert parsed.tzinfo is UTC


@pytest.mark.parametrize("text", ["", "yesterday", "2026-13-01T00:00:00Z", "01/05/2026", "12:00"])
def test_parse_iso_rejects_non_dates_with_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_iso(text)


def test_iso_utc_converts_to_utc_with_z_and_whole_seconds() -> None:
    moment = datetime(2026, 5, 1, 12, 30, 15, 987654, tzinfo=timezone(timedelta(hours=2)))
    assert iso_utc(moment) == "2026-05-01T10:30:15Z"


def test_iso_utc_and_parse_iso_round_trip() -> None:
    moment = datetime(2031, 12, 31, 23, 59, 59, tzinfo=UTC)
    assert parse_iso(iso_utc(moment)) == moment


def _comment(**overrides: object) -> Comment:
    values: dict[str, object] = {
        "id": 7,
        "platform": Platform.GOOGLE,
        "account": "Main street shop",
        "external_id": "abc-1",
        "author": "Zoë",
        "text": "Cold coffee ☕",
        "created_at": datetime(2026, 5, 1, 10, 0, 0, tzinfo=UTC),
        "url": "https://example.com/r/1",
        "rating": 2,
        "sentiment": -0.123456,
        "severity": Severity.NEGATIVE,
        "status": Status.COOLING_OFF,
        "cooloff_ends_at": datetime(2026, 5, 1, 12, 15, 0, tzinfo=UTC),
        "replied_at": None,
    }
    values.update(overrides)
    return Comment(**values)  # type: ignore[arg-type]


def test_to_json_has_exactly_the_design_fields_in_order() -> None:
    assert list(_comment().to_json()) == DESIGN_FIELDS


def test_to_json_values() -> None:
    assert _comment().to_json() == {
        "id": 7,
        "platform": "google",
        "account": "Main street shop",
        "external_id": "abc-1",
        "author": "Zoë",
        "text": "Cold coffee ☕",
        "created_at": "2026-05-01T10:00:00Z",
        "url": "https://example.com/r/1",
        "rating": 2,
        "sentiment": -0.1235,
        "severity": "negative",
        "status": "cooling_off",
        "cooloff_ends_at": "2026-05-01T12:15:00Z",
        "replied_at": None,
        "parent_id": None,
    }


def test_to_json_nulls_and_replied_time() -> None:
    data = _comment(
        account=None,
        url=None,
        rating=None,
        cooloff_ends_at=None,
        status=Status.REPLIED,
        replied_at=datetime(2026, 5, 2, 9, 0, 0, tzinfo=timezone(timedelta(hours=-4))),
    ).to_json()
    assert data["account"] is None
    assert data["url"] is None
    assert data["rating"] is None
    assert data["cooloff_ends_at"] is None
    assert data["status"] == "replied"
    assert data["replied_at"] == "2026-05-02T13:00:00Z"


def test_to_json_says_which_comment_it_answers() -> None:
    assert _comment(parent_id=3).to_json()["parent_id"] == 3


def test_severity_rank_puts_worst_first() -> None:
    ordered = sorted(Severity, key=lambda s: s.rank)
    assert ordered == [Severity.HARSH, Severity.NEGATIVE, Severity.NEUTRAL, Severity.POSITIVE]
    assert [Severity.from_rank(r) for r in range(4)] == ordered
    assert Severity.HARSH.label == "Harsh"


def test_open_statuses_are_the_ones_waiting_for_the_owner() -> None:
    assert {s for s in Status if s.is_open} == {Status.NEW, Status.COOLING_OFF, Status.DRAFTING}
    assert frozenset(OPEN_STATUSES) == {Status.NEW, Status.COOLING_OFF, Status.DRAFTING}
    assert not Status.REPLIED.is_open
    assert Status.COOLING_OFF.label == "Cooling off"


def test_every_platform_has_a_label() -> None:
    assert {p.value for p in Platform} >= {"facebook", "instagram", "google", "youtube", "mastodon"}
    assert Platform.GOOGLE.label == "Google reviews"
    assert all(p.label for p in Platform)


def test_any_platform_name_is_a_platform_kept_as_first_written() -> None:
    import pickle

    from feedback_desk.core.model import Platform

    tripadvisor = Platform(" Tripadvisor ")
    assert isinstance(tripadvisor, Platform)
    assert tripadvisor.value == "tripadvisor" and tripadvisor.label == "Tripadvisor"
    assert Platform("TRIPADVISOR") is tripadvisor  # one identity, whatever the case
    assert not tripadvisor.is_connectable
    assert Platform.GOOGLE.is_connectable and Platform.GOOGLE.label == "Google reviews"
    assert tripadvisor not in list(Platform)  # iteration: the five Feedback Desk connects to
    assert len(list(Platform)) == 5
    assert Platform("Facebook") is Platform.FACEBOOK
    assert Platform("Google reviews") is Platform.GOOGLE
    assert pickle.loads(pickle.dumps(tripadvisor)) is tripadvisor
    assert f"{tripadvisor}" == "tripadvisor" and tripadvisor == "tripadvisor"
    for bad in ("", "   ", "x" * 41, "\ud800"):
        try:
            Platform(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} was accepted")
