"""The shop's currency, country and sign-off as the owner picks them (first-run assistant and
Settings), and the locale that money and dates follow once they are chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.errors import UserFacingError
from ..core.money import ENGLISH_MONEY, MoneyStyle, use_money_style
from ..core.shop_profile import FALLBACK_CURRENCY, ShopProfile, check_currency, places

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

Language = QLocale.Language
Territory = QLocale.Country


def _usable(language: QLocale.Language) -> bool:
    return language not in (Language.C, Language.AnyLanguage)


def shop_locale(country: str | None, system: QLocale) -> QLocale:
    """The locale money and dates follow: the shop's country in the system's language when
    the two go together (French in Belgium), else in English (dates in Germany read
    25/11/2026), else in the country's own language. A bare "C" system and no country:
    the common English way, as before there was a profile."""
    territory = QLocale.codeToTerritory(country) if country else Territory.AnyTerritory
    if territory == Territory.AnyTerritory:
        if not _usable(system.language()):
            return QLocale(Language.English, Territory.UnitedStates)
        # LANGUAGE=de with LANG=C.UTF-8: Qt names the system locale after LANGUAGE but keeps
        # C's formats ("17 09 2026"); that language's own formats read as people expect.
        c_formats = QLocale.c().dateFormat(QLocale.FormatType.ShortFormat)
        if system.dateFormat(QLocale.FormatType.ShortFormat) == c_formats:
            return QLocale(system.language(), system.territory())
        return system
    languages = [system.language()] if _usable(system.language()) else []
    for language in [*languages, Language.English]:
        candidate = QLocale(language, territory)
        if candidate.language() == language and candidate.territory() == territory:
            return candidate
    return QLocale(Language.AnyLanguage, territory)


def apply_shop_locale(profile: ShopProfile, system: QLocale | None = None) -> QLocale:
    """Make the shop's locale the app's default (start-up, and after the profile is saved)."""
    locale = shop_locale(profile.country, system or QLocale.system())
    QLocale.setDefault(locale)
    use_money_style(money_style(locale) if profile.country else ENGLISH_MONEY)
    return locale


def money_style(locale: QLocale) -> MoneyStyle:
    """How `locale` writes money, read from Qt's locale data (de_DE: 1.234,50 €)."""
    sample = locale.toCurrencyString(1234.5, "¤").replace("\u00a0", " ")
    symbol_first = sample.lstrip("-").startswith("¤")
    return MoneyStyle(
        decimal=locale.decimalPoint() or ".",
        group=locale.groupSeparator() or ",",
        symbol_first=symbol_first,
        spaced=symbol_first and sample.lstrip("-¤")[:1] == " ",
    )


def system_country(system: QLocale) -> str | None:
    code = QLocale.territoryToCode(system.territory()) if _usable(system.language()) else ""
    return code if code in places().countries else None


def country_currency(country: str | None) -> str | None:
    """The money a country counts in, as Qt's locale data knows it (DE: EUR)."""
    if not country:
        return None
    territory = QLocale.codeToTerritory(country)
    if territory == Territory.AnyTerritory:
        return None
    code = QLocale(Language.AnyLanguage, territory).currencySymbol(
        QLocale.CurrencySymbolFormat.CurrencyIsoCode
    )
    return code if code in places().currencies else None


def system_currency(system: QLocale) -> str | None:
    if not _usable(system.language()):
        return None
    code = system.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if code in places().currencies else None


def default_country(system: QLocale) -> str:
    """Where a new shop probably is: the system's country, else the United Kingdom."""
    return system_country(system) or "GB"


def default_currency(system: QLocale, country: str | None = None) -> str:
    return system_currency(system) or country_currency(country) or FALLBACK_CURRENCY


def currency_combo(current: str, name: str) -> QComboBox:
    """The common currencies with their symbols; any other ISO 4217 code may be typed."""
    from PySide6.QtWidgets import QComboBox  # the assistant's and Settings' own: not at start-up

    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(QCoreApplication.translate("ShopFields", "Currency"))
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for money in places().common_currencies:
        combo.addItem(money.label, money.code)
    set_currency(combo, current)
    combo.setToolTip(
        QCoreApplication.translate(
            "ShopFields", "Pick your shop's currency, or type its three-letter code (e.g. CHF)"
        )
    )
    return combo


def set_currency(combo: QComboBox, code: str) -> None:
    index = combo.findData(code.upper())
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(code.upper())


def chosen_currency(combo: QComboBox) -> str:
    """The code picked or typed ("EUR — € Euro" or "chf"), checked: a clear message if not
    a currency."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0:
        return str(combo.itemData(index))
    first = text.split("—")[0].strip()
    try:
        return check_currency(first)
    except UserFacingError:
        return check_currency(text)


def country_combo(current: str | None, name: str) -> QComboBox:
    """Every country by its name (in the app's language), with its two-letter code."""
    from PySide6.QtWidgets import QComboBox  # the assistant's and Settings' own: not at start-up

    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(QCoreApplication.translate("ShopFields", "Country"))
    combo.setMaxVisibleItems(16)
    named = sorted(
        (QLocale.territoryToString(QLocale.codeToTerritory(code)), code)
        for code in places().countries
    )
    for label, code in named:
        combo.addItem(f"{label} ({code})", code)  # untranslated: Qt's name of the country
    index = combo.findData(current) if current else -1
    combo.setCurrentIndex(max(index, 0))
    return combo


def chosen_country(combo: QComboBox) -> str:
    return str(combo.currentData())
