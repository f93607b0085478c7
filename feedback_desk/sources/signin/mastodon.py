"""Mastodon: register the app on the owner's server, then authorization code + PKCE with
a loopback redirect; `verify_credentials` names the one account to connect."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode, urlsplit

import requests

from ...core.clock import Clock
from ...core.model import Platform
from ...core.redaction import remember_secret
from ...core.texts import translate
from ...store.accounts import Account
from ..http import Slowdown, json_or_none
from .base import (
    DEFAULT_TIMEOUT,
    Candidate,
    LoopbackSignIn,
    SignInFailed,
    SignInPrompt,
    plain_text,
)

MASTODON_SCOPES = "read:accounts read:notifications read:statuses write:statuses"


class MastodonSignIn(LoopbackSignIn):
    """Mastodon: register the app on the owner's server, then authorize."""

    def __init__(
        self,
        platform: Platform,
        instance: str,
        auth_base: str,
        api_base: str,
        clock: Clock,
        taken: set[str],
    ) -> None:
        super().__init__(platform, clock, taken)
        self._instance = instance
        self._auth = auth_base
        self._api = api_base
        self._client_id = ""
        self._client_secret = ""
        self._token = ""

    def start(self) -> SignInPrompt:
        redirect = self._listen()
        try:
            with self._in_words():
                app = self._http.call(
                    "POST",
                    f"{self._api}/api/v1/apps",
                    self._errors,
                    data={
                        "client_name": "Feedback Desk",
                        "redirect_uris": redirect,
                        "scopes": MASTODON_SCOPES,
                    },
                    allow_redirects=False,
                )
        except BaseException:
            self._listener.close()
            raise
        client_id = app.get("client_id") if isinstance(app, dict) else None
        client_secret = app.get("client_secret") if isinstance(app, dict) else None
        if not isinstance(client_id, str) or not isinstance(client_secret, str):
            self._listener.close()
            raise SignInFailed(
                translate(
                    "SignIn",
                    "The Mastodon server did not register Feedback Desk (an unexpected answer). "
                    "Check the server address.",
                )
            )
        remember_secret(client_secret)
        self._client_id, self._client_secret = client_id, client_secret
        query = {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect,
            "scope": MASTODON_SCOPES,
            "state": self._state,
            "code_challenge": self._challenge(),
            "code_challenge_method": "S256",
        }
        expires = self._clock() + timedelta(seconds=DEFAULT_TIMEOUT)
        return SignInPrompt(f"{self._auth}/oauth/authorize?{urlencode(query)}", None, expires)

    def _exchange(self, code: str, scope: str | None) -> None:
        body = self._http.call(
            "POST",
            f"{self._auth}/oauth/token",
            self._errors,
            data={
                "grant_type": "authorization_code",
                "code": code,
                "client_id": self._client_id,
                "client_secret": self._client_secret,
                "redirect_uri": self._redirect_uri,
                "code_verifier": self._verifier,
                "scope": MASTODON_SCOPES,
            },
            allow_redirects=False,
        )
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise SignInFailed(
                translate("SignIn", "The Mastodon server answered without a token. Start again.")
            )
        remember_secret(token)
        self._token = token
        self._http.session.headers["Authorization"] = f"Bearer {token}"

    def _errors(self, response: requests.Response) -> Slowdown | None:
        status = response.status_code
        if status == 429:
            return Slowdown(30.0, "Mastodon: too many requests")
        if status < 400 or status >= 500:
            return None
        body = json_or_none(response)
        said = ""
        if isinstance(body, dict):
            said = plain_text(body.get("error_description")) or plain_text(body.get("error")) or ""
        raise SignInFailed(
            translate(
                "SignIn", "The Mastodon server refused the sign-in ({reason}). Start again."
            ).format(reason=said[:200] or f"HTTP {status}")
        )

    def _list(self) -> list[Candidate]:
        me = self._get(f"{self._api}/api/v1/accounts/verify_credentials", self._errors)
        username = plain_text(me.get("username"))
        account_id = plain_text(me.get("id"))
        if not username or not account_id:
            return []
        host = urlsplit(self._instance).netloc
        shown = plain_text(me.get("display_name")) or username
        candidate = Candidate(
            Platform.MASTODON,
            f"{username}@{host}",
            shown,
            translate("SignIn", "Mastodon account @{username}@{host}").format(
                username=username, host=host
            ),
            shown,
        )
        settings = {
            "instance": self._instance,
            "account_id": account_id,
            "client_id": self._client_id,
        }
        if self._api != self._instance:
            settings["api_base"] = self._api
        secret = {"token": self._token, "client_secret": self._client_secret}
        return [self._offer(candidate, settings, secret)]

    def _same(self, account: Account, candidate: Candidate) -> bool:
        s = account.settings
        same_server = urlsplit(s.get("instance", "")).netloc == urlsplit(self._instance).netloc
        known = s.get("account_id")
        return same_server and (
            known is None or known == self._settings[candidate.ident]["account_id"]
        )

    def _nothing_to_connect(self) -> str:
        return translate(
            "SignIn",
            "Signed in, but the Mastodon server did not say which account it was. Try again.",
        )
