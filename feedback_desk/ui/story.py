"""A complaint's whole story as one page of text for the history window.

Every piece of outside text (the comment, names, replies, notes) is HTML-escaped before it
goes in, so it shows exactly as written and is never read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from html import escape

from PySide6.QtGui import QPalette

from ..core.model import Severity
from ..core.replies import VALIDITY_LABELS
from ..reports.html_export import duration
from ..store.history import ComplaintStory
from ..store.outbox import Reply
from .formatting import SEVERITY_COLOURS, exact_local_time, local_date, stars, story_style

CHANNEL_LABELS = {"public": "In public", "private": "In a private message", "email": "By e-mail"}
REPLY_STATES = {
    "queued": "written, not sent yet",
    "sending": "being sent",
    "uncertain": "not confirmed — the platform is asked before anything is sent again",
    "sent": "sent",
    "failed": "not sent",
}


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def paragraphs(text: str) -> str:
    """Escaped text whose line breaks survive."""
    return "<br>".join(esc(line) for line in text.splitlines()) or "&nbsp;"


def _when(moment: datetime | None) -> str:
    return esc(exact_local_time(moment)) if moment is not None else "—"


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table: label, value (both already escaped)."""
    body = "".join(f"<tr><td class='dim'>{k}</td><td>{v}</td></tr>" for k, v in pairs)
    return f"<table cellspacing='0'>{body}</table>"


def story_html(story: ComplaintStory, palette: QPalette | None = None) -> str:
    """The story as HTML (outside text escaped), coloured from `palette` (light or dark)."""
    c = story.comment
    background, foreground = SEVERITY_COLOURS[c.severity]
    badge = (
        f"<span style='background:{background.name()};color:{foreground.name()}'>"
        f"&nbsp;{esc(c.severity.label)}&nbsp;</span>"
    )
    rating = f" &nbsp;{esc(stars(c.rating))}" if c.rating is not None else ""
    parts = [
        f"<style>{story_style(palette or QPalette())}</style>",
        f"<h2>{esc(c.author)}</h2>",
        f"<p class='meta'>{esc(c.platform.label)} · {_when(c.created_at)} · {badge}{rating}"
        f" · {esc(c.status.label)}</p>",
        f"<div class='quote'>{paragraphs(c.text)}</div>",
        _edits(story),
        _conversation(story),
        _assessment(story),
        _pause_and_reply(story),
        _replies(story.replies),
        _offers(story),
        _outcomes(story),
    ]
    return "".join(parts)


def _edits(story: ComplaintStory) -> str:
    around = story.around
    if around is None or not (around.versions or around.stars_up):
        return ""
    parts = []
    for version in around.versions:
        was = f" {esc(stars(version.rating))}" if version.rating else ""
        parts.append(
            f"<p class='meta'>Until {_when(version.replaced_at)} it said{was}:</p>"
            f"<div class='quote'>{paragraphs(version.text)}</div>"
        )
    if around.stars_up:
        before, now = around.stars_up
        parts.append(
            f"<p>The stars went up from {before} to {now} after your reply: it looks like "
            "you won this customer back. <b>Record outcome…</b> and choose “won back”.</p>"
        )
    return "<h3>Edited</h3>" + "".join(parts)


def _conversation(story: ComplaintStory) -> str:
    around = story.around
    if around is None or len(around.conversation) < 2:
        return ""
    rows = []
    for entry in around.conversation:
        if entry.kind == "reply":
            how = CHANNEL_LABELS.get(entry.channel or "public", "")
            where = (
                f"made on {story.comment.platform.label}"
                if entry.source == "platform"
                else "sent from Feedback Desk"
            )
            who = f"{esc(entry.author)} — {esc(how.lower())}, {esc(where)}"
        else:
            mark = " (this comment)" if entry.comment_id == story.comment.id else ""
            who = f"{esc(entry.author)}{esc(mark)}"
        rows.append(
            f"<p class='meta'>{who} · {_when(entry.created_at)}</p>"
            f"<div class='quote'>{paragraphs(entry.text)}</div>"
        )
    return "<h3>The conversation</h3>" + "".join(rows)


