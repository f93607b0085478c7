from __future__ import annotations

import random
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from feedback_desk.core.compensation import (
    CODE_ALPHABET,
    Compensation,
    CompensationKind,
    canonical_code,
    check_own_code,
    format_money,
    needs_code,
    new_code,
    parse_amount,
)
from feedback_desk.core.errors import UserFacingError

TODAY = date(2026, 5, 1)
K = CompensationKind


def ok(compensation: Compensation) -> Compensation:
    return compensation.validate(TODAY)


def refused(compensation: Compensation, match: str) -> None:
    with pytest.raises(UserFacingError, match=match):
        compensation.validate(TODAY)


# -- validation ----------------------------------------------------------------------------


def test_none_and_apology_carry_nothing() -> None:
    assert ok(Compensation.none()) == Compensation(K.NONE)
    assert ok(Compensation.apology()) == Compensation(K.APOLOGY)
    refused(Compensation(K.APOLOGY, Decimal(5)), "An apology carries no value")
    refused(Compensation(K.NONE, item="bun"), "No compensation carries no value")
    refused(Compensation(K.APOLOGY, expires_on=TODAY), "expiry date")


@pytest.mark.parametrize("value", ["1", "10", "12.5", "100"])
def test_percent_from_1_to_100(value: str) -> None:
    assert ok(Compensation(K.PERCENT, Decimal(value))).value == Decimal(value)


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ("0", r"from 1% to 100%, not 0%"),
        ("0.5", r"from 1% to 100%, not 0.5%"),
        ("101", r"from 1% to 100%, not 101%"),
        ("-10", r"from 1% to 100%"),
        ("12.345", "too many decimal places"),
        ("NaN", "is not a number"),
    ],
)
def test_percent_out_of_range_is_refused(value: str, match: str) -> None:
    refused(Compensation(K.PERCENT, Decimal(value)), match)


def test_percent_needs_a_value_and_no_currency() -> None:
    refused(Compensation(K.PERCENT), "needs a percentage")
    refused(Compensation(K.PERCENT, Decimal(10), "GBP"), "no currency or item")


@pytest.mark.parametrize("kind", [K.FIXED, K.REFUND])
def test_money_needs_a_positive_amount_and_a_currency(kind: CompensationKind) -> None:
    what = "A fixed discount" if kind is K.FIXED else "A refund"
    refused(Compensation(kind, None, "GBP"), f"{what} needs an amount")
    refused(Compensation(kind, Decimal(5)), f"{what} needs a currency")
    refused(Compensation(kind, Decimal(0), "GBP"), f"{what} must be more than zero, not 0")
    refused(Compensation(kind, Decimal("-3"), "GBP"), "more than zero")
    refused(Compensation(kind, Decimal(5), "pounds"), "'POUNDS' is not a currency code")
    refused(Compensation(kind, Decimal(5), "£"), "not a currency code")
    refused(Compensation(kind, Decimal("5.005"), "GBP"), "GBP amounts have 2 decimal places")
    refused(Compensation(kind, Decimal("5.5"), "JPY"), "JPY amounts have no decimal places")
    refused(Compensation(kind, Decimal("5000000"), "GBP"), "looks like a typo")
    refused(Compensation(kind, Decimal(5), "GBP", item="bun"), "amount of money, not an item")
    refused(Compensation(kind, Decimal("Infinity"), "GBP"), "not a number")


def test_money_is_tidied_to_the_currencys_decimal_places() -> None:
    tidy = ok(Compensation(K.FIXED, Decimal(5), " gbp "))
    assert tidy.value == Decimal("5.00") and str(tidy.value) == "5.00"
    assert tidy.currency == "GBP"
    assert str(ok(Compensation(K.REFUND, Decimal("500"), "JPY")).value) == "500"
    assert str(ok(Compensation(K.REFUND, Decimal("1.5"), "KWD")).value) == "1.500"


def test_values_must_be_decimals_never_floats() -> None:
    with pytest.raises(TypeError, match="never floats"):
        Compensation(K.FIXED, 5.5, "GBP").validate(TODAY)  # type: ignore[arg-type]


def test_free_item_needs_the_item() -> None:
    refused(Compensation(K.FREE_ITEM), "needs the item's name")
    refused(Compensation(K.FREE_ITEM, item="   "), "needs the item's name")
    refused(Compensation(K.FREE_ITEM, item="x" * 201), "too long")
    tidy = ok(Compensation(K.FREE_ITEM, item="  cinnamon   bun "))
    assert tidy.item == "cinnamon bun" and tidy.value is None


def test_free_item_worth_is_optional_but_complete() -> None:
    tidy = ok(Compensation(K.FREE_ITEM, Decimal("3.5"), "gbp", "cinnamon bun"))
    assert (tidy.value, tidy.currency) == (Decimal("3.50"), "GBP")
    refused(Compensation(K.FREE_ITEM, Decimal("3.5"), None, "bun"), "needs a currency")
    refused(Compensation(K.FREE_ITEM, None, "GBP", "bun"), "worth as well as its currency")


