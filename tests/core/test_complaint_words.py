"""The factual-complaint list: its file format, the bundled list, and how a cue is read in
its sentence (negation, "if", questions, excuses, weak cues, "not a complaint")."""

from __future__ import annotations

import csv
import dataclasses
import random
import re
from importlib import resources
from pathlib import Path

import pytest

from feedback_desk.core.model import Severity
from feedback_desk.core.triage import ComplaintWords, Triage

ROOT = Path(__file__).resolve().parents[2]

CHECKER_SETS = (
    "negation",
    "not_negating",
    "clause_break",
    "hypothetical",
    "put_right",
    "accusing",
    "excusable",
    "weak",
)

# A small list with the checker's sets, for the rules below.
RULES = [
    "@negation = no, not, never, nothing, didn't",
    "@not_negating = only",
    "@clause_break = but, and",
    "@hypothetical = if, than",
    "@put_right = fixed",
    "@accusing = why, is anyone",
    "@excusable = waiting",
    "@weak = slow",
]


def words(*lines: str) -> ComplaintWords:
    return ComplaintWords.parse([*RULES, *lines])


def cues(found: ComplaintWords, text: str) -> tuple[str, ...]:
    return found.read(text).cues


def bundled_lines() -> list[str]:
    text = resources.files("feedback_desk.resources").joinpath("complaint_words.txt")
    return text.read_text(encoding="utf-8").splitlines()


# -- the bundled list ------------------------------------------------------------------------


def test_the_bundled_list_loads_and_finds_a_factual_complaint() -> None:
    found = ComplaintWords.bundled().read(
        "Delivery was two hours late and nobody answered the phone."
    )
    assert found.cues == ("late: two hours late", "no answer: nobody answered")
    assert found.firm


def test_the_bundled_list_defines_every_set_the_checker_uses() -> None:
    defined = {
        m["name"]: m["items"]
        for m in (re.fullmatch(r"@(?P<name>\w+) = (?P<items>.+)", line) for line in bundled_lines())
        if m
    }
    for name in CHECKER_SETS:
        assert defined.get(name, "").strip(), f"@{name} is missing or empty"


def test_the_bundled_list_is_lower_case_without_duplicates_or_typoed_categories() -> None:
    entries = [
        line.partition(":")
        for line in bundled_lines()
        if line.strip() and not line.startswith(("#", "@"))
    ]
    phrases = [(category, phrase.strip()) for category, _, phrase in entries]
    assert len(phrases) == len(set(phrases)), "an entry is listed twice"
    for category, phrase in phrases:
        assert phrase == phrase.lower(), phrase
        assert category == category.strip().lower(), category
    categories = {category for category, _ in phrases}
    special = {"excuse", "not a complaint"}
    sets = {
        line.split("=")[0].strip("@ "): line.split("=", 1)[1]
        for line in bundled_lines()
        if line.startswith("@")
    }
    # The categories @excusable and @weak name must be real ones, or a typo switches a
    # rule off without a sound.
    for name in ("excusable", "weak"):
        for category in (item.strip() for item in sets[name].split(",")):
            assert category in categories - special, f"@{name} names no category {category!r}"


def test_every_bundled_cue_is_filed_under_a_word_or_tried_always() -> None:
    listed = ComplaintWords.bundled()
    assert listed.cues is not None and listed.kind is not None
    # Only a handful of entries need trying on every comment ("mix-up", "squeal*", quoted
    # "fresh"); the rest wait for a word of theirs.
    assert listed.cues.always is not None
    assert listed.cues.always.pattern.count("(?P<e") <= 15
    assert len(listed.cues.by_anchor) > 100


