"""Why a complaint's follow-up is due, in words the owner reads in the inbox."""

from __future__ import annotations

from datetime import date

from .texts import translate


def follow_up_when(follow_up_on: date, today: date) -> str:
    """'Follow up today', '… (1 day late)', '… (3 days late)' or 'Follow up in 2 days'."""
    days = (follow_up_on - today).days
    if days == 0:
        return translate("FollowUp", "Follow up today")
    if days < 0:
        return translate("FollowUp", "Follow up now (%Ln day(s) late)", None, -days)
    if days == 1:
        return translate("FollowUp", "Follow up tomorrow")
    return translate("FollowUp", "Follow up in %Ln day(s)", None, days)


def follow_up_reason(follow_up_on: date, today: date, note: str, shown_day: str = "") -> str:
    """Why the owner is asked to look again: the day (`shown_day`, the date as the screen
    writes it, added in brackets), and what they said they would check (their own note,
    quoted), or that they kept no note."""
    when = follow_up_when(follow_up_on, today)
    if shown_day:
        when = f"{when} ({shown_day})" if "(" not in when else f"{when[:-1]}, {shown_day})"
    said = " ".join(note.split())
    if said:
        return translate("FollowUp", "{when}: you noted \u201c{note}\u201d").format(
            when=when, note=said
        )
    return translate("FollowUp", "{when}: you asked to be reminded (no note was kept)").format(
        when=when
    )


__all__ = ["follow_up_reason", "follow_up_when"]
