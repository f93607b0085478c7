"""What was done about one comment, for the inbox's detail pane: the offers with their
state in the ledger, the owner's judgement and the latest outcome."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from .assessments import Assessment, Assessments
from .database import Database
from .discounts import Discount, DiscountLedger
from .outcomes import OutcomeRecord, Outcomes


@dataclass(frozen=True)
class CommentFacts:
    offers: tuple[Discount, ...]  # oldest first; each with its state worked out today
    assessment: Assessment  # validity None and nothing written: not judged yet
    outcome: OutcomeRecord | None  # the latest one

    @property
    def judged(self) -> bool:
        a = self.assessment
        return a.validity is not None or bool(a.category or a.valid_point or a.notes)


def comment_facts(db: Database, conn: sqlite3.Connection, comment_id: int) -> CommentFacts:
    """Read only: nothing here writes (an expired offer is said expired, not written so)."""
    return CommentFacts(
        offers=tuple(DiscountLedger(db, conn).for_comment(comment_id)),
        assessment=Assessments(db, conn).get(comment_id),
        outcome=Outcomes(db, conn).latest(comment_id),
    )


def follow_ups_due(db: Database, conn: sqlite3.Connection, today: date) -> dict[int, OutcomeRecord]:
    """The latest outcome of every complaint whose follow-up day has come, by comment id."""
    return {record.comment_id: record for record in Outcomes(db, conn).due(today)}


__all__ = ["CommentFacts", "comment_facts", "follow_ups_due"]
