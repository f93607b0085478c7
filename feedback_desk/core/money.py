"""How the shop's country writes an amount, and the style every amount is written in now.

Apart from core.compensation (which writes amounts this way): the window sets the style from
the shop's profile before its first paint, without making compensation's classes first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MoneyStyle:
    """How the shop's country writes an amount: £1,234.50, 1.234,50 €, € 1.234,50."""

    decimal: str = "."
    group: str = ","
    symbol_first: bool = True
    spaced: bool = False  # a space between a leading symbol and the amount


ENGLISH_MONEY = MoneyStyle()
_money_style = ENGLISH_MONEY


def use_money_style(style: MoneyStyle) -> None:
    """The style every amount is written in from now on (the window sets it from the shop's
    country at start-up and when the profile is saved; until then, £1,234.50)."""
    global _money_style
    _money_style = style


def money_style_in_use() -> MoneyStyle:
    return _money_style
