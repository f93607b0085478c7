"""Dates as export files write them: ISO 8601, and the local forms spreadsheets and shop
tools produce (12/03/2026, 03.12.26 14:05, 12 Mar 2026, March 12, 2026 2:05 PM, Thu, 12 Mar
2026 14:05:00 +0100).

A numeric date like 03/04/2026 reads as 3 April or as March 4: the whole file decides
(`DateOrderVote`; any day above 12 settles it), and when nothing in it does the owner is
asked once. A time without a zone is the owner's local time; everything is returned in UTC.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from .model import parse_iso


class DateOrder(enum.StrEnum):
    DAY_FIRST = "day-first"
    MONTH_FIRST = "month-first"

    @property
    def example(self) -> str:
        return "31/12/2026" if self is DateOrder.DAY_FIRST else "12/31/2026"


class AmbiguousDates(ValueError):
    """Every numeric date could be day-first or month-first, and no order was given."""


MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "jan january januar janvier enero gennaio januari janeiro jänner",
        "feb february februar février fevrier febrero febbraio februari fevereiro",
        "mar march märz maerz mars marzo maart março",
        "apr april avril abril aprile",
        "may mai mayo maggio mei maio",
        "jun june juni juin junio giugno junho",
        "jul july juli juillet julio luglio julho",
        "aug august août aout agosto augustus",
        "sep sept september septembre septiembre settembre setembro",
        "oct october oktober octobre octubre ottobre okt outubro",
        "nov november novembre noviembre novembro",
        "dec december dezember décembre decembre diciembre dicembre dez dezembro",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
# Short forms with a dot ("Mär.", "déc.") and the first three letters of each name.
for _name, _number in list(MONTHS.items()):
    MONTHS.setdefault(_name[:3], _number)

_WEEKDAY = r"(?:[A-Za-zÀ-ÿ]{2,12}\.?,?\s+)?"
_TIME = (
    r"(?:[ T,]+(?:at\s+|um\s+|à\s+)?(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?:[:.](?P<s>\d{2})"
    r"(?:[.,]\d+)?)?\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
_ZONE = r"(?:\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}:?\d{2}|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?))?"
_NUMERIC = re.compile(
    rf"{_WEEKDAY}(?P<a>\d{{1,4}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<c>\d{{2,4}})\.?"
    rf"{_TIME}{_ZONE}",
    re.IGNORECASE,
)
_DAY_MONTH_NAME = re.compile(
    rf"{_WEEKDAY}(?P<d>\d{{1,2}})\.?(?:st|nd|rd|th)?[\s\-/]+(?P<mon>[A-Za-zÀ-ÿ]{{3,10}})\.?,?"
    rf"[\s\-/]+(?P<y>\d{{2,4}}){_TIME}{_ZONE}",
    re.IGNORECASE,
)
_MONTH_NAME_DAY = re.compile(
    rf"{_WEEKDAY}(?P<mon>[A-Za-zÀ-ÿ]{{3,10}})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<y>\d{{4}}){_TIME}{_ZONE}",
    re.IGNORECASE,
)


_ISO_ZONE = re.compile(r"(?:[Zz]|[+-]\d{2}:?\d{2})$")


@dataclass
class DateOrderVote:
    """What a file's numeric dates say about their order, gathered over the whole file."""

    day_first: int = 0  # dates whose first number can only be a day (above 12)
    month_first: int = 0  # dates whose second number can only be a day
    undecided: int = 0  # dates like 03/04/2026, readable both ways

    def add(self, text: str) -> None:
        found = _NUMERIC.fullmatch(text.strip())
        if found is None or len(found["a"]) == 4:
            return  # not numeric, or year first (2026/03/04 is always year-month-day)
        a, b = int(found["a"]), int(found["b"])
        if a > 12 >= b:
            self.day_first += 1
        elif b > 12 >= a:
            self.month_first += 1
        elif a != b:
            self.undecided += 1

    def order(self) -> DateOrder | None:
        """The order the file's dates settle on; None when no date needs one. Raises
        AmbiguousDates when some do and nothing settles it. A file with both kinds is left
        to the rows: each row that does not fit the majority is named."""
        if self.day_first or self.month_first:
            return (
                DateOrder.DAY_FIRST if self.day_first >= self.month_first else DateOrder.MONTH_FIRST
            )
        if self.undecided:
            raise AmbiguousDates("the dates could be day-first or month-first")
        return None


