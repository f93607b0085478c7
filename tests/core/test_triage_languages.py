"""Triage reads German with its own lists, and says so plainly for any other language."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedback_desk.core import texts
from feedback_desk.core.model import Severity
from feedback_desk.core.triage import (
    GermanSentiment,
    HarshWords,
    Triage,
    describe_reason,
    not_checked_reason,
    unchecked_language,
)


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage()


@pytest.mark.parametrize(
    "text",
    [
        "Ihr seid doch alle Idioten, totaler Saftladen!",
        "Was für ein Drecksladen. Betrüger seid ihr!",
        "Die Verkäuferin war ein unverschämtes Miststück.",
        "So eine Scheiße, die Torte war matschig und total verdorben.",
        "Ich werde meinen Anwalt einschalten, wenn ich mein Geld nicht bekomme.",
        "Wenn das nicht geklärt wird, erstatte ich Strafanzeige.",
        "NIE WIEDER BEI EUCH!!! Die Ware war kaputt.",
        "Halt die Fresse, ihr Vollpfosten.",
    ],
)
def test_german_insults_swearing_threats_and_shouting_are_harsh(triage: Triage, text: str) -> None:
    verdict = triage.assess(text)
    assert verdict.language == "de" and verdict.checked
    assert verdict.severity is Severity.HARSH, verdict
    assert verdict.reasons
    assert triage.harsh_reasons(text, verdict.sentiment, None) == verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Die Lieferung kam zwei Stunden zu spät und niemand ging ans Telefon.",
        "Das Essen war kalt und der Kellner unfreundlich. Sehr enttäuschend.",
        "Leider ist mein Paket nicht angekommen und auf meine E-Mails antwortet niemand.",
        "Das Essen war gut, aber der Service war eine Katastrophe.",
        "Die Brötchen waren hart und der Kaffee kalt.",
        "Der Kuchen war nicht frisch und die Sahne schmeckte sauer.",
        "Ich habe eine falsche Größe bekommen und warte seit drei Wochen auf die Rückerstattung.",
        "Die Jacke ist nach einer Woche kaputt gegangen, die Qualität ist mangelhaft.",
    ],
)
def test_german_complaints_are_negative(triage: Triage, text: str) -> None:
    verdict = triage.assess(text)
    assert verdict.language == "de"
    assert verdict.severity is Severity.NEGATIVE, verdict


@pytest.mark.parametrize(
    "text",
    [
        "Haben Sie am Sonntag geöffnet?",
        "Kann ich das Kleid umtauschen, wenn es nicht passt?",
        "Versendet ihr auch nach Österreich? Ich möchte eure Kaffeebohnen bestellen.",
        "Gibt es die Torte auch ohne Nüsse?",
    ],
)
def test_german_questions_are_neutral(triage: Triage, text: str) -> None:
    assert triage.assess(text).severity is Severity.NEUTRAL


@pytest.mark.parametrize(
    "text",
    [
        "Super freundliche Beratung, die Torte war wunderbar lecker. Vielen Dank!",
        "Sehr freundlich, gerne wieder!",
        "Nicht schlecht, gerne wieder.",
        "Die Lieferung war schnell und alles bestens verpackt. Absolut empfehlenswert!",
        "Kein Problem mit dem Umtausch, sehr zuvorkommend.",
    ],
)
def test_german_praise_is_positive(triage: Triage, text: str) -> None:
    assert triage.assess(text).severity is Severity.POSITIVE


def test_german_stars_count_as_in_english(triage: Triage) -> None:
    assert triage.assess("Die Torte war ganz okay und die Lieferung kam.", 1).severity is (
        Severity.NEGATIVE
    )
    assert triage.assess("Die Torte war ganz okay, wir haben sie gegessen.", 5).severity is (
        Severity.POSITIVE
    )


def test_swearing_in_a_glad_german_comment_is_not_harsh(triage: Triage) -> None:
    # profanity, like in English, counts only when the comment is unhappy
    verdict = triage.assess("Verdammt lecker, die beste Torte der Stadt! Vielen Dank!")
    assert verdict.severity is Severity.POSITIVE


def test_short_texts_are_read_with_both_word_lists(triage: Triage) -> None:
    assert triage.assess("Betrüger!!!").severity is Severity.HARSH
    assert triage.assess("Scammers!!!").severity is Severity.HARSH
    assert triage.assess("Danke").severity is not Severity.HARSH


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("C'est une honte, la livraison est arrivée en retard et personne ne répond.", "fr"),
        ("El pedido llegó tarde y nadie contesta el teléfono, muy mal servicio.", "es"),
        ("Заказ пришёл поздно, никто не отвечает на звонки.", "ru"),
        ("配送が遅れました。とても残念です。", "ja"),
    ],
)
def test_other_languages_are_not_guessed(triage: Triage, text: str, code: str) -> None:
    verdict = triage.assess(text)
    assert not verdict.checked and verdict.language == code
    assert verdict.reasons == (not_checked_reason(code),) == (f"not checked: {code}",)
    assert verdict.severity is Severity.NEUTRAL and verdict.sentiment == 0.0
    # readable again later from the stored sentiment, as harsh reasons are
    assert triage.harsh_reasons(text, verdict.sentiment, None) == verdict.reasons
    assert unchecked_language(verdict.reasons) == code


@pytest.mark.parametrize(
    ("rating", "severity"),
    [
        (1, Severity.NEGATIVE),
        (2, Severity.NEGATIVE),
        (3, Severity.NEUTRAL),
        (4, Severity.POSITIVE),
        (5, Severity.POSITIVE),
    ],
)
def test_an_unchecked_comment_takes_its_stars(
    triage: Triage, rating: int, severity: Severity
) -> None:
    text = "Vous êtes des escrocs, je ne reviendrai jamais dans cette boutique."
    verdict = triage.assess(text, rating)
    assert verdict.severity is severity and not verdict.checked
    assert verdict.sentiment == (rating - 3) / 2
    assert list(triage.assess_stream([(text, rating)])) == [(verdict.sentiment, severity)]


def test_describe_reason_says_it_plainly() -> None:
    assert describe_reason("not checked: fr") == (
        "Not checked: written in French. Triage reads English and German."
    )
    assert describe_reason("insult: idiot") == "insult: idiot"
    assert unchecked_language(("insult: idiot",)) is None


def test_describe_reason_is_translated() -> None:
    german = {
        "Not checked: written in {language}. Triage reads English and German.": (
            "Nicht geprüft: auf {language} geschrieben. Die Einordnung liest Deutsch und Englisch."
        ),
        "French": "Französisch",
    }
    texts.install(lambda context, text, d=None, n=-1: german.get(text, text))
    try:
        assert describe_reason("not checked: fr") == (
            "Nicht geprüft: auf Französisch geschrieben. Die Einordnung liest Deutsch und Englisch."
        )
    finally:
        texts.install(None)


def test_english_verdicts_are_as_before(triage: Triage) -> None:
    verdict = triage.assess("Delivery was two hours late and nobody answered the phone.")
    assert verdict.severity is Severity.NEGATIVE and verdict.checked
    assert verdict.language == "en"
    assert triage.assess("Terrible!!!").language is None


def test_german_word_lists_read_their_format() -> None:
    words = HarshWords.bundled("harsh_words_de.txt")
    assert ("insult", "idioten") in words.find("Idioten!")
    assert words.find("Die Anzeige im Schaufenster war falsch.") == []  # an ad, no threat
    assert words.find("Der Assistent war nett.") == []
    sentiment = GermanSentiment.parse(["# note", "", "gut 2", "enttäusch* -2", "zu spät -2"])
    assert sentiment.score("gut") > 0 > sentiment.score("nicht gut")
    assert sentiment.score("total enttäuscht") < sentiment.score("enttäuscht") < 0
    assert sentiment.score("zu spät") < 0
    assert sentiment.score("kein Wort aus der Liste") == 0.0
    with pytest.raises(ValueError, match="line 1"):
        GermanSentiment.parse(["gut"])


def test_every_german_entry_is_still_found_past_the_quick_test() -> None:
    # The German list skips texts without one of its key words; no entry may be lost so.
    text = (Path(__file__).resolve().parents[2] / "resources" / "harsh_words_de.txt").read_text(
        encoding="utf-8"
    )
    words = HarshWords.bundled("harsh_words_de.txt")
    assert words.keys is not None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, _, phrase = (part.strip() for part in line.partition(":"))
        written = phrase.replace("*", "e", 1) if phrase.endswith("*") else phrase
        written = written.rstrip("*").replace("*", "#")
        sentence = f"Also, {written.capitalize()}, wirklich."
        assert (category, written.lower()) in words.find(sentence) or any(
            c == category for c, _ in words.find(sentence)
        ), phrase
