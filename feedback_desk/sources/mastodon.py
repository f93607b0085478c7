"""Mastodon: mentions of the shop's account, paged by the Link header, and the shop's own
replies (which are in its statuses, not in its notifications)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import requests

from ..core.errors import MalformedPayload
from ..core.model import Comment, NewComment, OwnReply, Platform, parse_iso
from ..core.redaction import remember_secret
from ..core.texts import translate
from .base import INCREMENTAL_MARGIN, Page, PagingGuard, same_origin
from .html_text import html_to_text
from .http import PlatformHttp, Slowdown, json_or_none

log = logging.getLogger(__name__)

PAGE_LIMIT = 80  # the documented maximum since Mastodon 4.1
OWN_STATUSES_LIMIT = 40  # the documented maximum for an account's statuses
OWN_STATUS_PAGES = 5  # the shop's own statuses read in one sync at most: 200, newest first


class MastodonConnector:
    platform = Platform.MASTODON

    def __init__(self, http: PlatformHttp, instance: str, token: str) -> None:
        self._http = http
        self._base = instance.rstrip("/")
        self._http.session.headers["Authorization"] = f"Bearer {token}"
        remember_secret(token)
        self._own_id: str | None = None  # our account's id, once asked

    def check(self) -> str:
        me = self._me()
        if not isinstance(me.get("acct"), str):
            raise MalformedPayload(_check_shape())
        return f"@{me['acct']}"

    def _me(self) -> dict[str, Any]:
        me = self._http.call(
            "GET", f"{self._base}/api/v1/accounts/verify_credentials", self._interpret
        )
        if not isinstance(me, dict):
            raise MalformedPayload(_check_shape())
        if isinstance(me.get("id"), str) and me["id"]:
            self._own_id = me["id"]
        return me

    def _own_account_id(self) -> str:
        """Our account's id, asked once per connector."""
        if self._own_id is None:
            self._me()
        if self._own_id is None:
            raise MalformedPayload(
                translate("Mastodon", "Mastodon did not say which account the token belongs to.")
            )
        return self._own_id

    def pages(self, since: str | None = None) -> Iterator[Page]:
        """The mentions, newest first (with `since`, a notification id, only back to it);
        then the shop's own replies, on pages of their own."""
        reached: list[datetime] = []
        yield from self._mentions(since, reached)
        # With `since`, the shop's replies written since the last sync are newer than the
        # newest mention that sync had seen: read back to it, with the usual margin.
        threshold = max(reached) - INCREMENTAL_MARGIN if since is not None and reached else None
        yield from self._own_replies(threshold)

    def _mentions(self, since: str | None, reached: list[datetime]) -> Iterator[Page]:
        """The mention notifications. Adds to `reached` the times of those at or before
        `since` (read before) that this pass came to."""
        url: str | None = f"{self._base}/api/v1/notifications"
        params: dict[str, Any] | None = {"types[]": "mention", "limit": PAGE_LIMIT}
        guard = PagingGuard("Mastodon", "mentions", self._http.account)
        while url:
            response = self._http.request("GET", url, self._interpret, params=params)
            body = json_or_none(response)
            if not isinstance(body, list):
                raise MalformedPayload(
                    translate(
                        "Mastodon",
                        "Mastodon answered the list of mentions in an unexpected shape; nothing "
                        "from this page was stored.",
                    )
                )
            page = _page(body, self._base)
            yield page
            if since is not None:
                old = [i for i in body if isinstance(i, dict) and _at_or_before(i.get("id"), since)]
                if old:
                    reached.extend(t for t in map(_created, old) if t is not None)
                    return  # everything older was read before
            url = self._next(response, guard)
            params = None  # the next link carries its own query

    def _own_replies(self, threshold: datetime | None) -> Iterator[Page]:
        """The shop's statuses that answer another's, newest first: back to `threshold`,
        and never more than OWN_STATUS_PAGES pages (a reply older than that is read when
        its thread is; a full pass of a busy account reads the latest 200 statuses)."""
        own = self._own_account_id()
        url: str | None = f"{self._base}/api/v1/accounts/{own}/statuses"
        params: dict[str, Any] | None = {"exclude_reblogs": "true", "limit": OWN_STATUSES_LIMIT}
        guard = PagingGuard("Mastodon", "the shop's own posts", self._http.account)
        for _ in range(OWN_STATUS_PAGES):
            if url is None:
                return
            response = self._http.request("GET", url, self._interpret, params=params)
            body = json_or_none(response)
            if not isinstance(body, list):
                raise MalformedPayload(
                    translate(
                        "Mastodon",
                        "Mastodon answered the list of the shop's own posts in an unexpected "
                        "shape; nothing from this page was stored.",
                    )
                )
            yield _own_page(body, own)
            times = [t for t in map(_created, body) if t is not None]
            if threshold is not None and times and min(times) < threshold:
                return  # newest first: the rest was read before
            url = self._next(response, guard)
            params = None
        if url is not None:
            log.info(
                "%s: stopped reading our own posts after %d pages",
                self._http.account,
                OWN_STATUS_PAGES,
            )

    def _next(self, response: requests.Response, guard: PagingGuard) -> str | None:
        """The Link header's next page: only on this server, never one already read, and
        not past the most pages a list can have."""
        url = response.links.get("next", {}).get("url")
        if not url:
            return None
        if not same_origin(url, self._base):
            raise MalformedPayload(
                translate(
                    "Mastodon",
                    "Mastodon pointed the next page at another server; stopped there so the "
                    "token is not sent elsewhere.",
                )
            )
        return guard.follow(str(url))

    def send_reply(self, comment: Comment, channel: str, text: str, key: str) -> str:
        """A reply in the thread (public) or a private mention (direct); the
        Idempotency-Key makes a repeated post within the hour return the first one."""
        status = _status_text(comment, text)
        posted = self._http.call(
            "POST",
            f"{self._base}/api/v1/statuses",
            self._interpret,
            data={
                "status": status,
                "in_reply_to_id": comment.external_id,
                "visibility": "direct" if channel == "private" else "public",
            },
            headers={"Idempotency-Key": key},
        )
        if not isinstance(posted, dict) or not isinstance(posted.get("id"), str):
            raise MalformedPayload(
                translate("Mastodon", "Mastodon answered the reply in an unexpected shape.")
            )
        return str(posted["id"])

    def find_reply(self, comment: Comment, channel: str, text: str, key: str) -> str | None:
        """Ask the thread, never post: the Idempotency-Key is kept for only an hour, and a
        retry may come much later. Our reply is a status by our account answering the
        comment's status with the text send_reply would have posted (direct replies are
        in the thread for their author too)."""
        own = self._own_account_id()
        context = self._http.call(
            "GET", f"{self._base}/api/v1/statuses/{comment.external_id}/context", self._interpret
        )
        descendants = context.get("descendants") if isinstance(context, dict) else None
        if not isinstance(descendants, list):
            raise MalformedPayload(
                translate(
                    "Mastodon", "Mastodon answered the reply's thread in an unexpected shape."
                )
            )
        wanted = _comparable(_status_text(comment, text))
        for status in descendants:
            if not isinstance(status, dict) or not isinstance(status.get("id"), str):
                continue
            account = status.get("account")
            content = status.get("content")
            if (
                isinstance(account, dict)
                and account.get("id") == own
                and status.get("in_reply_to_id") == comment.external_id
                and (status.get("visibility") == "direct") == (channel == "private")
                and isinstance(content, str)
                and _comparable(html_to_text(content)) == wanted
            ):
                return str(status["id"])
        return None

    def _interpret(self, response: requests.Response) -> Slowdown | None:
        status = response.status_code
        if status < 400 or status >= 500:
            return None
        reason = _error_text(response)
        if status == 401:
            raise self._http.token_expired(reason)
        if status == 429:
            try:
                reset = parse_iso(response.headers.get("X-RateLimit-Reset", ""))
            except ValueError:
                reset = None
            wait = self._http.wait_asked(response, reset)
            return Slowdown(60.0 if wait is None else wait, reason)
        raise self._http.refused(reason)


