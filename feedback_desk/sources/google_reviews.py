"""Google reviews: one Business Profile location's reviews (My Business API v4).

Reviews are read newest change first, 50 a page (the API's maximum), following
nextPageToken. A review is answered with the single public owner reply Google allows
(sending again replaces it); there is no private way to answer a review. A review's
reviewReply, however it was written (here or in Google's own tools), comes as the shop's
own reply to it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import quote

import requests

from ..core.errors import MalformedPayload, PlatformRefused
from ..core.model import Comment, NewComment, OwnReply, Platform, parse_iso
from ..core.texts import translate
from .base import Page, incremental_threshold, walk_token_pages
from .google_auth import GoogleAuth, GoogleNotFound, google_error
from .google_words import ANONYMOUS, STARS
from .http import PlatformHttp, Slowdown

log = logging.getLogger(__name__)

DEFAULT_BASE = "https://mybusiness.googleapis.com"
PAGE_SIZE = 50  # the documented maximum
ORDER_BY = "updateTime desc"
MAX_REPLY_CHARS = 4096
REJECTED = "REJECTED"  # a reply Google's moderation refused: the reviewer never sees it


class GoogleReviewsConnector:
    platform = Platform.GOOGLE

    def __init__(
        self,
        http: PlatformHttp,
        auth: GoogleAuth,
        account_id: str,
        location_id: str,
        base: str | None,
    ) -> None:
        self._http = http
        self._auth = auth
        self._location = f"accounts/{account_id}/locations/{location_id}"
        self._base = (base or DEFAULT_BASE).rstrip("/")
        self._reviews = (
            f"{self._base}/v4/accounts/{quote(account_id, safe='')}"
            f"/locations/{quote(location_id, safe='')}/reviews"
        )

    def check(self) -> str:
        """The cheapest call that proves the reviews can be read: one review."""
        body = self._get(self._reviews, {"pageSize": 1, "orderBy": ORDER_BY})
        total = body.get("totalReviewCount")
        if isinstance(total, int):
            text = translate("GoogleReviews", "location {location} (%Ln reviews)", None, total)
            return text.format(location=self._location)
        return translate("GoogleReviews", "location {location}").format(location=self._location)

    def pages(self, since: str | None = None) -> Iterator[Page]:
        """Every review, most recently changed first. With `since` (the latest updateTime
        seen before), stop once past it, with a day's margin for reviews Google publishes
        late: new and edited reviews come first in this order."""

        def fetch(token: str | None) -> dict[str, Any]:
            params: dict[str, Any] = {"pageSize": PAGE_SIZE, "orderBy": ORDER_BY}
            if token:
                params["pageToken"] = token
            return self._get(self._reviews, params)

        yield from walk_token_pages(
            fetch,
            "reviews",
            lambda items: _page(items, self._location),
            _update_time,
            incremental_threshold(since),
            "Google's list of reviews",
            self._http.account,
        )

    def send_reply(self, comment: Comment, channel: str, text: str, key: str) -> str:
        """The owner's public reply (creates it, or replaces the one already there)."""
        self._check_reply(channel, text)
        sent = self._auth.call(
            "PUT",
            f"{self._review_url(comment.external_id)}/reply",
            self._interpret,
            json={"comment": text},
        )
        if not isinstance(sent, dict) or not isinstance(sent.get("comment"), str):
            raise MalformedPayload(
                translate("GoogleReviews", "Google answered the reply in an unexpected shape."),
                self._http.account,
            )
        if sent.get("state"):
            log.info(
                "%s: reply to review sent, moderation state %s", self._http.account, sent["state"]
            )
        return comment.external_id  # one reply per review: the review's id names it

    def find_reply(self, comment: Comment, channel: str, text: str, key: str) -> str | None:
        """After an interrupted send: is our text the review's reply now?"""
        if channel != "public":
            return None
        try:
            review = self._get(self._review_url(comment.external_id), None)
        except GoogleNotFound:
            return None  # the review is gone; sending will say so
        reply = review.get("reviewReply")
        if isinstance(reply, dict) and reply.get("comment") == text:
            return comment.external_id
        return None

    def reply_state(self, review_id: str) -> str | None:
        """Google's moderation state of the owner's reply (e.g. PENDING, APPROVED,
        REJECTED); None when the review has no reply or Google does not say."""
        review = self._get(self._review_url(review_id), None)
        reply = review.get("reviewReply")
        state = reply.get("state") if isinstance(reply, dict) else None
        return state if isinstance(state, str) and state else None

    # -- helpers ------------------------------------------------------------------------------

    def _check_reply(self, channel: str, text: str) -> None:
        """Refuse what Google would refuse, before any call."""
        if channel not in ("public", "private"):
            raise PlatformRefused(
                translate(
                    "GoogleReviews",
                    "Google reviews are answered in public; a {channel} reply is not sent "
                    "through Google.",
                ).format(channel=repr(channel)),
                self._http.account,
            )
        if channel == "private":
            raise PlatformRefused(
                translate(
                    "GoogleReviews",
                    "Google reviews have no private replies: the owner's answer to a review is "
                    "always public. Reply in public, and offer a phone number or e-mail address "
                    "there if you want to talk in private.",
                ),
                self._http.account,
            )
        if not text.strip():
            raise PlatformRefused(
                translate("GoogleReviews", "The reply is empty."), self._http.account
            )
        if len(text) > MAX_REPLY_CHARS:
            raise PlatformRefused(
                translate(
                    "GoogleReviews",
                    "A reply to a Google review can be at most {limit} characters; this one "
                    "has {length}. Shorten it and send it again.",
                ).format(limit=f"{MAX_REPLY_CHARS:,}", length=f"{len(text):,}"),
                self._http.account,
            )

    def _review_url(self, review_id: str) -> str:
        return f"{self._reviews}/{quote(review_id, safe='')}"

    def _get(self, url: str, params: dict[str, Any] | None) -> dict[str, Any]:
        body = self._auth.call("GET", url, self._interpret, params=params)
        if not isinstance(body, dict):
            raise MalformedPayload(
                translate(
                    "GoogleReviews", "Google answered in an unexpected shape; nothing was stored."
                ),
                self._http.account,
            )
        return body

    def _interpret(self, response: requests.Response) -> Slowdown | None:
        status = response.status_code
        if status < 400 or status >= 500:
            return None
        error = google_error(response)
        if status == 401:
            raise self._http.token_expired(
                translate("GoogleReviews", "Google did not accept a freshly renewed access token")
            )
        if status == 429 or error.status == "RESOURCE_EXHAUSTED":
            wait = self._http.wait_asked(response)
            return Slowdown(60.0 if wait is None else wait, error.message)
        if status == 403:
            raise self._http.refused(
                translate(
                    "GoogleReviews",
                    "{reason} (Google Business Profile API access must be approved for your "
                    "Google Cloud project, and the location verified.)",
                ).format(reason=error.message)
            )
        if status == 404:
            raise GoogleNotFound(
                translate(
                    "GoogleReviews",
                    "{platform} does not know this (account {account}, {location}): {reason}",
                ).format(
                    platform=self._http.platform,
                    account=repr(self._http.account),
                    location=self._location,
                    reason=error.message,
                ),
                self._http.account,
            )
        raise self._http.refused(error.message)


