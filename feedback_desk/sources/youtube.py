"""YouTube: comments on the channel's videos (Data API v3, comment threads).

Every thread on the channel is read newest first, 100 a page. A thread's top-level comment
and the replies other people wrote under it become comments; the channel's own replies (in
YouTube Studio or here) are own replies, and its own top-level comments answer no one.
YouTube counts calls against a daily quota (1 unit per list, 50 per reply) that resets at
midnight Pacific time: when it is used up the sync stops and says when it can go on,
instead of asking again and again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import requests

from ..core.errors import MalformedPayload, PlatformRefused, RateLimited
from ..core.model import Comment, NewComment, OwnReply, Platform, parse_iso
from ..core.texts import translate
from .base import Page, PagingGuard, incremental_threshold, walk_token_pages
from .google_auth import GoogleAuth, GoogleNotFound, google_error
from .http import Interpret, PlatformHttp, Slowdown

log = logging.getLogger(__name__)

DEFAULT_BASE = "https://www.googleapis.com"
MAX_RESULTS = 100  # the documented maximum
MAX_COMMENT_CHARS = 10_000
QUOTA_REASONS = {"quotaExceeded", "dailyLimitExceeded"}
RATE_REASONS = {"rateLimitExceeded", "userRateLimitExceeded"}
ANONYMOUS = "A YouTube user"


class CommentsDisabled(PlatformRefused):
    """The video's owner turned its comments off (403 commentsDisabled)."""