def _status_text(comment: Comment, text: str) -> str:
    """What send_reply posts: the text, addressed to the author (@acct) if it is not."""
    acct = author_handle(comment.author)
    return text if acct is None or f"@{acct}" in text else f"@{acct} {text}"


# Mastodon shows a mention of another server's account by its username alone.
_REMOTE_MENTION = re.compile(r"@([\w.-]*\w)@[\w-]+(?:\.[\w-]+)*")


def _comparable(text: str) -> str:
    """A status's text as Mastodon's HTML renders it, plain: mentions without their
    server, paragraphs and line breaks as single spaces."""
    return " ".join(_REMOTE_MENTION.sub(r"@\1", text).split())


def author_handle(author: str) -> str | None:
    """The @handle stored with a Mastodon author ("Name (@acct)" or "@acct")."""
    match = re.search(r"@([\w.-]+(?:@[\w.-]+)?)\)?$", author.strip())
    return match.group(1) if match else None


def _error_text(response: requests.Response) -> str:
    body = json_or_none(response)
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return str(body["error"])[:300]
    return f"HTTP {response.status_code}"


def _id_key(value: str) -> tuple[int, str]:
    return len(value), value  # Mastodon ids are numbers that outgrow any fixed width


def _at_or_before(value: object, since: str) -> bool:
    return isinstance(value, str) and _id_key(value) <= _id_key(since)


