from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from feedback_desk.core.cooloff import (
    CoolOffNotStarted,
    CoolOffSettings,
    StillCoolingOff,
    check_may_send,
    cooloff_end,
)
from feedback_desk.core.errors import UserFacingError
from feedback_desk.core.model import Severity

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_defaults_negative_15_harsh_30_none_for_the_rest() -> None:
    settings = CoolOffSettings()
    assert settings.minutes_for(Severity.NEGATIVE) == 15
    assert settings.minutes_for(Severity.HARSH) == 30
    assert settings.minutes_for(Severity.NEUTRAL) is None
    assert settings.minutes_for(Severity.POSITIVE) is None


@pytest.mark.parametrize("minutes", [0, 4, 241, -1])
def test_durations_stay_between_5_and_240_minutes(minutes: int) -> None:
    with pytest.raises(UserFacingError, match="5 to 240 minutes"):
        CoolOffSettings(negative_minutes=minutes)


def test_a_stored_end_never_moves_whatever_the_settings_or_clock() -> None:
    stored = NOW + timedelta(minutes=30)
    shorter = CoolOffSettings(negative_minutes=5, harsh_minutes=5)
    assert cooloff_end(stored, Severity.HARSH, NOW, shorter) == stored
    assert cooloff_end(stored, Severity.HARSH, NOW - timedelta(hours=3), shorter) == stored
    assert cooloff_end(None, Severity.HARSH, NOW, CoolOffSettings()) == stored


def test_sending_is_refused_until_the_end_and_says_how_long() -> None:
    end = NOW + timedelta(minutes=14, seconds=5)
    with pytest.raises(StillCoolingOff, match="14:05 left"):
        check_may_send(end, Severity.NEGATIVE, NOW)
    with pytest.raises(StillCoolingOff):
        check_may_send(end, Severity.NEGATIVE, end - timedelta(seconds=1))
    check_may_send(end, Severity.NEGATIVE, end)  # exactly at the end: allowed


def test_a_clock_running_backwards_only_makes_the_wait_longer() -> None:
    end = NOW + timedelta(minutes=1)
    with pytest.raises(StillCoolingOff):
        check_may_send(end, Severity.HARSH, NOW - timedelta(days=1))


def test_a_negative_comment_never_opened_cannot_be_answered() -> None:
    with pytest.raises(CoolOffNotStarted):
        check_may_send(None, Severity.NEGATIVE, NOW)
    check_may_send(None, Severity.POSITIVE, NOW)  # no wait for praise
