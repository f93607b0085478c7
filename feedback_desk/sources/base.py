"""What every platform connector offers the sync and the outbox."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from ..core.errors import MalformedPayload
from ..core.model import Comment, NewComment, OwnReply, Platform, iso_utc, parse_iso
from ..core.texts import QT_TRANSLATE_NOOP, translate


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


# The lists connectors page through, as paging messages name them ("kept sending the same
# page of {list}"); a connector passes one of these, and the message translates it.
LIST_NAMES = (
    QT_TRANSLATE_NOOP("Sync", "posts"),
    QT_TRANSLATE_NOOP("Sync", "a post's comments"),
    QT_TRANSLATE_NOOP("Sync", "a comment's replies"),
    QT_TRANSLATE_NOOP("Sync", "replies"),
    QT_TRANSLATE_NOOP("Sync", "mentions"),
    QT_TRANSLATE_NOOP("Sync", "the shop's own posts"),
    QT_TRANSLATE_NOOP("Sync", "reviews"),
    QT_TRANSLATE_NOOP("Sync", "comments"),
    QT_TRANSLATE_NOOP("Sync", "Google's list of reviews"),
    QT_TRANSLATE_NOOP("Sync", "YouTube's list of comments"),
)


# An incremental pass reads back a day before the newest item seen, for items platforms
# list late (and edits they date by their first posting).
INCREMENTAL_MARGIN = timedelta(days=1)


# Pages of one list read in one pass at most. Far more than any shop's list has (5,000 pages
# of 50-100 items), so reaching it means the platform keeps sending "there is more" for ever.
MAX_PAGES = 5_000


class PagingGuard:
    """Keeps one server-driven paging walk finite: a next link or token already followed
    (a page linking to itself, A -> B -> A) or more than MAX_PAGES pages stops it with
    MalformedPayload. `what` names the list in messages ("a post's comments")."""

    def __init__(self, platform: str, what: str, account: str | None = None) -> None:
        self.platform = platform
        self.what = what
        self.account = account
        self.limit = MAX_PAGES
        self.pages = 1  # the first page is asked for without a link
        self._followed: set[str] = set()

    def follow(self, link: str) -> str:
        """`link` (the next page's address or token) when it may be followed, else raise."""
        if link in self._followed:
            raise MalformedPayload(
                translate(
                    "Sync", "{platform} kept sending the same page of {list}; stopped."
                ).format(platform=self.platform, list=translate("Sync", self.what)),
                self.account,
            )
        if self.pages >= self.limit:
            raise MalformedPayload(
                translate(
                    "Sync",
                    "{platform} kept sending more pages of {list} than any list has; stopped "
                    "after {limit}.",
                ).format(
                    platform=self.platform,
                    list=translate("Sync", self.what),
                    limit=f"{self.limit:,}",
                ),
                self.account,
            )
        self._followed.add(link)
        self.pages += 1
        return link


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
    platform, _, list_name = what.partition("'s list of ")
    guard = PagingGuard(platform, list_name or what, account)
    while True:
        body = fetch(token)
        items = body.get(items_key, [])
        following = body.get("nextPageToken")
        if not isinstance(items, list) or not isinstance(following, str | None):
            raise MalformedPayload(
                translate(
                    "Sync", "{list} came in an unexpected shape; nothing from this page was stored."
                ).format(list=translate("Sync", what)),
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
        token = guard.follow(following)
