"""What the Facebook and Instagram fakes share: the Graph API of Meta.

Token checks, the error envelope, ``fields=`` expansion (``comments.limit(5){id,message}``),
cursor paging with absolute ``next``/``previous`` URLs, throttling replies with usage headers,
and the one-message-within-7-days private reply rule.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from feedback_desk.sources.graph import GRAPH_VERSION

from .base import (
    Abort,
    FakeServer,
    JsonBody,
    RecordedRequest,
    Response,
    SortedView,
    decode_cursor,
    encode_cursor,
    to_key,
)

# The fakes speak the version the app asks for (feedback_desk/sources/graph.py).
V = "/" + re.escape(GRAPH_VERSION)

THROTTLE_MESSAGES = {
    4: "(#4) Application request limit reached",
    17: "(#17) User request limit reached",
    32: "(#32) Page request limit reached",
    613: "(#613) Calls to this api have exceeded the rate limit.",
    80001: (
        "(#80001) There have been too many calls to this Page account. Wait a bit and try "
        "again. For more info, please refer to "
        "https://developers.facebook.com/docs/graph-api/overview/rate-limiting."
    ),
    80002: (
        "(#80002) There have been too many calls to this Instagram account. Wait a bit and "
        "try again. For more info, please refer to "
        "https://developers.facebook.com/docs/graph-api/overview/rate-limiting."
    ),
}

PRIVATE_REPLY_WINDOW = timedelta(days=7)


# --------------------------------------------------------------------------- fields=


@dataclass
class FieldSpec:
    name: str
    modifiers: dict[str, str]
    children: list[FieldSpec] | None

    def __str__(self) -> str:
        text = self.name + "".join(f".{k}({v})" for k, v in self.modifiers.items())
        if self.children is not None:
            text += "{" + ",".join(str(c) for c in self.children) + "}"
        return text


def parse_fields(text: str) -> list[FieldSpec]:
    """Parse Graph's field expansion syntax; ValueError when unbalanced."""
    specs, pos = _parse_list(text, 0, nested=False)
    if pos != len(text):
        raise ValueError(f"unexpected {text[pos:]!r}")
    return specs


def _parse_list(text: str, pos: int, *, nested: bool) -> tuple[list[FieldSpec], int]:
    specs: list[FieldSpec] = []
    while pos < len(text):
        start = pos
        while pos < len(text) and text[pos] not in ",{}.()":
            pos += 1
        name = text[start:pos].strip()
        modifiers: dict[str, str] = {}
        children: list[FieldSpec] | None = None
        while pos < len(text) and text[pos] in ".{":
            if text[pos] == ".":
                mstart = pos + 1
                open_at = text.find("(", mstart)
                close_at = text.find(")", open_at)
                if open_at < 0 or close_at < 0:
                    raise ValueError(f"bad modifier in {text!r}")
                modifiers[text[mstart:open_at].strip()] = text[open_at + 1 : close_at].strip()
                pos = close_at + 1
            else:
                children, pos = _parse_list(text, pos + 1, nested=True)
        if name:
            specs.append(FieldSpec(name, modifiers, children))
        if pos < len(text) and text[pos] == ",":
            pos += 1
            continue
        if pos < len(text) and text[pos] == "}":
            if not nested:
                raise ValueError(f"unbalanced '}}' in {text!r}")
            return specs, pos + 1
        if pos < len(text):
            raise ValueError(f"unexpected {text[pos]!r} in {text!r}")
    if nested:
        raise ValueError(f"missing '}}' in {text!r}")
    return specs, pos


# --------------------------------------------------------------------------- node types

Getter = Callable[[Any, FieldSpec, RecordedRequest], Any]
EdgeGetter = Callable[[Any, dict[str, str], RecordedRequest], JsonBody]


@dataclass
class NodeType:
    name: str  # as Graph names it in errors, e.g. "Comment"
    fields: dict[str, Getter]
    default: list[str]
    edges: dict[str, EdgeGetter]
    quiet: frozenset[str] = frozenset()  # real fields this fake leaves out (like a null)


