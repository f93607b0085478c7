"""Why a complaint's follow-up is due, in words the owner reads in the inbox."""

from __future__ import annotations

from datetime import date


def follow_up_when(follow_up_on: date, today: date) -> str:
    """'Follow up today', '… (1 day late)', '… (3 days late)' or 'Follow up in 2 days'."""
    days = (follow_up_on - today).days
    if days == 0:
        return "Follow up today"
    if days < 0:
        late = -days
        return f"Follow up now ({late} day{'s' if late != 1 else ''} late)"
    if days == 1:
        return "Follow up tomorrow"
    return f"Follow up in {days} days"


def follow_up_reason(follow_up_on: date, today: date, note: str, shown_day: str = "") -> str:
    """Why the owner is asked to look again: the day (`shown_day`, the date as the screen
    writes it, added in brackets), and what they said they would check (their own note,
    quoted), or that they kept no note."""
    when = follow_up_when(follow_up_on, today)
    if shown_day:
        when = f"{when} ({shown_day})" if "(" not in when else f"{when[:-1]}, {shown_day})"
    said = " ".join(note.split())
    if said:
        return f"{when}: you noted \u201c{said}\u201d"
    return f"{when}: you asked to be reminded (no note was kept)"


__all__ = ["follow_up_reason", "follow_up_when"]