class YouTubeConnector:
    platform = Platform.YOUTUBE

    def __init__(
        self, http: PlatformHttp, auth: GoogleAuth, channel_id: str, base: str | None
    ) -> None:
        self._http = http
        self._auth = auth
        self._channel_id = channel_id
        self._base = (base or DEFAULT_BASE).rstrip("/")
        self._root = f"{self._base}/youtube/v3"

    def check(self) -> str:
        """Which channel the token speaks for (1 quota unit); it must be this account's."""
        body = self._get(
            f"{self._root}/channels",
            {"part": "snippet", "mine": "true"},
            self._errors(translate("YouTube", "comments are turned off")),
        )
        items = body.get("items")
        if not isinstance(items, list):
            raise MalformedPayload(
                translate("YouTube", "YouTube answered the channel check in an unexpected shape."),
                self._http.account,
            )
        mine = [i for i in items if isinstance(i, dict)]
        if not any(i.get("id") == self._channel_id for i in mine):
            signed_in = ", ".join(str(i.get("id")) for i in mine) or translate(
                "YouTube", "no channel"
            )
            raise self._http.refused(
                translate(
                    "YouTube",
                    "the Google account that gave permission manages {channels}, not the channel "
                    "{channel}. Reconnect with the Google account that owns the channel.",
                ).format(channels=signed_in, channel=self._channel_id)
            )
        chosen = next(i for i in mine if i.get("id") == self._channel_id)
        snippet = chosen.get("snippet")
        title = snippet.get("title") if isinstance(snippet, dict) else None
        return translate("YouTube", "the channel {title}").format(title=title or self._channel_id)

    def pages(self, since: str | None = None) -> Iterator[Page]:
        """Every thread, newest first. With `since` (the newest top-level comment time seen
        before), stop once past it, with a day's margin; new replies under older comments
        and edits wait for the next full pass."""
        threshold = incremental_threshold(since)
        errors = self._errors(
            translate(
                "YouTube",
                "comments are turned off for a video on this channel, so the channel's comments "
                "could not be listed. Turn them back on in YouTube Studio, or try again later",
            )
        )

        def fetch(token: str | None) -> dict[str, Any]:
            params: dict[str, Any] = {
                "part": "snippet,replies",
                "allThreadsRelatedToChannelId": self._channel_id,
                "maxResults": MAX_RESULTS,
                "order": "time",
                "textFormat": "plainText",
            }
            if token:
                params["pageToken"] = token
            return self._get(f"{self._root}/commentThreads", params, errors)

        yield from walk_token_pages(
            fetch,
            "items",
            self._page,
            _published,
            threshold,
            "YouTube's list of comments",
            self._http.account,
        )

    def send_reply(self, comment: Comment, channel: str, text: str, key: str) -> str:
        """A public reply in the comment's thread (50 quota units)."""
        self._check_reply(channel, text)
        sent = self._auth.call(
            "POST",
            f"{self._root}/comments",
            self._errors(
                translate(
                    "YouTube",
                    "comments are turned off for this video, so YouTube does not accept replies "
                    "there. Turn them back on in YouTube Studio to answer",
                )
            ),
            params={"part": "snippet"},
            json={"snippet": {"parentId": _thread_id(comment.external_id), "textOriginal": text}},
        )
        if not isinstance(sent, dict) or not isinstance(sent.get("id"), str):
            raise MalformedPayload(
                translate("YouTube", "YouTube answered the reply in an unexpected shape."),
                self._http.account,
            )
        return str(sent["id"])

    def find_reply(self, comment: Comment, channel: str, text: str, key: str) -> str | None:
        """After an interrupted send: the channel's reply with this text in the thread."""
        if channel != "public":
            return None
        try:
            for item in self._replies(_thread_id(comment.external_id)):
                snippet = item.get("snippet")
                if (
                    isinstance(snippet, dict)
                    and _author_channel(snippet) == self._channel_id
                    and text in (snippet.get("textOriginal"), snippet.get("textDisplay"))
                    and isinstance(item.get("id"), str)
                ):
                    return str(item["id"])
        except GoogleNotFound:
            return None  # the comment is gone; sending will say so
        return None

    # -- helpers ------------------------------------------------------------------------------

    def _check_reply(self, channel: str, text: str) -> None:
        if channel not in ("public", "private"):
            raise PlatformRefused(
                translate(
                    "YouTube",
                    "YouTube comments are answered in public; a {channel} reply is not sent "
                    "through YouTube.",
                ).format(channel=repr(channel)),
                self._http.account,
            )
        if channel == "private":
            raise PlatformRefused(
                translate(
                    "YouTube",
                    "YouTube has no private messages: a reply to a comment is always public. "
                    "Reply in public, and offer a phone number or e-mail address there if you "
                    "want to talk in private.",
                ),
                self._http.account,
            )
        if not text.strip():
            raise PlatformRefused(translate("YouTube", "The reply is empty."), self._http.account)
        if len(text) > MAX_COMMENT_CHARS:
            raise PlatformRefused(
                translate(
                    "YouTube",
                    "A YouTube comment can be at most {limit} characters; this one has "
                    "{length}. Shorten it and send it again.",
                ).format(limit=f"{MAX_COMMENT_CHARS:,}", length=f"{len(text):,}"),
                self._http.account,
            )

    def _page(self, items: list[Any]) -> Page:
        page = Page()
        for number, item in enumerate(items, start=1):
            try:
                top, video_id, embedded, total = _thread(item)
            except (ValueError, TypeError, KeyError) as error:
                page.problems.append(
                    translate("YouTube", "YouTube comment thread {number}: {problem}").format(
                        number=number, problem=error
                    )
                )
                continue
            thread_id = str(top["id"])
            if _author_channel(top["snippet"]) != self._channel_id:
                what = translate("YouTube", "YouTube comment {id}").format(id=thread_id)
                self._add(page, top, video_id, None, what)
            replies = embedded
            if total > len(embedded):  # only some replies come with the thread
                try:
                    replies = list(self._replies(thread_id))
                except CommentsDisabled:
                    page.problems.append(
                        translate(
                            "YouTube",
                            "YouTube video {video}: comments are turned off for this video, so "
                            "the replies under comment {id} could not all be read",
                        ).format(video=video_id or translate("YouTube", "(unknown)"), id=thread_id)
                    )
            for reply in replies:
                snippet = reply.get("snippet") if isinstance(reply, dict) else None
                if isinstance(snippet, dict) and _author_channel(snippet) == self._channel_id:
                    try:
                        page.own_replies.append(_own_reply(reply, thread_id))
                    except (ValueError, TypeError, KeyError) as error:
                        page.problems.append(
                            translate("YouTube", "YouTube reply under {id}: {problem}").format(
                                id=thread_id, problem=error
                            )
                        )
                    continue
                what = translate("YouTube", "YouTube reply under {id}").format(id=thread_id)
                self._add(page, reply, video_id, thread_id, what)
        return page

    def _add(
        self, page: Page, item: Any, video_id: str | None, parent: str | None, what: str
    ) -> None:
        try:
            page.comments.append(_comment(item, video_id, parent))
        except (ValueError, TypeError, KeyError) as error:
            page.problems.append(
                translate("YouTube", "{what}: {problem}").format(what=what, problem=error)
            )

    def _replies(self, thread_id: str) -> Iterator[dict[str, Any]]:
        """Every reply under a top-level comment (comments.list, 1 unit a page)."""
        errors = self._errors(
            translate("YouTube", "comments are turned off for this video"),
            disabled=CommentsDisabled,
        )
        token: str | None = None
        guard = PagingGuard("YouTube", "a comment's replies", self._http.account)
        while True:
            params: dict[str, Any] = {
                "part": "snippet",
                "parentId": thread_id,
                "maxResults": MAX_RESULTS,
                "textFormat": "plainText",
            }
            if token:
                params["pageToken"] = token
            body = self._get(f"{self._root}/comments", params, errors)
            items = body.get("items", [])
            following = body.get("nextPageToken")
            if not isinstance(items, list) or not isinstance(following, str | None):
                raise MalformedPayload(
                    translate(
                        "YouTube", "YouTube answered a list of replies in an unexpected shape."
                    ),
                    self._http.account,
                )
            yield from (i for i in items if isinstance(i, dict))
            if not following:
                return
            token = guard.follow(following)

    def _get(self, url: str, params: dict[str, Any], interpret: Interpret) -> dict[str, Any]:
        body = self._auth.call("GET", url, interpret, params=params)
        if not isinstance(body, dict):
            raise MalformedPayload(
                translate(
                    "YouTube", "YouTube answered in an unexpected shape; nothing was stored."
                ),
                self._http.account,
            )
        return body

    def _errors(
        self, comments_off: str, disabled: type[PlatformRefused] = PlatformRefused
    ) -> Interpret:
        """How YouTube says no: by errors[].reason. `comments_off` says what commentsDisabled
        means for this call; `disabled` is the error raised for it."""
        http = self._http
        clock = self._auth.clock

        def interpret(response: requests.Response) -> Slowdown | None:
            status = response.status_code
            if status < 400 or status >= 500:
                return None
            error = google_error(response)
            reasons = set(error.reasons)
            if status == 401:
                raise http.token_expired(
                    translate("YouTube", "Google did not accept a freshly renewed access token")
                )
            if reasons & QUOTA_REASONS:
                raise quota_used_up(http, clock())
            if status == 429 or reasons & RATE_REASONS or error.status == "RESOURCE_EXHAUSTED":
                wait = http.wait_asked(response)
                return Slowdown(60.0 if wait is None else wait, error.message)
            if "commentsDisabled" in reasons:
                raise disabled(
                    translate(
                        "YouTube", "{platform} refused the request for account {account}: {reason}."
                    ).format(
                        platform=http.platform, account=repr(http.account), reason=comments_off
                    ),
                    http.account,
                )
            if status == 404:
                raise GoogleNotFound(
                    translate(
                        "YouTube", "{platform} does not know this (account {account}): {reason}"
                    ).format(
                        platform=http.platform, account=repr(http.account), reason=error.message
                    ),
                    http.account,
                )
            raise http.refused(error.message)

        return interpret


