"""The shop's profile (name, currency, country, sign-off) and whether the first-run
assistant has had its turn, kept in the settings table.

The name keeps its own key (load_shop_name reads it, also for {shop} in saved replies); the
rest is one JSON value, so a profile is written whole or not at all. This module does not
import store.assessments: the window reads the profile before its first paint, and the
assessments (with the saved replies and pauses they bring) wait until after it.
"""

from __future__ import annotations

import enum
import json
import sqlite3
from collections.abc import Callable

from ..core.errors import UserFacingError
from ..core.shop_profile import ShopProfile, check_country, check_currency
from .database import Database

SHOP_NAME_KEY = "shop_name"
PROFILE_KEY = "shop_profile"
FIRST_RUN_KEY = "first_run_assistant"


class FirstRun(enum.StrEnum):
    """How the first-run assistant ended: either way it is not offered again by itself."""

    FINISHED = "finished"
    SKIPPED = "skipped"


def _setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _put(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def load_shop_name(conn: sqlite3.Connection) -> str:
    """The shop's name as the owner wrote it in Settings, for {shop} in saved replies."""
    name = _setting(conn, SHOP_NAME_KEY)
    return name if name and name.strip() else ""


def save_shop_name(db: Database, conn: sqlite3.Connection, name: str) -> None:
    with db.transaction(conn):
        _put(conn, SHOP_NAME_KEY, name.strip())


def load_profile(conn: sqlite3.Connection) -> ShopProfile:
    """The profile as last saved; a value that no longer checks out is left unset."""
    stored: object = {}
    raw = _setting(conn, PROFILE_KEY)
    if raw:
        try:
            stored = json.loads(raw)
        except ValueError:
            stored = {}
    data = stored if isinstance(stored, dict) else {}
    return ShopProfile(
        name=load_shop_name(conn),
        currency=_valid(data.get("currency"), check_currency),
        country=_valid(data.get("country"), check_country),
        signature=str(data.get("signature") or ""),
    )


def _valid(value: object, check: Callable[[str], str]) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return check(value)
    except UserFacingError:
        return None


def profile_saved(conn: sqlite3.Connection) -> bool:
    return _setting(conn, PROFILE_KEY) is not None


def save_profile(db: Database, conn: sqlite3.Connection, profile: ShopProfile) -> ShopProfile:
    """Check and store the whole profile in one transaction; returns it as stored."""
    clean = profile.checked()
    value = json.dumps(
        {"currency": clean.currency, "country": clean.country, "signature": clean.signature},
        ensure_ascii=False,
    )
    with db.transaction(conn):
        _put(conn, SHOP_NAME_KEY, clean.name)
        _put(conn, PROFILE_KEY, value)
    return clean


def first_run_state(conn: sqlite3.Connection) -> FirstRun | None:
    value = _setting(conn, FIRST_RUN_KEY)
    return FirstRun(value) if value in tuple(FirstRun) else None


def mark_first_run(db: Database, conn: sqlite3.Connection, how: FirstRun) -> None:
    with db.transaction(conn):
        _put(conn, FIRST_RUN_KEY, FirstRun(how).value)


def first_run_due(conn: sqlite3.Connection) -> bool:
    """A new data folder: no comments, no accounts, no profile, and the assistant never
    finished or skipped."""
    if first_run_state(conn) is not None or profile_saved(conn):
        return False
    if conn.execute("SELECT 1 FROM comments LIMIT 1").fetchone() is not None:
        return False
    return conn.execute("SELECT 1 FROM accounts LIMIT 1").fetchone() is None