def made_sentences(count: int, seed: int) -> list[str]:
    """Sentences made of the bundled list's own cues: each {set} written as one of its
    items, optional words in or out, with apostrophes, quotes, endings and capitals."""
    lines = [line.strip() for line in bundled_lines() if line.strip() and line[0] != "#"]
    sets: dict[str, list[str]] = {}
    phrases: list[str] = []
    for line in lines:
        if line.startswith("@"):
            name, _, items = line[1:].partition("=")
            found = re.findall(r"\s*(/(?:[^/\\]|\\.)*/|[^,]+)", items)
            plain = [item.strip() for item in found if item.strip() and item[0] != "/"]
            sets[name.strip()] = plain or ["25"]
        else:
            phrases.append(line.partition(":")[2].strip())
    pick = random.Random(seed)

    def written(phrase: str, depth: int = 0) -> str:
        out = []
        for token in phrase.split():
            if token.endswith("?") and len(token) > 1:
                if pick.random() < 0.5:
                    continue
                token = token[:-1]
            if token.startswith("{") and token.endswith("}") and depth < 5:
                token = written(pick.choice(sets.get(token[1:-1], ["x"])), depth + 1)
            out.append(token.replace("*", pick.choice(["", "s", "ed"])))
        return " ".join(out)

    around = ["{}", "{}.", "Well, {}!", "it's {}", "{}'s", "'{}'", "x'{}", "{}’d", "“{}”", "{} ok?"]
    made = []
    for _ in range(count):
        parts = [written(pick.choice(phrases)) for _ in range(pick.randint(1, 3))]
        sentence = " ".join(pick.choice(around).format(part) for part in parts)
        made.append(sentence.upper() if pick.random() < 0.1 else sentence)
    return made


def test_the_word_gates_change_nothing_found() -> None:
    # A pattern is skipped when a word one of its entries needs besides its anchor is
    # missing (every such word in a text without an apostrophe, the ones between two
    # others in any text), and the entries without anchors are tried only on a text with
    # one of their strings (a quotation mark, "squeal", "/s"). The same finds without
    # those gates, over the labelled comments and sentences made of the list's own cues.
    listed = ComplaintWords.bundled()
    assert listed.cues is not None and listed.kind is not None
    assert listed.cues.always_needles is not None
    assert sum(gate is not None for gate in listed.cues.gates) > 100
    ungated = dataclasses.replace(
        listed,
        cues=dataclasses.replace(
            listed.cues,
            gates=(None,) * len(listed.cues.patterns),
            gates_between=(None,) * len(listed.cues.patterns),
            always_needles=None,
        ),
        kind=dataclasses.replace(
            listed.kind,
            gates=(None,) * len(listed.kind.patterns),
            gates_between=(None,) * len(listed.kind.patterns),
        ),
    )
    with (ROOT / "tests" / "data" / "triage_labelled.csv").open(encoding="utf-8") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    texts += made_sentences(4000, seed=21)
    found = 0
    for text in texts:
        reading = listed.read(text)
        assert reading == ungated.read(text), text
        found += bool(reading.cues)
    assert found > 1000  # the made sentences do meet the cues


@pytest.mark.parametrize(
    ("regex", "characters"),
    [
        ("['\"‘“](?:fresh|quality)['\"’”]", set("'\"‘“")),
        ("[£$€]\\s?\\d+", set("£$€")),
        ("[ab]+x", {"a", "b"}),
        ("[ab](?:x|y)", {"a", "b"}),
        ("[ab][|]y", {"a", "b"}),
        ("[ab]?x", None),  # may start without one
        ("[ab]*x", None),
        ("[ab]{0,2}x", None),
        ("[ab]x|y", None),  # or "y"
        ("[a-c]x", None),  # a range: not written out
        ("[^ab]x", None),
        ("[\\d]x", None),
        ("\\d+", None),
        ("x[ab]", None),
    ],
)
def test_the_leading_characters_of_a_regex_set_item(
    regex: str, characters: set[str] | None
) -> None:
    from feedback_desk.core.triage import _leading_characters

    got = _leading_characters(regex)
    assert (None if got is None else set(got)) == characters
    if got is not None:  # every match starts with one of them
        for sample in ("'fresh'", "£12", "aax", "ay", "b|y", "zz"):
            match = re.match(regex, sample)
            assert match is None or match.group()[0] in got


# -- the format ------------------------------------------------------------------------------


def test_notes_blank_lines_and_a_list_without_cues() -> None:
    assert ComplaintWords.parse([]).read("Never again, it was two hours late.").cues == ()
    assert ComplaintWords.parse(["# a note", "", "@n = one, two"]).read("one").cues == ()


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["late"], "line 1: write a cue as category: phrase"),
        (["late:"], "line 1: write a cue as category: phrase"),
        ([": two hours late"], "line 1: write a cue as category: phrase"),
        (["# note", "@Bad Name = x"], "line 2: write a set as @name = entry, entry"),
        (["@unit = "], "line 1: @unit is empty or defined twice"),
        (["@unit = day", "@unit = week"], "line 2: @unit is empty or defined twice"),
        (["late: {unit} late"], "line 1: no set @unit"),
        (["@a = x {a}", "late: {a}"], "line 2: @a refers to itself"),
        (["late: late? again?"], "line 1: 'late? again?' needs at least one word"),
        (["@n = /(unclosed/", "late: {n} late"], "line 2: missing \\)"),
    ],
)
def test_a_line_that_cannot_be_read_is_an_error_naming_the_line(
    lines: list[str], message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message) if "\\" not in message else message):
        ComplaintWords.parse(lines)


