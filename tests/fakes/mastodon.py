"""Fake Mastodon server (REST API v1): mention notifications, replies, rate limits.

Sign-in (docs.joinmastodon.org methods/apps and methods/oauth): ``POST /api/v1/apps``
registers a client with its redirect_uris and scopes and returns client_id/client_secret;
``GET /oauth/authorize`` plays the server's sign-in and "Authorize" page (``consent=deny``
in the query: the owner clicked "Deny") and answers 302 to the redirect_uri with ``code``
and ``state``; ``POST /oauth/token`` checks the client, the code, the redirect_uri and the
PKCE ``code_verifier``, and issues a fresh valid user token.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

from .base import (
    Abort,
    FakeServer,
    JsonBody,
    RecordedRequest,
    Response,
    Sampler,
    iso_millis,
    parse_time,
)

DEFAULT_LIMIT = 40
MAX_LIMIT = 80
STATUSES_DEFAULT_LIMIT = 20  # GET /api/v1/accounts/:id/statuses
STATUSES_MAX_LIMIT = 40
IDEMPOTENCY_TTL = timedelta(hours=1)
VISIBILITIES = ("public", "unlisted", "private", "direct")
STATUS_TYPES = {"mention", "status", "reblog", "favourite", "poll", "update"}
MENTION_RE = re.compile(r"(?<![\w/])@([A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+[A-Za-z0-9])?)")


@dataclass
class MAccount:
    id: str
    username: str
    acct: str
    display_name: str
    domain: str


@dataclass
class MStatus:
    id: int
    account: MAccount
    content: str
    created: datetime
    visibility: str = "public"
    in_reply_to_id: int | None = None
    in_reply_to_account_id: str | None = None
    mentions: list[MAccount] = field(default_factory=list)
    text: str | None = None
    language: str | None = "en"
    edited: datetime | None = None
    deleted: bool = False
    replies_count: int = 0


@dataclass
class MNotification:
    id: int
    type: str
    account: MAccount
    status_id: int | None
    created: datetime


class FakeMastodon(FakeServer):
    """A Mastodon instance where the shop account (``acct``) receives mentions.

    Valid token: ``.token`` (Authorization: Bearer).  Statuses created through the API are
    recorded in ``.statuses`` (the JSON returned).  Every answer carries X-RateLimit-*;
    more than ``rate_limit_limit`` requests in a ``rate_limit_period``-second window (fake
    clock) get 429 naturally, ``rate_limit()`` forces it.
    """

    default_token = "fake-mastodon-user-token"

    def __init__(
        self,
        *,
        acct: str = "shop",
        display_name: str = "Corner Bakery",
        token: str | None = None,
        now: datetime | str | None = None,
        max_characters: int = 500,
        rate_limit_limit: int = 300,
        rate_limit_period: int = 300,
        version: str = "4.3.2",
    ) -> None:
        super().__init__(now=now, token=token)
        self.max_characters = max_characters
        self.rate_limit_limit = rate_limit_limit
        self.rate_limit_period = rate_limit_period
        self.version = version
        self.domain = "shop.example"
        self.me = MAccount("109000000000000001", acct, acct, display_name, self.domain)
        self.accounts: dict[str, MAccount] = {acct: self.me}
        self.status_store: dict[int, MStatus] = {}
        self.notifications: dict[int, MNotification] = {}
        self.statuses: list[dict[str, Any]] = []
        self._notification_ids: list[int] = []
        self._idempotency: dict[tuple[str, str], tuple[int, datetime]] = {}
        self._next_notification = 34_975_000
        self._status_seq = 0
        self._window_counts: dict[int, int] = {}
        self._forced: dict[str, Any] | None = None
        self._sampler = Sampler(23)
        self.add_route("GET", r"/api/v1/notifications", self._list_notifications)
        self.add_route("GET", r"/api/v1/notifications/(?P<id>[^/]+)", self._get_notification)
        self.add_route("GET", r"/api/v1/accounts/verify_credentials", self._verify)
        self.add_route("GET", r"/api/v1/accounts/(?P<id>[^/]+)/statuses", self._account_statuses)
        self.add_route("POST", r"/api/v1/statuses", self._post_status)
        self.add_route("GET", r"/api/v1/statuses/(?P<id>[^/]+)", self._get_status)
        self.add_route("GET", r"/api/v1/statuses/(?P<id>[^/]+)/context", self._context)
        self.add_route("DELETE", r"/api/v1/statuses/(?P<id>[^/]+)", self._delete_status)
        self.add_route("GET", r"/api/v(?P<v>[12])/instance", self._instance)
        self.apps: dict[str, dict[str, Any]] = {}  # client_id -> registration
        self._codes: dict[str, dict[str, Any]] = {}
        self.add_route("POST", r"/api/v1/apps", self._register_app)
        self.add_route("GET", r"/oauth/authorize", self._authorize)
        self.add_route("POST", r"/oauth/token", self._oauth_token)

    # ------------------------------------------------------------------ accounts & ids

    def account(self, acct: str, display_name: str | None = None) -> MAccount:
        """The account for ``acct`` ("zsc" or "zsc@other.social"), created on first use."""
        if acct not in self.accounts:
            username, _, domain = acct.partition("@")
            self.accounts[acct] = MAccount(
                str(971_700 + len(self.accounts)),
                username,
                acct,
                display_name or username.replace("_", " ").title(),
                domain or self.domain,
            )
        return self.accounts[acct]

    def _status_id(self, created: datetime) -> int:
        """Snowflake-like: milliseconds since the epoch << 16 plus a sequence number."""
        self._status_seq += 1
        return (int(created.timestamp() * 1000) << 16) | (self._status_seq & 0xFFFF)

    # ------------------------------------------------------------------ seeding helpers

    def add_mention(
        self,
        acct: str,
        content_html: str,
        created_at: datetime | str | None = None,
        status_id: str | int | None = None,
        in_reply_to_id: str | int | None = None,
        visibility: str = "public",
        *,
        display_name: str | None = None,
    ) -> str:
        """Someone mentions the shop: a status plus a ``mention`` notification.  Returns the
        status id."""
        if visibility not in VISIBILITIES:
            raise ValueError(visibility)
        with self._lock:
            created = parse_time(created_at, self.now)
            author = self.account(acct, display_name)
            sid = int(status_id) if status_id is not None else self._status_id(created)
            if sid in self.status_store:
                raise ValueError(f"status {sid} already exists")
            parent = self.status_store.get(int(in_reply_to_id)) if in_reply_to_id else None
            self.status_store[sid] = MStatus(
                sid,
                author,
                content_html,
                created,
                visibility,
                int(in_reply_to_id) if in_reply_to_id else None,
                parent.account.id if parent else None,
                [self.me],
            )
            self._notify("mention", author, sid, created)
        return str(sid)

    def add_notification(
        self,
        type_: str,
        acct: str,
        created_at: datetime | str | None = None,
        status_id: str | int | None = None,
    ) -> str:
        """Another kind of notification (favourite, reblog, follow, ...). Returns its id."""
        with self._lock:
            created = parse_time(created_at, self.now)
            sid = int(status_id) if status_id is not None else None
            if sid is None and type_ in STATUS_TYPES:
                sid = self.add_own_status("We are open today until 6 pm!", created)
            return str(self._notify(type_, self.account(acct), sid, created))

    def add_own_status(self, text: str, created: datetime | None = None) -> int:
        created = created or self.now
        sid = self._status_id(created)
        self.status_store[sid] = MStatus(
            sid, self.me, f"<p>{html.escape(text)}</p>", created, text=text
        )
        return sid

    def add_own_reply(
        self,
        in_reply_to_id: str | int,
        text: str,
        visibility: str = "public",
        created_at: datetime | str | None = None,
    ) -> str:
        """The shop's reply as if posted through the API and its answer lost on the way
        back: stored and listed in ``.statuses``, no Idempotency-Key remembered. Returns
        the status id."""
        if visibility not in VISIBILITIES:
            raise ValueError(visibility)
        with self._lock:
            created = parse_time(created_at, self.now)
            parent = self.status_store[int(in_reply_to_id)]
            status = self._new_own_status(text, created, visibility, parent, "en")
            self.statuses.append(self.status_json(status))
        return str(status.id)

    def add_web_reply(
        self,
        in_reply_to_id: str | int,
        text: str,
        visibility: str = "public",
        created_at: datetime | str | None = None,
    ) -> str:
        """The shop answers in Mastodon's own web app, not through the API: stored (and in
        the shop's statuses and the thread), not listed in ``.statuses``. Returns the
        status id."""
        if visibility not in VISIBILITIES:
            raise ValueError(visibility)
        with self._lock:
            created = parse_time(created_at, self.now)
            parent = self.status_store[int(in_reply_to_id)]
            status = self._new_own_status(text, created, visibility, parent, "en")
        return str(status.id)

    def _notify(self, type_: str, account: MAccount, sid: int | None, created: datetime) -> int:
        self._next_notification += 1
        nid = self._next_notification
        self.notifications[nid] = MNotification(nid, type_, account, sid, created)
        self._notification_ids.append(nid)
        return nid

    def edit_status(self, status_id: str | int, content_html: str) -> None:
        with self._lock:
            status = self.status_store[int(status_id)]
            status.content = content_html
            status.edited = self.now

    def delete_status(self, status_id: str | int) -> None:
        """The author deletes the status; its notifications go away, as in Mastodon."""
        with self._lock:
            sid = int(status_id)
            self.status_store[sid].deleted = True
            gone = [n for n in self._notification_ids if self.notifications[n].status_id == sid]
            for nid in gone:
                del self.notifications[nid]
                self._notification_ids.remove(nid)

    def seed(
        self, n: int, *, span: timedelta = timedelta(days=30), others: bool = True
    ) -> list[str]:
        """``n`` mentions over ``span`` (oldest first), with favourites/follows in between."""
        ids = []
        step = span / max(n, 1)
        shop_status = self.add_own_status("Fresh bread every morning!", self.now - span * 2)
        for i in range(n):
            created = self.now - step * (n - i)
            handle = self._sampler.handle()
            acct = handle if i % 3 else f"{handle}@mastodon.social"
            text = html.escape(self._sampler.text())
            profile = f"https://{self.domain}/@{self.me.username}"
            ids.append(
                self.add_mention(
                    acct,
                    f'<p><span class="h-card"><a href="{profile}" class="u-url mention">'
                    f"@<span>{self.me.username}</span></a></span> {text}</p>",
                    created,
                    visibility="direct" if i % 10 == 0 else "public",
                )
            )
            if others and i % 4 == 0:
                kind = ("favourite", "follow", "reblog")[i % 3]
                self.add_notification(
                    kind, self._sampler.handle(), created, shop_status if kind != "follow" else None
                )
        return ids

    # ------------------------------------------------------------------ rate limiting

    def _window(self) -> tuple[int, datetime]:
        ts = int(self.now.timestamp())
        start = ts - ts % self.rate_limit_period
        reset = datetime.fromtimestamp(start + self.rate_limit_period, tz=self.now.tzinfo)
        return start, reset

    def rate_limit(self, reset_after_seconds: int = 60, times: int | None = 1) -> None:
        """The next ``times`` requests (or all until the clock passes the reset) get 429."""
        self._forced = {
            "reset": self.now + timedelta(seconds=reset_after_seconds),
            "remaining": times,
        }

    def _rate_headers(self, remaining: int, reset: datetime) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.rate_limit_limit),
            "X-RateLimit-Remaining": str(max(0, remaining)),
            "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z",
        }

    def _too_many(self, reset: datetime) -> Response:
        return Response(429, {"error": "Too many requests"}, self._rate_headers(0, reset))

    def before_route(self, req: RecordedRequest) -> Response | None:
        if not req.path.startswith("/api/"):
            return None
        forced = self._forced
        if forced is not None:
            if self.now >= forced["reset"]:
                self._forced = None
            else:
                if forced["remaining"] is not None:
                    forced["remaining"] -= 1
                    if forced["remaining"] <= 0:
                        self._forced = None
                return self._too_many(forced["reset"])
        start, reset = self._window()
        count = self._window_counts.get(start, 0) + 1
        self._window_counts = {start: count}
        if count > self.rate_limit_limit:
            return self._too_many(reset)
        return None

    def common_headers(self, req: RecordedRequest, resp: Response) -> dict[str, str]:
        start, reset = self._window()
        used = self._window_counts.get(start, 0)
        return self._rate_headers(self.rate_limit_limit - used, reset)

    # ------------------------------------------------------------------ errors & auth

    def error_response(self, status: int, req: RecordedRequest) -> Response:
        messages = {
            401: "The access token is invalid",
            404: "Record not found",
            422: "Validation failed: Text can't be blank",
            429: "Too many requests",
            503: "Service Unavailable",
        }
        if status == 502:
            return Response(
                502, "<html><body><h1>502 Bad Gateway</h1></body></html>", content_type="text/html"
            )
        return Response(status, {"error": messages.get(status, "Something went wrong")})

    def wrong_shape_body(self, req: RecordedRequest) -> JsonBody:
        return {"unexpected": "object where a list was promised"}

    def with_next_page(self, req: RecordedRequest, resp: Response, url: str) -> Response:
        resp.headers["Link"] = f'<{url}>; rel="next"'
        return resp

    def not_found(self, req: RecordedRequest) -> Response:
        return Response(404, {"error": "Record not found"})

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> Abort:
        return Abort(Response(status, {"error": message}, dict(headers or {})))

    def auth(self, req: RecordedRequest) -> str:
        token = req.bearer()
        if not self.is_valid_token(token):
            raise self._error(
                401,
                "The access token is invalid",
                {
                    "WWW-Authenticate": 'Bearer realm="Doorkeeper", error="invalid_token", '
                    'error_description="The access token is invalid"'
                },
            )
        assert token is not None
        return token

    # ------------------------------------------------------------------ rendering

    def account_json(self, a: MAccount) -> dict[str, Any]:
        url = f"https://{a.domain}/@{a.username}"
        return {
            "id": a.id,
            "username": a.username,
            "acct": a.acct,
            "display_name": a.display_name,
            "locked": False,
            "bot": False,
            "discoverable": True,
            "group": False,
            "created_at": "2022-11-01T00:00:00.000Z",
            "note": "",
            "url": url,
            "uri": f"https://{a.domain}/users/{a.username}",
            "avatar": f"https://{a.domain}/avatars/original/missing.png",
            "avatar_static": f"https://{a.domain}/avatars/original/missing.png",
            "header": f"https://{a.domain}/headers/original/missing.png",
            "header_static": f"https://{a.domain}/headers/original/missing.png",
            "followers_count": 12,
            "following_count": 34,
            "statuses_count": 56,
            "last_status_at": self.now.strftime("%Y-%m-%d"),
            "emojis": [],
            "fields": [],
        }

    def status_json(self, s: MStatus) -> dict[str, Any]:
        return {
            "id": str(s.id),
            "created_at": iso_millis(s.created),
            "in_reply_to_id": str(s.in_reply_to_id) if s.in_reply_to_id else None,
            "in_reply_to_account_id": s.in_reply_to_account_id,
            "sensitive": False,
            "spoiler_text": "",
            "visibility": s.visibility,
            "language": s.language,
            "uri": f"https://{s.account.domain}/users/{s.account.username}/statuses/{s.id}",
            "url": f"https://{s.account.domain}/@{s.account.username}/{s.id}",
            "replies_count": s.replies_count,
            "reblogs_count": 0,
            "favourites_count": 0,
            "edited_at": iso_millis(s.edited) if s.edited else None,
            "content": s.content,
            "reblog": None,
            "application": None,
            "account": self.account_json(s.account),
            "media_attachments": [],
            "mentions": [
                {
                    "id": m.id,
                    "username": m.username,
                    "url": f"https://{m.domain}/@{m.username}",
                    "acct": m.acct,
                }
                for m in s.mentions
            ],
            "tags": [],
            "emojis": [],
            "card": None,
            "poll": None,
        }

    def notification_json(self, n: MNotification) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": str(n.id),
            "type": n.type,
            "created_at": iso_millis(n.created),
            "group_key": f"ungrouped-{n.id}",
            "account": self.account_json(n.account),
        }
        if n.status_id is not None:
            out["status"] = self.status_json(self.status_store[n.status_id])
        return out

    # ------------------------------------------------------------------ routes

    def _id_param(self, req: RecordedRequest, name: str) -> int | None:
        value = req.param(name)
        if value is None or value == "":
            return None
        try:
            return int(value)
        except ValueError as exc:
            raise self._error(400, f"Invalid value for {name}") from exc

    def _list_notifications(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        types = req.params("types[]") + req.params("types")
        excluded = req.params("exclude_types[]") + req.params("exclude_types")
        account_id = req.param("account_id")
        raw_limit = req.param("limit")
        try:
            limit = abs(int(raw_limit)) if raw_limit else DEFAULT_LIMIT
        except ValueError:
            limit = DEFAULT_LIMIT
        limit = min(limit or DEFAULT_LIMIT, MAX_LIMIT)
        max_id = self._id_param(req, "max_id")
        since_id = self._id_param(req, "since_id")
        min_id = self._id_param(req, "min_id")

        def keep(nid: int) -> bool:
            n = self.notifications[nid]
            return (
                (not types or n.type in types)
                and n.type not in excluded
                and (account_id is None or n.account.id == account_id)
            )

        ids = [nid for nid in self._notification_ids if keep(nid)]  # ascending
        if min_id is not None:
            newer = [nid for nid in ids if nid > min_id and (max_id is None or nid < max_id)]
            page = list(reversed(newer[:limit]))
        else:
            window = [
                nid
                for nid in ids
                if (max_id is None or nid < max_id) and (since_id is None or nid > since_id)
            ]
            page = list(reversed(window[-limit:]))
        headers = {}
        if page:
            base: list[tuple[str, str]] = []
            if raw_limit:
                base.append(("limit", raw_limit))
            base += [("types[]", t) for t in types] + [("exclude_types[]", t) for t in excluded]
            if account_id is not None:
                base.append(("account_id", account_id))
            path = f"{self.base_url}/api/v1/notifications?"
            next_url = path + urlencode([*base, ("max_id", str(page[-1]))])
            prev_url = path + urlencode([*base, ("min_id", str(page[0]))])
            headers["Link"] = f'<{next_url}>; rel="next", <{prev_url}>; rel="prev"'
        body = [self.notification_json(self.notifications[nid]) for nid in page]
        return Response(200, body, headers)

    def _get_notification(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        try:
            notification = self.notifications[int(m["id"])]
        except (ValueError, KeyError) as exc:
            raise self._error(404, "Record not found") from exc
        return Response(200, self.notification_json(notification))

    def _verify(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        body = self.account_json(self.me)
        body["source"] = {
            "privacy": "public",
            "sensitive": False,
            "language": "en",
            "note": "",
            "fields": [],
        }
        return Response(200, body)

    # ------------------------------------------------------------------ sign-in

    def _register_app(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        name = req.param("client_name")
        redirect = req.param("redirect_uris")
        if not name or not redirect:
            raise self._error(422, "Validation failed: Application name can't be blank")
        client_id = secrets.token_urlsafe(32)
        app = {
            "id": str(563419 + len(self.apps)),
            "name": name,
            "website": req.param("website"),
            "scopes": (req.param("scopes") or "read").split(),
            "redirect_uri": redirect,
            "redirect_uris": redirect.split(),
            "client_id": client_id,
            "client_secret": secrets.token_urlsafe(32),
            "vapid_key": "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5m",
        }
        self.apps[client_id] = app
        return Response(200, app)

    def _authorize(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        params = {k: v[0] for k, v in req.query.items()}
        app = self.apps.get(params.get("client_id", ""))
        redirect = params.get("redirect_uri", "")
        if app is None or redirect not in app["redirect_uris"]:
            return Response(400, "The redirect uri included is not valid.")
        if params.get("response_type") != "code":
            return Response(400, "The authorization server does not support this response type.")
        asked = (params.get("scope") or "read").split()
        if not set(asked) <= set(app["scopes"]):
            return Response(400, "The requested scope is invalid, unknown, or malformed.")
        back: dict[str, str] = {}
        if params.get("consent") == "deny":
            back["error"] = "access_denied"
            back["error_description"] = (
                "The resource owner or authorization server denied the request."
            )
        else:
            code = secrets.token_urlsafe(32)
            self._codes[code] = {
                "client_id": app["client_id"],
                "redirect_uri": redirect,
                "challenge": params.get("code_challenge"),
                "method": params.get("code_challenge_method"),
                "scopes": asked,
            }
            back["code"] = code
        if "state" in params:
            back["state"] = params["state"]
        sep = "&" if urlsplit(redirect).query else "?"
        return Response(302, "", {"Location": f"{redirect}{sep}{urlencode(back)}"})

    def _oauth_token(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        app = self.apps.get(req.param("client_id") or "")
        if app is None or req.param("client_secret") != app["client_secret"]:
            return Response(
                401,
                {
                    "error": "invalid_client",
                    "error_description": "Client authentication failed due to unknown client, "
                    "no client authentication included, or unsupported authentication method.",
                },
            )
        if req.param("grant_type") != "authorization_code":
            return Response(400, {"error": "unsupported_grant_type"})
        grant = self._codes.pop(req.param("code") or "", None)
        invalid = {
            "error": "invalid_grant",
            "error_description": "The provided authorization grant is invalid, expired, revoked, "
            "does not match the redirection URI used in the authorization request, or was "
            "issued to another client.",
        }
        if grant is None or grant["client_id"] != app["client_id"]:
            return Response(400, invalid)
        if req.param("redirect_uri") != grant["redirect_uri"]:
            return Response(400, invalid)
        if grant["challenge"]:
            verifier = req.param("code_verifier") or ""
            digest = hashlib.sha256(verifier.encode()).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != grant["challenge"]:
                return Response(400, invalid)
        token = self.renew_token()
        return Response(
            200,
            {
                "access_token": token,
                "token_type": "Bearer",
                "scope": " ".join(grant["scopes"]),
                "created_at": int(self.now.timestamp()),
            },
        )

    def _instance(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        body: dict[str, Any] = {
            "domain" if m["v"] == "2" else "uri": self.domain,
            "title": "Shop Example",
            "version": self.version,
            "configuration": {
                "statuses": {
                    "max_characters": self.max_characters,
                    "characters_reserved_per_url": 23,
                }
            },
        }
        return Response(200, body)

    def _account_statuses(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        """An account's statuses, newest first, paged by the Link header (max_id/min_id).
        The account itself sees all of them (direct ones too); another sees its public and
        unlisted ones. ``exclude_replies`` keeps replies to itself, as Mastodon does; there
        are no reblogs here, so ``exclude_reblogs`` changes nothing."""
        self.auth(req)
        account = next((a for a in self.accounts.values() if a.id == m["id"]), None)
        if account is None:
            raise self._error(404, "Record not found")
        raw_limit = req.param("limit")
        try:
            limit = abs(int(raw_limit)) if raw_limit else STATUSES_DEFAULT_LIMIT
        except ValueError:
            limit = STATUSES_DEFAULT_LIMIT
        limit = min(limit or STATUSES_DEFAULT_LIMIT, STATUSES_MAX_LIMIT)
        max_id = self._id_param(req, "max_id")
        since_id = self._id_param(req, "since_id")
        min_id = self._id_param(req, "min_id")
        no_replies = (req.param("exclude_replies") or "").lower() in ("true", "1")

        def keep(s: MStatus) -> bool:
            return (
                s.account is account
                and not s.deleted
                and (account is self.me or s.visibility in ("public", "unlisted"))
                and not (
                    no_replies and s.in_reply_to_id and s.in_reply_to_account_id != s.account.id
                )
            )

        ids = sorted(sid for sid, s in self.status_store.items() if keep(s))  # ascending
        if min_id is not None:
            newer = [i for i in ids if i > min_id and (max_id is None or i < max_id)]
            page = list(reversed(newer[:limit]))
        else:
            window = [
                i
                for i in ids
                if (max_id is None or i < max_id) and (since_id is None or i > since_id)
            ]
            page = list(reversed(window[-limit:]))
        headers = {}
        if page:
            kept = [
                (name, value)
                for name in ("limit", "exclude_replies", "exclude_reblogs")
                if (value := req.param(name)) is not None
            ]
            path = f"{self.base_url}/api/v1/accounts/{account.id}/statuses?"
            next_url = path + urlencode([*kept, ("max_id", str(page[-1]))])
            prev_url = path + urlencode([*kept, ("min_id", str(page[0]))])
            headers["Link"] = f'<{next_url}>; rel="next", <{prev_url}>; rel="prev"'
        return Response(200, [self.status_json(self.status_store[i]) for i in page], headers)

    def _visible(self, status: MStatus) -> bool:
        """What the shop's token may see: its own statuses, public and unlisted ones, and
        private or direct ones that mention it (follows are not modelled)."""
        return (
            status.account is self.me
            or status.visibility in ("public", "unlisted")
            or self.me in status.mentions
        )

    def _live_status(self, value: str | int | None) -> MStatus:
        try:
            status = self.status_store[int(value)]  # type: ignore[arg-type]
        except (TypeError, ValueError, KeyError) as exc:
            raise self._error(404, "Record not found") from exc
        if status.deleted:
            raise self._error(404, "Record not found")
        return status

    def _get_status(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        return Response(200, self.status_json(self._live_status(m["id"])))

    def _context(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        """Ancestors (oldest first) and descendants (depth first, by id) that the token
        may see; a deleted status cuts its replies off from the thread."""
        self.auth(req)
        status = self._live_status(m["id"])
        if not self._visible(status):
            raise self._error(404, "Record not found")
        ancestors: list[MStatus] = []
        parent_id = status.in_reply_to_id
        while parent_id is not None:
            parent = self.status_store.get(parent_id)
            if parent is None or parent.deleted:
                break
            if self._visible(parent):
                ancestors.append(parent)
            parent_id = parent.in_reply_to_id
        children: dict[int, list[MStatus]] = {}
        for s in sorted(self.status_store.values(), key=lambda s: s.id):
            if s.in_reply_to_id is not None and not s.deleted:
                children.setdefault(s.in_reply_to_id, []).append(s)
        descendants: list[MStatus] = []
        stack = list(reversed(children.get(status.id, [])))
        while stack:
            child = stack.pop()
            if self._visible(child):
                descendants.append(child)
            stack.extend(reversed(children.get(child.id, [])))
        body = {
            "ancestors": [self.status_json(s) for s in reversed(ancestors)],
            "descendants": [self.status_json(s) for s in descendants],
        }
        return Response(200, body)

    def _delete_status(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        self.auth(req)
        status = self._live_status(m["id"])
        if status.account is not self.me:
            raise self._error(404, "Record not found")
        status.deleted = True
        body = self.status_json(status)
        body["text"] = status.text
        return Response(200, body)

    def _post_status(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        token = self.auth(req)
        key = req.headers.get("Idempotency-Key")
        if key:
            seen = self._idempotency.get((token, key))
            if seen is not None:
                sid, created = seen
                status = self.status_store.get(sid)
                if self.now - created < IDEMPOTENCY_TTL and status and not status.deleted:
                    return Response(200, self.status_json(status))
        text = req.param("status") or ""
        if not text.strip():
            raise self._error(422, "Validation failed: Text can't be blank")
        if len(text) > self.max_characters:
            raise self._error(
                422, f"Validation failed: Text character limit of {self.max_characters} exceeded"
            )
        visibility = req.param("visibility") or "public"
        if visibility not in VISIBILITIES:
            raise self._error(422, "Validation failed: Visibility is not included in the list")
        reply_to = req.param("in_reply_to_id")
        parent = self._live_status(reply_to) if reply_to else None
        status = self._new_own_status(
            text, self.now, visibility, parent, req.param("language") or "en"
        )
        if key:
            self._idempotency[(token, key)] = (status.id, self.now)
        body = self.status_json(status)
        self.statuses.append(body)
        return Response(200, body)

    def _new_own_status(
        self, text: str, created: datetime, visibility: str, parent: MStatus | None, language: str
    ) -> MStatus:
        """A status by the shop, its content rendered as Mastodon does: paragraphs, line
        breaks, and known mentions as h-card links showing only the username."""
        mentions: list[MAccount] = []
        for acct in MENTION_RE.findall(text):
            known = self.accounts.get(acct)
            if known is not None and known not in mentions:
                mentions.append(known)
        sid = self._status_id(created)
        status = MStatus(
            sid,
            self.me,
            self._render(text),
            created,
            visibility,
            parent.id if parent else None,
            parent.account.id if parent else None,
            mentions,
            text=text,
            language=language,
        )
        self.status_store[sid] = status
        if parent is not None:
            parent.replies_count += 1
        return status

    def _render(self, text: str) -> str:
        def mention(match: re.Match[str]) -> str:
            known = self.accounts.get(match[1])
            if known is None:
                return match[0]
            url = f"https://{known.domain}/@{known.username}"
            return (
                f'<span class="h-card" translate="no"><a href="{url}" class="u-url mention">'
                f"@<span>{known.username}</span></a></span>"
            )

        paragraphs = MENTION_RE.sub(mention, html.escape(text)).split("\n\n")
        return "".join(f"<p>{p.replace(chr(10), '<br />')}</p>" for p in paragraphs)
