"""How much a comment hurts: sentiment with VADER, severity from words, stars and shouting.

Triage reads English and German (core.languages tells them apart). German comments get
their own harsh-word list and a small polarity word list in place of VADER. A comment in
any other language is not guessed at: its severity comes from its stars alone (neutral
without stars) and its reasons say "not checked: <language code>", which
`describe_reason` turns into a sentence for the owner.

Severity is one of harsh / negative / neutral / positive. Harsh means the comment insults,
swears, threatens or shouts; those are the ones that most tempt an angry reply, so the
inbox puts them first and the reply flow asks for the longest pause. A factual complaint
("Delivery was two hours late and nobody answered the phone.") is at least negative even
without an unhappy word; a question that only asks is not a complaint.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import math
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from .data_files import resource_folder

if TYPE_CHECKING:
    import concurrent.futures

from . import languages
from .model import Severity
from .texts import translate
from .vader import Vader

# VADER's own conventional thresholds for a compound score.
NEGATIVE_BELOW = -0.05
POSITIVE_FROM = 0.3
# A question that only asks ("can I get a refund if it doesn't fit?") is neutral unless its
# words are at least this gloomy: VADER reads "refund", "damaged" or "wrong" as unhappy.
QUESTION_NEGATIVE_BELOW = -0.5

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
# A word in capitals, three letters or more: \b[A-Z]{3,}\b, written to start with its
# first letter (the word boundary checked after it) so the regex engine can skip ahead to
# a capital letter instead of trying every place in the text.
_SHOUT_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2,}(?!\w)")
_BANGS = re.compile(r"[!?]*![!?]*!")  # "!!", "?!!", "!?!"


# The reason given for a comment in a language triage does not read: "not checked: fr".
NOT_CHECKED = "not checked"


@dataclass(frozen=True, slots=True)
class Verdict:
    sentiment: float  # -1 .. 1
    severity: Severity
    # Why it is harsh, for the detail pane, as "category: words"; for a comment triage
    # could not read, the one reason "not checked: <code>" (see describe_reason).
    reasons: tuple[str, ...]
    language: str | None = None  # ISO 639-1 code when core.languages could tell

    @property
    def checked(self) -> bool:
        """False: written in a language triage does not read."""
        return languages.understood(self.language)


def not_checked_reason(code: str) -> str:
    """The reason triage gives for a comment written in the language `code`."""
    return f"{NOT_CHECKED}: {code}"


def unchecked_language(reasons: Iterable[str]) -> str | None:
    """The language code of a "not checked" reason among `reasons`, if there is one."""
    prefix = NOT_CHECKED + ": "
    for reason in reasons:
        if reason.startswith(prefix):
            return reason[len(prefix) :]
    return None


def describe_reason(reason: str) -> str:
    """A "not checked: fr" reason as the owner reads it, translated: "Not checked: written
    in French. Triage reads English and German." Any other reason comes back as it is (the
    detail pane explains harsh words itself)."""
    code = unchecked_language((reason,))
    if code is None:
        return reason
    return translate(
        "Triage", "Not checked: written in {language}. Triage reads English and German."
    ).format(language=languages.language_name(code))


@dataclass(frozen=True, slots=True)
class HarshWords:
    """The project's word list as one pattern; each match is traced back to its category."""

    pattern: re.Pattern[str]  # one group per entry, named e0, e1, ...
    categories: tuple[str, ...]  # the category of entry i
    # The entries a text could match, by its words (None: always run the whole pattern).
    keys: _Keys | None = None
    alternatives: tuple[str, ...] = ()  # entry i's regex, as `pattern` holds it
    # The pattern of only some entries, by their numbers (made as texts need them).
    _some: dict[frozenset[int], re.Pattern[str]] = field(default_factory=dict)

    @classmethod
    def parse(cls, lines: Iterable[str]) -> HarshWords:
        entries: list[tuple[str, str, str]] = []
        for raw in lines:
            line = raw.strip()
            if not line or line.startswith("#") or ":" not in line:
                continue
            category, _, phrase = (part.strip() for part in line.partition(":"))
            if phrase:
                entries.append((_phrase_regex(phrase.lower()), category, phrase.lower()))
        # Longest first, so "useless idiot" wins over "idiot" when both could match.
        entries.sort(key=lambda e: -len(e[0]))
        alternatives = tuple(_marked(regex, i) for i, (regex, _, _) in enumerate(entries))
        return cls(
            _list_pattern(alternatives),
            tuple(category for _, category, _ in entries),
            _openings([phrase for _, _, phrase in entries]),
            alternatives,
        )

    @classmethod
    def bundled(cls, name: str = "harsh_words.txt") -> HarshWords:
        """The list shipped with the app; harsh_words_de.txt is the German one."""
        text = resource_folder().joinpath(name)
        return cls.parse(text.read_text(encoding="utf-8").splitlines())

    def find(
        self, text: str, lower: str | None = None, words: set[str] | None = None
    ) -> list[tuple[str, str]]:
        """(category, matched text) for every harsh word or phrase in `text`. A caller that
        has them gives `lower`, text.lower(), and `words`, the set of its words as
        _OPENING_WORD finds them, so they are not found again."""
        found: list[tuple[str, str]] = []
        if lower is None:
            lower = text.lower()
        pattern = self.pattern
        if self.keys is not None:
            # An entry whose key is not in the text cannot match anywhere in it, so the
            # pattern of the others, in the same order, finds exactly what the whole finds.
            entries = self.keys.entries_in(lower, words)
            if not entries:
                return found
            pattern = self._some.get(entries) or self._pattern_of(entries)
        for match in _matches(pattern, lower):
            entry = int((match.lastgroup or "e0")[1:])
            found.append((self.categories[entry], match.group(0)))
        return found

    def _pattern_of(self, entries: frozenset[int]) -> re.Pattern[str]:
        if len(self._some) >= 1024:  # a bound, whatever the texts
            self._some.clear()
        pattern = _list_pattern(tuple(self.alternatives[i] for i in sorted(entries)))
        self._some[entries] = pattern
        return pattern


