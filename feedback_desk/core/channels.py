"""Where a reply can go: in public, or privately where the platform allows it."""

from __future__ import annotations

from datetime import datetime, timedelta

from .errors import UserFacingError
from .model import Comment, Platform

# Facebook and Instagram: one private message per comment, within 7 days of it.
PRIVATE_WINDOW = timedelta(days=7)
ONE_PRIVATE_MESSAGE = frozenset({Platform.FACEBOOK, Platform.INSTAGRAM})
PRIVATE_CHANNEL_NAMES = {
    Platform.FACEBOOK: "a Messenger message",
    Platform.INSTAGRAM: "an Instagram direct message",
    Platform.MASTODON: "a private mention",
}


class PrivateReplyNotAllowed(UserFacingError):
    pass


def private_reply_problem(comment: Comment, now: datetime, private_reply_sent: bool) -> str | None:
    """Why this comment cannot get a private reply now, in words; None when it can."""
    label = comment.platform.label
    if comment.platform not in PRIVATE_CHANNEL_NAMES:
        return (
            f"There are no private replies on {label}. Reply in public and invite the "
            "customer to get in touch, or e-mail them."
        )
    if comment.platform in ONE_PRIVATE_MESSAGE:
        if private_reply_sent:
            return f"{label} allows one private message per comment, and it was sent already."
        age = now - comment.created_at
        if age > PRIVATE_WINDOW:
            return (
                f"{label} only allows a private message within 7 days of the comment; this "
                f"one is {age.days} days old. Reply in public instead."
            )
        if comment.can_reply_privately is False:
            return f"{label} says this comment cannot be answered privately."
    return None


def check_private_reply(comment: Comment, now: datetime, private_reply_sent: bool) -> None:
    problem = private_reply_problem(comment, now, private_reply_sent)
    if problem:
        raise PrivateReplyNotAllowed(problem)
