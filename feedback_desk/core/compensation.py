"""What the shop offers an unhappy customer: nothing, an apology, a discount, a free item
or a refund; and the codes that let a discount be redeemed at the till.

Money is a Decimal, never a float. Codes use only characters nobody can misread when a
customer reads one out over the counter or types it from a screenshot.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Protocol

from .errors import UserFacingError
from .money import MoneyStyle, money_style_in_use
from .texts import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import random


class CompensationKind(enum.StrEnum):
    NONE = "none"
    APOLOGY = "apology"
    PERCENT = "percent"
    FIXED = "fixed"
    FREE_ITEM = "free_item"
    REFUND = "refund"

    @property
    def label(self) -> str:
        return translate("CompensationKind", _KIND_LABELS[self])


_KIND_LABELS = {
    CompensationKind.NONE: QT_TRANSLATE_NOOP("CompensationKind", "No compensation"),
    CompensationKind.APOLOGY: QT_TRANSLATE_NOOP("CompensationKind", "Apology only"),
    CompensationKind.PERCENT: QT_TRANSLATE_NOOP("CompensationKind", "Percentage discount"),
    CompensationKind.FIXED: QT_TRANSLATE_NOOP("CompensationKind", "Fixed discount"),
    CompensationKind.FREE_ITEM: QT_TRANSLATE_NOOP("CompensationKind", "Free item"),
    CompensationKind.REFUND: QT_TRANSLATE_NOOP("CompensationKind", "Refund"),
}

# Kinds the customer brings back to the shop, so they get a code to show.
_CODE_KINDS = frozenset(
    {CompensationKind.PERCENT, CompensationKind.FIXED, CompensationKind.FREE_ITEM}
)


def needs_code(kind: CompensationKind) -> bool:
    """Whether the customer is given a code to redeem (discounts and free items)."""
    return kind in _CODE_KINDS


class DiscountStatus(enum.StrEnum):
    """Where an offer stands in the discount ledger."""

    OFFERED = "offered"
    REDEEMED = "redeemed"
    EXPIRED = "expired"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return translate("DiscountStatus", _STATUS_LABELS[self])


_STATUS_LABELS = {
    DiscountStatus.OFFERED: QT_TRANSLATE_NOOP("DiscountStatus", "Offered"),
    DiscountStatus.REDEEMED: QT_TRANSLATE_NOOP("DiscountStatus", "Redeemed"),
    DiscountStatus.EXPIRED: QT_TRANSLATE_NOOP("DiscountStatus", "Expired"),
    DiscountStatus.DECLINED: QT_TRANSLATE_NOOP("DiscountStatus", "Declined"),
}


# -- money ---------------------------------------------------------------------------------

CURRENCY_SYMBOLS = {
    "GBP": "£",
    "EUR": "€",
    "USD": "$",
    "JPY": "¥",
    "INR": "₹",
    "AUD": "A$",
    "CAD": "CA$",
    "NZD": "NZ$",
}

# Digits after the decimal point, where a currency differs from the usual two (ISO 4217).
_MINOR_UNITS = {
    "BIF": 0,
    "CLP": 0,
    "DJF": 0,
    "GNF": 0,
    "ISK": 0,
    "JPY": 0,
    "KMF": 0,
    "KRW": 0,
    "PYG": 0,
    "RWF": 0,
    "UGX": 0,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
    "BHD": 3,
    "IQD": 3,
    "JOD": 3,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "TND": 3,
}

_CURRENCY = re.compile(r"[A-Z]{3}")
MAX_AMOUNT = Decimal("1000000")  # a typo guard: no shop hands out a million in one go
MAX_ITEM_LENGTH = 200


def minor_units(currency: str) -> int:
    """How many decimal places amounts in this currency have (2 unless ISO 4217 says not)."""
    return _MINOR_UNITS.get(currency.upper(), 2)


def format_money(amount: Decimal, currency: str, style: MoneyStyle | None = None) -> str:
    """£5.00, €12.50, ¥500 (or 12,50 € where the shop's country writes it so); currencies
    without a symbol here: 12.50 CHF."""
    how = style or money_style_in_use()
    places = minor_units(currency)
    plain = f"{amount.quantize(Decimal(1).scaleb(-places)):,.{places}f}"
    text = plain.replace(",", "\0").replace(".", how.decimal).replace("\0", how.group)
    symbol = CURRENCY_SYMBOLS.get(currency.upper())
    if not symbol:
        return f"{text} {currency.upper()}"
    if how.symbol_first:
        return f"{symbol}{' ' if how.spaced else ''}{text}"
    return f"{text}\u00a0{symbol}"


def format_percent(value: Decimal) -> str:
    """10 -> "10%", 12.50 -> "12.5%"."""
    text = f"{value.normalize():f}"
    return f"{text}%"


def parse_amount(text: str) -> Decimal:
    """An amount as the owner typed it ("5", "5.50", "£5.50", "12,50") as a Decimal."""
    cleaned = text.strip()
    for symbol in sorted(CURRENCY_SYMBOLS.values(), key=len, reverse=True):
        cleaned = cleaned.removeprefix(symbol)
    cleaned = cleaned.strip().rstrip("%").strip()
    if cleaned.count(",") == 1 and "." not in cleaned and len(cleaned.split(",")[1]) != 3:
        cleaned = cleaned.replace(",", ".")  # a decimal comma, 12,50
    cleaned = cleaned.replace(",", "")  # thousands separators, 1,250.00
    not_an_amount = translate("Compensation", "{text} is not an amount (e.g. 5 or 5.50).")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise UserFacingError(not_an_amount.format(text=repr(text.strip()))) from None
    if not amount.is_finite():
        raise UserFacingError(not_an_amount.format(text=repr(text.strip())))
    return amount


# -- the offer -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Compensation:
    """What goes with a reply. `value` is a percentage for PERCENT, an amount of `currency`
    for FIXED and REFUND, and the item's worth (optional, for the report) for FREE_ITEM.
    `expires_on` is the last day a code can be redeemed; None: it never expires."""

    kind: CompensationKind
    value: Decimal | None = None
    currency: str | None = None  # ISO 4217, e.g. "GBP"
    item: str | None = None
    expires_on: date | None = None

    @classmethod
    def none(cls) -> Compensation:
        return cls(CompensationKind.NONE)

    @classmethod
    def apology(cls) -> Compensation:
        return cls(CompensationKind.APOLOGY)

    def validate(self, today: date) -> Compensation:
        """Raise UserFacingError naming the first problem. Returns the tidy form: currency
        in capitals, amounts to the currency's decimal places, the item name trimmed."""
        kind = CompensationKind(self.kind)
        if self.value is not None and not isinstance(self.value, Decimal):
            raise TypeError("compensation values are Decimals, never floats")
        item = " ".join(self.item.split()) if self.item is not None else None
        currency = self.currency.strip().upper() if self.currency is not None else None
        tidy = replace(self, kind=kind, item=item or None, currency=currency or None)

        if not gives_something(kind):
            if any(v is not None for v in (self.value, tidy.currency, tidy.item, self.expires_on)):
                raise UserFacingError(
                    translate(
                        "Compensation",
                        "No compensation carries no value, currency, item or expiry date; "
                        "choose a discount, a free item or a refund to offer one.",
                    )
                    if kind is CompensationKind.NONE
                    else translate(
                        "Compensation",
                        "An apology carries no value, currency, item or expiry date; "
                        "choose a discount, a free item or a refund to offer one.",
                    )
                )
            return tidy

        if kind is CompensationKind.PERCENT:
            if tidy.currency is not None or tidy.item is not None:
                raise UserFacingError(
                    translate(
                        "Compensation",
                        "A percentage discount has no currency or item; just the percentage.",
                    )
                )
            value = self._required_value(
                translate("Compensation", "A percentage discount needs a percentage, e.g. 10.")
            )
            if not Decimal(1) <= value <= Decimal(100):
                raise UserFacingError(
                    translate(
                        "Compensation",
                        "A percentage discount must be from 1% to 100%, not {percent}.",
                    ).format(percent=format_percent(value))
                )
            if value != value.quantize(Decimal("0.01")):
                raise UserFacingError(
                    translate(
                        "Compensation", "{percent} has too many decimal places; two are enough."
                    ).format(percent=format_percent(value))
                )
        elif kind in (CompensationKind.FIXED, CompensationKind.REFUND):
            what = _WHAT[kind]
            if tidy.item is not None:
                raise UserFacingError(
                    translate("Compensation", "{what} is an amount of money, not an item.").format(
                        what=translate("Compensation", what)
                    )
                )
            value = self._required_value(
                translate("Compensation", "{what} needs an amount, e.g. 5.00.").format(
                    what=translate("Compensation", what)
                )
            )
            tidy = replace(tidy, value=_money(value, tidy.currency, what))
        else:  # FREE_ITEM
            if tidy.item is None:
                raise UserFacingError(
                    translate(
                        "Compensation",
                        "A free item needs the item's name, e.g. 'cinnamon bun' or 'coffee'.",
                    )
                )
            if len(tidy.item) > MAX_ITEM_LENGTH:
                raise UserFacingError(
                    translate(
                        "Compensation",
                        "The item's name is too long ({length} characters; at most {most}).",
                    ).format(length=len(tidy.item), most=MAX_ITEM_LENGTH)
                )
            if self.value is not None or tidy.currency is not None:
                if self.value is None:
                    raise UserFacingError(
                        translate(
                            "Compensation",
                            "Give the free item's worth as well as its currency, or neither.",
                        )
                    )
                tidy = replace(tidy, value=_money(self.value, tidy.currency, _ITEM_WORTH))

        if self.expires_on is not None:
            if kind is CompensationKind.REFUND:
                raise UserFacingError(
                    translate(
                        "Compensation", "A refund does not expire; leave the expiry date empty."
                    )
                )
            if self.expires_on < today:
                raise UserFacingError(
                    translate(
                        "Compensation",
                        "The expiry date {expiry} is in the past; choose {today} or later.",
                    ).format(expiry=self.expires_on.isoformat(), today=today.isoformat())
                )
        return tidy

    def _required_value(self, message: str) -> Decimal:
        if self.value is None:
            raise UserFacingError(message)
        if not self.value.is_finite():
            raise UserFacingError(
                translate("Compensation", "{value} is not a number.").format(value=self.value)
            )
        return self.value

    def describe(self) -> str:
        """In words, for the ledger and the reply: "10% off", "£5.00 off", "an apology"."""
        item = self.item or translate("Offer", "item")
        return offer_words(self.kind, self.value, self.currency, item)

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe form (value as a string) for saved drafts; `from_json` reads it."""
        return {
            "kind": CompensationKind(self.kind).value,
            "value": None if self.value is None else str(self.value),
            "currency": self.currency,
            "item": self.item,
            "expires_on": None if self.expires_on is None else self.expires_on.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Compensation:
        try:
            kind = CompensationKind(data.get("kind", "none"))
            value = data.get("value")
            expires = data.get("expires_on")
            return cls(
                kind,
                None if value is None else Decimal(str(value)),
                data.get("currency"),
                data.get("item"),
                None if expires is None else date.fromisoformat(str(expires)),
            )
        except (ValueError, InvalidOperation) as error:
            raise UserFacingError(
                translate("Compensation", "The saved compensation cannot be read: {error}.").format(
                    error=error
                )
            ) from None


DEFAULT_VALID_DAYS = 30  # how long a new code can be redeemed unless the owner says otherwise

OFFER_SPEC_HELP = (
    "'percent:10', 'fixed:5.00:GBP', 'item:Free coffee', 'refund:12.50:GBP' or 'apology'"
)


def parse_offer_spec(spec: str, today: date, currency: str | None = None) -> Compensation:
    """An offer written on the command line, checked like the wizard's. Codes are valid for
    DEFAULT_VALID_DAYS. `currency` (the shop's) is used when the spec names none."""
    kind_text, _, rest = spec.strip().partition(":")
    kinds = {
        "percent": CompensationKind.PERCENT,
        "fixed": CompensationKind.FIXED,
        "item": CompensationKind.FREE_ITEM,
        "refund": CompensationKind.REFUND,
        "apology": CompensationKind.APOLOGY,
        "none": CompensationKind.NONE,
    }
    kind = kinds.get(kind_text.strip().lower())
    if kind is None:
        raise UserFacingError(f"{spec!r} is not an offer. Write {OFFER_SPEC_HELP}.")
    expires = today + timedelta(days=DEFAULT_VALID_DAYS) if needs_code(kind) else None
    parts = [p.strip() for p in rest.split(":")] if rest else []
    if kind in (CompensationKind.APOLOGY, CompensationKind.NONE):
        if parts:
            raise UserFacingError(f"{kind_text} takes nothing after it, not {rest!r}.")
        return Compensation(kind)
    if kind is CompensationKind.FREE_ITEM:
        if not rest.strip():
            raise UserFacingError("Say which item, like 'item:Free coffee'.")
        return Compensation(kind, item=rest.strip(), expires_on=expires).validate(today)
    wanted = 1 if kind is CompensationKind.PERCENT else 2
    if wanted == 2 and len(parts) == 1 and currency:
        parts.append(currency)
    if len(parts) != wanted:
        example = "percent:10" if wanted == 1 else f"{kind_text}:5.00:GBP"
        raise UserFacingError(f"{spec!r} is not complete: write it like '{example}'.")
    value = parse_amount(parts[0])
    return Compensation(
        kind, value, parts[1].upper() if wanted == 2 else None, expires_on=expires
    ).validate(today)


# What an amount belongs to, the subject of the messages about it (English; translated
# where a message names it).
_WHAT = {
    CompensationKind.FIXED: QT_TRANSLATE_NOOP("Compensation", "A fixed discount"),
    CompensationKind.REFUND: QT_TRANSLATE_NOOP("Compensation", "A refund"),
}
_ITEM_WORTH = QT_TRANSLATE_NOOP("Compensation", "The item's worth")


def _money(value: Decimal, currency: str | None, what: str) -> Decimal:
    subject = translate("Compensation", what)
    if not value.is_finite():
        raise UserFacingError(
            translate("Compensation", "{value} is not an amount.").format(value=value)
        )
    if currency is None:
        raise UserFacingError(
            translate("Compensation", "{what} needs a currency, e.g. GBP or EUR.").format(
                what=subject
            )
        )
    if not _CURRENCY.fullmatch(currency):
        raise UserFacingError(
            translate(
                "Compensation",
                "{currency} is not a currency code; use three letters such as GBP, EUR or USD.",
            ).format(currency=repr(currency))
        )
    if value <= 0:
        raise UserFacingError(
            translate("Compensation", "{what} must be more than zero, not {value}.").format(
                what=subject, value=value
            )
        )
    if value > MAX_AMOUNT:
        raise UserFacingError(
            translate("Compensation", "{what} of {money} looks like a typo.").format(
                what=subject, money=format_money(value, currency)
            )
        )
    places = minor_units(currency)
    exact = value.quantize(Decimal(1).scaleb(-places))
    if exact != value:
        raise UserFacingError(
            (
                translate(
                    "Compensation",
                    "{value} {currency} has too many decimal places; {currency} amounts have "
                    "%Ln decimal place(s).",
                    None,
                    places,
                )
                if places
                else translate(
                    "Compensation",
                    "{value} {currency} has too many decimal places; {currency} amounts have "
                    "no decimal places.",
                )
            ).format(value=value, currency=currency)
        )
    return exact


_ARTICLE = re.compile(r"^(?:a|an|one)\s+", re.IGNORECASE)
# "2 coffees", "two drinks": a count goes before "free" ("a free two drinks" is wrong).
_COUNT = re.compile(
    r"^(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(.*)$", re.IGNORECASE
)


# The words of an offer (translated through `words` in offer_words and _free).
_OFFER_WORDS = (
    QT_TRANSLATE_NOOP("Offer", "no compensation"),
    QT_TRANSLATE_NOOP("Offer", "an apology"),
    QT_TRANSLATE_NOOP("Offer", "a discount"),
    QT_TRANSLATE_NOOP("Offer", "{percent} off"),
    QT_TRANSLATE_NOOP("Offer", "a free item worth {money}"),
    QT_TRANSLATE_NOOP("Offer", "a free item"),
    QT_TRANSLATE_NOOP("Offer", "{money} off"),
    QT_TRANSLATE_NOOP("Offer", "a refund of {money}"),
    QT_TRANSLATE_NOOP("Offer", "a refund"),
    QT_TRANSLATE_NOOP("Offer", "item"),
    QT_TRANSLATE_NOOP("Offer", "{count} free {items}"),
    QT_TRANSLATE_NOOP("Offer", "a free {item}"),
)


def offer_words(
    kind: CompensationKind | str,
    value: Decimal | None,
    currency: str | None,
    item: str | None = None,
    *,
    in_english: bool = False,
) -> str:
    """One offer in words, the one wording everywhere: "10% off", "£5.00 off", "a refund of
    £12.50", "an apology", "a free cinnamon bun" (the item named) or "a free item worth
    £3.50" (only its worth known). In the interface language unless `in_english` (the
    CSV's words do not change with the language)."""

    def words(text: str) -> str:
        return text if in_english else translate("Offer", text)

    kind = CompensationKind(kind)
    money = format_money(value, currency) if value is not None and currency else None
    if kind is CompensationKind.NONE:
        return words("no compensation")
    if kind is CompensationKind.APOLOGY:
        return words("an apology")
    if kind is CompensationKind.PERCENT:
        if value is None:
            return words("a discount")
        return words("{percent} off").format(percent=format_percent(value))
    if kind is CompensationKind.FREE_ITEM:
        if item is not None:
            return _free(item, words)
        if money:
            return words("a free item worth {money}").format(money=money)
        return words("a free item")
    if kind is CompensationKind.FIXED:
        return words("{money} off").format(money=money) if money else words("a discount")
    return words("a refund of {money}").format(money=money) if money else words("a refund")


def _free(item: str, words: Callable[[str], str]) -> str:
    """ "cinnamon bun" -> "a free cinnamon bun"; "2 coffees" -> "2 free coffees"."""
    name = _ARTICLE.sub("", " ".join(item.split())) or words("item")
    counted = _COUNT.match(name)
    if counted:
        return words("{count} free {items}").format(count=counted.group(1), items=counted.group(2))
    return words("a free {item}").format(item=name)


# -- codes ---------------------------------------------------------------------------------

# -- what an offer gives, and what adds up -------------------------------------------------

# Words only: no compensation, or an apology.
_WORDS_ONLY = frozenset({CompensationKind.NONE, CompensationKind.APOLOGY})
# Worth an amount of money in a currency: not a percentage, not words.
_MONEY_KINDS = frozenset(
    {CompensationKind.FIXED, CompensationKind.REFUND, CompensationKind.FREE_ITEM}
)


def gives_something(kind: CompensationKind | str) -> bool:
    """More than words: a discount, a free item or a refund."""
    return CompensationKind(kind) not in _WORDS_ONLY


def in_money(kind: CompensationKind | str) -> bool:
    """An offer of this kind is worth an amount in a currency (a fixed discount, a refund,
    a free item's worth), not a percentage or words."""
    return CompensationKind(kind) in _MONEY_KINDS


def adds_up(kind: CompensationKind | str, value: Decimal | None, currency: str | None) -> bool:
    """Worth an amount of money that can be added up: 10% off twice is not 20% of
    anything, and an item of unknown worth adds nothing."""
    return in_money(kind) and value is not None and currency is not None


@dataclass(frozen=True)
class CompensationTotal:
    """How many of one kind (in one currency) and, for money, how much in all. Percentages
    are counted, never added up: 10% off twice is not 20% of anything."""

    kind: CompensationKind
    currency: str | None
    count: int
    total: Decimal | None  # None for apologies, percentages and items of unknown worth

    def describe(self) -> str:
        """ "2 fixed discounts: £15.00", "3 apologies", "1 free item worth £3.50"."""
        names = _TOTAL_NAMES[self.kind]
        text = translate("Total", names[0] if self.count == 1 else names[1]).format(n=self.count)
        if self.total is None or self.currency is None:
            return text
        money = format_money(self.total, self.currency)
        if self.kind is CompensationKind.FREE_ITEM:
            return translate("Total", "{offers} worth {money}").format(offers=text, money=money)
        return translate("Total", "{offers}: {money}").format(offers=text, money=money)


# One and more of each kind (two texts, not a %Ln plural: English needs "apologies").
_TOTAL_NAMES = {
    CompensationKind.NONE: (
        QT_TRANSLATE_NOOP("Total", "{n} reply without compensation"),
        QT_TRANSLATE_NOOP("Total", "{n} replies without compensation"),
    ),
    CompensationKind.APOLOGY: (
        QT_TRANSLATE_NOOP("Total", "{n} apology"),
        QT_TRANSLATE_NOOP("Total", "{n} apologies"),
    ),
    CompensationKind.PERCENT: (
        QT_TRANSLATE_NOOP("Total", "{n} percentage discount"),
        QT_TRANSLATE_NOOP("Total", "{n} percentage discounts"),
    ),
    CompensationKind.FIXED: (
        QT_TRANSLATE_NOOP("Total", "{n} fixed discount"),
        QT_TRANSLATE_NOOP("Total", "{n} fixed discounts"),
    ),
    CompensationKind.FREE_ITEM: (
        QT_TRANSLATE_NOOP("Total", "{n} free item"),
        QT_TRANSLATE_NOOP("Total", "{n} free items"),
    ),
    CompensationKind.REFUND: (
        QT_TRANSLATE_NOOP("Total", "{n} refund"),
        QT_TRANSLATE_NOOP("Total", "{n} refunds"),
    ),
}
_KIND_ORDER = {kind: number for number, kind in enumerate(CompensationKind)}


class _Line(Protocol):
    """A ledger line or a report's offer: all a total needs of it."""

    @property
    def kind(self) -> CompensationKind: ...
    @property
    def value(self) -> Decimal | None: ...
    @property
    def currency(self) -> str | None: ...


def compensation_totals(lines: Iterable[_Line]) -> list[CompensationTotal]:
    """Count (and, for money that adds up, the sum) per kind and currency, in kind order:
    the ledger's totals and the report's, one rule (`adds_up`)."""
    groups: dict[tuple[CompensationKind, str | None], tuple[int, Decimal | None]] = {}
    for line in lines:
        kind = CompensationKind(line.kind)
        money = adds_up(kind, line.value, line.currency)
        key = (kind, line.currency if money else None)
        count, total = groups.get(key, (0, None))
        if money and line.value is not None:
            total = (total or Decimal(0)) + line.value
        groups[key] = (count + 1, total)
    return [
        CompensationTotal(kind, currency, count, total)
        for (kind, currency), (count, total) in sorted(
            groups.items(), key=lambda item: (_KIND_ORDER[item[0][0]], item[0][1] or "")
        )
    ]


# No 0/O, 1/I/L, 5/S, 2/Z, 8/B: nothing that reads as something else.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_PREFIX = "FD"
CODE_LENGTH = 8
_GROUP = 4


def new_code(rng: random.Random | None = None, length: int = CODE_LENGTH) -> str:
    """A fresh code such as FD-7KQM-X4PA: the prefix, then `length` unambiguous characters
    in groups of four. Unpredictable (the system's secure source) unless `rng` is given."""
    if length < 4:
        raise ValueError("a code needs at least 4 characters to be hard to guess")
    if rng is None:
        import secrets  # here, not at start-up: it brings random and OpenSSL's hashes

        rng = secrets.SystemRandom()
    body = "".join(rng.choice(CODE_ALPHABET) for _ in range(length))
    groups = [body[i : i + _GROUP] for i in range(0, length, _GROUP)]
    return "-".join([CODE_PREFIX, *groups])


def canonical_code(text: str) -> str:
    """How codes are compared: capitals, without dashes or spaces. "fd-7kqm x4pa" and
    "FD7KQMX4PA" are the same code."""
    return re.sub(r"[\s\-]+", "", text).upper()


_OWN_CODE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


def check_own_code(text: str) -> str:
    """A code the owner chose (e.g. SORRY-10): letters, digits and dashes, 4 to 32 long.
    Returns it in capitals."""
    code = re.sub(r"\s+", "", text).upper()
    if not 4 <= len(code) <= 32 or not _OWN_CODE.fullmatch(code):
        raise UserFacingError(
            translate(
                "Compensation",
                "{text} cannot be a code: use 4 to 32 letters and digits, "
                "optionally split by dashes (e.g. SORRY-10).",
            ).format(text=repr(text.strip()))
        )
    return code
