"""Severity and sentiment: what makes a comment harsh, negative, neutral or positive."""

from __future__ import annotations

import csv
import dataclasses
import os
import random
import re
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from feedback_desk.core.model import Severity
from feedback_desk.core.triage import HarshWords, Triage, TriagePool

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "text",
    [
        "You are an idiot.",
        "What a bunch of morons run this place",
        "I will sue you for this",
        "See you in court.",
        "You'll regret treating customers like this",
        "I'm calling my lawyer tomorrow",
        "Trading standards will hear about this",
    ],
)
def test_insults_and_threats_are_harsh_whatever_the_tone(triage: Triage, text: str) -> None:
    verdict = triage.assess(text)
    assert verdict.severity is Severity.HARSH
    assert verdict.reasons
    assert any(r.startswith(("insult:", "threat:")) for r in verdict.reasons)


def test_an_insult_is_harsh_even_with_five_stars(triage: Triage) -> None:
    verdict = triage.assess("Lovely cake but the new waiter is an idiot", rating=5)
    assert verdict.severity is Severity.HARSH
    assert "insult: idiot" in verdict.reasons


def test_reasons_name_the_category_and_the_word(triage: Triage) -> None:
    assert triage.assess("You are an idiot").reasons == ("insult: idiot",)
    assert triage.assess("I will sue you").reasons == ("threat: sue you",)


@pytest.mark.parametrize(
    "text",
    [
        "This cake is damn good",
        "Holy crap, best croissant in town! Love it",
        "Fucking brilliant coffee, I love this place",
    ],
)
def test_profanity_in_a_happy_comment_is_not_harsh(triage: Triage, text: str) -> None:
    verdict = triage.assess(text)
    assert verdict.severity is not Severity.HARSH
    assert verdict.reasons == ()


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("This is damn awful, the worst coffee ever", None),
        ("What a load of crap, cold and stale", None),
        ("Fucking terrible service, never again", None),
        ("Disgusting. Hair in my sandwich.", None),
        # Stars say unhappy even when the words alone are flat.
        ("The cake was crap", 1),
    ],
)
def test_profanity_in_an_unhappy_comment_is_harsh(
    triage: Triage, text: str, rating: int | None
) -> None:
    verdict = triage.assess(text, rating)
    assert verdict.severity is Severity.HARSH
    assert any(r.startswith(("profanity:", "rude:")) for r in verdict.reasons)


def test_masked_profanity_counts_when_unhappy(triage: Triage) -> None:
    verdict = triage.assess("what a f*cking mess, awful")
    assert verdict.severity is Severity.HARSH
    assert "profanity: f*cking" in verdict.reasons


@pytest.mark.parametrize(
    "text",
    ["THIS IS TERRIBLE SERVICE", "WORST DAY EVER!!", "Never AGAIN!!", "Cold food and RUDE STAFF"],
)
def test_shouting_in_an_unhappy_comment_is_harsh(triage: Triage, text: str) -> None:
    verdict = triage.assess(text)
    assert verdict.severity is Severity.HARSH
    assert any(r.startswith("shouting: ") for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "LOVE IT, AMAZING",
        "We flew in from the USA and the UK for this BBQ",
        "Delivered by DHL, paid in GBP, no VAT issues",
        "One loud WORD is not shouting",
    ],
)
def test_capitals_that_are_not_shouting(triage: Triage, text: str) -> None:
    verdict = triage.assess(text)
    assert verdict.severity is not Severity.HARSH
    assert not any(r.startswith("shouting") for r in verdict.reasons)


def test_shouting_reason_lists_the_shouted_words(triage: Triage) -> None:
    verdict = triage.assess("THIS IS TERRIBLE SERVICE")
    assert verdict.reasons == ("shouting: THIS TERRIBLE SERVICE",)


