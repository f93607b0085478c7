"""How much a comment hurts: sentiment with VADER, severity from words, stars and shouting.

Severity is one of harsh / negative / neutral / positive. Harsh means the comment insults,
swears, threatens or shouts; those are the ones that most tempt an angry reply, so the
inbox puts them first and the reply flow asks for the longest pause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .model import Severity

# VADER's own conventional thresholds for a compound score.
NEGATIVE_BELOW = -0.05
POSITIVE_FROM = 0.3

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_SHOUT_WORD = re.compile(r"\b[A-Z]{3,}\b")
_BANGS = re.compile(r"[!?]*![!?]*!")  # "!!", "?!!", "!?!"


@dataclass(frozen=True, slots=True)
class Verdict:
    sentiment: float  # -1 .. 1
    severity: Severity
    reasons: tuple[str, ...]  # why it is harsh, for the detail pane; empty otherwise


@dataclass(frozen=True, slots=True)
class HarshWords:
    """The project's word list, split into exact words, prefixes and multi-word phrases."""

    exact: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]
    phrases: tuple[tuple[re.Pattern[str], str], ...]

    @classmethod
    def parse(cls, lines: Iterable[str]) -> HarshWords:
        exact: dict[str, str] = {}
        prefixes: list[tuple[str, str]] = []
        phrases: list[tuple[re.Pattern[str], str]] = []
        for raw in lines:
            line = raw.strip()
            if not line or line.startswith("#") or ":" not in line:
                continue
            category, _, phrase = (part.strip() for part in line.partition(":"))
            phrase = phrase.lower()
            is_simple_word = " " not in phrase and "*" not in phrase.rstrip("*")
            if is_simple_word and phrase.endswith("*"):
                prefixes.append((phrase.rstrip("*"), category))
            elif is_simple_word:
                exact[phrase] = category
            else:
                pattern = re.escape(phrase).replace(r"\*", r"[\w*]*")
                phrases.append((re.compile(r"(?<!\w)" + pattern + r"(?!\w)"), category))
        return cls(exact, tuple(prefixes), tuple(phrases))

    @classmethod
    def bundled(cls) -> HarshWords:
        text = resources.files("feedback_desk.resources").joinpath("harsh_words.txt")
        return cls.parse(text.read_text(encoding="utf-8").splitlines())

    def find(self, text: str) -> list[tuple[str, str]]:
        """(category, matched text) for every harsh word or phrase in `text`."""
        lowered = text.lower()
        found: list[tuple[str, str]] = []
        for word in _WORD.findall(lowered):
            category = self.exact.get(word)
            if category is None:
                category = next((c for p, c in self.prefixes if word.startswith(p)), None)
            if category is not None:
                found.append((category, word))
        if any(ch in lowered for ch in "* "):
            for pattern, category in self.phrases:
                match = pattern.search(lowered)
                if match:
                    found.append((category, match.group(0)))
        return found


class Triage:
    """Scores comments. Build one and reuse it: loading the lexicon takes a moment."""

    def __init__(self, harsh_words: HarshWords | None = None) -> None:
        self._vader = SentimentIntensityAnalyzer()
        self._harsh = harsh_words or HarshWords.bundled()

    def assess(self, text: str, rating: int | None = None) -> Verdict:
        sentiment = self._sentiment(text, rating)
        reasons = self._harsh_reasons(text, sentiment, rating)
        if reasons:
            return Verdict(sentiment, Severity.HARSH, reasons)
        return Verdict(sentiment, _severity(sentiment, rating), ())

    def _sentiment(self, text: str, rating: int | None) -> float:
        # VADER is built for short social text; a 100 KB essay only needs its opening.
        compound = float(self._vader.polarity_scores(text[:2000])["compound"]) if text else 0.0
        if rating is None:
            return compound
        stars = (rating - 3) / 2  # 1 star -> -1, 5 stars -> 1
        return stars if not text.strip() else round((compound + stars) / 2, 4)

    def _harsh_reasons(self, text: str, sentiment: float, rating: int | None) -> tuple[str, ...]:
        reasons: list[str] = []
        unhappy = sentiment < NEGATIVE_BELOW or (rating is not None and rating <= 2)
        for category, word in self._harsh.find(text):
            if category in ("insult", "threat") or unhappy:
                reasons.append(f"{category}: {word}")
        shouted = [w for w in _SHOUT_WORD.findall(text) if w not in _NOT_SHOUTING]
        not_glad = sentiment < POSITIVE_FROM and (rating is None or rating <= 3)
        if not_glad and (len(shouted) >= 2 or (shouted and _BANGS.search(text))):
            reasons.append("shouting: " + " ".join(shouted[:3]))
        return tuple(dict.fromkeys(reasons))


# Capitalised words that are names or abbreviations, not raised voices.
_NOT_SHOUTING = frozenset(
    {
        "USA",
        "UK",
        "EU",
        "FAQ",
        "ASAP",
        "GBP",
        "USD",
        "EUR",
        "ETA",
        "DIY",
        "TV",
        "DM",
        "DMS",
        "OMG",
        "LOL",
        "PDF",
        "URL",
        "SMS",
        "ATM",
        "NYC",
        "BBQ",
        "XXL",
        "XL",
        "VAT",
        "UPS",
        "DHL",
        "DPD",
        "FEDEX",
        "USPS",
        "CEO",
        "TBH",
        "IMO",
        "FYI",
        "AND",
        "THE",
    }
)


def _severity(sentiment: float, rating: int | None) -> Severity:
    if (rating is not None and rating <= 2) or sentiment < NEGATIVE_BELOW:
        return Severity.NEGATIVE
    if sentiment >= POSITIVE_FROM:
        return Severity.POSITIVE
    return Severity.NEUTRAL
