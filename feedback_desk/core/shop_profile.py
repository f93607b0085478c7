"""The shop as the owner describes it: its name, the money it counts in, the country whose
dates it writes, and how the owner signs a reply.

Codes are the international ones: ISO 4217 for currencies (EUR, GBP, USD) and ISO 3166-1
alpha-2 for countries (DE, GB, US); the lists live in resources/shop_places.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from .data_files import resource_folder
from .errors import UserFacingError
from .texts import translate

PLACES_FILE = "shop_places.json"
# What a new shop starts with when nothing better is known (the app's long-standing default).
FALLBACK_CURRENCY = "GBP"
MAX_NAME_LENGTH = 120
MAX_SIGNATURE_LENGTH = 200
_SIGNATURE_GAP = re.compile(r"\{\s*signature\s*\}", re.IGNORECASE)


class CommonCurrency(NamedTuple):
    """A currency the profile's list offers first: its code, name and symbol. (This and
    Places are named tuples: read before the first paint, where a frozen dataclass costs
    Python 3.11 about 0.5 ms to make.)"""

    code: str
    name: str
    symbol: str

    @property
    def label(self) -> str:
        """What a list shows: "EUR — € Euro"."""
        return f"{self.code} — {self.symbol} {self.name}"


class Places(NamedTuple):
    """The known country and currency codes, and the currencies offered first."""

    countries: frozenset[str]
    currencies: frozenset[str]
    common_currencies: tuple[CommonCurrency, ...]


@cache
def places() -> Places:
    """The known country and currency codes (read once from the app's resources)."""
    text = resource_folder().joinpath(PLACES_FILE).read_text("utf-8")
    data = json.loads(text)
    return Places(
        frozenset(str(c) for c in data["countries"]),
        frozenset(str(c) for c in data["currencies"]),
        tuple(
            CommonCurrency(str(c["code"]), str(c["name"]), str(c["symbol"]))
            for c in data["common_currencies"]
        ),
    )


def check_currency(code: str) -> str:
    """The currency's code in capitals, or a message saying what is wrong with it."""
    clean = code.strip().upper()
    if not clean:
        raise UserFacingError(
            translate(
                "ShopProfile", "Choose the currency your shop counts in, e.g. EUR, GBP or USD."
            )
        )
    if clean not in places().currencies:
        raise UserFacingError(
            translate(
                "ShopProfile",
                "{code} is not a currency code: use the three letters of the "
                "international list (ISO 4217), such as EUR, GBP or USD.",
            ).format(code=repr(code.strip()))
        )
    return clean


def check_country(code: str) -> str:
    """The country's two-letter code in capitals, or a message saying what is wrong."""
    clean = code.strip().upper()
    if not clean:
        raise UserFacingError(
            translate("ShopProfile", "Choose the country your shop is in, e.g. DE, GB or US.")
        )
    if clean not in places().countries:
        raise UserFacingError(
            translate(
                "ShopProfile",
                "{code} is not a country code: use the two letters of the "
                "international list (ISO 3166), such as DE, GB or US.",
            ).format(code=repr(code.strip()))
        )
    return clean


@dataclass(frozen=True, slots=True)
class ShopProfile:
    """`currency` and `country` are None until the owner chose them; `signature` is the
    sign-off that ends a reply ("— Maria, Juniper & Rye"), empty for none."""

    name: str = ""
    currency: str | None = None
    country: str | None = None
    signature: str = ""

    def checked(self) -> ShopProfile:
        """The profile tidied (codes in capitals, spaces trimmed), or a clear message."""
        name = self.name.strip()
        signature = "\n".join(line.rstrip() for line in self.signature.strip().splitlines())
        if len(name) > MAX_NAME_LENGTH:
            raise UserFacingError(
                translate("ShopProfile", "Keep the shop's name under {count} characters.").format(
                    count=MAX_NAME_LENGTH
                )
            )
        if len(signature) > MAX_SIGNATURE_LENGTH:
            raise UserFacingError(
                translate("ShopProfile", "Keep the sign-off under {count} characters.").format(
                    count=MAX_SIGNATURE_LENGTH
                )
            )
        if _SIGNATURE_GAP.search(signature):
            raise UserFacingError(
                translate("ShopProfile", "The sign-off cannot contain {signature} itself.")
            )
        return replace(
            self,
            name=name,
            currency=None if self.currency is None else check_currency(self.currency),
            country=None if self.country is None else check_country(self.country),
            signature=signature,
        )

    @property
    def money(self) -> str:
        """The currency new offers are in."""
        return self.currency or FALLBACK_CURRENCY


def suggested_signature(owner: str, shop: str) -> str:
    """ "— Maria, Juniper & Rye" from its parts (either may be blank)."""
    parts = [p.strip() for p in (owner, shop) if p.strip()]
    return "— " + ", ".join(parts) if parts else ""


def signed(text: str, signature: str) -> str:
    """The reply ending with the sign-off exactly once: unchanged when the sign-off is
    blank, already there at the end, or asked for with a {signature} gap."""
    sign = signature.strip()
    if not sign or _SIGNATURE_GAP.search(text):
        return text
    body = text.rstrip()
    if body.endswith(sign):
        return text
    return f"{body}\n\n{sign}" if body else f"\n\n{sign}"


def unsigned(text: str, signature: str) -> str:
    """The reply without the sign-off at its end (what the tone check reads)."""
    sign = signature.strip()
    body = text.rstrip()
    if sign and body.endswith(sign):
        return body[: -len(sign)].rstrip()
    return text
