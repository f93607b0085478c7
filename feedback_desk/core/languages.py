"""Which language a comment or a draft is written in, cheaply enough for a million comments.

Triage and the tone check read English and German. A comment in another language is not
guessed at: they say so instead ("Not checked: written in French"). `detect` looks at the
opening of a text only (the first few hundred characters). A non-Latin script decides by
itself (Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai, Chinese, Japanese, Korean); a
Latin-script text is told apart by its small everyday words ("the", "und", "les", "que").
It answers None whenever the evidence is thin: "Terrible!!!", "ok" or a product name say
nothing about a language, and None means "read it as today" (English).
"""

from __future__ import annotations

import itertools
import re

from .texts import QT_TRANSLATE_NOOP, translate

# Languages the triage and the tone check read.
UNDERSTOOD = frozenset({"en", "de"})

SAMPLE = 400  # characters looked at
MIN_HITS = 2  # small words of one language needed before naming it
MARGIN = 1.5  # ... and, for a language not read, this many times as many as the runner-up
MIN_SCRIPT_LETTERS = 2  # letters of a non-Latin script needed

# Everyday small words of each Latin-script language: articles, pronouns, "and", "not",
# "is", "very", "with" ... A word several languages share counts for each of them.
_STOPWORDS: dict[str, str] = {
    "en": "the and is are was were this that with have has had not you your for of it my we "
    "they but very would been from what there their will just don didn doesn isn wasn be at "
    "to an so no our me when which who all after never again because could should us can get "
    "got out up if or one about only how why did does do am here thank thanks please maybe "
    "really don't didn't doesn't isn't wasn't won't can't couldn't wouldn't i'm it's i've "
    "we're they're you're",
    "de": "der die das und ist nicht ein eine einen einem einer dem den des mit auf für ich "
    "sie wir es war wurde sehr auch noch aber doch kein keine keinen nur schon wie bei nach "
    "vom zum zur über hat habe haben wird sind mir mich uns dass oder wenn weil ganz immer "
    "nie niemand man bin bitte danke leider wieder ihr ihre euch so an in also will werde "
    "werden mein meine meinen meiner ihnen hier dann gibt alles sich von zu im am aus bis "
    "einfach um waren hatte hatten kann können muss soll wurden worden sein seine dieser diese "
    "dieses jetzt heute gestern etwas nichts mehr",
    "fr": "le la les et est une un des du pas je vous nous il elle ce cette qui que pour avec "
    "dans sur mais très été sont mon ma mes ont au aux ne plus tout rien jamais qu c j n "
    "était avait merci votre vos notre nos c'est n'est j'ai qu'il qu'elle d'un d'une l'on "
    "n'ai",
    "es": "el los las y es una un del que no por para con muy pero mi su lo se está fue son "
    "como más esta este hay tiene nada nunca también gracias al todo estoy pedido",
    "it": "il lo la gli le e è di che non un una per con molto ma sono ho hanno del della dei "
    "nel questo questa mi mio si anche più come stato era tutto niente mai grazie c'è l'ho",
    "nl": "de het een en is niet van dat die met op voor ik we wij zijn was heb hebben maar "
    "ook nog geen erg heel naar bij dit deze er wel om uit nooit mijn u jullie bedankt",
    "pt": "o os as a e é um uma do da dos das que não com para por muito mas foi são meu "
    "minha no na nos ao mais está isso este esta nada nunca obrigado obrigada você também eu "
    "ninguém ainda sem pelo pela quando",
    "pl": "i w z na się nie jest to że do jak ale tak po od za mnie mi jestem był była było "
    "bardzo już czy dla przez tylko żeby ten ta te go mój moja nic nigdy dziękuję nikt "
    "został została jeszcze także kiedy który która bez",
    "sv": "och att det som en är på inte för med jag har var till av om men den så ett "
    "mycket kan vi ni min mitt aldrig inget tack också från bara ingen blev hade inga något "
    "när",
    "da": "og at det som en er på ikke for med jeg har var til af om men den så et meget kan "
    "vi min mit aldrig intet tak også fra bare ingen blev havde heller noget hvor når",
    "tr": "ve bir bu için çok ama değil ile da de ben biz siz var yok olarak gibi daha mi mı "
    "mu mü ne hiç sonra şey teşekkürler kadar bana beni kimse sipariş kargo ürün geldi oldu",
}
_CODES = tuple(_STOPWORDS)
_EN = _CODES.index("en")
_DE = _CODES.index("de")


def _table() -> dict[str, tuple[int, ...]]:
    table: dict[str, list[int]] = {}
    for index, code in enumerate(_CODES):
        for word in _STOPWORDS[code].split():
            if len(word) < 2:
                continue  # "a", "e", "o", "i": too common across languages to tell by
            table.setdefault(word, []).append(index)
    return {word: tuple(indices) for word, indices in table.items()}


_WORDS = _table()
# Stripped from both ends of a word: "late," -> "late", "(sehr" -> "sehr".
_PUNCTUATION = ".,;:!?¡¿\"'()[]{}<>«»„“”‘’…-–—*/\\|#@&+=~^%$€£0123456789"
# Letters of the scripts `detect` names by themselves; their absence keeps the common
# case (Latin letters only) to one regex search.
_OTHER_SCRIPT = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f"
    "\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)

