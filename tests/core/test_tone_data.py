"""The tone check's word lists (resources/tone_phrases.json): their shape, and that the check
finds every phrase they hold. What the check flags is tested in test_tone.py and
test_tone_languages.py, which passed unchanged when the lists moved out of core/tone.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib import resources
from typing import Any

import pytest

from feedback_desk.core import tone

LANGUAGES = ("en", "de")
# Every key of a language's section, and what it holds.
PHRASES = {"blaming_phrases", "arguing_phrases", "sarcasm_phrases", "acknowledgements"}
PATTERNS = {
    "blaming_patterns", "arguing_patterns", "scare_quotes", "review_change_requests",
    "review_trades", "offer_words", "greeting_cues", "name_cues",
}  # fmt: skip
WORDS = {"acronyms"}
ONE_PATTERN = {"negated", "turns"}
LANGUAGE_KEYS = PHRASES | PATTERNS | WORDS | ONE_PATTERN | {"parts"}
COMMON_KEYS = {"order_numbers", "not_names"}
# Lists that may be empty (English has no blaming that is not a plain phrase).
MAY_BE_EMPTY = {"blaming_patterns"}


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    text = resources.files("feedback_desk.resources").joinpath(tone.PHRASES_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _strings(value: object) -> list[str]:
    assert isinstance(value, list)
    assert all(isinstance(item, str) and item and item == item.strip() for item in value), value
    return value


def test_the_file_has_a_section_for_every_draft_and_each_language(data: dict[str, Any]) -> None:
    assert set(data) == {"about", "common", *LANGUAGES}
    assert set(data["common"]) == COMMON_KEYS
    for language in LANGUAGES:
        assert set(data[language]) == LANGUAGE_KEYS, language
    # Each list says what it is for.
    assert set(data["about"]) == {"format"} | COMMON_KEYS | LANGUAGE_KEYS


@pytest.mark.parametrize("language", LANGUAGES)
def test_lists_hold_distinct_non_empty_strings(data: dict[str, Any], language: str) -> None:
    section = {**data["common"], **data[language]}
    for key in sorted(PHRASES | PATTERNS | WORDS | COMMON_KEYS):
        items = _strings(section[key])
        assert items or key in MAY_BE_EMPTY, key
        assert len(set(items)) == len(items), [i for i in items if items.count(i) > 1]
    for key in ONE_PATTERN:
        assert isinstance(section[key], str) and section[key]


@pytest.mark.parametrize("language", LANGUAGES)
def test_phrases_are_written_the_way_the_check_reads_them(
    data: dict[str, Any], language: str
) -> None:
    for key in PHRASES:
        for phrase in data[language][key]:
            assert phrase == phrase.lower(), phrase
            assert "  " not in phrase, phrase
            assert "*" not in phrase.rstrip("*") and not phrase.endswith("**"), phrase


def test_word_lists_are_in_the_case_they_are_compared_in(data: dict[str, Any]) -> None:
    for language in LANGUAGES:
        assert all(w.isupper() and " " not in w for w in data[language]["acronyms"])
    assert all(w == w.casefold() and " " not in w for w in data["common"]["not_names"])
    english = set(data["en"]["acronyms"])
    assert not english & set(data["de"]["acronyms"])  # German adds to the English ones


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_pattern_compiles_with_its_parts_filled_in(
    data: dict[str, Any], language: str
) -> None:
    parts = data[language]["parts"]
    assert isinstance(parts, dict) and parts
    used: set[str] = set()
    for key in sorted(PATTERNS | COMMON_KEYS - {"not_names"}):
        for pattern in {**data["common"], **data[language]}[key]:
            names = set(re.findall(r"\{([A-Z_]+)\}", pattern))
            assert key == "review_change_requests" or not names, (key, pattern)
            assert names <= set(parts), (key, pattern)
            used |= names
            filled = re.sub(r"\{([A-Z_]+)\}", lambda m: parts[m[1]], pattern)
            compiled = re.compile(filled)
            if key == "scare_quotes":
                assert "word" in compiled.groupindex, pattern
    assert used == set(parts)  # no part is left unused
    for part in parts.values():
        re.compile(part)
    for key in ONE_PATTERN:
        re.compile(data[language][key])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_check_finds_every_phrase_of_its_lists(data: dict[str, Any], language: str) -> None:
    rules = tone._rules(language)
    for key, pattern in (
        ("blaming_phrases", rules.blaming),
        ("arguing_phrases", rules.arguing),
        ("sarcasm_phrases", rules.sarcasm),
        ("acknowledgements", rules.acknowledged),
    ):
        for phrase in data[language][key]:
            written = phrase.rstrip("*") + ("s" if phrase.endswith("*") else "")
            found = pattern.search(f"Well. {written.capitalize()} there")
            assert found, (key, phrase)
    assert rules.acronyms >= set(data["en"]["acronyms"]) | set(data[language]["acronyms"])


def test_the_rules_are_built_once_per_language() -> None:
    assert tone._rules("de") is tone._rules("de")
    assert tone._rules("en").order is tone._rules("de").order
    assert tone._rules("de").scare_quotes[: len(tone._rules("en").scare_quotes)] == list(
        tone._rules("en").scare_quotes
    )


def test_importing_the_tone_check_reads_no_word_list() -> None:
    """Start-up imports core.tone; its lists load at the first check."""
    code = (
        "from feedback_desk.core import tone\n"
        "assert tone._phrase_data.cache_info().currsize == 0\n"
        "assert tone._rules.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
