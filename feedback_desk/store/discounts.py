"""The discount ledger: every apology, discount, free item and refund offered in a reply.

A row is written when the reply that offers it is sent. Discounts and free items get a
code the customer shows at the till; the owner marks it redeemed here. An offered code
whose last day has passed is expired: the ledger works that out from the clock whenever
it is read, and writes it down (`expire_due`) so reports and other readers agree.
"""

from __future__ import annotations

import builtins
import contextlib
import random
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..core.compensation import (
    CODE_LENGTH,
    CODE_PREFIX,
    Compensation,
    CompensationKind,
    CompensationTotal,
    DiscountStatus,
    canonical_code,
    check_own_code,
    compensation_totals,
    minor_units,
    needs_code,
    new_code,
)
from ..core.errors import DatabaseLocked, DatabaseReadOnly, NotFound, UserFacingError
from ..core.model import Platform, iso_utc, parse_iso
from ..core.texts import translate
from .comments import SNIPPET_CHARS
from .database import Database

# Enough tries that a clash on every one means something is badly wrong (25^8 codes).
_CODE_ATTEMPTS = 50


class CodeProblem(UserFacingError):
    """A code that cannot be redeemed or declined; the message says why."""


@dataclass(frozen=True)
class Discount:
    """One line of the ledger."""

    id: int
    comment_id: int | None
    kind: CompensationKind
    value: Decimal | None
    currency: str | None
    item: str | None
    code: str | None
    expires_on: date | None
    status: DiscountStatus
    created_at: datetime
    redeemed_at: datetime | None

    @property
    def compensation(self) -> Compensation:
        return Compensation(self.kind, self.value, self.currency, self.item, self.expires_on)

    @property
    def description(self) -> str:
        return self.compensation.describe()

    def to_json(self) -> dict[str, object]:
        """The stable JSON shape of `feedback-desk discounts --json`."""
        return {
            "code": self.code,
            "kind": self.kind.value,
            "value": None if self.value is None else str(self.value),
            "currency": self.currency,
            "item": self.item,
            "expires_on": None if self.expires_on is None else self.expires_on.isoformat(),
            "status": self.status.value,
            "comment_id": self.comment_id,
            "created_at": iso_utc(self.created_at),
            "redeemed_at": None if self.redeemed_at is None else iso_utc(self.redeemed_at),
            "description": self.description,
        }


@dataclass(frozen=True)
class OfferedTo:
    """Who an offer went to: the complaint's writer, where, and the complaint's opening."""

    comment_id: int
    author: str
    platform: Platform
    complaint: str  # the first SNIPPET_CHARS characters of the comment


_COLUMNS = (
    "id, comment_id, kind, value, currency, item, code, expires_on, status, created_at, redeemed_at"
)