def pick(obj: dict[str, Any], spec: FieldSpec) -> dict[str, Any]:
    """Apply ``from{id}``-style sub-selection to a small embedded object."""
    if not spec.children:
        return obj
    wanted = {c.name for c in spec.children} | {"id"}
    return {k: v for k, v in obj.items() if k in wanted}


# --------------------------------------------------------------------------- the server


class GraphFake(FakeServer):
    """Common Graph behaviour; subclasses add nodes, edges and routes."""

    buc_type = "pages"
    default_throttle_code = 4
    max_limit = 100
    default_limit = 25
    owner_id: str  # the page id / ig user id: ``me`` resolves to it

    def __init__(self, *, now: datetime | str | None = None, token: str | None = None) -> None:
        super().__init__(now=now, token=token)
        self.app_usage: dict[str, int] = {"call_count": 2, "total_time": 1, "total_cputime": 1}
        self.buc_usage: dict[str, int] = {"call_count": 1, "total_time": 1, "total_cputime": 1}
        self.private_replies: list[dict[str, Any]] = []
        self._private_replied: set[str] = set()
        self._psids: dict[str, str] = {}
        self._views: dict[tuple[Any, ...], SortedView] = {}
        self._next_seq = 0
        self._init_device_login()

    # ---- sign-in: Facebook Login for Devices
    # https://developers.facebook.com/docs/facebook-login/for-devices : POST /device/login
    # (access_token=APP_ID|CLIENT_TOKEN, scope) gives a code for the owner to type at
    # verification_uri; POST /device/login_status polls: error subcode 1349174 while pending,
    # 1349172 when polled too often, 1349152 once the code expired, else the user token.
    # ``GET /device`` plays the owner typing the code (``user_code`` in the query, else the
    # newest one) and approving; ``consent=deny`` plays closing the page without approving.

    app_id = "1234567890123456"
    client_token = "fakeclienttoken0123456789abcdef"
    device_interval = 1  # seconds the fake asks between polls
    device_lifetime = 420

    def _init_device_login(self) -> None:
        self.device_codes: dict[str, dict[str, Any]] = {}
        self.user_tokens: set[str] = set()
        self.declined_permissions: set[str] = set()
        self.slow_down_polls = 0  # the next N polls answer "slow down"
        self.device_polls = 0
        self.granted_scopes: list[str] = []
        self.add_route("POST", V + r"/device/login", self._device_login)
        self.add_route("POST", V + r"/device/login_status", self._device_status)
        self.add_route("GET", r"/device", self._device_page)
        self.add_route("GET", V + r"/me/permissions", self._me_permissions)
        self.add_route("GET", V + r"/me/accounts", self._me_accounts)

    def signin_pages(self) -> list[dict[str, Any]]:
        """The pages the signed-in owner manages, as /me/accounts lists them."""
        return []

    def _app_token_ok(self, req: RecordedRequest) -> bool:
        return req.param("access_token") == f"{self.app_id}|{self.client_token}"

    def _device_login(self, req: RecordedRequest, m: Any) -> Response:
        if not self._app_token_ok(req):
            return self.graph_error(190, "Invalid OAuth access token - Cannot parse access token")
        code = secrets.token_hex(16)
        user_code = secrets.token_hex(4).upper()
        self.device_codes[code] = {
            "user_code": user_code,
            "scope": [s for s in (req.param("scope") or "").split(",") if s],
            "expires": self.now + timedelta(seconds=self.device_lifetime),
            "state": "pending",
        }
        return Response(
            200,
            {
                "code": code,
                "user_code": user_code,
                "verification_uri": f"{self.base_url}/device",
                "expires_in": self.device_lifetime,
                "interval": self.device_interval,
            },
        )

    def _device_status(self, req: RecordedRequest, m: Any) -> Response:
        if not self._app_token_ok(req):
            return self.graph_error(190, "Invalid OAuth access token - Cannot parse access token")
        self.device_polls += 1
        entry = self.device_codes.get(req.param("code") or "")
        if entry is None:
            return self.graph_error(100, "Invalid parameter", subcode=1349152)
        if self.now >= entry["expires"] or entry["state"] == "expired":
            return self.graph_error(
                31,
                "The device code has expired",
                subcode=1349152,
                user_title="Activation Code Expired",
                user_msg="The code you entered has expired. Please go back to your device for a "
                "new code and try again.",
            )
        if self.slow_down_polls:
            self.slow_down_polls -= 1
            return self.graph_error(
                17,
                "User request limit reached",
                subcode=1349172,
                user_title="OAuth Device Excessive Polling",
                user_msg="Your device is polling too frequently. Space your requests with a "
                "minium interval of 5 seconds.",
            )
        if entry["state"] != "approved":
            return self.graph_error(
                31,
                "An unknown error has occurred.",
                subcode=1349174,
                user_title="Device Login Authorization Pending",
                user_msg="User has not yet authorized your application. Continue polling.",
            )
        token = entry.get("token")
        if token is None:
            token = entry["token"] = "EAAUser" + secrets.token_urlsafe(24)
            self.user_tokens.add(token)
            self.granted_scopes = list(entry["scope"])
        return Response(
            200,
            {
                "access_token": token,
                "expires_in": 5183944,
                "data_access_expiration_time": int(self.now.timestamp()) + 7776000,
            },
        )

    def _device_page(self, req: RecordedRequest, m: Any) -> Response:
        wanted = req.param("user_code")
        pending = [
            e
            for e in self.device_codes.values()
            if e["state"] == "pending" and (wanted is None or e["user_code"] == wanted.upper())
        ]
        if not pending:
            return Response(404, "That code is not valid.", content_type="text/html")
        if req.param("consent") == "deny":
            return Response(200, "You closed the page.", content_type="text/html")
        pending[-1]["state"] = "approved"
        return Response(200, "Success! You're now logged in.", content_type="text/html")

    def expire_device_codes(self) -> None:
        for entry in self.device_codes.values():
            entry["state"] = "expired"

    def _user(self, req: RecordedRequest) -> str:
        token = req.bearer() or req.param("access_token")
        if token not in self.user_tokens:
            raise self.fail(190, "Invalid OAuth access token - Cannot parse access token")
        assert token is not None
        return token

    def _me_permissions(self, req: RecordedRequest, m: Any) -> Response:
        self._user(req)
        data = [
            {"permission": p, "status": "declined" if p in self.declined_permissions else "granted"}
            for p in ["public_profile", *self.granted_scopes]
        ]
        return Response(200, {"data": data})

    def _me_accounts(self, req: RecordedRequest, m: Any) -> Response:
        self._user(req)
        if self.is_expired_token(self.token):
            self.renew_token()  # a new sign-in gives new page tokens
        pages = self.signin_pages()
        limit = int(req.param("limit") or 25)
        after = int(req.param("after") or 0)
        window = pages[after : after + limit]
        body: dict[str, Any] = {"data": window}
        if after + limit < len(pages):
            body["paging"] = {
                "cursors": {"before": str(after), "after": str(after + limit)},
                "next": self.url(
                    req.path, **{**{k: v[0] for k, v in req.query.items()}, "after": after + limit}
                ),
            }
        return Response(200, body)

    def _seq(self) -> int:
        self._next_seq += 1
        return self._next_seq

    def _touch(self) -> None:
        self._views.clear()

    def _view(self, key: tuple[Any, ...], build: Callable[[], SortedView]) -> SortedView:
        view = self._views.get(key)
        if view is None:
            view = self._views[key] = build()
        return view

    # ---- errors

    def graph_error(
        self,
        code: int,
        message: str,
        *,
        status: int = 400,
        type_: str = "OAuthException",
        subcode: int | None = None,
        user_title: str | None = None,
        user_msg: str | None = None,
        is_transient: bool | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        error: dict[str, Any] = {"message": message, "type": type_, "code": code}
        if subcode is not None:
            error["error_subcode"] = subcode
        if is_transient is not None:
            error["is_transient"] = is_transient
        if user_title:
            error["error_user_title"] = user_title
            error["error_user_msg"] = user_msg or user_title
        error["fbtrace_id"] = "A" + secrets.token_urlsafe(15)
        return Response(status, {"error": error}, dict(headers or {}))

    def fail(self, code: int, message: str, **kw: Any) -> Abort:
        return Abort(self.graph_error(code, message, **kw))

    def no_such_object(self, object_id: str, method: str = "GET") -> Abort:
        verb = {"GET": "get", "POST": "post", "DELETE": "delete"}.get(method, method.lower())
        return self.fail(
            100,
            f"Unsupported {verb} request. Object with ID '{object_id}' does not exist, cannot "
            "be loaded due to missing permissions, or does not support this operation. Please "
            "read the Graph API documentation at https://developers.facebook.com/docs/graph-api",
            type_="GraphMethodException",
            subcode=33,
        )

    def error_response(self, status: int, req: RecordedRequest) -> Response:
        if status >= 500:
            return self.graph_error(
                2,
                "An unexpected error has occurred. Please retry your request later.",
                status=status,
                is_transient=True,
            )
        if status == 429:
            return self._throttle_response(self.default_throttle_code, 5, status)
        return self.graph_error(1, "An unknown error occurred", status=status, is_transient=False)

    def not_found(self, req: RecordedRequest) -> Response:
        return self.graph_error(2500, f"Unknown path components: {req.path}")

    def wrong_shape_body(self, req: RecordedRequest) -> JsonBody:
        return {"data": {"unexpected": "object instead of a list"}, "paging": "nope"}

    def with_next_page(self, req: RecordedRequest, resp: Response, url: str) -> Response:
        if isinstance(resp.body, dict):
            paging = resp.body.get("paging")
            resp.body["paging"] = {**(paging if isinstance(paging, dict) else {}), "next": url}
        return resp

    # ---- headers and throttling

    def common_headers(self, req: RecordedRequest, resp: Response) -> dict[str, str]:
        buc = {self.owner_id: [{"type": self.buc_type, **self.buc_usage}]}
        for entry in buc[self.owner_id]:
            entry.setdefault("estimated_time_to_regain_access", 0)
        return {
            "X-App-Usage": json.dumps(self.app_usage),
            "X-Business-Use-Case-Usage": json.dumps(buc),
            "facebook-api-version": GRAPH_VERSION,
            "x-fb-trace-id": secrets.token_urlsafe(8),
            "x-fb-rev": "1012345678",
        }

    def set_usage(
        self,
        call_count: int,
        total_time: int | None = None,
        total_cputime: int | None = None,
        buc_call_count: int | None = None,
    ) -> None:
        """Percentages reported in X-App-Usage / X-Business-Use-Case-Usage from now on."""
        self.app_usage = {
            "call_count": call_count,
            "total_time": total_time if total_time is not None else call_count,
            "total_cputime": total_cputime if total_cputime is not None else call_count,
        }
        buc = buc_call_count if buc_call_count is not None else call_count
        self.buc_usage = {"call_count": buc, "total_time": buc, "total_cputime": buc}

    def _throttle_response(self, code: int, minutes: int, status: int = 400) -> Response:
        if code not in THROTTLE_MESSAGES:
            raise ValueError(f"not a throttling code: {code}")
        buc = {
            self.owner_id: [
                {
                    "type": self.buc_type,
                    "call_count": 100,
                    "total_cputime": 45,
                    "total_time": 60,
                    "estimated_time_to_regain_access": minutes,
                }
            ]
        }
        headers = {
            "X-App-Usage": json.dumps({"call_count": 100, "total_time": 45, "total_cputime": 40}),
            "X-Business-Use-Case-Usage": json.dumps(buc),
        }
        return self.graph_error(
            code, THROTTLE_MESSAGES[code], status=status, is_transient=True, headers=headers
        )

    def throttle(
        self,
        code: int | None = None,
        minutes: int = 5,
        times: int | None = 1,
        path_contains: str | None = None,
        status: int = 400,
    ) -> None:
        """Next call(s) get the throttling error ``code`` (4, 17, 32, 613, 80001, 80002).

        Usage headers report 100 % and ``estimated_time_to_regain_access`` = ``minutes``.
        """
        chosen = code if code is not None else self.default_throttle_code
        response = self._throttle_response(chosen, minutes, status)
        assert isinstance(response.body, dict)
        self.fail_next(status, response.body, response.headers, times, path_contains)

    # ---- auth

    def auth(self, req: RecordedRequest) -> str:
        token = req.bearer() or req.param("access_token")
        if not token:
            raise self.fail(104, "An access token is required to request this resource.")
        if self.is_expired_token(token):
            when = self.now.strftime("%A, %d-%b-%y %H:%M:%S UTC")
            raise self.fail(
                190,
                f"Error validating access token: Session has expired on {when}. "
                f"The current time is {when}.",
                subcode=463,
                headers={"WWW-Authenticate": 'OAuth "Facebook Platform" "invalid_token"'},
            )
        if not self.is_valid_token(token):
            raise self.fail(
                190,
                "Invalid OAuth access token - Cannot parse access token",
                headers={"WWW-Authenticate": 'OAuth "Facebook Platform" "invalid_token"'},
            )
        return token

    # ---- rendering and paging

    def fields_of(self, req_or_value: RecordedRequest | str | None) -> list[FieldSpec] | None:
        raw = req_or_value.param("fields") if isinstance(req_or_value, RecordedRequest) else None
        if isinstance(req_or_value, str):
            raw = req_or_value
        if raw is None or raw.strip() == "":
            return None
        try:
            return parse_fields(raw)
        except ValueError as exc:
            raise self.fail(2500, f"Syntax error {exc}") from exc

    def render(
        self,
        node: NodeType,
        obj: Any,
        specs: list[FieldSpec] | None,
        req: RecordedRequest,
    ) -> dict[str, Any]:
        if specs is None:
            specs = [FieldSpec(name, {}, None) for name in node.default]
        out: dict[str, Any] = {}
        for spec in specs:
            if spec.name in node.edges:
                params = dict(spec.modifiers)
                if spec.children is not None:
                    params["fields"] = ",".join(str(c) for c in spec.children)
                out[spec.name] = node.edges[spec.name](obj, params, req)
            elif spec.name in node.fields:
                value = node.fields[spec.name](obj, spec, req)
                if value is not None:
                    out[spec.name] = value
            elif spec.name not in node.quiet:
                raise self.fail(
                    100,
                    f"(#100) Tried accessing nonexisting field ({spec.name}) on node type "
                    f"({node.name})",
                )
        out.setdefault("id", node.fields["id"](obj, FieldSpec("id", {}, None), req))
        return out

    def paged(
        self,
        view: SortedView,
        params: dict[str, str],
        *,
        path: str,
        req: RecordedRequest,
        render_item: Callable[[Any], dict[str, Any]],
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """One page of ``view`` in Graph's envelope; ``params`` are the edge's parameters."""
        try:
            limit = int(params.get("limit", self.default_limit))
        except ValueError as exc:
            raise self.fail(100, "(#100) Param limit must be a number") from exc
        if limit < 0:
            raise self.fail(100, "(#100) Param limit must be a non-negative number")
        if limit == 0:  # e.g. comments.limit(0).summary(true): just the count
            return {"data": [], **(extra or {})}
        limit = min(limit, self.max_limit)
        after = before = None
        try:
            if params.get("after"):
                after = to_key(decode_cursor(params["after"]))
            elif params.get("before"):
                before = to_key(decode_cursor(params["before"]))
        except ValueError as exc:
            raise self.fail(100, "(#100) The parameter after/before is not a valid cursor") from exc
        try:
            page, more_before, more_after = view.window(after=after, before=before, limit=limit)
        except TypeError as exc:  # a cursor from another ordering
            raise self.fail(100, "(#100) The cursor is not valid for this request") from exc
        result: dict[str, Any] = {"data": [render_item(item) for item in page]}
        if page:
            cursors = {
                "before": encode_cursor(view.key(page[0])),
                "after": encode_cursor(view.key(page[-1])),
            }
            paging: dict[str, Any] = {"cursors": cursors}
            keep = {k: v for k, v in params.items() if k not in ("after", "before", "access_token")}
            token = req.bearer() or req.param("access_token") or ""
            if more_after:
                query = {"access_token": token, **keep, "limit": str(limit)}
                query["after"] = cursors["after"]
                paging["next"] = f"{self.base_url}{path}?{urlencode(query)}"
            if more_before:
                query = {"access_token": token, **keep, "limit": str(limit)}
                query["before"] = cursors["before"]
                paging["previous"] = f"{self.base_url}{path}?{urlencode(query)}"
            result["paging"] = paging
        if extra:
            result.update(extra)
        return result

    @staticmethod
    def query_params(req: RecordedRequest) -> dict[str, str]:
        return {k: v[0] for k, v in req.query.items()}

    # ---- private replies

    def private_reply_target(self, comment_id: str) -> dict[str, Any] | None:
        """Subclass hook: {"created", "can_reply", "author_id"} for a live comment, else None."""
        raise NotImplementedError

    def _psid(self, author_id: str) -> str:
        if author_id not in self._psids:
            self._psids[author_id] = str(2_400_000_000_000_000 + len(self._psids) + 1)
        return self._psids[author_id]

    def _json_field(self, req: RecordedRequest, name: str) -> Any:
        if isinstance(req.json, dict) and name in req.json:
            return req.json[name]
        raw = req.param(name)
        if raw is None:
            return None
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise self.fail(100, f"(#100) param {name} must be a JSON object") from exc

    def send_private_reply(self, req: RecordedRequest) -> Response:
        self.auth(req)
        recipient = self._json_field(req, "recipient")
        message = self._json_field(req, "message")
        if not isinstance(recipient, dict) or not recipient:
            raise self.fail(100, "(#100) The parameter recipient is required")
        if "comment_id" not in recipient:
            raise self.fail(
                10,
                "(#10) This message is sent outside of allowed window.",
                type_="OAuthException",
                subcode=2018278,
            )
        if not isinstance(message, dict) or not str(message.get("text") or "").strip():
            raise self.fail(
                100, "(#100) Message cannot be empty, must provide valid attachment or text"
            )
        text = str(message["text"])
        if len(text) > 2000:
            raise self.fail(
                100, "(#100) Length of param message[text] must be less than or equal to 2000"
            )
        comment_id = str(recipient["comment_id"])
        target = self.private_reply_target(comment_id)
        if target is None:
            raise self.fail(100, "(#100) Invalid comment_id parameter", subcode=2018292)
        if comment_id in self._private_replied:
            raise self.fail(10900, "(#10900) Activity already replied to")
        if not target["can_reply"]:
            raise self.fail(10903, "(#10903) This user can't reply to this activity")
        if self.now - target["created"] > PRIVATE_REPLY_WINDOW:
            raise self.fail(
                10,
                "(#10) This message is sent outside of allowed window.",
                subcode=2018278,
                user_title="Message Not Sent",
                user_msg="Private replies must be sent within 7 days of the comment.",
            )
        self._private_replied.add(comment_id)
        reply = {
            "recipient_id": self._psid(target["author_id"]),
            "message_id": "m_" + secrets.token_urlsafe(30),
        }
        self.private_replies.append(
            {"comment_id": comment_id, "text": text, "sent_at": self.now, **reply}
        )
        return Response(200, reply)