def test_sets_optional_tokens_and_word_endings() -> None:
    found = words(
        "@n = /\\d+/, a, two",
        "@unit = hour, hours, day, days",
        "late: {n} {unit} late",
        "refund: no refund*",
        "waiting: still? waiting on",
    )
    assert cues(found, "Two hours late.") == ("late: Two hours late",)
    assert cues(found, "It came 3 days late") == ("late: 3 days late",)
    assert cues(found, "A day late!") == ("late: A day late",)
    assert cues(found, "Still no refunds.") == ("refund: no refunds",)
    assert cues(found, "Waiting on the baker.") == ("waiting: Waiting on",)
    assert cues(found, "still waiting on it") == ("waiting: still waiting on",)
    assert cues(found, "three hours late") == ()  # not in @n


def test_spaces_match_hyphens_commas_and_numbers_glued_to_units() -> None:
    found = words("@n = /\\d+/", "@unit = min, mins", "waiting: {n} {unit} wait", "wrong: mix-up")
    assert cues(found, "a 45-min wait") == ("waiting: 45-min wait",)
    assert cues(found, "a 45mins wait") == ("waiting: 45mins wait",)
    assert cues(found, "a 45 mins, wait") == ("waiting: 45 mins, wait",)
    assert cues(found, "a mix up") == ("wrong: mix up",)
    assert cues(found, "a mixup") == ("wrong: mixup",)
    assert cues(found, "45minutes wait") == ()  # "minutes" is not in @unit


def test_apostrophes_may_be_curly_or_left_out() -> None:
    found = words("missing: hasn't arrived")
    for text in ("It hasn't arrived", "It hasn’t arrived", "It hasnt arrived", "HASN'T ARRIVED"):
        assert len(cues(found, text)) == 1, text


def test_cues_match_whole_words_only() -> None:
    found = words("stale: stale", "late: late again")
    assert cues(found, "stalemate") == ()
    assert cues(found, "chocolate again") == ()
    assert cues(found, "stale") == ("stale: stale",)


def test_a_regex_set_entry_and_an_entry_without_a_plain_word() -> None:
    found = words("@money = /[£$]\\d+(?:\\.\\d\\d)?/", "charge: charged me {money}", "sarcasm: /s")
    assert cues(found, "They charged me £4.50 for oat milk.") == ("charge: charged me £4.50",)
    assert cues(found, "Great service /s") == ("sarcasm: /s",)
    assert found.cues is not None and found.cues.always is not None  # "/s" has no word


def test_text_with_characters_that_change_length_in_lower_case() -> None:
    # "İ" is two characters in lower case; spans must still fit the original text.
    found = words("late: late again", "not a complaint: no complaints")
    reading = found.read("İstanbul order late again. No complaints about the cake")
    assert reading.cues == ("late: late again",)
    assert reading.for_sentiment == "İstanbul order late again.   about the cake"


# -- reading a cue in its sentence -------------------------------------------------------------


def test_a_negation_shortly_before_a_cue_cancels_it_within_its_clause() -> None:
    found = words("missing: missing", "stale: stale")
    assert cues(found, "Nothing was missing.") == ()
    assert cues(found, "Not a single thing was stale") == ()
    # Beyond five words, or in the next clause, the negation no longer reaches.
    assert cues(found, "Not one of the loaves we bought was stale") == ("stale: stale",)
    assert cues(found, "No, I think the bread was stale") == ("stale: stale",)
    assert cues(found, "Nothing was wrong with the cake but the bread was stale") == (
        "stale: stale",
    )
    assert cues(found, "Not only was it late, the bread was stale") == ("stale: stale",)
    assert cues(found, "Not only the bread was stale") == ("stale: stale",)  # "not only"


