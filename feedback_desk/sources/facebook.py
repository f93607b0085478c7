"""Facebook Pages: comments on the page's posts (Graph API, cursor paging)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import requests

from ..core.errors import AlreadyReplied, MalformedPayload
from ..core.model import Comment, NewComment, OwnReply, Platform, iso_utc, parse_iso
from ..core.redaction import remember_secret
from ..core.texts import translate
from .base import Page, PagingGuard, incremental_threshold, same_origin
from .graph import FACEBOOK_GRAPH, GRAPH_VERSION
from .http import PlatformHttp, Slowdown, json_or_none

DEFAULT_BASE = FACEBOOK_GRAPH
# parent{id}: the comment a reply was written under (Facebook files a reply to a reply under
# the thread's top-level comment, so that is the deepest a parent goes).
COMMENT_FIELDS = "id,message,from,created_time,can_reply_privately,parent{id}"
THROTTLED = {4, 17, 32, 613, 80001, 80002}  # 80002: Instagram's business use case
EXPIRED = {102, 190}
TRANSIENT = {1, 2}
ALREADY_REPLIED = 10900  # one private reply per comment


class GraphErrors:
    """How the Graph API says no: branch on error.code, not on the HTTP status."""

    def __init__(self, http: PlatformHttp) -> None:
        self._http = http

    def __call__(self, response: requests.Response) -> Slowdown | None:
        body = json_or_none(response)
        error = body.get("error") if isinstance(body, dict) else None
        if not isinstance(error, dict):
            if 400 <= response.status_code < 500:
                raise self._http.refused(f"HTTP {response.status_code}")  # untranslated: a code
            return None
        code = error.get("code")
        message = str(error.get("error_user_msg") or error.get("message") or "")[:300]
        if code in EXPIRED:
            raise self._http.token_expired(message or translate("Facebook", "token expired"))
        if code in THROTTLED:
            return Slowdown(_regain_seconds(response), f"Graph error {code}: {message}")
        if code in TRANSIENT:
            return Slowdown(5.0, f"Graph error {code}: {message}", refused=False)
        if code == ALREADY_REPLIED:
            raise AlreadyReplied(
                translate(
                    "Facebook",
                    "{platform} allows one private message per comment, and this comment "
                    "already has one.",
                ).format(platform=self._http.platform),
                self._http.account,
            )
        raise self._http.refused(f"{message} (Graph error {code})")


def _regain_seconds(response: requests.Response) -> float:
    """X-Business-Use-Case-Usage says how many minutes until calls are allowed again."""
    header = response.headers.get("X-Business-Use-Case-Usage")
    try:
        usage = json.loads(header) if header else {}
        minutes = max(
            float(entry.get("estimated_time_to_regain_access", 0))
            for entries in usage.values()
            for entry in entries
        )
    except (ValueError, TypeError, AttributeError):
        minutes = 0.0
    return minutes * 60 if minutes > 0 else 60.0


class GraphConnector:
    """What the Facebook and Instagram connectors share: the Graph API's host, errors and
    cursor paging."""

    default_base = DEFAULT_BASE
    # Private messages cannot be listed, so find_reply cannot see one; the platform keeps one
    # per comment and refuses a second (AlreadyReplied), which tells instead.
    unlisted_channels = frozenset({"private"})

    def __init__(self, http: PlatformHttp, token: str, base: str | None) -> None:
        self._http = http
        self._base = (base or self.default_base).rstrip("/")
        self._root = f"{self._base}/{GRAPH_VERSION}"
        self._http.session.headers["Authorization"] = f"Bearer {token}"
        remember_secret(token)
        self._errors = GraphErrors(http)

    def _get(self, url: str, params: dict[str, Any] | None) -> dict[str, Any]:
        body = self._http.call("GET", url, self._errors, params=params)
        if not isinstance(body, dict):
            raise MalformedPayload(
                translate(
                    "Facebook",
                    "{platform} answered in an unexpected shape; nothing from that page was "
                    "stored.",
                ).format(platform=self._http.platform)
            )
        return body

    def _walk(self, url: str, params: dict[str, Any] | None, what: str) -> Iterator[dict[str, Any]]:
        """Each page of a Graph list in turn. A next link back to a page already read, or
        more pages than any list has, stops the walk with MalformedPayload rather than
        going on for ever."""
        guard = PagingGuard(self._http.platform, what, self._http.account)
        following: str | None = url
        while following:
            body = self._get(following, params)
            yield body
            following, params = self._next(body), None
            if following:
                guard.follow(following)

    def _next(self, body: dict[str, Any]) -> str | None:
        paging = body.get("paging")
        url = paging.get("next") if isinstance(paging, dict) else None
        if not isinstance(url, str):
            return None
        if not same_origin(url, self._base):
            raise MalformedPayload(
                translate(
                    "Facebook",
                    "{platform} pointed the next page at another server; stopped there so the "
                    "token is not sent elsewhere.",
                ).format(platform=self._http.platform)
            )
        return url


class FacebookConnector(GraphConnector):
    platform = Platform.FACEBOOK

    def __init__(self, http: PlatformHttp, page_id: str, token: str, base: str | None) -> None:
        super().__init__(http, token, base)
        self._page_id = page_id

    def check(self) -> str:
        page = self._http.call(
            "GET", f"{self._root}/{self._page_id}", self._errors, params={"fields": "id,name"}
        )
        if not isinstance(page, dict) or "id" not in page:
            raise MalformedPayload(
                translate("Facebook", "Facebook answered the page check in an unexpected shape.")
            )
        return translate("Facebook", "the page {name}").format(name=page.get("name") or page["id"])

    def pages(self, since: str | None = None) -> Iterator[Page]:
        """All comments on all posts; with `since` (the newest comment time seen before),
        posts untouched since then are skipped and each post is read only back to it
        (with a day's margin, for comments the Graph API lists late)."""
        threshold = incremental_threshold(since)
        for post_id in self._post_ids(threshold):
            params: dict[str, Any] = {
                "fields": COMMENT_FIELDS,
                "filter": "stream",
                "order": "reverse_chronological",
                "limit": 100,
            }
            url = f"{self._root}/{post_id}/comments"
            for body in self._walk(url, params, "a post's comments"):
                page = _page(body.get("data"), post_id, self._page_id)
                yield page
                times = [c.created_at for c in page.comments]
                times += [r.created_at for r in page.own_replies]
                if threshold is not None and times and min(times) < threshold:
                    break  # reverse chronological: the rest was read before

    def send_reply(self, comment: Comment, channel: str, text: str, key: str) -> str:
        if channel == "private":
            sent = self._http.call(
                "POST",
                f"{self._root}/{self._page_id}/messages",
                self._errors,
                json={"recipient": {"comment_id": comment.external_id}, "message": {"text": text}},
            )
            field = "message_id"
        else:
            sent = self._http.call(
                "POST",
                f"{self._root}/{comment.external_id}/comments",
                self._errors,
                data={"message": text},
            )
            field = "id"
        if not isinstance(sent, dict) or not isinstance(sent.get(field), str):
            raise MalformedPayload(
                translate("Facebook", "Facebook answered the reply in an unexpected shape.")
            )
        return str(sent[field])

    def find_reply(self, comment: Comment, channel: str, text: str, key: str) -> str | None:
        """Look for our page's reply in the comment's thread (public replies can be listed).
        Facebook files a reply to a reply under the thread's top-level comment (Instagram
        does the same, see InstagramConnector._public_target), so that is where to look.
        A thread holds the page's replies to others too: only one with the same text,
        written after the comment, counts."""
        if channel == "private":
            return None  # Messenger keeps no list we can read; one private reply is allowed
        thread = self._thread_of(comment.external_id)
        params = {"fields": "id,message,from,created_time", "limit": 100}
        for body in self._walk(f"{self._root}/{thread}/comments", params, "a comment's replies"):
            data = body.get("data")
            for item in data if isinstance(data, list) else []:
                if self._is_our_reply(item, text, comment.created_at):
                    return str(item["id"])
        return None

    def _thread_of(self, comment_id: str) -> str:
        """The top-level comment of the comment's thread: its parent, or itself."""
        node = self._get(f"{self._root}/{comment_id}", {"fields": "id,parent"})
        parent = node.get("parent")
        parent_id = parent.get("id") if isinstance(parent, dict) else None
        return parent_id if isinstance(parent_id, str) and parent_id else comment_id

    def _is_our_reply(self, item: Any, text: str, after: datetime) -> bool:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            return False
        author = item.get("from")
        if not isinstance(author, dict) or str(author.get("id")) != self._page_id:
            return False
        return item.get("message") == text and not _before(item.get("created_time"), after)

    def _post_ids(self, threshold: datetime | None = None) -> Iterator[str]:
        url = f"{self._root}/{self._page_id}/feed"
        params: dict[str, Any] = {"fields": "id,updated_time", "limit": 100}
        for body in self._walk(url, params, "posts"):
            data = body.get("data")
            if not isinstance(data, list):
                raise MalformedPayload(
                    translate(
                        "Facebook", "Facebook answered the list of posts in an unexpected shape."
                    )
                )
            for post in data:
                if not isinstance(post, dict) or not isinstance(post.get("id"), str):
                    continue
                if threshold is not None and _before(post.get("updated_time"), threshold):
                    continue  # nothing new under this post
                yield post["id"]


def _before(value: object, threshold: datetime) -> bool:
    try:
        return isinstance(value, str) and parse_iso(value) < threshold
    except ValueError:
        return False


def _page(data: Any, post_id: str, page_id: str) -> Page:
    """A page of a post's comments (the stream: replies too). The page's own comments are
    not comments to answer: its replies under a comment become own replies; a comment it
    wrote at the top of a post answers no one and is left out."""
    page = Page()
    if not isinstance(data, list):
        page.problems.append(
            translate(
                "Facebook", "Facebook post {post}: the comments came in an unexpected shape"
            ).format(post=post_id)
        )
        return page
    for number, item in enumerate(data, start=1):
        author = item.get("from") if isinstance(item, dict) else None
        try:
            if isinstance(author, dict) and str(author.get("id")) == page_id:
                reply = _own_reply(item)
                if reply is not None:
                    page.own_replies.append(reply)
            else:
                page.comments.append(_comment(item, post_id))
        except (ValueError, TypeError, KeyError) as error:
            page.problems.append(
                translate("Facebook", "Facebook post {post}, comment {number}: {problem}").format(
                    post=post_id, number=number, problem=error
                )
            )
    if page.comments:
        page.cursor = iso_utc(max(c.created_at for c in page.comments))
    return page


def _parent_id(item: dict[str, Any]) -> str | None:
    parent = item.get("parent")
    parent_id = parent.get("id") if isinstance(parent, dict) else None
    return parent_id if isinstance(parent_id, str) and parent_id else None


def _own_reply(item: dict[str, Any]) -> OwnReply | None:
    """The page's reply under a comment, or None for the page's own top-level comment."""
    answers = _parent_id(item)
    if answers is None:
        return None
    if not isinstance(item.get("id"), str) or not item["id"]:
        raise ValueError(translate("Facebook", "a reply by the page without an id"))
    message = item.get("message")
    if not isinstance(message, str):
        raise ValueError(translate("Facebook", "a reply by the page without a message"))
    return OwnReply(
        platform=Platform.FACEBOOK,
        external_id=item["id"],
        answers_external_id=answers,
        text=message,
        created_at=parse_iso(str(item.get("created_time"))),
    )


def _comment(item: Any, post_id: str) -> NewComment:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        raise ValueError(translate("Facebook", "a comment without an id"))
    author = item.get("from")
    name = author.get("name") if isinstance(author, dict) else None
    message = item.get("message")
    if not isinstance(message, str):
        raise ValueError(translate("Facebook", "a comment without a message"))
    return NewComment(
        platform=Platform.FACEBOOK,
        external_id=item["id"],
        author=name if isinstance(name, str) and name else "A Facebook user",
        text=message,
        created_at=parse_iso(str(item.get("created_time"))),
        url=f"https://www.facebook.com/{post_id}?comment_id={item['id']}",
        parent_external_id=post_id,
        can_reply_privately=item.get("can_reply_privately")
        if isinstance(item.get("can_reply_privately"), bool)
        else None,
        reply_to_external_id=_parent_id(item),
    )