@pytest.mark.parametrize("rating", [1, 2])
@pytest.mark.parametrize("text", ["", "It was ok", "Lovely staff, great location"])
def test_one_or_two_stars_are_at_least_negative(triage: Triage, text: str, rating: int) -> None:
    verdict = triage.assess(text, rating)
    assert verdict.severity in (Severity.NEGATIVE, Severity.HARSH)


def test_stars_alone_set_the_sentiment(triage: Triage) -> None:
    assert triage.assess("", 1).sentiment == -1.0
    assert triage.assess("", 3).sentiment == 0.0
    assert triage.assess("  ", 5).sentiment == 1.0
    assert triage.assess("", 5).severity is Severity.POSITIVE
    assert triage.assess("", 3).severity is Severity.NEUTRAL


def test_sentiment_stays_within_minus_one_and_one(triage: Triage) -> None:
    for text, rating in [
        ("Horrible horrible horrible awful worst", 1),
        ("Best best best wonderful amazing", 5),
        ("", None),
    ]:
        assert -1.0 <= triage.assess(text, rating).sentiment <= 1.0
    assert triage.assess("").sentiment == 0.0


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("Lovely coffee and friendly staff, thank you!", None),
        ("Great service", 5),
        ("Best sourdough in the neighbourhood. We'll be back!", 4),
    ],
)
def test_positive_examples(triage: Triage, text: str, rating: int | None) -> None:
    verdict = triage.assess(text, rating)
    assert verdict.severity is Severity.POSITIVE
    assert verdict.sentiment >= 0.3
    assert verdict.reasons == ()


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("The shop opens at 9.", None),
        ("Do you sell gluten-free bread?", None),
        ("Ordered a latte on Tuesday", 3),
    ],
)
def test_neutral_examples(triage: Triage, text: str, rating: int | None) -> None:
    verdict = triage.assess(text, rating)
    assert verdict.severity is Severity.NEUTRAL
    assert verdict.reasons == ()


@pytest.mark.parametrize(
    "text",
    [
        "Waited forty minutes and the order was wrong. Disappointed.",
        "Sadly the bread was stale and the staff seemed bored.",
    ],
)
def test_negative_examples(triage: Triage, text: str) -> None:
    verdict = triage.assess(text)
    assert verdict.severity is Severity.NEGATIVE
    assert verdict.sentiment < -0.05


def test_a_huge_comment_is_assessed_quickly_and_sanely(triage: Triage) -> None:
    text = "The cake was lovely. " * 5000 + "You idiots."
    verdict = triage.assess(text)
    # The insult at the very end still counts: word search covers the whole text.
    assert verdict.severity is Severity.HARSH


# -- the word list ---------------------------------------------------------------------------


def test_parse_skips_notes_blank_lines_and_lines_without_a_category() -> None:
    words = HarshWords.parse(
        [
            "# insult: ignored because it is a note",
            "",
            "no colon here so ignored",
            "insult:",
            "insult: Idiot*",
            "rude: dumb",
        ]
    )
    assert words.find("ignored note: no colon here, insult") == []
    assert words.find("IDIOT and dumb") == [("insult", "idiot"), ("rude", "dumb")]


def test_an_empty_word_list_finds_nothing() -> None:
    assert HarshWords.parse([]).find("idiot crap sue you") == []
    assert HarshWords.parse(["# only notes"]).find("anything") == []


def test_prefix_entries_match_any_ending_but_not_the_middle_of_a_word() -> None:
    words = HarshWords.parse(["insult: idiot*"])
    assert words.find("idiots everywhere") == [("insult", "idiots")]
    assert words.find("Idiotic policy") == [("insult", "idiotic")]
    assert words.find("an anti-idiot rule") == [("insult", "idiot")]
    assert words.find("semidiotic") == []


def test_exact_entries_match_whole_words_only() -> None:
    words = HarshWords.parse(["rude: dumb"])
    assert words.find("DUMB idea") == [("rude", "dumb")]
    assert words.find("dumbbell offer") == []
    assert words.find("dumb, dumb!") == [("rude", "dumb"), ("rude", "dumb")]


