"""The tone check: what in a draft reply could make things worse, and what to write instead.

The reply wizard runs it on every change to the draft, so it is a handful of regular
expressions and one VADER score. Each finding is a `ToneFlag` with a plain reason, a
suggestion and, where it can, the stretch of the draft to highlight. Two kinds block
sending: shouting, and an offer that depends on the customer changing or removing their
review (review platforms forbid that). The rest are advice the owner may overrule.

The phrase lists are data, in resources/tone_phrases.json: lower case, a space matches any
run of spaces or line breaks, an apostrophe is optional and may be straight or curly
("it's" also finds "its" and "it’s"), ", " also matches without the comma, and a trailing
* stands for any ending. Every phrase must stand as whole words, so "calm down" never
fires inside "becalm downs". This module compiles them (once, at the first check in a
language) and applies them.

The check reads English and German drafts (core.languages tells them apart; German has its
own phrase lists in the data file and the German polarity list of the triage). A draft in another
language gets the checks that need no words (capitals, exclamation marks, contact
details, the offer's code) and one plain, non-blocking flag saying the rest was not
checked. Reasons, suggestions and labels are in the interface language (translate with
context "ToneCheck").
"""

from __future__ import annotations

import enum
import functools
import itertools
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from . import languages
from .data_files import resource_folder
from .replies import VALIDITIES, Channel
from .texts import QT_TRANSLATE_NOOP, translate
from .triage import Triage

CHANNELS = tuple(c.value for c in Channel)
VALIDITY = VALIDITIES

# A reply whose own words (apologies left out) score below this reads as negative overall.
NEGATIVE_TONE_BELOW = -0.3
# Only the start of a very long draft is scored; replies are a few sentences.
_SCORED_CHARACTERS = 5000
_MAX_HIT_SHOWN = 60
# More flags of one kind than this only bury the list (and slow down a pasted novel).
MAX_FLAGS_PER_KIND = 10


class ToneKind(enum.StrEnum):
    """What a flag is about; the value is a short stable id for the UI and tests."""

    REVIEW_FOR_REWARD = "review_for_reward"
    SHOUTING = "shouting"
    PRIVATE_DETAILS = "private_details"
    BLAMING = "blaming"
    ARGUING = "arguing"
    SARCASM = "sarcasm"
    NO_APOLOGY = "no_apology"
    NEGATIVE_TONE = "negative_tone"
    CODE_IN_PUBLIC = "code_in_public"
    CODE_MISSING = "code_missing"
    NOT_CHECKED = "not_checked"

    @property
    def label(self) -> str:
        return translate("ToneCheck", _KIND_LABELS[self])

    @property
    def blocking(self) -> bool:
        """Whether a reply with this kind of flag may not be sent."""
        return self in BLOCKING_KINDS


_KIND_LABELS = {
    ToneKind.REVIEW_FOR_REWARD: QT_TRANSLATE_NOOP("ToneCheck", "Offer tied to the review"),
    ToneKind.SHOUTING: QT_TRANSLATE_NOOP("ToneCheck", "Shouting"),
    ToneKind.PRIVATE_DETAILS: QT_TRANSLATE_NOOP("ToneCheck", "Private details in public"),
    ToneKind.BLAMING: QT_TRANSLATE_NOOP("ToneCheck", "Defensive or blaming"),
    ToneKind.ARGUING: QT_TRANSLATE_NOOP("ToneCheck", "Arguing"),
    ToneKind.SARCASM: QT_TRANSLATE_NOOP("ToneCheck", "Sounds sarcastic"),
    ToneKind.NO_APOLOGY: QT_TRANSLATE_NOOP("ToneCheck", "No apology"),
    ToneKind.NEGATIVE_TONE: QT_TRANSLATE_NOOP("ToneCheck", "Negative overall"),
    ToneKind.CODE_IN_PUBLIC: QT_TRANSLATE_NOOP("ToneCheck", "Discount code in public"),
    ToneKind.CODE_MISSING: QT_TRANSLATE_NOOP("ToneCheck", "The offer's code is missing"),
    ToneKind.NOT_CHECKED: QT_TRANSLATE_NOOP("ToneCheck", "Not checked"),
}

BLOCKING_KINDS = frozenset({ToneKind.SHOUTING, ToneKind.REVIEW_FOR_REWARD, ToneKind.CODE_IN_PUBLIC})
_KIND_ORDER = tuple(ToneKind)


