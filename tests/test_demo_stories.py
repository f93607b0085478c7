"""The demo's stories (resources/demo_stories.json): their shape, and what they write.

What the replayed stories must look like in the app (cool-offs kept, channels allowed,
tone check passed, ...) is tested in test_demo.py; this file checks the data file itself,
and pins what seeding writes, so a change to how the stories are read shows up here."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from feedback_desk import demo_history
from feedback_desk.core.compensation import CompensationKind, needs_code
from feedback_desk.core.model import Platform
from feedback_desk.core.replies import Channel, Outcome, Validity
from feedback_desk.demo import DEMO_FILE, seed_sample_inbox
from feedback_desk.demo_history import FATES, STORIES_FILE, duration
from feedback_desk.store import open_database
from feedback_desk.store.assessments import DEFAULT_CATEGORIES

STORY_KEYS = {
    "platform", "external_id", "about", "opened_after", "validity", "category",
    "valid_point", "notes", "replies",
}  # fmt: skip
REPLY_KEYS = {"after", "channel", "text"}
OFFER_KEYS = {"kind"}
RESULT_KEYS = {"after", "outcome", "note"}
OPTIONAL = {
    "story": {"results"},
    "reply": {"offer"},
    "offer": {"value", "item", "valid_days", "fate", "fate_after"},
    "result": {"follow_up", "resolve"},
}


def _resource(name: str) -> Any:
    text = resources.files("feedback_desk.resources").joinpath(name).read_text("utf-8")
    return json.loads(text)


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    loaded: dict[str, Any] = _resource(STORIES_FILE)
    return loaded


def _text(value: object) -> str:
    assert isinstance(value, str) and value and value == value.strip(), value
    return value


def _keys(item: dict[str, Any], required: set[str], optional: set[str]) -> None:
    assert required <= set(item) <= required | optional, set(item) ^ required


def test_the_file_holds_stories_and_the_complaints_left_unanswered(data: dict[str, Any]) -> None:
    assert set(data) == {"about", "never_answered", "stories"}
    assert all(_text(line) for line in data["about"])
    for item in data["never_answered"]:
        assert set(item) == {"platform", "external_id", "about"}
        Platform(item["platform"])
        _text(item["about"])
    assert data["stories"]


def test_every_story_is_about_a_comment_of_the_sample_inbox_once(data: dict[str, Any]) -> None:
    sample = {(c["platform"], str(c["external_id"])) for c in _resource(DEMO_FILE)}
    told = [(s["platform"], s["external_id"]) for s in data["stories"]]
    never = [(s["platform"], s["external_id"]) for s in data["never_answered"]]
    assert set(told) <= sample and set(never) <= sample
    assert len(set(told)) == len(told) and len(set(never)) == len(never)
    assert not set(told) & set(never)


def test_every_story_has_the_fields_the_demo_replays(data: dict[str, Any]) -> None:
    channels = {c.value for c in Channel}
    for story in data["stories"]:
        where = story["external_id"]
        _keys(story, STORY_KEYS, OPTIONAL["story"])
        Platform(story["platform"])
        Validity(story["validity"])
        assert story["category"] in DEFAULT_CATEGORIES, where
        for key in ("about", "notes"):
            _text(story[key])
        # What the customer got right: nothing, when the complaint is not valid.
        assert isinstance(story["valid_point"], str), where
        assert bool(story["valid_point"]) == (story["validity"] != "not_valid"), where
        assert duration(story["opened_after"]) > timedelta(0), where
        assert story["replies"], where
        for reply in story["replies"]:
            _keys(reply, REPLY_KEYS, OPTIONAL["reply"])
            assert reply["channel"] in channels, where
            _text(reply["text"])
            assert duration(reply["after"]) > timedelta(0), where
            offer = reply.get("offer")
            coded = offer is not None and needs_code(CompensationKind(offer["kind"]))
            # {code} is filled in with the offer's code; without one it would vanish.
            assert ("{code}" in reply["text"]) == coded, where
            if offer is not None:
                _keys(offer, OFFER_KEYS, OPTIONAL["offer"])
                assert offer.get("fate") in (None, *FATES), where
                assert offer.get("fate") is None or coded, where  # settled by its code
                assert ("fate_after" in offer) == ("fate" in offer), where
                if "fate_after" in offer:
                    duration(offer["fate_after"])
                assert isinstance(offer.get("valid_days", 1), int), where
        for result in story.get("results", ()):
            _keys(result, RESULT_KEYS, OPTIONAL["result"])
            Outcome(result["outcome"])
            _text(result["note"])
            duration(result["after"])
            assert isinstance(result.get("follow_up", 0), int) and result.get("follow_up", 0) >= 0
            assert isinstance(result.get("resolve", False), bool)


def test_times_are_a_number_and_a_unit() -> None:
    assert duration("40m") == timedelta(minutes=40)
    assert duration("1.5h") == timedelta(hours=1, minutes=30)
    assert duration("6d") == timedelta(days=6)
    for wrong in ("40", "m", "1,5h", "-2d", "3 d", "2w"):
        with pytest.raises(ValueError):
            duration(wrong)


def test_the_demos_types_are_its_own_and_do_not_shadow_the_apps() -> None:
    assert not hasattr(demo_history, "Offer") and not hasattr(demo_history, "Reply")
    offer = demo_history.STORIES[0].replies[0].offer
    assert type(offer).__name__ == "StoryOffer"


# -- what seeding writes --------------------------------------------------------------------

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
# What the stories wrote into the demo database, by comment. Printed by running this file
# as a script; it changes only when the stories or the app's rules do, on purpose.
PINNED = "57ca52d69604aaa6"

_STORY_ROWS = (
    "SELECT c.platform, c.external_id, c.status FROM comments c",
    "SELECT c.platform, c.external_id, r.channel, r.text, r.state, r.sent_at "
    "FROM replies r JOIN comments c ON c.id = r.comment_id",
    "SELECT c.platform, c.external_id, d.kind, d.value, d.currency, d.item, d.code, "
    "d.expires_on, d.status, d.created_at, d.redeemed_at FROM discounts d "
    "JOIN comments c ON c.id = d.comment_id",
    "SELECT c.platform, c.external_id, o.outcome, o.decided_on, o.follow_up_on, o.note, "
    "o.created_at FROM outcomes o JOIN comments c ON c.id = o.comment_id",
    "SELECT c.platform, c.external_id, a.validity, a.valid_point, a.category, a.notes, "
    "a.updated_at FROM assessments a JOIN comments c ON c.id = a.comment_id",
    "SELECT c.platform, c.external_id, k.started_at, k.ends_at FROM cooloffs k "
    "JOIN comments c ON c.id = k.comment_id",
)


@pytest.fixture
def utc_local_time() -> Iterator[None]:
    """The stories' follow-up and expiry days are local dates: here the zone is UTC."""
    if not hasattr(time, "tzset"):
        pytest.skip("the local time zone cannot be set here")
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def story_digest(home: Path) -> str:
    db = open_database(home, lambda: NOW)
    seed_sample_inbox(db, lambda: NOW)
    conn = db.connect()
    try:
        tables = [sorted(repr(tuple(row)) for row in conn.execute(sql)) for sql in _STORY_ROWS]
    finally:
        conn.close()
    return hashlib.sha256(repr(tables).encode("utf-8")).hexdigest()[:16]


def test_what_the_stories_write_is_pinned(tmp_path: Path, utc_local_time: None) -> None:
    assert story_digest(tmp_path / "home") == PINNED


if __name__ == "__main__":  # print the digest to pin: .venv/bin/python -m tests.test_demo_stories
    import tempfile

    os.environ["TZ"] = "UTC"
    time.tzset()
    print(story_digest(Path(tempfile.mkdtemp()) / "home"))