def _matches(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """pattern.finditer(text), for a pattern that seldom matches: a search says whether it
    does at all, more cheaply than starting an iterator; the iterator then starts where the
    first match is, and finds the same ones (a lookbehind still sees the text before)."""
    first = pattern.search(text)
    return () if first is None else pattern.finditer(text, first.start())


def _list_pattern(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    combined = "|".join(alternatives) or r"(?!x)x"
    return re.compile(r"(?<!\w)(?:" + combined + r")(?!\w)")


_OPENING_WORD = re.compile(r"[^\W\d_]+")
_FIRST_FOUR = operator.itemgetter(slice(4))  # a word's first four letters, word[:4]


@dataclass(frozen=True, slots=True)
class _Keys:
    """The word each entry of a list needs, for finding the entries a text could match:
    the entry's longest word, whole ("anwalt"), or its first four letters when the entry
    goes on with any ending ("idio" for "idiot*"). An entry written with a masking symbol
    inside ("f*ck*", "sh*t") has no such word: `masked` is a small pattern of those
    entries' letters and symbols ("f[*@#$%!]ck"), anywhere in the text."""

    whole: dict[str, tuple[int, ...]]  # word -> the entries that need it
    starts: dict[str, tuple[int, ...]]  # first four letters -> the entries
    masked: re.Pattern[str] | None = None
    masked_entries: tuple[int, ...] = ()

    def entries_in(self, lower: str, words: set[str] | None = None) -> frozenset[int]:
        """The entries whose key `lower` (a text in lower case) holds; `words`, when given,
        are its words as _OPENING_WORD finds them."""
        whole, starts = self.whole, self.starts
        if words is None:
            words = set(_OPENING_WORD.findall(lower))
        found: set[int] = set()
        for word in whole.keys() & words:
            found.update(whole[word])
        for start in starts.keys() & set(map(_FIRST_FOUR, words)):
            found.update(starts[start])
        if self.masked is not None and self.masked.search(lower) is not None:
            found.update(self.masked_entries)
        return frozenset(found)

    def any_in(self, lower: str) -> bool:
        return bool(self.entries_in(lower))


def _openings(phrases: list[str]) -> _Keys | None:
    """The keys of entries 0, 1, 2 ... (`phrases` in the pattern's order); None when an
    entry has no word to key it by (the whole pattern then always runs)."""
    whole: dict[str, list[int]] = collections.defaultdict(list)
    starts: dict[str, list[int]] = collections.defaultdict(list)
    masked: list[str] = []
    masked_entries: list[int] = []
    for i, phrase in enumerate(phrases):
        stem = phrase.endswith("*")
        body = phrase.rstrip("*")
        if "*" in body:  # "f*ck*": its letters and symbols, without the ending
            masked.append(_phrase_regex(body))
            masked_entries.append(i)
            continue
        pieces = _OPENING_WORD.findall(body)
        if not pieces:
            return None
        key = max(pieces, key=len)
        if stem and body.endswith(key):
            if len(key) < 4:
                return None
            starts[key[:4]].append(i)
        else:
            whole[key].append(i)
    return _Keys(
        {word: tuple(entries) for word, entries in whole.items()},
        {start: tuple(entries) for start, entries in starts.items()},
        re.compile("|".join(sorted(set(masked)))) if masked else None,
        tuple(masked_entries),
    )


# -- German ------------------------------------------------------------------------------------

_DE_SHOUT_WORD = re.compile(r"[A-ZÄÖÜ](?<!\w[A-ZÄÖÜ])[A-ZÄÖÜ]{2,}(?!\w)")  # as _SHOUT_WORD
# Words that turn the next few round ("nicht gut", "kein Problem", "nie zufrieden").
GERMAN_NEGATIONS = frozenset(
    {
        "nicht", "nichts", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie",
        "niemals", "ohne", "weder", "nirgends",
    }
)  # fmt: skip
GERMAN_NEGATION_REACH = 3
# Words that make the next one stronger ("sehr schlecht", "total enttäuscht").
GERMAN_BOOSTERS = frozenset(
    {
        "sehr", "total", "extrem", "absolut", "echt", "wirklich", "völlig", "voll", "äußerst",
        "ausgesprochen", "richtig", "besonders", "super", "unglaublich", "komplett", "ziemlich",
        "so",
    }
)  # fmt: skip
_BOOST = 0.293  # VADER's own step for "very"
_NEGATE = -0.74  # VADER's own factor for a negated word
_ALPHA = 15  # VADER's normalisation: score / sqrt(score² + 15)


@dataclass(frozen=True, slots=True)
class GermanSentiment:
    """A small polarity word list (resources/sentiment_words_de.txt) read the way VADER
    reads English: words and two-word phrases with weights, negation, boosters, "aber"
    and exclamation marks, squeezed into a compound score from -1 to 1."""

    words: dict[str, float]
    pairs: dict[tuple[str, str], float]
    stems: dict[str, float]  # "enttäusch" for "enttäusch*"
    stem_lengths: tuple[int, ...]

    @classmethod
    def parse(cls, lines: Iterable[str]) -> GermanSentiment:
        words: dict[str, float] = {}
        pairs: dict[tuple[str, str], float] = {}
        stems: dict[str, float] = {}
        for number, raw in enumerate(lines, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            phrase, _, weight_text = line.rpartition(" ")
            try:
                weight = float(weight_text)
            except ValueError:
                raise ValueError(f"line {number}: write an entry as  words weight") from None
            parts = phrase.lower().split()
            if len(parts) == 2:
                pairs[(parts[0], parts[1])] = weight
            elif len(parts) == 1 and parts[0].endswith("*") and len(parts[0]) > 2:
                stems[parts[0][:-1]] = weight
            elif len(parts) == 1:
                words[parts[0]] = weight
            else:
                raise ValueError(f"line {number}: one or two words, then the weight")
        lengths = tuple(sorted({len(stem) for stem in stems}, reverse=True))
        return cls(words, pairs, stems, lengths)

    @classmethod
    def bundled(cls) -> GermanSentiment:
        return _bundled_german_sentiment()

    def weight(self, word: str) -> float:
        found = self.words.get(word)
        if found is not None:
            return found
        for length in self.stem_lengths:
            if length <= len(word):
                stem = self.stems.get(word[:length])
                if stem is not None:
                    return stem
        return 0.0

    def score(self, text: str) -> float:
        """From -1 (very unhappy) to 1 (very glad); 0 when no word in the list is there."""
        tokens = _OPENING_WORD.findall(text[:2000].lower())
        turn = tokens.index("aber") if "aber" in tokens else -1
        total = 0.0
        negation = -GERMAN_NEGATION_REACH - 1  # where the last unused "nicht" stands
        i = 0
        while i < len(tokens):
            pair = self.pairs.get((tokens[i], tokens[i + 1])) if i + 1 < len(tokens) else None
            value = pair if pair is not None else self.weight(tokens[i])
            size = 2 if pair is not None else 1
            if not value and tokens[i] in GERMAN_NEGATIONS:
                negation = i
            if value:
                if i and tokens[i - 1] in GERMAN_BOOSTERS:
                    value += _BOOST if value > 0 else -_BOOST
                if i - negation <= GERMAN_NEGATION_REACH:
                    value *= _NEGATE  # "nicht schlecht"; one word only, not "gerne wieder"
                    negation = -GERMAN_NEGATION_REACH - 1
                if turn >= 0:
                    value *= 0.5 if i < turn else 1.5
                total += value
            i += size
        if not total:
            return 0.0
        bangs = min(text.count("!"), 4) * 0.292
        total += bangs if total > 0 else -bangs
        return round(total / math.sqrt(total * total + _ALPHA), 4)


@functools.cache
def _bundled_german_sentiment() -> GermanSentiment:
    text = resource_folder().joinpath("sentiment_words_de.txt")
    return GermanSentiment.parse(text.read_text(encoding="utf-8").splitlines())


@functools.cache
def _bundled_german_harsh_words() -> HarshWords:
    return HarshWords.bundled("harsh_words_de.txt")


def _only_asks_german(text: str) -> bool:
    """True when every sentence of a German comment is a question ("Kann ich ... ?")."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text.strip()) if s.strip()]
    return (
        bool(sentences)
        and all(s.rstrip().endswith("?") for s in sentences[-3:])
        and (sum(s.rstrip().endswith("?") for s in sentences) * 2 >= len(sentences))
    )


# -- factual complaints -----------------------------------------------------------------------

NOT_A_COMPLAINT = "not a complaint"
EXCUSE = "excuse"
NEGATION_REACH = 5  # a negation covers a cue this many words later, in the same clause

_SET_LINE = re.compile(r"@(?P<name>[a-z_]+)\s*=(?P<items>.*)")
_SET_ITEM = re.compile(r"\s*(/(?:[^/\\]|\\.)*/|[^,]+)")  # /a regex, commas and all/ or a phrase
# Between two words of a phrase: spaces or a hyphen, maybe after a comma; nothing at all
# between a number and its unit ("20mins").
_JOIN = r"(?:,?[\s-]+|(?<=\d)(?=[a-z]))"
_ANY_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)?"
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
# Both: the regex first takes one of the characters a match can start with, so the regex
# engine skips ahead to one (a pattern that starts with a choice of several is tried at
# every character instead); the lookbehind then says which one it was.
# [!?;\n]+|\.+(?!\d)|… ("£4.50" goes on)
_SENTENCE_END = re.compile(r"[!?;\n.…](?:(?<=[!?;\n])[!?;\n]*|(?<=\.)\.*(?!\d)|(?<=…))")
# [,:()\[\]\"“”–—]|\s-\s
_CLAUSE_MARK = re.compile(r"[,:()\[\]\"“”–—\s](?:(?<=[,:()\[\]\"“”–—])|(?<=\s)-\s)")
# Words too common to pick an entry out by: an entry is filed under a rarer word it needs.
_COMMON_WORDS = (
    "a an the i me my we us our you your it its is was were be been are am to of for in on "
    "at and but or no not so too very had has have got get did do does this that there all one"
)
_COMMON = frozenset(_COMMON_WORDS.split())


@dataclass(frozen=True, slots=True)
class ComplaintReading:
    cues: tuple[str, ...]  # "category: words" for each factual complaint found
    firm: bool  # a cue counts whatever the mood; otherwise only in a comment not glad
    for_sentiment: str  # the text without its "not a complaint" phrases, for VADER


# Word sets a match of an entry holds one word of each of: in a text without an
# apostrophe, and in any text (see _RegexBuilder.needs).
_Needs = tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]
# An entry of the complaint list: its regex, category, anchors (words one of which every
# match holds, None: none), needs, and strings one of which every match holds as it is
# (None: none known; see _RegexBuilder.needles).
_Entry = tuple[str, str, frozenset[str] | None, _Needs, frozenset[str] | None]
# For each pattern of an _Entries, the word sets each of its entries needs (None: an entry
# of it needs none).
_Gates = tuple[tuple[tuple[frozenset[str], ...], ...] | None, ...]


@dataclass(frozen=True, slots=True)
class _Entries:
    """Entries of the list, filed under the words they cannot match without (anchors): a
    comment only meets the few small patterns filed under its own words. Entries with one
    anchor share a pattern per word; an entry with several ("{waited} for {duration}")
    gets its own, filed under each; entries with none ("{scare_quoted}") are tried on
    every text that holds a string one of them needs (`always_needles`: a quotation mark,
    "squeal", "/s"), or on every text when one of them needs no string known.
    A pattern is then skipped when, for each of its entries, a word the entry needs besides
    its anchor is missing from the text ("wrong" in "{got} the wrong {item}"): `gates` for a
    text without an apostrophe, `gates_between` for any."""

    patterns: tuple[re.Pattern[str], ...]
    by_anchor: dict[str, tuple[int, ...]]  # word -> the patterns filed under it
    always: re.Pattern[str] | None
    always_needles: re.Pattern[str] | None  # None: try `always` on every text
    categories: dict[str, str]  # the category of each entry by its group's name, e0, e1 ...
    gates: _Gates
    gates_between: _Gates

    @classmethod
    def build(cls, entries: list[_Entry]) -> _Entries | None:
        if not entries:
            return None
        shared: dict[str, list[int]] = collections.defaultdict(list)
        alone: list[int] = []
        always: list[int] = []
        for i, (_, _, anchors, _, _) in enumerate(entries):
            if not anchors:
                always.append(i)
            elif len(anchors) == 1:
                shared[next(iter(anchors))].append(i)
            else:
                alone.append(i)
        patterns: list[re.Pattern[str]] = []
        gates: tuple[list[tuple[tuple[frozenset[str], ...], ...] | None], ...] = ([], [])
        by_anchor: dict[str, list[int]] = collections.defaultdict(list)

        def add(indices: list[int]) -> None:
            patterns.append(_compiled(entries, indices))
            for which, listed in enumerate(gates):
                each = tuple(entries[i][3][which] for i in indices)
                listed.append(each if all(each) else None)

        for anchor, indices in shared.items():
            by_anchor[anchor].append(len(patterns))
            add(indices)
        for i in alone:
            for anchor in entries[i][2] or ():
                by_anchor[anchor].append(len(patterns))
            add([i])
        return cls(
            tuple(patterns),
            {anchor: tuple(numbers) for anchor, numbers in by_anchor.items()},
            _compiled(entries, always) if always else None,
            _needles_pattern([entries[i][4] for i in always]),
            {f"e{i}": category for i, (_, category, _, _, _) in enumerate(entries)},
            tuple(gates[0]),
            tuple(gates[1]),
        )

    def find(
        self, text: str, words: set[str], apostrophe: bool = True
    ) -> list[tuple[int, int, str]]:
        """(start, end, category) for each entry found in `text` (lower case), in reading
        order; `words` are the text's words as _plain gives them; `apostrophe`: False only
        when `text` has none (' or ’)."""
        by_anchor, patterns = self.by_anchor, self.patterns
        gates = self.gates_between if apostrophe else self.gates
        chosen: list[re.Pattern[str]] = []
        filed = by_anchor.keys() & words
        for n in set(itertools.chain.from_iterable(map(by_anchor.__getitem__, filed))):
            each = gates[n]
            if each is not None:
                for entry_needs in each:
                    for need in entry_needs:
                        if need.isdisjoint(words):
                            break
                    else:
                        break  # this entry may match
                else:
                    continue  # no entry of the pattern can match
            chosen.append(patterns[n])
        if self.always is not None and (
            self.always_needles is None or self.always_needles.search(text) is not None
        ):
            chosen.append(self.always)
        categories = self.categories
        found: list[tuple[int, int, str]] = []
        for pattern in chosen:
            for m in _matches(pattern, text):
                found.append((m.start(), m.end(), categories[m.lastgroup or "e0"]))
        found.sort()
        return found


def _needles_pattern(needles: list[frozenset[str] | None]) -> re.Pattern[str] | None:
    """A pattern that finds any of the strings in `needles`; None when one entry's are
    not known (or there are no entries), as the entry must then be tried on every text."""
    if not needles or any(not each for each in needles):
        return None
    every = sorted({needle for each in needles if each for needle in each})
    return re.compile("|".join(re.escape(needle) for needle in every))


def _compiled(entries: list[_Entry], indices: list[int]) -> re.Pattern[str]:
    # The longest first, so it wins where two entries start at the same place.
    ordered = sorted(indices, key=lambda i: -len(entries[i][0]))
    alternatives = "|".join(_marked(entries[i][0], i) for i in ordered)
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")  # for lower-case text


def _marked(regex: str, i: int) -> str:
    """Entry i's regex as an alternative that says which entry matched (the match's
    lastgroup is "e<i>"): the empty group at its end closes last, as a group around it
    would, and leaves the alternative's first letter where the regex engine can see it and
    skip the alternative at once when the text does not go on with that letter."""
    return f"(?:{regex})(?P<e{i}>)"


@dataclass(frozen=True, slots=True)
class ComplaintWords:
    """The factual-complaint list (resources/complaint_words.txt), ready to read comments.

    `cues` are what may be a complaint; `kind` the phrases that are not ("no complaints")
    and the excuses ("worth the wait"). Each cue is then read in its sentence: negated,
    supposed ("if") or asked rather than accused, it does not count.
    """

    cues: _Entries | None  # None: an empty list, nothing is ever a factual complaint
    kind: _Entries | None
    negation: frozenset[str] = frozenset()
    not_negating: frozenset[str] = frozenset()
    clause_break: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    accusing: tuple[tuple[str, ...], ...] = ()
    excusable: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, lines: Iterable[str]) -> ComplaintWords:
        """Read the list's format (see the notes at the top of complaint_words.txt).

        Unlike the harsh word list, a line that cannot be read is an error, not skipped:
        one mistyped set would quietly switch a whole kind of complaint off."""
        sets: dict[str, list[str]] = {}
        entries: list[tuple[str, str, int]] = []
        for number, raw in enumerate(lines, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                found = _SET_LINE.fullmatch(line)
                if not found:
                    raise ValueError(f"line {number}: write a set as @name = entry, entry")
                name = found["name"]
                items = [i.strip() for i in _SET_ITEM.findall(found["items"]) if i.strip()]
                if name in sets or not items:
                    raise ValueError(f"line {number}: @{name} is empty or defined twice")
                sets[name] = items
                continue
            category, colon, phrase = (part.strip() for part in line.partition(":"))
            if not colon or not category or not phrase:
                raise ValueError(f"line {number}: write a cue as category: phrase")
            entries.append((category, phrase.lower(), number))
        build = _RegexBuilder(sets)
        cues: list[_Entry] = []
        kind: list[_Entry] = []
        for category, phrase, number in entries:
            try:
                regex, anchors = build.phrase(phrase), build.anchors(phrase)
                needs = build.needs(phrase)
                needles = None if anchors else build.needles(phrase)
            except (ValueError, re.error) as error:
                raise ValueError(f"line {number}: {error}") from None
            special = category in (NOT_A_COMPLAINT, EXCUSE)
            (kind if special else cues).append((regex, category, anchors, needs, needles))

        def words(name: str) -> frozenset[str]:
            return frozenset(_plain(item) for item in sets.get(name, ()))

        return cls(
            _Entries.build(cues),
            _Entries.build(kind),
            negation=words("negation"),
            not_negating=words("not_negating"),
            clause_break=words("clause_break"),
            hypothetical=words("hypothetical") | words("put_right"),
            accusing=tuple(tuple(_plain(item).split()) for item in sets.get("accusing", ())),
            excusable=frozenset(item.lower() for item in sets.get("excusable", ())),
            weak=frozenset(item.lower() for item in sets.get("weak", ())),
        )

    @classmethod
    def bundled(cls) -> ComplaintWords:
        """The list shipped with the app, read once per process: compiling it takes a
        moment, and a ComplaintWords never changes, so every Triage can share it."""
        return _bundled_complaint_words()

    def read(self, text: str) -> ComplaintReading:
        """The factual complaints in `text`, and the text as the sentiment score should see it."""
        if self.cues is None:
            return ComplaintReading((), False, text)
        lower = _lower(text)
        words = set(_WORD.findall(lower))
        apostrophe = "'" in lower or "’" in lower
        if apostrophe:
            words = {_plain(word) for word in words}
        return ComplaintReading(*self._read(text, lower, words, apostrophe))

    def _read(
        self, text: str, lower: str, words: set[str], apostrophe: bool
    ) -> tuple[tuple[str, ...], bool, str]:
        """read(text)'s cues, firm and for_sentiment, given `lower`, _lower(text), `words`,
        its words as read finds them, and whether it has an apostrophe (' or ’)."""
        assert self.cues is not None
        kind = self.kind.find(lower, words, apostrophe) if self.kind is not None else []
        hidden = (
            [(start, end) for start, end, category in kind if category == NOT_A_COMPLAINT]
            if kind
            else []
        )
        found: list[str] = []
        firm = False
        sentences: _Sentences | None = None
        for start, end, category in self.cues.find(lower, words, apostrophe):
            if any(start < h_end and h_start < end for h_start, h_end in hidden):
                continue
            sentences = sentences or _Sentences(text)
            if self._counts(text, start, category, sentences, kind):
                found.append(f"{category}: {text[start:end]}")
                firm = firm or category not in self.weak
        for_sentiment = _blank(text, hidden) if hidden else text
        return tuple(dict.fromkeys(found)) if found else (), firm, for_sentiment

    def only_asks(self, text: str) -> bool:
        """True when the comment is questions that ask rather than accuse, give or take a
        short greeting: "Hi! Can I get a refund if it doesn't fit?"."""
        if self.cues is None:
            return False
        asked = False
        start = 0
        for end in [*_SENTENCE_END.finditer(text), None]:
            sentence = text[start : end.start() if end else len(text)]
            if end is not None and "?" in end.group():
                if self._accuses(sentence):
                    return False
                asked = True
            elif len(_WORD.findall(sentence)) >= 3:
                return False
            if end is None:
                break
            start = end.end()
        return asked

    def _counts(
        self,
        text: str,
        start: int,
        category: str,
        sentences: _Sentences,
        kind: list[tuple[int, int, str]],
    ) -> bool:
        first, last, question = sentences.around(start)
        before = self._clause_words(text[first:start])
        if any(word in self.hypothetical for word in before) or self._negated(before):
            return False
        if question and not self._accuses(text[first:last]):
            return False
        if category in self.excusable:
            for k_start, _, k_category in kind:
                in_sentence = k_category == EXCUSE and first <= k_start < last
                if in_sentence and not self._negated(self._clause_words(text[first:k_start])):
                    return False
        return True

    def _clause_words(self, before: str) -> list[str]:
        """The words of the clause that leads up to a cue: after the last comma, bracket
        or clause word ("but", "and", "that" ...)."""
        marks = list(_CLAUSE_MARK.finditer(before))
        if marks:
            before = before[marks[-1].end() :]
        words = _plain_words(before)
        for i in range(len(words) - 1, -1, -1):
            if words[i] in self.clause_break:
                return words[i + 1 :]
        return words

    def _negated(self, words: list[str]) -> bool:
        near = words[-NEGATION_REACH:]
        for i, word in enumerate(near):
            if word in self.negation:
                following = near[i + 1] if i + 1 < len(near) else ""
                if following not in self.not_negating:
                    return True
        return False

    def _accuses(self, sentence: str) -> bool:
        words = _plain_words(sentence[:200])
        for opening in self.accusing:
            size = len(opening)
            for at in range(min(3, len(words))):  # after "Hi," or "So,"
                if tuple(words[at : at + size]) == opening:
                    return True
        return False


@functools.cache
def _bundled_complaint_words() -> ComplaintWords:
    text = resource_folder().joinpath("complaint_words.txt")
    return ComplaintWords.parse(text.read_text(encoding="utf-8").splitlines())


def complaint_cues(text: str) -> tuple[str, ...]:
    """The factual complaints the bundled word list finds in `text`, as "category: words"
    (without scoring the text: no VADER)."""
    return _bundled_complaint_words().read(text).cues


class _Sentences:
    """Where each sentence of a text starts and ends, and whether it asks (ends with "?")."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._asks: list[bool] = []
        for m in _SENTENCE_END.finditer(text):
            self._starts.append(m.start())
            self._ends.append(m.end())
            self._asks.append("?" in m.group())

    def around(self, position: int) -> tuple[int, int, bool]:
        i = bisect.bisect_right(self._starts, position)
        first = self._ends[i - 1] if i else 0
        if i < len(self._starts):
            return first, self._starts[i], self._asks[i]
        return first, self._length, False


class _RegexBuilder:
    """Turns the list's phrases into regular expressions, and finds the words each needs."""

    def __init__(self, sets: dict[str, list[str]]) -> None:
        self._sets = sets
        self._regex: dict[str, str] = {"word": _ANY_WORD}
        self._anchors: dict[str, frozenset[str] | None] = {"word": None}
        self._resolving: list[str] = []

    def phrase(self, phrase: str) -> str:
        tokens = _tokens(phrase)
        if all(optional for _, optional in tokens):
            raise ValueError(f"{phrase!r} needs at least one word that is not optional")
        regex = ""
        started = False  # optional tokens go "(token join)?" before the first required one
        for token, optional in tokens:
            body = self._token(token)
            if not started:
                regex += f"(?:{body}{_JOIN})?" if optional else body
                started = not optional
            else:
                regex += f"(?:{_JOIN}{body})?" if optional else _JOIN + body
        return regex

    def anchors(self, phrase: str) -> frozenset[str] | None:
        """Words one of which any match of `phrase` contains (None: no such words): the
        rarest-looking choice among its required tokens."""
        best: tuple[tuple[bool, int, int], frozenset[str]] | None = None
        for token, optional in _tokens(phrase):
            if optional:
                continue
            choice = self._words_of(token)
            if choice:
                rank = (bool(choice & _COMMON), len(choice), -min(map(len, choice)))
                if best is None or rank < best[0]:
                    best = (rank, choice)
        return best[1] if best else None

    def needs(self, phrase: str) -> _Needs:
        """The words a match of `phrase` holds besides its anchors: for each of its
        required tokens, the words one of which the token's match is (see _words_of), as
        the text's own words (_WORD, _plain) hold them. In a text without an apostrophe
        that is every token (a token's letters end where a word does: at a character that
        is not a letter, digit or underscore); in any text, the tokens with a required
        token before and after them, matched between two joins (_JOIN: a comma, spaces or
        hyphens, or nothing after a digit) — not the first or last ("late" in "two hours
        late's" is part of the word "lates")."""
        tokens = _tokens(phrase)
        anchors = self.anchors(phrase)
        required = [i for i, (_, optional) in enumerate(tokens) if not optional]
        every: list[frozenset[str]] = []
        between: list[frozenset[str]] = []
        for i in required:
            choice = self._words_of(tokens[i][0])
            if choice and choice != anchors:
                every.append(choice)
                if i not in (required[0], required[-1]):
                    between.append(choice)
        return tuple(every), tuple(between)

    def needles(self, phrase: str) -> frozenset[str] | None:
        """Strings one of which any match of `phrase` holds as it is, not as a word (None:
        none known): for an entry without anchors ("squeal*", "/s", "{scare_quoted}").
        The fewest, longest strings of one of its required tokens."""
        best: frozenset[str] | None = None
        for token, optional in _tokens(phrase):
            if optional:
                continue
            found = self._needles_of(token)
            if found and (
                best is None
                or (len(found), -min(map(len, found))) < (len(best), -min(map(len, best)))
            ):
                best = found
        return best

    def _needles_of(self, token: str) -> frozenset[str] | None:
        """needles for one token: a literal token's longest piece between the apostrophes
        and hyphens _token makes optional ("squeal" of "squeal*"); a set's items' own; the
        characters of a regex item's leading [...] (_leading_characters)."""
        if token.startswith("{") and token.endswith("}"):
            name = token[1:-1]
            self._set(name)
            found: set[str] = set()
            for item in self._sets[name]:
                if len(item) > 2 and item.startswith("/") and item.endswith("/"):
                    item_needles = _leading_characters(item[1:-1])
                else:
                    item_needles = self.needles(item.lower())
                if not item_needles:
                    return None
                found |= item_needles
            return frozenset(found)
        body = token.rstrip("*") if token.endswith("*") and len(token) > 1 else token
        pieces = [piece for piece in re.split(r"['-]", body) if piece]
        return frozenset({max(pieces, key=len)}) if pieces else None

    def _words_of(self, token: str) -> frozenset[str] | None:
        """The words (as _plain gives them) one of which a match of `token` is or holds;
        None when it has none ("word*", "w/o", a set with a regex)."""
        if token.startswith("{") and token.endswith("}"):
            self._set(token[1:-1])
            return self._anchors[token[1:-1]]
        if _PLAIN_WORD.fullmatch(token):
            return frozenset({_plain(token)})
        if _HYPHENATED.fullmatch(token):  # "mix-up", "mix up" or "mixup"
            first, _, rest = token.partition("-")
            return frozenset({_plain(first), _plain(first + rest.replace("-", ""))})
        return None  # word*, "w/o": not one whole word

    def _token(self, token: str) -> str:
        if token.startswith("{") and token.endswith("}"):
            return self._set(token[1:-1])
        ending = r"\w*" if token.endswith("*") and len(token) > 1 else ""
        body = re.escape(token.rstrip("*") if ending else token)
        body = body.replace("'", "['’]?").replace(r"\-", r"[\s-]?")
        return body + ending

    def _set(self, name: str) -> str:
        if name in self._regex:
            return self._regex[name]
        if name not in self._sets:
            raise ValueError(f"no set @{name}")
        if name in self._resolving:
            raise ValueError(f"@{name} refers to itself")
        self._resolving.append(name)
        alternatives: list[str] = []
        anchors: set[str] | None = set()
        for item in sorted(self._sets[name], key=len, reverse=True):
            if len(item) > 2 and item.startswith("/") and item.endswith("/"):
                re.compile(item[1:-1])  # a mistake here is reported on its own line
                alternatives.append(item[1:-1])
                anchors = None
            else:
                alternatives.append(self.phrase(item.lower()))
                item_anchors = self.anchors(item.lower())
                anchors = None if anchors is None or not item_anchors else anchors | item_anchors
        self._resolving.pop()
        self._regex[name] = "(?:" + "|".join(alternatives) + ")"
        self._anchors[name] = frozenset(anchors) if anchors else None
        return self._regex[name]


# A regex that opens with a plain class of characters, [abc], one of which it must take.
_LEADING_CLASS = re.compile(r"\[([^\]\\\[^-]+)\](?![?*{])")


def _leading_characters(regex: str) -> frozenset[str] | None:
    """The characters one of which every match of `regex` starts with, when it opens with a
    plain class ([abc]: no range, escape or negation) not made optional and has no "|"
    outside brackets and groups; None otherwise (not known)."""
    found = _LEADING_CLASS.match(regex)
    if found is None:
        return None
    depth = 0
    in_class = False
    i = 0
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if regex[i + 1 : i + 2] == "^":
                i += 1
            if regex[i + 1 : i + 2] == "]":  # a "]" first in a class is one of its characters
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return None
        i += 1
    return frozenset(found.group(1))


def _tokens(phrase: str) -> list[tuple[str, bool]]:
    """A phrase's tokens, each with whether it may be left out (a trailing "?")."""
    return [
        (t[:-1], True) if len(t) > 1 and t.endswith("?") else (t, False) for t in phrase.split()
    ]


def _lower(text: str) -> str:
    """`text` in lower case, each character where it was (so spans fit the original)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" is two


def _plain(word: str) -> str:
    """A word as the checker compares it: lower case, no apostrophe (isn't = isnt)."""
    return word.lower().replace("'", "").replace("’", "").strip()


def _plain_words(text: str) -> list[str]:
    """[_plain(word) for word in _WORD.findall(text)]; without an apostrophe in `text`, a
    word's lower case is all _plain changes (no letter's lower case has an apostrophe or
    white space in it)."""
    if "'" in text or "’" in text:
        return [_plain(word) for word in _WORD.findall(text)]
    return [word.lower() for word in _WORD.findall(text)]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    at = 0
    for start, end in spans:
        if start >= at:
            parts.append(text[at:start])
            parts.append(" ")
            at = end
    parts.append(text[at:])
    return "".join(parts)


def _phrase_regex(phrase: str) -> str:
    """A list entry as a regex: a trailing * is any ending; an inner * stands for one masking
    symbol, as people write "sh*t" (so it never matches "shirt" or "shipment")."""
    ending = r"\w*" if phrase.endswith("*") else ""
    body = phrase.rstrip("*")
    return re.escape(body).replace(r"\*", r"[*@#$%!]").replace(r"\ ", r"\s+") + ending


class Triage:
    """Scores comments. Build one and reuse it: loading the lexicon takes a moment."""

    def __init__(
        self,
        harsh_words: HarshWords | None = None,
        complaint_words: ComplaintWords | None = None,
        german_harsh_words: HarshWords | None = None,
        german_sentiment: GermanSentiment | None = None,
    ) -> None:
        self._vader_scorer: Vader | None = None
        self._words = harsh_words
        self._complaint_words = complaint_words
        self._german_words = german_harsh_words
        self._german = german_sentiment
        # A text too short to tell its language is read with both lists, unless the caller
        # gave its own (English) list alone.
        self._short_texts_german = harsh_words is None or german_harsh_words is not None

    def assess_stream(
        self, items: Iterable[tuple[str, int | None]]
    ) -> Iterator[tuple[float, Severity]]:
        """(sentiment, severity) for each (text, rating), in order; see also TriagePool."""
        for text, rating in items:
            verdict = self.assess(text, rating)
            yield verdict.sentiment, verdict.severity

    def assess(self, text: str, rating: int | None = None) -> Verdict:
        language = languages.detect(text)
        if language is None or language == "en":
            return self._assess_english(text, rating, language)
        if language == "de":
            return self._assess_german(text, rating)
        return _unchecked(language, rating)

    def _assess_german(self, text: str, rating: int | None) -> Verdict:
        sentiment = self._german_sentiment(text, rating)
        reasons = self._german_harsh_reasons(text, sentiment, rating)
        if reasons:
            return Verdict(sentiment, Severity.HARSH, reasons, "de")
        severity = _severity(sentiment, rating)
        if (
            severity is Severity.NEGATIVE
            and (rating is None or rating > 2)
            and sentiment >= QUESTION_NEGATIVE_BELOW
            and _only_asks_german(text)
        ):
            severity = Severity.NEUTRAL
        return Verdict(sentiment, severity, (), "de")

    def _german_sentiment(self, text: str, rating: int | None) -> float:
        if self._german is None:
            self._german = GermanSentiment.bundled()
        return _with_stars(self._german.score(text) if text else 0.0, text, rating)

    def _assess_english(self, text: str, rating: int | None, language: str | None) -> Verdict:
        complaints = self._complaints
        lower = text.lower()
        words: set[str] | None = None
        cues: tuple[str, ...]
        if len(lower) == len(text) and "'" not in lower and "’" not in lower:
            # The usual text, found in words once: lower is then _lower(text), and with no
            # apostrophe _WORD finds what _OPENING_WORD does, and _plain changes nothing.
            words = set(_WORD.findall(lower))
            if complaints.cues is None:
                cues, firm, for_sentiment = (), False, text
            else:
                cues, firm, for_sentiment = complaints._read(text, lower, words, False)
        else:
            reading = complaints.read(text)
            cues, firm, for_sentiment = reading.cues, reading.firm, reading.for_sentiment
        sentiment = self._sentiment(for_sentiment, rating)
        if language is None:
            reasons = self._unknown_harsh_reasons(text, sentiment, rating, lower, words)
        else:
            reasons = self._harsh_reasons(text, sentiment, rating, lower=lower, words=words)
        if reasons:
            return Verdict(sentiment, Severity.HARSH, reasons, language)
        severity = _severity(sentiment, rating)
        if firm or (cues and sentiment < POSITIVE_FROM):
            # A factual complaint is at least negative, whatever the words' mood; a weak
            # one ("took two days") only when the comment is not glad about it.
            severity = Severity.NEGATIVE
        elif (
            severity is Severity.NEGATIVE
            and (rating is None or rating > 2)
            and sentiment >= QUESTION_NEGATIVE_BELOW
            and self._complaints.only_asks(text)
        ):
            severity = Severity.NEUTRAL
        return Verdict(sentiment, severity, (), language)

    def sentiment(self, text: str, language: str | None = None) -> float:
        """The mood of `text` from -1 to 1 read as `language` ("de": the German word list;
        anything else: VADER, as an English comment is scored), without detecting the
        language: the tone check scores a draft's clauses, too short to tell on their own."""
        if language == "de":
            return self._german_sentiment(text, None)
        return self._sentiment(self._complaints.read(text).for_sentiment, None)

    def complaint_cues(self, text: str) -> tuple[str, ...]:
        """The factual complaints found in `text`, as "category: words" (weak ones too,
        which make a comment negative only when it is not glad)."""
        return self._complaints.read(text).cues

    def _sentiment(self, text: str, rating: int | None) -> float:
        # VADER is built for short social text; a 100 KB essay only needs its opening.
        return _with_stars(self._vader.compound(text[:2000]) if text else 0.0, text, rating)

    @property
    def _harsh(self) -> HarshWords:
        if self._words is None:
            self._words = HarshWords.bundled()
        return self._words

    @property
    def _complaints(self) -> ComplaintWords:
        if self._complaint_words is None:
            self._complaint_words = ComplaintWords.bundled()
        return self._complaint_words

    @property
    def _vader(self) -> Vader:
        # Loading the lexicon takes a noticeable moment; only pay for it when scoring.
        if self._vader_scorer is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            self._vader_scorer = Vader(SentimentIntensityAnalyzer())
        return self._vader_scorer

    def harsh_reasons(self, text: str, sentiment: float, rating: int | None) -> tuple[str, ...]:
        """Why a comment with this (stored) sentiment counts as harsh; empty if it does not.
        For a comment in a language triage does not read: ("not checked: <code>",)."""
        language = languages.detect(text)
        if language is None:
            return self._unknown_harsh_reasons(text, sentiment, rating)
        if language == "en":
            return self._harsh_reasons(text, sentiment, rating)
        if language == "de":
            return self._german_harsh_reasons(text, sentiment, rating)
        return (not_checked_reason(language),)

    def _unknown_harsh_reasons(
        self,
        text: str,
        sentiment: float,
        rating: int | None,
        lower: str | None = None,
        words: set[str] | None = None,
    ) -> tuple[str, ...]:
        """A text too short to tell its language ("Betrüger!!!", "Scammers!!!"): harsh by
        the English list or the German one. `lower` and `words` as HarshWords.find takes them."""
        english = self._harsh_reasons(text, sentiment, rating, lower=lower, words=words)
        if not self._short_texts_german:
            return english
        if self._german_words is None:
            self._german_words = _bundled_german_harsh_words()
        german = [
            f"{category}: {word}"
            for category, word in self._german_words.find(text, lower, words)
            if category in ("insult", "threat")
            or sentiment < NEGATIVE_BELOW
            or (rating is not None and rating <= 2)
        ]
        return tuple(dict.fromkeys([*english, *german])) if german else english

    def _german_harsh_reasons(
        self, text: str, sentiment: float, rating: int | None
    ) -> tuple[str, ...]:
        if self._german_words is None:
            self._german_words = _bundled_german_harsh_words()
        return self._harsh_reasons(
            text, sentiment, rating, self._german_words, _DE_SHOUT_WORD, _NOT_SHOUTING_DE
        )

    def _harsh_reasons(
        self,
        text: str,
        sentiment: float,
        rating: int | None,
        listed: HarshWords | None = None,
        shout_word: re.Pattern[str] = _SHOUT_WORD,
        not_shouting: frozenset[str] | None = None,
        *,
        lower: str | None = None,
        words: set[str] | None = None,
    ) -> tuple[str, ...]:
        """`lower` and `words` as HarshWords.find takes them."""
        reasons: list[str] = []
        unhappy = sentiment < NEGATIVE_BELOW or (rating is not None and rating <= 2)
        for category, word in (listed or self._harsh).find(text, lower, words):
            if category in ("insult", "threat") or unhappy:
                reasons.append(f"{category}: {word}")
        shouted = shout_word.findall(text)
        if shouted:
            known = _NOT_SHOUTING if not_shouting is None else not_shouting
            shouted = [w for w in shouted if w not in known]
            not_glad = sentiment < POSITIVE_FROM and (rating is None or rating <= 3)
            if not_glad and (len(shouted) >= 2 or (shouted and _BANGS.search(text))):
                reasons.append("shouting: " + " ".join(shouted[:3]))
        return tuple(dict.fromkeys(reasons)) if reasons else ()


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


# German abbreviations and names in capitals.
_NOT_SHOUTING_DE = _NOT_SHOUTING | frozenset(
    {
        "AGB", "GMBH", "MWST", "UST", "PLZ", "USW", "BZW", "GLS", "DHL", "HERMES", "KFZ",
        "PKW", "LKW", "ABC", "WLAN", "EC", "PDF", "SMS", "UND", "DER", "DIE", "DAS",
    }
)  # fmt: skip


def star_sentiment(rating: int) -> float:
    """What stars alone say, on the sentiment's scale: 1 star -> -1, 3 -> 0, 5 stars -> 1."""
    return (rating - 3) / 2


def _with_stars(compound: float, text: str, rating: int | None) -> float:
    """A text's mood and its stars together: halfway between them (stars alone when the
    text is blank), in either language."""
    if rating is None:
        return compound
    stars = star_sentiment(rating)
    return stars if not text.strip() else round((compound + stars) / 2, 4)


def _unchecked(language: str, rating: int | None) -> Verdict:
    """A comment in a language triage does not read: its stars alone, or neutral."""
    if rating is None:
        return Verdict(0.0, Severity.NEUTRAL, (not_checked_reason(language),), language)
    sentiment = star_sentiment(rating)
    severity = (
        Severity.NEGATIVE if rating <= 2 else Severity.POSITIVE if rating >= 4 else Severity.NEUTRAL
    )
    return Verdict(sentiment, severity, (not_checked_reason(language),), language)


def _severity(sentiment: float, rating: int | None) -> Severity:
    if (rating is not None and rating <= 2) or sentiment < NEGATIVE_BELOW:
        return Severity.NEGATIVE
    if sentiment >= POSITIVE_FROM:
        return Severity.POSITIVE
    return Severity.NEUTRAL


class TriagePool:
    """A helper process that scores batches of comments beside the process that stores
    them (store/imports.py's LaterScores, for big imports: scoring costs more than reading
    and storing a row). `submit` hands it a batch; `score_here` scores one in the caller's
    own process, with the caller's Triage (`local`), for whatever the helper has not
    reached. Starting the helper costs about a second of CPU. It ends with the process that
    started it, however that ends."""

    def __init__(self, workers: int = 1, local: Triage | None = None) -> None:
        import concurrent.futures
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # safe from any thread, unlike fork
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker
        )
        self._here = local

    def __enter__(self) -> TriagePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(cancel_futures=True)

    def submit(
        self, batch: list[tuple[str, int | None]]
    ) -> concurrent.futures.Future[list[tuple[float, int]]]:
        """Scores (sentiment, severity rank) for `batch`, from the helper process."""
        return self._pool.submit(_assess_batch, batch)

    def score_here(self, batch: list[tuple[str, int | None]]) -> list[tuple[float, int]]:
        """Scores for `batch` made in this process (with `local`, or a Triage of its own)."""
        if self._here is None:
            self._here = Triage()
        return batch_scores(self._here, batch)


_worker_triage: Triage | None = None


def _start_worker() -> None:
    global _worker_triage
    _worker_triage = Triage()
    _leave_with_parent()


def _leave_with_parent() -> None:
    """The helper ends when the process that started it does, however that ends (kill -9
    during an import left it waiting for work forever)."""
    import multiprocessing
    import multiprocessing.connection
    import os
    import threading

    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:  # pragma: no cover - always set by spawn
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="parent watch", daemon=True).start()


def _assess_batch(batch: list[tuple[str, int | None]]) -> list[tuple[float, int]]:
    assert _worker_triage is not None
    return batch_scores(_worker_triage, batch)


def batch_scores(triage: Triage, batch: list[tuple[str, int | None]]) -> list[tuple[float, int]]:
    verdicts = (triage.assess(text, rating) for text, rating in batch)
    return [(v.sentiment, v.severity.rank) for v in verdicts]


class Scorer(Protocol):
    """Anything that scores a stream of (text, rating) in order, as a Triage does."""

    def assess_stream(
        self, items: Iterable[tuple[str, int | None]]
    ) -> Iterator[tuple[float, Severity]]: ...