@dataclass(frozen=True, slots=True)
class ToneFlag:
    """One thing in a draft worth changing."""

    kind: ToneKind  # a str: "shouting", "blaming", ...
    reason: str  # why it matters, in plain words
    suggestion: str  # what to write instead
    blocking: bool  # True: the reply cannot be sent until this is fixed
    span: tuple[int, int] | None  # [start, end) in the draft (str indices); None: all of it


# Makes the flag for a phrase found in the draft: (the text found, where it is).
_FlagMaker = Callable[[str, tuple[int, int]], ToneFlag]


# -- the word lists ------------------------------------------------------------------------

# The phrase lists are data: resources/tone_phrases.json, a section for every draft
# ("common") and one for each language the check reads ("en", "de"). Its "about" says what
# each list is for and how a phrase is written. They are read and compiled once, at the
# first check in a language, not when this module is imported.
PHRASES_FILE = "tone_phrases.json"

# Private details a public reply must not show (whatever the language).
EMAIL_ADDRESS = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
PHONE_NUMBER = r"(?<![\w+(])(?:\+|\()?\d(?:[ \t()-]{0,2}\d){8,14}(?!\d)"
STREET_ADDRESS = (
    r"(?<!\w)\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w’'.-]*\s+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Close|Way|Place|Crescent|Terrace|Gardens"
    r"|Grove|Boulevard|Blvd|Square|Court|Mews|Row|Parade|Walk|Hill)(?!\w)"
)
POSTCODE = r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\w-])"  # UK: "SW1A 1AA"

# Words before a contact detail that make it the shop's own ("e-mail us at", "our number").
_OWN_CONTACT = re.compile(r"(?i)(?<!\w)(?:us|our|me|my)(?!\w)")
_THEIR_CONTACT = re.compile(r"(?i)(?<!\w)(?:your|you['’]?re)(?!\w)")

_CAPS_WORD = re.compile(r"(?<!\w)[^\W\d_]{3,}(?!\w)")
_BANGS = re.compile(r"[!?]*![!?]*!|！{2,}")
_TOKEN_CHARS = re.compile(r"[\w-]")
_AFTER_CODE = re.compile(r"(?i)(?<!\w)code\s*[:=]?\s*[\"'“‘]?\s*$")

_EMAIL = re.compile(EMAIL_ADDRESS)
_PHONE = re.compile(PHONE_NUMBER)
_STREET = re.compile(STREET_ADDRESS)
_POSTCODE = re.compile(POSTCODE)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SIGN_OFF = re.compile(r"(?m)^[ \t]*[-–—~]*[ \t]*(?P<name>[^\n]{3,40}?)[ \t]*\Z")
_SENTENCE = re.compile(r"[^.!?\n]+")

# {NAME} in a pattern of review_change_requests: the language's parts["NAME"]. A repeat
# count such as {0,2} has no letters, so it stays as it is.
_PART = re.compile(r"\{([A-Z_]+)\}")

# Keys of the data file that hold words (compared as a set) or one regular expression;
# every other list keeps its order.
_WORD_LISTS = frozenset({"acronyms", "not_names"})
_ONE_PATTERN = frozenset({"negated", "turns"})


@dataclass(frozen=True, slots=True)
class _Lists:
    """The lists of one language (and the common ones), by their key in the data file."""

    ordered: dict[str, tuple[str, ...]]  # phrases and patterns, parts filled in
    words: dict[str, frozenset[str]]
    single: dict[str, str]  # one regular expression each


