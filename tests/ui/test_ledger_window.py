"""The discount ledger window, against a real database."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from feedback_desk.core.compensation import Compensation, CompensationKind, DiscountStatus
from feedback_desk.core.errors import DatabaseLocked
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database, open_database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.discounts import Discount, DiscountLedger
from feedback_desk.ui.formatting import exact_local_time
from feedback_desk.ui.ledger_window import (
    LedgerModel,
    LedgerWindow,
    local_date,
    short_local_time,
)
from tests.conftest import FakeClock

from .conftest import NOW, make_comments

K = CompensationKind
S = DiscountStatus
TODAY = NOW.astimezone().date()  # the shop's day, in the machine's zone
IN_A_MONTH = TODAY + timedelta(days=30)
M = LedgerModel


def offer(db: Database, compensation: Compensation, comment_id: int | None = None) -> Discount:
    conn = db.connect()
    try:
        ledger = DiscountLedger(db, conn, random.Random(len(DiscountLedger(db, conn).list())))
        today = ledger.today()
        recorded = ledger.record(comment_id=comment_id, compensation=compensation.validate(today))
    finally:
        conn.close()
    assert recorded is not None
    return recorded


def status_of(db: Database, code: str) -> DiscountStatus:
    conn = db.connect()
    try:
        return DiscountLedger(db, conn).get(code).status
    finally:
        conn.close()


@pytest.fixture
def offers(db: Database) -> dict[str, Discount]:
    """Oldest first: 10% off, £5.00 off, a free cinnamon bun worth £3.50, an apology."""
    return {
        "percent": offer(db, Compensation(K.PERCENT, Decimal(10), expires_on=IN_A_MONTH)),
        "fixed": offer(db, Compensation(K.FIXED, Decimal("5"), "gbp", expires_on=IN_A_MONTH)),
        "free": offer(
            db, Compensation(K.FREE_ITEM, Decimal("3.5"), "GBP", item="  cinnamon   bun ")
        ),
        "apology": offer(db, Compensation.apology()),
    }


@pytest.fixture
def open_window(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    opened: list[LedgerWindow] = []

    def build(database: Database) -> LedgerWindow:
        window = LedgerWindow(database)
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
        return window

    yield build
    for window in opened:
        window.close_connection()


def cell(window: LedgerWindow, row: int, column: int, role: int = 0) -> object:
    return window.model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def column(window: LedgerWindow, number: int) -> list[object]:
    return [cell(window, row, number) for row in range(window.model.rowCount())]


def choose_filter(window: LedgerWindow, label: str) -> None:
    index = window.status_filter.findText(label)
    assert index >= 0, label
    window.status_filter.setCurrentIndex(index)


def select(window: LedgerWindow, code: str | None, what: str = "") -> None:
    for row, discount in enumerate(window.model.discounts):
        if (code is not None and discount.code == code) or (
            code is None and discount.description == what
        ):
            window.view.selectRow(row)
            return
    raise AssertionError(f"{code or what} is not listed")


# -- the model -----------------------------------------------------------------------------


def test_model_passes_qt_model_checks(
    qtmodeltester, db: Database, offers: dict[str, Discount]
) -> None:
    conn = db.connect()
    model = LedgerModel()
    model.set_discounts(DiscountLedger(db, conn).list())
    conn.close()
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    qtmodeltester.check(LedgerModel())  # empty, too


# -- reading -------------------------------------------------------------------------------


def test_rows_are_newest_first_with_every_column(
    open_window, db: Database, offers: dict[str, Discount]
) -> None:
    window = open_window(db)
    assert window.objectName() == "ledgerWindow"
    assert window.windowTitle() == "Discount ledger"
    assert window.view is window.findChild(type(window.view), "ledgerView")
    assert [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)] == [
        "Customer",
        "",
        "Complaint",
        "What",
        "Code",
        "Status",
        "Valid until",
        "Offered",
        "Redeemed",
    ]
    assert column(window, M.WHAT) == [
        "an apology",
        "a free cinnamon bun",
        "£5.00 off",
        "10% off",
    ]
    assert column(window, M.CODE) == [
        "no code",
        offers["free"].code,
        offers["fixed"].code,
        offers["percent"].code,
    ]
    # An apology has no code: it is never listed as an offered code.
    assert column(window, M.STATUS) == ["Apology sent", "Offered", "Offered", "Offered"]
    assert column(window, M.VALID_UNTIL) == [
        "",
        "no end date",
        local_date(IN_A_MONTH),
        local_date(IN_A_MONTH),
    ]
    assert local_date(IN_A_MONTH).count("/") == 2  # the short US form: 12/25/26 in UTC
    assert column(window, M.REDEEMED) == [""] * 4
    assert column(window, M.CUSTOMER) == ["—"] * 4  # recorded without a comment
    # the local time in the locale's short form (12:00 UTC here; the zone is the machine's)
    assert cell(window, 0, M.OFFERED) == short_local_time(NOW)
    assert "/26" in str(cell(window, 0, M.OFFERED))
    assert exact_local_time(NOW) in str(cell(window, 0, M.OFFERED, Qt.ItemDataRole.ToolTipRole))
    assert "has no code" in str(cell(window, 0, M.CODE, Qt.ItemDataRole.ToolTipRole))


def test_totals_describe_the_ledger_in_plain_text(
    open_window, db: Database, offers: dict[str, Discount]
) -> None:
    window = open_window(db)
    assert window.totals.objectName() == "ledgerTotals"
    assert window.totals.textFormat() == Qt.TextFormat.PlainText
    assert window.status.textFormat() == Qt.TextFormat.PlainText
    assert window.totals.text().splitlines() == [
        "4 offers in the ledger.",
        "1 apology",
        "1 percentage discount",
        "1 fixed discount: £5.00",
        "1 free item worth £3.50",
    ]


def test_an_empty_ledger_explains_where_offers_come_from(open_window, db: Database) -> None:
    window = open_window(db)
    assert window.model.rowCount() == 0
    assert "No offers yet" in window.totals.text()
    assert "when you send a reply that offers one" in window.totals.text()
    assert not window.redeem_button.isEnabled()
    assert not window.redeem_code_button.isEnabled()


def test_each_line_names_the_customer_the_platform_and_the_complaint(
    qtbot, open_window, db: Database, store: CommentStore
) -> None:  # type: ignore[no-untyped-def]
    store.add_many(make_comments(1, text="The bread was stale\nand the till was rude"), Triage())
    comment_id = store.page(InboxFilter())[0].id
    offer(db, Compensation(K.PERCENT, Decimal(15)), comment_id)
    offer(db, Compensation(K.REFUND, Decimal(4), "GBP"), comment_id)
    window = open_window(db)
    assert column(window, M.CUSTOMER) == ["Customer 0", "Customer 0"]
    assert [cell(window, r, M.PLATFORM, Qt.ItemDataRole.AccessibleTextRole) for r in range(2)] == [
        "Facebook",
        "Facebook",
    ]
    assert "Customer 0 on Facebook" in str(cell(window, 0, M.PLATFORM, Qt.ItemDataRole.ToolTipRole))
    assert column(window, M.COMPLAINT)[0] == "The bread was stale and the till was rude number 0"
    tip = str(cell(window, 0, M.COMPLAINT, Qt.ItemDataRole.ToolTipRole))
    assert "The bread was stale\nand the till" in tip and "Double-click" in tip
    # A refund is not a code waiting at the till.
    assert cell(window, 0, M.STATUS) == "Refund promised"
    choose_filter(window, "Codes not used yet")
    assert column(window, M.WHAT) == ["15% off"]
    choose_filter(window, "Apologies and refunds")
    assert column(window, M.STATUS) == ["Refund promised"]
    # A double-click opens the complaint's story.
    with qtbot.waitSignal(window.storyRequested) as story:
        window.view.doubleClicked.emit(window.model.index(0, M.COMPLAINT))
    assert story.args == [comment_id]


def test_filter_by_status(open_window, db: Database, offers: dict[str, Discount]) -> None:
    window = open_window(db)
    assert [window.status_filter.itemText(i) for i in range(window.status_filter.count())] == [
        "Everything",
        "Codes not used yet",
        "Redeemed codes",
        "Expired codes",
        "Declined codes",
        "Apologies and refunds",
    ]
    choose_filter(window, "Redeemed codes")
    assert window.model.rowCount() == 0
    assert window.totals.text() == "No redeemed codes (4 offers in the ledger)."
    window.code_edit.setText(offers["fixed"].code or "")
    window.redeem_code_button.click()
    assert column(window, M.WHAT) == ["£5.00 off"]
    assert window.totals.text().splitlines() == [
        "Redeemed codes: 1 of 4 offers.",
        "1 fixed discount: £5.00",
    ]
    choose_filter(window, "Codes not used yet")
    assert column(window, M.WHAT) == ["a free cinnamon bun", "10% off"]
    assert window.totals.text().splitlines()[0] == "Codes not used yet: 2 of 4 offers."
    choose_filter(window, "Apologies and refunds")
    assert column(window, M.WHAT) == ["an apology"]
    choose_filter(window, "Everything")
    assert window.model.rowCount() == 4


# -- buttons -------------------------------------------------------------------------------


def test_buttons_say_why_they_are_disabled(
    open_window, db: Database, offers: dict[str, Discount]
) -> None:
    window = open_window(db)
    for button in (window.redeem_button, window.decline_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Select an offer in the list first."
    assert not window.redeem_code_button.isEnabled()
    assert "Type the code" in window.redeem_code_button.toolTip()

    select(window, None, "an apology")
    assert not window.redeem_button.isEnabled()
    assert window.redeem_button.toolTip() == (
        "An apology has no code, so there is nothing to mark redeemed."
    )
    assert "nothing to decline" in window.decline_button.toolTip()

    select(window, offers["percent"].code)
    assert window.redeem_button.isEnabled() and window.decline_button.isEnabled()
    assert offers["percent"].code in window.redeem_button.toolTip()

    window.code_edit.setText("x")
    assert window.redeem_code_button.isEnabled()


def test_redeem_the_selected_row(
    qtbot, open_window, db: Database, offers: dict[str, Discount]
) -> None:
    window = open_window(db)
    code = offers["fixed"].code or ""
    select(window, code)
    with qtbot.waitSignal(window.changed):
        window.redeem_button.click()
    assert status_of(db, code) is S.REDEEMED
    row = window.model.row_of(offers["fixed"].id)
    assert row is not None
    assert cell(window, row, M.STATUS) == "Redeemed"
    assert cell(window, row, M.REDEEMED) == short_local_time(NOW)
    assert window.status.text() == f"Code {code} redeemed: £5.00 off."
    # still selected, and now it cannot change again
    assert window.selected() is not None and window.selected().id == offers["fixed"].id
    assert not window.redeem_button.isEnabled()
    assert "already redeemed" in window.redeem_button.toolTip()
    assert "already redeemed" in window.decline_button.toolTip()
    choose_filter(window, "Redeemed codes")
    assert window.totals.text().splitlines() == [
        "Redeemed codes: 1 of 4 offers.",
        "1 fixed discount: £5.00",
    ]


def test_decline_the_selected_row(open_window, db: Database, offers: dict[str, Discount]) -> None:
    window = open_window(db)
    code = offers["free"].code or ""
    select(window, code)
    window.decline_button.click()
    assert status_of(db, code) is S.DECLINED
    assert window.status.text() == f"Code {code} declined: a free cinnamon bun."
    assert not window.redeem_button.isEnabled()
    assert "declined by the customer" in window.redeem_button.toolTip()
    assert "already declined" in window.decline_button.toolTip()
    window.code_edit.setText(code)
    window.redeem_code_button.click()
    assert "was declined by the customer" in window.status.text()
    assert status_of(db, code) is S.DECLINED


# -- typing a code ---------------------------------------------------------------------------


def test_redeem_a_typed_code_in_any_case_with_odd_dashes(
    qtbot, open_window, db: Database, offers: dict[str, Discount]
) -> None:
    window = open_window(db)
    code = offers["percent"].code or ""
    mangled = "  " + "- ".join(code.lower().replace("-", "")) + " "
    window.code_edit.setText(mangled)
    with qtbot.waitSignal(window.changed):
        qtbot.keyClick(window.code_edit, Qt.Key.Key_Return)
    assert status_of(db, code) is S.REDEEMED
    assert window.status.text() == f"Code {code} redeemed: 10% off."
    assert window.code_edit.text() == ""
    assert window.selected() is not None and window.selected().code == code
    assert window.totals.text().startswith("4 offers in the ledger.")

    window.code_edit.setText(code)
    window.redeem_code_button.click()
    assert "already redeemed" in window.status.text()
    assert window.code_edit.text() == code  # kept, so the owner can check it


def test_a_wrong_code_shows_the_ledgers_message(
    open_window, db: Database, offers: dict[str, Discount]
) -> None:
    window = open_window(db)
    window.code_edit.setText("fd-nope-nope")
    window.redeem_code_button.click()
    assert window.status.text().startswith(
        "There is no discount code 'fd-nope-nope' in the ledger."
    )
    assert [d.status for d in window.model.discounts] == [S.OFFERED] * 4


def test_a_database_problem_is_shown_not_raised(
    open_window, db: Database, offers: dict[str, Discount], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(db)

    def locked(self: DiscountLedger, code: str) -> Discount:
        raise DatabaseLocked("The comment database is busy; try again in a moment.")

    monkeypatch.setattr(DiscountLedger, "redeem", locked)
    select(window, offers["percent"].code)
    window.redeem_button.click()
    assert window.status.text() == "The comment database is busy; try again in a moment."


# -- time passing ----------------------------------------------------------------------------


def test_an_expired_offer_cannot_be_redeemed(open_window, tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    moving = open_database(tmp_path / "h", clock)
    soon = offer(moving, Compensation(K.FIXED, Decimal("2.5"), "GBP", expires_on=TODAY))
    later = offer(moving, Compensation(K.PERCENT, Decimal(20), expires_on=IN_A_MONTH))
    clock.advance(days=2)
    window = open_window(moving)
    assert column(window, M.STATUS) == ["Offered", "Expired"]
    select(window, soon.code)
    assert not window.redeem_button.isEnabled()
    assert window.redeem_button.toolTip() == (
        f"Code {soon.code} has expired: it was valid until {local_date(TODAY)}."
    )
    assert not window.decline_button.isEnabled()
    window.code_edit.setText((soon.code or "").lower())
    window.redeem_code_button.click()
    assert f"Code {soon.code} has expired" in window.status.text()
    assert status_of(moving, soon.code or "") is S.EXPIRED
    choose_filter(window, "Expired codes")
    assert window.totals.text().splitlines() == [
        "Expired codes: 1 of 2 offers.",
        "1 fixed discount: £2.50",
    ]
    choose_filter(window, "Everything")
    select(window, later.code)
    assert window.redeem_button.isEnabled()


def test_an_offer_that_expires_while_the_window_is_open(open_window, tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    moving = open_database(tmp_path / "h", clock)
    soon = offer(moving, Compensation(K.PERCENT, Decimal(5), expires_on=TODAY))
    window = open_window(moving)
    select(window, soon.code)
    assert window.redeem_button.isEnabled()
    clock.advance(days=1)
    window.redeem_button.click()
    assert "has expired" in window.status.text()
    assert column(window, M.STATUS) == ["Expired"]
    assert not window.redeem_button.isEnabled()


# -- the connection --------------------------------------------------------------------------


def test_the_connection_closes_when_the_dialog_finishes(
    open_window, db: Database, offers: dict[str, Discount]
) -> None:
    window = open_window(db)
    assert window._conn is not None
    window.accept()
    assert window._conn is None
    window.show()  # opened again: a fresh connection
    window.reload()
    assert window.model.rowCount() == 4
    window.reject()
    assert window._conn is None


def test_export_saves_the_lines_shown_as_plain_cells(
    open_window, db: Database, store: CommentStore, tmp_path: Path
) -> None:
    store.add_many(make_comments(1, text="=HYPERLINK(1) rude"), Triage())
    offer(db, Compensation(K.PERCENT, Decimal(15)), store.page(InboxFilter())[0].id)
    window = open_window(db)
    assert window.export_button.text() == "Export…"
    target = tmp_path / "ledger.csv"
    window.export_to(target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Customer,Platform,Complaint,What,Code")
    assert "'=HYPERLINK(1) rude number 0" in lines[1]
    assert "Saved 1 line" in window.status.text()