def _update_time(item: Any) -> datetime | None:
    value = item.get("updateTime") or item.get("createTime") if isinstance(item, dict) else None
    try:
        return parse_iso(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _page(reviews: list[Any], location: str) -> Page:
    page = Page()
    for number, item in enumerate(reviews, start=1):
        try:
            review = _review(item, location)
        except (ValueError, TypeError, KeyError) as error:
            page.problems.append(
                translate("GoogleReviews", "Google review {number}: {problem}").format(
                    number=number, problem=error
                )
            )
            continue
        page.comments.append(review)
        try:
            reply = _owner_reply(item, review.external_id)
        except (ValueError, TypeError, KeyError) as error:
            page.problems.append(
                translate(
                    "GoogleReviews", "Google review {number}, the owner's reply: {problem}"
                ).format(number=number, problem=error)
            )
            continue
        if reply is not None:
            page.own_replies.append(reply)
    return page


def _owner_reply(item: dict[str, Any], review_id: str) -> OwnReply | None:
    """The review's reviewReply {comment, updateTime}: one per review, so named after it.
    None when there is none, or when Google's moderation rejected it (it is not shown)."""
    reply = item.get("reviewReply")
    if reply is None:
        return None
    if not isinstance(reply, dict):
        raise ValueError(translate("GoogleReviews", "not an object"))
    if reply.get("state") == REJECTED:
        return None
    comment = reply.get("comment")
    updated = reply.get("updateTime")
    if not isinstance(comment, str):
        raise ValueError(translate("GoogleReviews", "a reply without its comment"))
    if not isinstance(updated, str):
        raise ValueError(translate("GoogleReviews", "a reply without its updateTime"))
    return OwnReply(
        platform=Platform.GOOGLE,
        external_id=f"{review_id}/reply",
        answers_external_id=review_id,
        text=comment,
        created_at=parse_iso(updated),
    )


def _review(item: Any, location: str) -> NewComment:
    if not isinstance(item, dict):
        raise ValueError(translate("GoogleReviews", "a review that is not an object"))
    review_id = item.get("reviewId")
    if not isinstance(review_id, str) or not review_id:
        raise ValueError(translate("GoogleReviews", "a review without a reviewId"))
    created = item.get("createTime")
    if not isinstance(created, str):
        raise ValueError(
            translate("GoogleReviews", "review {id} has no createTime").format(id=review_id)
        )
    reviewer = item.get("reviewer")
    reviewer = reviewer if isinstance(reviewer, dict) else {}
    name = reviewer.get("displayName")
    anonymous = reviewer.get("isAnonymous") is True
    text = item.get("comment")
    return NewComment(
        platform=Platform.GOOGLE,
        external_id=review_id,
        author=name.strip()
        if isinstance(name, str) and name.strip() and not anonymous
        else ANONYMOUS,
        text=text if isinstance(text, str) else "",  # a rating without words
        created_at=parse_iso(created),
        url=None,  # the API gives no public link to a single review
        rating=STARS.get(str(item.get("starRating"))),  # STAR_RATING_UNSPECIFIED: None
        parent_external_id=location,
    )
