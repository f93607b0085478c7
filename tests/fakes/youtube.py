"""Fake YouTube Data API v3: comment threads, replies and quota, plus Google's OAuth /token."""

from __future__ import annotations

import html
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .base import (
    Abort,
    RecordedRequest,
    Response,
    Sampler,
    SortedView,
    decode_cursor,
    encode_cursor,
    parse_time,
    rfc3339,
    to_key,
)
from .google_oauth import GoogleFake

try:
    PACIFIC: Any = ZoneInfo("America/Los_Angeles")
except ZoneInfoNotFoundError:  # no tz database: close enough for a fake
    PACIFIC = timezone(timedelta(hours=-8))

LIST_COST = 1
INSERT_COST = 50
MAX_COMMENT_CHARS = 10_000
FILTERS = ("allThreadsRelatedToChannelId", "videoId", "id")
ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


@dataclass
class YtComment:
    id: str
    video_id: str
    parent_id: str | None
    text: str
    author_name: str
    author_channel_id: str
    published: datetime
    updated: datetime
    seq: int
    like_count: int = 0
    can_reply: bool = True
    is_public: bool = True
    moderation_status: str = "published"
    removed: bool = False


class FakeYouTube(GoogleFake):
    """One channel's videos and comments.  Bearer tokens come from ``POST /token`` only
    (``api_key`` also works for public reads).

    Quota: ``.quota_used`` grows by 1 per successful list and 50 per successful insert;
    over ``quota_limit`` every call gets 403 quotaExceeded until ``reset_quota()`` or until the
    fake clock passes midnight Pacific time.  Inserted replies are recorded in ``.replies``.
    """

    service = "youtube.googleapis.com"

    def __init__(
        self,
        *,
        channel_id: str = "UCfakeCornerBakery0000001",
        channel_title: str = "Corner Bakery",
        now: datetime | str | None = None,
        client_id: str = "1234567890-fake.apps.googleusercontent.com",
        client_secret: str = "GOCSPX-fake-client-secret",
        refresh_token: str = "1//0fake-refresh-token",
        quota_limit: int = 10_000,
        api_key: str = "AIzaFakeApiKey000000000000000000000000",
    ) -> None:
        super().__init__(
            now=now,
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            scope="https://www.googleapis.com/auth/youtube.force-ssl",
        )
        self.channel_id = channel_id
        self.channel_title = channel_title
        self.quota_limit = quota_limit
        self.api_key = api_key
        self._quota_used = 0
        self._quota_day = self._pacific_day()
        self.videos: dict[str, str] = {}  # id -> title
        self.disabled_videos: set[str] = set()
        self.comments: dict[str, YtComment] = {}
        self.replies: list[dict[str, Any]] = []
        self._children: dict[str, list[str]] = {}
        self._views: dict[tuple[Any, ...], SortedView] = {}
        self._seq = 0
        self._sampler = Sampler(19)
        self.add_route("GET", r"/youtube/v3/commentThreads", self._list_threads)
        self.add_route("GET", r"/youtube/v3/comments", self._list_comments)
        self.add_route("POST", r"/youtube/v3/comments", self._insert_comment)
        self.add_route("GET", r"/youtube/v3/channels", self._channels)

    # ------------------------------------------------------------------ quota

    def _pacific_day(self) -> date:
        return self.now.astimezone(PACIFIC).date()

    @property
    def quota_used(self) -> int:
        today = self._pacific_day()
        if today != self._quota_day:
            self._quota_day, self._quota_used = today, 0
        return self._quota_used

    @quota_used.setter
    def quota_used(self, value: int) -> None:
        self._quota_day = self._pacific_day()
        self._quota_used = value

    def exhaust_quota(self) -> None:
        """Use up today's quota: every call gets 403 quotaExceeded."""
        self.quota_used = self.quota_limit

    def reset_quota(self) -> None:
        self.quota_used = 0

    def _charge(self, cost: int) -> None:
        if self.quota_used + cost > self.quota_limit:
            raise Abort(
                self.yt_error(
                    403,
                    "The request cannot be completed because you have exceeded your quota.",
                    "youtube.quota",
                    "quotaExceeded",
                    with_status=False,
                )
            )

    # ------------------------------------------------------------------ seeding helpers

    def _new_id(self, n: int = 26) -> str:
        return "Ug" + "".join(secrets.choice(ID_CHARS) for _ in range(n - 6)) + "4AaABAg"[-4:]

    def add_video(self, video_id: str | None = None, title: str = "How we bake") -> str:
        with self._lock:
            video_id = video_id or "".join(secrets.choice(ID_CHARS) for _ in range(11))
            self.videos[video_id] = title
        return video_id

    def disable_comments(self, video_id: str) -> None:
        """Comments off for a video: listing it or replying there → 403 commentsDisabled."""
        with self._lock:
            if video_id not in self.videos:
                self.add_video(video_id)
            self.disabled_videos.add(video_id)
            self._views.clear()

    def add_comment(
        self,
        video_id: str,
        text: str,
        author_name: str = "Constantin",
        author_channel_id: str | None = None,
        published_at: datetime | str | None = None,
        thread_id: str | None = None,
        *,
        like_count: int = 0,
        can_reply: bool = True,
        is_public: bool = True,
        moderation_status: str = "published",
    ) -> str:
        """Add a top-level comment (a new thread). Returns the thread id."""
        with self._lock:
            if video_id not in self.videos:
                self.add_video(video_id)
            thread_id = thread_id or self._new_id()
            self._store(
                thread_id,
                video_id,
                None,
                text,
                author_name,
                author_channel_id,
                published_at,
                like_count=like_count,
                can_reply=can_reply,
                is_public=is_public,
                moderation_status=moderation_status,
            )
        return thread_id

    def add_reply(
        self,
        thread_id: str,
        text: str,
        author_name: str = "Constantin",
        author_channel_id: str | None = None,
        published_at: datetime | str | None = None,
        reply_id: str | None = None,
    ) -> str:
        with self._lock:
            parent = self.comments[thread_id]
            reply_id = reply_id or f"{thread_id}.{self._new_id(22)}"
            self._store(
                reply_id,
                parent.video_id,
                thread_id,
                text,
                author_name,
                author_channel_id,
                published_at,
            )
            self._children.setdefault(thread_id, []).append(reply_id)
        return reply_id

    def _store(
        self,
        comment_id: str,
        video_id: str,
        parent_id: str | None,
        text: str,
        author_name: str,
        author_channel_id: str | None,
        published_at: datetime | str | None,
        **kw: Any,
    ) -> None:
        if comment_id in self.comments:
            raise ValueError(f"comment {comment_id} already exists")
        published = parse_time(published_at, self.now)
        self._seq += 1
        self.comments[comment_id] = YtComment(
            comment_id,
            video_id,
            parent_id,
            text,
            author_name,
            author_channel_id or "UC" + "".join(secrets.choice(ID_CHARS) for _ in range(22)),
            published,
            published,
            self._seq,
            **kw,
        )
        self._views.clear()

    def edit_comment(self, comment_id: str, new_text: str) -> None:
        with self._lock:
            comment = self.comments[comment_id]
            comment.text = new_text
            comment.updated = self.now
            self._views.clear()

    def remove_comment(self, comment_id: str) -> None:
        with self._lock:
            self.comments[comment_id].removed = True
            self._views.clear()

    def seed(
        self, n: int, *, videos: int | None = None, span: timedelta = timedelta(days=60)
    ) -> list[str]:
        """Add ``n`` comment threads spread over ``videos`` videos and ``span``."""
        videos = videos or max(1, min(20, n // 500))
        video_ids = [self.add_video(title=f"Video {i + 1}") for i in range(videos)]
        step = span / max(n, 1)
        rng = self._sampler.rng
        ids = []
        for i in range(n):
            thread = self.add_comment(
                video_ids[i % videos],
                self._sampler.text(),
                self._sampler.name(),
                published_at=self.now - step * (i + 1),
                like_count=rng.randint(0, 20),
            )
            if rng.random() < 0.1:
                self.add_reply(thread, self._sampler.text(), self._sampler.name())
            ids.append(thread)
        return ids

    # ------------------------------------------------------------------ rendering

    def yt_error(self, code: int, message: str, domain: str, reason: str, **kw: Any) -> Response:
        errors = [{"message": message, "domain": domain, "reason": reason}]
        return self.google_error(code, message, errors=errors, **kw)

    def auth_errors(self) -> list[dict[str, Any]]:
        return [
            {
                "message": "Invalid Credentials",
                "domain": "global",
                "reason": "authError",
                "location": "Authorization",
                "locationType": "header",
            }
        ]

    def _bad(self, reason: str, message: str, domain: str = "youtube.parameter") -> Abort:
        return Abort(self.yt_error(400, message, domain, reason))

    def _etag(self) -> str:
        return secrets.token_urlsafe(20)

    def comment_json(self, c: YtComment, text_format: str = "html") -> dict[str, Any]:
        display = (
            c.text if text_format == "plainText" else html.escape(c.text).replace("\n", "<br>")
        )
        snippet: dict[str, Any] = {
            "channelId": self.channel_id,
            "videoId": c.video_id,
            "textDisplay": display,
            "textOriginal": c.text,
            "authorDisplayName": c.author_name,
            "authorProfileImageUrl": "https://yt3.ggpht.com/fake-avatar=s48",
            "authorChannelUrl": f"http://www.youtube.com/channel/{c.author_channel_id}",
            "authorChannelId": {"value": c.author_channel_id},
            "canRate": True,
            "viewerRating": "none",
            "likeCount": c.like_count,
            "publishedAt": rfc3339(c.published),
            "updatedAt": rfc3339(c.updated),
        }
        if c.parent_id is not None:
            snippet["parentId"] = c.parent_id
        return {"kind": "youtube#comment", "etag": self._etag(), "id": c.id, "snippet": snippet}

    def _live_replies(self, thread_id: str) -> list[YtComment]:
        return [
            self.comments[i]
            for i in self._children.get(thread_id, [])
            if not self.comments[i].removed
        ]

    def thread_json(self, c: YtComment, parts: set[str], text_format: str) -> dict[str, Any]:
        replies = self._live_replies(c.id)
        out: dict[str, Any] = {"kind": "youtube#commentThread", "etag": self._etag(), "id": c.id}
        if "snippet" in parts:
            out["snippet"] = {
                "channelId": self.channel_id,
                "videoId": c.video_id,
                "topLevelComment": self.comment_json(c, text_format),
                "canReply": c.can_reply and c.video_id not in self.disabled_videos,
                "totalReplyCount": len(replies),
                "isPublic": c.is_public,
            }
        if "replies" in parts and replies:
            # Like the real API, only some replies are embedded; comments.list has them all.
            out["replies"] = {"comments": [self.comment_json(r, text_format) for r in replies[:5]]}
        return out

    # ------------------------------------------------------------------ auth & params

    def _auth_read(self, req: RecordedRequest) -> None:
        key = req.param("key")
        if key is not None and req.bearer() is None:
            if key != self.api_key:
                raise Abort(
                    self.google_error(
                        400,
                        "API key not valid. Please pass a valid API key.",
                        errors=[
                            {
                                "message": "API key not valid. Please pass a valid API key.",
                                "domain": "global",
                                "reason": "badRequest",
                            }
                        ],
                        details=[self.error_info("API_KEY_INVALID")],
                    )
                )
            return
        self.auth(req)

    def _parts(self, req: RecordedRequest, allowed: set[str]) -> set[str]:
        raw = req.param("part")
        if not raw:
            raise self._bad("required", "Required parameter: part", "global")
        parts = {p.strip() for p in raw.split(",") if p.strip()}
        unknown = parts - allowed
        if unknown:
            raise self._bad("unknownPart", f"'{sorted(unknown)[0]}'", "youtube.part")
        return parts

    def _max_results(self, req: RecordedRequest, default: int = 20) -> int:
        raw = req.param("maxResults")
        try:
            value = int(raw) if raw is not None else default
        except ValueError as exc:
            raise self._bad("invalidParameter", f"Invalid value '{raw}'.", "global") from exc
        if not 1 <= value <= 100:
            raise self._bad(
                "invalidParameter",
                f"Invalid value '{value}'. Values must be within the range: [1, 100]",
                "global",
            )
        return value

    def _text_format(self, req: RecordedRequest) -> str:
        value = req.param("textFormat") or "html"
        if value not in ("html", "plainText"):
            raise self._bad("invalidParameter", f"Invalid value '{value}'.", "global")
        return value

    def _paginate(
        self, view: SortedView, req: RecordedRequest, signature: str, limit: int
    ) -> tuple[list[Any], str | None]:
        after = None
        token = req.param("pageToken")
        if token:
            try:
                token_sig, key = decode_cursor(token)
                after = to_key(key)
            except (ValueError, TypeError) as exc:
                raise self._bad(
                    "invalidPageToken",
                    "The request specifies an invalid page token.",
                ) from exc
            if token_sig != signature:
                raise self._bad("invalidPageToken", "The request specifies an invalid page token.")
        try:
            page, _, more = view.window(after=after, limit=limit)
        except TypeError as exc:
            raise self._bad(
                "invalidPageToken", "The request specifies an invalid page token."
            ) from exc
        next_token = encode_cursor([signature, view.key(page[-1])]) if more and page else None
        return page, next_token

    # ------------------------------------------------------------------ routes

    def _list_threads(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self._auth_read(req)
        parts = self._parts(req, {"id", "snippet", "replies"})
        given = [f for f in FILTERS if req.param(f) is not None]
        if req.param("channelId") is not None:
            given.append("channelId")
        if not given:
            raise self._bad(
                "missingRequiredParameter",
                "No filter selected. Expected one of: allThreadsRelatedToChannelId, channelId, "
                "id, videoId",
            )
        if len(given) > 1:
            raise self._bad(
                "incompatibleParameters",
                "Incompatible parameters specified in the request: " + ", ".join(given),
            )
        limit = self._max_results(req)
        text_format = self._text_format(req)
        order = req.param("order") or "time"
        if order not in ("time", "relevance"):
            raise self._bad("invalidParameter", f"Invalid value '{order}'.", "global")
        status = req.param("moderationStatus") or "published"
        if status not in ("published", "heldForReview", "likelySpam"):
            raise self._bad("invalidParameter", f"Invalid value '{status}'.", "global")
        self._charge(LIST_COST)
        flt = given[0]
        value = req.param(flt) or ""
        if flt in ("allThreadsRelatedToChannelId", "channelId"):
            if value != self.channel_id:
                raise Abort(
                    self.yt_error(
                        404,
                        "The channel identified by the channelId parameter could not be found.",
                        "youtube.commentThread",
                        "channelNotFound",
                    )
                )

            def wanted(c: YtComment) -> bool:
                return True
        elif flt == "videoId":
            if value not in self.videos:
                raise Abort(
                    self.yt_error(
                        404,
                        "The video identified by the videoId parameter could not be found.",
                        "youtube.commentThread",
                        "videoNotFound",
                    )
                )
            if value in self.disabled_videos:
                raise Abort(
                    self.yt_error(
                        403,
                        "The video identified by the videoId parameter has disabled comments.",
                        "youtube.commentThread",
                        "commentsDisabled",
                    )
                )

            def wanted(c: YtComment) -> bool:
                return c.video_id == value
        else:
            ids = set(value.split(","))

            def wanted(c: YtComment) -> bool:
                return c.id in ids

        signature = f"threads|{flt}={value}|{order}|{status}"

        def build() -> SortedView:
            items = [
                c
                for c in self.comments.values()
                if c.parent_id is None
                and not c.removed
                and c.moderation_status == status
                and wanted(c)
            ]
            if order == "relevance":
                return SortedView(
                    items, lambda c: (-c.like_count, -int(c.published.timestamp()), -c.seq)
                )
            return SortedView(items, lambda c: (-int(c.published.timestamp()), -c.seq))

        view = self._views.get((signature,))
        if view is None:
            view = self._views[(signature,)] = build()
        page, next_token = self._paginate(view, req, signature, limit)
        self._quota_used += LIST_COST
        body: dict[str, Any] = {"kind": "youtube#commentThreadListResponse", "etag": self._etag()}
        if next_token:
            body["nextPageToken"] = next_token
        body["pageInfo"] = {"totalResults": len(page), "resultsPerPage": limit}
        body["items"] = [self.thread_json(c, parts, text_format) for c in page]
        return Response(200, body)

    def _list_comments(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self._auth_read(req)
        self._parts(req, {"id", "snippet"})
        parent_id = req.param("parentId")
        ids = req.param("id")
        if (parent_id is None) == (ids is None):
            raise self._bad(
                "missingRequiredParameter" if parent_id is None else "incompatibleParameters",
                "Exactly one of parentId and id must be given.",
            )
        limit = self._max_results(req)
        text_format = self._text_format(req)
        self._charge(LIST_COST)
        if parent_id is not None:
            parent = self.comments.get(parent_id)
            if parent is None or parent.removed:
                raise Abort(
                    self.yt_error(
                        404,
                        "The comment identified by the parentId parameter could not be found.",
                        "youtube.comment",
                        "commentNotFound",
                    )
                )
            items = self._live_replies(parent_id)
            signature = f"comments|parent={parent_id}"
        else:
            wanted = set((ids or "").split(","))
            items = [c for c in self.comments.values() if c.id in wanted and not c.removed]
            signature = f"comments|id={ids}"
        view = SortedView(items, lambda c: (int(c.published.timestamp()), c.seq))
        page, next_token = self._paginate(view, req, signature, limit)
        self._quota_used += LIST_COST
        body: dict[str, Any] = {"kind": "youtube#commentListResponse", "etag": self._etag()}
        if next_token:
            body["nextPageToken"] = next_token
        body["pageInfo"] = {"totalResults": len(page), "resultsPerPage": limit}
        body["items"] = [self.comment_json(c, text_format) for c in page]
        return Response(200, body)

    def _insert_comment(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        self._parts(req, {"id", "snippet"})
        self._charge(INSERT_COST)
        snippet = req.json.get("snippet") if isinstance(req.json, dict) else None
        if not isinstance(snippet, dict):
            raise self._bad(
                "processingFailure",
                "The API server failed to successfully process the request.",
                "youtube.comment",
            )
        parent_id = snippet.get("parentId")
        text = snippet.get("textOriginal")
        if not parent_id:
            raise self._bad(
                "parentIdMissing", "The comment must be linked to a parent.", "youtube.comment"
            )
        if not isinstance(text, str) or not text.strip():
            raise self._bad(
                "commentTextRequired", "The comment text is required.", "youtube.comment"
            )
        if len(text) > MAX_COMMENT_CHARS:
            raise self._bad(
                "commentTextTooLong", "The comment text is too long.", "youtube.comment"
            )
        parent = self.comments.get(str(parent_id))
        if parent is None or parent.removed:
            raise Abort(
                self.yt_error(
                    404,
                    "The specified parent comment could not be found.",
                    "youtube.comment",
                    "commentNotFound",
                )
            )
        if parent.video_id in self.disabled_videos:
            raise Abort(
                self.yt_error(
                    403,
                    "Comments are disabled for this video.",
                    "youtube.comment",
                    "commentsDisabled",
                )
            )
        if parent.parent_id is not None or not parent.can_reply:
            raise self._bad(
                "operationNotSupported",
                "The API user is not able to insert a comment in reply to this comment.",
                "youtube.comment",
            )
        if not parent.is_public:
            raise self._bad(
                "parentCommentIsPrivate",
                "The specified parent comment is private.",
                "youtube.comment",
            )
        reply_id = self.add_reply(parent.id, text, self.channel_title, self.channel_id)
        self._quota_used += INSERT_COST
        resource = self.comment_json(self.comments[reply_id], "html")
        self.replies.append({"id": reply_id, "parent_id": parent.id, "text": text})
        return Response(200, resource)

    def _channels(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        if req.param("mine") == "true":
            self.auth(req)
        else:
            self._auth_read(req)
        parts = self._parts(req, {"id", "snippet", "contentDetails", "statistics"})
        self._charge(LIST_COST)
        wanted = req.param("id")
        items = []
        if req.param("mine") == "true" or (wanted and self.channel_id in wanted.split(",")):
            item: dict[str, Any] = {
                "kind": "youtube#channel",
                "etag": self._etag(),
                "id": self.channel_id,
            }
            if "snippet" in parts:
                item["snippet"] = {"title": self.channel_title, "customUrl": "@cornerbakery"}
            items.append(item)
        self._quota_used += LIST_COST
        return Response(
            200,
            {
                "kind": "youtube#channelListResponse",
                "etag": self._etag(),
                "pageInfo": {"totalResults": len(items), "resultsPerPage": 5},
                "items": items,
            },
        )