def test_expiry_is_today_or_later() -> None:
    assert ok(Compensation(K.PERCENT, Decimal(10), expires_on=TODAY)).expires_on == TODAY
    refused(
        Compensation(K.PERCENT, Decimal(10), expires_on=TODAY - timedelta(days=1)),
        r"The expiry date 2026-04-30 is in the past; choose 2026-05-01 or later\.",
    )
    refused(
        Compensation(K.REFUND, Decimal(5), "GBP", expires_on=TODAY + timedelta(days=9)),
        "A refund does not expire",
    )


def test_kind_may_be_given_as_its_text() -> None:
    tidy = Compensation("percent", Decimal(10)).validate(TODAY)  # type: ignore[arg-type]
    assert tidy.kind is K.PERCENT


# -- in words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("compensation", "words"),
    [
        (Compensation(K.NONE), "no compensation"),
        (Compensation(K.APOLOGY), "an apology"),
        (Compensation(K.PERCENT, Decimal(10)), "10% off"),
        (Compensation(K.PERCENT, Decimal("12.50")), "12.5% off"),
        (Compensation(K.PERCENT, Decimal("100")), "100% off"),
        (Compensation(K.FIXED, Decimal(5), "GBP"), "£5.00 off"),
        (Compensation(K.FIXED, Decimal("1250"), "USD"), "$1,250.00 off"),
        (Compensation(K.FIXED, Decimal("500"), "JPY"), "¥500 off"),
        (Compensation(K.FIXED, Decimal("7.5"), "CHF"), "7.50 CHF off"),
        (Compensation(K.FREE_ITEM, item="cinnamon bun"), "a free cinnamon bun"),
        (Compensation(K.FREE_ITEM, item="an espresso"), "a free espresso"),
        (Compensation(K.FREE_ITEM, item="2 coffees"), "2 free coffees"),
        (Compensation(K.FREE_ITEM, item="two drinks"), "two free drinks"),
        (Compensation(K.FREE_ITEM, item="Three buns"), "Three free buns"),
        (Compensation(K.REFUND, Decimal("12.50"), "EUR"), "a refund of €12.50"),
    ],
)
def test_describe(compensation: Compensation, words: str) -> None:
    assert compensation.describe() == words


def test_format_money_and_parse_amount() -> None:
    assert format_money(Decimal("0.1") + Decimal("0.2"), "GBP") == "£0.30"
    assert format_money(Decimal("3"), "kwd") == "3.000 KWD"
    assert parse_amount("£5.50") == Decimal("5.50")
    assert parse_amount(" 12,50 ") == Decimal("12.50")
    assert parse_amount("1,250.00") == Decimal("1250.00")
    assert parse_amount("10%") == Decimal(10)
    for bad in ("five", "", "inf", "nan"):
        with pytest.raises(UserFacingError, match="is not an amount"):
            parse_amount(bad)


def test_json_round_trip_keeps_decimals_exact() -> None:
    original = Compensation(K.FIXED, Decimal("0.30"), "GBP", None, TODAY)
    data = original.to_json()
    assert data == {
        "kind": "fixed",
        "value": "0.30",
        "currency": "GBP",
        "item": None,
        "expires_on": "2026-05-01",
    }
    assert Compensation.from_json(data) == original
    assert Compensation.from_json({}) == Compensation(K.NONE)
    with pytest.raises(UserFacingError, match="cannot be read"):
        Compensation.from_json({"kind": "bribe"})


# -- codes ---------------------------------------------------------------------------------


def test_only_discounts_and_free_items_get_codes() -> None:
    assert [k for k in K if needs_code(k)] == [K.PERCENT, K.FIXED, K.FREE_ITEM]


def test_the_alphabet_has_nothing_that_reads_as_something_else() -> None:
    assert not set(CODE_ALPHABET) & set("0O1IL5S2Z8B")
    assert len(set(CODE_ALPHABET)) == len(CODE_ALPHABET)


def test_code_format() -> None:
    code = new_code(random.Random(1))
    assert re.fullmatch(rf"FD-[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}", code)
    assert re.fullmatch(r"FD-\w{4}-\w{4}-\w{2}", new_code(random.Random(1), length=10))
    assert new_code(random.Random(7)) == new_code(random.Random(7))  # seeded: reproducible
    assert re.fullmatch(r"FD-\w{4}-\w{4}", new_code())  # the secure source by default
    with pytest.raises(ValueError):
        new_code(length=3)


def test_ten_thousand_codes_are_unique_and_use_only_the_alphabet() -> None:
    rng = random.Random(20260501)
    codes = [new_code(rng) for _ in range(10_000)]
    assert len(set(codes)) == len(codes)
    body = "".join(c.removeprefix("FD-").replace("-", "") for c in codes)
    assert set(body) <= set(CODE_ALPHABET)
    assert len(set(body)) == len(CODE_ALPHABET)  # and every character of it turns up


def test_canonical_code_ignores_case_dashes_and_spaces() -> None:
    assert canonical_code("fd-7kqm x4pa") == canonical_code(" FD7KQM-X4PA ") == "FD7KQMX4PA"


def test_own_codes() -> None:
    assert check_own_code(" sorry-10 ") == "SORRY-10"
    for bad in ("abc", "x" * 33, "SORRY_10", "-SORRY", "SOR--RY", "10%OFF"):
        with pytest.raises(UserFacingError, match="cannot be a code"):
            check_own_code(bad)
