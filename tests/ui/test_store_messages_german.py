"""The store's messages in German once the interface is German (the app installs the
language before the window asks anything of the store)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from feedback_desk.core.compensation import CompensationKind, CompensationTotal, DiscountStatus
from feedback_desk.store.database import translate


def test_a_full_disk_and_a_locked_database_are_said_in_german(german: None) -> None:
    path = Path("/laden/feedback.db")
    locked = translate(sqlite3.OperationalError("database is locked"), path)
    assert str(locked) == (
        "Die Kommentar-Datenbank /laden/feedback.db wird von einem anderen Programm verwendet "
        "(ist Feedback Desk schon geöffnet?). Schließen Sie es und versuchen Sie es erneut."
    )
    full = translate(sqlite3.OperationalError("database or disk is full"), path)
    assert str(full).startswith("Der Datenträger mit /laden/feedback.db ist voll.")


def test_ledger_totals_in_german(german: None) -> None:
    apologies = CompensationKind.APOLOGY
    assert CompensationTotal(apologies, None, 1, None).describe() == "1 Entschuldigung"
    assert CompensationTotal(apologies, None, 3, None).describe() == "3 Entschuldigungen"


def test_back_in_english_afterwards() -> None:
    path = Path("/shop/feedback.db")
    assert str(translate(sqlite3.OperationalError("database is locked"), path)).startswith(
        "The comment database /shop/feedback.db is in use"
    )


def test_an_offer_has_one_wording_translated_on_screen_and_english_in_the_csv(
    german: None,
) -> None:
    """core.compensation.offer_words is the one wording of an offer: the ledger and the
    reply show it in the owner's language, the CSV writes it in English."""
    from decimal import Decimal

    from feedback_desk.core.compensation import Compensation, offer_words
    from feedback_desk.core.report import Offer
    from feedback_desk.reports.csv_export import describe_offer

    refund = Compensation(CompensationKind.REFUND, Decimal("12.50"), "GBP")
    assert refund.describe() == offer_words("refund", Decimal("12.50"), "GBP")
    assert refund.describe() != offer_words("refund", Decimal("12.50"), "GBP", in_english=True)
    line = Offer(CompensationKind.REFUND, Decimal("12.50"), "GBP", DiscountStatus.OFFERED)
    assert describe_offer(line) == "a refund of £12.50"
    free = Offer(CompensationKind.FREE_ITEM, Decimal("3.50"), "GBP", DiscountStatus.OFFERED)
    assert describe_offer(free) == "a free item worth £3.50"
    assert offer_words("free_item", Decimal("3.50"), "GBP") == "ein Gratisartikel im Wert von £3.50"
