"""What the owner thinks of a complaint, and the reply being written: kept as they go."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..core.cooloff import CoolOffSettings
from ..core.errors import UserFacingError
from ..core.model import iso_utc, parse_iso
from ..core.replies import VALIDITIES, Validity
from ..core.saved_replies import SavedReply, parse
from ..core.texts import QT_TRANSLATE_NOOP, translate
from .database import Database

# The kinds of complaint a new shop starts with, in the interface language (see
# default_categories); once the owner edits the list (Settings → Complaint kinds), theirs
# are kept as written.
DEFAULT_CATEGORIES = (
    QT_TRANSLATE_NOOP("ComplaintKinds", "product"),
    QT_TRANSLATE_NOOP("ComplaintKinds", "delivery"),
    QT_TRANSLATE_NOOP("ComplaintKinds", "service"),
    QT_TRANSLATE_NOOP("ComplaintKinds", "price"),
    QT_TRANSLATE_NOOP("ComplaintKinds", "staff"),
    QT_TRANSLATE_NOOP("ComplaintKinds", "other"),
)


def default_categories() -> list[str]:
    return [translate("ComplaintKinds", name) for name in DEFAULT_CATEGORIES]


CATEGORIES_KEY = "categories"


@dataclass(frozen=True)
class Assessment:
    comment_id: int
    validity: Validity | None  # a plain "valid", "partly" or "not_valid" is taken too
    valid_point: str
    category: str | None
    notes: str
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ReplyDraft:
    comment_id: int
    channel: str | None
    text: str
    compensation: dict[str, Any] | None
    step: str | None  # the wizard page to reopen on
    updated_at: datetime | None = None


class Assessments:
    def __init__(self, db: Database, conn: sqlite3.Connection) -> None:
        self._db = db
        self._conn = conn

    # -- is it fair? ----------------------------------------------------------------------

    def save(self, assessment: Assessment) -> Assessment:
        if assessment.validity is not None and assessment.validity not in VALIDITIES:
            raise UserFacingError(
                f"A complaint is valid, partly valid or not valid, not {assessment.validity!r}."
            )
        now = iso_utc(self._db.clock())
        with self._db.transaction(self._conn):
            self._conn.execute(
                """INSERT INTO assessments (comment_id, validity, valid_point, category, notes,
                       updated_at) VALUES (?,?,?,?,?,?)
                   ON CONFLICT (comment_id) DO UPDATE SET validity = excluded.validity,
                       valid_point = excluded.valid_point, category = excluded.category,
                       notes = excluded.notes, updated_at = excluded.updated_at""",
                (
                    assessment.comment_id,
                    assessment.validity,
                    assessment.valid_point,
                    assessment.category,
                    assessment.notes,
                    now,
                ),
            )
        return self.get(assessment.comment_id)

    def get(self, comment_id: int) -> Assessment:
        row = self._conn.execute(
            "SELECT validity, valid_point, category, notes, updated_at FROM assessments "
            "WHERE comment_id = ?",
            (comment_id,),
        ).fetchone()
        if row is None:
            return Assessment(comment_id, None, "", None, "")
        validity = Validity(row[0]) if row[0] in VALIDITIES else None
        return Assessment(
            comment_id, validity, row[1] or "", row[2], row[3] or "", parse_iso(row[4])
        )

    # -- categories (the owner may edit the list) -------------------------------------------

    def categories(self) -> list[str]:
        row = self._conn.execute(
            "SELECT value FROM settings WHERE key = ?", (CATEGORIES_KEY,)
        ).fetchone()
        if row is None:
            return default_categories()
        try:
            stored = json.loads(row[0])
        except ValueError:
            return default_categories()
        return (
            [str(c) for c in stored]
            if isinstance(stored, list) and stored
            else default_categories()
        )

    def set_categories(self, names: list[str]) -> list[str]:
        clean = list(dict.fromkeys(n.strip() for n in names if n.strip()))
        if not clean:
            raise UserFacingError("Keep at least one category.")
        with self._db.transaction(self._conn):
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (CATEGORIES_KEY, json.dumps(clean)),
            )
        return clean

    # -- the reply being written ----------------------------------------------------------------

    def save_draft(self, draft: ReplyDraft) -> ReplyDraft:
        now = iso_utc(self._db.clock())
        compensation = None if draft.compensation is None else json.dumps(draft.compensation)
        with self._db.transaction(self._conn):
            self._conn.execute(
                """INSERT INTO reply_drafts (comment_id, channel, text, compensation_json, step,
                       updated_at) VALUES (?,?,?,?,?,?)
                   ON CONFLICT (comment_id) DO UPDATE SET channel = excluded.channel,
                       text = excluded.text, compensation_json = excluded.compensation_json,
                       step = excluded.step, updated_at = excluded.updated_at""",
                (draft.comment_id, draft.channel, draft.text, compensation, draft.step, now),
            )
        return self.draft(draft.comment_id)

    def draft(self, comment_id: int) -> ReplyDraft:
        row = self._conn.execute(
            "SELECT channel, text, compensation_json, step, updated_at FROM reply_drafts "
            "WHERE comment_id = ?",
            (comment_id,),
        ).fetchone()
        if row is None:
            return ReplyDraft(comment_id, None, "", None, None)
        compensation = json.loads(row[2]) if row[2] else None
        return ReplyDraft(comment_id, row[0], row[1], compensation, row[3], parse_iso(row[4]))

    def discard_draft(self, comment_id: int) -> None:
        with self._db.transaction(self._conn):
            self._conn.execute("DELETE FROM reply_drafts WHERE comment_id = ?", (comment_id,))


COOLOFF_KEY = "cooloff_minutes"


def load_cooloff_settings(conn: sqlite3.Connection) -> CoolOffSettings:
    """The owner's cool-off durations (defaults until changed)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (COOLOFF_KEY,)).fetchone()
    try:
        stored = json.loads(row[0]) if row else {}
        return CoolOffSettings(int(stored["negative"]), int(stored["harsh"]))
    except (ValueError, KeyError, TypeError, UserFacingError):
        return CoolOffSettings()


def save_cooloff_settings(
    db: Database, conn: sqlite3.Connection, settings: CoolOffSettings
) -> None:
    """Changing the durations affects cool-offs started from now on; those already running
    keep their stored end."""
    value = json.dumps({"negative": settings.negative_minutes, "harsh": settings.harsh_minutes})
    with db.transaction(conn):
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (COOLOFF_KEY, value),
        )


OWN_REPLIES_KEY = "saved_replies"


def own_saved_replies(conn: sqlite3.Connection) -> list[SavedReply]:
    """The replies the owner saved for next time (the built-in ones ship with the app)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (OWN_REPLIES_KEY,)).fetchone()
    if row is None:
        return []
    try:
        return parse(row[0])
    except ValueError:
        return []


def save_own_replies(db: Database, conn: sqlite3.Connection, replies: list[SavedReply]) -> None:
    value = json.dumps(
        {"version": 1, "replies": [{"title": r.title, "text": r.text} for r in replies]},
        ensure_ascii=False,
    )
    with db.transaction(conn):
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (OWN_REPLIES_KEY, value),
        )


def keep_own_reply(db: Database, conn: sqlite3.Connection, title: str, text: str) -> SavedReply:
    """Add a saved reply, or replace the one with the same title."""
    clean = title.strip()
    if not clean or not text.strip():
        raise UserFacingError("A saved reply needs a title and some text.")
    kept = SavedReply(clean, text)
    replies = [r for r in own_saved_replies(conn) if r.title != clean] + [kept]
    save_own_replies(db, conn, replies)
    return kept