def test_a_cue_in_an_if_a_comparison_or_a_repair_is_not_a_fact() -> None:
    found = words("broken: damaged", "stale: stale", "broken: broken")
    assert cues(found, "If my parcel arrives damaged, what should I do") == ()
    assert cues(found, "Better than the stale stuff at the supermarket") == ()
    assert cues(found, "They fixed my broken wheel in ten minutes") == ()
    assert cues(found, "They fixed it, and now the wheel is broken") == ("broken: broken",)


def test_a_question_that_asks_is_not_a_complaint_one_that_accuses_is() -> None:
    found = words("wrong: too small", "charge: charged twice", "no answer: reply to my emails")
    assert cues(found, "Is the medium too small for a ten year old?") == ()
    assert cues(found, "Why was I charged twice?") == ("charge: charged twice",)
    assert cues(found, "Hi, why was I charged twice?") == ("charge: charged twice",)
    assert cues(found, "Is anyone going to reply to my emails?") == (
        "no answer: reply to my emails",
    )
    # The statement before the question still counts.
    assert cues(found, "The medium was too small. Can I swap it?") == ("wrong: too small",)


def test_only_asks() -> None:
    found = words("late: late again")
    assert found.only_asks("Can I get a refund if it doesn't fit?")
    assert found.only_asks("Hi! Do you deliver? And how long does it take?")
    assert not found.only_asks("It arrived damaged. Can I get a refund?")
    assert not found.only_asks("Why was my order cancelled?")
    assert not found.only_asks("No question here")
    assert not ComplaintWords.parse([]).only_asks("Can I get a refund?")


def test_an_excuse_cancels_waiting_in_its_sentence_unless_negated() -> None:
    found = words(
        "@n = ten, twenty",
        "waiting: queued {n} minutes",
        "stale: stale",
        "excuse: worth every second",
        "excuse: worth it",
    )
    assert cues(found, "Queued ten minutes but worth every second.") == ()
    assert cues(found, "Queued ten minutes. Worth it for the buns.") == (
        "waiting: Queued ten minutes",
    )
    assert cues(found, "Queued twenty minutes and not worth it") == (
        "waiting: Queued twenty minutes",
    )
    # Only the categories in @excusable are excused.
    assert cues(found, "The bread was stale but worth it") == ("stale: stale",)


def test_not_a_complaint_phrases_hide_overlapping_cues_and_from_the_sentiment() -> None:
    found = words(
        "broken: smashed",
        "cold: was cold",
        "not a complaint: smashed it",
        "not a complaint: cold outside",
        "not a complaint: no complaints",
    )
    assert cues(found, "Smashed it again, perfect tart") == ()
    assert cues(found, "It was cold outside so we had cocoa") == ()
    assert cues(found, "The box was smashed") == ("broken: smashed",)
    reading = found.read("No complaints, lovely as always.")
    assert reading.for_sentiment == " , lovely as always."


def test_weak_cues_are_found_but_not_firm() -> None:
    found = words("@n = two, six", "slow: took {n} days", "late: {n} days late")
    weak = found.read("Delivery took two days")
    assert weak.cues == ("slow: took two days",) and not weak.firm
    assert found.read("Took six days and came two days late").firm


# -- in the triage -----------------------------------------------------------------------------


def test_a_weak_cue_counts_only_when_the_comment_is_not_glad() -> None:
    triage = Triage()
    assert triage.assess("Delivery took 2 days, brilliant.").severity is Severity.POSITIVE
    assert triage.assess("Delivery took 9 days.").severity is Severity.NEGATIVE


def test_without_a_list_the_triage_scores_as_before() -> None:
    plain = Triage(complaint_words=ComplaintWords.parse([]))
    assert plain.assess("The queue was 40 minutes long").severity is Severity.NEUTRAL
    assert plain.assess("Can I get a refund if it doesn't fit?").severity is Severity.NEGATIVE
    assert plain.complaint_cues("Never again.") == ()


def test_triage_uses_an_injected_complaint_list() -> None:
    triage = Triage(complaint_words=words("late: fashionably late"))
    assert triage.assess("The cake was fashionably late").severity is Severity.NEGATIVE
    assert triage.assess("The queue was 40 minutes long").severity is Severity.NEUTRAL


def test_one_bundled_list_is_shared_by_every_triage() -> None:
    assert ComplaintWords.bundled() is ComplaintWords.bundled()