def test_phrases_match_whole_phrases_only() -> None:
    words = HarshWords.parse(["threat: sue you"])
    assert words.find("I will SUE YOU.") == [("threat", "sue you")]
    assert words.find("I will sue\n you") == [("threat", "sue\n you")]
    assert words.find("I will sue your competitors' prices") == []
    assert words.find("pursue you") == []


def test_the_longest_entry_wins() -> None:
    words = HarshWords.parse(["rude: useless", "insult: useless idiot*", "insult: idiot*"])
    assert words.find("useless idiots") == [("insult", "useless idiots")]


def test_an_inner_star_stands_for_one_masking_symbol() -> None:
    words = HarshWords.parse(["profanity: f*ck*", "profanity: sh*t"])
    assert [w for _, w in words.find("oh f*ck this")] == ["f*ck"]
    assert [w for _, w in words.find("f@cking slow")] == ["f@cking"]
    assert [w for _, w in words.find("sh!t service")] == ["sh!t"]
    # An inner * is not "any letters": ordinary words must not be taken for swearing.
    assert words.find("feedback flicker fleck") == []
    assert words.find("shipment shirt short sheet shot") == []


@pytest.mark.parametrize(
    "text",
    [
        "The shipment was late and the box was broken",
        "Sadly the shirt was too short",
        "My fork was dirty and the food was cold",
        "Your feedback form is broken, terrible",
    ],
)
def test_ordinary_words_are_not_taken_for_masked_profanity(triage: Triage, text: str) -> None:
    verdict = triage.assess(text)
    assert verdict.reasons == ()
    assert verdict.severity is Severity.NEGATIVE


def test_the_most_specific_prefix_decides_the_category(triage: Triage) -> None:
    assert HarshWords.bundled().find("scammers") == [("insult", "scammers")]
    assert triage.assess("Total scammers, the lot of you").severity is Severity.HARSH


def test_the_bundled_word_list_loads() -> None:
    words = HarshWords.bundled()
    found = words.find("idiots, sue you, damn, f*ck, scammers, see you in court, trading standards")
    assert {category for category, _ in found} == {"insult", "threat", "profanity"}
    assert ("insult", "idiots") in found
    assert ("threat", "see you in court") in found
    assert words.find("A warm welcome and good bread. Thank you!") == []


def test_triage_uses_an_injected_word_list() -> None:
    custom = HarshWords.parse(["insult: muppet*"])
    triage = Triage(custom)
    assert triage.assess("You muppets").severity is Severity.HARSH
    assert triage.assess("You idiot").reasons == ()


STREAM = [
    ("You are an idiot", None),
    ("Lovely coffee and friendly staff, thank you!", None),
    ("", 1),
    ("The shop opens at 9.", 3),
    ("Waited forty minutes and the order was wrong. Disappointed.", None),
]


def test_assess_stream_scores_in_order(triage: Triage) -> None:
    expected = [(v.sentiment, v.severity) for v in (triage.assess(t, r) for t, r in STREAM)]
    assert list(triage.assess_stream(iter(STREAM))) == expected
    assert [s for _, s in expected] == [
        Severity.HARSH,
        Severity.POSITIVE,
        Severity.NEGATIVE,
        Severity.NEUTRAL,
        Severity.NEGATIVE,
    ]
    assert list(triage.assess_stream([])) == []


def test_triage_pool_scores_batches_as_triage_does(triage: Triage) -> None:
    items = STREAM * 3
    expected = [(sentiment, severity.rank) for sentiment, severity in triage.assess_stream(items)]
    with TriagePool(local=Triage()) as pool:
        first, second = pool.submit(items[:4]), pool.submit(items[4:])
        assert first.result(timeout=120) + second.result(timeout=120) == expected
        assert pool.submit([]).result(timeout=120) == []
        assert pool.score_here(items) == expected  # with the caller's own Triage


