"""The tone check reads German drafts with German lists, and says when it cannot read one."""

from __future__ import annotations

import pytest

from feedback_desk.core import texts
from feedback_desk.core.tone import BLOCKING_KINDS, ToneFlag, ToneKind, check_tone, summary
from feedback_desk.core.triage import Triage

COMMENT = (
    "Die Torte war matschig und die Lieferung kam zwei Stunden zu spät. Mein Name ist Jana Becker."
)


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage()


def check(
    triage: Triage,
    draft: str,
    *,
    channel: str = "public",
    complaint_valid: str | None = None,
    compensation_offered: bool = False,
    offer_code: str | None = None,
) -> list[ToneFlag]:
    return check_tone(
        draft,
        comment_text=COMMENT,
        channel=channel,
        complaint_valid=complaint_valid,
        compensation_offered=compensation_offered,
        triage=triage,
        offer_code=offer_code,
    )


def kinds(flags: list[ToneFlag]) -> list[ToneKind]:
    return [flag.kind for flag in flags]


def hits(draft: str, flags: list[ToneFlag], kind: ToneKind) -> list[str]:
    return [draft[f.span[0] : f.span[1]] for f in flags if f.kind is kind and f.span]


def test_a_calm_german_reply_passes(triage: Triage) -> None:
    draft = (
        "Liebe Jana, es tut uns sehr leid, dass die Torte nicht so war, wie Sie es erwartet "
        "haben. Wir melden uns per Nachricht bei Ihnen und machen es wieder gut."
    )
    assert check(triage, draft, complaint_valid="valid") == []


@pytest.mark.parametrize(
    ("draft", "kind", "hit"),
    [
        (
            "Sie hätten die Torte eben sofort in den Kühlschrank stellen müssen.",
            ToneKind.BLAMING,
            "Sie hätten die Torte eben sofort in den Kühlschrank stellen müssen",
        ),
        ("Das ist Ihre Schuld, wir liefern immer pünktlich.", ToneKind.BLAMING, "Ihre Schuld"),
        (
            "Kein anderer Kunde hat sich beschwert.",
            ToneKind.BLAMING,
            "Kein anderer Kunde hat sich beschwert",
        ),
        (
            "Wie bereits gesagt, die Lieferung war pünktlich.",
            ToneKind.ARGUING,
            "Wie bereits gesagt",
        ),
        ("Das stimmt nicht, wir waren um zehn Uhr da.", ToneKind.ARGUING, "Das stimmt nicht"),
        ("Na toll, dann eben nicht.", ToneKind.SARCASM, "Na toll"),
        ("Die „Verspätung“ war zehn Minuten.", ToneKind.SARCASM, "„Verspätung“"),
    ],
)
def test_german_phrases_are_flagged(triage: Triage, draft: str, kind: ToneKind, hit: str) -> None:
    flags = check(triage, draft)
    assert hit in hits(draft, flags, kind), flags


def test_not_your_fault_is_no_blame(triage: Triage) -> None:
    draft = "Das war nicht Ihre Schuld. Es tut uns leid, wir bringen das in Ordnung."
    assert check(triage, draft, complaint_valid="valid") == []


def test_a_german_reply_without_apology_is_flagged(triage: Triage) -> None:
    draft = "Die Lieferung ist heute unterwegs. Wir melden uns morgen bei Ihnen."
    assert ToneKind.NO_APOLOGY in kinds(check(triage, draft, complaint_valid="valid"))
    for owned in ("Entschuldigung,", "Wir bedauern das sehr,", "Sie haben recht,"):
        flags = check(
            triage, f"{owned} die Lieferung ist heute unterwegs.", complaint_valid="valid"
        )
        assert ToneKind.NO_APOLOGY not in kinds(flags), owned


def test_a_gloomy_german_reply_is_negative(triage: Triage) -> None:
    draft = "Die Lieferung war leider zu spät, die Torte kaputt, alles schlecht und ärgerlich."
    assert ToneKind.NEGATIVE_TONE in kinds(check(triage, draft))


