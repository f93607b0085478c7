"""The things the shop owner works with: comments, their severity and their status."""

from __future__ import annotations

import enum
import re
import threading
from dataclasses import dataclass
from datetime import UTC, datetime

from .texts import QT_TRANSLATE_NOOP, translate

# A UTF-16 half on its own: JSON can spell one ("\\ud800"), no UTF-8 text can hold it.
# Compiled at its first use, not at start-up (about 2M instructions before the first paint).
_LONE_SURROGATE: re.Pattern[str] | None = None


def broken_character(text: str) -> str | None:
    """The first character that cannot be stored as text (a lone surrogate, from a broken
    emoji in a platform's JSON or an export), or None when all of `text` can be."""
    global _LONE_SURROGATE
    if text.isascii():
        return None
    if _LONE_SURROGATE is None:
        _LONE_SURROGATE = re.compile("[\ud800-\udfff]")
    found = _LONE_SURROGATE.search(text)
    return found.group() if found else None


class Platform(enum.StrEnum):
    """Where a comment was written. Iterating gives the five platforms Feedback Desk connects
    to; any other name an import file gives ("Trustpilot", "Etsy") is a platform too: a
    pseudo-member made by `Platform("Etsy")`, whose value is the lowercase key (its identity)
    and whose label is the name as first written. Not connectable: replies to it are copied
    and posted by the owner on the platform's own page."""

    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    GOOGLE = "google"
    YOUTUBE = "youtube"
    MASTODON = "mastodon"

    @classmethod
    def _missing_(cls, value: object) -> Platform | None:
        if not isinstance(value, str):
            return None
        written = " ".join(value.split())
        key = written.lower()
        if not key or len(key) > MAX_PLATFORM_NAME or broken_character(key) is not None:
            return None
        for member in cls:  # "Facebook", " YouTube "
            if member.value == key:
                return member
        known = _ALIASES.get(key) or _OTHER_PLATFORMS.get(key)
        if known is not None:
            return known
        member = str.__new__(cls, key)
        member._name_ = key
        member._value_ = key
        with _OTHER_LOCK:
            member = _OTHER_PLATFORMS.setdefault(key, member)
            _OTHER_LABELS.setdefault(key, written)
        return member

    @property
    def label(self) -> str:
        known = _PLATFORM_LABELS.get(self)
        if known:
            return translate("Platform", known)
        return _OTHER_LABELS.get(self.value, self.value)

    @property
    def is_connectable(self) -> bool:
        """One of the platforms Feedback Desk signs in to, fetches from and replies on."""
        return self in _PLATFORM_LABELS

    @classmethod
    def remember_name(cls, key: str, written: str) -> None:
        """The name as written for an unknown platform's key (read back from the database)."""
        with _OTHER_LOCK:
            _OTHER_LABELS[key] = " ".join(written.split())
        cls(key)


MAX_PLATFORM_NAME = 40
_OTHER_PLATFORMS: dict[str, Platform] = {}
_OTHER_LABELS: dict[str, str] = {}
_OTHER_LOCK = threading.Lock()


_PLATFORM_LABELS = {
    Platform.FACEBOOK: QT_TRANSLATE_NOOP("Platform", "Facebook"),
    Platform.INSTAGRAM: QT_TRANSLATE_NOOP("Platform", "Instagram"),
    Platform.GOOGLE: QT_TRANSLATE_NOOP("Platform", "Google reviews"),
    Platform.YOUTUBE: QT_TRANSLATE_NOOP("Platform", "YouTube"),
    Platform.MASTODON: QT_TRANSLATE_NOOP("Platform", "Mastodon"),
}
# Other names files give the five platforms.
_ALIASES: dict[str, Platform] = {
    "google reviews": Platform.GOOGLE,
    "google maps": Platform.GOOGLE,
    "google business profile": Platform.GOOGLE,
    "google my business": Platform.GOOGLE,
    "fb": Platform.FACEBOOK,
    "ig": Platform.INSTAGRAM,
}


class Severity(enum.StrEnum):
    """How much a comment hurts. The inbox shows the worst first (lowest rank)."""

    HARSH = "harsh"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    POSITIVE = "positive"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANKS[self]

    @classmethod
    def from_rank(cls, rank: int) -> Severity:
        return _SEVERITY_ORDER[rank]

    @property
    def label(self) -> str:
        return translate("Severity", _SEVERITY_LABELS[self])