def _assessment(story: ComplaintStory) -> str:
    a = story.assessment
    if a.validity is None and not (a.category or a.notes or a.valid_point):
        return "<h3>What you thought</h3><p class='dim'>Not judged yet.</p>"
    pairs = [("Fair?", esc(VALIDITY_LABELS.get(a.validity or "not_assessed", a.validity or "")))]
    if a.valid_point:
        pairs.append(("Their point", esc(a.valid_point)))
    pairs.append(("Category", esc(a.category or "—")))
    if a.notes:
        pairs.append(("Your notes", paragraphs(a.notes)))
    return "<h3>What you thought</h3>" + _rows(pairs)


def _pause_and_reply(story: ComplaintStory) -> str:
    pairs: list[tuple[str, str]] = []
    if story.cooloff_started_at is not None and story.cooloff_ends_at is not None:
        pause = story.cooloff_ends_at - story.cooloff_started_at
        pairs.append(
            (
                "Cool-off",
                f"{esc(duration(pause))} from {_when(story.cooloff_started_at)}",
            )
        )
    elif story.comment.severity in (Severity.HARSH, Severity.NEGATIVE):
        pairs.append(("Cool-off", "Not started: the complaint was not opened to reply."))
    reply = story.first_reply
    if story.first_reply_at is None:
        pairs.append(("First reply", "None yet."))
    else:
        how = f" ({esc(CHANNEL_LABELS.get(reply.channel, reply.channel).lower())})" if reply else ""
        pairs.append(("First reply", f"{_when(story.first_reply_at)}{how}"))
        pairs.append(("Answered after", esc(duration(story.time_to_reply))))
        if story.wait_kept is not None:
            pairs.append(("Wait kept", esc(_wait(story.wait_kept))))
    return "<h3>The pause and the answer</h3>" + _rows(pairs)


def _wait(span: timedelta) -> str:
    return f"{duration(span)} between opening the complaint and the reply going out"


def _replies(replies: tuple[Reply, ...]) -> str:
    if not replies:
        return ""
    blocks = []
    for r in replies:
        when = r.sent_at or r.created_at
        state = REPLY_STATES.get(r.state, r.state)
        extra = f" — {esc(r.error)}" if r.error and r.state != "sent" else ""
        moderated = f" · on the platform: {esc(r.platform_state)}" if r.platform_state else ""
        blocks.append(
            f"<p class='meta'>{esc(CHANNEL_LABELS.get(r.channel, r.channel))} · {_when(when)}"
            f" · {esc(state)}{extra}{moderated}</p><div class='quote'>{paragraphs(r.text)}</div>"
        )
    return "<h3>Replies</h3>" + "".join(blocks)


def _offers(story: ComplaintStory) -> str:
    if not story.offers:
        return "<h3>Offered</h3><p class='dim'>Nothing.</p>"
    pairs = []
    for d in story.offers:
        code = f" · code {esc(d.code)}" if d.code else ""
        expiry = f" · valid until {esc(local_date(d.expires_on))}" if d.expires_on else ""
        pairs.append((esc(d.status.label), f"{esc(d.description)}{code}{expiry}"))
    return "<h3>Offered</h3>" + _rows(pairs)


def _outcomes(story: ComplaintStory) -> str:
    if not story.outcomes:
        return (
            "<h3>What became of it</h3><p class='dim'>No outcome recorded yet. Use "
            "<b>Record outcome…</b> when you know whether the customer came back.</p>"
        )
    pairs = []
    for o in reversed(story.outcomes):
        decided = esc(local_date(o.decided_on)) if o.decided_on else "—"
        text = f"<b>{esc(o.outcome.label)}</b>"
        if o.note:
            text += f" — {paragraphs(o.note)}"
        if o.follow_up_on:
            text += f"<br><span class='dim'>Follow up on {esc(local_date(o.follow_up_on))}</span>"
        pairs.append((decided, text))
    return "<h3>What became of it</h3>" + _rows(pairs)
