"""The inbox's views (Needs a reply, Ready to send, …): what each one holds, defined once.

The side list's numbers, the status bar's and the list itself all come from these
definitions (the store turns each into one SQL condition), so they can never disagree.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from .model import OPEN_STATUSES, Severity, Status
from .texts import QT_TRANSLATE_NOOP, translate


class ViewKey(enum.StrEnum):
    ALL = "all"
    NEEDS_REPLY = "open"  # the key settings files already hold
    READY_TO_SEND = "ready"
    REPLIED = "replied"
    RESOLVED = "resolved"
    IGNORED = "ignored"
    FOLLOW_UPS_DUE = "due"


@dataclass(frozen=True)
class View:
    """One of the inbox's views: the statuses it shows and what else it asks of a comment."""

    key: ViewKey
    name: str  # the label in English, as written (translated by `label`)
    statuses: frozenset[Status]  # empty: any status
    follow_ups_due: bool = False  # complaints whose follow-up day has come
    ready_to_send: bool = False  # a saved draft, its pause over, not sent

    @property
    def label(self) -> str:
        """The view's name in the interface language."""
        return translate("View", self.name)


NEEDS_REPLY = View(ViewKey.NEEDS_REPLY, QT_TRANSLATE_NOOP("View", "Needs a reply"), OPEN_STATUSES)
READY_TO_SEND = View(
    ViewKey.READY_TO_SEND,
    QT_TRANSLATE_NOOP("View", "Ready to send"),
    OPEN_STATUSES,
    ready_to_send=True,
)

VIEWS: tuple[View, ...] = (
    View(ViewKey.ALL, QT_TRANSLATE_NOOP("View", "All comments"), frozenset()),
    NEEDS_REPLY,
    READY_TO_SEND,
    View(ViewKey.REPLIED, QT_TRANSLATE_NOOP("View", "Replied"), frozenset({Status.REPLIED})),
    View(ViewKey.RESOLVED, QT_TRANSLATE_NOOP("View", "Resolved"), frozenset({Status.RESOLVED})),
    View(ViewKey.IGNORED, QT_TRANSLATE_NOOP("View", "Ignored"), frozenset({Status.IGNORED})),
    View(
        ViewKey.FOLLOW_UPS_DUE,
        QT_TRANSLATE_NOOP("View", "Follow-ups due"),
        frozenset(),
        follow_ups_due=True,
    ),
)

# The view the window opens on: what needs doing, worst first.
START_VIEW = NEEDS_REPLY


def view_for(key: str) -> View:
    return next((v for v in VIEWS if v.key == key), START_VIEW)


def needs_reply(status: Status) -> bool:
    """Not yet replied to, resolved or ignored: the owner still has something to do."""
    return status in NEEDS_REPLY.statuses


def has_draft(text: str | None) -> bool:
    """A saved draft counts once it has words in it (opening the wizard alone is not one)."""
    return bool(text and text.strip())


def pause_needed(severity: Severity) -> bool:
    return severity in (Severity.HARSH, Severity.NEGATIVE)


def ready_to_send(
    status: Status,
    severity: Severity,
    drafted: bool,
    pause_ends: datetime | None,
    now: datetime,
) -> bool:
    """The rule behind "Ready to send" (the store's SQL says the same): a draft with words
    (`drafted`, see has_draft), not sent, and its pause over (praise and questions need
    none)."""
    if not needs_reply(status) or not drafted:
        return False
    if pause_ends is None:
        return not pause_needed(severity)
    return pause_ends <= now


def pause_left(pause_ends: datetime | None, now: datetime) -> timedelta | None:
    """How long a running pause still lasts; None when there is none or it is over."""
    if pause_ends is None or pause_ends <= now:
        return None
    return pause_ends - now


def pause_words(left: timedelta) -> str:
    """The list's words for a running pause: whole minutes, rounded up (never "0 min")."""
    minutes = max(1, -(-int(left.total_seconds()) // 60))
    if minutes >= 120:
        hours, rest = divmod(minutes, 60)
        return translate("View", "Pause: {hours} h {minutes} min left").format(
            hours=hours, minutes=f"{rest:02d}"
        )
    return translate("View", "Pause: {minutes} min left").format(minutes=minutes)
