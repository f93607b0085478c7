"""Fake Instagram Graph API (graph.instagram.com style, the app's GRAPH_VERSION) for one
professional account."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from feedback_desk.sources.graph import GRAPH_VERSION

from .base import RecordedRequest, Response, Sampler, SortedView, graph_time, parse_time
from .graph import GraphFake, NodeType, V, pick


@dataclass
class IgMedia:
    id: str
    caption: str | None
    created: datetime
    seq: int
    media_type: str = "IMAGE"
    removed: bool = False


@dataclass
class IgComment:
    id: str
    media_id: str
    parent_id: str | None
    text: str
    username: str
    user_id: str
    created: datetime
    seq: int
    like_count: int = 0
    hidden: bool = False
    removed: bool = False


class FakeInstagram(GraphFake):
    """An Instagram professional account with media and comments.

    Valid token: ``.token``.  Recorded writes: ``.public_replies``, ``.private_replies``.
    """

    default_token = "IGQFakeUserToken"
    buc_type = "instagram"
    default_throttle_code = 80002

    def __init__(
        self,
        *,
        ig_user_id: str = "17841405822304914",
        username: str = "corner_bakery",
        token: str | None = None,
        now: datetime | str | None = None,
    ) -> None:
        super().__init__(now=now, token=token)
        self.ig_user_id = ig_user_id
        self.owner_id = ig_user_id
        self.username = username
        self.media: dict[str, IgMedia] = {}
        self.comments: dict[str, IgComment] = {}
        self.public_replies: list[dict[str, Any]] = []
        self._by_media: dict[str, list[str]] = {}
        self._children: dict[str, list[str]] = {}
        self._media_counter = 17_895_695_668_004_550
        self._comment_counter = 17_873_440_459_141_021
        self._sampler = Sampler(13)
        self._build_nodes()
        self.page_id = "109876543210987"  # the Facebook page the account is linked to
        self.page_name = "Corner Bakery"
        self.add_route("GET", V + r"/(?P<id>[^/]+)/media", self._list_media)
        self.add_route("GET", V + r"/(?P<id>[^/]+)/comments", self._list_comments)
        self.add_route("POST", V + r"/(?P<id>[^/]+)/comments", self._comment_on_media)
        self.add_route("GET", V + r"/(?P<id>[^/]+)/replies", self._list_replies)
        self.add_route("POST", V + r"/(?P<id>[^/]+)/replies", self._reply)
        self.add_route("POST", V + r"/(?P<id>[^/]+)/messages", self._messages)
        self.add_route("GET", V + r"/(?P<id>[^/]+)", self._get_node)
        self.add_route("POST", V + r"/(?P<id>[^/]+)", self._update_node)
        self.add_route("DELETE", V + r"/(?P<id>[^/]+)", self._delete_node)

    # ------------------------------------------------------------------ seeding helpers

    def add_media(
        self,
        media_id: str | None = None,
        caption: str | None = "Our new sourdough 🍞",
        timestamp: datetime | str | None = None,
        media_type: str = "IMAGE",
    ) -> str:
        with self._lock:
            if media_id is None:
                self._media_counter += 1
                media_id = str(self._media_counter)
            created = parse_time(timestamp, self.now - timedelta(days=1))
            self.media[media_id] = IgMedia(media_id, caption, created, self._seq(), media_type)
            self._touch()
        return media_id

    def add_comment(
        self,
        media_id: str,
        text: str,
        username: str = "sam_patel42",
        timestamp: datetime | str | None = None,
        comment_id: str | None = None,
        *,
        parent_id: str | None = None,
        like_count: int = 0,
        hidden: bool = False,
        user_id: str | None = None,
    ) -> str:
        """Add a comment (``parent_id`` makes it a reply). Returns its id."""
        with self._lock:
            if media_id not in self.media:
                self.add_media(media_id)
            if comment_id is None:
                self._comment_counter += 1
                comment_id = str(self._comment_counter)
            if comment_id in self.comments:
                raise ValueError(f"comment {comment_id} already exists")
            created = parse_time(timestamp, self.now)
            self.comments[comment_id] = IgComment(
                comment_id,
                media_id,
                parent_id,
                text,
                username,
                user_id or f"1784140{zlib.crc32(username.encode()):010d}",
                created,
                self._seq(),
                like_count=like_count,
                hidden=hidden,
            )
            self._by_media.setdefault(media_id, []).append(comment_id)
            if parent_id is not None:
                self._children.setdefault(parent_id, []).append(comment_id)
            self._touch()
        return comment_id

    def add_reply(
        self, comment_id: str, text: str, username: str = "sam_patel42", **kw: Any
    ) -> str:
        parent = self.comments[comment_id]
        return self.add_comment(parent.media_id, text, username, parent_id=comment_id, **kw)

    def edit_comment(self, comment_id: str, new_text: str) -> None:
        with self._lock:
            self.comments[comment_id].text = new_text
            self._touch()

    def hide_comment(self, comment_id: str, hidden: bool = True) -> None:
        with self._lock:
            self.comments[comment_id].hidden = hidden
            self._touch()

    def remove_comment(self, comment_id: str) -> None:
        with self._lock:
            self.comments[comment_id].removed = True
            for reply_id in self._children.get(comment_id, []):
                self.comments[reply_id].removed = True
            self._touch()

    def seed(
        self, n: int, *, media: int | None = None, span: timedelta = timedelta(days=30)
    ) -> list[str]:
        """Add ``n`` top-level comments spread over ``media`` posts and ``span``."""
        media = media or max(1, min(20, n // 500))
        media_ids = [
            self.add_media(caption=f"Post {i + 1}", timestamp=self.now - span - timedelta(hours=i))
            for i in range(media)
        ]
        ids: list[str] = []
        step = span / max(n, 1)
        per_media = -(-n // media)
        for i in range(n):
            ids.append(
                self.add_comment(
                    media_ids[min(i // per_media, media - 1)],
                    self._sampler.text(),
                    self._sampler.handle(),
                    self.now - step * (i + 1),
                    like_count=self._sampler.rng.randint(0, 5),
                )
            )
        return ids

    # ------------------------------------------------------------------ model helpers

    def signin_pages(self) -> list[dict[str, Any]]:
        return [
            {
                "id": self.page_id,
                "name": self.page_name,
                "access_token": self.token,
                "tasks": ["ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"],
                "instagram_business_account": {"id": self.ig_user_id, "username": self.username},
            },
            {
                "id": "109000000000001",
                "name": "Old page without Instagram",
                "access_token": self.token,
                "tasks": ["MODERATE"],
            },
        ]

    def _live_media(self, media_id: str) -> IgMedia | None:
        m = self.media.get(media_id)
        return None if m is None or m.removed else m

    def _live_comment(self, comment_id: str) -> IgComment | None:
        c = self.comments.get(comment_id)
        if c is None or c.removed or self._live_media(c.media_id) is None:
            return None
        if c.parent_id is not None and self._live_comment(c.parent_id) is None:
            return None
        return c

    def private_reply_target(self, comment_id: str) -> dict[str, Any] | None:
        c = self._live_comment(comment_id)
        if c is None:
            return None
        return {
            "created": c.created,
            "can_reply": c.user_id != self.ig_user_id,
            "author_id": c.user_id,
        }

    def _comments_view(self, media_id: str) -> SortedView:
        def build() -> SortedView:
            items = [
                self.comments[i]
                for i in self._by_media.get(media_id, [])
                if self.comments[i].parent_id is None and self._live_comment(i) is not None
            ]
            return SortedView(items, lambda c: (-int(c.created.timestamp()), -c.seq))

        return self._view(("comments", media_id), build)

    def _replies_view(self, comment_id: str) -> SortedView:
        def build() -> SortedView:
            items = [
                self.comments[i]
                for i in self._children.get(comment_id, [])
                if self._live_comment(i) is not None
            ]
            return SortedView(items, lambda c: (int(c.created.timestamp()), c.seq))

        return self._view(("replies", comment_id), build)

    def _media_view(self) -> SortedView:
        def build() -> SortedView:
            items = [m for m in self.media.values() if not m.removed]
            return SortedView(items, lambda m: (-int(m.created.timestamp()), -m.seq))

        return self._view(("media",), build)

    # ------------------------------------------------------------------ node types

    def _build_nodes(self) -> None:
        self.comment_node = NodeType(
            "IGComment",
            fields={
                "id": lambda c, s, r: c.id,
                "text": lambda c, s, r: c.text,
                "timestamp": lambda c, s, r: graph_time(c.created),
                "username": lambda c, s, r: c.username,
                "like_count": lambda c, s, r: c.like_count,
                "hidden": lambda c, s, r: c.hidden,
                "from": lambda c, s, r: pick({"id": c.user_id, "username": c.username}, s),
                "media": lambda c, s, r: pick({"id": c.media_id, "media_product_type": "FEED"}, s),
                "parent_id": lambda c, s, r: c.parent_id,
                "legacy_instagram_comment_id": lambda c, s, r: None,
            },
            default=["timestamp", "text", "id"],
            edges={"replies": self._replies_edge},
            quiet=frozenset({"user"}),
        )
        self.media_node = NodeType(
            "IGMedia",
            fields={
                "id": lambda m, s, r: m.id,
                "caption": lambda m, s, r: m.caption,
                "timestamp": lambda m, s, r: graph_time(m.created),
                "media_type": lambda m, s, r: m.media_type,
                "media_product_type": lambda m, s, r: "FEED",
                "permalink": lambda m, s, r: f"https://www.instagram.com/p/{m.id[-11:]}/",
                "shortcode": lambda m, s, r: m.id[-11:],
                "comments_count": lambda m, s, r: sum(
                    1 for i in self._by_media.get(m.id, []) if self._live_comment(i)
                ),
                "like_count": lambda m, s, r: 42,
                "username": lambda m, s, r: self.username,
                "is_comment_enabled": lambda m, s, r: True,
                "owner": lambda m, s, r: {"id": self.ig_user_id},
                "media_url": lambda m, s, r: f"https://scontent.example/{m.id}.jpg",
            },
            default=["id"],
            edges={"comments": self._comments_edge},
            quiet=frozenset({"thumbnail_url", "children", "is_shared_to_feed", "alt_text"}),
        )
        self.user_node = NodeType(
            "IGUser",
            fields={
                "id": lambda u, s, r: self.ig_user_id,
                "user_id": lambda u, s, r: self.ig_user_id,
                "username": lambda u, s, r: self.username,
                "name": lambda u, s, r: "Corner Bakery",
                "account_type": lambda u, s, r: "BUSINESS",
                "media_count": lambda u, s, r: len(self._media_view()),
                "followers_count": lambda u, s, r: 987,
            },
            default=["id"],
            edges={"media": self._media_edge},
            quiet=frozenset({"profile_picture_url", "biography", "website", "follows_count"}),
        )

    # ------------------------------------------------------------------ edges

    def _media_edge(self, user: Any, params: dict[str, str], req: RecordedRequest) -> Any:
        specs = self.fields_of(params.get("fields"))
        return self.paged(
            self._media_view(),
            params,
            path=f"/{GRAPH_VERSION}/{self.ig_user_id}/media",
            req=req,
            render_item=lambda m: self.render(self.media_node, m, specs, req),
        )

    def _comments_edge(self, media: Any, params: dict[str, str], req: RecordedRequest) -> Any:
        specs = self.fields_of(params.get("fields"))
        return self.paged(
            self._comments_view(media.id),
            params,
            path=f"/{GRAPH_VERSION}/{media.id}/comments",
            req=req,
            render_item=lambda c: self.render(self.comment_node, c, specs, req),
        )

    def _replies_edge(self, comment: Any, params: dict[str, str], req: RecordedRequest) -> Any:
        specs = self.fields_of(params.get("fields"))
        return self.paged(
            self._replies_view(comment.id),
            params,
            path=f"/{GRAPH_VERSION}/{comment.id}/replies",
            req=req,
            render_item=lambda c: self.render(self.comment_node, c, specs, req),
        )

    # ------------------------------------------------------------------ routes

    def _resolve(self, object_id: str) -> str:
        return self.ig_user_id if object_id == "me" else object_id

    def _list_media(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        if self._resolve(m["id"]) != self.ig_user_id:
            raise self.no_such_object(m["id"])
        return Response(200, self._media_edge(None, self.query_params(req), req))

    def _list_comments(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        media = self._live_media(m["id"])
        if media is None:
            raise self.no_such_object(m["id"])
        return Response(200, self._comments_edge(media, self.query_params(req), req))

    def _list_replies(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        comment = self._live_comment(m["id"])
        if comment is None:
            raise self.no_such_object(m["id"])
        return Response(200, self._replies_edge(comment, self.query_params(req), req))

    def _get_node(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        object_id = self._resolve(m["id"])
        specs = self.fields_of(req)
        if object_id == self.ig_user_id:
            return Response(200, self.render(self.user_node, None, specs, req))
        media = self._live_media(object_id)
        if media is not None:
            return Response(200, self.render(self.media_node, media, specs, req))
        comment = self._live_comment(object_id)
        if comment is not None:
            return Response(200, self.render(self.comment_node, comment, specs, req))
        raise self.no_such_object(m["id"])

    def _message_param(self, req: RecordedRequest) -> str:
        message = req.param("message")
        if not message or not message.strip():
            raise self.fail(100, "(#100) The parameter message is required")
        if len(message) > 2200:
            raise self.fail(100, "(#100) The comment is too long (max 2200 characters)")
        return message

    def _comment_on_media(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        media = self._live_media(m["id"])
        if media is None:
            raise self.no_such_object(m["id"], "POST")
        message = self._message_param(req)
        new_id = self.add_comment(
            media.id, message, self.username, self.now, user_id=self.ig_user_id
        )
        return Response(200, {"id": new_id})

    def _reply(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        target = self._live_comment(m["id"])
        if target is None:
            raise self.no_such_object(m["id"], "POST")
        message = self._message_param(req)
        if target.parent_id is not None:
            raise self.fail(
                100,
                "(#100) Replies can only be made to top-level comments.",
                user_title="Cannot reply to a reply",
                user_msg="Reply to the top-level comment of this thread instead.",
            )
        if target.hidden:
            raise self.fail(
                100,
                "(#100) Cannot reply to a hidden comment.",
                user_title="Comment is hidden",
                user_msg="Unhide the comment before replying to it.",
            )
        new_id = self.add_comment(
            target.media_id,
            message,
            self.username,
            self.now,
            parent_id=target.id,
            user_id=self.ig_user_id,
        )
        self.public_replies.append(
            {
                "id": new_id,
                "comment_id": target.id,
                "message": message,
                "timestamp": graph_time(self.now),
            }
        )
        return Response(200, {"id": new_id})

    def _messages(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        if self._resolve(m["id"]) != self.ig_user_id:
            self.auth(req)
            raise self.no_such_object(m["id"], "POST")
        return self.send_private_reply(req)

    def _update_node(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        comment = self._live_comment(m["id"])
        if comment is None:
            raise self.no_such_object(m["id"], "POST")
        hide = req.param("hide")
        if hide is None:
            raise self.fail(100, "(#100) The parameter hide is required")
        comment.hidden = hide.lower() in ("true", "1")
        self._touch()
        return Response(200, {"success": True})

    def _delete_node(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        if self._live_comment(m["id"]) is None:
            raise self.no_such_object(m["id"], "DELETE")
        self.remove_comment(m["id"])
        return Response(200, {"success": True})
