"""Mastodon: mentions of the shop's account, paged by the Link header."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import requests

from ..core.errors import MalformedPayload
from ..core.model import Comment, NewComment, Platform, parse_iso
from .base import Page, same_origin
from .http import PlatformHttp, Slowdown, json_or_none

PAGE_LIMIT = 80  # the documented maximum since Mastodon 4.1


class MastodonConnector:
    platform = Platform.MASTODON

    def __init__(self, http: PlatformHttp, instance: str, token: str) -> None:
        self._http = http
        self._base = instance.rstrip("/")
        self._http.session.headers["Authorization"] = f"Bearer {token}"
        self._own_id: str | None = None  # our account's id, once asked

    def check(self) -> str:
        me = self._me()
        if not isinstance(me.get("acct"), str):
            raise MalformedPayload("Mastodon answered the sign-in check in an unexpected shape.")
        return f"@{me['acct']}"

    def _me(self) -> dict[str, Any]:
        me = self._http.call(
            "GET", f"{self._base}/api/v1/accounts/verify_credentials", self._interpret
        )
        if not isinstance(me, dict):
            raise MalformedPayload("Mastodon answered the sign-in check in an unexpected shape.")
        if isinstance(me.get("id"), str) and me["id"]:
            self._own_id = me["id"]
        return me

    def _own_account_id(self) -> str:
        """Our account's id, asked once per connector."""
        if self._own_id is None:
            self._me()
        if self._own_id is None:
            raise MalformedPayload("Mastodon did not say which account the token belongs to.")
        return self._own_id

    def pages(self, since: str | None = None) -> Iterator[Page]:
        """Newest first. With `since` (a notification id), stop once past it."""
        url: str | None = f"{self._base}/api/v1/notifications"
        params: dict[str, Any] | None = {"types[]": "mention", "limit": PAGE_LIMIT}
        while url:
            response = self._http.request("GET", url, self._interpret, params=params)
            body = json_or_none(response)
            if not isinstance(body, list):
                raise MalformedPayload(
                    "Mastodon answered the list of mentions in an unexpected shape; nothing "
                    "from this page was stored."
                )
            page = _page(body, self._base)
            yield page
            ids = [str(item.get("id")) for item in body if isinstance(item, dict)]
            if since is not None and any(_id_key(i) <= _id_key(since) for i in ids):
                return  # everything older was read before
            url = response.links.get("next", {}).get("url")
            if url and not same_origin(url, self._base):
                raise MalformedPayload(
                    "Mastodon pointed the next page at another server; stopped there so the "
                    "token is not sent elsewhere."
                )
            params = None  # the next link carries its own query

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
            raise MalformedPayload("Mastodon answered the reply in an unexpected shape.")
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
            raise MalformedPayload("Mastodon answered the reply's thread in an unexpected shape.")
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


def _page(items: list[Any], base: str) -> Page:
    page = Page()
    ids = [str(i["id"]) for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)]
    page.cursor = max(ids, key=_id_key) if ids else None
    for number, item in enumerate(items, start=1):
        try:
            comment = _mention(item)
        except (ValueError, TypeError, KeyError) as error:
            page.problems.append(f"Mastodon item {number}: {error}")
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
        raise ValueError("a mention without its status or account")
    status_id = status.get("id")
    if not isinstance(status_id, str) or not status_id:
        raise ValueError("a status without an id")
    acct = account.get("acct")
    if not isinstance(acct, str):
        raise ValueError("an account without acct")
    name = account.get("display_name") if isinstance(account.get("display_name"), str) else ""
    content = status.get("content")
    if not isinstance(content, str):
        raise ValueError("a status without content")
    url = status.get("url") if isinstance(status.get("url"), str) else None
    return NewComment(
        platform=Platform.MASTODON,
        external_id=status_id,
        author=f"{name} (@{acct})" if name else f"@{acct}",
        text=html_to_text(content),
        created_at=parse_iso(str(status.get("created_at") or item.get("created_at"))),
        url=url if url and url.startswith(("https://", "http://")) else None,
        parent_external_id=status.get("in_reply_to_id")
        if isinstance(status.get("in_reply_to_id"), str)
        else None,
    )


_BREAKS = re.compile(r"<br\s*/?>|</p>\s*<p[^>]*>", re.I)
_TAGS = re.compile(r"<[^>]+>")


def html_to_text(content: str) -> str:
    """Mastodon sends HTML; the app shows plain text, line breaks kept."""
    text = _BREAKS.sub("\n", content)
    return html.unescape(_TAGS.sub("", text)).strip()
