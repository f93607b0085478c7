"""The recovery report as CSV: one row per complaint, for a spreadsheet.

The file is UTF-8 with a byte-order mark (so Excel reads accents and £ correctly), comma
separated, quoted only where needed; a text with line breaks stays in one quoted cell.
A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
carriage return) is prefixed with a single quote ('), so "=SUM(A1)" is shown as text.

The columns, in this order (they do not change between versions):

=====================  ============================================================
column                 what it holds
=====================  ============================================================
id                     the comment's number in Feedback Desk
platform               google, facebook, instagram, youtube or mastodon
author                 the name the customer wrote under
created_at             when it was written, ISO 8601 in UTC (2026-04-15T09:00:00Z)
severity               harsh or negative
status                 new, cooling_off, drafting, replied, resolved or ignored
first_reply_at         the first reply actually sent, ISO 8601 UTC; blank: none
first_reply_channel    public, private or email; blank: not answered or not known
response_minutes       whole minutes from the complaint to that first reply
cooloff_kept_minutes   whole minutes from starting a cool-off to that first reply
validity               valid, partly or not_valid; blank: not judged yet
category               the category given when judging it
valid_point            what was found valid in it
notes                  the notes written while judging it
outcome                the latest outcome: won_back, resolved, unhappy, no_response, lost
outcome_decided_on     the day that outcome was decided (YYYY-MM-DD)
follow_up_on           the day set for following it up (YYYY-MM-DD)
compensation           what was offered, e.g. "10% off; £5.00 off" (in the ledger's order)
compensation_status    where each offer stands, same order: "offered; redeemed"
=====================  ============================================================
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO

from ..core.compensation import offer_words
from ..core.report import ComplaintFacts, Offer
from . import write_atomically

__all__ = ["COLUMNS", "complaint_row", "describe_offer", "write_csv"]

COLUMNS: tuple[str, ...] = (
    "id",
    "platform",
    "author",
    "created_at",
    "severity",
    "status",
    "first_reply_at",
    "first_reply_channel",
    "response_minutes",
    "cooloff_kept_minutes",
    "validity",
    "category",
    "valid_point",
    "notes",
    "outcome",
    "outcome_decided_on",
    "follow_up_on",
    "compensation",
    "compensation_status",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def describe_offer(offer: Offer) -> str:
    """One ledger line in words, in English: "10% off", "£5.00 off", "a refund of £12.50"."""
    return offer_words(offer.kind, offer.value, offer.currency, in_english=True)


def _minutes(span: timedelta) -> int:
    return max(int(span.total_seconds() // 60), 0)


def _utc(moment: datetime | None) -> str:
    """iso_utc(moment) ("2026-04-15T09:00:00Z"), or "" for None. Two or three per row, so
    it is spelled the fast way: %-formatting takes half the time of iso_utc's isoformat."""
    if moment is None:
        return ""
    u = moment if moment.tzinfo is UTC else moment.astimezone(UTC)  # loaded times are UTC
    fields = (u.year, u.month, u.day, u.hour, u.minute, u.second)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % fields  # noqa: UP031


def _day(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would take as a formula, made plain text with a leading '."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _words(text: str | None) -> str:
    """A text cell: blank for None, neutralised."""
    return neutralise(text) if text else ""


def complaint_row(c: ComplaintFacts) -> list[str]:
    """The cells of one complaint, in COLUMNS order, already neutralised.

    Texts and the id (it could be negative) go through neutralise; the other cells cannot
    start like a formula, so they skip it: times and days are ISO with a four-digit
    year, minutes are never negative, severity, status and offer status are lowercase
    words."""
    reply = c.first_reply_at
    cooloff = c.cooloff_started_at
    offers = c.discounts
    return [
        neutralise(str(c.id)),
        _words(c.platform),
        _words(c.author),
        _utc(c.created_at),
        c.severity.value,
        c.status.value,
        _utc(reply),
        _words(c.first_reply_channel),
        "" if reply is None else str(_minutes(reply - c.created_at)),
        "" if reply is None or cooloff is None else str(_minutes(reply - cooloff)),
        _words(c.validity),
        _words(c.category),
        _words(c.valid_point),
        _words(c.notes),
        _words(c.outcome),
        _day(c.outcome_decided_on),
        _day(c.follow_up_on),
        _words("; ".join(describe_offer(o) for o in offers)) if offers else "",
        "; ".join(o.status.value for o in offers),
    ]


def write_rows(handle: IO[str], complaints: Iterable[ComplaintFacts]) -> None:
    writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(map(complaint_row, complaints))


def write_csv(path: Path, complaints: list[ComplaintFacts]) -> None:
    """Write one row per complaint, atomically. The rows carry the facts every figure of
    the report is computed from, so the figures themselves are not needed here."""
    write_atomically(
        Path(path), lambda handle: write_rows(handle, complaints), encoding="utf-8-sig"
    )
