from __future__ import annotations

import random
import re
import sqlite3
from datetime import date, timedelta
from decimal import Decimal

import pytest

from feedback_desk.core.compensation import (
    CODE_ALPHABET,
    Compensation,
    CompensationKind,
    CompensationTotal,
    DiscountStatus,
)
from feedback_desk.core.errors import NotFound, UserFacingError
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.discounts import CodeProblem, DiscountLedger
from tests.conftest import NOW, FakeClock, MakeComment, TaggedTriage

K = CompensationKind
S = DiscountStatus
TODAY = NOW.date()
IN_A_MONTH = TODAY + timedelta(days=30)


def percent(value: int = 10, expires_on: date | None = IN_A_MONTH) -> Compensation:
    return Compensation(K.PERCENT, Decimal(value), expires_on=expires_on)


def fixed(amount: str, currency: str = "GBP") -> Compensation:
    return Compensation(K.FIXED, Decimal(amount), currency, expires_on=IN_A_MONTH)


@pytest.fixture
def ledger(db: Database, conn: sqlite3.Connection) -> DiscountLedger:
    return DiscountLedger(db, conn, random.Random(42))


@pytest.fixture
def comment_ids(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> list[int]:
    store.add_many([make_comment(f"[negative] number {n}") for n in range(3)], tagged_triage)
    return sorted(c.id for c in store.page(InboxFilter()))


def test_record_writes_an_offer_with_a_code(ledger: DiscountLedger, comment_ids: list[int]) -> None:
    offered = ledger.record(comment_ids[0], percent())
    assert offered is not None
    assert re.fullmatch(rf"FD-[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}", offered.code or "")
    assert offered.comment_id == comment_ids[0]
    assert (offered.kind, offered.value, offered.status) == (K.PERCENT, Decimal(10), S.OFFERED)
    assert offered.expires_on == IN_A_MONTH
    assert offered.created_at == NOW and offered.redeemed_at is None
    assert offered.description == "10% off"
    assert ledger.get(offered.code or "") == offered
    assert ledger.for_comment(comment_ids[0]) == [offered]


def test_none_is_not_recorded_and_apologies_and_refunds_have_no_code(
    ledger: DiscountLedger, comment_ids: list[int]
) -> None:
    assert ledger.record(comment_ids[0], Compensation.none()) is None
    apology = ledger.record(comment_ids[0], Compensation.apology())
    refund = ledger.record(comment_ids[1], Compensation(K.REFUND, Decimal("12.5"), "EUR"))
    assert apology is not None and apology.code is None and apology.kind is K.APOLOGY
    assert refund is not None and refund.code is None and refund.value == Decimal("12.50")
    assert [d.kind for d in ledger.list()] == [K.REFUND, K.APOLOGY]


def test_record_validates_and_checks_the_comment(ledger: DiscountLedger) -> None:
    with pytest.raises(UserFacingError, match="from 1% to 100%"):
        ledger.record(None, percent(150))
    with pytest.raises(UserFacingError, match="in the past"):
        ledger.record(None, percent(expires_on=TODAY - timedelta(days=1)))
    with pytest.raises(NotFound, match="no comment with id 999"):
        ledger.record(999, percent())
    with pytest.raises(UserFacingError, match="has no code"):
        ledger.record(None, Compensation.apology(), code="SORRY-10")
    assert ledger.list() == []


def test_money_comes_back_as_the_exact_decimal(ledger: DiscountLedger) -> None:
    for amount in ("0.10", "0.20", "19.99", "1234.56"):
        ledger.record(None, fixed(amount))
    assert sorted(d.value or 0 for d in ledger.list()) == [
        Decimal("0.10"),
        Decimal("0.20"),
        Decimal("19.99"),
        Decimal("1234.56"),
    ]
    assert ledger.totals() == [CompensationTotal(K.FIXED, "GBP", 4, Decimal("1254.85"))]
    ledger.record(None, Compensation(K.REFUND, Decimal(500), "JPY"))
    assert str(ledger.list()[0].value) == "500"


def test_own_codes_are_kept_and_must_be_unique(ledger: DiscountLedger) -> None:
    mine = ledger.record(None, percent(), code=" sorry-10 ")
    assert mine is not None and mine.code == "SORRY-10"
    with pytest.raises(UserFacingError, match="SORRY10 is already in use"):
        ledger.record(None, percent(), code="sorry10")
    with pytest.raises(UserFacingError, match="cannot be a code"):
        ledger.record(None, percent(), code="no")


def test_codes_are_unique_under_many_records(ledger: DiscountLedger) -> None:
    for n in range(500):
        ledger.record(None, percent(n % 100 + 1))
    codes = [d.code for d in ledger.list()]
    assert len(codes) == 500 == len(set(codes))


def test_a_clashing_code_is_replaced_by_a_fresh_one(db: Database, conn: sqlite3.Connection) -> None:
    first = DiscountLedger(db, conn, random.Random(5)).record(None, percent())
    # A second ledger with the same seed draws the same code first, and must try again.
    second = DiscountLedger(db, conn, random.Random(5)).record(None, percent())
    assert first is not None and second is not None
    assert first.code != second.code


def test_record_joins_the_callers_transaction(
    db: Database, conn: sqlite3.Connection, ledger: DiscountLedger
) -> None:
    with pytest.raises(RuntimeError), db.transaction(conn):
        ledger.record(None, percent())
        raise RuntimeError("the reply could not be stored")
    assert ledger.list() == []  # rolled back with the rest


def test_redeem_normalises_case_dashes_and_spaces(
    ledger: DiscountLedger, clock: FakeClock, comment_ids: list[int]
) -> None:
    offered = ledger.record(comment_ids[1], percent())
    assert offered is not None and offered.code is not None
    typed = " " + offered.code.lower().replace("-", " ") + " "
    clock.advance(hours=3)
    used = ledger.redeem(typed)
    assert used.status is S.REDEEMED and used.redeemed_at == clock.now
    assert used.code == offered.code
    # Typed without the FD- in front, it is still found.
    assert ledger.get(offered.code.removeprefix("FD-")).id == offered.id


def test_redeem_twice_says_when(ledger: DiscountLedger, comment_ids: list[int]) -> None:
    offered = ledger.record(comment_ids[2], percent())
    assert offered is not None and offered.code is not None
    ledger.redeem(offered.code)
    with pytest.raises(CodeProblem) as problem:
        ledger.redeem(offered.code)
    message = str(problem.value)
    assert f"Code {offered.code} was already redeemed on {TODAY.isoformat()}" in message
    assert f"(comment {comment_ids[2]})" in message
    assert "\n" not in message


def test_unknown_codes_do_not_leak_others(ledger: DiscountLedger) -> None:
    offered = ledger.record(None, percent())
    assert offered is not None and offered.code is not None
    near = offered.code[:-1] + ("A" if offered.code[-1] != "A" else "C")
    with pytest.raises(NotFound) as problem:
        ledger.redeem(near)
    message = str(problem.value)
    assert near in message and offered.code not in message
    assert "FD- followed by 8 letters and digits" in message
    with pytest.raises(CodeProblem, match="Type the discount code"):
        ledger.redeem("  ")
    with pytest.raises(NotFound):
        ledger.get("'; DROP TABLE discounts; --")
    assert ledger.get(offered.code).status is S.OFFERED


def test_expiry_follows_the_clock_and_is_written_down(
    db: Database, conn: sqlite3.Connection, ledger: DiscountLedger, clock: FakeClock
) -> None:
    soon = ledger.record(None, percent(expires_on=TODAY + timedelta(days=2)))
    never = ledger.record(None, percent(20, expires_on=None))
    assert soon is not None and never is not None and soon.code and never.code
    clock.advance(days=2)  # the last day: still good
    assert ledger.get(soon.code).status is S.OFFERED
    clock.advance(days=1)
    assert ledger.get(soon.code).status is S.EXPIRED  # worked out on reading
    stored = conn.execute("SELECT status FROM discounts WHERE id = ?", (soon.id,)).fetchone()[0]
    assert stored == "offered"
    assert [d.code for d in ledger.list("expired")] == [soon.code]  # listing writes it down
    stored = conn.execute("SELECT status FROM discounts WHERE id = ?", (soon.id,)).fetchone()[0]
    assert stored == "expired"
    assert ledger.get(never.code).status is S.OFFERED
    assert ledger.expire_due() == 0
    with pytest.raises(CodeProblem, match=r"has expired: it was valid until 2026-05-03\."):
        ledger.redeem(soon.code)
    clock.advance(days=-10)  # a clock running backwards does not bring a code back
    assert ledger.get(soon.code).status is S.EXPIRED


def test_expire_due_counts(ledger: DiscountLedger, clock: FakeClock) -> None:
    for _ in range(3):
        ledger.record(None, percent(expires_on=TODAY))
    clock.advance(days=1)
    assert ledger.expire_due() == 3
    assert ledger.expire_due() == 0


def test_decline(ledger: DiscountLedger) -> None:
    offered = ledger.record(None, fixed("5"))
    used = ledger.record(None, fixed("6"))
    assert offered is not None and used is not None and offered.code and used.code
    declined = ledger.decline(offered.code.lower())
    assert declined.status is S.DECLINED
    assert ledger.decline(offered.code) == declined  # again: nothing changes
    with pytest.raises(CodeProblem, match="was declined by the customer"):
        ledger.redeem(offered.code)
    ledger.redeem(used.code)
    with pytest.raises(CodeProblem, match=r"already redeemed .* cannot be declined"):
        ledger.decline(used.code)


def test_list_filters_by_status_newest_first(ledger: DiscountLedger, clock: FakeClock) -> None:
    codes = []
    for n in range(4):
        offered = ledger.record(None, percent(n + 1))
        assert offered is not None and offered.code
        codes.append(offered.code)
        clock.advance(minutes=1)
    ledger.redeem(codes[0])
    ledger.redeem(codes[2])
    ledger.decline(codes[3])
    assert [d.code for d in ledger.list()] == codes[::-1]
    assert [d.code for d in ledger.list("redeemed")] == [codes[2], codes[0]]
    assert [d.code for d in ledger.list(S.OFFERED)] == [codes[1]]
    assert [d.code for d in ledger.list("declined")] == [codes[3]]
    assert ledger.list("expired") == []
    with pytest.raises(UserFacingError, match="not 'used'"):
        ledger.list("used")


def test_totals_by_kind_and_currency(ledger: DiscountLedger) -> None:
    ledger.record(None, Compensation.apology())
    ledger.record(None, Compensation.apology())
    ledger.record(None, percent(10))
    ledger.record(None, percent(15))
    ledger.record(None, fixed("5"))
    ledger.record(None, fixed("2.50"))
    ledger.record(None, fixed("4", "EUR"))
    ledger.record(None, Compensation(K.FREE_ITEM, item="cinnamon bun"))
    ledger.record(None, Compensation(K.FREE_ITEM, Decimal("3.5"), "GBP", "latte"))
    refund = ledger.record(None, Compensation(K.REFUND, Decimal("12.50"), "EUR"))
    assert refund is not None
    totals = ledger.totals()
    assert totals == [
        CompensationTotal(K.APOLOGY, None, 2, None),
        CompensationTotal(K.PERCENT, None, 2, None),  # counted, never added up
        CompensationTotal(K.FIXED, "EUR", 1, Decimal("4.00")),
        CompensationTotal(K.FIXED, "GBP", 2, Decimal("7.50")),
        CompensationTotal(K.FREE_ITEM, None, 1, None),
        CompensationTotal(K.FREE_ITEM, "GBP", 1, Decimal("3.50")),
        CompensationTotal(K.REFUND, "EUR", 1, Decimal("12.50")),
    ]
    assert [t.describe() for t in totals] == [
        "2 apologies",
        "2 percentage discounts",
        "1 fixed discount: €4.00",
        "2 fixed discounts: £7.50",
        "1 free item",
        "1 free item worth £3.50",
        "1 refund: €12.50",
    ]
    assert ledger.totals("redeemed") == []


def test_totals_follow_the_status(ledger: DiscountLedger) -> None:
    one = ledger.record(None, fixed("5"))
    ledger.record(None, fixed("7"))
    assert one is not None and one.code
    ledger.redeem(one.code)
    assert ledger.totals("redeemed") == [CompensationTotal(K.FIXED, "GBP", 1, Decimal("5.00"))]
    assert ledger.totals("offered") == [CompensationTotal(K.FIXED, "GBP", 1, Decimal("7.00"))]


def test_to_json_has_stable_keys(ledger: DiscountLedger, comment_ids: list[int]) -> None:
    offered = ledger.record(comment_ids[0], fixed("5"))
    assert offered is not None
    assert offered.to_json() == {
        "code": offered.code,
        "kind": "fixed",
        "value": "5.00",
        "currency": "GBP",
        "item": None,
        "expires_on": IN_A_MONTH.isoformat(),
        "status": "offered",
        "comment_id": comment_ids[0],
        "created_at": "2026-05-01T12:00:00Z",
        "redeemed_at": None,
        "description": "£5.00 off",
    }


def test_a_deleted_comment_leaves_its_offer_in_the_ledger(
    conn: sqlite3.Connection, ledger: DiscountLedger, comment_ids: list[int]
) -> None:
    offered = ledger.record(comment_ids[0], percent())
    assert offered is not None and offered.code
    conn.execute("DELETE FROM comments WHERE id = ?", (comment_ids[0],))
    assert ledger.get(offered.code).comment_id is None
