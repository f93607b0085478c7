"""A real loopback HTTP server that platform fakes build on.

Each fake is a ``FakeServer`` subclass that registers routes and answers them from in-memory
state.  The base class records every request, injects failures (error replies, dropped
connections, malformed bodies), keeps a movable clock and knows which token is valid.
Nothing here sleeps (but ``after_handling_next(delay=...)`` and ``trickle_next``, for
client timeouts and deadlines): time only moves when a test moves ``now``.

Misbehaving servers, for the client's limits: ``loop_pages`` (a next link to the page itself,
an A -> B -> A cycle, or an endless list), ``trickle_next`` (an answer that comes one byte at
a time), ``endless_body_next`` (an answer that never ends) and ``fail_next`` with any
headers (a 503 with ``Retry-After: 3600``, a throttle header of ``10**30``).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import random
import re
import secrets
import socket
import threading
import traceback
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlencode, urlsplit

from requests.structures import CaseInsensitiveDict

DEFAULT_NOW = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)

JsonBody = dict[str, Any] | list[Any]


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: CaseInsensitiveDict[str]
    body: bytes
    json: Any
    form: dict[str, list[str]] | None
    raw_path: str = ""

    def param(self, name: str, default: str | None = None) -> str | None:
        """First value of ``name`` from the query string, then the form, then a JSON object."""
        if name in self.query:
            return self.query[name][0]
        if self.form and name in self.form:
            return self.form[name][0]
        if isinstance(self.json, dict) and name in self.json:
            value = self.json[name]
            return value if isinstance(value, str) else json.dumps(value)
        return default

    def params(self, name: str) -> list[str]:
        """Every value of ``name`` (query and form), e.g. for ``types[]``."""
        values = list(self.query.get(name, []))
        if self.form:
            values.extend(self.form.get(name, []))
        if isinstance(self.json, dict) and name.removesuffix("[]") in self.json:
            value = self.json[name.removesuffix("[]")]
            values.extend(value if isinstance(value, list) else [value])
        return [str(v) for v in values]

    def bearer(self) -> str | None:
        auth = self.headers.get("Authorization", "")
        scheme, _, value = auth.partition(" ")
        if scheme.lower() in ("bearer", "oauth") and value.strip():
            return value.strip()
        return None


# --------------------------------------------------------------------------- responses


@dataclass
class Response:
    status: int = 200
    body: bytes | str | JsonBody | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    # Misbehaviour on the wire: one byte every `trickle` seconds; `endless`: the body
    # (any length announced) goes on for ever, until the client hangs up.
    trickle: float | None = None
    endless: bool = False

    def encoded(self) -> tuple[bytes, str]:
        if self.body is None:
            return b"", self.content_type or "application/json; charset=utf-8"
        if isinstance(self.body, bytes):
            return self.body, self.content_type or "application/json; charset=utf-8"
        if isinstance(self.body, str):
            return self.body.encode(), self.content_type or "text/plain; charset=utf-8"
        text = json.dumps(self.body, ensure_ascii=False)
        try:
            data = text.encode()
        except UnicodeEncodeError:
            # A lone surrogate ("\ud800") cannot be UTF-8; real servers send it escaped,
            # which is valid JSON that decodes back to the same broken string.
            data = json.dumps(self.body, ensure_ascii=True).encode()
        return data, self.content_type or "application/json; charset=utf-8"


class Abort(Exception):
    """Raised inside a route to answer with ``response`` straight away."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


DROP = object()  # sentinel: close the socket without answering

RouteHandler = Callable[[RecordedRequest, re.Match[str]], Response]


