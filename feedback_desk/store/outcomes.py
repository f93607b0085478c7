"""What became of a complaint: won back, resolved, still unhappy, no response, or lost,
with a date, a note and, if the owner wants, a day to look at it again."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from ..core.errors import NotFound, UserFacingError
from ..core.model import iso_utc, parse_iso
from ..core.replies import Outcome
from ..core.texts import translate

__all__ = ["Outcome", "OutcomeRecord", "Outcomes"]
from .database import Database
from .schema import latest_outcome_id


@dataclass(frozen=True)
class OutcomeRecord:
    """One outcome recorded for a comment, with its day, follow-up day and note."""

    id: int
    comment_id: int
    outcome: Outcome
    decided_on: date | None
    follow_up_on: date | None
    note: str
    created_at: datetime


class Outcomes:
    def __init__(self, db: Database, conn: sqlite3.Connection) -> None:
        self._db = db
        self._conn = conn

    def record(
        self,
        comment_id: int,
        outcome: Outcome,
        decided_on: date | None = None,
        note: str = "",
        follow_up_on: date | None = None,
    ) -> OutcomeRecord:
        """Add what happened; earlier records stay as the complaint's history."""
        if (
            self._conn.execute("SELECT 1 FROM comments WHERE id = ?", (comment_id,)).fetchone()
            is None
        ):
            raise NotFound(
                translate("Comments", "There is no comment with id {id}.").format(id=comment_id)
            )
        today = self._db.clock().astimezone().date()
        decided = decided_on or today
        if decided > today:
            raise UserFacingError(
                translate("Outcomes", "An outcome cannot be dated in the future.")
            )
        if follow_up_on is not None and follow_up_on < decided:
            raise UserFacingError(
                translate("Outcomes", "The follow-up day must not be before the outcome's date.")
            )
        with self._db.transaction(self._conn):
            cursor = self._conn.execute(
                """INSERT INTO outcomes (comment_id, outcome, decided_on, follow_up_on, note,
                       created_at) VALUES (?,?,?,?,?,?)""",
                (
                    comment_id,
                    outcome.value,
                    decided.isoformat(),
                    follow_up_on.isoformat() if follow_up_on else None,
                    note.strip(),
                    iso_utc(self._db.clock()),
                ),
            )
        return self._get(int(cursor.lastrowid or 0))

    def history(self, comment_id: int) -> list[OutcomeRecord]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM outcomes WHERE comment_id = ? ORDER BY created_at, id",
            (comment_id,),
        )
        return [_record(r) for r in rows]

    def latest(self, comment_id: int) -> OutcomeRecord | None:
        found = self.history(comment_id)
        return found[-1] if found else None

    def due(self, today: date | None = None) -> list[OutcomeRecord]:
        """Complaints whose latest outcome asks for a follow-up on or before today."""
        day = (today or self._db.clock().astimezone().date()).isoformat()
        rows = self._conn.execute(
            f"""SELECT {_COLUMNS} FROM outcomes o
                WHERE o.id = {latest_outcome_id("o.comment_id")}
                  AND o.follow_up_on IS NOT NULL AND o.follow_up_on <= ?
                ORDER BY o.follow_up_on, o.id""",
            (day,),
        )
        return [_record(r) for r in rows]

    def _get(self, record_id: int) -> OutcomeRecord:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM outcomes WHERE id = ?", (record_id,)
        ).fetchone()
        return _record(row)


_COLUMNS = "id, comment_id, outcome, decided_on, follow_up_on, note, created_at"


def _record(row: tuple[object, ...]) -> OutcomeRecord:
    rid, cid, outcome, decided, follow, note, created = row
    return OutcomeRecord(
        int(str(rid)),
        int(str(cid)),
        Outcome(str(outcome)),
        date.fromisoformat(str(decided)) if decided else None,
        date.fromisoformat(str(follow)) if follow else None,
        str(note or ""),
        parse_iso(str(created)),
    )
