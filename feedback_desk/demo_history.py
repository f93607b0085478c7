"""The demo's past: what the owner did about the older complaints of the sample inbox.

A demo that only holds unanswered comments leaves the history, the customer view and the
recovery report empty. So the older harsh and negative comments (written more than
`ANSWERED_BEFORE` ago) get a story: opened, paused over, judged, answered, sometimes
compensated, and what became of the customer. The newest complaints stay open, so the
inbox still has work in it, and a few older ones were never answered. The stories are
data, in resources/demo_stories.json (its "about" explains the fields).

Every step is replayed through the app's own stores with the clock set back to when it
happened (`dataclasses.replace(db, clock=...)`), so the rows are exactly what the app
writes, and its rules are checked on the way: the cool-off before sending, the private
message limits, the tone check's blocking flags, the ledger's codes and expiry dates.
Everything is fixed in advance (codes come from a seeded generator), so the same clock
gives the same database.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal, get_args

from .core.clock import Clock
from .core.compensation import Compensation, CompensationKind, needs_code, new_code
from .core.cooloff import CoolOffSettings
from .core.data_files import resource_folder
from .core.model import Comment, Platform, Status
from .core.replies import Outcome, Validity
from .core.saved_replies import fill
from .core.texts import translate
from .sources.base import Page
from .sources.outbox import ReplyService
from .store import Database
from .store.assessments import Assessment, Assessments, ReplyDraft
from .store.comments import CommentStore
from .store.discounts import DiscountLedger
from .store.outbox import Outbox
from .store.outcomes import Outcomes

STORIES_FILE = "demo_stories.json"
# Complaints newer than this stay open in the demo inbox.
ANSWERED_BEFORE = timedelta(days=3)
# Judging the complaint while the cool-off runs: this long after opening it.
THINKING = timedelta(minutes=8)
CURRENCY = "GBP"
# Codes are drawn from this seed, so the demo's codes are the same every time.
CODE_SEED = 20261125
_SEND_KEYS = uuid.UUID("6f1d3c52-8a4e-4a8e-9d47-5b0e2f7c1a90")

Fate = Literal["redeemed", "declined"]
FATES: tuple[Fate, ...] = get_args(Fate)


@dataclass(frozen=True)
class StoryOffer:
    """What a story's reply offers, and what the customer did with it; `valid_days` after
    the day it is sent is its last day. Not the app's offer: `compensation` makes that."""

    kind: CompensationKind
    value: str | None = None
    item: str | None = None
    valid_days: int | None = None
    fate: Fate | None = None  # None: still offered (or expired, once its last day passed)
    fate_after: timedelta = timedelta(0)  # after the reply that offered it

    def compensation(self, sent_on: date) -> Compensation:
        money = self.kind in (CompensationKind.FIXED, CompensationKind.REFUND) or (
            self.kind is CompensationKind.FREE_ITEM and self.value is not None
        )
        return Compensation(
            self.kind,
            None if self.value is None else Decimal(self.value),
            CURRENCY if money else None,
            self.item,
            None if self.valid_days is None else sent_on + timedelta(days=self.valid_days),
        )


@dataclass(frozen=True)
class StoryReply:
    """A reply of a story, sent `after` the cool-off ended (the first) or after the reply
    before it. `{code}` in the text is the offer's code."""

    after: timedelta
    channel: str
    text: str
    offer: StoryOffer | None = None


@dataclass(frozen=True)
class StoryResult:
    """An outcome recorded `after` the first reply. `follow_up` is days from today (0: due
    today); `resolve` also marks the comment resolved."""

    after: timedelta
    outcome: Outcome
    note: str
    follow_up: int | None = None
    resolve: bool = False


@dataclass(frozen=True)
class Story:
    platform: Platform
    external_id: str
    opened_after: timedelta  # from the comment being written to the owner opening it
    validity: str
    category: str
    valid_point: str
    notes: str
    replies: tuple[StoryReply, ...]
    results: tuple[StoryResult, ...] = ()


# -- reading the stories ------------------------------------------------------------------

