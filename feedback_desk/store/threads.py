"""Conversations: a complaint, the owner's replies (sent from the app or made on the
platform), the customer's answers, and the answers to those — in the order they were written.

A comment answers another comment (`reply_to_external_id` is that comment's platform id) or
the shop's own reply (it is that reply's `remote_id`): both lead back to the comment that
started the conversation. Walking is bounded, so a damaged chain can never loop.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from ..core.model import Severity, parse_iso
from ..core.replies import Channel, ReplyState

MAX_DEPTH = 25  # answers to answers to ... no real conversation is deeper
MAX_ENTRIES = 500  # what one conversation shows at most


@dataclass(frozen=True)
class ThreadEntry:
    kind: Literal["comment", "reply"]
    author: str
    text: str
    created_at: datetime
    source: Literal["app", "platform"]  # reply: sent from Feedback Desk, or made on the platform
    comment_id: int | None = None  # kind "comment": its id
    reply_id: int | None = None  # kind "reply": its id
    channel: Channel | None = None  # kind "reply"
    state: ReplyState | None = None  # kind "reply"
    severity: Severity | None = None  # kind "comment"

    def to_json(self) -> dict[str, object]:
        from ..core.model import iso_utc

        return {
            "kind": self.kind,
            "author": self.author,
            "text": self.text,
            "created_at": iso_utc(self.created_at),
            "source": self.source,
        }


def parent_of(conn: sqlite3.Connection, comment_id: int) -> int | None:
    """The comment this one answers (directly, or through the shop's reply)."""
    from .comments import PARENT_ID

    row = conn.execute(f"SELECT {PARENT_ID} FROM comments c WHERE c.id = ?", (comment_id,))
    found = row.fetchone()
    return None if found is None or found[0] is None else int(found[0])


def root_of(conn: sqlite3.Connection, comment_id: int) -> int:
    """The comment that started the conversation this comment belongs to."""
    current, seen = comment_id, {comment_id}
    for _ in range(MAX_DEPTH):
        parent = parent_of(conn, current)
        if parent is None or parent in seen:
            return current
        seen.add(parent)
        current = parent
    return current


def thread(conn: sqlite3.Connection, comment_id: int, shop: str = "You") -> list[ThreadEntry]:
    """The whole conversation `comment_id` belongs to, oldest first. Replies the owner made
    are named `shop`; replies not (yet) sent are left out."""
    root = root_of(conn, comment_id)
    found = conn.execute("SELECT platform FROM comments WHERE id = ?", (root,)).fetchone()
    platform = str(found[0]) if found else ""
    members = [root]
    frontier = [root]
    for _ in range(MAX_DEPTH):
        if not frontier or len(members) >= MAX_ENTRIES:
            break
        marks = ",".join("?" * len(frontier))
        # Two lookups through the comments_reply_to index: answers to these comments, and
        # answers to the shop's replies to them.
        rows = conn.execute(
            f"""SELECT c.id FROM comments c
                WHERE c.platform = ? AND c.reply_to_external_id IN (
                    SELECT external_id FROM comments WHERE id IN ({marks}))
                UNION
                SELECT c.id FROM comments c
                WHERE c.platform = ? AND c.reply_to_external_id IN (
                    SELECT remote_id FROM replies
                    WHERE comment_id IN ({marks}) AND remote_id IS NOT NULL)
                LIMIT ?""",
            (platform, *frontier, platform, *frontier, MAX_ENTRIES),
        ).fetchall()
        frontier = [int(r[0]) for r in rows if int(r[0]) not in members]
        members.extend(frontier)
    members = members[:MAX_ENTRIES]
    marks = ",".join("?" * len(members))
    entries: list[ThreadEntry] = [
        ThreadEntry(
            "comment",
            str(author),
            str(text),
            parse_iso(str(created)),
            "platform",
            comment_id=int(cid),
            severity=Severity.from_rank(int(rank)),
        )
        for cid, author, text, created, rank in conn.execute(
            f"SELECT id, author, text, created_at, severity_rank FROM comments "
            f"WHERE id IN ({marks})",
            members,
        )
    ]
    for rid, text, sent_at, source, channel, state in conn.execute(
        f"SELECT id, text, sent_at, source, channel, state FROM replies "
        f"WHERE comment_id IN ({marks}) AND state = 'sent' AND sent_at IS NOT NULL",
        members,
    ):
        entries.append(
            ThreadEntry(
                "reply",
                shop,
                str(text),
                parse_iso(str(sent_at)),
                "platform" if source == "platform" else "app",
                reply_id=int(rid),
                channel=Channel(channel),
                state=ReplyState(state),
            )
        )
    entries.sort(key=lambda e: (e.created_at, e.kind != "comment"))
    return entries


def public_reply_in_thread(conn: sqlite3.Connection, comment_id: int) -> bool:
    """Has the owner already answered in public somewhere in this conversation?"""
    return any(e.kind == "reply" and e.channel is Channel.PUBLIC for e in thread(conn, comment_id))


def lift_answers(conn: sqlite3.Connection, platform: str, external_ids: list[str]) -> int:
    """A customer answering inside a complaint's conversation is at least as bad as the
    complaint (never "neutral" because the words were polite or sarcastic), unless the owner
    judged it themselves. Runs in the caller's transaction; returns how many were raised."""
    raised = 0
    for start in range(0, len(external_ids), 500):
        chunk = external_ids[start : start + 500]
        rows = conn.execute(
            f"""SELECT id, severity_rank FROM comments WHERE platform = ?
                AND external_id IN ({",".join("?" * len(chunk))})
                AND reply_to_external_id IS NOT NULL AND owner_severity_rank IS NULL""",
            (platform, *chunk),
        ).fetchall()
        for cid, rank in rows:
            root = root_of(conn, int(cid))
            if root == int(cid):
                continue
            root_rank = conn.execute(
                "SELECT severity_rank FROM comments WHERE id = ?", (root,)
            ).fetchone()[0]
            complaint = int(root_rank) <= Severity.NEGATIVE.rank
            if complaint and int(root_rank) < int(rank):
                conn.execute(
                    "UPDATE comments SET severity_rank = ?, first_severity_rank = ? WHERE id = ?",
                    (int(root_rank), int(root_rank), int(cid)),
                )
                raised += 1
    return raised


@dataclass(frozen=True)
class EarlierVersion:
    text: str
    rating: int | None
    replaced_at: datetime


def earlier_versions(conn: sqlite3.Connection, comment_id: int) -> list[EarlierVersion]:
    """What an edited comment said before, oldest first."""
    return [
        EarlierVersion(str(text), None if rating is None else int(rating), parse_iso(str(at)))
        for text, rating, at in conn.execute(
            "SELECT text, rating, replaced_at FROM comment_versions WHERE comment_id = ? "
            "ORDER BY id",
            (comment_id,),
        )
    ]


def stars_up_after_reply(conn: sqlite3.Connection, comment_id: int) -> tuple[int, int] | None:
    """(stars before, stars now) when a review's rating went up after the owner's first
    reply: a sign the customer was won back."""
    row = conn.execute(
        """SELECT c.rating, (SELECT min(sent_at) FROM replies
                             WHERE comment_id = c.id AND state = 'sent')
           FROM comments c WHERE c.id = ?""",
        (comment_id,),
    ).fetchone()
    if row is None or row[0] is None or row[1] is None:
        return None
    now, replied = int(row[0]), str(row[1])
    before = conn.execute(
        "SELECT rating FROM comment_versions WHERE comment_id = ? AND replaced_at >= ? "
        "AND rating IS NOT NULL ORDER BY id LIMIT 1",
        (comment_id, replied),
    ).fetchone()
    if before is None or int(before[0]) >= now:
        return None
    return int(before[0]), now


def answered_on_platform(conn: sqlite3.Connection, comment_id: int) -> bool:
    """Was the first answer made in the platform's own tools rather than from the app?"""
    row = conn.execute(
        "SELECT source FROM replies WHERE comment_id = ? AND state = 'sent' "
        "ORDER BY sent_at, id LIMIT 1",
        (comment_id,),
    ).fetchone()
    return row is not None and row[0] == "platform"


@dataclass(frozen=True)
class Surroundings:
    """What the detail pane shows around a comment: its conversation, earlier versions,
    whether it was answered in the platform's own tools, and stars that went up."""

    conversation: list[ThreadEntry]
    versions: list[EarlierVersion]
    answered_on_platform: bool
    stars_up: tuple[int, int] | None


def surroundings(conn: sqlite3.Connection, comment_id: int, shop: str) -> Surroundings:
    return Surroundings(
        thread(conn, comment_id, shop),
        earlier_versions(conn, comment_id),
        answered_on_platform(conn, comment_id),
        stars_up_after_reply(conn, comment_id),
    )