def quota_used_up(http: PlatformHttp, now: datetime) -> RateLimited:
    """YouTube's daily quota is spent: asking again before it resets cannot help."""
    resets = next_pacific_midnight(now)
    local = resets.astimezone().strftime("%a %d %b %H:%M")
    return RateLimited(
        translate(
            "YouTube",
            "The daily YouTube quota for account {account} is used up. It resets at midnight "
            "Pacific time ({time} your time); sync or send again after that.",
        ).format(account=repr(http.account), time=local),
        resets,
        http.account,
    )


def next_pacific_midnight(now: datetime) -> datetime:
    """The next midnight in America/Los_Angeles (when YouTube quotas reset), in UTC."""
    try:
        zone = ZoneInfo("America/Los_Angeles")
    except ZoneInfoNotFoundError:  # no time zone database (Windows without tzdata)
        return _next_pacific_midnight_by_rule(now)
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0), tzinfo=zone).astimezone(UTC)


def _next_pacific_midnight_by_rule(now: datetime) -> datetime:
    """The same from the US daylight-saving rule (since 2007): UTC-7 from the second Sunday
    of March, 02:00 PST, to the first Sunday of November, 02:00 PDT; UTC-8 otherwise."""
    moment = now.astimezone(UTC)
    starts = datetime.combine(_nth_sunday(moment.year, 3, 2), time(10), tzinfo=UTC)
    ends = datetime.combine(_nth_sunday(moment.year, 11, 1), time(9), tzinfo=UTC)
    today = (moment - timedelta(hours=7 if starts <= moment < ends else 8)).date()
    tomorrow = today + timedelta(days=1)
    summer = _nth_sunday(tomorrow.year, 3, 2) < tomorrow <= _nth_sunday(tomorrow.year, 11, 1)
    return datetime.combine(tomorrow, time(0), tzinfo=UTC) + timedelta(hours=7 if summer else 8)


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _published(thread: Any) -> datetime | None:
    """When a thread's top-level comment was written."""
    snippet = thread.get("snippet") if isinstance(thread, dict) else None
    top = snippet.get("topLevelComment") if isinstance(snippet, dict) else None
    top_snippet = top.get("snippet") if isinstance(top, dict) else None
    value = top_snippet.get("publishedAt") if isinstance(top_snippet, dict) else None
    try:
        return parse_iso(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _thread_id(external_id: str) -> str:
    """Replies are only made to top-level comments; a reply's id is "THREAD.REPLY"."""
    return external_id.split(".", 1)[0]


def _author_channel(snippet: Any) -> str | None:
    author = snippet.get("authorChannelId") if isinstance(snippet, dict) else None
    value = author.get("value") if isinstance(author, dict) else None
    return value if isinstance(value, str) else None


def _thread(item: Any) -> tuple[dict[str, Any], str | None, list[Any], int]:
    """(top-level comment, video id, replies sent along, how many replies there are)."""
    snippet = item.get("snippet") if isinstance(item, dict) else None
    if not isinstance(snippet, dict):
        raise ValueError(translate("YouTube", "a thread without its snippet"))
    top = snippet.get("topLevelComment")
    if (
        not isinstance(top, dict)
        or not isinstance(top.get("id"), str)
        or not isinstance(top.get("snippet"), dict)
    ):
        raise ValueError(translate("YouTube", "a thread without its top-level comment"))
    video = snippet.get("videoId") or top["snippet"].get("videoId")
    replies = item.get("replies")
    embedded = replies.get("comments") if isinstance(replies, dict) else None
    embedded = [c for c in embedded if isinstance(c, dict)] if isinstance(embedded, list) else []
    total = snippet.get("totalReplyCount")
    return (
        top,
        video if isinstance(video, str) and video else None,
        embedded,
        total if isinstance(total, int) else len(embedded),
    )


def _parts(item: Any) -> tuple[str, dict[str, Any], str, datetime]:
    """A comment resource's id, snippet, text and publishedAt."""
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
        raise ValueError(translate("YouTube", "a comment without an id"))
    snippet = item.get("snippet")
    if not isinstance(snippet, dict):
        raise ValueError(translate("YouTube", "a comment without its snippet"))
    text = snippet.get("textOriginal")
    if not isinstance(text, str):
        text = snippet.get("textDisplay")
    if not isinstance(text, str):
        raise ValueError(translate("YouTube", "a comment without text"))
    published = snippet.get("publishedAt")
    if not isinstance(published, str):
        raise ValueError(translate("YouTube", "a comment without publishedAt"))
    return item["id"], snippet, text, parse_iso(published)


def _answers(snippet: dict[str, Any], thread_id: str) -> str:
    """The comment a reply answers: its parentId (replies go only under top-level
    comments), or the thread it was listed in when YouTube leaves parentId out."""
    parent = snippet.get("parentId")
    return parent if isinstance(parent, str) and parent else thread_id


def _own_reply(item: Any, thread_id: str) -> OwnReply:
    reply_id, snippet, text, published = _parts(item)
    return OwnReply(
        platform=Platform.YOUTUBE,
        external_id=reply_id,
        answers_external_id=_answers(snippet, thread_id),
        text=text,
        created_at=published,
    )


def _comment(item: Any, video_id: str | None, parent: str | None) -> NewComment:
    """A top-level comment (`parent` None) or a reply in the thread `parent`."""
    comment_id, snippet, text, published = _parts(item)
    name = snippet.get("authorDisplayName")
    video = video_id or snippet.get("videoId")
    video = video if isinstance(video, str) and video else None
    url = None
    if video is not None:
        url = "https://www.youtube.com/watch?" + urlencode({"v": video, "lc": comment_id})
    return NewComment(
        platform=Platform.YOUTUBE,
        external_id=comment_id,
        author=name.strip() if isinstance(name, str) and name.strip() else ANONYMOUS,
        text=text,
        created_at=published,
        url=url,
        parent_external_id=parent if parent is not None else video,
        reply_to_external_id=_answers(snippet, parent) if parent is not None else None,
    )