# A time in the data file: a number and a unit, "40m", "1.5h", "6d".
_DURATION = re.compile(r"(?P<number>\d+(?:\.\d+)?)(?P<unit>[mhd])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def duration(text: str) -> timedelta:
    """ "40m", "1.5h" or "6d" as a timedelta."""
    match = _DURATION.fullmatch(text)
    if match is None:
        raise ValueError(f"a demo time is a number and m, h or d, not {text!r}")
    return timedelta(**{_UNITS[match["unit"]]: float(match["number"])})


def _offer(data: dict[str, Any]) -> StoryOffer:
    fate = data.get("fate")
    if fate is not None and fate not in FATES:
        raise ValueError(f"an offer's fate is one of {', '.join(FATES)}, not {fate!r}")
    return StoryOffer(
        CompensationKind(data["kind"]),
        data.get("value"),
        data.get("item"),
        data.get("valid_days"),
        fate,
        duration(data.get("fate_after", "0m")),
    )


def _story(data: dict[str, Any]) -> Story:
    replies = tuple(
        StoryReply(
            duration(reply["after"]),
            reply["channel"],
            reply["text"],
            None if reply.get("offer") is None else _offer(reply["offer"]),
        )
        for reply in data["replies"]
    )
    results = tuple(
        StoryResult(
            duration(result["after"]),
            Outcome(result["outcome"]),
            result["note"],
            result.get("follow_up"),
            result.get("resolve", False),
        )
        for result in data.get("results", ())
    )
    return Story(
        Platform(data["platform"]),
        data["external_id"],
        duration(data["opened_after"]),
        data["validity"],
        data["category"],
        data["valid_point"],
        data["notes"],
        replies,
        results,
    )


def load_stories() -> tuple[tuple[Story, ...], tuple[tuple[Platform, str], ...]]:
    """The stories in resources/demo_stories.json, and the older complaints deliberately
    left unanswered (a real inbox has a few)."""
    text = resource_folder().joinpath(STORIES_FILE).read_text("utf-8")
    data = json.loads(text)
    stories = tuple(_story(story) for story in data["stories"])
    never = tuple(
        (Platform(item["platform"]), str(item["external_id"])) for item in data["never_answered"]
    )
    return stories, never


# Read when the demo is made (only the demo imports this module).
STORIES, NEVER_ANSWERED = load_stories()


# -- replaying the stories ----------------------------------------------------------------


@dataclass(order=True)
class _Event:
    when: datetime
    seq: int
    action: Callable[[Database], None] = dataclasses.field(compare=False)


def seed_history(db: Database, conn: sqlite3.Connection, clock: Clock) -> int:
    """Replay the stories of the older demo complaints; returns how many were told.

    A story whose comment is missing, too recent, or already opened (seeding again) is
    left out, so running this twice adds nothing."""
    now = clock()
    store = CommentStore(db, conn)
    teller = _Teller(conn, now)
    events: list[_Event] = []
    told = 0
    for story in STORIES:
        row = conn.execute(
            "SELECT id FROM comments WHERE platform = ? AND external_id = ?",
            (story.platform.value, story.external_id),
        ).fetchone()
        if row is None or _already_told(conn, int(row[0])):
            continue
        comment = store.get(int(row[0]))
        if now - comment.created_at <= ANSWERED_BEFORE:
            continue
        events += teller.events(story, comment)
        told += 1
    for event in sorted(events):
        if event.when <= now:  # always, as the stories are written; never a future row
            event.action(dataclasses.replace(db, clock=_fixed(event.when)))
    # Offers whose last day has passed are written down as expired, as the ledger does.
    DiscountLedger(db, conn).expire_due()
    return told


def _already_told(conn: sqlite3.Connection, comment_id: int) -> bool:
    return bool(
        conn.execute(
            """SELECT EXISTS (SELECT 1 FROM cooloffs WHERE comment_id = ?)
                   OR EXISTS (SELECT 1 FROM replies WHERE comment_id = ?)""",
            (comment_id, comment_id),
        ).fetchone()[0]
    )


def _fixed(moment: datetime) -> Clock:
    return lambda: moment


class _Teller:
    """Turns stories into steps in time, each done through the stores as the app does."""

    def __init__(self, conn: sqlite3.Connection, now: datetime) -> None:
        self._conn = conn
        self._now = now
        self._rng = random.Random(CODE_SEED)
        self._events: list[_Event] = []
        self._seq = 0  # keeps steps at the same moment in the order they were written

    def events(self, story: Story, comment: Comment) -> list[_Event]:
        self._events = []
        settings = CoolOffSettings()
        opened = comment.created_at + story.opened_after
        self._at(opened, lambda db: self._open(db, comment.id, settings))
        self._at(opened + THINKING, lambda db: self._judge(db, comment.id, story))

        wait = settings.minutes_for(comment.severity) or 0
        sent_at = opened + timedelta(minutes=wait)
        codes: dict[int, str] = {}  # reply number -> the code it offered
        first_sent: datetime | None = None
        for number, reply in enumerate(story.replies):
            sent_at += reply.after
            first_sent = first_sent or sent_at
            self._at(sent_at, self._sender(comment, number, reply, codes))
            offer = reply.offer
            if offer is not None and offer.fate is not None:
                self._at(sent_at + offer.fate_after, self._settler(number, offer.fate, codes))

        if first_sent is None:
            raise ValueError(f"the story of {story.external_id} has no reply")
        today = self._now.astimezone().date()
        for result in story.results:
            follow_up = None if result.follow_up is None else today + timedelta(result.follow_up)
            self._at(first_sent + result.after, self._recorder(comment.id, result, follow_up))
        return self._events

    def _at(self, when: datetime, action: Callable[[Database], None]) -> None:
        self._seq += 1
        self._events.append(_Event(when, self._seq, action))

    # -- the steps ----------------------------------------------------------------------------

    def _open(self, db: Database, comment_id: int, settings: CoolOffSettings) -> None:
        Outbox(db, self._conn).start_cooloff(comment_id, settings)

    def _judge(self, db: Database, comment_id: int, story: Story) -> None:
        Assessments(db, self._conn).save(
            Assessment(
                comment_id,
                Validity(story.validity),
                story.valid_point,
                translate("ComplaintKinds", story.category),  # as the kinds list names it
                story.notes,
            )
        )

    def _sender(
        self, comment: Comment, number: int, reply: StoryReply, codes: dict[int, str]
    ) -> Callable[[Database], None]:
        def send(db: Database) -> None:
            conn = self._conn
            offer = (
                reply.offer.compensation(db.clock().astimezone().date()) if reply.offer else None
            )
            code = None
            if offer is not None and needs_code(offer.kind):
                code = self._fresh_code(conn)
                codes[number] = code
            text = fill(reply.text, {"code": code or ""})
            saved = None
            if offer is not None:
                saved = offer.to_json() | ({"code": code} if code else {})
            # As the wizard does: the draft (with its offer) is kept until the reply is sent.
            Assessments(db, conn).save_draft(
                ReplyDraft(comment.id, reply.channel, text, saved, "review")
            )
            # Through the app's one send path, so every rule is checked as it would be.
            service = ReplyService(db, conn, lambda _comment: _Replayed(comment.platform))
            if reply.channel == "email":
                queued = service.start_email(comment.id, text, offer, code)
            else:
                queued = service.outbox.queue(comment.id, reply.channel, text, offer, code)
            with db.transaction(conn):  # a send key that is the same every time
                conn.execute(
                    "UPDATE replies SET send_key = ? WHERE id = ?",
                    (uuid.uuid5(_SEND_KEYS, f"{comment.external_id}/{number}").hex, queued.id),
                )
            if reply.channel == "email":
                service.confirm_email(queued.id, sent=True)
            else:
                service.send(queued.id)  # the cool-off, private-message and tone rules apply
            Assessments(db, conn).discard_draft(comment.id)

        return send

    def _fresh_code(self, conn: sqlite3.Connection) -> str:
        while True:
            code = new_code(self._rng)
            if not conn.execute("SELECT 1 FROM discounts WHERE code = ?", (code,)).fetchone():
                return code

    def _settler(
        self, number: int, fate: Fate, codes: dict[int, str]
    ) -> Callable[[Database], None]:
        def settle(db: Database) -> None:
            ledger = DiscountLedger(db, self._conn)
            if fate == "redeemed":
                ledger.redeem(codes[number])
            else:
                ledger.decline(codes[number])

        return settle

    def _recorder(
        self, comment_id: int, result: StoryResult, follow_up: date | None
    ) -> Callable[[Database], None]:
        def record(db: Database) -> None:
            Outcomes(db, self._conn).record(
                comment_id, result.outcome, note=result.note, follow_up_on=follow_up
            )
            if result.resolve:
                CommentStore(db, self._conn).set_status([comment_id], Status.RESOLVED)

        return record


class _Replayed:
    """Stands in for the platform while the demo's past is replayed: the demo's comments
    come from a file, and its replies were "sent" months ago."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform

    def check(self) -> str:
        return "the demo"

    def pages(self, since: str | None = None) -> Iterator[Page]:
        return iter(())

    def send_reply(self, comment: Comment, channel: str, text: str, key: str) -> str:
        return f"demo-{key[:12]}"

    def find_reply(self, comment: Comment, channel: str, text: str, key: str) -> str | None:
        return None
