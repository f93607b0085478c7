"""A complaint's whole story as one page of text for the history window.

Every piece of outside text (the comment, names, replies, notes) is HTML-escaped before it
goes in, so it shows exactly as written and is never read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from ..core.model import Severity
from ..core.replies import VALIDITY_LABELS
from ..core.report import duration
from ..core.texts import QT_TRANSLATE_NOOP
from ..store.history import ComplaintStory
from ..store.outbox import Reply
from .formatting import SEVERITY_COLOURS, exact_local_time, local_date, stars, story_style

CHANNEL_LABELS = {
    "public": QT_TRANSLATE_NOOP("Story", "In public"),
    "private": QT_TRANSLATE_NOOP("Story", "In a private message"),
    "email": QT_TRANSLATE_NOOP("Story", "By e-mail"),
}
# The same inside a sentence ("Maria — in public, sent from Feedback Desk"): a word that
# starts a line in English may not be lower case in another language.
CHANNEL_PHRASES = {
    "public": QT_TRANSLATE_NOOP("Story", "in public"),
    "private": QT_TRANSLATE_NOOP("Story", "in a private message"),
    "email": QT_TRANSLATE_NOOP("Story", "by e-mail"),
}
REPLY_STATES = {
    "queued": QT_TRANSLATE_NOOP("Story", "written, not sent yet"),
    "sending": QT_TRANSLATE_NOOP("Story", "being sent"),
    "uncertain": QT_TRANSLATE_NOOP(
        "Story", "not confirmed — the platform is asked before anything is sent again"
    ),
    "sent": QT_TRANSLATE_NOOP("Story", "sent"),
    "failed": QT_TRANSLATE_NOOP("Story", "not sent"),
}
# The label of each fairness answer (core.replies's table is in English).
_VALIDITY_WORDS = {
    "valid": QT_TRANSLATE_NOOP("Story", "Valid"),
    "partly": QT_TRANSLATE_NOOP("Story", "Partly valid"),
    "not_valid": QT_TRANSLATE_NOOP("Story", "Not valid"),
    "not_assessed": QT_TRANSLATE_NOOP("Story", "Not judged yet"),
}


def _translated(text: str) -> str:
    """A text from a table above in the interface language."""
    return QCoreApplication.translate("Story", text)


def channel_label(channel: str) -> str:
    """How a reply went ("In public"), in the interface language; unknown: as stored."""
    known = CHANNEL_LABELS.get(channel)
    return _translated(known) if known else channel


def channel_phrase(channel: str) -> str:
    """How a reply went, inside a sentence: "in public", "by e-mail"."""
    known = CHANNEL_PHRASES.get(channel)
    return _translated(known) if known else channel


def _validity(value: str) -> str:
    known = _VALIDITY_WORDS.get(value)
    return _translated(known) if known else VALIDITY_LABELS.get(value, value)


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
            "<p class='meta'>"
            + QCoreApplication.translate("Story", "Until {time} it said{stars}:").format(
                time=_when(version.replaced_at), stars=was
            )
            + "</p>"
            f"<div class='quote'>{paragraphs(version.text)}</div>"
        )
    if around.stars_up:
        before, now = around.stars_up
        parts.append(
            "<p>"
            + QCoreApplication.translate(
                "Story",
                "The stars went up from {before} to {now} after your reply: it looks like "
                "you won this customer back. <b>Record outcome…</b> and choose “won back”.",
            ).format(before=before, now=now)
            + "</p>"
        )
    return "<h3>" + QCoreApplication.translate("Story", "Edited") + "</h3>" + "".join(parts)


def _conversation(story: ComplaintStory) -> str:
    around = story.around
    if around is None or len(around.conversation) < 2:
        return ""
    rows = []
    for entry in around.conversation:
        if entry.kind == "reply":
            channel = entry.channel or "public"
            how = channel_phrase(channel) if channel in CHANNEL_PHRASES else ""
            where = (
                QCoreApplication.translate("Story", "made on {platform}").format(
                    platform=story.comment.platform.label
                )
                if entry.source == "platform"
                else QCoreApplication.translate("Story", "sent from Feedback Desk")
            )
            who = esc(
                QCoreApplication.translate("Story", "{author} — {how}, {where}").format(
                    author=entry.author, how=how, where=where
                )
            )
        else:
            mark = (
                QCoreApplication.translate("Story", " (this comment)")
                if entry.comment_id == story.comment.id
                else ""
            )
            who = f"{esc(entry.author)}{esc(mark)}"
        rows.append(
            f"<p class='meta'>{who} · {_when(entry.created_at)}</p>"
            f"<div class='quote'>{paragraphs(entry.text)}</div>"
        )
    return (
        "<h3>" + QCoreApplication.translate("Story", "The conversation") + "</h3>" + "".join(rows)
    )


def _assessment(story: ComplaintStory) -> str:
    a = story.assessment
    if a.validity is None and not (a.category or a.notes or a.valid_point):
        return (
            "<h3>"
            + QCoreApplication.translate("Story", "What you thought")
            + "</h3><p class='dim'>"
            + QCoreApplication.translate("Story", "Not judged yet.")
            + "</p>"
        )
    validity = _validity(a.validity or "not_assessed")
    pairs = [(QCoreApplication.translate("Story", "Fair?"), esc(validity))]
    if a.valid_point:
        pairs.append((QCoreApplication.translate("Story", "Their point"), esc(a.valid_point)))
    pairs.append((QCoreApplication.translate("Story", "Category"), esc(a.category or "—")))
    if a.notes:
        pairs.append((QCoreApplication.translate("Story", "Your notes"), paragraphs(a.notes)))
    return "<h3>" + QCoreApplication.translate("Story", "What you thought") + "</h3>" + _rows(pairs)


def _pause_and_reply(story: ComplaintStory) -> str:
    pairs: list[tuple[str, str]] = []
    if story.cooloff_started_at is not None and story.cooloff_ends_at is not None:
        pause = story.cooloff_ends_at - story.cooloff_started_at
        pairs.append(
            (
                QCoreApplication.translate("Story", "Cool-off"),
                QCoreApplication.translate("Story", "{duration} from {time}").format(
                    duration=esc(duration(pause)), time=_when(story.cooloff_started_at)
                ),
            )
        )
    elif story.comment.severity in (Severity.HARSH, Severity.NEGATIVE):
        pairs.append(
            (
                QCoreApplication.translate("Story", "Cool-off"),
                esc(
                    QCoreApplication.translate(
                        "Story", "Not started: the complaint was not opened to reply."
                    )
                ),
            )
        )
    reply = story.first_reply
    if story.first_reply_at is None:
        pairs.append(
            (
                QCoreApplication.translate("Story", "First reply"),
                esc(QCoreApplication.translate("Story", "None yet.")),
            )
        )
    else:
        how = f" ({esc(channel_phrase(reply.channel))})" if reply else ""
        pairs.append(
            (
                QCoreApplication.translate("Story", "First reply"),
                f"{_when(story.first_reply_at)}{how}",
            )
        )
        pairs.append(
            (
                QCoreApplication.translate("Story", "Answered after"),
                esc(duration(story.time_to_reply)),
            )
        )
        if story.wait_kept is not None:
            pairs.append(
                (QCoreApplication.translate("Story", "Wait kept"), esc(_wait(story.wait_kept)))
            )
    return (
        "<h3>"
        + QCoreApplication.translate("Story", "The pause and the answer")
        + "</h3>"
        + _rows(pairs)
    )


def _wait(span: timedelta) -> str:
    return QCoreApplication.translate(
        "Story", "{duration} between opening the complaint and the reply going out"
    ).format(duration=duration(span))


def _replies(replies: tuple[Reply, ...]) -> str:
    if not replies:
        return ""
    blocks = []
    for r in replies:
        when = r.sent_at or r.created_at
        state = _translated(REPLY_STATES[r.state]) if r.state in REPLY_STATES else r.state
        extra = f" — {esc(r.error)}" if r.error and r.state != "sent" else ""
        moderated = (
            " · "
            + esc(
                QCoreApplication.translate("Story", "on the platform: {state}").format(
                    state=r.platform_state
                )
            )
            if r.platform_state
            else ""
        )
        blocks.append(
            f"<p class='meta'>{esc(channel_label(r.channel))} · {_when(when)}"
            f" · {esc(state)}{extra}{moderated}</p><div class='quote'>{paragraphs(r.text)}</div>"
        )
    return "<h3>" + QCoreApplication.translate("Story", "Replies") + "</h3>" + "".join(blocks)


def _offers(story: ComplaintStory) -> str:
    if not story.offers:
        return (
            "<h3>"
            + QCoreApplication.translate("Story", "Offered")
            + "</h3><p class='dim'>"
            + QCoreApplication.translate("Story", "Nothing.")
            + "</p>"
        )
    pairs = []
    for d in story.offers:
        code = (
            " · " + esc(QCoreApplication.translate("Story", "code {code}").format(code=d.code))
            if d.code
            else ""
        )
        expiry = (
            " · "
            + esc(
                QCoreApplication.translate("Story", "valid until {day}").format(
                    day=local_date(d.expires_on)
                )
            )
            if d.expires_on
            else ""
        )
        pairs.append((esc(d.status.label), f"{esc(d.description)}{code}{expiry}"))
    return "<h3>" + QCoreApplication.translate("Story", "Offered") + "</h3>" + _rows(pairs)


def _outcomes(story: ComplaintStory) -> str:
    if not story.outcomes:
        return (
            "<h3>"
            + QCoreApplication.translate("Story", "What became of it")
            + "</h3><p class='dim'>"
            + QCoreApplication.translate(
                "Story",
                "No outcome recorded yet. Use <b>Record outcome…</b> when you know whether "
                "the customer came back.",
            )
            + "</p>"
        )
    pairs = []
    for o in reversed(story.outcomes):
        decided = esc(local_date(o.decided_on)) if o.decided_on else "—"
        text = f"<b>{esc(o.outcome.label)}</b>"
        if o.note:
            text += f" — {paragraphs(o.note)}"
        if o.follow_up_on:
            follow = QCoreApplication.translate("Story", "Follow up on {day}").format(
                day=local_date(o.follow_up_on)
            )
            text += f"<br><span class='dim'>{esc(follow)}</span>"
        pairs.append((decided, text))
    return (
        "<h3>" + QCoreApplication.translate("Story", "What became of it") + "</h3>" + _rows(pairs)
    )
