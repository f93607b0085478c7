"""The shop's profile: codes checked with clear messages, and the sign-off added once."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from importlib import resources

import pytest

from feedback_desk.core.compensation import CompensationKind, parse_offer_spec
from feedback_desk.core.errors import UserFacingError
from feedback_desk.core.saved_replies import fill
from feedback_desk.core.shop_profile import (
    PLACES_FILE,
    ShopProfile,
    check_country,
    check_currency,
    places,
    signed,
    suggested_signature,
    unsigned,
)
from feedback_desk.core.tone import check_tone

SIGN = "— Maria, Juniper & Rye"


def test_the_code_lists_ship_inside_the_package() -> None:
    data = json.loads(
        resources.files("feedback_desk.resources").joinpath(PLACES_FILE).read_text("utf-8")
    )
    assert data["version"] == 1
    assert len(places().countries) == 249  # ISO 3166-1 alpha-2, every assigned code
    assert {"DE", "GB", "US", "FR", "JP"} <= places().countries
    assert {"EUR", "GBP", "USD", "CHF", "JPY"} <= places().currencies
    common = [c.code for c in places().common_currencies]
    assert common[:3] == ["EUR", "GBP", "USD"]
    assert set(common) <= places().currencies
    assert all(c.symbol and c.name for c in places().common_currencies)


@pytest.mark.parametrize("typed", ["eur", " EUR ", "Eur"])
def test_currency_codes_are_tidied(typed: str) -> None:
    assert check_currency(typed) == "EUR"


@pytest.mark.parametrize("typed", ["XYZ", "EURO", "€", "12"])
def test_an_unknown_currency_gets_a_clear_message(typed: str) -> None:
    with pytest.raises(UserFacingError, match=r"is not a currency code.*ISO 4217.*EUR, GBP"):
        check_currency(typed)


def test_a_missing_currency_says_what_to_do() -> None:
    with pytest.raises(UserFacingError, match="Choose the currency"):
        check_currency("  ")


@pytest.mark.parametrize("typed", ["ZZ", "DEU", "Germany", "EU"])
def test_an_unknown_country_gets_a_clear_message(typed: str) -> None:
    with pytest.raises(UserFacingError, match=r"is not a country code.*ISO 3166.*DE, GB or US"):
        check_country(typed)


def test_a_profile_is_checked_and_tidied() -> None:
    profile = ShopProfile("  Juniper & Rye ", "eur", "de", f"  {SIGN}  ").checked()
    assert profile == ShopProfile("Juniper & Rye", "EUR", "DE", SIGN)
    assert profile.money == "EUR"
    assert ShopProfile().money == "GBP"  # nothing chosen yet: the app's old default
    with pytest.raises(UserFacingError, match="not a country code"):
        ShopProfile(country="XX").checked()
    with pytest.raises(UserFacingError, match="cannot contain"):
        ShopProfile(signature="— {signature}").checked()


def test_the_sign_off_lands_once_at_the_end() -> None:
    text = "Hi Sam, I'm sorry the cake was late."
    once = signed(text, SIGN)
    assert once == f"{text}\n\n{SIGN}"
    assert signed(once, SIGN) == once  # never twice
    assert signed(once + "\n\n", SIGN) == once + "\n\n"
    assert signed("", SIGN) == f"\n\n{SIGN}"  # a new reply: written above it
    assert signed(text, "") == text  # no sign-off chosen
    gap = "Hi Sam, sorry.\n{signature}"
    assert signed(gap, SIGN) == gap  # the template places it itself
    assert unsigned(once, SIGN) == text
    assert unsigned(text, SIGN) == text


def test_signature_fills_the_gap_and_the_tone_check_leaves_it_alone() -> None:
    text = fill("Hi {customer}, thank you for telling us; I'm sorry.\n{signature}", {
        "customer": "Sam", "signature": "— MARIA, JUNIPER & RYE",
    })  # fmt: skip
    assert text.endswith("\n— MARIA, JUNIPER & RYE")

    def flags(words: str) -> list[str]:
        return [
            f.kind.value
            for f in check_tone(
                words,
                comment_text="The cake was late.",
                channel="public",
                complaint_valid="valid",
                compensation_offered=False,
            )
        ]

    assert flags(text)  # read with it, the capitals would look like shouting
    assert flags(unsigned(text, "— MARIA, JUNIPER & RYE")) == []


def test_suggested_signature() -> None:
    assert suggested_signature("Maria", "Juniper & Rye") == SIGN
    assert suggested_signature("", "Juniper & Rye") == "— Juniper & Rye"
    assert suggested_signature(" ", "") == ""


def test_a_command_line_offer_without_currency_is_in_the_shops() -> None:
    today = date(2026, 5, 1)
    offer = parse_offer_spec("fixed:5", today, "EUR")
    assert (offer.kind, offer.value, offer.currency) == (
        CompensationKind.FIXED,
        Decimal("5"),
        "EUR",
    )
    assert offer.describe() == "€5.00 off"
    assert parse_offer_spec("refund:5:USD", today, "EUR").currency == "USD"
    with pytest.raises(UserFacingError, match="is not complete"):
        parse_offer_spec("fixed:5", today)
