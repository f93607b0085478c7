"""Google OAuth for the owner's own client: a refresh token buys short-lived access tokens.

The access token is kept until shortly before it runs out, put on the account's session as
`Authorization: Bearer ...`, and renewed once by itself when an API call answers 401
UNAUTHENTICATED. A refresh token that Google no longer honours (revoked, expired) ends with
TokenExpired, so the account is marked "needs reconnecting". No token or secret is ever put
into a message or a log line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import requests

from ..core.clock import Clock, system_clock
from ..core.errors import MalformedPayload, PlatformRefused
from ..core.redaction import remember_secret
from ..core.texts import translate
from .http import Interpret, PlatformHttp, Slowdown, json_or_none, sane_seconds

log = logging.getLogger(__name__)

DEFAULT_TOKEN_URL = "https://oauth2.googleapis.com/token"
EARLY = timedelta(seconds=60)  # renew this long before Google says the token runs out
MAX_LIFETIME = (
    24 * 3600.0
)  # Google's access tokens last an hour; never trust one for longer than a day


class GoogleNotFound(PlatformRefused):
    """Google answered 404 NOT_FOUND (a review or comment that is gone, a wrong id)."""


@dataclass(frozen=True)
class GoogleError:
    """Google's error envelope: {"error": {"code", "message", "status", "errors": [...]}}."""

    code: int
    message: str
    status: str = ""
    reasons: tuple[str, ...] = field(default_factory=tuple)


def google_error(response: requests.Response) -> GoogleError:
    """Read the envelope; an answer without one still gives the HTTP status."""
    body = json_or_none(response)
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return GoogleError(response.status_code, f"HTTP {response.status_code}")
    message = error.get("message")
    status = error.get("status")
    reasons = tuple(
        str(item["reason"])
        for item in error.get("errors") or []
        if isinstance(item, dict) and isinstance(item.get("reason"), str)
    )
    return GoogleError(
        response.status_code,
        str(message)[:300]
        if isinstance(message, str) and message
        else f"HTTP {response.status_code}",
        str(status) if isinstance(status, str) else "",
        reasons,
    )


class _Unauthenticated(Exception):
    """An API call answered 401: the access token may just have run out."""


class GoogleAuth:
    """Access tokens for one account's session, from the owner's refresh token."""

    def __init__(
        self,
        http: PlatformHttp,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        token_url: str = DEFAULT_TOKEN_URL,
        clock: Clock = system_clock,
    ) -> None:
        self._http = http
        self._client_id = client_id
        self._client_secret = client_secret
        self._refresh_token = refresh_token
        self._token_url = token_url
        remember_secret(client_secret, refresh_token)
        self.clock = clock
        self._valid_until: datetime | None = None
        self.refreshes = 0  # how many access tokens this session has asked for

    def __repr__(self) -> str:  # never show the secrets, even in a debugger or traceback
        return f"GoogleAuth(account={self._http.account!r}, client_id={self._client_id!r})"

    def ensure(self) -> None:
        """Have a usable access token on the session (asking for one if needed)."""
        if self._valid_until is None or self.clock() >= self._valid_until:
            self.refresh()

    def refresh(self) -> None:
        """Ask Google for a new access token with the refresh token."""
        self._http.session.headers.pop("Authorization", None)
        self._valid_until = None
        body = self._http.call(
            "POST",
            self._token_url,
            self._token_errors,
            data={
                "grant_type": "refresh_token",
                "refresh_token": self._refresh_token,
                "client_id": self._client_id,
                "client_secret": self._client_secret,
            },
            headers={"Accept": "application/json"},
            allow_redirects=False,  # the secrets are in the body: never re-posted anywhere
        )
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise MalformedPayload(
                translate(
                    "GoogleAuth",
                    "Google's sign-in answered without an access token for account {account}. "
                    "Try again later.",
                ).format(account=repr(self._http.account)),
                self._http.account,
            )
        remember_secret(token)  # a platform error that quotes it back is hidden too
        try:
            # 10**30 or "nan" is not an overflow: a lifetime is at most a day, so the token
            # is renewed then whatever Google claimed.
            seconds = float(body.get("expires_in", 3600))
            lifetime = timedelta(seconds=min(sane_seconds(seconds), MAX_LIFETIME))
        except (TypeError, ValueError):
            lifetime = timedelta(seconds=3600)
        early = EARLY if lifetime > 2 * EARLY else lifetime / 2
        self._valid_until = self.clock() + max(lifetime - early, timedelta(0))
        self._http.session.headers["Authorization"] = f"Bearer {token}"
        self.refreshes += 1
        log.info("%s: got a new Google access token", self._http.account)

    def call(self, method: str, url: str, interpret: Interpret, **kwargs: Any) -> Any:
        """PlatformHttp.call with a valid token; a 401 renews the token and tries once more
        (a second 401 goes to `interpret`, which says the account must be reconnected)."""
        self.ensure()

        def first(response: requests.Response) -> Slowdown | None:
            if response.status_code == 401:
                raise _Unauthenticated
            return interpret(response)

        try:
            return self._http.call(method, url, first, **kwargs)
        except _Unauthenticated:
            log.info(
                "%s: Google said the access token no longer works; renewing it", self._http.account
            )
        self.refresh()
        return self._http.call(method, url, interpret, **kwargs)

    def _token_errors(self, response: requests.Response) -> Slowdown | None:
        status = response.status_code
        if 300 <= status < 400:
            raise self._http.refused(
                translate(
                    "GoogleAuth",
                    "Google sign-in answered with a redirect (HTTP {status}), which Feedback "
                    "Desk does not follow for a sign-in, so the client secret and refresh token "
                    "were not sent again. Check the account's token address",
                ).format(status=status)
            )
        if status < 400 or status >= 500:
            return None
        body = json_or_none(response)
        error = body.get("error") if isinstance(body, dict) else None
        described = body.get("error_description") if isinstance(body, dict) else None
        description = str(described)[:300] if isinstance(described, str) and described else ""
        if error == "invalid_grant":
            raise self._http.token_expired(
                description
                or translate(
                    "GoogleAuth", "the permission given to Feedback Desk was withdrawn or ran out"
                )
            )
        if error in ("invalid_client", "unauthorized_client"):
            raise self._http.token_expired(
                translate("GoogleAuth", "{reason}; check the client id and client secret").format(
                    reason=description
                    or translate("GoogleAuth", "the OAuth client was not accepted")
                )
            )
        if status == 429:
            wait = self._http.wait_asked(response)
            return Slowdown(60.0 if wait is None else wait, "Google sign-in: too many requests")
        if isinstance(error, dict):  # some endpoints answer with the API envelope instead
            raise self._http.refused(google_error(response).message)
        reason = description or (str(error)[:100] if isinstance(error, str) else "")
        raise self._http.refused(
            translate("GoogleAuth", "Google sign-in failed: {reason}").format(
                reason=reason or f"HTTP {status}"
            )
        )
