"""core.languages: which language a comment or a draft is written in, or None."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from feedback_desk.core import texts
from feedback_desk.core.languages import SAMPLE, detect, language_name, understood

DATA = Path(__file__).resolve().parent.parent / "data" / "triage_labelled.csv"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The delivery was two hours late and nobody answered the phone.", "en"),
        ("Die Lieferung kam zwei Stunden zu spät und niemand ging ans Telefon.", "de"),
        ("Ich werde meinen Anwalt einschalten.", "de"),
        ("La livraison est arrivée en retard et personne ne répond au téléphone.", "fr"),
        ("El pedido llegó tarde y nadie contesta el teléfono.", "es"),
        ("Il pacco è arrivato in ritardo e non ho ricevuto risposta.", "it"),
        ("De bestelling is te laat en niemand neemt de telefoon op.", "nl"),
        ("A encomenda chegou atrasada e ninguém atende o telefone, muito mal.", "pt"),
        ("Paczka przyszła za późno i nikt nie odbiera telefonu.", "pl"),
        ("Paketet kom för sent och ingen svarade i telefon.", "sv"),
        ("Pakken kom for sent og ingen tog telefonen. Meget skuffende.", "da"),
        ("Sipariş geç geldi ve bu kadar kötü bir kargo görmedim.", "tr"),
        ("Заказ пришёл поздно, никто не отвечает.", "ru"),
        ("Замовлення прийшло пізно і ніхто не відповідає.", "uk"),
        ("Поръчката пристигна със закъснение.", "bg"),
        ("Η παράδοση άργησε πολύ.", "el"),
        ("التوصيل متأخر جدا", "ar"),
        ("المنتج خوب نیست و دیر رسید، چرا؟", "fa"),
        ("המשלוח איחר מאוד", "he"),
        ("डिलीवरी देर से आई", "hi"),
        ("การจัดส่งล่าช้ามาก", "th"),
        ("送货太慢了，客服也不回复。", "zh"),
        ("配送が遅れました。とても残念です。", "ja"),
        ("배송이 너무 늦었어요", "ko"),
    ],
)
def test_names_the_language_on_clear_evidence(text: str, code: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Terrible!!!",
        "ok",
        "Sehr gut",
        "👍👍",
        "12345",
        "Great service, thank you! Merci beaucoup",  # English with a French thank-you
        "Happy to send a gift card. Maybe leave us a better review?",
        "Loved the pain au chocolat and the café au lait",
        "Ordered the Schwarzwälder Kirschtorte, it was perfect",
        "Thank you so much! Спасибо",  # a few Cyrillic letters in an English comment
    ],
)
def test_says_nothing_or_english_without_clear_evidence(text: str) -> None:
    assert detect(text) in (None, "en")


def test_no_labelled_english_comment_is_taken_for_another_language() -> None:
    with DATA.open(encoding="utf-8", newline="") as handle:
        found = {detect(row["text"]) for row in csv.DictReader(handle)}
    assert found <= {None, "en"}


def test_only_the_opening_is_read() -> None:
    german = "Die Lieferung kam zu spät und die Torte war kaputt. " * 20
    assert detect("x" * SAMPLE + german) is None
    assert detect(german + "The delivery was late and the cake was broken. " * 50) == "de"


def test_detection_is_cheap() -> None:
    text = "The delivery was two hours late and nobody answered the phone at all. " * 10
    started = time.perf_counter()
    for _ in range(2000):
        detect(text)
    assert (time.perf_counter() - started) / 2000 < 0.0005  # well under VADER's cost


def test_understood_languages() -> None:
    assert understood(None) and understood("en") and understood("de")
    assert not understood("fr")


def test_language_names_go_through_translation() -> None:
    assert language_name("fr") == "French"
    assert language_name("zh") == "Chinese"
    assert language_name("xx") == "xx"
    texts.install(lambda context, text, d=None, n=-1: f"{context}:{text}")
    try:
        assert language_name("fr") == "Languages:French"
    finally:
        texts.install(None)
