"""Where a reply can go: the private-reply rules at their exact edges (core/channels.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from feedback_desk.core.channels import (
    PRIVATE_WINDOW,
    PrivateReplyNotAllowed,
    check_private_reply,
    private_reply_problem,
)
from feedback_desk.core.model import Comment, Platform, Severity, Status
from tests.conftest import NOW


def comment(
    platform: Platform = Platform.FACEBOOK,
    *,
    age: timedelta = timedelta(hours=1),
    can_reply_privately: bool | None = None,
) -> Comment:
    return Comment(
        id=1,
        platform=platform,
        account=None,
        external_id="c1",
        author="Ann Lee",
        text="Cold coffee, rude staff.",
        created_at=NOW - age,
        url=None,
        rating=None,
        sentiment=-0.6,
        severity=Severity.NEGATIVE,
        status=Status.NEW,
        cooloff_ends_at=None,
        replied_at=None,
        can_reply_privately=can_reply_privately,
    )


def test_the_window_is_seven_days() -> None:
    assert timedelta(days=7) == PRIVATE_WINDOW


@pytest.mark.parametrize("platform", [Platform.FACEBOOK, Platform.INSTAGRAM])
def test_a_comment_exactly_seven_days_old_may_still_get_its_private_message(
    platform: Platform,
) -> None:
    assert private_reply_problem(comment(platform, age=timedelta(days=7)), NOW, False) is None
    check_private_reply(comment(platform, age=timedelta(days=7)), NOW, False)  # no error


@pytest.mark.parametrize("platform", [Platform.FACEBOOK, Platform.INSTAGRAM])
def test_a_moment_past_seven_days_is_too_late(platform: Platform) -> None:
    late = comment(platform, age=timedelta(days=7, seconds=1))
    problem = private_reply_problem(late, NOW, False)
    assert problem is not None
    assert "within 7 days of the comment" in problem and "7 days old" in problem
    with pytest.raises(PrivateReplyNotAllowed, match="within 7 days"):
        check_private_reply(late, NOW, False)


def test_mastodon_has_no_seven_day_window() -> None:
    old = comment(Platform.MASTODON, age=timedelta(days=400))
    assert private_reply_problem(old, NOW, False) is None


@pytest.mark.parametrize("platform", [Platform.FACEBOOK, Platform.INSTAGRAM])
def test_a_comment_the_platform_says_cannot_be_answered_privately(platform: Platform) -> None:
    closed = comment(platform, can_reply_privately=False)
    problem = private_reply_problem(closed, NOW, False)
    assert problem == f"{platform.label} says this comment cannot be answered privately."
    with pytest.raises(PrivateReplyNotAllowed, match="cannot be answered privately"):
        check_private_reply(closed, NOW, False)
    # Allowed, or not said: the private message may go.
    for said in (True, None):
        assert (
            private_reply_problem(comment(platform, can_reply_privately=said), NOW, False) is None
        )


def test_only_one_private_message_per_comment() -> None:
    problem = private_reply_problem(comment(), NOW, True)
    assert problem is not None and "one private message per comment" in problem
