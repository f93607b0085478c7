"""Talking to platforms over HTTP: timeouts, retries with backoff, rate limits, redaction.

Every call has a timeout. A read (GET, HEAD) that fails on a connection error or a 5xx
answer is retried with growing pauses. A request that changes something (posting a reply) is
never re-sent once it may have reached the platform: a timeout, a cut connection or a 5xx
after it was sent ends the call with DeliveryUnknown, and the outbox asks the platform before
trying again. Only a connection that never opened is retried for those. A platform's own
"slow down" (429 with Retry-After, Graph throttling codes,
Google RESOURCE_EXHAUSTED, Mastodon X-RateLimit-Reset) is waited out when the wait is
short, and otherwise ends the call with RateLimited saying when to try again (a 5xx's
Retry-After too: an hour's maintenance is not sat out). Nothing here ever puts a token into
a message.

Nothing here waits without end: one exchange (connecting, the answer and its whole body) has
a deadline, so a server that trickles a byte every few seconds is cut off; a body larger
than Policy.max_body is not read on; every pause is cut short when the owner stops (the
`cancel` event), which ends the call with Cancelled within a fraction of a second.
"""

from __future__ import annotations

import contextlib
import email.utils
import logging
import math
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from urllib3.exceptions import NewConnectionError

from ..core.clock import Clock, system_clock
from ..core.errors import (
    Cancelled,
    DeliveryUnknown,
    MalformedPayload,
    Offline,
    PlatformRefused,
    RateLimited,
    TokenExpired,
)
from ..core.redaction import redact
from ..core.texts import translate

log = logging.getLogger(__name__)

TIMEOUT = (5.0, 30.0)  # connect, read (seconds)
READS = frozenset({"GET", "HEAD", "OPTIONS"})  # safe to ask again: they change nothing
MB = 1024 * 1024
CHUNK = 64 * 1024  # a body is read this much at a time
POLL = 0.05  # seconds between looks at the stop button and the clock while a request runs
# The furthest "try again at" a platform's slow-down can set: a Retry-After or throttle
# header of 10**30 seconds means "much later", not an overflow.
LONGEST_ASKED = 7 * 24 * 3600.0


@dataclass(frozen=True)
class Slowdown:
    """The platform asked us to wait `seconds` (or until `until`) before asking again."""

    seconds: float
    reason: str
    # True: the platform refused before doing anything ("too many requests"), so asking again
    # is safe even for a reply. False: a hiccup of its own, after which it may have done it.
    refused: bool = True


@dataclass(frozen=True)
class Policy:
    attempts: int = 4  # tries for connection errors and server errors
    first_pause: float = 1.0  # seconds; doubles each time
    longest_pause: float = 30.0
    longest_wait: float = 90.0  # rate-limit waits up to this are sat out; longer ones stop
    waits: int = 5  # how many times one call may be told to wait before we stop asking
    timeout: tuple[float, float] = TIMEOUT  # connect, read (seconds)
    deadline: float = 120.0  # one exchange (connect, answer, whole body) at most (seconds)
    # One call, its retries and the waits between them included, at most (seconds): past it
    # the call ends, however the platform misbehaves.
    call_deadline: float = 300.0
    max_body: int = 20 * MB  # an answer longer than this is not read on


class _TooSlow(requests.Timeout):
    """The exchange passed Policy.deadline (a trickling or stalled server)."""


class _TooLarge(Exception):
    """The answer's body is larger than Policy.max_body."""


# Reads a platform's answer: returns None when it is fine, a Slowdown to wait and retry,
# or raises the platform's own problem (token expired, refused...).
Interpret = Callable[[requests.Response], Slowdown | None]