def parse_local_datetime(
    text: str,
    order: DateOrder | None = None,
    zone: tzinfo | None = None,
    *,
    naive_iso_is_utc: bool = True,
) -> datetime:
    """A date-time as export files write it, in UTC. `order` reads numeric dates whose
    first two numbers could both be the month; `zone` is the owner's time zone for times
    written without one (None: this computer's). ISO 8601 without a zone stays UTC, as the
    app's own export writes it. Raises ValueError (AmbiguousDates when `order` is needed)."""
    value = " ".join(text.split())
    if not value:
        raise ValueError("empty")
    try:
        moment = parse_iso(value)
    except ValueError:
        pass
    else:
        if naive_iso_is_utc or _ISO_ZONE.search(value):
            return moment
        return _localized(moment.replace(tzinfo=None), zone)  # the wall time as written
    found = _NUMERIC.fullmatch(value)
    if found is not None:
        a, b, c = found["a"], int(found["b"]), found["c"]
        if len(a) == 4:
            year, month, day = int(a), b, int(c)
        else:
            first = int(a)
            if first > 12 and b <= 12:
                day, month = first, b
            elif b > 12 and first <= 12:
                day, month = b, first
            elif first == b:
                day = month = first
            elif order is None:
                raise AmbiguousDates(f"{value!r} could be day-first or month-first")
            elif order is DateOrder.DAY_FIRST:
                day, month = first, b
            else:
                day, month = b, first
            if order is DateOrder.DAY_FIRST and b > 12:
                raise ValueError(f"{value!r} is not day-first like the other dates")
            if order is DateOrder.MONTH_FIRST and first > 12:
                raise ValueError(f"{value!r} is not month-first like the other dates")
            year = _year(c)
        return _build(year, month, day, found, zone)
    for pattern in (_DAY_MONTH_NAME, _MONTH_NAME_DAY):
        found = pattern.fullmatch(value)
        if found is not None:
            named = MONTHS.get(found["mon"].lower().rstrip("."))
            if named is None:
                raise ValueError(f"{found['mon']!r} is not a month name")
            return _build(_year(found["y"]), named, int(found["d"]), found, zone)
    raise ValueError(f"{value[:40]!r} is not a date")


def _year(text: str) -> int:
    if len(text) == 2:
        return 2000 + int(text)  # comments are from this century
    if len(text) == 4:
        return int(text)
    raise ValueError(f"the year {text!r} is not 2 or 4 digits")


def _build(year: int, month: int, day: int, found: re.Match[str], zone: tzinfo | None) -> datetime:
    hour = int(found["h"] or 0)
    minute = int(found["mi"] or 0)
    second = int(found["s"] or 0)
    ampm = (found["ampm"] or "").replace(".", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError(f"{hour} {ampm} is not a time")
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    moment = datetime(year, month, day, hour, minute, second)  # ValueError: no such day
    written_zone = _zone(found["zone"])
    if written_zone is not None:
        try:
            return moment.replace(tzinfo=written_zone).astimezone(UTC)
        except OverflowError:  # 0001-01-01 east of UTC, 9999-12-31 west of it
            raise ValueError("outside the calendar") from None
    return _localized(moment, zone)


def _localized(naive: datetime, zone: tzinfo | None) -> datetime:
    """A time written without a zone, in the owner's zone (None: this computer's)."""
    try:
        if zone is not None:
            return naive.replace(tzinfo=zone).astimezone(UTC)
        return naive.astimezone().astimezone(UTC)
    except (OverflowError, OSError):
        raise ValueError("outside the calendar") from None


def _zone(text: str | None) -> tzinfo | None:
    if not text:
        return None
    upper = text.upper()
    if upper in ("Z", "UTC", "GMT"):
        return UTC
    offset = upper.removeprefix("UTC").removeprefix("GMT")
    sign = -1 if offset.startswith("-") else 1
    digits = offset[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14 or minutes >= 60:
        raise ValueError(f"{text!r} is not a time zone")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
