"""Saved replies: the built-in set, and filling in their gaps."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_desk.core.saved_replies import (
    BUILTIN_FILE,
    PLACEHOLDERS,
    SavedReply,
    fill,
    load_builtin,
    missing_placeholders,
    parse,
    placeholders,
)
from feedback_desk.core.tone import BLOCKING_KINDS, ToneKind, check_tone
from feedback_desk.core.triage import Triage

SAMPLE_VALUES = {
    "customer": "Sam",
    "shop": "Jolly Rye Bakery",
    "code": "FD-7KQM-X4PA",
    "discount": "15%",
    "signature": "— Maria, Jolly Rye Bakery",
}
COMMENT = "Ordered a birthday cake, it came a day late and squashed. Really disappointed!!"


# -- the built-in set -------------------------------------------------------------------------


def test_the_builtin_file_ships_inside_the_package() -> None:
    source = resources.files("feedback_desk.resources").joinpath(BUILTIN_FILE)
    assert source.is_file()
    assert json.loads(source.read_text(encoding="utf-8"))["version"] == 1


def test_builtin_replies_load() -> None:
    replies = load_builtin()
    assert 8 <= len(replies) <= 10
    assert all(isinstance(r, SavedReply) and r.builtin for r in replies)
    assert all(r.title.strip() and r.text.strip() for r in replies)
    assert len({r.title for r in replies}) == len(replies)


def test_builtin_replies_are_short_and_use_only_known_gaps() -> None:
    used: set[str] = set()
    for reply in load_builtin():
        assert len(reply.text) <= 400, reply.title
        gaps = placeholders(reply.text)
        assert set(gaps) <= set(PLACEHOLDERS), reply.title
        used |= set(gaps)
    assert used == set(PLACEHOLDERS)  # every gap the wizard offers appears somewhere


def test_a_compensation_reply_carries_the_code_and_the_discount() -> None:
    offers = [r for r in load_builtin() if {"code", "discount"} <= set(placeholders(r.text))]
    assert offers


@pytest.mark.parametrize("reply", load_builtin(), ids=lambda r: r.title)
@pytest.mark.parametrize("channel", ["public", "private", "email"])
@pytest.mark.parametrize("validity", ["valid", "partly", "not_valid", None])
def test_every_builtin_reply_passes_the_tone_check(
    triage: Triage, reply: SavedReply, channel: str, validity: str | None
) -> None:
    text = fill(reply.text, SAMPLE_VALUES)
    assert missing_placeholders(reply.text, SAMPLE_VALUES) == []
    offered = "code" in placeholders(reply.text)
    flags = check_tone(
        text,
        comment_text=COMMENT,
        channel=channel,
        complaint_valid=validity,
        compensation_offered=offered,
        triage=triage,
    )
    if offered and channel == "public":
        # A code anyone can read is a code anyone can use: this one is for private messages.
        assert [f.kind for f in flags if f.blocking] == [ToneKind.CODE_IN_PUBLIC], flags
        return
    assert not [f for f in flags if f.blocking or f.kind in BLOCKING_KINDS], flags
    assert ToneKind.NEGATIVE_TONE not in [f.kind for f in flags]
    assert ToneKind.PRIVATE_DETAILS not in [f.kind for f in flags]
    if validity in ("not_valid", None):
        assert flags == [], flags


def test_builtin_replies_read_warm(triage: Triage) -> None:
    for reply in load_builtin():
        assert triage.assess(fill(reply.text, SAMPLE_VALUES)).sentiment > 0, reply.title


# -- filling in --------------------------------------------------------------------------------


def test_fill_puts_in_the_known_values() -> None:
    template = "Hi {customer}, here is {discount} off at {shop} with {code}."
    assert fill(template, SAMPLE_VALUES) == (
        "Hi Sam, here is 15% off at Jolly Rye Bakery with FD-7KQM-X4PA."
    )


def test_fill_leaves_gaps_without_a_value() -> None:
    template = "Hi {customer}, use {code}. {mystery} stays."
    assert fill(template, {"customer": "Sam"}) == "Hi Sam, use {code}. {mystery} stays."
    assert missing_placeholders(template, {"customer": "Sam"}) == ["code", "mystery"]


def test_a_blank_value_counts_as_missing() -> None:
    assert fill("Hi {customer},", {"customer": "  "}) == "Hi {customer},"
    assert missing_placeholders("Hi {customer},", {"customer": ""}) == ["customer"]


def test_fill_matches_names_without_case_and_inner_spaces() -> None:
    assert fill("Hi {Customer} and { customer }", {"customer": "Sam"}) == "Hi Sam and Sam"
    assert fill("Hi {customer}", {"CUSTOMER": "Sam"}) == "Hi Sam"
    assert placeholders("{Shop} {shop} {code}") == ["shop", "code"]


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("A lone { brace", "A lone { brace"),
        ("A lone } brace", "A lone } brace"),
        ("Set notation {1, 2} and {} and { }", "Set notation {1, 2} and {} and { }"),
        ("Doubled {{customer}}", "Doubled {Sam}"),
        (
            "Format-ish {0} {customer!r} {customer:>10}",
            "Format-ish {0} {customer!r} {customer:>10}",
        ),
        ("{customer}{customer}", "SamSam"),
        ("Nested {cus{customer}tomer}", "Nested {cusSamtomer}"),
    ],
)
def test_stray_braces_are_left_alone(template: str, expected: str) -> None:
    assert fill(template, {"customer": "Sam"}) == expected


def test_braces_in_values_are_not_filled_again() -> None:
    values = {"customer": "{shop} :-}", "shop": "Crumbs {and} Co"}
    assert fill("Hi {customer} from {shop}", values) == "Hi {shop} :-} from Crumbs {and} Co"


def test_missing_placeholders_is_empty_when_all_are_filled() -> None:
    for reply in load_builtin():
        assert missing_placeholders(reply.text, SAMPLE_VALUES) == []
        assert "{" not in fill(reply.text, SAMPLE_VALUES)


@given(template=st.text(max_size=200), values=st.dictionaries(st.text(max_size=10), st.text()))
def test_fill_never_raises(template: str, values: dict[str, str]) -> None:
    filled = fill(template, values)
    assert isinstance(filled, str)
    assert isinstance(missing_placeholders(template, values), list)


@given(
    parts=st.lists(
        st.one_of(st.sampled_from([f"{{{n}}}" for n in PLACEHOLDERS]), st.text(alphabet="ab {}")),
        max_size=20,
    )
)
def test_filling_every_known_gap_leaves_none_missing(parts: list[str]) -> None:
    template = "".join(parts)
    assert not set(missing_placeholders(template, SAMPLE_VALUES)) & set(PLACEHOLDERS)
    filled = fill(template, SAMPLE_VALUES)
    assert not set(placeholders(filled)) & set(PLACEHOLDERS)


# -- reading the file ---------------------------------------------------------------------------


def test_parse_reads_titles_and_texts() -> None:
    text = json.dumps({"version": 1, "replies": [{"title": " Mine ", "text": " Hi {customer} "}]})
    assert parse(text) == [SavedReply("Mine", "Hi {customer}", False)]
    assert parse(text, builtin=True)[0].builtin


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("not json", "not valid JSON"),
        ("[]", '"replies" list'),
        ('{"replies": {}}', '"replies" list'),
        ('{"replies": ["x"]}', "Saved reply 1 is not an object"),
        ('{"replies": [{"text": "Hi"}]}', "Saved reply 1 has no title"),
        ('{"replies": [{"title": "A", "text": "Hi"}, {"title": "B"}]}', "Saved reply 2 .* no text"),
    ],
)
def test_parse_names_the_problem(text: str, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        parse(text)


# -- in other languages -----------------------------------------------------------------------


def test_the_german_set_matches_the_english_one() -> None:
    english, german = load_builtin(), load_builtin("de")
    assert len(german) == len(english)
    assert all(r.builtin and r.title.strip() and r.text.strip() for r in german)
    assert len({r.title for r in german}) == len(german)
    assert not {r.title for r in german} & {r.title for r in english}
    for mine, theirs in zip(german, english, strict=True):
        assert len(mine.text) <= 400, mine.title
        assert set(placeholders(mine.text)) == set(placeholders(theirs.text)), mine.title
        assert "Sie" in mine.text or "Ihnen" in mine.text or "Ihr" in mine.text, mine.title


@pytest.mark.parametrize("language", ["de", "de_AT", "de-CH", "DE"])
def test_a_german_interface_gets_the_german_set(language: str) -> None:
    assert load_builtin(language) == load_builtin("de")
    assert load_builtin(language)[0].title.startswith("Entschuldigung")


@pytest.mark.parametrize("language", ["en", "en_GB", "fr", "", "../saved_replies", "xx_YY"])
def test_a_language_without_its_own_set_gets_the_english_one(language: str) -> None:
    assert load_builtin(language) == load_builtin()
