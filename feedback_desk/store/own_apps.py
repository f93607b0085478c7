"""The owner's own app registrations ("Use my own app" in Settings): ids only.

What the owner calls a secret (a Google client secret, a Meta client token) is kept in the
keyring by secrets.py; this table only knows which client id or app id to use per family.
"""

from __future__ import annotations

import sqlite3

from .database import Database

FAMILIES = ("google", "meta")


def _key(family: str) -> str:
    if family not in FAMILIES:
        raise ValueError(f"unknown app family {family!r}")
    return f"own_app:{family}"


def own_app_id(conn: sqlite3.Connection, family: str) -> str | None:
    """The client id (Google) or app id (Meta) the owner registered, or None."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (_key(family),)).fetchone()
    return str(row[0]) if row and row[0] else None


def save_own_app_id(db: Database, conn: sqlite3.Connection, family: str, client_id: str) -> None:
    with db.transaction(conn):
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_key(family), client_id),
        )


def forget_own_app_id(db: Database, conn: sqlite3.Connection, family: str) -> None:
    with db.transaction(conn):
        conn.execute("DELETE FROM settings WHERE key = ?", (_key(family),))