class DiscountLedger:
    def __init__(
        self, db: Database, conn: sqlite3.Connection, rng: random.Random | None = None
    ) -> None:
        self._db = db
        self._conn = conn
        self._rng = rng  # None: codes come from the system's secure random source

    def today(self) -> date:
        """The shop's calendar day (local time), which expiry dates are counted in."""
        return self._db.clock().astimezone().date()

    # -- writing ------------------------------------------------------------------------

    def record(
        self, comment_id: int | None, compensation: Compensation, code: str | None = None
    ) -> Discount | None:
        """Write an offer to the ledger and return it; "no compensation" writes nothing and
        returns None. Discounts and free items get a fresh unique code unless the owner chose
        one (`code`). Runs in the caller's transaction when there is one (so the offer and
        the sent reply are stored together), otherwise in its own."""
        offer = compensation.validate(self.today())
        if offer.kind is CompensationKind.NONE:
            return None
        if code is not None and not needs_code(offer.kind):
            raise UserFacingError(
                translate("DiscountLedger", "{kind} has no code to redeem.").format(
                    kind=offer.kind.label
                )
            )
        now = iso_utc(self._db.clock())
        with self._writing():
            if (
                comment_id is not None
                and not self._conn.execute(
                    "SELECT 1 FROM comments WHERE id = ?", (comment_id,)
                ).fetchone()
            ):
                raise NotFound(
                    translate("Comments", "There is no comment with id {id}.").format(id=comment_id)
                )
            chosen = self._claim_code(offer.kind, code)
            cursor = self._conn.execute(
                """INSERT INTO discounts (comment_id, kind, value, currency, item, code,
                       expires_on, status, created_at) VALUES (?,?,?,?,?,?,?,?,?)""",
                (
                    comment_id,
                    offer.kind.value,
                    None if offer.value is None else str(offer.value),
                    offer.currency,
                    offer.item,
                    chosen,
                    None if offer.expires_on is None else offer.expires_on.isoformat(),
                    DiscountStatus.OFFERED.value,
                    now,
                ),
            )
            return self.get_by_id(int(cursor.lastrowid or 0))

    def choose_code(self, kind: CompensationKind, code: str | None) -> str | None:
        """The code an offer will carry: the owner's own (checked, unused) or a fresh unused
        one; None for offers without a code. Writes nothing."""
        return self._claim_code(kind, code)

    def _claim_code(self, kind: CompensationKind, code: str | None) -> str | None:
        if code is not None:
            chosen = check_own_code(code)
            if self._find(chosen) is not None:
                raise UserFacingError(
                    translate(
                        "DiscountLedger", "The code {code} is already in use; choose another."
                    ).format(code=chosen)
                )
            return chosen
        if not needs_code(kind):
            return None
        for _ in range(_CODE_ATTEMPTS):
            candidate = new_code(self._rng)
            if self._find(candidate) is None:
                return candidate
        raise UserFacingError(  # pragma: no cover - 25^8 codes; only a broken rng gets here
            translate("DiscountLedger", "Could not find an unused discount code; please try again.")
        )

    def redeem(self, code: str) -> Discount:
        """Mark a code used at the till. Case, dashes and spaces do not matter."""
        self._expire_quietly()
        with self._writing():
            found = self._lookup(code)
            if found.status is DiscountStatus.REDEEMED:
                if found.comment_id is None:
                    text = translate(
                        "DiscountLedger",
                        "Code {code} was already redeemed on {when}; it can be used once.",
                    )
                else:
                    text = translate(
                        "DiscountLedger",
                        "Code {code} was already redeemed on {when} (comment {comment}); it can "
                        "be used once.",
                    )
                raise CodeProblem(
                    text.format(
                        code=found.code, when=_when(found.redeemed_at), comment=found.comment_id
                    )
                )
            self._refuse_closed(found)
            self._conn.execute(
                "UPDATE discounts SET status = ?, redeemed_at = ? WHERE id = ?",
                (DiscountStatus.REDEEMED.value, iso_utc(self._db.clock()), found.id),
            )
        return self.get_by_id(found.id)

    def decline(self, code: str) -> Discount:
        """The customer turned the offer down. Declining twice changes nothing."""
        self._expire_quietly()
        with self._writing():
            found = self._lookup(code)
            if found.status is DiscountStatus.DECLINED:
                return found
            if found.status is DiscountStatus.REDEEMED:
                raise CodeProblem(
                    translate(
                        "DiscountLedger",
                        "Code {code} was already redeemed on {when}, so it cannot be declined.",
                    ).format(code=found.code, when=_when(found.redeemed_at))
                )
            self._refuse_closed(found)
            self._conn.execute(
                "UPDATE discounts SET status = ? WHERE id = ?",
                (DiscountStatus.DECLINED.value, found.id),
            )
        return self.get_by_id(found.id)

    def _refuse_closed(self, found: Discount) -> None:
        if found.status is DiscountStatus.EXPIRED:
            if found.expires_on is None:
                text = translate(
                    "DiscountLedger",
                    "Code {code} has expired: it was valid until its expiry date. "
                    "Offer a new one from the comment if you still want to.",
                )
            else:
                text = translate(
                    "DiscountLedger",
                    "Code {code} has expired: it was valid until {until}. "
                    "Offer a new one from the comment if you still want to.",
                )
            until = found.expires_on.isoformat() if found.expires_on else ""
            raise CodeProblem(text.format(code=found.code, until=until))
        if found.status is DiscountStatus.DECLINED:
            raise CodeProblem(
                translate(
                    "DiscountLedger",
                    "Code {code} was declined by the customer, so it cannot be redeemed.",
                ).format(code=found.code)
            )

    def expire_due(self) -> int:
        """Write down that offered codes past their last day have expired; how many."""
        with self._writing():
            cursor = self._conn.execute(
                "UPDATE discounts SET status = ? WHERE status = ? AND expires_on IS NOT NULL "
                "AND expires_on < ?",
                (
                    DiscountStatus.EXPIRED.value,
                    DiscountStatus.OFFERED.value,
                    self.today().isoformat(),
                ),
            )
        return int(cursor.rowcount)

    def _expire_quietly(self) -> None:
        """Expire what is due, unless the database cannot be written just now: readers work
        the status out for themselves anyway."""
        due = self._conn.execute(
            "SELECT count(*) FROM discounts WHERE status = ? AND expires_on IS NOT NULL "
            "AND expires_on < ?",
            (DiscountStatus.OFFERED.value, self.today().isoformat()),
        ).fetchone()[0]
        if not due:
            return
        with contextlib.suppress(DatabaseLocked, DatabaseReadOnly):
            self.expire_due()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        if self._conn.in_transaction:
            yield
        else:
            with self._db.transaction(self._conn):
                yield

    # -- reading ------------------------------------------------------------------------

    def get(self, code: str) -> Discount:
        """The ledger line for a code (typed any way: case, dashes and spaces ignored)."""
        return self._lookup(code)

    def get_by_id(self, discount_id: int) -> Discount:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM discounts WHERE id = ?", (discount_id,)
        ).fetchone()
        if row is None:
            raise NotFound(
                translate("DiscountLedger", "There is no discount with id {id}.").format(
                    id=discount_id
                )
            )
        return self._discount(row)

    def list(self, status: str | DiscountStatus | None = None) -> builtins.list[Discount]:
        """The ledger, newest first; only one status if given."""
        wanted = _status(status)
        self._expire_quietly()
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM discounts ORDER BY created_at DESC, id DESC"
        ).fetchall()
        found = [self._discount(row) for row in rows]
        return [d for d in found if wanted is None or d.status is wanted]

    def offered_to(self, discounts: Iterable[Discount]) -> dict[int, OfferedTo]:
        """The complaint behind each offer that answers one, by comment id."""
        ids = sorted({d.comment_id for d in discounts if d.comment_id is not None})
        found: dict[int, OfferedTo] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            for cid, author, platform, text in self._conn.execute(
                f"SELECT id, author, platform, substr(text, 1, {SNIPPET_CHARS}) FROM comments "
                f"WHERE id IN ({marks})",
                chunk,
            ):
                found[int(cid)] = OfferedTo(int(cid), str(author), Platform(platform), str(text))
        return found

    def for_comment(self, comment_id: int) -> builtins.list[Discount]:
        """What was offered in answer to one comment, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM discounts WHERE comment_id = ? ORDER BY created_at, id",
            (comment_id,),
        ).fetchall()
        return [self._discount(row) for row in rows]

    def totals(
        self, status: str | DiscountStatus | None = None
    ) -> builtins.list[CompensationTotal]:
        """Count (and, for money, the sum) per kind and currency, in kind order."""
        return self.totals_of(self.list(status))

    @staticmethod
    def totals_of(discounts: Iterable[Discount]) -> builtins.list[CompensationTotal]:
        """The totals of these lines (see totals)."""
        return compensation_totals(discounts)

    def _find(self, code: str) -> Discount | None:
        canonical = canonical_code(code)
        if not canonical:
            return None
        tries = [canonical]
        if len(canonical) == CODE_LENGTH and not canonical.startswith(CODE_PREFIX):
            tries.append(CODE_PREFIX + canonical)  # typed without the FD- in front
        for attempt in tries:
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM discounts WHERE code IS NOT NULL "
                "AND replace(replace(upper(code), '-', ''), ' ', '') = ?",
                (attempt,),
            ).fetchone()
            if row is not None:
                return self._discount(row)
        return None

    def _lookup(self, code: str) -> Discount:
        typed = " ".join(code.split())
        if not typed:
            raise CodeProblem(
                translate(
                    "DiscountLedger", "Type the discount code, e.g. as the customer shows it."
                )
            )
        found = self._find(typed)
        if found is None:
            shown = typed if len(typed) <= 40 else typed[:39] + "…"
            raise NotFound(
                translate(
                    "DiscountLedger",
                    "There is no discount code {code!r} in the ledger. Check it against the "
                    "customer's message; codes made here look like {prefix}- followed by "
                    "{length} letters and digits.",
                ).format(code=shown, prefix=CODE_PREFIX, length=CODE_LENGTH)
            )
        return found

    def _discount(self, row: tuple[Any, ...]) -> Discount:
        rid, cid, kind, value, currency, item, code, expires, status, created, redeemed = row
        kind = CompensationKind(kind)
        expires_on = date.fromisoformat(expires) if expires else None
        state = DiscountStatus(status)
        if state is DiscountStatus.OFFERED and expires_on is not None and expires_on < self.today():
            state = DiscountStatus.EXPIRED  # not yet written down; true all the same
        return Discount(
            id=int(rid),
            comment_id=None if cid is None else int(cid),
            kind=kind,
            value=stored_amount(value, kind, currency),
            currency=currency,
            item=item,
            code=code,
            expires_on=expires_on,
            status=state,
            created_at=parse_iso(created),
            redeemed_at=parse_iso(redeemed) if redeemed else None,
        )


def _status(status: str | DiscountStatus | None) -> DiscountStatus | None:
    if status is None:
        return None
    try:
        return DiscountStatus(status)
    except ValueError:
        names = ", ".join(s.value for s in DiscountStatus)
        raise UserFacingError(
            translate("DiscountLedger", "A discount is {names}; not {status!r}.").format(
                names=names, status=status
            )
        ) from None


def stored_amount(raw: object, kind: CompensationKind, currency: str | None) -> Decimal | None:
    """The stored number back as the Decimal it was (the column holds a REAL)."""
    if raw is None:
        return None
    value = Decimal(str(raw))
    if kind is CompensationKind.PERCENT or currency is None:
        return Decimal(f"{value.normalize():f}")
    return value.quantize(Decimal(1).scaleb(-minor_units(currency)))


def _when(moment: datetime | None) -> str:
    if moment is None:
        return translate("DiscountLedger", "an unknown date")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
