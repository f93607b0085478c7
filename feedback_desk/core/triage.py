"""How much a comment hurts: sentiment with VADER, severity from words, stars and shouting.

Severity is one of harsh / negative / neutral / positive. Harsh means the comment insults,
swears, threatens or shouts; those are the ones that most tempt an angry reply, so the
inbox puts them first and the reply flow asks for the longest pause.
"""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import concurrent.futures

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
    """The project's word list as one pattern; each match is traced back to its category."""

    pattern: re.Pattern[str]  # one group per entry, named e0, e1, ...
    categories: tuple[str, ...]  # the category of entry i

    @classmethod
    def parse(cls, lines: Iterable[str]) -> HarshWords:
        entries: list[tuple[str, str]] = []
        for raw in lines:
            line = raw.strip()
            if not line or line.startswith("#") or ":" not in line:
                continue
            category, _, phrase = (part.strip() for part in line.partition(":"))
            if phrase:
                entries.append((_phrase_regex(phrase.lower()), category))
        # Longest first, so "useless idiot" wins over "idiot" when both could match.
        entries.sort(key=lambda e: -len(e[0]))
        combined = "|".join(f"(?P<e{i}>{regex})" for i, (regex, _) in enumerate(entries))
        return cls(
            re.compile(r"(?<!\w)(?:" + (combined or r"(?!x)x") + r")(?!\w)"),
            tuple(category for _, category in entries),
        )

    @classmethod
    def bundled(cls) -> HarshWords:
        text = resources.files("feedback_desk.resources").joinpath("harsh_words.txt")
        return cls.parse(text.read_text(encoding="utf-8").splitlines())

    def find(self, text: str) -> list[tuple[str, str]]:
        """(category, matched text) for every harsh word or phrase in `text`."""
        found: list[tuple[str, str]] = []
        for match in self.pattern.finditer(text.lower()):
            entry = int((match.lastgroup or "e0")[1:])
            found.append((self.categories[entry], match.group(0)))
        return found


def _phrase_regex(phrase: str) -> str:
    """A list entry as a regex: a trailing * is any ending; an inner * stands for one masking
    symbol, as people write "sh*t" (so it never matches "shirt" or "shipment")."""
    ending = r"\w*" if phrase.endswith("*") else ""
    body = phrase.rstrip("*")
    return re.escape(body).replace(r"\*", r"[*@#$%!]").replace(r"\ ", r"\s+") + ending


class Triage:
    """Scores comments. Build one and reuse it: loading the lexicon takes a moment."""

    def __init__(self, harsh_words: HarshWords | None = None) -> None:
        self._analyzer: SentimentIntensityAnalyzer | None = None
        self._words = harsh_words

    def assess_stream(
        self, items: Iterable[tuple[str, int | None]]
    ) -> Iterator[tuple[float, Severity]]:
        """(sentiment, severity) for each (text, rating), in order; see also TriagePool."""
        for text, rating in items:
            verdict = self.assess(text, rating)
            yield verdict.sentiment, verdict.severity

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

    @property
    def _harsh(self) -> HarshWords:
        if self._words is None:
            self._words = HarshWords.bundled()
        return self._words

    @property
    def _vader(self) -> SentimentIntensityAnalyzer:
        # Loading the lexicon takes a noticeable moment; only pay for it when scoring.
        if self._analyzer is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            self._analyzer = SentimentIntensityAnalyzer()
        return self._analyzer

    def harsh_reasons(self, text: str, sentiment: float, rating: int | None) -> tuple[str, ...]:
        """Why a comment with this (stored) sentiment counts as harsh; empty if it does not."""
        return self._harsh_reasons(text, sentiment, rating)

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


class TriagePool:
    """Scores a long stream of comments in a helper process while the caller stores them.

    For big imports: VADER costs about as much as the database insert, so doing the two
    side by side roughly halves the time on a two-core laptop. Results keep input order.
    """

    BATCH = 2000
    IN_FLIGHT = 3

    def __init__(self, workers: int = 1) -> None:
        import concurrent.futures
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # safe from any thread, unlike fork
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker
        )

    def __enter__(self) -> TriagePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(cancel_futures=True)

    def assess_stream(
        self, items: Iterable[tuple[str, int | None]]
    ) -> Iterator[tuple[float, Severity]]:
        pending: collections.deque[concurrent.futures.Future[list[tuple[float, int]]]]
        pending = collections.deque()
        iterator = iter(items)
        while True:
            while len(pending) < self.IN_FLIGHT:
                batch = list(itertools.islice(iterator, self.BATCH))
                if not batch:
                    break
                pending.append(self._pool.submit(_assess_batch, batch))
            if not pending:
                return
            for sentiment, rank in pending.popleft().result():
                yield sentiment, Severity.from_rank(rank)


_worker_triage: Triage | None = None


def _start_worker() -> None:
    global _worker_triage
    _worker_triage = Triage()


def _assess_batch(batch: list[tuple[str, int | None]]) -> list[tuple[float, int]]:
    assert _worker_triage is not None
    verdicts = (_worker_triage.assess(text, rating) for text, rating in batch)
    return [(v.sentiment, v.severity.rank) for v in verdicts]


class Scorer(Protocol):
    """Anything that scores a stream of (text, rating): a Triage, or a TriagePool."""

    def assess_stream(
        self, items: Iterable[tuple[str, int | None]]
    ) -> Iterator[tuple[float, Severity]]: ...
