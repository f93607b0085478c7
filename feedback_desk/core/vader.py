"""VADER's compound score (vaderSentiment 3.3.2), the same number, in a fraction of the time.

Triage scores every comment of an import with VADER, and VADER was most of an import's
time. Its own `polarity_scores` lower-cases the whole text again for every sentiment word
it meets (three times for some: the negation and idiom checks each rebuild the list), and
walks the text a character at a time looking for emojis. `compound` takes the same steps
in the same order, with the same floating-point operations, on words lower-cased once;
a text holding one of the emojis VADER spells out goes through `polarity_scores` itself.
tests/core/test_vader.py compares the two over the labelled comments, a generated import
and sentences made of every word VADER treats specially.
"""

from __future__ import annotations

import math
import string
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

_PUNCTUATION = string.punctuation
_THIS_OR_SO = ("so", "this")


class Vader:
    """One analyzer's lexicon, ready to score texts (build one and reuse it)."""

    def __init__(self, analyzer: SentimentIntensityAnalyzer) -> None:
        from vaderSentiment import vaderSentiment as v

        self.analyzer = analyzer
        self._lexicon: dict[str, float] = analyzer.lexicon
        self._boosters: dict[str, float] = v.BOOSTER_DICT
        self._special: dict[str, float] = v.SPECIAL_CASES
        self._negate = frozenset(v.NEGATE)
        # The last word of each phrase of two words or more that _idioms looks up (the
        # special cases; the boosters are looked up as phrases too): what it looks up is
        # always two or three words of the text, joined by a space.
        self._idiom_ends = frozenset(
            words[-1]
            for words in map(str.split, (*self._special, *self._boosters))
            if len(words) > 1
        )
        self._c_incr: float = v.C_INCR
        self._n_scalar: float = v.N_SCALAR
        # VADER looks at a text a character at a time, so only one-character emojis are
        # ever spelled out.
        self.emojis = frozenset(e for e in analyzer.emojis if len(e) == 1)

    def compound(self, text: str) -> float:
        """analyzer.polarity_scores(text)["compound"]."""
        # The emojis are none of them ASCII, so an ASCII text (most) needs no look.
        if not (text.isascii() or self.emojis.isdisjoint(text)):
            return float(self.analyzer.polarity_scores(text)["compound"])
        # No strip first: split() drops the same white space, and "!" and "?" are counted.
        # A token keeps its punctuation when stripping it leaves two characters or fewer
        # (SentiText._strip_punc_if_word, written out: it runs for every word).
        # (Most tokens have no punctuation to strip: then strip gives the token itself
        # back, and either way it is the token.)
        words = [
            token
            if (stripped := token.strip(_PUNCTUATION)) is token or len(stripped) <= 2
            else stripped
            for token in text.split()
        ]
        if not words:
            return 0.0
        lower = list(map(str.lower, words))
        lexicon = self._lexicon
        boosters = self._boosters
        upper_count = sum(map(str.isupper, words))
        cap_diff = 0 < len(words) - upper_count < len(words)
        sentiments: list[float] = [0] * len(lower)
        for i, item in enumerate(lower):
            if item in lexicon and item not in boosters:
                if item == "kind" and lower[i + 1 : i + 2] == ["of"]:
                    continue
                sentiments[i] = self._valence(words, lower, i, cap_diff)
        if "but" in lower:
            sentiments = _but_check(lower.index("but"), sentiments)
        return _compound(sentiments, text)

    def _valence(self, words: list[str], lower: list[str], i: int, cap_diff: bool) -> float:
        """SentimentIntensityAnalyzer.sentiment_valence for a word of the lexicon."""
        lexicon = self._lexicon
        boosters = self._boosters
        item = lower[i]
        valence = lexicon[item]
        if item == "no" and i != len(words) - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lower[i - 1] == "no")
            or (i > 1 and lower[i - 2] == "no")
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[item] * self._n_scalar
        if words[i].isupper() and cap_diff:
            if valence > 0:
                valence += self._c_incr
            else:
                valence -= self._c_incr
        # The three words before it (SentimentIntensityAnalyzer's loop over start_i, and
        # its _negation_check for each, written out), each only when not in the lexicon.
        negate = self._negate
        if i > 0 and (prior := lower[i - 1]) not in lexicon:
            s = 0.0  # scalar_inc_dec's own answer for a word that is not a booster
            if prior in boosters:
                s = self._scalar(words[i - 1], prior, valence, cap_diff)
            valence = valence + s  # even + 0.0, as VADER does (-0.0 + 0.0 is 0.0)
            if prior in negate or "n't" in prior:
                valence = valence * self._n_scalar
        if i > 1 and (prior := lower[i - 2]) not in lexicon:
            s = 0.0
            if prior in boosters:
                s = self._scalar(words[i - 2], prior, valence, cap_diff)
                if s != 0:
                    s = s * 0.95
            valence = valence + s
            if prior == "never" and lower[i - 1] in _THIS_OR_SO:
                valence = valence * 1.25
            elif prior == "without" and lower[i - 1] == "doubt":
                pass
            elif prior in negate or "n't" in prior:
                valence = valence * self._n_scalar
        if i > 2 and (prior := lower[i - 3]) not in lexicon:
            s = 0.0
            if prior in boosters:
                s = self._scalar(words[i - 3], prior, valence, cap_diff)
                if s != 0:
                    s = s * 0.9
            valence = valence + s
            if (prior == "never" and lower[i - 2] in _THIS_OR_SO) or (lower[i - 1] in _THIS_OR_SO):
                valence = valence * 1.25
            elif prior == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
                pass
            elif prior in negate or "n't" in prior:
                valence = valence * self._n_scalar
            valence = self._idioms(valence, lower, i)
        return self._least(valence, lower, i)

    def _scalar(self, word: str, lower: str, valence: float, cap_diff: bool) -> float:
        """vaderSentiment.scalar_inc_dec."""
        scalar = 0.0
        if lower in self._boosters:
            scalar = self._boosters[lower]
            if valence < 0:
                scalar *= -1
            if word.isupper() and cap_diff:
                if valence > 0:
                    scalar += self._c_incr
                else:
                    scalar -= self._c_incr
        return scalar

    def _idioms(self, valence: float, lower: list[str], i: int) -> float:
        """SentimentIntensityAnalyzer._special_idioms_check (only ever called with i >= 3)."""
        # Each phrase it looks up (two or three words, joined by a space) ends at one of
        # the words i - 2 ... i + 2; when none of them ends a phrase, none is found.
        if self._idiom_ends.isdisjoint(lower[i - 2 : i + 3]):
            return valence
        special = self._special
        onezero = f"{lower[i - 1]} {lower[i]}"
        twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
        twoone = f"{lower[i - 2]} {lower[i - 1]}"
        threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
        threetwo = f"{lower[i - 3]} {lower[i - 2]}"
        for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if sequence in special:
                valence = special[sequence]
                break
        if len(lower) - 1 > i:
            zeroone = f"{lower[i]} {lower[i + 1]}"
            if zeroone in special:
                valence = special[zeroone]
        if len(lower) - 1 > i + 1:
            zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
            if zeroonetwo in special:
                valence = special[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in self._boosters:
                valence = valence + self._boosters[n_gram]
        return valence

    def _least(self, valence: float, lower: list[str], i: int) -> float:
        """SentimentIntensityAnalyzer._least_check."""
        lexicon = self._lexicon
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * self._n_scalar
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * self._n_scalar
        return valence


def _but_check(at: int, sentiments: list[float]) -> list[float]:
    """SentimentIntensityAnalyzer._but_check, quirks and all: each value is found again by
    `index`, so a value that repeats one before it changes that earlier one instead."""
    for sentiment in sentiments:
        si = sentiments.index(sentiment)
        if si < at:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 0.5)
        elif si > at:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 1.5)
    return sentiments


def _compound(sentiments: list[float], text: str) -> float:
    """SentimentIntensityAnalyzer.score_valence's compound score."""
    if not sentiments:
        return 0.0
    sum_s = float(sum(sentiments))
    ep_count = min(text.count("!"), 4)
    qm_count = text.count("?")
    qm_amplifier: float = 0
    if qm_count > 1:
        qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
    amplifier = ep_count * 0.292 + qm_amplifier
    if sum_s > 0:
        sum_s += amplifier
    elif sum_s < 0:
        sum_s -= amplifier
    score = sum_s / math.sqrt((sum_s * sum_s) + 15)
    compound = -1.0 if score < -1.0 else 1.0 if score > 1.0 else score
    return round(compound, 4)