def test_every_english_entry_is_still_found_past_the_quick_test() -> None:
    # The list skips texts without one of its key words (or masked spellings such as
    # "f*ck"); no entry may be lost so.
    lines = (ROOT / "resources" / "harsh_words.txt").read_text(encoding="utf-8").splitlines()
    words = HarshWords.bundled()
    assert words.keys is not None
    for line in lines:
        if not line.strip() or line.startswith("#") or ":" not in line:
            continue
        category, _, phrase = (part.strip() for part in line.partition(":"))
        for ending in ("", "s", "ing"):
            written = phrase.rstrip("*") + (ending if phrase.endswith("*") else "")
            for symbol in "*@#$%!":
                said = written.replace("*", symbol)
                sentence = f"Honestly, {said}, really."
                found = words.find(sentence)
                assert any(c == category for c, _ in found), (phrase, sentence)
                assert words.keys.any_in(sentence.lower())


def test_the_quick_test_changes_nothing_found() -> None:
    # The same finds with and without it (only the entries a text's words could match,
    # or the whole list's pattern), over the labelled comments and over sentences made of
    # the lists' own entries, written with endings, masks and in capitals.
    with (ROOT / "tests" / "data" / "triage_labelled.csv").open(encoding="utf-8") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    texts += ["f*cking", "F#CK this", "sh!t", "what the f**k", "shift", "f*ck*", "sh*tty"]
    pick = random.Random(15)
    for name in ("harsh_words.txt", "harsh_words_de.txt"):
        quick = HarshWords.bundled(name)
        whole = dataclasses.replace(quick, keys=None)
        lines = (ROOT / "resources" / name).read_text(encoding="utf-8").splitlines()
        entries = [line for line in lines if ":" in line and not line.startswith("#")]
        phrases = [line.split(":", 1)[1].strip() for line in entries]
        made = []
        for _ in range(5000):
            parts = [
                pick.choice(phrases).replace("*", pick.choice(["", "s", "*", "#", "ing"]))
                for _ in range(pick.randint(1, 4))
            ]
            sentence = " ".join(part + pick.choice(["", " ", ", ", "! "]) for part in parts)
            made.append(sentence.upper() if pick.random() < 0.2 else sentence)
        for text in [*texts, *made]:
            assert quick.find(text) == whole.find(text), text


# -- factual complaints (issue 9, item 10) -----------------------------------------------------

AT_LEAST_NEGATIVE = (Severity.NEGATIVE, Severity.HARSH)


@pytest.mark.parametrize(
    "text",
    [
        # The two comments from the issue: no angry word, still a complaint.
        "Delivery was two hours late and nobody answered the phone.",
        "The queue was 40 minutes long",
        # waiting and lateness
        "Waited 35 mins for a toastie.",
        "The cake turned up a day late.",
        # missing, wrong, broken
        "The box came without the brownies I paid for.",
        "Sent the wrong size again.",
        "The pedal snapped off on the second ride.",
        # stale or cold
        "The croissants were stale.",
        "My latte was lukewarm.",
        # no answer
        "Emailed on Monday, no reply.",
        # refunds and charges
        "Still no refund after three weeks.",
        "I was charged twice for one loaf.",
        # never again
        "Won't be ordering from here again.",
        # sarcasm aimed at the shop
        "Great, another cold coffee. Well done.",
        "Thanks for charging me twice, really appreciate it.",
    ],
)
def test_factual_complaints_are_at_least_negative(triage: Triage, text: str) -> None:
    assert triage.assess(text).severity in AT_LEAST_NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Delivery was two hours late and nobody answered the phone.",
        "The croissants were stale.",
        "Great, another cold coffee. Well done.",
    ],
)
def test_a_factual_complaint_alone_is_negative_not_harsh(triage: Triage, text: str) -> None:
    verdict = triage.assess(text)
    assert verdict.severity is Severity.NEGATIVE
    assert verdict.reasons == ()


