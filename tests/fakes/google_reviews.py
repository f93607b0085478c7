"""Fake Google Business Profile reviews API (mybusiness v4) plus Google's OAuth /token."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

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

STARS = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR", 5: "FIVE"}
STAR_VALUES = {v: k for k, v in STARS.items()}
ORDER_BY = ("updateTime desc", "rating", "rating desc")
MAX_PAGE_SIZE = 50
MAX_REPLY_CHARS = 4096
REVIEWS = r"/v4/accounts/(?P<a>[^/]+)/locations/(?P<l>[^/]+)/reviews"


@dataclass
class Review:
    review_id: str
    stars: int
    comment: str | None
    reviewer_name: str
    is_anonymous: bool
    created: datetime
    updated: datetime
    seq: int
    reply: dict[str, Any] | None = None  # {"comment", "updated", "state", "policy_violation"}
    removed: bool = False


class FakeGoogleReviews(GoogleFake):
    """One verified location's reviews.  Bearer tokens come from ``POST /token`` only.

    Recorded writes: ``.replies`` (every PUT .../reply) and ``.deleted_replies`` (review ids).
    """

    service = "mybusiness.googleapis.com"

    def __init__(
        self,
        *,
        account_id: str = "111",
        location_id: str = "222",
        now: datetime | str | None = None,
        client_id: str = "1234567890-fake.apps.googleusercontent.com",
        client_secret: str = "GOCSPX-fake-client-secret",
        refresh_token: str = "1//0fake-refresh-token",
        reply_state: str | None = None,
    ) -> None:
        super().__init__(
            now=now,
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            scope="https://www.googleapis.com/auth/business.manage",
        )
        self.account_id = account_id
        self.location_id = location_id
        self.reply_state = reply_state
        self.reviews: dict[str, Review] = {}
        self.replies: list[dict[str, Any]] = []
        self.deleted_replies: list[str] = []
        self._views: dict[tuple[Any, ...], SortedView] = {}
        self._seq = 0
        self._sampler = Sampler(17)
        self.add_route("GET", REVIEWS, self._list)
        self.add_route("GET", REVIEWS + r"/(?P<r>[^/]+)", self._get)
        self.add_route("PUT", REVIEWS + r"/(?P<r>[^/]+)/reply", self._put_reply)
        self.add_route("DELETE", REVIEWS + r"/(?P<r>[^/]+)/reply", self._delete_reply)
        self.add_route("GET", r"/v1/accounts", self._accounts)
        # Business Information API: the locations of an account, for the sign-in's picker.
        self.add_route("GET", r"/v1/accounts/(?P<a>[^/]+)/locations", self._locations)
        self.location_title = "Corner Bakery"

    @property
    def location_name(self) -> str:
        return f"accounts/{self.account_id}/locations/{self.location_id}"

    # ------------------------------------------------------------------ seeding helpers

    def add_review(
        self,
        star_rating: int | str = 1,
        comment: str | None = "Rude staff, waited 40 min.",
        reviewer_name: str = "Sam",
        is_anonymous: bool = False,
        create_time: datetime | str | None = None,
        update_time: datetime | str | None = None,
        review_id: str | None = None,
        reply: str | None = None,
        reply_time: datetime | str | None = None,
    ) -> str:
        """Add a review (``comment=None``: a rating without text). Returns its reviewId."""
        stars = STAR_VALUES[star_rating] if isinstance(star_rating, str) else int(star_rating)
        if stars not in STARS:
            raise ValueError(f"star rating must be 1-5, got {star_rating!r}")
        with self._lock:
            review_id = review_id or "AbFvOq" + secrets.token_urlsafe(24)
            created = parse_time(create_time, self.now)
            updated = parse_time(update_time, created)
            self._seq += 1
            review = Review(
                review_id,
                stars,
                comment,
                "A Google user" if is_anonymous else reviewer_name,
                is_anonymous,
                created,
                updated,
                self._seq,
            )
            if reply is not None:
                review.reply = {
                    "comment": reply,
                    "updated": parse_time(reply_time, updated),
                    "state": self.reply_state,
                    "policy_violation": None,
                }
            self.reviews[review_id] = review
            self._views.clear()
        return review_id

    def edit_review(
        self, review_id: str, comment: str | None = None, star_rating: int | None = None
    ) -> None:
        """The reviewer edits: text and/or stars change and updateTime becomes ``now``."""
        with self._lock:
            review = self.reviews[review_id]
            if comment is not None:
                review.comment = comment
            if star_rating is not None:
                review.stars = star_rating
            review.updated = self.now
            self._views.clear()

    def remove_review(self, review_id: str) -> None:
        with self._lock:
            self.reviews[review_id].removed = True
            self._views.clear()

    def set_owner_reply(
        self, review_id: str, comment: str, update_time: datetime | str | None = None
    ) -> None:
        """The owner answers (or re-answers) a review in Google's own tools, not through the
        API: the review's reviewReply is set (state as ``reply_state``), nothing is recorded
        in ``.replies``, and the review's own updateTime stays as it was, as with a reply
        PUT through the API."""
        with self._lock:
            review = self.reviews[review_id]
            review.reply = {
                "comment": comment,
                "updated": parse_time(update_time, self.now),
                "state": self.reply_state,
                "policy_violation": None,
            }

    def set_reply_state(
        self, review_id: str, state: str, policy_violation: dict[str, Any] | None = None
    ) -> None:
        """Moderation outcome for an existing reply, e.g. ``REJECTED`` with a violation."""
        with self._lock:
            reply = self.reviews[review_id].reply
            if reply is None:
                raise ValueError("review has no reply")
            reply["state"] = state
            reply["policy_violation"] = policy_violation

    def seed(self, n: int, *, span: timedelta = timedelta(days=365)) -> list[str]:
        """Add ``n`` reviews over ``span``: mostly text, some rating-only, some anonymous."""
        ids = []
        step = span / max(n, 1)
        rng = self._sampler.rng
        for i in range(n):
            stars = rng.choices([1, 2, 3, 4, 5], weights=[25, 10, 10, 20, 35])[0]
            created = self.now - step * (i + 1)
            ids.append(
                self.add_review(
                    stars,
                    None if rng.random() < 0.15 else self._sampler.text(),
                    self._sampler.name(),
                    is_anonymous=rng.random() < 0.05,
                    create_time=created,
                    update_time=created + timedelta(hours=rng.randint(0, 3)),
                    review_id=f"AbFvOq{i:06d}" + secrets.token_urlsafe(12),
                )
            )
        return ids

    # ------------------------------------------------------------------ helpers

    def quota_exhausted(self, times: int | None = 1, retry_after: int | None = None) -> None:
        """Next call(s) get 429 RESOURCE_EXHAUSTED (the 300 QPM default quota)."""
        response = self.google_error(
            429,
            "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of "
            "service 'mybusiness.googleapis.com' for consumer 'project_number:1234567890'.",
            details=[
                self.error_info(
                    "RATE_LIMIT_EXCEEDED",
                    quota_metric="mybusiness.googleapis.com/default_requests",
                    quota_limit="DefaultRequestsPerMinutePerProject",
                    consumer="projects/1234567890",
                )
            ],
            headers={"Retry-After": str(retry_after)} if retry_after is not None else None,
        )
        assert isinstance(response.body, dict)
        self.fail_next(429, response.body, response.headers, times)

    def permission_denied(self, times: int | None = 1, message: str | None = None) -> None:
        """Next call(s) get 403 PERMISSION_DENIED (API not enabled / not approved)."""
        response = self.google_error(
            403,
            message
            or (
                "Google My Business API has not been used in project 1234567890 before or it "
                "is disabled. Enable it by visiting https://console.developers.google.com/apis/"
                "api/mybusiness.googleapis.com/overview?project=1234567890 then retry."
            ),
            details=[self.error_info("SERVICE_DISABLED", consumer="projects/1234567890")],
        )
        assert isinstance(response.body, dict)
        self.fail_next(403, response.body, None, times)

    def review_json(self, review: Review) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": f"{self.location_name}/reviews/{review.review_id}",
            "reviewId": review.review_id,
            "reviewer": {
                "profilePhotoUrl": "https://lh3.googleusercontent.com/a/fake-photo",
                "displayName": review.reviewer_name,
                "isAnonymous": review.is_anonymous,
            },
            "starRating": STARS[review.stars],
            "createTime": rfc3339(review.created),
            "updateTime": rfc3339(review.updated),
        }
        if review.is_anonymous:
            del out["reviewer"]["profilePhotoUrl"]
        if review.comment is not None:
            out["comment"] = review.comment
        if review.reply is not None:
            out["reviewReply"] = self._reply_json(review)
        return out

    def _reply_json(self, review: Review) -> dict[str, Any]:
        assert review.reply is not None
        reply = {"comment": review.reply["comment"], "updateTime": rfc3339(review.reply["updated"])}
        if review.reply.get("state"):
            reply["state"] = review.reply["state"]
        if review.reply.get("policy_violation"):
            reply["policyViolation"] = review.reply["policy_violation"]
        return reply

    def _bad_request(self, message: str, field: str | None = None) -> Abort:
        details = None
        if field:
            details = [
                {
                    "@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": [{"field": field, "description": message}],
                }
            ]
        return Abort(
            self.google_error(400, "Request contains an invalid argument.", details=details)
        )

    def _check_location(self, m: re.Match[str]) -> None:
        if m["a"] != self.account_id or m["l"] != self.location_id:
            raise Abort(self.google_error(404, "Requested entity was not found."))

    def _live_review(self, review_id: str) -> Review:
        review = self.reviews.get(review_id)
        if review is None or review.removed:
            raise Abort(self.google_error(404, "Requested entity was not found."))
        return review

    def _sorted(self, order_by: str) -> SortedView:
        def build() -> SortedView:
            items = [r for r in self.reviews.values() if not r.removed]
            if order_by == "rating":
                return SortedView(items, lambda r: (r.stars, -int(r.updated.timestamp()), -r.seq))
            if order_by == "rating desc":
                return SortedView(items, lambda r: (-r.stars, -int(r.updated.timestamp()), -r.seq))
            return SortedView(items, lambda r: (-int(r.updated.timestamp()), -r.seq))

        view = self._views.get((order_by,))
        if view is None:
            view = self._views[(order_by,)] = build()
        return view

    # ------------------------------------------------------------------ routes

    def _accounts(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        account = {
            "name": f"accounts/{self.account_id}",
            "accountName": "Corner Bakery",
            "type": "LOCATION_GROUP",
            "verificationState": "VERIFIED",
            "vettedState": "NOT_VETTED",
        }
        return Response(200, {"accounts": [account]})

    def _locations(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        if not req.param("readMask"):
            raise self._bad_request("Field is required: read_mask", "read_mask")
        if m["a"] != self.account_id:
            return self.google_error(404, "Requested entity was not found.")
        location = {
            "name": f"locations/{self.location_id}",
            "title": self.location_title,
            "storefrontAddress": {
                "regionCode": "GB",
                "postalCode": "N1 9GU",
                "locality": "London",
                "addressLines": ["12 Baker Street"],
            },
        }
        return Response(200, {"locations": [location]})

    def _list(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        self._check_location(m)
        try:
            page_size = int(req.param("pageSize") or 0) or MAX_PAGE_SIZE
        except ValueError as exc:
            raise self._bad_request("pageSize must be an integer", "page_size") from exc
        if page_size < 0 or page_size > MAX_PAGE_SIZE:
            raise self._bad_request(f"pageSize must be between 1 and {MAX_PAGE_SIZE}", "page_size")
        order_by = " ".join((req.param("orderBy") or "updateTime desc").split())
        if order_by not in ORDER_BY:
            raise self._bad_request(f"Invalid orderBy: {order_by}", "order_by")
        view = self._sorted(order_by)
        after = None
        token = req.param("pageToken")
        if token:
            try:
                token_order, key = decode_cursor(token)
                after = to_key(key)
            except (ValueError, TypeError) as exc:
                raise self._bad_request("Invalid page token", "page_token") from exc
            if token_order != order_by:
                raise self._bad_request("Page token does not match orderBy", "page_token")
        page, _, more = view.window(after=after, limit=page_size)
        live = view.items
        body: dict[str, Any] = {"reviews": [self.review_json(r) for r in page]}
        if live:
            body["averageRating"] = round(sum(r.stars for r in live) / len(live), 1)
        body["totalReviewCount"] = len(live)
        if more:
            body["nextPageToken"] = encode_cursor([order_by, view.key(page[-1])])
        return Response(200, body)

    def _get(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        self._check_location(m)
        return Response(200, self.review_json(self._live_review(m["r"])))

    def _put_reply(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        self._check_location(m)
        review = self._live_review(m["r"])
        comment = req.json.get("comment") if isinstance(req.json, dict) else None
        if not isinstance(comment, str) or not comment.strip():
            raise self._bad_request("Reply comment must not be empty", "comment")
        if len(comment) > MAX_REPLY_CHARS:
            raise self._bad_request(
                f"Reply comment exceeds {MAX_REPLY_CHARS} characters", "comment"
            )
        with self._lock:
            review.reply = {
                "comment": comment,
                "updated": self.now,
                "state": self.reply_state,
                "policy_violation": None,
            }
            self.replies.append(
                {"review_id": review.review_id, "comment": comment, "update_time": self.now}
            )
        return Response(200, self._reply_json(review))

    def _delete_reply(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        self._check_location(m)
        review = self._live_review(m["r"])
        if review.reply is None:
            raise Abort(self.google_error(404, "Requested entity was not found."))
        review.reply = None
        self.deleted_replies.append(review.review_id)
        return Response(200, {})
