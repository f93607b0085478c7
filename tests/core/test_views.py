"""The views' rules, without Qt or a database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from feedback_desk.core.model import Severity, Status
from feedback_desk.core.views import (
    NEEDS_REPLY,
    START_VIEW,
    VIEWS,
    ViewKey,
    has_draft,
    pause_left,
    pause_words,
    ready_to_send,
    view_for,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_each_view_once_and_the_window_starts_on_needs_a_reply() -> None:
    assert [v.key for v in VIEWS] == list(ViewKey)
    assert START_VIEW is NEEDS_REPLY
    assert view_for("open") is NEEDS_REPLY
    assert view_for("no such view") is START_VIEW
    assert NEEDS_REPLY.statuses == {Status.NEW, Status.COOLING_OFF, Status.DRAFTING}


def test_ready_to_send_needs_words_an_open_comment_and_its_pause_over() -> None:
    before, after = NOW + timedelta(minutes=1), NOW - timedelta(minutes=1)
    assert ready_to_send(Status.COOLING_OFF, Severity.HARSH, True, after, NOW)
    assert ready_to_send(Status.DRAFTING, Severity.NEGATIVE, True, NOW, NOW)  # ends now
    assert not ready_to_send(Status.COOLING_OFF, Severity.HARSH, True, before, NOW)
    assert not ready_to_send(Status.COOLING_OFF, Severity.HARSH, False, after, NOW)
    assert not ready_to_send(Status.REPLIED, Severity.HARSH, True, after, NOW)
    assert not ready_to_send(Status.NEW, Severity.NEGATIVE, True, None, NOW)  # never paused
    assert ready_to_send(Status.NEW, Severity.POSITIVE, True, None, NOW)  # praise: no pause
    assert not has_draft(" \n\t") and not has_draft(None) and has_draft("Sorry")


def test_the_time_left_in_whole_minutes_rounded_up() -> None:
    assert pause_left(None, NOW) is None
    assert pause_left(NOW, NOW) is None
    assert pause_words(timedelta(minutes=12)) == "Pause: 12 min left"
    assert pause_words(timedelta(minutes=11, seconds=1)) == "Pause: 12 min left"
    assert pause_words(timedelta(seconds=5)) == "Pause: 1 min left"
    assert pause_words(timedelta(minutes=150)) == "Pause: 2 h 30 min left"