_SEVERITY_LABELS = {
    Severity.HARSH: QT_TRANSLATE_NOOP("Severity", "Harsh"),
    Severity.NEGATIVE: QT_TRANSLATE_NOOP("Severity", "Negative"),
    Severity.NEUTRAL: QT_TRANSLATE_NOOP("Severity", "Neutral"),
    Severity.POSITIVE: QT_TRANSLATE_NOOP("Severity", "Positive"),
}
_SEVERITY_ORDER = (Severity.HARSH, Severity.NEGATIVE, Severity.NEUTRAL, Severity.POSITIVE)
_SEVERITY_RANKS = {severity: rank for rank, severity in enumerate(_SEVERITY_ORDER)}


class Status(enum.StrEnum):
    NEW = "new"
    COOLING_OFF = "cooling_off"
    DRAFTING = "drafting"
    REPLIED = "replied"
    RESOLVED = "resolved"
    IGNORED = "ignored"

    @property
    def is_open(self) -> bool:
        """Still waiting for the owner to do something."""
        return self in OPEN_STATUSES

    @property
    def label(self) -> str:
        return translate("Status", _STATUS_LABELS[self])


OPEN_STATUSES = frozenset({Status.NEW, Status.COOLING_OFF, Status.DRAFTING})

_STATUS_LABELS = {
    Status.NEW: QT_TRANSLATE_NOOP("Status", "New"),
    Status.COOLING_OFF: QT_TRANSLATE_NOOP("Status", "Cooling off"),
    Status.DRAFTING: QT_TRANSLATE_NOOP("Status", "Drafting"),
    Status.REPLIED: QT_TRANSLATE_NOOP("Status", "Replied"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("Status", "Resolved"),
    Status.IGNORED: QT_TRANSLATE_NOOP("Status", "Ignored"),
}

# Statuses the owner may set by hand from the inbox; the others come from the reply flow.
MANUAL_STATUSES = (Status.RESOLVED, Status.IGNORED, Status.NEW)


@dataclass(frozen=True, slots=True)
class NewComment:
    """A comment as it arrives from a platform or an import file, before it is stored."""

    platform: Platform
    external_id: str
    author: str
    text: str
    created_at: datetime  # aware, UTC
    url: str | None = None
    rating: int | None = None
    account: str | None = None
    parent_external_id: str | None = None  # the post or video it was written under
    can_reply_privately: bool | None = None  # Facebook and Instagram say; None: not known
    email: str | None = None  # the customer's address, when an imported file gives it
    # The comment (or the shop's reply) this one answers, when it is part of a conversation.
    reply_to_external_id: str | None = None


@dataclass(frozen=True, slots=True)
class Comment:
    """A stored comment with everything the inbox shows about it."""

    id: int
    platform: Platform
    account: str | None
    external_id: str
    author: str
    text: str
    created_at: datetime
    url: str | None
    rating: int | None
    sentiment: float
    severity: Severity
    status: Status
    cooloff_ends_at: datetime | None
    replied_at: datetime | None
    can_reply_privately: bool | None = None  # what the platform said when last synced
    email: str | None = None  # the customer's address, when an imported file gave it
    parent_id: int | None = None  # the local comment it answers, in a conversation
    severity_set_by_owner: bool = False  # the owner corrected how bad it is

    def to_json(self) -> dict[str, object]:
        """The stable JSON shape documented in DESIGN.md."""
        return {
            "id": self.id,
            "platform": self.platform.value,
            "account": self.account,
            "external_id": self.external_id,
            "author": self.author,
            "text": self.text,
            "created_at": iso_utc(self.created_at),
            "url": self.url,
            "rating": self.rating,
            "sentiment": round(self.sentiment, 4),
            "severity": self.severity.value,
            "status": self.status.value,
            "cooloff_ends_at": iso_utc(self.cooloff_ends_at) if self.cooloff_ends_at else None,
            "replied_at": iso_utc(self.replied_at) if self.replied_at else None,
            "parent_id": self.parent_id,
        }


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC with a Z, seconds precision: 2026-05-01T10:00:00Z."""
    # isoformat always writes a four-digit year, unlike strftime's %Y for years before 1000.
    return moment.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def parse_iso(text: str) -> datetime:
    """Parse ISO 8601 (also the Graph API's +0000 form); naive times are taken as UTC."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    if len(value) > 5 and value[-5] in "+-" and value[-4:].isdigit() and value[-3] != ":":
        value = value[:-2] + ":" + value[-2:]
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # 0001-01-01 east of UTC, 9999-12-31 west of it
        raise ValueError(f"{text!r} is outside the calendar") from None


@dataclass(frozen=True, slots=True)
class OwnReply:
    """A reply the shop wrote on the platform itself (in Google's or Facebook's own tools),
    read on sync so the comment counts as answered."""

    platform: Platform
    external_id: str  # the reply's own id on the platform
    answers_external_id: str  # the comment or review it answers
    text: str
    created_at: datetime  # aware, UTC