@pytest.mark.parametrize(
    "text",
    [
        # Negated complaints are praise.
        "Not bad at all",
        "No complaints, lovely as always.",
        "Never had a bad coffee here.",
        "Nothing was missing and nothing was broken.",
        "Never late, always friendly.",
        # Praise that mentions time.
        "Ready in 5 minutes, brilliant.",
        "Queued for ten minutes but it was worth every second.",
        "Arrived without a scratch.",
        "Smashed it again, the lemon tart is perfect.",
        "Can't recommend them enough.",
        "Cold brew is the best in town.",
    ],
)
def test_negated_complaints_and_praise_about_time_are_not_flagged(
    triage: Triage, text: str
) -> None:
    assert triage.assess(text).severity not in AT_LEAST_NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "How long does delivery take?",
        "Can I get a refund if it doesn't fit?",
        "If my parcel arrives damaged, what should I do?",
        "What if the size is wrong, can I swap it in store?",
        "Is the medium too small for a ten year old?",
        "How late are you open tonight?",
    ],
)
def test_questions_about_refunds_and_delivery_are_not_complaints(triage: Triage, text: str) -> None:
    assert triage.assess(text).severity not in AT_LEAST_NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Why was I charged twice?",
        "Is anyone going to answer my emails?",
        "Why was my order cancelled?",
        "Where is my order? It's been three weeks.",
    ],
)
def test_questions_that_accuse_are_complaints(triage: Triage, text: str) -> None:
    assert triage.assess(text).severity in AT_LEAST_NEGATIVE


POOL_CHILD = """
import os, signal, sys
from feedback_desk.core.triage import TriagePool
pool = TriagePool()
pool.submit([("fine", None)]).result()
print(*pool._pool._processes, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # as kill -9 during a big import
"""


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="waits on a pidfd (Linux)")
def test_the_scoring_helper_ends_when_the_importing_process_is_killed() -> None:
    child = subprocess.run(
        [sys.executable, "-c", POOL_CHILD], capture_output=True, text=True, timeout=120
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    (helper,) = map(int, child.stdout.split())
    try:
        fd = os.pidfd_open(helper)
    except ProcessLookupError:
        return  # already gone
    try:
        ready = select.poll()
        ready.register(fd, select.POLLIN)
        assert ready.poll(30_000), "the helper outlived the process that started it"
    finally:
        os.close(fd)


@pytest.mark.parametrize(
    ("name", "plain", "alphabet"),
    [
        ("_SHOUT_WORD", r"\b[A-Z]{3,}\b", "ABCaz1_ -!'É\u0130"),
        ("_DE_SHOUT_WORD", r"\b[A-ZÄÖÜ]{3,}\b", "ABÄÖÜäz1_ -!'É"),
        ("_SENTENCE_END", r"[!?;\n]+|\.+(?!\d)|…", "!?;\n.…a5 "),
        ("_CLAUSE_MARK", r"[,:()\[\]\"“”–—]|\s-\s", ',:()[]"“”–—- \t\u00a0a'),
    ],
)
def test_the_regexes_written_for_speed_match_as_their_plain_forms(
    name: str, plain: str, alphabet: str
) -> None:
    # Written to start with the characters a match can start with (so the regex engine
    # skips ahead), each finds exactly what its plain form does.
    from feedback_desk.core import triage as module

    fast, simple = getattr(module, name), re.compile(plain)
    pick = random.Random(name)
    texts = [
        "".join(pick.choice(alphabet) for _ in range(pick.randint(0, 12))) for _ in range(20000)
    ]
    with (ROOT / "tests" / "data" / "triage_labelled.csv").open(encoding="utf-8") as handle:
        texts += [row["text"] for row in csv.DictReader(handle)]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in simple.finditer(text)
        ], text
