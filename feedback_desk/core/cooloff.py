"""The cool-off: a pause between reading a hurtful comment and answering it.

The rule lives here so every way of sending (the wizard, the outbox, the command line)
obeys the same one. Once a cool-off has started its end time is stored and never moves
earlier: not by reopening, restarting, changing settings or the clock going backwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import UserFacingError
from .model import Severity
from .texts import translate

SHORTEST_MINUTES = 5
LONGEST_MINUTES = 240


class StillCoolingOff(UserFacingError):
    """A reply may not be sent yet; the message says how long is left."""

    def __init__(self, ends_at: datetime, now: datetime) -> None:
        left = max(int((ends_at - now).total_seconds()), 0)
        super().__init__(
            translate(
                "CoolOff",
                "This comment is still in its cool-off: {time} left. "
                "Read your reply again when the wait is over; it can be sent then.",
            ).format(time=f"{left // 60}:{left % 60:02d}")
        )
        self.ends_at = ends_at


class CoolOffNotStarted(UserFacingError):
    """A negative comment nobody has paused over yet."""


@dataclass(frozen=True)
class CoolOffSettings:
    negative_minutes: int = 15
    harsh_minutes: int = 30

    def __post_init__(self) -> None:
        for value in (self.negative_minutes, self.harsh_minutes):
            if not SHORTEST_MINUTES <= value <= LONGEST_MINUTES:
                raise UserFacingError(
                    translate(
                        "CoolOff",
                        "A cool-off must last {shortest} to {longest} minutes "
                        "(not {value}); it can never be switched off for negative comments.",
                    ).format(shortest=SHORTEST_MINUTES, longest=LONGEST_MINUTES, value=value)
                )

    def minutes_for(self, severity: Severity) -> int | None:
        """How long to wait before answering; None where no wait is needed."""
        if severity is Severity.HARSH:
            return self.harsh_minutes
        if severity is Severity.NEGATIVE:
            return self.negative_minutes
        return None


def cooloff_end(
    stored_end: datetime | None, severity: Severity, opened_at: datetime, settings: CoolOffSettings
) -> datetime | None:
    """The end of the wait for a comment being opened now. A stored end always stands."""
    if stored_end is not None:
        return stored_end
    minutes = settings.minutes_for(severity)
    return None if minutes is None else opened_at + timedelta(minutes=minutes)


def check_may_send(cooloff_ends_at: datetime | None, severity: Severity, now: datetime) -> None:
    """Raise StillCoolingOff unless a reply may go out now.

    A negative or harsh comment that never had its cool-off started has not been thought
    about at all, so it is refused too (with the default wait as what is left).
    """
    if cooloff_ends_at is None:
        if CoolOffSettings().minutes_for(severity) is None:
            return
        raise CoolOffNotStarted(
            translate(
                "CoolOff",
                "This comment's cool-off has not started yet: open it in Feedback Desk, take "
                "the pause, then send your reply.",
            )
        )
    if now < cooloff_ends_at:
        raise StillCoolingOff(cooloff_ends_at, now)
