"""What every platform connector offers the sync and the outbox."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from ..core.errors import MalformedPayload
from ..core.model import Comment, NewComment, OwnReply, Platform, iso_utc, parse_iso


@dataclass
class Page:
    """One page of a platform's answer: the comments read, and items that could not be."""

    comments: list[NewComment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    cursor: str | None = None  # the connector's own "newest seen so far", for next time
    own_replies: list[OwnReply] = field(default_factory=list)  # the shop's, made elsewhere


class Connector(Protocol):
    platform: Platform

    def check(self) -> str:
        """One cheap authenticated call; returns who we are signed in as."""
        ...

    def pages(self, since: str | None = None) -> Iterator[Page]:
        """The account's comments a page at a time: all of them, or with `since` (a cursor
        from an earlier page) at least everything newer than that."""
        ...

    def send_reply(self, comment: Comment, channel: str, text: str, key: str) -> str:
        """Post a reply ("public" or "private"); return the platform's id for it."""
        ...

    def find_reply(self, comment: Comment, channel: str, text: str, key: str) -> str | None:
        """After an interrupted send: our reply's id if it did arrive, else None."""
        ...


def same_origin(url: str, base: str) -> bool:
    """Only follow paging links back to the server we were given: the token goes with them."""
    from urllib.parse import urlsplit

    a, b = urlsplit(url), urlsplit(base)
    return (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)


# An incremental pass reads back a day before the newest item seen, for items platforms
# list late (and edits they date by their first posting).
INCREMENTAL_MARGIN = timedelta(days=1)


def incremental_threshold(since: str | None) -> datetime | None:
    """How far back an incremental pass reads; None (a full pass) for no usable cursor."""
    if not since:
        return None
    try:
        return parse_iso(since) - INCREMENTAL_MARGIN
    except ValueError:
        return None


def walk_token_pages(
    fetch: Callable[[str | None], dict[str, Any]],
    items_key: str,
    read: Callable[[list[Any]], Page],
    item_time: Callable[[Any], datetime | None],
    threshold: datetime | None,
    what: str,
    account: str,
) -> Iterator[Page]:
    """Google-style paging (nextPageToken), newest first: every page, or with `threshold`
    only back to it. `what` names the list in messages ("Google's list of reviews")."""
    token: str | None = None
    asked: set[str] = set()
    while True:
        body = fetch(token)
        items = body.get(items_key, [])
        following = body.get("nextPageToken")
        if not isinstance(items, list) or not isinstance(following, str | None):
            raise MalformedPayload(
                f"{what} came in an unexpected shape; nothing from this page was stored.",
                account,
            )
        page = read(items)
        times = [t for t in map(item_time, items) if t is not None]
        if times:
            page.cursor = iso_utc(max(times))
        yield page
        if not following:
            return
        if threshold is not None and times and min(times) < threshold:
            return  # newest first: the rest was read before
        if following in asked:
            raise MalformedPayload(f"{what} kept coming back with the same page; stopped.", account)
        asked.add(following)
        token = following