@dataclass
class _Rule:
    kind: str  # "fail" | "drop" | "malformed" | "after" (handle, then answer badly)
    remaining: int | None
    path_contains: str | None
    method: str | None
    make: Callable[[RecordedRequest], Response] | None = None
    # kind "after": the request is handled (it takes effect), then `delay` seconds pass
    # and the answer is `then` (a Response, or DROP to close the socket unanswered).
    delay: float = 0.0
    then: Response | object | None = None
    # kind "rewrite": the request is answered as usual, then `rewrite` changes the answer.
    rewrite: Callable[[RecordedRequest, Response], Response] | None = None

    def matches(self, req: RecordedRequest) -> bool:
        if self.method and req.method != self.method.upper():
            return False
        return not (self.path_contains and self.path_contains not in req.raw_path)


# --------------------------------------------------------------------------- time & ids


def parse_time(value: datetime | str | None, default: datetime) -> datetime:
    """Accept an aware datetime or ISO 8601 text (``Z``, ``+00:00`` or Graph's ``+0000``)."""
    if value is None:
        return default
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime; pass an aware one")
        return value.astimezone(UTC)
    text = value.strip().replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", text):
        text = text[:-2] + ":" + text[-2:]
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def graph_time(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def rfc3339(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_millis(dt: datetime) -> str:
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def encode_cursor(value: Any) -> str:
    """Opaque cursor: base64 of JSON (``=`` padding kept, so it must be URL-encoded)."""
    return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode()


def decode_cursor(cursor: str) -> Any:
    """Inverse of ``encode_cursor``; raises ValueError for anything it did not make."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
    except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"bad cursor {cursor!r}") from exc
    return value


def to_key(value: Any) -> Any:
    """JSON turns tuples into lists; turn them back so keys compare with stored ones."""
    if isinstance(value, list):
        return tuple(to_key(v) for v in value)
    return value


class SortedView:
    """Items sorted by a unique key; windows by key so paging survives inserts and deletes."""

    def __init__(self, items: Iterable[Any], key: Callable[[Any], Any]) -> None:
        pairs = sorted(((key(item), item) for item in items), key=lambda pair: pair[0])
        self.keys = [k for k, _ in pairs]
        self.items = [item for _, item in pairs]
        self.key = key

    def __len__(self) -> int:
        return len(self.items)

    def window(
        self, *, after: Any = None, before: Any = None, limit: int
    ) -> tuple[list[Any], bool, bool]:
        """(page, more_before, more_after)."""
        if after is not None:
            start = bisect_right(self.keys, after)
            end = min(len(self.items), start + limit)
        elif before is not None:
            end = bisect_left(self.keys, before)
            start = max(0, end - limit)
        else:
            start, end = 0, min(len(self.items), limit)
        return self.items[start:end], start > 0, end < len(self.items)


# --------------------------------------------------------------------------- sample data

# fmt: off
FIRST_NAMES = [
    "Cindy", "Sam", "Priya", "Tomasz", "Aisha", "Mark", "Lena", "Diego", "Mei", "Olu", "Hannah",
    "Jonas", "Fatima", "Chris", "Yuki", "Ravi", "Sofia", "Ben", "Noor", "Kofi",
]
LAST_NAMES = [
    "Hoover", "Patel", "Nowak", "Okafor", "Schmidt", "Garcia", "Chen", "Adeyemi", "Rossi",
    "Kim", "Murphy", "Haddad", "Larsen", "Silva", "Tanaka", "Dubois", "Novak", "Brown",
]
# fmt: on
COMPLAINTS = [
    "Coffee was cold and the staff ignored me.",
    "Waited 40 minutes for a sandwich. Never again.",
    "The delivery was late again and the box was crushed.",
    "Rude cashier, did not even say hello.",
    "Product broke after a week, want my money back!!",
    "Overpriced and the portion was tiny.",
    "Nobody answers the phone, terrible service.",
    "Found a hair in my salad. Disgusting.",
    "You charged me twice and nobody replies to my emails.",
    "WORST SHOP IN TOWN. Avoid.",
]
PRAISE = [
    "Lovely little shop, friendly people.",
    "Best croissant in the area, thank you!",
    "Quick service and great coffee.",
    "Staff went out of their way to help me.",
    "Always a pleasure, see you next week.",
]
NEUTRAL = [
    "Are you open on Sunday?",
    "Do you have gluten free options?",
    "Is there parking nearby?",
    "What time do you close today?",
]
UNICODE_TEXTS = [
    "Café crème était froid 😞 — pas content.",
    "Очень долго ждал заказ.",
    "注文が遅すぎます。",
    'He said "no refunds" & walked off <rude>.',
    "Line one\nline two of a long complaint.",
]


class Sampler:
    """Deterministic realistic names and texts for ``seed``."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)

    def name(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def handle(self) -> str:
        first, last = self.name().lower().split(" ")
        return f"{first}_{last}{self.rng.randint(1, 999)}"

    def text(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return self.rng.choice(COMPLAINTS)
        if roll < 0.75:
            return self.rng.choice(PRAISE)
        if roll < 0.93:
            return self.rng.choice(NEUTRAL)
        return self.rng.choice(UNICODE_TEXTS)

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(n - 1)
        )


# --------------------------------------------------------------------------- server


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    fake: FakeServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FeedbackDeskFake/1.0"
    sys_version = ""
    timeout = 10  # idle keep-alive connections give up after this
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep pytest output clean

    def setup(self) -> None:
        super().setup()
        # Without this, Nagle + delayed ACK add ~40 ms to every keep-alive response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.fake._track(self.connection, add=True)

    def version_string(self) -> str:
        return self.server_version

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.fake._track(self.connection, add=False)

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_GET

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _dispatch(self) -> None:
        fake = self.server.fake
        body = self._read_body()
        parts = urlsplit(self.path)
        headers: CaseInsensitiveDict[str] = CaseInsensitiveDict(dict(self.headers.items()))
        content_type = headers.get("Content-Type", "").split(";")[0].strip().lower()
        parsed_json: Any = None
        form: dict[str, list[str]] | None = None
        if body:
            if content_type == "application/x-www-form-urlencoded":
                form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            else:
                try:
                    parsed_json = json.loads(body)
                except (ValueError, UnicodeDecodeError):
                    parsed_json = None
        req = RecordedRequest(
            method=self.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers=headers,
            body=body,
            json=parsed_json,
            form=form,
            raw_path=self.path,
        )
        try:
            result = fake._handle(req)
        except Exception:
            fake._record_error(traceback.format_exc())
            result = Response(500, {"error": "fake server bug; see server.errors"})
        if result is DROP:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        assert isinstance(result, Response)
        payload, ctype = result.encoded()
        try:
            self.send_response(result.status)
            self.send_header("Content-Type", ctype)
            if result.endless:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(len(payload)))
            for name, value in result.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command == "HEAD":
                return
            if result.endless:
                self._send_endless(payload)
            elif result.trickle is not None:
                self._send_trickle(payload, result.trickle)
            else:
                self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _send_trickle(self, payload: bytes, every: float) -> None:
        """One byte, then a pause: every read the client makes gets something in time."""
        self.close_connection = True
        for byte in payload:
            if not self.server.fake.running:
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            self.server.fake.pause(every)

    def _send_endless(self, payload: bytes) -> None:
        """`payload`, then the same 64 KB of padding for as long as the client reads."""
        self.close_connection = True
        filler = b" " * 65536
        chunk = f"{len(filler):x}\r\n".encode() + filler + b"\r\n"
        if payload:
            self.wfile.write(f"{len(payload):x}\r\n".encode() + payload + b"\r\n")
        while self.server.fake.running:
            self.wfile.write(chunk)


class FakeServer:
    """Base for every platform fake: start/stop, recording, failure injection, clock, tokens.

    Use as a context manager (``with FakeFacebook() as fb:``) or call ``start()``/``stop()``.
    """

    default_token = "fake-token"
    invalid_json_body = b'{"data": [{"id": "1", "message": "trunc'

    def __init__(self, *, now: datetime | str | None = None, token: str | None = None) -> None:
        self.now: datetime = parse_time(now, DEFAULT_NOW)
        self.token: str = token or self.default_token
        self._expired_tokens: set[str] = set()
        self._lock = threading.RLock()
        self._requests: list[RecordedRequest] = []
        self._rules: list[_Rule] = []
        self._routes: list[tuple[str, re.Pattern[str], RouteHandler]] = []
        self._conns: set[socket.socket] = set()
        self._server: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.errors: list[str] = []  # tracebacks of bugs in the fake itself
        # Misbehaving answers (trickle, endless, delays) stop when the fake stops.
        self._stopping = threading.Event()

    @property
    def running(self) -> bool:
        return self._server is not None and not self._stopping.is_set()

    def pause(self, seconds: float) -> None:
        """A deliberate wait in an answer (a slow server), cut short when the fake stops."""
        self._stopping.wait(seconds)

    # ---- lifecycle

    def start(self) -> Self:
        if self._server is not None:
            return self
        server = _HTTPServer(("127.0.0.1", 0), _Handler)
        server.fake = self
        self._server = server
        self._stopping.clear()
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.01},
            name=f"{type(self).__name__}-http",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()  # ends every pause at once
        server.shutdown()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:  # idle keep-alive connections would otherwise keep answering
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server not started")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str, **params: Any) -> str:
        """Absolute URL on this server; ``params`` become the query string."""
        query = urlencode(params, doseq=True)
        return f"{self.base_url}{path}" + (f"?{query}" if query else "")

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._conns.add(conn)
            else:
                self._conns.discard(conn)

    def _record_error(self, text: str) -> None:
        with self._lock:
            self.errors.append(text)

    # ---- clock

    def clock(self) -> datetime:
        """The fake's ``now``; pass ``fake.clock`` wherever the app wants a Clock."""
        return self.now

    def advance(self, **delta: float) -> datetime:
        """Move the clock forward, e.g. ``advance(days=8)``."""
        self.now = self.now + timedelta(**delta)
        return self.now

    # ---- tokens

    def is_valid_token(self, token: str | None) -> bool:
        return token is not None and token == self.token and token not in self._expired_tokens

    def is_expired_token(self, token: str | None) -> bool:
        return token is not None and token in self._expired_tokens

    def expire_token(self) -> None:
        """The current token stops working and is reported as expired."""
        self._expired_tokens.add(self.token)

    def renew_token(self) -> str:
        """Issue a fresh valid token (the old one stays expired/invalid)."""
        self.token = f"{self.default_token}-{secrets.token_hex(4)}"
        return self.token

    # ---- recording

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def hits(self, path_contains: str = "", method: str | None = None) -> int:
        """How many recorded requests had ``path_contains`` in their path+query (and method)."""
        return len(self.find_requests(path_contains, method))

    def find_requests(
        self, path_contains: str = "", method: str | None = None
    ) -> list[RecordedRequest]:
        return [
            r
            for r in self.requests
            if path_contains in r.raw_path and (method is None or r.method == method.upper())
        ]

    def last_request(self, path_contains: str = "", method: str | None = None) -> RecordedRequest:
        found = self.find_requests(path_contains, method)
        if not found:
            raise LookupError(f"no request matching {path_contains!r} {method or ''}")
        return found[-1]

    # ---- failure injection

    def fail_next(
        self,
        status: int,
        body: dict[str, Any] | list[Any] | str | None = None,
        headers: dict[str, str] | None = None,
        times: int | None = 1,
        path_contains: str | None = None,
        method: str | None = None,
    ) -> None:
        """The next ``times`` matching requests (None: all until ``clear_failures``) get this.

        ``path_contains`` is matched against the path and query string (so ``"after="``
        fails only follow-up pages); ``body=None`` uses the platform's error envelope.
        """
        extra = dict(headers or {})

        def make(req: RecordedRequest) -> Response:
            if body is None:
                default = self.error_response(status, req)
                default.headers.update(extra)
                return default
            return Response(status, body, dict(extra))

        self._add_rule(_Rule("fail", times, path_contains, method, make))

    def drop_next_connection(
        self, times: int | None = 1, path_contains: str | None = None, method: str | None = None
    ) -> None:
        """Read the next matching request, then close the socket without answering."""
        self._add_rule(_Rule("drop", times, path_contains, method))

    def malformed_next(
        self,
        times: int | None = 1,
        path_contains: str | None = None,
        kind: str = "invalid_json",
        method: str | None = None,
    ) -> None:
        """Answer 200 with a broken body: ``invalid_json``, ``wrong_shape`` or ``html``."""
        if kind not in ("invalid_json", "wrong_shape", "html"):
            raise ValueError(kind)

        def make(req: RecordedRequest) -> Response:
            if kind == "invalid_json":
                return Response(200, self.invalid_json_body)
            if kind == "html":
                page = "<html><body><h1>Welcome to Hotel WiFi</h1></body></html>"
                return Response(200, page, content_type="text/html; charset=utf-8")
            return Response(200, self.wrong_shape_body(req))

        self._add_rule(_Rule("malformed", times, path_contains, method, make))

    def after_handling_next(
        self,
        *,
        delay: float = 0.0,
        status: int | None = None,
        drop: bool = False,
        times: int | None = 1,
        path_contains: str | None = None,
        method: str | None = None,
    ) -> None:
        """The next matching request takes effect (a reply is stored), and then the answer
        goes wrong: it comes `delay` real seconds late (the one place a fake sleeps: a client
        timeout needs a real wait), and/or as HTTP `status` in the platform's error envelope,
        or the socket is closed with no answer (`drop`)."""
        then: Response | object | None = DROP if drop else None
        self._add_rule(_Rule("after", times, path_contains, method, delay=delay, then=then))
        if status is not None and not drop:
            self._rules[-1].make = lambda req: self.error_response(status, req)

    def loop_pages(
        self,
        kind: str,
        path_contains: str | None = None,
        times: int | None = None,
        method: str | None = "GET",
    ) -> None:
        """Matching list pages are answered as usual, but their next link is wrong:
        ``"self"`` points at the page itself, ``"cycle"`` goes A -> B -> A -> B ...,
        ``"endless"`` always points at a page never asked for before (an endless list)."""
        if kind not in ("self", "cycle", "endless"):
            raise ValueError(kind)
        counter = iter(range(1, 1 << 62))

        def rewrite(req: RecordedRequest, resp: Response) -> Response:
            if resp.status != 200:
                return resp
            here = self.base_url + req.raw_path
            if kind == "self":
                following = here
            else:
                mark = req.query.get("loop", [""])[0]
                cycled = "B" if mark == "A" else "A"
                step = cycled if kind == "cycle" else str(next(counter))
                parts = urlsplit(here)
                query = [(k, v) for k, vs in req.query.items() if k != "loop" for v in vs]
                following = f"{self.base_url}{parts.path}?{urlencode([*query, ('loop', step)])}"
            return self.with_next_page(req, resp, following)

        self._add_rule(_Rule("rewrite", times, path_contains, method, rewrite=rewrite))

    def with_next_page(self, req: RecordedRequest, resp: Response, url: str) -> Response:
        """Subclass hook: ``resp`` (a page of a list) with its next-page link set to ``url``."""
        raise NotImplementedError(f"{type(self).__name__} does not page by links")

    def trickle_next(
        self,
        every: float,
        times: int | None = 1,
        path_contains: str | None = None,
        method: str | None = None,
        body: bytes | None = None,
    ) -> None:
        """The next matching answer (as usual, or ``body``) comes one byte every ``every``
        real seconds: each read gets a byte in time, the whole takes for ever."""

        def rewrite(req: RecordedRequest, resp: Response) -> Response:
            if body is not None:
                resp = Response(resp.status, body, resp.headers, resp.content_type)
            resp.trickle = every
            return resp

        self._add_rule(_Rule("rewrite", times, path_contains, method, rewrite=rewrite))

    def endless_body_next(
        self, times: int | None = 1, path_contains: str | None = None, method: str | None = None
    ) -> None:
        """The next matching answer starts as usual and never ends (chunked padding)."""

        def rewrite(req: RecordedRequest, resp: Response) -> Response:
            resp.endless = True
            return resp

        self._add_rule(_Rule("rewrite", times, path_contains, method, rewrite=rewrite))

    def clear_failures(self) -> None:
        with self._lock:
            self._rules.clear()

    def _add_rule(self, rule: _Rule) -> None:
        if rule.remaining is not None and rule.remaining < 1:
            raise ValueError("times must be >= 1 (or None for 'until cleared')")
        with self._lock:
            self._rules.append(rule)

    def _take_rule(self, req: RecordedRequest) -> _Rule | None:
        for rule in self._rules:
            if rule.matches(req):
                if rule.remaining is not None:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self._rules.remove(rule)
                return rule
        return None

    # ---- overridable platform behaviour

    def error_response(self, status: int, req: RecordedRequest) -> Response:
        """The platform's error envelope for an injected ``status``."""
        return Response(status, {"error": f"injected HTTP {status}"})

    def wrong_shape_body(self, req: RecordedRequest) -> JsonBody:
        """Valid JSON that is not what the endpoint promises."""
        return ["not", "the", "documented", "shape"]

    def common_headers(self, req: RecordedRequest, resp: Response) -> dict[str, str]:
        """Headers added to every answer (usage / rate-limit headers)."""
        return {}

    def not_found(self, req: RecordedRequest) -> Response:
        return Response(404, {"error": "Not Found"})

    def before_route(self, req: RecordedRequest) -> Response | None:
        """Hook run before routing (e.g. a rate limiter); return a Response to short-cut."""
        return None

    # ---- routing

    def add_route(self, method: str, pattern: str, handler: RouteHandler) -> None:
        self._routes.append((method.upper(), re.compile(pattern + r"\Z"), handler))

    def _handle(self, req: RecordedRequest) -> Response | object:
        with self._lock:
            self._requests.append(req)
            rule = self._take_rule(req)
            if rule is not None and rule.kind == "drop":
                return DROP
            if rule is not None and rule.kind == "after":
                return self._handled_then(req, rule)
            try:
                if rule is not None and rule.make is not None:
                    resp = rule.make(req)
                else:
                    resp = self.before_route(req) or self._route(req)
            except Abort as abort:
                resp = abort.response
            if rule is not None and rule.rewrite is not None:
                resp = rule.rewrite(req, resp)
            headers = self.common_headers(req, resp)
            headers.update(resp.headers)
            resp.headers = headers
            return resp

    def _handled_then(self, req: RecordedRequest, rule: _Rule) -> Response | object:
        try:
            resp = self.before_route(req) or self._route(req)
        except Abort as abort:
            resp = abort.response
        if rule.delay:
            self._lock.release()  # other requests go on while this answer dawdles
            try:
                self.pause(rule.delay)
            finally:
                self._lock.acquire()
        if rule.then is DROP:
            return DROP
        if rule.make is not None:
            resp = rule.make(req)
        headers = self.common_headers(req, resp)
        headers.update(resp.headers)
        resp.headers = headers
        return resp

    def _route(self, req: RecordedRequest) -> Response:
        for method, pattern, handler in self._routes:
            if method == req.method:
                match = pattern.match(req.path)
                if match is not None:
                    return handler(req, match)
        return self.not_found(req)
