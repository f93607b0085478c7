"""Fake Facebook Graph API for one Page: feed, comments, replies, private replies.

It speaks the version the app asks for (GRAPH_VERSION, feedback_desk/sources/graph.py).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from feedback_desk.sources.graph import GRAPH_VERSION

from .base import RecordedRequest, Response, Sampler, SortedView, graph_time, parse_time
from .graph import FieldSpec, GraphFake, NodeType, V, pick


@dataclass
class FbPost:
    id: str
    message: str | None
    created: datetime
    seq: int
    removed: bool = False


@dataclass
class FbComment:
    id: str
    post_id: str
    parent_id: str | None
    message: str
    author_id: str
    author_name: str
    created: datetime
    can_reply_privately: bool
    seq: int
    is_hidden: bool = False
    removed: bool = False
    like_count: int = 0


ORDERS = ("chronological", "reverse_chronological")
FILTERS = ("toplevel", "stream")


class FakeFacebook(GraphFake):
    """A Page with posts and comments, speaking the app's Graph version on loopback.

    Valid token: ``.token`` (header ``Authorization: Bearer`` or ``access_token=``).
    Recorded writes: ``.public_replies`` and ``.private_replies`` (lists of dicts).
    """

    default_token = "EAAFakePageToken"
    buc_type = "pages"
    default_throttle_code = 80001

    def __init__(
        self,
        *,
        page_id: str = "1983306698425200",
        page_name: str = "Corner Bakery",
        token: str | None = None,
        now: datetime | str | None = None,
    ) -> None:
        super().__init__(now=now, token=token)
        self.page_id = page_id
        self.owner_id = page_id
        self.page_name = page_name
        self.posts: dict[str, FbPost] = {}
        self.comments: dict[str, FbComment] = {}
        self.public_replies: list[dict[str, Any]] = []
        self._by_post: dict[str, list[str]] = {}
        self._children: dict[str, list[str]] = {}
        self._post_counter = 122_000_000_000_000
        self._comment_counter = 1_000_000_000_000
        self._sampler = Sampler(11)
        self._build_nodes()
        self.other_pages: list[dict[str, Any]] = []  # more pages the owner manages
        self.add_route(
            "GET", V + r"/(?P<id>[^/]+)/(?P<edge>feed|posts|published_posts)", self._feed
        )
        self.add_route("GET", V + r"/(?P<id>[^/]+)/comments", self._list_comments)
        self.add_route("POST", V + r"/(?P<id>[^/]+)/comments", self._post_comment)
        self.add_route("POST", V + r"/(?P<id>[^/]+)/messages", self._messages)
        self.add_route("GET", V + r"/(?P<id>[^/]+)", self._get_node)
        self.add_route("POST", V + r"/(?P<id>[^/]+)", self._update_node)
        self.add_route("DELETE", V + r"/(?P<id>[^/]+)", self._delete_node)

    # ------------------------------------------------------------------ seeding helpers

    def add_post(
        self,
        post_id: str | None = None,
        message: str | None = "Fresh bread every morning!",
        created_time: datetime | str | None = None,
    ) -> str:
        if post_id is None:
            self._post_counter += 1
            post_id = f"{self.page_id}_{self._post_counter}"
        with self._lock:
            created = parse_time(created_time, self.now - timedelta(days=1))
            self.posts[post_id] = FbPost(post_id, message, created, self._seq())
            self._touch()
        return post_id

    def add_comment(
        self,
        post_id: str,
        message: str,
        author_name: str = "Cindy Hoover",
        author_id: str | None = None,
        created_time: datetime | str | None = None,
        can_reply_privately: bool = True,
        comment_id: str | None = None,
        *,
        parent_id: str | None = None,
        like_count: int = 0,
        is_hidden: bool = False,
    ) -> str:
        """Add a visitor comment (``parent_id`` makes it a reply). Returns its id."""
        with self._lock:
            if post_id not in self.posts:
                self.add_post(post_id)
            if comment_id is None:
                self._comment_counter += 1
                comment_id = f"{post_id.split('_')[-1]}_{self._comment_counter}"
            if comment_id in self.comments:
                raise ValueError(f"comment {comment_id} already exists")
            if author_id is None:
                author_id = str(100_000_000_000_000 + zlib.crc32(author_name.encode()))
            created = parse_time(created_time, self.now)
            self.comments[comment_id] = FbComment(
                comment_id,
                post_id,
                parent_id,
                message,
                author_id,
                author_name,
                created,
                can_reply_privately,
                self._seq(),
                is_hidden=is_hidden,
                like_count=like_count,
            )
            self._by_post.setdefault(post_id, []).append(comment_id)
            if parent_id is not None:
                self._children.setdefault(parent_id, []).append(comment_id)
            self._touch()
        return comment_id

    def add_page_reply(
        self, comment_id: str, message: str, created_time: datetime | str | None = None
    ) -> str:
        """The page answers a comment in Facebook's own tools (not through the API, so not
        in ``.public_replies``): filed, like a reply through the API, under the thread's
        top-level comment. Returns the reply's id."""
        with self._lock:
            target = self.comments[comment_id]
            return self.add_comment(
                target.post_id,
                message,
                self.page_name,
                self.page_id,
                created_time,
                False,
                parent_id=target.parent_id or target.id,
            )

    def edit_comment(self, comment_id: str, new_message: str) -> None:
        with self._lock:
            self.comments[comment_id].message = new_message
            self._touch()

    def remove_comment(self, comment_id: str) -> None:
        """The comment (and its replies) disappear, as when the author deletes it."""
        with self._lock:
            self.comments[comment_id].removed = True
            for reply_id in self._children.get(comment_id, []):
                self.comments[reply_id].removed = True
            self._touch()

    def seed(
        self, n: int, *, posts: int | None = None, span: timedelta = timedelta(days=30)
    ) -> list[str]:
        """Add ``n`` top-level visitor comments spread over ``posts`` posts and ``span``."""
        posts = posts or max(1, min(20, n // 500))
        post_ids = [
            self.add_post(
                message=f"Post {i + 1}", created_time=self.now - span - timedelta(hours=i)
            )
            for i in range(posts)
        ]
        ids: list[str] = []
        step = span / max(n, 1)
        per_post = -(-n // posts)
        for i in range(n):
            name = self._sampler.name()
            ids.append(
                self.add_comment(
                    post_ids[min(i // per_post, posts - 1)],
                    self._sampler.text(),
                    name,
                    self._sampler.digits(15),
                    self.now - step * (i + 1),
                    can_reply_privately=self._sampler.rng.random() > 0.05,
                )
            )
        return ids

    # ------------------------------------------------------------------ model helpers

    def signin_pages(self) -> list[dict[str, Any]]:
        page = {
            "id": self.page_id,
            "name": self.page_name,
            "access_token": self.token,
            "category": "Bakery",
            "tasks": ["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"],
        }
        return [page, *self.other_pages]

    def _live_comment(self, comment_id: str) -> FbComment | None:
        c = self.comments.get(comment_id)
        if c is None or c.removed or self.posts[c.post_id].removed:
            return None
        if c.parent_id is not None and self._live_comment(c.parent_id) is None:
            return None
        return c

    def _is_page(self, author_id: str) -> bool:
        return author_id == self.page_id

    def private_reply_target(self, comment_id: str) -> dict[str, Any] | None:
        c = self._live_comment(comment_id)
        if c is None:
            return None
        return {
            "created": c.created,
            "can_reply": c.can_reply_privately and not self._is_page(c.author_id),
            "author_id": c.author_id,
        }

    def _comment_view(
        self, parent_id: str, filter_: str, order: str, since: Any, until: Any
    ) -> SortedView:
        def build() -> SortedView:
            if parent_id in self.posts:
                candidates = [self.comments[i] for i in self._by_post.get(parent_id, [])]
                if filter_ != "stream":
                    candidates = [c for c in candidates if c.parent_id is None]
            else:
                candidates = [self.comments[i] for i in self._children.get(parent_id, [])]
            items = [c for c in candidates if self._live_comment(c.id) is not None]
            if since is not None:
                items = [c for c in items if c.created >= since]
            if until is not None:
                items = [c for c in items if c.created <= until]
            if order == "reverse_chronological":
                return SortedView(items, lambda c: (-int(c.created.timestamp()), -c.seq))
            return SortedView(items, lambda c: (int(c.created.timestamp()), c.seq))

        return self._view(("comments", parent_id, filter_, order, since, until), build)

    def _time_param(self, value: str | None) -> datetime | None:
        if value is None or value == "":
            return None
        try:
            if re.fullmatch(r"-?\d+", value):
                return datetime.fromtimestamp(int(value), tz=self.now.tzinfo)
            return parse_time(value, self.now)
        except (ValueError, OverflowError) as exc:
            raise self.fail(100, f"(#100) Invalid time: {value}") from exc

    # ------------------------------------------------------------------ node types

    def _build_nodes(self) -> None:
        def from_obj(c: FbComment) -> dict[str, str]:
            return {"name": c.author_name, "id": c.author_id}

        def parent(c: FbComment, spec: FieldSpec, req: RecordedRequest) -> Any:
            if c.parent_id is None:
                return None
            p = self.comments[c.parent_id]
            return pick(
                {
                    "created_time": graph_time(p.created),
                    "from": from_obj(p),
                    "message": p.message,
                    "id": p.id,
                },
                spec,
            )

        self.comment_node = NodeType(
            "Comment",
            fields={
                "id": lambda c, s, r: c.id,
                "message": lambda c, s, r: c.message,
                "created_time": lambda c, s, r: graph_time(c.created),
                "from": lambda c, s, r: pick(from_obj(c), s),
                "can_reply_privately": lambda c, s, r: (
                    c.can_reply_privately and not self._is_page(c.author_id)
                ),
                "parent": parent,
                "is_hidden": lambda c, s, r: c.is_hidden,
                "can_hide": lambda c, s, r: not self._is_page(c.author_id),
                "can_remove": lambda c, s, r: True,
                "can_comment": lambda c, s, r: c.parent_id is None,
                "can_like": lambda c, s, r: True,
                "like_count": lambda c, s, r: c.like_count,
                "comment_count": lambda c, s, r: len(
                    self._comment_view(c.id, "toplevel", "chronological", None, None)
                ),
                "user_likes": lambda c, s, r: False,
                "permalink_url": lambda c, s, r: (
                    f"https://www.facebook.com/{c.post_id.replace('_', '/posts/')}"
                    f"?comment_id={c.id.split('_')[-1]}"
                ),
            },
            default=["created_time", "from", "message", "id"],
            edges={"comments": self._comments_edge},
            quiet=frozenset(
                {
                    "attachment",
                    "message_tags",
                    "object",
                    "reactions",
                    "likes",
                    "private_reply_conversation",
                    "application",
                    "is_private",
                    "live_broadcast_timestamp",
                }
            ),
        )
        self.post_node = NodeType(
            "Post",
            fields={
                "id": lambda p, s, r: p.id,
                "message": lambda p, s, r: p.message,
                "created_time": lambda p, s, r: graph_time(p.created),
                "updated_time": lambda p, s, r: graph_time(self._post_updated(p)),
                "permalink_url": lambda p, s, r: (
                    f"https://www.facebook.com/{p.id.replace('_', '/posts/')}"
                ),
                "from": lambda p, s, r: pick({"name": self.page_name, "id": self.page_id}, s),
                "status_type": lambda p, s, r: "mobile_status_update",
                "is_hidden": lambda p, s, r: False,
                "is_published": lambda p, s, r: True,
            },
            default=["created_time", "message", "id"],
            edges={"comments": self._comments_edge},
            quiet=frozenset(
                {
                    "story",
                    "attachments",
                    "full_picture",
                    "shares",
                    "reactions",
                    "likes",
                    "privacy",
                    "place",
                    "to",
                    "icon",
                    "message_tags",
                    "story_tags",
                    "picture",
                    "properties",
                    "call_to_action",
                    "admin_creator",
                }
            ),
        )
        self.page_node = NodeType(
            "Page",
            fields={
                "id": lambda p, s, r: self.page_id,
                "name": lambda p, s, r: self.page_name,
                "category": lambda p, s, r: "Bakery",
                "link": lambda p, s, r: f"https://www.facebook.com/{self.page_id}",
                "fan_count": lambda p, s, r: 1234,
            },
            default=["name", "id"],
            edges={"feed": self._feed_edge, "posts": self._feed_edge},
            quiet=frozenset(
                {
                    "about",
                    "picture",
                    "access_token",
                    "username",
                    "followers_count",
                    "emails",
                    "phone",
                    "website",
                    "tasks",
                    "cover",
                }
            ),
        )

    def _post_updated(self, post: FbPost) -> datetime:
        times = [self.comments[i].created for i in self._by_post.get(post.id, [])]
        return max([post.created, *times])

    # ------------------------------------------------------------------ edges

    def _comments_edge(self, parent: Any, params: dict[str, str], req: RecordedRequest) -> Any:
        parent_id = parent.id
        filter_ = params.get("filter", "toplevel")
        order = params.get("order", "chronological")
        if filter_ not in FILTERS:
            raise self.fail(100, "(#100) param filter must be one of {TOPLEVEL, STREAM}")
        if order not in ORDERS:
            raise self.fail(
                100, "(#100) param order must be one of {CHRONOLOGICAL, REVERSE_CHRONOLOGICAL}"
            )
        since = self._time_param(params.get("since"))
        until = self._time_param(params.get("until"))
        view = self._comment_view(parent_id, filter_, order, since, until)
        specs = self.fields_of(params.get("fields"))
        extra = None
        if params.get("summary") in ("true", "1", "total_count"):
            extra = {"summary": {"order": order, "total_count": len(view), "can_comment": True}}
        return self.paged(
            view,
            params,
            path=f"/{GRAPH_VERSION}/{parent_id}/comments",
            req=req,
            render_item=lambda c: self.render(self.comment_node, c, specs, req),
            extra=extra,
        )

    def _feed_edge(self, page: Any, params: dict[str, str], req: RecordedRequest) -> Any:
        since = self._time_param(params.get("since"))
        until = self._time_param(params.get("until"))

        def build() -> SortedView:
            items = [p for p in self.posts.values() if not p.removed]
            if since is not None:
                items = [p for p in items if p.created >= since]
            if until is not None:
                items = [p for p in items if p.created <= until]
            return SortedView(items, lambda p: (-int(p.created.timestamp()), -p.seq))

        view = self._view(("feed", since, until), build)
        specs = self.fields_of(params.get("fields"))
        return self.paged(
            view,
            params,
            path=f"/{GRAPH_VERSION}/{self.page_id}/feed",
            req=req,
            render_item=lambda p: self.render(self.post_node, p, specs, req),
        )

    # ------------------------------------------------------------------ routes

    def _resolve(self, object_id: str) -> str:
        return self.page_id if object_id == "me" else object_id

    def _feed(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        if self._resolve(m["id"]) != self.page_id:
            raise self.no_such_object(m["id"])
        return Response(200, self._feed_edge(None, self.query_params(req), req))

    def _list_comments(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        object_id = m["id"]
        post = self.posts.get(object_id)
        if post is not None and not post.removed:
            return Response(200, self._comments_edge(post, self.query_params(req), req))
        comment = self._live_comment(object_id)
        if comment is None:
            raise self.no_such_object(object_id)
        return Response(200, self._comments_edge(comment, self.query_params(req), req))

    def _get_node(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        object_id = self._resolve(m["id"])
        specs = self.fields_of(req)
        if object_id == self.page_id:
            return Response(200, self.render(self.page_node, None, specs, req))
        post = self.posts.get(object_id)
        if post is not None and not post.removed:
            return Response(200, self.render(self.post_node, post, specs, req))
        comment = self._live_comment(object_id)
        if comment is not None:
            return Response(200, self.render(self.comment_node, comment, specs, req))
        raise self.no_such_object(m["id"])

    def _post_comment(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        target_id = m["id"]
        message = req.param("message")
        if not message or not message.strip():
            raise self.fail(100, "(#100) Missing message or attachment")
        post = self.posts.get(target_id)
        if post is not None and not post.removed:
            new_id = self.add_comment(
                post.id, message, self.page_name, self.page_id, self.now, False
            )
            return Response(200, {"id": new_id})
        target = self._live_comment(target_id)
        if target is None:
            raise self.no_such_object(target_id, "POST")
        thread_id = target.parent_id or target.id  # replies to replies join the thread
        new_id = self.add_comment(
            target.post_id,
            message,
            self.page_name,
            self.page_id,
            self.now,
            False,
            parent_id=thread_id,
        )
        self.public_replies.append(
            {
                "id": new_id,
                "comment_id": target_id,
                "parent_id": thread_id,
                "message": message,
                "created_time": graph_time(self.now),
            }
        )
        return Response(200, {"id": new_id})

    def _messages(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        if self._resolve(m["id"]) != self.page_id:
            self.auth(req)
            raise self.no_such_object(m["id"], "POST")
        return self.send_private_reply(req)

    def _update_node(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        comment = self._live_comment(m["id"])
        if comment is None:
            raise self.no_such_object(m["id"], "POST")
        hidden = req.param("is_hidden")
        message = req.param("message")
        if hidden is not None:
            comment.is_hidden = hidden.lower() in ("true", "1")
        if message is not None:
            if not self._is_page(comment.author_id):
                raise self.fail(200, "(#200) Permissions error", type_="OAuthException")
            comment.message = message
        self._touch()
        return Response(200, {"success": True})

    def _delete_node(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        if self._live_comment(m["id"]) is None:
            raise self.no_such_object(m["id"], "DELETE")
        self.remove_comment(m["id"])
        return Response(200, {"success": True})