def _created(item: Any) -> datetime | None:
    value = item.get("created_at") if isinstance(item, dict) else None
    try:
        return parse_iso(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _own_page(statuses: list[Any], own: str) -> Page:
    """The shop's statuses that answer someone else's, as own replies (a status continuing
    the shop's own thread answers no one)."""
    page = Page()
    for number, status in enumerate(statuses, start=1):
        if not isinstance(status, dict):
            page.problems.append(
                translate("Mastodon", "Mastodon, our own post {number}: not an object").format(
                    number=number
                )
            )
            continue
        answers = status.get("in_reply_to_id")
        if answers is None or status.get("in_reply_to_account_id") == own:
            continue
        try:
            page.own_replies.append(_own_reply(status, answers))
        except (ValueError, TypeError) as error:
            page.problems.append(
                translate("Mastodon", "Mastodon, our own post {number}: {problem}").format(
                    number=number, problem=error
                )
            )
    return page


def _own_reply(status: dict[str, Any], answers: object) -> OwnReply:
    status_id = status.get("id")
    if not isinstance(status_id, str) or not status_id:
        raise ValueError(translate("Mastodon", "a status without an id"))
    if not isinstance(answers, str) or not answers:
        raise ValueError(translate("Mastodon", "in_reply_to_id is not an id"))
    content = status.get("content")
    if not isinstance(content, str):
        raise ValueError(translate("Mastodon", "a status without content"))
    created = status.get("created_at")
    if not isinstance(created, str):
        raise ValueError(translate("Mastodon", "a status without created_at"))
    return OwnReply(
        platform=Platform.MASTODON,
        external_id=status_id,
        answers_external_id=answers,
        text=html_to_text(content),
        created_at=parse_iso(created),
    )


def _page(items: list[Any], base: str) -> Page:
    page = Page()
    ids = [str(i["id"]) for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)]
    page.cursor = max(ids, key=_id_key) if ids else None
    for number, item in enumerate(items, start=1):
        try:
            comment = _mention(item)
        except (ValueError, TypeError, KeyError) as error:
            page.problems.append(
                translate("Mastodon", "Mastodon item {number}: {problem}").format(
                    number=number, problem=error
                )
            )
            continue
        if comment is not None:
            page.comments.append(comment)
    return page


def _mention(item: Any) -> NewComment | None:
    if not isinstance(item, dict) or item.get("type") != "mention":
        return None
    status = item.get("status")
    account = item.get("account")
    if not isinstance(status, dict) or not isinstance(account, dict):
        raise ValueError(translate("Mastodon", "a mention without its status or account"))
    status_id = status.get("id")
    if not isinstance(status_id, str) or not status_id:
        raise ValueError(translate("Mastodon", "a status without an id"))
    acct = account.get("acct")
    if not isinstance(acct, str):
        raise ValueError(translate("Mastodon", "an account without acct"))
    name = account.get("display_name") if isinstance(account.get("display_name"), str) else ""
    content = status.get("content")
    if not isinstance(content, str):
        raise ValueError(translate("Mastodon", "a status without content"))
    url = status.get("url") if isinstance(status.get("url"), str) else None
    # The status it answers: maybe the shop's own, when a customer answers the owner.
    answers = (
        status.get("in_reply_to_id") if isinstance(status.get("in_reply_to_id"), str) else None
    )
    return NewComment(
        platform=Platform.MASTODON,
        external_id=status_id,
        author=f"{name} (@{acct})" if name else f"@{acct}",
        text=html_to_text(content),
        created_at=parse_iso(str(status.get("created_at") or item.get("created_at"))),
        url=url if url and url.startswith(("https://", "http://")) else None,
        parent_external_id=answers,
        reply_to_external_id=answers,
    )


def _check_shape() -> str:
    return translate("Mastodon", "Mastodon answered the sign-in check in an unexpected shape.")
