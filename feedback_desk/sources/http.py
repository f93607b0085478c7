"""Talking to platforms over HTTP: timeouts, retries with backoff, rate limits, redaction.

Every call has a timeout. A read (GET, HEAD) that fails on a connection error or a 5xx
answer is retried with growing pauses. A request that changes something (posting a reply) is
never re-sent once it may have reached the platform: a timeout, a cut connection or a 5xx
after it was sent ends the call with DeliveryUnknown, and the outbox asks the platform before
trying again. Only a connection that never opened is retried for those. A platform's own
"slow down" (429 with Retry-After, Graph throttling codes,
Google RESOURCE_EXHAUSTED, Mastodon X-RateLimit-Reset) is waited out when the wait is
short, and otherwise ends the call with RateLimited saying when to try again. Nothing
here ever puts a token into a message.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from urllib3.exceptions import NewConnectionError

from ..core.clock import Clock, system_clock
from ..core.errors import (
    DeliveryUnknown,
    MalformedPayload,
    Offline,
    PlatformRefused,
    RateLimited,
    TokenExpired,
)
from ..core.redaction import redact

log = logging.getLogger(__name__)

TIMEOUT = (5.0, 30.0)  # connect, read (seconds)
READS = frozenset({"GET", "HEAD", "OPTIONS"})  # safe to ask again: they change nothing


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
        sleep: Callable[[float], None] = time.sleep,
        clock: Clock = system_clock,
    ) -> None:
        self.platform = platform
        self.account = account
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = "FeedbackDesk/0.1 (+desktop app)"
        self.policy = policy or Policy()
        self._sleep = sleep
        self._clock = clock

    def call(self, method: str, url: str, interpret: Interpret, **kwargs: Any) -> Any:
        """Make the request and return its JSON body (None for an empty body)."""
        response = self.request(method, url, interpret, **kwargs)
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            raise MalformedPayload(
                f"{self.platform} sent an answer that is not JSON (for account "
                f"{self.account!r}). Nothing was changed; try again later.",
                self.account,
            ) from None

    def request(
        self, method: str, url: str, interpret: Interpret, **kwargs: Any
    ) -> requests.Response:
        kwargs.setdefault("timeout", self.policy.timeout)
        reading = method.upper() in READS
        failures = 0
        waited = 0
        while True:
            try:
                response = self.session.request(method, url, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as error:
                failures += 1
                log.info(
                    "%s: %s %s failed (%s)", self.account, method, redact(url), type(error).__name__
                )
                if not reading and not never_sent(error):
                    raise self.delivery_unknown(
                        "the connection broke off before an answer"
                    ) from None
                if failures >= self.policy.attempts:
                    raise Offline(
                        f"Could not reach {self.platform} for account {self.account!r}. "
                        "Check the internet connection; everything stored here still works.",
                        self.account,
                    ) from None
                self._pause(failures)
                continue
            log.debug("%s: %s %s -> %s", self.account, method, redact(url), response.status_code)
            if not reading and response.status_code >= 500:
                # The platform may have done it before failing to say so.
                raise self.delivery_unknown(f"it answered HTTP {response.status_code}")
            slowdown = interpret(response)
            if slowdown is None and response.status_code >= 500:
                failures += 1
                if failures >= self.policy.attempts:
                    raise PlatformRefused(
                        f"{self.platform} kept failing (HTTP {response.status_code}) for "
                        f"account {self.account!r}. Try again later.",
                        self.account,
                    )
                self._pause(failures, retry_after(response, self._clock))
                continue
            if slowdown is not None and not reading and not slowdown.refused:
                raise self.delivery_unknown(slowdown.reason)
            if slowdown is not None:
                waited += 1
                if slowdown.seconds > self.policy.longest_wait or waited > self.policy.waits:
                    retry_at = self._clock() + timedelta(seconds=max(slowdown.seconds, 60.0))
                    local = retry_at.astimezone().strftime("%H:%M")
                    raise RateLimited(
                        f"{self.platform} asked Feedback Desk to slow down ({slowdown.reason}) "
                        f"for account {self.account!r}. Try again at {local}.",
                        retry_at,
                        self.account,
                    )
                log.info(
                    "%s: rate limited (%s), waiting %.0f s",
                    self.account,
                    slowdown.reason,
                    slowdown.seconds,
                )
                self._sleep(max(slowdown.seconds, 0.0))
                continue
            return response

    def _pause(self, failures: int, asked: float | None = None) -> None:
        pause = min(self.policy.first_pause * 2 ** (failures - 1), self.policy.longest_pause)
        self._sleep(max(pause, asked or 0.0))

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
            f"{self.platform} did not confirm the request for account {self.account!r} "
            f"({what}), so it may or may not have arrived. Feedback Desk will ask "
            f"{self.platform} before sending it again.",
            self.account,
        )

    def token_expired(self, reason: str) -> TokenExpired:
        return TokenExpired(
            f"{self.platform} says the token for account {self.account!r} no longer works "
            f"({reason}). Reconnect the account.",
            self.account,
        )

    def refused(self, reason: str) -> PlatformRefused:
        return PlatformRefused(
            f"{self.platform} refused the request for account {self.account!r}: {reason}",
            self.account,
        )


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
        raise PlatformRefused(f"{what} {url!r} is not a web address (https://...).")
    loopback = host in ("localhost", "::1") or host.startswith("127.")
    if parts.scheme == "http" and not loopback:
        raise PlatformRefused(
            f"{what} {url!r} uses plain http, which would send your token unencrypted. "
            "Use https (plain http is only allowed to this computer)."
        )
    return url.strip().rstrip("/")
