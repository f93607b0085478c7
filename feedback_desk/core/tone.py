"""The tone check: what in a draft reply could make things worse, and what to write instead.

The reply wizard runs it on every change to the draft, so it is a handful of regular
expressions and one VADER score. Each finding is a `ToneFlag` with a plain reason, a
suggestion and, where it can, the stretch of the draft to highlight. Two kinds block
sending: shouting, and an offer that depends on the customer changing or removing their
review (review platforms forbid that). The rest are advice the owner may overrule.

Phrase lists below are data: lower case, a space matches any run of spaces or line breaks,
an apostrophe is optional and may be straight or curly ("it's" also finds "its" and
"it’s"), ", " also matches without the comma, and a trailing * stands for any ending.
Every phrase must stand as whole words, so "calm down" never fires inside "becalm downs".

The check reads English and German drafts (core.languages tells them apart; German has its
own phrase lists below and the German polarity list of the triage). A draft in another
language gets the checks that need no words (capitals, exclamation marks, contact
details, the offer's code) and one plain, non-blocking flag saying the rest was not
checked. Reasons, suggestions and labels are in the interface language (translate with
context "ToneCheck").
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from . import languages
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


# -- phrase lists --------------------------------------------------------------------------

# Defensive or blaming: the customer is told it was their own doing.
BLAMING_PHRASES = (
    "you should have",
    "you should've",
    "you ought to have",
    "it's your fault",
    "it is your fault",
    "it was your fault",
    "your own fault",
    "you didn't read",
    "you did not read",
    "if you had read",
    "if you'd read",
    "learn to read",
    "you failed to",
    "that's not our problem",
    "that is not our problem",
    "not our problem",
    "not my problem",
    "not our fault",
    "not my fault",
    "we are not responsible",
    "we're not responsible",
    "we did nothing wrong",
    "you obviously",
    "calm down",
    "with all due respect",
    "no other customer has complained",
    "no other customers have complained",
    "no one else has complained",
    "no one else complained",
    "nobody else has complained",
    "nobody else complained",
    "everyone else loved",
    "you're the only one",
    "you are the only one",
    "you people",
    "how dare you",
    "you're wrong",
    "you are wrong",
    "you're lying",
    "you are lying",
    "get your facts straight",
    "you misunderstood",
    "you need to understand",
    "you have to understand",
    "what did you expect",
    "if you don't like it",
    "shop elsewhere",
    "take your business elsewhere",
    "don't come back",
)

# Arguing: keeping a back-and-forth going instead of ending it.
ARGUING_PHRASES = (
    "as i already said",
    "as i said before",
    "as i said",
    "as we said",
    "as we already said",
    "as i've said",
    "as we've said",
    "as i told you",
    "as we told you",
    "as i've told you",
    "as we've told you",
    "like i told you",
    "like i said",
    "like we said",
    "as previously stated",
    "as already explained",
    "as i explained",
    "as we explained",
    "i've already explained",
    "we've already explained",
    "for the last time",
    "how many times",
    "i repeat",
    "let me repeat",
    "let me be clear",
    "actually, you",
    "once again, you",
    "you keep saying",
    "you keep ignoring",
    "you're not listening",
    "you are not listening",
    "read my previous",
    "read my last",
)

# Arguing patterns that are not plain phrases: "Again, ..." opening a sentence.
ARGUING_PATTERNS = (r"(?:^|(?<=[.!?:;\n])|(?<=[.!?:;]\s))\s*again,",)

# Sarcasm: politeness that reads as mockery in writing.
SARCASM_PHRASES = (
    "sorry you feel that way",
    "sorry that you feel that way",
    "sorry if you feel",
    "sorry you think",
    "sorry if you were offended",
    "sorry if you're offended",
    "sorry you were offended",
    "sorry if you took offence",
    "sorry if you took offense",
    "thanks for nothing",
    "obviously",
    "clearly you",
    "clearly, you",
    "apparently you",
    "good luck with that",
    "nice try",
    "if you say so",
    "whatever you say",
    "what a surprise",
    "bless your heart",
    "wow,",
    "just wow",
    "/s",
    "lol",
    "🙄",
    "😒",
)

# Sarcasm patterns: one word in quotation marks, like "problem" (scare quotes).
SCARE_QUOTES = (
    r'"(?P<word>[^\W\d_][\w’\'-]*)"',
    r"“(?P<word>[^\W\d_][\w’'-]*)”",
    r"(?<!\w)'(?P<word>[^\W\d_][\w-]*)'(?!\w)",
    r"(?<!\w)‘(?P<word>[^\W\d_][\w-]*)’(?!\w)",
)

# Owning the problem: apologies and acknowledgements. A complaint marked valid needs one.
ACKNOWLEDGEMENTS = (
    "sorry",
    "apolog*",
    "regret*",
    "you're right",
    "you are right",
    "you're absolutely right",
    "you are absolutely right",
    "you have a point",
    "fair point",
    "that's fair",
    "fair feedback",
    "fair criticism",
    "thank you for telling us",
    "thank you for letting us know",
    "thank you for pointing",
    "thank you for flagging",
    "thank you for raising",
    "thank you for bringing",
    "thank you for your honest",
    "thanks for telling us",
    "thanks for letting us know",
    "thanks for pointing",
    "thanks for flagging",
    "thanks for raising",
    "thanks for your honest",
    "we got this wrong",
    "we got it wrong",
    "that's on us",
    "that is on us",
    "that one's on us",
    "our fault",
    "my fault",
    "our mistake",
    "my mistake",
    "we made a mistake",
    "we messed up",
    "i messed up",
    "let you down",
    "should not have happened",
    "shouldn't have happened",
    "not good enough",
    "not the standard",
    "not up to standard",
    "fell short",
    "dropped the ball",
    "put it right",
    "put this right",
    "put things right",
    "make it right",
    "make this right",
    "make things right",
    "i understand",
    "we understand",
    "i can see why",
    "we can see why",
    "i can imagine",
    "i can only imagine",
    "that must have been",
    "it must have been",
    "we hear you",
    "i hear you",
)

# Words in capitals that are abbreviations, not raised voices (two letters never count).
ACRONYMS = frozenset(
    {
        "USA", "FAQ", "ASAP", "PDF", "ETA", "DIY", "SMS", "URL", "VAT", "UPS", "DHL", "DPD",
        "USPS", "FEDEX", "GBP", "USD", "EUR", "CEO", "RSVP", "BLT", "IPA", "NHS", "BBC",
        "ATM", "GPS", "XXL", "XXS", "LED", "USB", "COVID", "NYC", "BBQ", "TBC", "TBA", "FYI",
        "CCTV", "POS", "SKU", "RRP", "ISBN", "MOT", "PIN", "APR", "ISO", "GMT", "UTC", "BST",
        "CET", "EST", "PST", "AKA", "DOB", "NGO", "DMS", "OMG", "IMO", "TBH", "HTML", "WIFI",
    }
)  # fmt: skip

# Asking for the review to change. Fine alone; with any offer in play it is a trade.
_VERB = (
    r"(?:remov|delet|chang|edit|updat|amend|revis|withdr[ae]w|retract|reconsider|adjust"
    r"|revisit|bump)\w*"
)
_REVIEW = r"(?:reviews?|comments?|ratings?|posts?|feedback|stars?|star\s+ratings?)"
_FILLER = r"(?:(?!(?:and|or|then|but|to|so|our|my|this)\b)[\w’'-]+\s+)"
REVIEW_CHANGE_REQUESTS = (
    # "update your review", "remove the 1-star comment", "change your rating"
    rf"{_VERB}\s+(?:up\s+)?(?:(?:your|the|that|their|it)\s+)?{_FILLER}{{0,2}}{_REVIEW}",
    # "take your review down", "take down the comment"
    rf"take\s+(?:your|the|this|that)\s+{_FILLER}{{0,2}}{_REVIEW}\s+down",
    rf"take\s+down\s+(?:your|the|this|that)\s+{_FILLER}{{0,2}}{_REVIEW}",
    # "once the review is gone", "when your comment has been removed"
    rf"{_REVIEW}\s+(?:is|are|was|gets|has\s+been|have\s+been)\s+"
    r"(?:gone|down|removed|deleted|changed|updated|edited|amended|taken\s+down)",
    # "give us 5 stars", "change it to five stars", "leave us a better review"
    r"(?:give|leave|rate|raise|bump|change|update|move)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:5|five)[\s-]*stars?",
    r"(?:leave|write|give|post)\w*\s+(?:us\s+)?(?:a\s+|an\s+)?"
    r"(?:better|higher|nicer|kinder|good|great|positive|glowing|fairer)\s+(?:review|rating)",
)

# Trades by their very wording, whatever else the reply says.
REVIEW_TRADES = (
    r"in\s+(?:exchange|return)\s+for\s+(?:\w+\s+){0,3}?(?:reviews?|ratings?|stars?)",
    r"(?:5|five)[\s-]*stars?\s+(?:and|&)\s+(?:we|i)(?:['’]ll|\s+will|\s+can)",
    r"for\s+(?:a\s+)?(?:5|five)[\s-]*star\s+(?:reviews?|ratings?)",
)

# Anything on offer in the draft itself: discounts, refunds, free things.
OFFER_WORDS = (
    r"\d+\s*%",
    r"(?<!\w)(?:discount|refund|voucher|coupon|reimburs|compensat)\w*",
    r"(?<!\w)(?:percent\s+off|money\s+back|on\s+us|on\s+the\s+house|gift\s+card|store\s+credit)"
    r"(?!\w)",
    r"(?<!\w)(?:code|credit|replacement)(?!\w)",
    r"(?<!\w)(?<!feel\s)free(?!\w)(?!\s+to\b)",
)

# Private details a public reply must not show.
EMAIL_ADDRESS = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
PHONE_NUMBER = r"(?<![\w+(])(?:\+|\()?\d(?:[ \t()-]{0,2}\d){8,14}(?!\d)"
ORDER_NUMBERS = (
    r"#\s?\d{3,}(?!\w)",  # "#12345"
    r"(?<![\w-])[A-Z]{1,4}-?\d{3,}(?![\w-])",  # "JR-20931", "AB1234"
    # "order number 5512", "booking ref: 20931"
    r"(?<!\w)(?i:order|invoice|booking|reference|ref)\s*(?i:number|no\.?|num\.?|id)?\s*[:#]?\s*"
    r"\d[\d-]{3,}(?![\w-])",
)
STREET_ADDRESS = (
    r"(?<!\w)\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w’'.-]*\s+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Close|Way|Place|Crescent|Terrace|Gardens"
    r"|Grove|Boulevard|Blvd|Square|Court|Mews|Row|Parade|Walk|Hill)(?!\w)"
)
POSTCODE = r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\w-])"  # UK: "SW1A 1AA"

# Words before a contact detail that make it the shop's own ("e-mail us at", "our number").
_OWN_CONTACT = re.compile(r"(?i)(?<!\w)(?:us|our|me|my)(?!\w)")
_THEIR_CONTACT = re.compile(r"(?i)(?<!\w)(?:your|you['’]?re)(?!\w)")

# How a customer gives their name in a comment: "my name is ...", "Regards, ...", "Mrs ...".
NAME_CUES = (
    r"my\s+name\s+is",
    r"i\s+am",
    r"i['’]m",
    r"this\s+is",
    r"signed",
    r"regards,?",
    r"thanks,",
    r"thank\s+you,",
    r"cheers,",
    r"(?:mr|mrs|ms|miss|mx|dr)\.?",
)
GREETING_CUES = (r"hi", r"hello", r"hey", r"dear", r"good\s+(?:morning|afternoon|evening)")
# Capitalised words that are not names ("Dear Valued Customer").
NOT_NAMES = frozenset(
    {
        "customer", "customers", "valued", "team", "sir", "madam", "friend", "friends", "all",
        "everyone", "there", "folks", "the", "and", "very", "really", "so", "not", "just",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "i", "we", "you", "my", "our",
    }
)  # fmt: skip

# -- German phrase lists (the draft is in German) -------------------------------------------

BLAMING_PHRASES_DE = (
    "ihre eigene schuld",
    "selbst schuld",
    "selber schuld",
    "das ist ihr problem",
    "nicht unser problem",
    "nicht mein problem",
    "nicht unsere schuld",
    "nicht meine schuld",
    "wir sind nicht verantwortlich",
    "dafür sind wir nicht verantwortlich",
    "dafür können wir nichts",
    "wir haben nichts falsch gemacht",
    "hätten sie gelesen",
    "wenn sie gelesen hätten",
    "lesen sie doch",
    "lesen sie bitte genauer",
    "sie haben nicht gelesen",
    "offensichtlich haben sie",
    "beruhigen sie sich",
    "regen sie sich ab",
    "bei allem respekt",
    "kein anderer kunde hat sich beschwert",
    "keine andere kundin hat sich beschwert",
    "sonst hat sich niemand beschwert",
    "niemand sonst hat sich beschwert",
    "alle anderen waren zufrieden",
    "alle anderen kunden waren zufrieden",
    "sie sind der einzige",
    "sie sind die einzige",
    "leute wie sie",
    "wie können sie es wagen",
    "sie irren sich",
    "sie lügen",
    "sie haben unrecht",
    "sie haben das falsch verstanden",
    "sie haben es falsch verstanden",
    "sie müssen verstehen",
    "was haben sie erwartet",
    "wenn es ihnen nicht gefällt",
    "kaufen sie woanders",
    "gehen sie doch woanders hin",
    "kommen sie nicht wieder",
)
# "Sie hätten ... müssen / sollen", "Ihre Schuld" (not "nicht Ihre Schuld").
BLAMING_PATTERNS_DE = (
    r"(?<!\w)sie\s+hätten\s+(?:[\w’'-]+\s+){0,10}?(?:müssen|sollen)(?!\w)",
    r"(?<!\w)(?<!nicht\s)(?<!keine\s)ihre\s+schuld(?!\w)",
)

ARGUING_PHRASES_DE = (
    "wie bereits gesagt",
    "wie schon gesagt",
    "wie gesagt",
    "wie bereits erwähnt",
    "wie schon erwähnt",
    "wie bereits erklärt",
    "wie schon erklärt",
    "wie ich schon sagte",
    "wie ich bereits sagte",
    "wie wir schon sagten",
    "wie wir bereits sagten",
    "wie ich ihnen schon sagte",
    "wie wir ihnen bereits mitgeteilt haben",
    "ich wiederhole",
    "ich wiederhole mich",
    "zum letzten mal",
    "wie oft noch",
    "wie oft denn noch",
    "ich sage es noch einmal",
    "lassen sie mich klarstellen",
    "um es klar zu sagen",
    "das stimmt nicht",
    "das stimmt so nicht",
    "das ist nicht wahr",
    "das ist so nicht richtig",
    "das ist schlicht falsch",
    "sie hören nicht zu",
    "sie ignorieren",
    "sie behaupten",
    "lesen sie meine letzte",
    "lesen sie unsere letzte",
)
ARGUING_PATTERNS_DE = (r"(?:^|(?<=[.!?:;\n])|(?<=[.!?:;]\s))\s*(?:nochmal|noch\s+einmal),",)

SARCASM_PHRASES_DE = (
    "na toll",
    "na super",
    "na prima",
    "na klasse",
    "na bravo",
    "schön für sie",
    "schade, dass sie das so sehen",
    "tut mir leid, dass sie das so sehen",
    "tut uns leid, dass sie das so sehen",
    "tut mir leid, wenn sie sich",
    "tut uns leid, wenn sie sich",
    "es tut uns leid, wenn sie das so empfinden",
    "danke für nichts",
    "offensichtlich",
    "anscheinend haben sie",
    "scheinbar haben sie",
    "offenbar haben sie",
    "viel glück damit",
    "netter versuch",
    "wenn sie meinen",
    "wenn sie das sagen",
    "was für eine überraschung",
    "welch eine überraschung",
    "herzlichen glückwunsch",
    "wow,",
    "lol",
    "/s",
    "🙄",
    "😒",
)
# German quotation marks round one word: „Problem“.
SCARE_QUOTES_DE = (r"„(?P<word>[^\W\d_][\w’'-]*)“", r"‚(?P<word>[^\W\d_][\w’'-]*)‘")

ACKNOWLEDGEMENTS_DE = (
    "entschuldig*",
    "tut mir leid",
    "tut uns leid",
    "tut mir sehr leid",
    "tut uns sehr leid",
    "tut uns wirklich leid",
    "tut mir wirklich leid",
    "tut uns aufrichtig leid",
    "bedauer*",
    "verzeihung",
    "verzeihen sie",
    "sie haben recht",
    "sie haben völlig recht",
    "sie haben absolut recht",
    "da haben sie recht",
    "berechtigt*",
    "danke für ihren hinweis",
    "danke für den hinweis",
    "vielen dank für ihren hinweis",
    "vielen dank für den hinweis",
    "danke, dass sie uns",
    "vielen dank, dass sie uns",
    "danke für ihr ehrliches",
    "unser fehler",
    "mein fehler",
    "unsere schuld",
    "meine schuld",
    "das geht auf uns",
    "das geht auf unsere kappe",
    "wir haben einen fehler gemacht",
    "ist uns ein fehler",
    "hätte nicht passieren dürfen",
    "darf nicht passieren",
    "nicht in ordnung",
    "nicht unser anspruch",
    "nicht unserem anspruch",
    "nicht unseren ansprüchen",
    "wiedergutmachen",
    "wieder gutmachen",
    "in ordnung bringen",
    "ich verstehe",
    "wir verstehen",
    "ich kann verstehen",
    "wir können verstehen",
    "ich kann gut verstehen",
    "wir können gut verstehen",
    "nachvollziehbar",
    "ich kann nachvollziehen",
    "wir können nachvollziehen",
    "verständlich",
    "das muss ärgerlich",
    "das war sicher ärgerlich",
)

# Asking for the review to change, in German ("Ihre Bewertung ändern", "die Rezension löschen").
_REVIEW_DE = r"(?:bewertung|rezension|kommentar|sterne|beitrag|feedback)\w*"
_VERB_DE = (
    r"(?:ändern|änderst|löschen|entfernen|anpassen|überarbeiten|zurückziehen|zurücknehmen"
    r"|aktualisieren|korrigieren|überdenken|hochsetzen|verbessern)"
)
REVIEW_CHANGE_REQUESTS_DE = (
    rf"{_REVIEW_DE}\s+(?:[\w’'-]+\s+){{0,4}}?{_VERB_DE}",
    r"(?:5|fünf)\s*sterne",
    r"(?:bessere|positive|gute)\s+(?:bewertung|rezension)",
)
REVIEW_TRADES_DE = (
    r"im\s+gegenzug\s+(?:für|zu)\s+(?:[\w’'-]+\s+){0,3}?(?:bewertung|rezension|sterne)\w*",
    r"(?:5|fünf)\s*sterne\s+(?:und|&)\s+(?:wir|ich)\s+",
    r"für\s+(?:eine\s+)?(?:5|fünf)[\s-]*sterne[\s-]*bewertung",
)
OFFER_WORDS_DE = (
    r"\d+\s*%",
    r"(?<!\w)(?:rabatt|gutschein|gutschrift|erstatt|rückerstatt|entschädig|nachlass|geld\s+zurück)"
    r"\w*",
    r"(?<!\w)(?:gratis|kostenlos|umsonst|code|ersatz|geschenk)\w*",
)
# German abbreviations in capitals, on top of ACRONYMS.
ACRONYMS_DE = ACRONYMS | frozenset(
    {"AGB", "GMBH", "MWST", "UST", "PLZ", "USW", "BZW", "GLS", "KFZ", "PKW", "LKW", "WLAN"}
)
GREETING_CUES_DE = (
    r"hallo",
    r"hi",
    r"liebe[rs]?",
    r"sehr\s+geehrte[rs]?(?:\s+(?:frau|herr))?",
    r"guten\s+(?:tag|morgen|abend)",
    r"moin",
    r"servus",
    r"grüß\s+gott",
)
NAME_CUES_DE = (
    r"mein\s+name\s+ist",
    r"ich\s+bin",
    r"ich\s+heiße",
    r"(?:viele|liebe|beste|freundliche)\s+grüße,?",
    r"mit\s+freundlichen\s+grüßen,?",
    r"gruß,?",
)


# -- building the patterns -----------------------------------------------------------------


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


_BLAMING = _phrases(BLAMING_PHRASES)
_ARGUING = _phrases(ARGUING_PHRASES, ARGUING_PATTERNS)
_SARCASM = _phrases(SARCASM_PHRASES)
_SCARE_QUOTES = [re.compile(p) for p in SCARE_QUOTES]
_ACKNOWLEDGED = _phrases(ACKNOWLEDGEMENTS)
_NEGATED = re.compile(r"(?i)(?:(?<!\w)(?:not|never)|n['’]t)\s+$")
_REVIEW_REQUEST = _any(f"(?<!\\w){p}(?!\\w)" for p in REVIEW_CHANGE_REQUESTS)
_REVIEW_TRADE = _any(f"(?<!\\w){p}(?!\\w)" for p in REVIEW_TRADES)
_OFFER = _any(OFFER_WORDS)

_CAPS_WORD = re.compile(r"(?<!\w)[^\W\d_]{3,}(?!\w)")
_BANGS = re.compile(r"[!?]*![!?]*!|！{2,}")
_TOKEN_CHARS = re.compile(r"[\w-]")
_AFTER_CODE = re.compile(r"(?i)(?<!\w)code\s*[:=]?\s*[\"'“‘]?\s*$")

_EMAIL = re.compile(EMAIL_ADDRESS)
_PHONE = re.compile(PHONE_NUMBER)
_ORDER = _any(ORDER_NUMBERS, flags=0)
_STREET = re.compile(STREET_ADDRESS)
_POSTCODE = re.compile(POSTCODE)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_NAME_CUE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(NAME_CUES) + r")[ \t]+")
_GREETING = re.compile(r"(?i)(?<!\w)(?:" + "|".join(GREETING_CUES) + r")[ \t,]+")
_SIGN_OFF = re.compile(r"(?m)^[ \t]*[-–—~]*[ \t]*(?P<name>[^\n]{3,40}?)[ \t]*\Z")

_BLAMING_DE = _phrases(BLAMING_PHRASES_DE, BLAMING_PATTERNS_DE)
_ARGUING_DE = _phrases(ARGUING_PHRASES_DE, ARGUING_PATTERNS_DE)
_SARCASM_DE = _phrases(SARCASM_PHRASES_DE)
_SCARE_QUOTES_DE = [*_SCARE_QUOTES, *(re.compile(p) for p in SCARE_QUOTES_DE)]
_ACKNOWLEDGED_DE = _phrases(ACKNOWLEDGEMENTS_DE)
_NEGATED_DE = re.compile(r"(?i)(?<!\w)(?:nicht|nie|kein\w*)\s+$")
_REVIEW_REQUEST_DE = _any(f"(?<!\\w){p}(?!\\w)" for p in REVIEW_CHANGE_REQUESTS_DE)
_REVIEW_TRADE_DE = _any(f"(?<!\\w){p}(?!\\w)" for p in REVIEW_TRADES_DE)
_OFFER_DE = _any(OFFER_WORDS_DE)
_GREETING_DE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(GREETING_CUES_DE) + r")[ \t,]+")
_NAME_CUE_DE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(NAME_CUES_DE) + r")[ \t]+")

_SENTENCE = re.compile(r"[^.!?\n]+")
_TURN = re.compile(r"(?i)(?<!\w)(?:but|however|although|though|that\s+said|even\s+so)(?!\w)")
_TURN_DE = re.compile(r"(?i)(?<!\w)(?:aber|jedoch|allerdings|trotzdem|dennoch)(?!\w)")


@dataclass(frozen=True, slots=True)
class _Rules:
    """The word lists of one language the check reads."""

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


_ENGLISH = _Rules(
    "en", _BLAMING, _ARGUING, _SARCASM, _SCARE_QUOTES, _ACKNOWLEDGED, _NEGATED,
    _REVIEW_REQUEST, _REVIEW_TRADE, _OFFER, ACRONYMS, _GREETING, _NAME_CUE, _TURN,
)  # fmt: skip
_GERMAN = _Rules(
    "de", _BLAMING_DE, _ARGUING_DE, _SARCASM_DE, _SCARE_QUOTES_DE, _ACKNOWLEDGED_DE,
    _NEGATED_DE, _REVIEW_REQUEST_DE, _REVIEW_TRADE_DE, _OFFER_DE, ACRONYMS_DE, _GREETING_DE,
    _NAME_CUE_DE, _TURN_DE,
)  # fmt: skip


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
    rules = _GERMAN if language == "de" else _ENGLISH
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
    for match in _ORDER.finditer(draft):
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


def _capitalised_run(text: str, start: int, limit: int = 3) -> tuple[int, int, int]:
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
        if not (word[0].isupper() and not word.isupper()) or word.casefold() in NOT_NAMES:
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
        start, end, count = _capitalised_run(comment_text, cue.end())
        if count >= 2:
            names.add(comment_text[start:end])
    sign_off = _SIGN_OFF.search(comment_text.rstrip())
    if sign_off:
        start, end, count = _capitalised_run(comment_text, sign_off.start("name"))
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
        start, end, count = _capitalised_run(draft, cue.end())
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


def _clauses(text: str, turns: re.Pattern[str] = _TURN) -> list[tuple[int, int]]:
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