def test_language_neutral_checks_run_on_german(triage: Triage) -> None:
    draft = "DAS IST NICHT WAHR!!! Schreiben Sie an jana.becker@example.com, Frau Jana Becker."
    flags = check(triage, draft)
    assert {ToneKind.SHOUTING, ToneKind.PRIVATE_DETAILS} <= set(kinds(flags))
    assert "jana.becker@example.com" in hits(draft, flags, ToneKind.PRIVATE_DETAILS)
    assert "Jana Becker" in hits(draft, flags, ToneKind.PRIVATE_DETAILS)


def test_a_german_offer_for_a_changed_review_is_blocked(triage: Triage) -> None:
    draft = "Wir schicken Ihnen 20 % Rabatt, wenn Sie Ihre Bewertung löschen."
    flags = check(triage, draft)
    assert flags[0].kind is ToneKind.REVIEW_FOR_REWARD and flags[0].blocking
    assert "Bewertung löschen" in hits(draft, flags, ToneKind.REVIEW_FOR_REWARD)


def test_german_abbreviations_are_not_shouting(triage: Triage) -> None:
    draft = "Es tut uns leid. Laut unseren AGB erstatten wir den Betrag inkl. MwSt. sofort."
    assert ToneKind.SHOUTING not in kinds(check(triage, draft))


@pytest.mark.parametrize(
    ("draft", "language"),
    [
        ("Nous sommes désolés, le colis est arrivé en retard chez vous.", "French"),
        ("Lo sentimos mucho, el pedido llegó tarde y no es lo que esperaba.", "Spanish"),
        ("申し訳ございません。配送が遅れました。", "Japanese"),
    ],
)
def test_other_languages_get_one_plain_flag(triage: Triage, draft: str, language: str) -> None:
    flags = check(triage, draft, complaint_valid="valid")
    assert kinds(flags) == [ToneKind.NOT_CHECKED]
    flag = flags[0]
    assert not flag.blocking and flag.span is None
    assert flag.reason == (
        f"Not checked: this draft is written in {language}; the tone check reads English "
        "and German."
    )
    assert flag.kind.label == "Not checked"
    assert ToneKind.NOT_CHECKED not in BLOCKING_KINDS


def test_other_languages_still_get_the_checks_that_need_no_words(triage: Triage) -> None:
    draft = "Nous sommes désolés, voici votre code FD-7KQM-X4PA pour la prochaine fois."
    flags = check(triage, draft, offer_code="FD-7KQM-X4PA")
    assert kinds(flags) == [ToneKind.CODE_IN_PUBLIC, ToneKind.NOT_CHECKED]
    assert flags[0].blocking


def test_flags_are_translated(triage: Triage) -> None:
    german = {
        "Shouting": "Schreien",
        "“{text}”": "„{text}“",
        "{quote} is written in capitals, which reads as shouting.": (
            "{quote} steht in Großbuchstaben und wirkt wie Schreien."
        ),
        "%n problem must be fixed before sending.": (
            "%n Problem muss vor dem Senden behoben werden."
        ),
    }
    texts.install(lambda context, text, d=None, n=-1: german.get(text, text))
    try:
        flags = check(triage, "Es tut uns leid, das ist NICHT OKAY.")
        assert flags[0].kind.label == "Schreien"
        assert flags[0].reason == "„NICHT OKAY“ steht in Großbuchstaben und wirkt wie Schreien."
        # (this stand-in translator leaves %n as it is; Qt's fills it in)
        assert summary(flags) == "%n Problem muss vor dem Senden behoben werden."
    finally:
        texts.install(None)
    assert check(triage, "Es tut uns leid, das ist NICHT OKAY.")[0].reason == (
        "“NICHT OKAY” is written in capitals, which reads as shouting."
    )
