"""Google reviews and YouTube: one Google sign-in (authorization code + PKCE, loopback
redirect), then the Business Profile locations or the YouTube channels to connect."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import requests

from ...core.clock import Clock
from ...core.model import Platform
from ...core.redaction import remember_secret
from ...core.texts import QT_TRANSLATE_NOOP, translate
from ...store.accounts import Account
from ..clients import AppRegistration
from ..google_auth import google_error
from ..http import Slowdown, json_or_none
from .base import (
    DEFAULT_TIMEOUT,
    MAX_PAGES,
    Candidate,
    LoopbackSignIn,
    SignInFailed,
    SignInPrompt,
    address_words,
    objects_in,
    plain_text,
)

GOOGLE_AUTH = "https://accounts.google.com"
GOOGLE_TOKEN = "https://oauth2.googleapis.com"
GOOGLE_ACCOUNTS_API = "https://mybusinessaccountmanagement.googleapis.com"
GOOGLE_INFO_API = "https://mybusinessbusinessinformation.googleapis.com"
YOUTUBE_API = "https://www.googleapis.com"

BUSINESS_SCOPE = "https://www.googleapis.com/auth/business.manage"
YOUTUBE_SCOPE = "https://www.googleapis.com/auth/youtube.force-ssl"
GOOGLE_SCOPES = {
    Platform.GOOGLE: (
        BUSINESS_SCOPE,
        QT_TRANSLATE_NOOP(
            "SignIn",
            "Google did not give Feedback Desk permission to manage your Business Profile "
            "reviews ({scope}); sign in again and leave that box ticked. Nothing was stored.",
        ),
    ),
    Platform.YOUTUBE: (
        YOUTUBE_SCOPE,
        QT_TRANSLATE_NOOP(
            "SignIn",
            "Google did not give Feedback Desk permission to read and answer comments on your "
            "YouTube channel ({scope}); sign in again and leave that box ticked. Nothing was "
            "stored.",
        ),
    ),
}


class GoogleSignIn(LoopbackSignIn):
    """Google reviews and YouTube: one Google sign-in, asking for the scope needed."""

    def __init__(
        self,
        platform: Platform,
        registration: AppRegistration,
        auth_base: str | None,
        api_base: str | None,
        clock: Clock,
        taken: set[str],
    ) -> None:
        super().__init__(platform, clock, taken)
        self._app = registration
        self._scope, self._scope_refused = GOOGLE_SCOPES[platform]
        self._auth_url = f"{auth_base or GOOGLE_AUTH}/o/oauth2/v2/auth"
        self._token_url = f"{auth_base or GOOGLE_TOKEN}/token"
        self._custom_token_url = auth_base is not None
        self._api_base = api_base
        self._refresh_token = ""

    def start(self) -> SignInPrompt:
        redirect = self._listen()
        query = {
            "client_id": self._app.client_id,
            "redirect_uri": redirect,
            "response_type": "code",
            "scope": self._scope,
            "state": self._state,
            "code_challenge": self._challenge(),
            "code_challenge_method": "S256",
            "access_type": "offline",
            "prompt": "consent",  # a refresh token every time, also on a reconnect
        }
        expires = self._clock() + timedelta(seconds=DEFAULT_TIMEOUT)
        return SignInPrompt(f"{self._auth_url}?{urlencode(query)}", None, expires)

    def _exchange(self, code: str, scope: str | None) -> None:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "client_id": self._app.client_id,
            "redirect_uri": self._redirect_uri,
            "code_verifier": self._verifier,
        }
        if self._app.secret:
            form["client_secret"] = self._app.secret
        body = self._http.call(
            "POST",
            self._token_url,
            self._token_errors,
            data=form,
            headers={"Accept": "application/json"},
            allow_redirects=False,
        )
        if not isinstance(body, dict):
            raise SignInFailed(
                translate(
                    "SignIn", "Google answered the sign-in in an unexpected shape. Try again."
                )
            )
        access, refresh = body.get("access_token"), body.get("refresh_token")
        remember_secret(
            access if isinstance(access, str) else None,
            refresh if isinstance(refresh, str) else None,
        )
        granted = body.get("scope")
        if isinstance(granted, str) and self._scope not in granted.split():
            short = self._scope.rsplit("/", 1)[-1]
            raise SignInFailed(translate("SignIn", self._scope_refused).format(scope=short))
        if not isinstance(access, str) or not access:
            raise SignInFailed(
                translate("SignIn", "Google's sign-in answered without an access token. Try again.")
            )
        if not isinstance(refresh, str) or not refresh:
            raise SignInFailed(
                translate(
                    "SignIn",
                    "Google gave no lasting permission (no refresh token), so the account could "
                    "not stay connected. Start again.",
                )
            )
        self._refresh_token = refresh
        self._http.session.headers["Authorization"] = f"Bearer {access}"

    def _token_errors(self, response: requests.Response) -> Slowdown | None:
        status = response.status_code
        if status == 429:
            return Slowdown(30.0, "Google sign-in: too many requests")
        if status < 400 or status >= 500:
            return None
        body = json_or_none(response)
        error = body.get("error") if isinstance(body, dict) else None
        said = body.get("error_description") if isinstance(body, dict) else None
        if error in ("invalid_client", "unauthorized_client"):
            raise SignInFailed(
                translate(
                    "SignIn",
                    "Google did not accept this copy's sign-in registration (its client id or "
                    "secret). Check 'Use my own app' in Settings, or the build settings.",
                )
            )
        words = said if isinstance(said, str) and said else error if isinstance(error, str) else ""
        raise SignInFailed(
            translate(
                "SignIn", "Google refused to finish the sign-in ({reason}). Start again."
            ).format(reason=str(words)[:200] or f"HTTP {status}")
        )

    def _api_errors(self, response: requests.Response) -> Slowdown | None:
        status = response.status_code
        if status == 429:
            return Slowdown(30.0, "Google: too many requests")
        if status < 400 or status >= 500:
            return None
        raise SignInFailed(
            translate(
                "SignIn", "Signed in, but Google refused to list what you manage: {reason}"
            ).format(reason=google_error(response).message)
        )

    def _list(self) -> list[Candidate]:
        if self.platform is Platform.YOUTUBE:
            return self._channels()
        return self._locations()

    def _channels(self) -> list[Candidate]:
        found: list[Candidate] = []
        url = f"{self._api_base or YOUTUBE_API}/youtube/v3/channels"
        token: str | None = None
        for _ in range(MAX_PAGES):
            params: dict[str, Any] = {"part": "snippet", "mine": "true", "maxResults": 50}
            if token:
                params["pageToken"] = token
            body = self._get(url, self._api_errors, **params)
            for item in objects_in(body.get("items")):
                channel = str(item.get("id") or "")
                found_snippet = item.get("snippet")
                snippet: dict[str, Any] = found_snippet if isinstance(found_snippet, dict) else {}
                title = plain_text(snippet.get("title")) or channel
                handle = plain_text(snippet.get("customUrl"))
                if not channel:
                    continue
                candidate = Candidate(
                    Platform.YOUTUBE,
                    channel,
                    title,
                    (
                        translate("SignIn", "YouTube channel {title} ({handle})")
                        if handle
                        else translate("SignIn", "YouTube channel {title}")
                    ).format(title=title, handle=handle),
                    title,
                )
                found.append(self._offer(candidate, self._google_settings(channel_id=channel),
                                         self._google_secret()))  # fmt: skip
            token = plain_text(body.get("nextPageToken"))
            if not token:
                break
        return found

    def _locations(self) -> list[Candidate]:
        found: list[Candidate] = []
        accounts_url = f"{self._api_base or GOOGLE_ACCOUNTS_API}/v1/accounts"
        for account in self._paged(accounts_url, "accounts", {"pageSize": 20}):
            account_name = plain_text(account.get("name"))  # "accounts/111"
            if not account_name or not account_name.startswith("accounts/"):
                continue
            owner = plain_text(account.get("accountName")) or account_name
            url = f"{self._api_base or GOOGLE_INFO_API}/v1/{account_name}/locations"
            params = {"readMask": "name,title,storefrontAddress", "pageSize": 100}
            for location in self._paged(url, "locations", params):
                location_name = plain_text(location.get("name"))  # "locations/222"
                if not location_name or not location_name.startswith("locations/"):
                    continue
                title = plain_text(location.get("title")) or location_name
                where = address_words(location.get("storefrontAddress"))
                ident = f"{account_name}/{location_name}"
                candidate = Candidate(
                    Platform.GOOGLE,
                    ident,
                    title,
                    (
                        translate(
                            "SignIn",
                            "Google Business Profile location {title}, {address} (in {owner})",
                        )
                        if where
                        else translate(
                            "SignIn", "Google Business Profile location {title} (in {owner})"
                        )
                    ).format(title=title, address=where, owner=owner),
                    title,
                )
                settings = self._google_settings(
                    account_id=account_name.split("/", 1)[1],
                    location_id=location_name.split("/", 1)[1],
                )
                found.append(self._offer(candidate, settings, self._google_secret()))
        return found

    def _paged(self, url: str, key: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        token: str | None = None
        for _ in range(MAX_PAGES):
            asked = dict(params, **({"pageToken": token} if token else {}))
            body = self._get(url, self._api_errors, **asked)
            yield from objects_in(body.get(key))
            token = plain_text(body.get("nextPageToken"))
            if not token:
                return

    def _google_settings(self, **ids: str) -> dict[str, str]:
        settings = dict(ids, client_id=self._app.client_id)
        if self._custom_token_url:
            settings["token_url"] = self._token_url
        if self._api_base:
            settings["api_base"] = self._api_base
        return settings

    def _google_secret(self) -> dict[str, str]:
        return {"client_secret": self._app.secret, "refresh_token": self._refresh_token}

    def _same(self, account: Account, candidate: Candidate) -> bool:
        s = account.settings
        if self.platform is Platform.YOUTUBE:
            return s.get("channel_id") == candidate.ident
        return f"accounts/{s.get('account_id')}/locations/{s.get('location_id')}" == candidate.ident

    def _nothing_to_connect(self) -> str:
        if self.platform is Platform.YOUTUBE:
            return translate(
                "SignIn",
                "Signed in, but that Google account has no YouTube channel. Sign in with the "
                "Google account that owns the channel.",
            )
        return translate(
            "SignIn",
            "Signed in, but that Google account manages no Business Profile location. Sign in "
            "with the Google account that manages the shop's verified location.",
        )
