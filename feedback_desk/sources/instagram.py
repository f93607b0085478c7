"""Instagram professional accounts: comments (and customers' replies) on the account's media,
and the account's own replies under them.

The Instagram Graph API speaks the same envelope, errors and cursor paging as Facebook's, so
the Graph error reading is shared with the Facebook connector.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ..core.errors import MalformedPayload
from ..core.model import Comment, NewComment, OwnReply, Platform, iso_utc, parse_iso
from ..core.texts import translate
from .base import Page, PagingGuard, incremental_threshold
from .facebook import GraphConnector
from .http import PlatformHttp

DEFAULT_BASE = "https://graph.instagram.com"
MEDIA_LIMIT = 100
COMMENTS_LIMIT = 100
REPLIES_LIMIT = 50
AUTHOR_FIELDS = "id,text,timestamp,username,from"
COMMENT_FIELDS = f"{AUTHOR_FIELDS},like_count,replies.limit({REPLIES_LIMIT}){{{AUTHOR_FIELDS}}}"


class InstagramConnector(GraphConnector):
    platform = Platform.INSTAGRAM
    default_base = DEFAULT_BASE

    def __init__(self, http: PlatformHttp, ig_user_id: str, token: str, base: str | None) -> None:
        super().__init__(http, token, base)
        self._user_id = ig_user_id
        self._username: str | None = None

    def check(self) -> str:
        return f"@{self._own_username()}"

    def pages(self, since: str | None = None) -> Iterator[Page]:
        """Every comment (and customer reply) on every post, newest post first. With `since`
        (the newest comment time seen before), each post's comments are read only back to
        it, with a day's margin for comments the Graph API lists late; replies that arrive
        under older comments wait for the next full pass."""
        threshold = incremental_threshold(since)
        own = self._own_username()
        for media_id, permalink in self._media():
            url = f"{self._root}/{media_id}/comments"
            params: dict[str, Any] = {"fields": COMMENT_FIELDS, "limit": COMMENTS_LIMIT}
            for body in self._walk(url, params, "a post's comments"):
                data = body.get("data")
                if not isinstance(data, list):
                    raise MalformedPayload(
                        translate(
                            "Instagram",
                            "Instagram answered the comments of a post in an unexpected shape; "
                            "nothing from that page was stored.",
                        )
                    )
                page = Page()
                for number, item in enumerate(data, start=1):
                    where = translate(
                        "Instagram", "Instagram post {post}, comment {number}"
                    ).format(post=media_id, number=number)
                    self._read(page, item, media_id, None, permalink, own, where)
                    if isinstance(item, dict) and isinstance(item.get("id"), str):
                        self._read_replies(page, item, permalink, own, where)
                if page.comments:
                    page.cursor = iso_utc(max(c.created_at for c in page.comments))
                yield page
                if threshold is not None and _reaches(data, threshold):
                    break  # newest first: the rest of this post was read before

    def send_reply(self, comment: Comment, channel: str, text: str, key: str) -> str:
        if channel == "private":
            sent = self._http.call(
                "POST",
                f"{self._root}/{self._user_id}/messages",
                self._errors,
                json={"recipient": {"comment_id": comment.external_id}, "message": {"text": text}},
            )
            field = "message_id"
        else:
            target, message = self._public_target(comment, text)
            sent = self._http.call(
                "POST", f"{self._root}/{target}/replies", self._errors, data={"message": message}
            )
            field = "id"
        if not isinstance(sent, dict) or not isinstance(sent.get(field), str):
            raise MalformedPayload(
                translate("Instagram", "Instagram answered the reply in an unexpected shape.")
            )
        return str(sent[field])

    def find_reply(self, comment: Comment, channel: str, text: str, key: str) -> str | None:
        """Look for our account's reply in the comment's thread (public replies can be
        listed). A private reply cannot be looked up: sending it again is answered with
        AlreadyReplied, which the outbox takes as delivered after an interruption."""
        if channel == "private":
            return None
        own = self._own_username()
        target, message = self._public_target(comment, text)
        url = f"{self._root}/{target}/replies"
        params: dict[str, Any] = {"fields": AUTHOR_FIELDS, "limit": 100}
        for body in self._walk(url, params, "a comment's replies"):
            for item in body.get("data") or []:
                if (
                    isinstance(item, dict)
                    and self._is_ours(item, own)
                    and item.get("text") == message
                    and isinstance(item.get("id"), str)
                ):
                    return str(item["id"])
        return None

    # ------------------------------------------------------------------ reading

    def _own_username(self) -> str:
        if self._username is None:
            me = self._http.call(
                "GET",
                f"{self._root}/{self._user_id}",
                self._errors,
                params={"fields": "id,username"},
            )
            if not isinstance(me, dict) or not isinstance(me.get("username"), str):
                raise MalformedPayload(
                    translate(
                        "Instagram", "Instagram answered the account check in an unexpected shape."
                    )
                )
            self._username = str(me["username"])
        return self._username

    def _media(self) -> Iterator[tuple[str, str | None]]:
        url = f"{self._root}/{self._user_id}/media"
        params: dict[str, Any] = {"fields": "id,permalink", "limit": MEDIA_LIMIT}
        for body in self._walk(url, params, "posts"):
            data = body.get("data")
            if not isinstance(data, list):
                raise MalformedPayload(
                    translate(
                        "Instagram", "Instagram answered the list of posts in an unexpected shape."
                    )
                )
            for media in data:
                if isinstance(media, dict) and isinstance(media.get("id"), str):
                    link = media.get("permalink")
                    https = isinstance(link, str) and link.startswith("https://")
                    yield media["id"], str(link) if https else None

    def _read_replies(
        self,
        page: Page,
        item: dict[str, Any],
        permalink: str | None,
        own: str,
        where: str,
    ) -> None:
        """The replies under a top-level comment, following the replies' own pages. Instagram
        attaches every reply to the top-level comment (a reply to a reply too), so that is the
        comment each one answers."""
        replies = item.get("replies")
        if replies is None:
            return
        parent = str(item["id"])
        guard = PagingGuard("Instagram", "replies")
        while True:
            data = replies.get("data") if isinstance(replies, dict) else None
            if not isinstance(data, list):
                page.problems.append(
                    translate(
                        "Instagram", "{where}: its replies came in an unexpected shape"
                    ).format(where=where)
                )
                return
            for number, reply in enumerate(data, start=1):
                at = translate("Instagram", "{where}, reply {number}").format(
                    where=where, number=number
                )
                self._read(page, reply, parent, parent, permalink, own, at)
            url = self._next(replies)
            if url is None:
                return
            try:
                guard.follow(url)
            except MalformedPayload as problem:  # the comment itself was read: keep it
                page.problems.append(f"{where}: {str(problem).removesuffix('; stopped.')}")
                return
            replies = self._get(url, None)

    def _read(
        self,
        page: Page,
        item: Any,
        parent: str,
        answers: str | None,
        permalink: str | None,
        own: str,
        where: str,
    ) -> None:
        """One comment (`answers` None) or reply (`answers` its top-level comment). The
        account's own replies are own replies, not comments to answer; its own top-level
        comment answers no one and is left out."""
        try:
            if isinstance(item, dict) and self._is_ours(item, own):
                if answers is not None:
                    page.own_replies.append(_own_reply(item, answers))
                return
            page.comments.append(_comment(item, parent, permalink, answers))
        except (ValueError, TypeError, KeyError) as error:
            page.problems.append(
                translate("Instagram", "{where}: {problem}").format(where=where, problem=error)
            )

    def _is_ours(self, item: dict[str, Any], own: str) -> bool:
        author = item.get("from")
        if isinstance(author, dict) and author.get("id") is not None:
            return str(author["id"]) == self._user_id
        return item.get("username") == own

    def _public_target(self, comment: Comment, text: str) -> tuple[str, str]:
        """Where a public reply goes, and its text. Only top-level comments take replies:
        a reply to a reply goes to the top of its thread, addressed to its author."""
        node = self._get(f"{self._root}/{comment.external_id}", {"fields": "id,parent_id,username"})
        parent = node.get("parent_id")
        if not isinstance(parent, str) or not parent:
            return comment.external_id, text
        handle = node.get("username")
        if isinstance(handle, str) and handle and f"@{handle}" not in text:
            return parent, f"@{handle} {text}"
        return parent, text


def _reaches(data: list[Any], threshold: datetime) -> bool:
    """Whether a page of top-level comments goes back past `threshold`."""
    for item in data:
        stamp = item.get("timestamp") if isinstance(item, dict) else None
        try:
            if isinstance(stamp, str) and parse_iso(stamp) < threshold:
                return True
        except ValueError:
            continue
    return False


def _comment(
    item: Any, parent: str, permalink: str | None, answers: str | None = None
) -> NewComment:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
        raise ValueError(translate("Instagram", "a comment without an id"))
    text = item.get("text")
    if not isinstance(text, str):
        raise ValueError(translate("Instagram", "a comment without text"))
    username = item.get("username")
    if not isinstance(username, str) or not username:
        author = item.get("from")
        username = author.get("username") if isinstance(author, dict) else None
    timestamp = item.get("timestamp")
    if not isinstance(timestamp, str):
        raise ValueError(translate("Instagram", "a comment without a timestamp"))
    return NewComment(
        platform=Platform.INSTAGRAM,
        external_id=item["id"],
        author=f"@{username}" if isinstance(username, str) and username else "An Instagram user",
        text=text,
        created_at=parse_iso(timestamp),
        url=permalink,
        parent_external_id=parent,
        reply_to_external_id=answers,
    )


def _own_reply(item: dict[str, Any], answers: str) -> OwnReply:
    if not isinstance(item.get("id"), str) or not item["id"]:
        raise ValueError(translate("Instagram", "a reply by the account without an id"))
    text = item.get("text")
    if not isinstance(text, str):
        raise ValueError(translate("Instagram", "a reply by the account without text"))
    timestamp = item.get("timestamp")
    if not isinstance(timestamp, str):
        raise ValueError(translate("Instagram", "a reply by the account without a timestamp"))
    return OwnReply(
        platform=Platform.INSTAGRAM,
        external_id=item["id"],
        answers_external_id=answers,
        text=text,
        created_at=parse_iso(timestamp),
    )
