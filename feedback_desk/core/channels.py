"""Where a reply can go: in public, or privately where the platform allows it."""

from __future__ import annotations

from datetime import datetime, timedelta

from .errors import UserFacingError
from .model import Comment, Platform
from .texts import QT_TRANSLATE_NOOP, translate

# Facebook and Instagram: one private message per comment, within 7 days of it.
PRIVATE_WINDOW = timedelta(days=7)
ONE_PRIVATE_MESSAGE = frozenset({Platform.FACEBOOK, Platform.INSTAGRAM})
PRIVATE_CHANNEL_NAMES = {
    Platform.FACEBOOK: QT_TRANSLATE_NOOP("PrivateReply", "a Messenger message"),
    Platform.INSTAGRAM: QT_TRANSLATE_NOOP("PrivateReply", "an Instagram direct message"),
    Platform.MASTODON: QT_TRANSLATE_NOOP("PrivateReply", "a private mention"),
}


class PrivateReplyNotAllowed(UserFacingError):
    pass


def private_reply_problem(comment: Comment, now: datetime, private_reply_sent: bool) -> str | None:
    """Why this comment cannot get a private reply now, in words; None when it can."""
    label = comment.platform.label
    if comment.platform not in PRIVATE_CHANNEL_NAMES:
        return translate(
            "PrivateReply",
            "There are no private replies on {platform}. Reply in public and invite the "
            "customer to get in touch, or e-mail them.",
        ).format(platform=label)
    if comment.platform in ONE_PRIVATE_MESSAGE:
        if private_reply_sent:
            return translate(
                "PrivateReply",
                "{platform} allows one private message per comment, and it was sent already.",
            ).format(platform=label)
        age = now - comment.created_at
        days = age.days  # a plain name: lupdate reads no attribute as the count
        if age > PRIVATE_WINDOW:
            return translate(
                "PrivateReply",
                "{platform} only allows a private message within 7 days of the comment; "
                "this one is %Ln day(s) old. Reply in public instead.",
                None,
                days,
            ).format(platform=label)
        if comment.can_reply_privately is False:
            return translate(
                "PrivateReply", "{platform} says this comment cannot be answered privately."
            ).format(platform=label)
    return None


def check_private_reply(comment: Comment, now: datetime, private_reply_sent: bool) -> None:
    problem = private_reply_problem(comment, now, private_reply_sent)
    if problem:
        raise PrivateReplyNotAllowed(problem)
