"""The shop's connected accounts. Names, platform ids and state only: never secrets."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..core.errors import AccountProblem, NotFound
from ..core.model import Platform, iso_utc, parse_iso
from ..core.redaction import redact
from ..core.texts import translate
from .database import Database


class AccountState:
    OK = "ok"
    NEEDS_RECONNECT = "needs_reconnect"
    RATE_LIMITED = "rate_limited"
    UNREACHABLE = "unreachable"


STATE_LABELS = {
    AccountState.OK: "connected",
    AccountState.NEEDS_RECONNECT: "needs reconnecting",
    AccountState.RATE_LIMITED: "paused by the platform",
    AccountState.UNREACHABLE: "not reachable",
}


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    platform: Platform
    settings: dict[str, str] = field(default_factory=dict)  # platform ids, api base
    state: str = AccountState.OK
    state_reason: str | None = None
    created_at: datetime | None = None
    last_sync_at: datetime | None = None
    last_full_sync_at: datetime | None = None
    sync_cursor: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "platform": self.platform.value,
            "settings": dict(self.settings),
            "state": self.state,
            "state_reason": self.state_reason,
            "created_at": iso_utc(self.created_at) if self.created_at else None,
            "last_sync_at": iso_utc(self.last_sync_at) if self.last_sync_at else None,
        }


_COLUMNS = (
    "id, name, platform, settings_json, state, state_reason, created_at, last_sync_at, "
    "last_full_sync_at, sync_cursor"
)


class AccountStore:
    def __init__(self, db: Database, conn: sqlite3.Connection) -> None:
        self._db = db
        self._conn = conn

    def add(self, name: str, platform: Platform, settings: dict[str, str]) -> Account:
        clean = name.strip()
        if not clean or len(clean) > 60 or any(ord(ch) < 32 for ch in clean):
            raise AccountProblem(
                translate("Accounts", "An account name must be 1 to 60 printable characters.")
            )
        with self._db.transaction(self._conn):
            if self._row(clean) is not None:
                raise AccountProblem(
                    translate(
                        "Accounts",
                        "There is already an account named {name!r}. Choose another name, "
                        "or remove that one first.",
                    ).format(name=clean)
                )
            self._conn.execute(
                "INSERT INTO accounts (name, platform, settings_json, created_at) VALUES (?,?,?,?)",
                (
                    clean,
                    platform.value,
                    json.dumps(settings, sort_keys=True),
                    iso_utc(self._db.clock()),
                ),
            )
        return self.get(clean)

    def get(self, name: str) -> Account:
        row = self._row(name)
        if row is None:
            known = ", ".join(a.name for a in self.all()) or translate("Accounts", "none yet")
            raise NotFound(
                translate(
                    "Accounts", "There is no account named {name!r} (accounts: {known})."
                ).format(name=name, known=known)
            )
        return _account(row)

    def all(self) -> list[Account]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY name COLLATE NOCASE")
        return [_account(r) for r in rows]

    def remove(self, name: str) -> Account:
        """Forget the account. Its comments stay: the local record is the owner's."""
        account = self.get(name)
        with self._db.transaction(self._conn):
            self._conn.execute("DELETE FROM accounts WHERE id = ?", (account.id,))
        return account

    def replace_settings(self, name: str, settings: dict[str, str]) -> Account:
        """New platform ids or client for an account (a reconnect with another app)."""
        account = self.get(name)
        with self._db.transaction(self._conn):
            self._conn.execute(
                "UPDATE accounts SET settings_json = ? WHERE id = ?",
                (json.dumps(settings, sort_keys=True), account.id),
            )
        return self.get(name)

    def set_state(self, name: str, state: str, reason: str | None = None) -> None:
        with self._db.transaction(self._conn):
            self._conn.execute(
                "UPDATE accounts SET state = ?, state_reason = ? WHERE name = ?",
                (state, None if reason is None else redact(reason), name),
            )

    def mark_synced(self, name: str, cursor: str | None, full: bool) -> None:
        now = iso_utc(self._db.clock())
        with self._db.transaction(self._conn):
            self._conn.execute(
                """UPDATE accounts SET last_sync_at = ?, state = ?, state_reason = NULL,
                       sync_cursor = coalesce(?, sync_cursor),
                       last_full_sync_at = CASE WHEN ? THEN ? ELSE last_full_sync_at END
                   WHERE name = ?""",
                (now, AccountState.OK, cursor, full, now, name),
            )

    def _row(self, name: str) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self._conn.execute(
            f"SELECT {_COLUMNS} FROM accounts WHERE name = ?", (name.strip(),)
        ).fetchone()
        return row


def _account(row: tuple[Any, ...]) -> Account:
    aid, name, platform, settings, state, reason, created, synced, full, cursor = row
    return Account(
        id=int(aid),
        name=str(name),
        platform=Platform(platform),
        settings={str(k): str(v) for k, v in json.loads(settings or "{}").items()},
        state=str(state),
        state_reason=reason,
        created_at=parse_iso(created) if created else None,
        last_sync_at=parse_iso(synced) if synced else None,
        last_full_sync_at=parse_iso(full) if full else None,
        sync_cursor=cursor,
    )