# (first, last, script) for the scripts told apart by their letters alone.
_SCRIPTS = (
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x04FF, "cyrillic"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0900, 0x097F, "hi"),
    (0x0E00, 0x0E7F, "th"),
    (0x1100, 0x11FF, "ko"),
    (0x3040, 0x30FF, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "ko"),
)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in ("de", "fr", "ja" ...), or
    None when the text is too short or too mixed to tell."""
    sample = text[:SAMPLE]
    if not sample.isascii() and _OTHER_SCRIPT.search(sample):
        found = _by_script(sample)
        if found is not None:
            return found
    return _by_words(sample)


def _by_script(sample: str) -> str | None:
    counts: dict[str, int] = {}
    letters = 0
    for char in sample:
        if not char.isalpha():
            continue
        letters += 1
        point = ord(char)
        if point < 0x0370:
            continue
        for first, last, script in _SCRIPTS:
            if first <= point <= last:
                counts[script] = counts.get(script, 0) + 1
                break
    if not counts:
        return None
    kana = counts.pop("kana", 0)
    han = counts.pop("han", 0)
    if kana:
        counts["ja"] = kana + han
    elif han:
        counts["zh"] = han
    script, count = max(counts.items(), key=lambda item: item[1])
    if count < MIN_SCRIPT_LETTERS or count * 2 < letters:
        return None  # a few letters in a Latin-script text: a name, a word quoted
    if script == "cyrillic":
        return _cyrillic(sample)
    if script == "arabic":
        return _arabic(sample)
    return script


def _cyrillic(sample: str) -> str:
    """Ukrainian, Serbian, Macedonian and Bulgarian by their own letters; Russian otherwise
    (by far the most common, and what ы, э and ё point to)."""
    lower = sample.lower()
    if any(c in lower for c in "іїєґ"):
        return "uk"
    if any(c in lower for c in "ђћџљњј"):
        return "sr"
    if any(c in lower for c in "ѓќѕ"):
        return "mk"
    if "ъ" in lower and not any(c in lower for c in "ыэё"):
        return "bg"
    return "ru"


def _arabic(sample: str) -> str:
    """Urdu and Persian by the letters Arabic does not use; Arabic otherwise."""
    if any(c in sample for c in "ٹڈڑںے"):
        return "ur"
    if any(c in sample for c in "پچژگ"):
        return "fa"
    return "ar"


def _by_words(sample: str) -> str | None:
    words = _WORDS
    lower = sample.lower()
    if "’" in lower:
        lower = lower.replace("’", "'")
    # Each word without the punctuation around it, looked up (all in C: this runs for
    # every comment of an import); the table's values are never empty.
    stripped = map(str.strip, lower.split(), itertools.repeat(_PUNCTUATION))
    found = list(filter(None, map(words.get, stripped)))
    if len(found) < MIN_HITS:
        return None
    hits = [0] * len(_CODES)
    for index in itertools.chain.from_iterable(found):
        hits[index] += 1
    top = max(hits)
    if top < MIN_HITS:
        return None
    best = hits.index(top)
    runner_up = sorted(hits)[-2]
    if top == runner_up:
        return None
    if best in (_EN, _DE):
        # Reading a text with the English or German lists is no worse than today's guess,
        # so a lead is enough (German and Dutch or Portuguese share "das", "die", "in").
        return _CODES[best]
    if top < runner_up * MARGIN:
        return None
    understood_hits = max(hits[_EN], hits[_DE])
    if top < 2 * understood_hits or (understood_hits and top < 3):
        return None  # English or German with a foreign phrase in it: read it as today
    return _CODES[best]


def understood(code: str | None) -> bool:
    """Whether triage and the tone check read a text in this language (None: assume so)."""
    return code is None or code in UNDERSTOOD


_NAMES = {
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "bg": QT_TRANSLATE_NOOP("Languages", "Bulgarian"),
    "da": QT_TRANSLATE_NOOP("Languages", "Danish"),
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "el": QT_TRANSLATE_NOOP("Languages", "Greek"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "fa": QT_TRANSLATE_NOOP("Languages", "Persian"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "he": QT_TRANSLATE_NOOP("Languages", "Hebrew"),
    "hi": QT_TRANSLATE_NOOP("Languages", "Hindi"),
    "it": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "ja": QT_TRANSLATE_NOOP("Languages", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("Languages", "Korean"),
    "mk": QT_TRANSLATE_NOOP("Languages", "Macedonian"),
    "nl": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "pl": QT_TRANSLATE_NOOP("Languages", "Polish"),
    "pt": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "sr": QT_TRANSLATE_NOOP("Languages", "Serbian"),
    "sv": QT_TRANSLATE_NOOP("Languages", "Swedish"),
    "th": QT_TRANSLATE_NOOP("Languages", "Thai"),
    "tr": QT_TRANSLATE_NOOP("Languages", "Turkish"),
    "uk": QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
    "ur": QT_TRANSLATE_NOOP("Languages", "Urdu"),
    "zh": QT_TRANSLATE_NOOP("Languages", "Chinese"),
}


def language_name(code: str) -> str:
    """The language's name in the interface language ("French", "Französisch"); an unknown
    code as it is."""
    name = _NAMES.get(code)
    return translate("Languages", name) if name is not None else code
