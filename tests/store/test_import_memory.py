"""What imports remember: mappings per header and the written names of other platforms."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from feedback_desk.core.model import Platform
from feedback_desk.store import open_database
from feedback_desk.store.import_memory import (
    header_key,
    load_mapping,
    remember_platform_names,
    save_mapping,
)


def _clock() -> datetime:
    return datetime(2026, 5, 1, tzinfo=UTC)


def test_a_header_is_known_by_its_normalized_names() -> None:
    assert header_key(["\ufeffKunde", " Bewertung ", "DATUM"]) == header_key(
        ["kunde", "bewertung", "datum"]
    )
    assert header_key(["Kunde", "Bewertung"]) != header_key(["Bewertung", "Kunde"])


def test_a_mapping_is_saved_and_loaded_per_header(tmp_path: Path) -> None:
    db = open_database(tmp_path / "home", _clock)
    conn = db.connect()
    try:
        assert load_mapping(conn, ["Kunde", "Text"]) is None
        save_mapping(db, conn, ["Kunde", "Text"], {"author": "Kunde", "=platform": "Etsy"})
        save_mapping(db, conn, ["Kunde", "Text"], {"author": "Kunde", "text": "Text"})
        assert load_mapping(conn, ["kunde", "text"]) == {"author": "Kunde", "text": "Text"}
        assert load_mapping(conn, ["Other"]) is None
    finally:
        conn.close()


def test_other_platform_names_come_back_as_written_after_a_restart(tmp_path: Path) -> None:
    home = tmp_path / "home"
    db = open_database(home, _clock)
    conn = db.connect()
    try:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('platform_name:shopfront x', 'ShopFront X')"
        )
        remember_platform_names(db, conn, [Platform.GOOGLE])  # the five need no name kept
        assert conn.execute(
            "SELECT count(*) FROM settings WHERE key LIKE 'platform_name:%'"
        ).fetchone() == (1,)
    finally:
        conn.close()
    open_database(home, _clock)  # as the next start does
    assert Platform("shopfront x").label == "ShopFront X"
    assert not Platform("SHOPFRONT X").is_connectable