@functools.cache
def _phrase_data() -> dict[str, dict[str, Any]]:
    """resources/tone_phrases.json as it is written (read once)."""
    text = resource_folder().joinpath(PHRASES_FILE).read_text("utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)
    return data


@functools.cache
def _phrase_lists(language: str) -> _Lists:
    """The common lists and those of `language` ("en", "de"), the parts of its patterns
    filled in. A German draft also gets the English acronyms and scare quotes."""
    data = _phrase_data()
    section = {**data["common"], **data[language]}
    parts: dict[str, str] = section.pop("parts")
    lists = _Lists({}, {}, {})
    for key, value in section.items():
        if key in _ONE_PATTERN:
            lists.single[key] = str(value)
        elif key in _WORD_LISTS:
            lists.words[key] = frozenset(value)
        else:
            lists.ordered[key] = tuple(_PART.sub(lambda m: parts[m[1]], item) for item in value)
    if language != "en":
        english = _phrase_lists("en")
        lists.words["acronyms"] = english.words["acronyms"] | lists.words["acronyms"]
        lists.ordered["scare_quotes"] = (
            english.ordered["scare_quotes"] + lists.ordered["scare_quotes"]
        )
    return lists


def _phrase_regex(phrase: str) -> str:
    ending = r"\w*" if phrase.endswith("*") else ""
    parts: list[str] = []
    for char in phrase.rstrip("*").lower():
        if char in "'’":
            parts.append("['’]?")
        elif char == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
    return "".join(parts).replace(r",\s+", r",?\s+") + ending


def _phrases(phrases: Iterable[str], extra: Iterable[str] = ()) -> re.Pattern[str]:
    # Longest first, so "as i already said" wins over "as i said".
    words = sorted((_phrase_regex(p) for p in phrases), key=len, reverse=True)
    alternatives = [r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", *extra]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def _any(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@dataclass(frozen=True, slots=True)
class _Rules:
    """The word lists of one language the check reads, compiled."""

    language: str
    blaming: re.Pattern[str]
    arguing: re.Pattern[str]
    sarcasm: re.Pattern[str]
    scare_quotes: Sequence[re.Pattern[str]]
    acknowledged: re.Pattern[str]
    negated: re.Pattern[str]
    review_request: re.Pattern[str]
    review_trade: re.Pattern[str]
    offer: re.Pattern[str]
    acronyms: frozenset[str]
    greeting: re.Pattern[str]
    name_cue: re.Pattern[str]
    turn: re.Pattern[str]
    order: re.Pattern[str]  # order numbers (the same in every language)
    not_names: frozenset[str]  # capitalised words that are not names (the same in every language)


@functools.cache
def _rules(language: str) -> _Rules:
    """The compiled rules of "en" or "de", built at the first check in that language."""
    lists = _phrase_lists(language)
    patterns, words = lists.ordered, lists.words

    def whole(key: str) -> re.Pattern[str]:
        return _any(f"(?<!\\w){p}(?!\\w)" for p in patterns[key])

    def cues(key: str, after: str) -> re.Pattern[str]:
        return re.compile(r"(?i)(?<!\w)(?:" + "|".join(patterns[key]) + r")" + after)

    return _Rules(
        language=language,
        blaming=_phrases(patterns["blaming_phrases"], patterns["blaming_patterns"]),
        arguing=_phrases(patterns["arguing_phrases"], patterns["arguing_patterns"]),
        sarcasm=_phrases(patterns["sarcasm_phrases"]),
        scare_quotes=[re.compile(p) for p in patterns["scare_quotes"]],
        acknowledged=_phrases(patterns["acknowledgements"]),
        negated=re.compile(lists.single["negated"]),
        review_request=whole("review_change_requests"),
        review_trade=whole("review_trades"),
        offer=_any(patterns["offer_words"]),
        acronyms=words["acronyms"],
        greeting=cues("greeting_cues", r"[ \t,]+"),
        name_cue=cues("name_cues", r"[ \t]+"),
        turn=re.compile(lists.single["turns"]),
        order=_order_numbers(),
        not_names=words["not_names"],
    )


@functools.cache
def _order_numbers() -> re.Pattern[str]:
    """Order numbers read the same in every language: one pattern, compiled once."""
    return _any(_phrase_lists("en").ordered["order_numbers"], flags=0)


# -- the check -----------------------------------------------------------------------------


def check_tone(
    draft: str,
    *,
    comment_text: str,
    channel: str,
    complaint_valid: str | None,
    compensation_offered: bool,
    triage: Triage | None = None,
    known_words: Iterable[str] = (),
    offer_code: str | None = None,
) -> list[ToneFlag]:
    """Everything in `draft` worth changing, blocking flags first, then in reading order.

    `channel` is "public", "private" or "email"; `complaint_valid` is "valid", "partly",
    "not_valid" or None (not decided). `known_words` are the shop's own names, product
    names and codes: words written in capitals or quotes on purpose, and not a customer's
    details. A blank draft has nothing to check. Pass a `Triage` to reuse its loaded
    sentiment lexicon; otherwise one shared copy is used. `offer_code` is the code of the
    discount or free item the reply offers: it must reach the customer privately, never in
    public where anyone could use it.
    """
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, not {channel!r}")
    if complaint_valid is not None and complaint_valid not in VALIDITY:
        raise ValueError(
            f"complaint_valid must be one of {', '.join(VALIDITY)} or None, not {complaint_valid!r}"
        )
    if not draft.strip():
        return []
    known = _Known.of([*known_words, *([offer_code] if offer_code else [])])
    flags: list[ToneFlag] = []
    taken: list[tuple[int, int]] = []  # text already explained by a more serious flag
    language = languages.detect(draft)
    rules = _rules("de" if language == "de" else "en")
    if not languages.understood(language):
        # Only what needs no words; the rest would be guessing.
        flags += _shouting(draft, known, rules)
        flags += _offer_code(draft, channel, offer_code)
        if channel == "public":
            flags += _private_details(draft, comment_text, known, rules)
        flags.append(_not_checked_flag(language or ""))
        return _in_order(flags)

    flags += _review_for_reward(draft, compensation_offered, taken, rules)
    flags += _phrase_flags(draft, rules.blaming, _blaming_flag, taken)
    flags += _phrase_flags(draft, rules.arguing, _arguing_flag, taken)
    flags += _phrase_flags(draft, rules.sarcasm, _sarcasm_flag, taken)
    flags += _scare_quotes(draft, known, taken, rules)
    flags += _shouting(draft, known, rules)
    flags += _offer_code(draft, channel, offer_code)
    if channel == "public":
        flags += _private_details(draft, comment_text, known, rules)

    owned = _acknowledgements(draft, taken, rules)
    if complaint_valid in ("valid", "partly") and not owned:
        flags.append(_no_apology_flag(complaint_valid))
    negative = _negative_tone(draft, owned, triage or _shared_triage(), rules)
    if negative is not None:
        flags.append(negative)
    return _in_order(flags)


def blocking_flags(flags: Iterable[ToneFlag]) -> list[ToneFlag]:
    """The flags that stop a reply from being sent."""
    return [flag for flag in flags if flag.blocking]


def summary(flags: Sequence[ToneFlag]) -> str:
    """One line for above the flag list."""
    if not flags:
        return translate("ToneCheck", "Nothing to change: the reply reads calm and professional.")
    must = len(blocking_flags(flags))
    rest = len(flags) - must
    # One source text for one and one for more (English verbs agree with the number, "1
    # thing is", "2 things are"), both with %n, so no language depends on plural forms.
    if not must:
        if rest == 1:
            return translate("ToneCheck", "%n thing is worth a second look.", None, rest)
        return translate("ToneCheck", "%n things are worth a second look.", None, rest)
    if rest == 1:
        more = translate("ToneCheck", "%n more is worth a second look", None, rest)
    else:
        more = translate("ToneCheck", "%n more are worth a second look", None, rest)
    if must == 1:
        if not rest:
            return translate("ToneCheck", "%n problem must be fixed before sending.", None, must)
        fix = translate(
            "ToneCheck", "%n problem must be fixed before sending, and {more}.", None, must
        )
    else:
        if not rest:
            return translate("ToneCheck", "%n problems must be fixed before sending.", None, must)
        fix = translate(
            "ToneCheck", "%n problems must be fixed before sending, and {more}.", None, must
        )
    return fix.format(more=more)


def utf16_span(draft: str, span: tuple[int, int]) -> tuple[int, int]:
    """A flag's span in UTF-16 code units, as Qt text cursors count (emoji count as two)."""

    def units(index: int) -> int:
        return len(draft[:index].encode("utf-16-le")) // 2

    return units(span[0]), units(span[1])


# -- the individual checks -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Known:
    """The owner's own words, compared without case."""

    words: frozenset[str]  # single words
    phrases: frozenset[str]  # whole entries, spaces squeezed

    @classmethod
    def of(cls, entries: Iterable[str]) -> _Known:
        phrases = {" ".join(entry.split()).casefold() for entry in entries}
        phrases.discard("")
        # Whole hyphenated words ("FD-MRFA-GNAQ") and their parts ("MRFA"), which the
        # shouting check sees one by one.
        words = {
            word.casefold()
            for phrase in phrases
            for word in (*re.findall(r"[\w-]+", phrase), *re.findall(r"\w+", phrase))
        }
        return cls(frozenset(words), frozenset(phrases))

    def has(self, text: str) -> bool:
        squeezed = " ".join(text.split()).casefold()
        return squeezed in self.phrases or squeezed in self.words


def _overlaps(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _quote(text: str) -> str:
    squeezed = " ".join(text.split())
    if len(squeezed) > _MAX_HIT_SHOWN:
        squeezed = squeezed[: _MAX_HIT_SHOWN - 1].rstrip() + "…"
    return translate("ToneCheck", "“{text}”", "quoting the draft").format(text=squeezed)


def _flag(kind: ToneKind, reason: str, suggestion: str, span: tuple[int, int] | None) -> ToneFlag:
    return ToneFlag(kind, reason, suggestion, kind.blocking, span)


def _review_for_reward(
    draft: str, compensation_offered: bool, taken: list[tuple[int, int]], rules: _Rules
) -> list[ToneFlag]:
    matches = list(rules.review_trade.finditer(draft))
    if compensation_offered or rules.offer.search(draft):
        matches += rules.review_request.finditer(draft)
    flags: list[ToneFlag] = []
    for match in sorted(matches, key=lambda m: m.start()):
        if len(flags) >= MAX_FLAGS_PER_KIND:
            break
        if _overlaps(match.span(), taken):
            continue
        taken.append(match.span())
        flags.append(
            _flag(
                ToneKind.REVIEW_FOR_REWARD,
                translate(
                    "ToneCheck",
                    "{quote} ties what you offer to the customer's review. Google and the other "
                    "review platforms forbid offering anything in return for changing or "
                    "removing a review: the reply can be taken down and the shop's listing "
                    "penalised.",
                ).format(quote=_quote(match.group())),
                translate(
                    "ToneCheck",
                    "Make the offer with no strings attached and leave the review out of this "
                    "reply. When things are put right, many customers update their review on "
                    "their own.",
                ),
                match.span(),
            )
        )
    return flags


def _phrase_flags(
    draft: str,
    pattern: re.Pattern[str],
    make: _FlagMaker,
    taken: list[tuple[int, int]],
) -> list[ToneFlag]:
    flags: list[ToneFlag] = []
    for match in pattern.finditer(draft):
        if len(flags) >= MAX_FLAGS_PER_KIND:
            break
        start, end = match.span()
        while start < end and draft[start].isspace():  # "Again," after a line break
            start += 1
        if start == end or _overlaps((start, end), taken):
            continue
        taken.append((start, end))
        flags.append(make(draft[start:end], (start, end)))
    return flags


def _blaming_flag(hit: str, span: tuple[int, int]) -> ToneFlag:
    return _flag(
        ToneKind.BLAMING,
        translate(
            "ToneCheck",
            "{quote} sounds defensive and puts the blame on the customer. People reading "
            "along tend to take the customer's side when a shop answers like this.",
        ).format(quote=_quote(hit)),
        translate(
            "ToneCheck",
            "Leave out whose fault it was and say what you will do now, for example: "
            "“Let's sort this out: I can send a replacement today.”",
        ),
        span,
    )


def _arguing_flag(hit: str, span: tuple[int, int]) -> ToneFlag:
    return _flag(
        ToneKind.ARGUING,
        translate(
            "ToneCheck",
            "{quote} carries on an argument. A back-and-forth in public rarely changes "
            "anyone's mind and is there for everyone to read.",
        ).format(quote=_quote(hit)),
        translate(
            "ToneCheck",
            "Make your point once, kindly, and offer to carry on by private message or e-mail.",
        ),
        span,
    )


def _sarcasm_flag(hit: str, span: tuple[int, int]) -> ToneFlag:
    return _flag(
        ToneKind.SARCASM,
        translate(
            "ToneCheck",
            "{quote} can read as sarcastic. Irony does not come across in writing; "
            "it reads as mockery.",
        ).format(quote=_quote(hit)),
        translate(
            "ToneCheck",
            "Say exactly what you mean in plain words, for example: “I'm sorry the order "
            "wasn't what you hoped for.”",
        ),
        span,
    )


def _scare_quotes(
    draft: str, known: _Known, taken: list[tuple[int, int]], rules: _Rules
) -> list[ToneFlag]:
    flags: list[ToneFlag] = []
    for pattern in rules.scare_quotes:
        for match in pattern.finditer(draft):
            if len(flags) >= MAX_FLAGS_PER_KIND:
                break
            word = match.group("word")
            if word.isupper() or known.has(word) or _overlaps(match.span(), taken):
                continue  # a code such as "WELCOME", or the name of one of the shop's products
            taken.append(match.span())
            flags.append(
                _flag(
                    ToneKind.SARCASM,
                    translate(
                        "ToneCheck",
                        "Quotation marks around {quote} suggest you don't believe the "
                        "customer, and read as sarcasm.",
                    ).format(quote=_quote(word)),
                    translate(
                        "ToneCheck",
                        "Remove the quotation marks, or describe the issue in your own words.",
                    ),
                    match.span(),
                )
            )
    return flags


def _is_code(draft: str, start: int, end: int) -> bool:
    """Whether a word in capitals is part of a discount code such as SORRY-10 or FD-7KQM."""
    while start > 0 and _TOKEN_CHARS.match(draft[start - 1]):
        start -= 1
    while end < len(draft) and _TOKEN_CHARS.match(draft[end]):
        end += 1
    token = draft[start:end]
    return any(c.isdigit() for c in token) or bool(
        _AFTER_CODE.search(draft[max(0, start - 12) : start])
    )


def _shouting(draft: str, known: _Known, rules: _Rules) -> list[ToneFlag]:
    runs: list[list[int]] = []
    for match in _CAPS_WORD.finditer(draft):
        word = match.group()
        if not word.isupper() or word.upper() in rules.acronyms or known.has(word):
            continue
        if _is_code(draft, match.start(), match.end()):
            continue
        gap = draft[runs[-1][1] : match.start()] if runs else "x"
        if runs and len(gap) <= 12 and not any(c.islower() or c.isdigit() for c in gap):
            runs[-1][1] = match.end()  # "THIS IS NOT OK" is one shout, not three
        elif len(runs) < MAX_FLAGS_PER_KIND:
            runs.append([match.start(), match.end()])
        else:
            break
    flags = [
        _flag(
            ToneKind.SHOUTING,
            translate(
                "ToneCheck", "{quote} is written in capitals, which reads as shouting."
            ).format(quote=_quote(draft[start:end])),
            translate(
                "ToneCheck",
                "Write it in ordinary letters. If something needs weight, let the words carry it.",
            ),
            (start, end),
        )
        for start, end in runs
    ]
    flags += [
        _flag(
            ToneKind.SHOUTING,
            translate(
                "ToneCheck", "{quote}: a row of exclamation marks reads as anger or shouting."
            ).format(quote=_quote(match.group())),
            translate(
                "ToneCheck",
                "End the sentence with a full stop, or a single exclamation mark at most.",
            ),
            match.span(),
        )
        for match in itertools.islice(_BANGS.finditer(draft), MAX_FLAGS_PER_KIND)
    ]
    return flags


def _private_details(draft: str, comment_text: str, known: _Known, rules: _Rules) -> list[ToneFlag]:
    found: list[tuple[tuple[int, int], str]] = []
    from_comment = _squeeze(comment_text)
    comment_digits = re.sub(r"\D", "", comment_text)

    def add(span: tuple[int, int], what: str) -> None:
        if len(found) < MAX_FLAGS_PER_KIND and not _overlaps(span, (f[0] for f in found)):
            found.append((span, what))

    def customers(match: re.Match[str], digits: bool = False) -> bool:
        """Whether a contact detail is the customer's, not the shop's own."""
        text = match.group()
        if known.has(text):
            return False
        if _squeeze(text) in from_comment:
            return True
        if digits and re.sub(r"\D", "", text) in comment_digits:
            return True
        line_start = draft.rfind("\n", 0, match.start()) + 1
        before = draft[max(line_start, match.start() - 40) : match.start()]
        return bool(_THEIR_CONTACT.search(before)) or not _OWN_CONTACT.search(before)

    for match in _EMAIL.finditer(draft):
        if customers(match):
            add(match.span(), "an e-mail address")
    for match in rules.order.finditer(draft):
        text = match.group()
        if known.has(text) or _AFTER_CODE.search(draft[max(0, match.start() - 12) : match.start()]):
            continue
        add(match.span(), "an order number")
    for match in _PHONE.finditer(draft):
        if customers(match, digits=True):
            add(match.span(), "a phone number")
    for pattern, what in ((_STREET, "a street address"), (_POSTCODE, "a postcode")):
        for match in pattern.finditer(draft):
            if customers(match):
                add(match.span(), what)
    for span in _full_names(draft, comment_text, known, rules):
        add(span, "a full name")

    flags: list[ToneFlag] = []
    for (start, end), what in sorted(found):
        name = what == "a full name"
        flags.append(
            _flag(
                ToneKind.PRIVATE_DETAILS,
                translate("ToneCheck", _PRIVATE_DETAIL_REASONS[what]).format(
                    quote=_quote(draft[start:end])
                ),
                translate("ToneCheck", "Greet the customer by their first name only.")
                if name
                else translate(
                    "ToneCheck",
                    "Take it out. Ask the customer to send you the details by private "
                    "message or e-mail, and deal with them there.",
                ),
                (start, end),
            )
        )
    return flags


# Whole sentences for each kind of detail (word order and articles differ by language).
_PRIVATE_DETAIL_REASONS = {
    "an e-mail address": QT_TRANSLATE_NOOP(
        "ToneCheck",
        "This reply is public and it shows an e-mail address: {quote}. Anyone can read, "
        "copy and misuse it, and the customer never agreed to have it shown.",
    ),
    "an order number": QT_TRANSLATE_NOOP(
        "ToneCheck",
        "This reply is public and it shows an order number: {quote}. Anyone can read, "
        "copy and misuse it, and the customer never agreed to have it shown.",
    ),
    "a phone number": QT_TRANSLATE_NOOP(
        "ToneCheck",
        "This reply is public and it shows a phone number: {quote}. Anyone can read, "
        "copy and misuse it, and the customer never agreed to have it shown.",
    ),
    "a street address": QT_TRANSLATE_NOOP(
        "ToneCheck",
        "This reply is public and it shows a street address: {quote}. Anyone can read, "
        "copy and misuse it, and the customer never agreed to have it shown.",
    ),
    "a postcode": QT_TRANSLATE_NOOP(
        "ToneCheck",
        "This reply is public and it shows a postcode: {quote}. Anyone can read, "
        "copy and misuse it, and the customer never agreed to have it shown.",
    ),
    "a full name": QT_TRANSLATE_NOOP(
        "ToneCheck",
        "This reply is public and it shows a full name: {quote}. Anyone can read, "
        "copy and misuse it, and the customer never agreed to have it shown.",
    ),
}


def _squeeze(text: str) -> str:
    return " ".join(text.split()).casefold()


def _capitalised_run(
    text: str, start: int, not_names: frozenset[str], limit: int = 3
) -> tuple[int, int, int]:
    """(start, end, words) of the capitalised words at `start`, e.g. "Jane Doe" in "Jane Doe
    wrote"; words stop at a line break and at anything that is not a name."""
    end = start
    count = 0
    position = start
    while count < limit:
        match = _WORD.match(text, position)
        if not match:
            break
        word = match.group()
        if not (word[0].isupper() and not word.isupper()) or word.casefold() in not_names:
            break
        end = match.end()
        count += 1
        gap = re.match(r"[ \t]+", text[end:])
        if not gap:
            break
        position = end + gap.end()
    return start, end, count


def _names_in_comment(comment_text: str, known: _Known, rules: _Rules) -> set[str]:
    names: set[str] = set()
    for cue in rules.name_cue.finditer(comment_text):
        start, end, count = _capitalised_run(comment_text, cue.end(), rules.not_names)
        if count >= 2:
            names.add(comment_text[start:end])
    sign_off = _SIGN_OFF.search(comment_text.rstrip())
    if sign_off:
        start, end, count = _capitalised_run(comment_text, sign_off.start("name"), rules.not_names)
        if count >= 2 and end == sign_off.end("name"):
            names.add(comment_text[start:end])
    return {name for name in names if not known.has(name)}


def _full_names(
    draft: str, comment_text: str, known: _Known, rules: _Rules
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in sorted(_names_in_comment(comment_text, known, rules), key=len, reverse=True):
        words = r"\s+".join(re.escape(word) for word in name.split())
        for match in re.finditer(rf"(?<!\w){words}(?!\w)", draft, re.IGNORECASE):
            spans.append(match.span())
    for cue in rules.greeting.finditer(draft):
        start, end, count = _capitalised_run(draft, cue.end(), rules.not_names)
        if count >= 2 and not known.has(draft[start:end]):
            spans.append((start, end))
    return spans


def _acknowledgements(
    draft: str, taken: list[tuple[int, int]], rules: _Rules
) -> list[tuple[int, int]]:
    """Where the draft owns the problem; not "sorry you feel that way", not "not sorry"."""
    owned: list[tuple[int, int]] = []
    for match in rules.acknowledged.finditer(draft):
        if _overlaps(match.span(), taken):
            continue
        if rules.negated.search(draft[max(0, match.start() - 12) : match.start()]):
            continue
        owned.append(match.span())
    return owned


# The shape of the codes Feedback Desk makes (core.compensation.new_code): FD-XXXX-XXXX.
_OUR_CODE = re.compile(r"\bFD-[A-Z0-9]{4}-[A-Z0-9]{4}\b", re.IGNORECASE)


def _offer_code(draft: str, channel: str, offer_code: str | None) -> list[ToneFlag]:
    """A code posted in public can be used by anyone; a private offer without its code
    never reaches the customer."""
    spans = [m.span() for m in _OUR_CODE.finditer(draft)]
    if offer_code:
        start = draft.lower().find(offer_code.lower())
        if start >= 0 and all(s != start for s, _ in spans):
            spans.append((start, start + len(offer_code)))
    if channel == "public" and spans:
        return [
            _flag(
                ToneKind.CODE_IN_PUBLIC,
                translate(
                    "ToneCheck",
                    "A discount code in a public reply can be used by anyone who reads it.",
                ),
                translate(
                    "ToneCheck",
                    "Send the code in a private message or an e-mail; in public, say you will "
                    "be in touch to put things right.",
                ),
                sorted(spans)[0],
            )
        ]
    if channel != "public" and offer_code and not spans:
        return [
            _flag(
                ToneKind.CODE_MISSING,
                translate(
                    "ToneCheck",
                    "You are offering something with the code {offer_code}, but the reply "
                    "does not give the code, so the customer cannot use it.",
                ).format(offer_code=offer_code),
                # {code} and {discount} are the draft's own placeholders, shown as they are.
                translate(
                    "ToneCheck",
                    "Add {code} where you make the offer (and {discount} to say what it is).",
                ),
                None,
            )
        ]
    return []


def _no_apology_flag(complaint_valid: str) -> ToneFlag:
    if complaint_valid == "valid":
        reason = translate(
            "ToneCheck",
            "You marked this complaint as valid, but the reply neither apologises nor admits "
            "what went wrong. Owning the problem is what calms most customers down.",
        )
    else:
        reason = translate(
            "ToneCheck",
            "You marked this complaint as partly valid, but the reply neither apologises nor "
            "admits what went wrong. Owning the problem is what calms most customers down.",
        )
    return _flag(
        ToneKind.NO_APOLOGY,
        reason,
        translate(
            "ToneCheck",
            "Start by owning it, for example: “You're right, and I'm sorry: that isn't the "
            "standard we aim for.”",
        ),
        None,
    )


def _not_checked_flag(language: str) -> ToneFlag:
    return _flag(
        ToneKind.NOT_CHECKED,
        translate(
            "ToneCheck",
            "Not checked: this draft is written in {language}; the tone check reads English "
            "and German.",
        ).format(language=languages.language_name(language)),
        translate(
            "ToneCheck",
            "Read it through once more yourself before sending: is it calm, does it own the "
            "problem, and does it say what happens next?",
        ),
        None,
    )


def _clauses(text: str, turns: re.Pattern[str]) -> list[tuple[int, int]]:
    """Sentences, cut again at "but" and "however": "Sorry, but ..." is two clauses."""
    spans: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(text):
        start = sentence.start()
        for turn in turns.finditer(text, sentence.start(), sentence.end()):
            if text[start : turn.start()].strip():
                spans.append((start, turn.start()))
                start = turn.start()
        if text[start : sentence.end()].strip():
            spans.append((start, sentence.end()))
    return spans


def _negative_tone(
    draft: str, owned: list[tuple[int, int]], triage: Triage, rules: _Rules
) -> ToneFlag | None:
    """The reply's mood without its apologies: VADER reads "sorry" and "our mistake" as
    sad, yet owning a problem is exactly what a good reply does."""
    head = draft[:_SCORED_CHARACTERS]
    scored = [
        (start, end)
        for start, end in _clauses(head, rules.turn)
        if not any(start <= own_start < end for own_start, _ in owned)
    ]
    if not scored:
        return None
    joined = " ".join(head[start:end] for start, end in scored)
    score = triage.sentiment(joined, rules.language)
    if score >= NEGATIVE_TONE_BELOW:
        return None
    worst: tuple[float, tuple[int, int]] | None = None
    for start, end in scored[:50]:
        clause = triage.sentiment(head[start:end], rules.language)
        if worst is None or clause < worst[0]:
            worst = (clause, (start, end))
    span = None
    if worst is not None and worst[0] < 0:
        start, end = worst[1]
        while start < end and head[start].isspace():
            start += 1
        while end > start and head[end - 1].isspace():
            end -= 1
        span = (start, end)
    return _flag(
        ToneKind.NEGATIVE_TONE,
        translate(
            "ToneCheck",
            "Taken as a whole, the reply sounds more upset than helpful, even where each word "
            "is polite. Readers remember the mood more than the facts.",
        ),
        translate(
            "ToneCheck",
            "Cut the complaints about the situation and say what happens next, for example "
            "how you will put it right and that you hope to see them again.",
        ),
        span,
    )


@functools.cache
def _shared_triage() -> Triage:
    return Triage()


def _in_order(flags: list[ToneFlag]) -> list[ToneFlag]:
    unique = list(dict.fromkeys(flags))

    def key(flag: ToneFlag) -> tuple[bool, int, int]:
        start = flag.span[0] if flag.span else sys.maxsize  # whole-draft flags after the rest
        return (not flag.blocking, start, _KIND_ORDER.index(flag.kind))

    return sorted(unique, key=key)
