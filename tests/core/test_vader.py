"""core.vader gives exactly VADER's own compound score (vaderSentiment 3.3.2)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from vaderSentiment import vaderSentiment as v

from feedback_desk.core.vader import Vader

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def vader() -> Vader:
    return Vader(v.SentimentIntensityAnalyzer())


def same(vader: Vader, texts: list[str]) -> None:
    for text in texts:
        assert vader.compound(text) == vader.analyzer.polarity_scores(text)["compound"], text


def test_the_labelled_comments_score_the_same(vader: Vader) -> None:
    with (ROOT / "tests" / "data" / "triage_labelled.csv").open(encoding="utf-8") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    assert len(texts) > 300
    same(vader, texts)


def test_a_generated_import_scores_the_same(vader: Vader) -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    try:
        from bench.fake_inbox import comments
    finally:
        sys.path.remove(str(ROOT))
    same(vader, [str(c["text"]) for c in comments(5000, seed=3)])


def test_odd_texts_score_the_same(vader: Vader) -> None:
    same(
        vader,
        [
            "",
            " ",
            "  padded  ",
            "\ttabbed\n",
            "Love it 😍😍",
            "so bad 👎",
            ":) great",
            ":(",
            "kind of ok",
            "NOT GOOD at all!!!",
            "It was good but the staff were rude",
            "good but good but bad",
            "no no no",
            "no",
            "not bad, not bad at all",
            "At least it isn't a horrible book.",
            "the least good thing",
            "very least good",
            "at least good",
            "never so good",
            "never this bad",
            "without doubt great",
            "without a doubt great",
            "it was kind of good",
            "sort of nice",
            "that was the shit",
            "that cake is the bomb",
            "yeah right, great",
            "kiss of death for good",
            "this is to die for good",
            "a bad ass shop",
            "GREAT service but TERRIBLE coffee",
            "ALL CAPS GOOD",
            "VERY good and really BAD",
            "good?? bad???? ok!!!!!! fine?",
            "not great, nor good, no or bad",
            "no cake or good",
            "no cake nor bad",
            "no, the cake or good",
            "I don't love it",
            "hardly good, barely fine, so so",
            "İstanbul good",
        ],
    )


def test_sentences_of_vaders_special_words_score_the_same(vader: Vader) -> None:
    # Every word VADER treats specially, and some it scores, in random orders and cases.
    special = [
        *v.NEGATE,
        *(w for phrase in v.BOOSTER_DICT for w in phrase.split()),
        *(w for phrase in v.SPECIAL_CASES for w in phrase.split()),
        "no", "or", "nor", "but", "least", "at", "very", "never", "so", "this", "without",
        "doubt", "kind", "of", "good", "bad", "great", "terrible", "love", "hate", "rude",
        "ok", "fine", "the", "shop", ":)", ":-(", "<3", "!", "?", "!!", "??",
    ]  # fmt: skip
    pick = random.Random(14)
    texts = []
    for _ in range(20_000):
        words = [pick.choice(special) for _ in range(pick.randint(1, 12))]
        words = [w.upper() if pick.random() < 0.15 else w for w in words]
        joined = " ".join(w + pick.choice(["", "", "", ",", ".", "!", "?"]) for w in words)
        texts.append(joined)
    same(vader, texts)