class PlatformHttp:
    """One requests.Session per account, with the rules above."""

    def __init__(
        self,
        platform: str,
        account: str,
        session: requests.Session | None = None,
        policy: Policy | None = None,
        sleep: Callable[[float], None] | None = None,
        clock: Clock = system_clock,
        cancel: threading.Event | None = None,
    ) -> None:
        """`sleep` replaces the pauses (tests); by default they are waits on `cancel`,
        which also stops any request in flight when it is set."""
        self.platform = platform
        self.account = account
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = "FeedbackDesk/0.1 (+desktop app)"
        self.session.hooks["response"].append(self._refuse_redirect_elsewhere)
        self.policy = policy or Policy()
        self._sleep = sleep
        self._clock = clock
        self.cancel = cancel or threading.Event()
        self._call_ends = math.inf  # set by each call from Policy.call_deadline

    def call(self, method: str, url: str, interpret: Interpret, **kwargs: Any) -> Any:
        """Make the request and return its JSON body (None for an empty body)."""
        response = self.request(method, url, interpret, **kwargs)
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            raise MalformedPayload(
                translate(
                    "Sync",
                    "{platform} sent an answer that is not JSON (for account {account}). "
                    "Nothing was changed; try again later.",
                ).format(platform=self.platform, account=repr(self.account)),
                self.account,
            ) from None

    def request(
        self, method: str, url: str, interpret: Interpret, **kwargs: Any
    ) -> requests.Response:
        reading = method.upper() in READS
        failures = 0
        waited = 0
        self._call_ends = time.monotonic() + self.policy.call_deadline
        while True:
            self._stop_if_cancelled()
            if time.monotonic() >= self._call_ends:
                raise self._out_of_time()
            try:
                response = self._exchange(method, url, kwargs, reading)
            except _TooLarge:
                if not reading:
                    raise self.delivery_unknown(
                        translate("Sync", "its answer was too large to read")
                    ) from None
                raise MalformedPayload(
                    translate(
                        "Sync",
                        "{platform} sent an answer larger than {size} MB for account "
                        "{account}; stopped reading it. Nothing from it was stored.",
                    ).format(
                        platform=self.platform,
                        size=f"{self.policy.max_body / MB:g}",
                        account=repr(self.account),
                    ),
                    self.account,
                ) from None
            except (requests.ConnectionError, requests.Timeout) as error:
                failures += 1
                log.info(
                    "%s: %s %s failed (%s)", self.account, method, redact(url), type(error).__name__
                )
                if not reading and not never_sent(error):
                    raise self.delivery_unknown(
                        translate("Sync", "the connection broke off before an answer")
                    ) from None
                if failures >= self.policy.attempts:
                    if isinstance(error, _TooSlow | requests.ReadTimeout):
                        why = (
                            translate("Sync", "no complete answer within {seconds} s").format(
                                seconds=f"{self.policy.deadline:g}"
                            )
                            if isinstance(error, _TooSlow)
                            else translate("Sync", "it stopped sending")
                        )
                        raise Offline(
                            translate(
                                "Sync",
                                "{platform} answered too slowly for account {account} ({why}). "
                                "Try again later; everything stored here still works.",
                            ).format(platform=self.platform, account=repr(self.account), why=why),
                            self.account,
                        ) from None
                    raise Offline(
                        translate(
                            "Sync",
                            "Could not reach {platform} for account {account}. Check the "
                            "internet connection; everything stored here still works.",
                        ).format(platform=self.platform, account=repr(self.account)),
                        self.account,
                    ) from None
                self._pause(failures)
                continue
            log.debug("%s: %s %s -> %s", self.account, method, redact(url), response.status_code)
            if not reading and response.status_code >= 500:
                # The platform may have done it before failing to say so.
                raise self.delivery_unknown(
                    translate("Sync", "it answered HTTP {status}").format(
                        status=response.status_code
                    )
                )
            slowdown = interpret(response)
            if slowdown is None and response.status_code >= 500:
                failures += 1
                if failures >= self.policy.attempts:
                    raise PlatformRefused(
                        translate(
                            "Sync",
                            "{platform} kept failing (HTTP {status}) for account {account}. "
                            "Try again later.",
                        ).format(
                            platform=self.platform,
                            status=response.status_code,
                            account=repr(self.account),
                        ),
                        self.account,
                    )
                asked = retry_after(response, self._clock)
                if asked is not None and asked > self.policy.longest_wait:
                    raise self._rate_limited(
                        translate(
                            "Sync",
                            "{platform} is unavailable (HTTP {status}) for account {account} "
                            "and asked to be left alone for {duration}. Try again at {time}.",
                        ).format(
                            platform=self.platform,
                            status=response.status_code,
                            account=repr(self.account),
                            duration=_duration(asked),
                            time="{time}",
                        ),
                        asked,
                    )
                self._pause(failures, asked)
                continue
            if slowdown is not None and not reading and not slowdown.refused:
                raise self.delivery_unknown(slowdown.reason)
            if slowdown is not None:
                waited += 1
                seconds = sane_seconds(slowdown.seconds)
                if seconds > self.policy.longest_wait or waited > self.policy.waits:
                    raise self._rate_limited(
                        translate(
                            "Sync",
                            "{platform} asked Feedback Desk to slow down ({reason}) for account "
                            "{account}. Try again at {time}.",
                        ).format(
                            platform=self.platform,
                            reason=slowdown.reason,
                            account=repr(self.account),
                            time="{time}",
                        ),
                        seconds,
                    )
                log.info(
                    "%s: rate limited (%s), waiting %.0f s",
                    self.account,
                    slowdown.reason,
                    seconds,
                )
                self._wait(seconds)
                continue
            return response

    def _rate_limited(self, what: str, seconds: float) -> RateLimited:
        """RateLimited: `what` happened (a sentence ending "Try again at {time}."); try again
        after `seconds` (at least a minute, at most LONGEST_ASKED)."""
        retry_at = self._clock() + timedelta(seconds=max(sane_seconds(seconds), 60.0))
        local = retry_at.astimezone().strftime("%H:%M")
        if retry_at - self._clock() >= timedelta(hours=20):
            local = retry_at.astimezone().strftime("%a %d %b %H:%M")
        return RateLimited(what.replace("{time}", local), retry_at, self.account)

    def _pause(self, failures: int, asked: float | None = None) -> None:
        pause = min(self.policy.first_pause * 2 ** (failures - 1), self.policy.longest_pause)
        self._wait(max(pause, sane_seconds(asked or 0.0)))

    def _wait(self, seconds: float) -> None:
        """Sit out a pause; the stop button cuts it short with Cancelled. A pause that would
        end past the call's deadline is not begun."""
        if time.monotonic() + seconds > self._call_ends:
            raise self._out_of_time()
        if self._sleep is not None:
            self._sleep(seconds)
        elif self.cancel.wait(max(seconds, 0.0)):
            raise Cancelled()
        self._stop_if_cancelled()

    def _out_of_time(self) -> Offline:
        return Offline(
            translate(
                "Sync",
                "{platform} did not give a usable answer to account {account} within "
                "{duration}, retries included; stopped. Try again later; everything stored "
                "here still works.",
            ).format(
                platform=self.platform,
                account=repr(self.account),
                duration=_duration(self.policy.call_deadline),
            ),
            self.account,
        )

    def _stop_if_cancelled(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()

    # ------------------------------------------------------------------ one exchange

    def _exchange(
        self, method: str, url: str, kwargs: dict[str, Any], reading: bool
    ) -> requests.Response:
        """One request and its whole body, on a helper thread, while this one watches the
        clock and the stop button. Past the deadline (or on Stop) the connection is hung up
        and the helper left to end by itself; it is a daemon and never keeps the app open."""
        deadline = min(time.monotonic() + self.policy.deadline, self._call_ends)
        state: dict[str, Any] = {}
        done = threading.Event()

        def work() -> None:
            try:
                state["response"] = self._fetch(method, url, kwargs, deadline, state)
            except BaseException as error:
                state["error"] = error
            finally:
                done.set()

        threading.Thread(target=work, name=f"http {self.platform}", daemon=True).start()
        while not done.wait(POLL):
            stopped = self.cancel.is_set()
            if stopped or time.monotonic() >= deadline:
                state["abandoned"] = True
                _hang_up(state.get("response_started"))
                if stopped:
                    if not reading:
                        raise self.delivery_unknown(
                            translate("Sync", "it was stopped before an answer came")
                        )
                    raise Cancelled()
                raise _TooSlow(f"no complete answer within {self.policy.deadline:g} s")
        if "error" in state:
            raise state["error"]
        response: requests.Response = state["response"]
        return response

    def _fetch(
        self,
        method: str,
        url: str,
        kwargs: dict[str, Any],
        deadline: float,
        state: dict[str, Any],
    ) -> requests.Response:
        left = max(deadline - time.monotonic(), 0.001)
        options = dict(kwargs)
        asked = options.pop("timeout", None) or self.policy.timeout
        connect, read = asked if isinstance(asked, tuple) else (asked, asked)
        options["timeout"] = (min(connect, left), min(read, left))
        response = self.session.request(method, url, stream=True, **options)
        state["response_started"] = response
        try:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > self.policy.max_body:
                raise _TooLarge()
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_content(CHUNK):
                size += len(chunk)
                if size > self.policy.max_body:
                    raise _TooLarge()
                if state.get("abandoned"):
                    raise _TooSlow("abandoned")
                chunks.append(chunk)
            response._content = b"".join(chunks)
        except BaseException:
            response.close()
            raise
        response.close()  # the whole body is read: the connection goes back to the pool
        return response

    def wait_asked(
        self, response: requests.Response, reset: datetime | None = None
    ) -> float | None:
        """Seconds the platform asked us to wait: Retry-After, else until `reset`."""
        asked = retry_after(response, self._clock)
        if asked is None and reset is not None:
            asked = max((reset - self._clock()).total_seconds(), 0.0)
        return asked

    def delivery_unknown(self, what: str) -> DeliveryUnknown:
        return DeliveryUnknown(
            translate(
                "Sync",
                "{platform} did not confirm the request for account {account} ({why}), so it "
                "may or may not have arrived. Feedback Desk will ask {platform} before sending "
                "it again.",
            ).format(platform=self.platform, account=repr(self.account), why=what),
            self.account,
        )

    def token_expired(self, reason: str) -> TokenExpired:
        return TokenExpired(
            translate(
                "Sync",
                "{platform} says the token for account {account} no longer works ({reason}). "
                "Reconnect the account.",
            ).format(platform=self.platform, account=repr(self.account), reason=reason),
            self.account,
        )

    def refused(self, reason: str) -> PlatformRefused:
        return PlatformRefused(
            translate(
                "Sync", "{platform} refused the request for account {account}: {reason}"
            ).format(platform=self.platform, account=repr(self.account), reason=reason),
            self.account,
        )

    def _refuse_redirect_elsewhere(
        self, response: requests.Response, *args: Any, **kwargs: Any
    ) -> None:
        """A response hook, run before requests follows a redirect: one to another origin
        (scheme, host, port) is never followed. The Authorization header would be dropped,
        but a 307/308 re-sends the body and a redirect may keep `access_token=` in its query.
        A redirect on the same server is followed as usual."""
        from urllib.parse import urljoin, urlsplit

        from .base import same_origin

        if not response.is_redirect:
            return
        target = urljoin(response.url, response.headers["Location"])
        try:
            if same_origin(target, response.url):
                return
            parts = urlsplit(target)
            where = f"{parts.hostname or 'unknown'}" + (f":{parts.port}" if parts.port else "")
        except ValueError:  # a port that is not a number: not this server either
            where = translate("Sync", "an address that is not valid")
        response.close()
        raise PlatformRefused(
            translate(
                "Sync",
                "{platform} redirected the request for account {account} to another server "
                "({where}). Feedback Desk did not follow it, so no token or data went there. "
                "Check the account's addresses, or try again later.",
            ).format(platform=self.platform, account=repr(self.account), where=where),
            self.account,
        )


def sane_seconds(seconds: float) -> float:
    """A wait a platform asked for, as a number time arithmetic can take: never negative
    or not a number, never past LONGEST_ASKED (10**30 seconds means "much later")."""
    if math.isnan(seconds):
        return LONGEST_ASKED
    return min(max(seconds, 0.0), LONGEST_ASKED)


def _duration(seconds: float) -> str:
    # The count is a name, not an expression: pyside6-lupdate drops a text counted by one.
    if seconds >= 2 * 3600:
        hours = round(seconds / 3600)
        return translate("Sync", "%Ln hour(s)", None, hours)
    minutes = round(seconds / 60)
    return translate("Sync", "%Ln minute(s)", None, minutes)


def _hang_up(response: requests.Response | None) -> None:
    """Close the socket under a response being read on another thread: its blocked read
    ends at once instead of at the next byte."""
    connection = getattr(getattr(response, "raw", None), "_connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def retry_after(response: requests.Response, clock: Clock = system_clock) -> float | None:
    """Seconds to wait from Retry-After (seconds or an HTTP date), if the answer gives one."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max((moment - clock()).total_seconds(), 0.0)


def never_sent(error: requests.RequestException) -> bool:
    """The connection never opened (refused, unknown host, connect timeout): the request
    cannot have reached the platform, so sending it again is safe."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return isinstance(reason, NewConnectionError)


def json_or_none(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def require_https(url: str, what: str) -> str:
    """Plain http only to this computer (tests, a local server); anything else needs https."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise PlatformRefused(
            translate("Sync", "{what} {url} is not a web address (https://...).").format(
                what=what, url=repr(url)
            )
        )
    loopback = host in ("localhost", "::1") or host.startswith("127.")
    if parts.scheme == "http" and not loopback:
        raise PlatformRefused(
            translate(
                "Sync",
                "{what} {url} uses plain http, which would send your token unencrypted. Use "
                "https (plain http is only allowed to this computer).",
            ).format(what=what, url=repr(url))
        )
    return url.strip().rstrip("/")
