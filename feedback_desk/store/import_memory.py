"""What imports remember: the owner's column mapping per file header, and the names of
platforms Feedback Desk does not connect to, as the files wrote them ("Trustpilot").

Both live in the settings table (key, value), so no schema change is needed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from ..core.model import Platform
from .database import Database

MAPPING_PREFIX = "import_mapping:"
PLATFORM_NAME_PREFIX = "platform_name:"


def header_key(columns: Sequence[str]) -> str:
    """A header's identity: the hash of its normalized column names (case, spaces and
    order of appearance kept; a BOM or stray spaces do not change it)."""
    normalized = "\x1f".join(" ".join(c.replace("\ufeff", "").split()).lower() for c in columns)
    import hashlib  # only when importing a file: not while the window opens

    return hashlib.sha256(normalized.encode()).hexdigest()[:32]


def load_mapping(conn: sqlite3.Connection, columns: Sequence[str]) -> dict[str, str] | None:
    """The mapping the owner chose last time for this header: {field: column or
    "=platform name"}, or None."""
    row = conn.execute(
        "SELECT value FROM settings WHERE key = ?", (MAPPING_PREFIX + header_key(columns),)
    ).fetchone()
    if row is None:
        return None
    try:
        value = json.loads(str(row[0]))
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    return {str(k): str(v) for k, v in value.items() if isinstance(v, str)}


def save_mapping(
    db: Database, conn: sqlite3.Connection, columns: Sequence[str], mapping: dict[str, str]
) -> None:
    with db.transaction(conn):
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (MAPPING_PREFIX + header_key(columns), json.dumps(mapping, sort_keys=True)),
        )


def remember_platform_names(
    db: Database, conn: sqlite3.Connection, platforms: Iterable[Platform]
) -> None:
    """Keep how a file wrote the platforms Feedback Desk does not connect to (the first
    spelling seen wins), so the inbox says "Trustpilot", not "trustpilot", after a restart."""
    others = sorted({p for p in platforms if not p.is_connectable})
    if not others:
        return
    with db.transaction(conn):
        conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
            [(PLATFORM_NAME_PREFIX + p.value, p.label) for p in others],
        )


def load_platform_names(conn: sqlite3.Connection) -> None:
    """Teach Platform the written names of the other platforms stored in this database."""
    rows = conn.execute(
        "SELECT key, value FROM settings WHERE key >= ? AND key < ?",
        (PLATFORM_NAME_PREFIX, PLATFORM_NAME_PREFIX[:-1] + ";"),
    ).fetchall()
    for key, value in rows:
        name = str(key)[len(PLATFORM_NAME_PREFIX) :]
        if name:
            try:
                Platform.remember_name(name, str(value))
            except ValueError:
                continue
