"""The store's messages in German once the interface is German (the app installs the
language before the window asks anything of the store)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from feedback_desk.core.compensation import CompensationKind, CompensationTotal
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
