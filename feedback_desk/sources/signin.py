"""Signing in with the platform instead of pasting tokens. Qt-free: the Accounts dialog and
`feedback-desk accounts connect` both drive it from a worker thread.

One `SignIn` is one attempt: `start()` gives the page to open in the browser, `wait()` blocks
until the owner has signed in (or denied, or let it time out, or pressed Cancel),
`candidates()` lists what they may connect, and `connect()` stores the ticked ones (ids in
the database, tokens only in the keyring) or `reconnect()` gives an existing account new
tokens. Nothing is stored before `connect()`/`reconnect()`, so every failure leaves nothing.

How each platform is signed in, as its documentation prescribes for installed apps:

- Google (reviews and YouTube share one sign-in): OAuth 2.0 authorization code with PKCE
  (S256) and a loopback redirect to http://127.0.0.1:<port>/ (RFC 8252; Google's "OAuth 2.0
  for iOS & Desktop Apps"), `state` checked, `access_type=offline` and `prompt=consent` so a
  refresh token comes back; GoogleAuth renews access tokens from it. Only the scope the
  platform needs is asked for (business.manage or youtube.force-ssl); a permission the owner
  unticked ends the sign-in naming it.
- Mastodon: the app registers itself on the owner's server (`POST /api/v1/apps` with the
  loopback redirect), then the same authorization code + PKCE + state, `/oauth/token`, and
  `verify_credentials` names the one account. The server's client secret goes with the
  account's token into the keyring.
- Meta (Facebook pages, and the Instagram professional accounts linked to them): Facebook
  Login for Devices. Facebook Login's browser redirect needs an https redirect URI registered
  in the app's settings, which a desktop app on the owner's computer cannot serve (no
  loopback redirect), and a web page of ours in between would see the owner's token. The
  device flow needs neither: the owner opens facebook.com/device, types the code shown,
  and the app polls `device/login_status` (pending 1349174, slow down 1349172, expired
  1349152). It is called with APP_ID|CLIENT_TOKEN, and Meta documents the client token as
  embeddable in native apps; the app secret is never used or shipped. The user token it
  gives is long-lived, so the page tokens read from `/me/accounts` with it are long-lived
  page tokens (no exchange with the app secret needed). Granted permissions are checked with
  `/me/permissions`. Instagram accounts are reached through their linked page's token on
  graph.facebook.com.

`auth_base` and `api_base` replace the scheme and host of every endpoint of the platform
(sign-in page, token, device, every API host) so tests can point them at one local server;
plain http is accepted only on loopback. Every token, code and verifier is remembered for
redaction as soon as it exists and is never put in a log line, message, argv or the database.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import requests

from ..core.clock import Clock, system_clock
from ..core.errors import (
    AccountProblem,
    Cancelled,
    Offline,
    PlatformProblem,
    UserFacingError,
)
from ..core.model import Platform
from ..core.redaction import remember_secret
from ..secrets import CredentialStore
from ..store.accounts import Account, AccountState, AccountStore
from ..store.database import Database
from .clients import AppRegistration, app_registration, family_of, no_registration
from .facebook import GRAPH_VERSION
from .google_auth import google_error
from .http import PlatformHttp, Policy, Slowdown, json_or_none, require_https
from .loopback import LoopbackListener

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 300.0  # seconds a sign-in waits for the owner
TICK = 0.1  # seconds between looks at the Cancel button
MAX_PAGES = 20  # pages of any list read after signing in
ACCOUNT_NAME_LIMIT = 60

GOOGLE_AUTH = "https://accounts.google.com"
GOOGLE_TOKEN = "https://oauth2.googleapis.com"
GOOGLE_ACCOUNTS_API = "https://mybusinessaccountmanagement.googleapis.com"
GOOGLE_INFO_API = "https://mybusinessbusinessinformation.googleapis.com"
YOUTUBE_API = "https://www.googleapis.com"
GRAPH = "https://graph.facebook.com"

BUSINESS_SCOPE = "https://www.googleapis.com/auth/business.manage"
YOUTUBE_SCOPE = "https://www.googleapis.com/auth/youtube.force-ssl"
GOOGLE_SCOPES = {
    Platform.GOOGLE: (BUSINESS_SCOPE, "manage your Business Profile reviews"),
    Platform.YOUTUBE: (YOUTUBE_SCOPE, "read and answer comments on your YouTube channel"),
}
MASTODON_SCOPES = "read:accounts read:notifications read:statuses write:statuses"

# Meta permissions: (required, also asked for) per platform, and what each is for.
META_SCOPES = {
    Platform.FACEBOOK: (
        ("pages_show_list", "pages_read_engagement", "pages_read_user_content",
         "pages_manage_engagement"),
        ("pages_messaging", "business_management"),
    ),
    Platform.INSTAGRAM: (
        ("pages_show_list", "pages_read_engagement", "instagram_basic",
         "instagram_manage_comments"),
        ("instagram_manage_messages", "business_management"),
    ),
}  # fmt: skip
META_PERMISSION_WORDS = {
    "pages_show_list": "see the pages you manage",
    "pages_read_engagement": "read your page's posts and comments",
    "pages_read_user_content": "read what people write on your page",
    "pages_manage_engagement": "answer comments on your page",
    "instagram_basic": "see your Instagram professional account",
    "instagram_manage_comments": "read and answer Instagram comments",
}
PENDING, SLOW_DOWN, EXPIRED = 1349174, 1349172, 1349152
# A page role that lets its holder answer comments.
PAGE_TASKS = frozenset({"MODERATE", "MANAGE"})


class SignInFailed(UserFacingError):
    """The sign-in ended without something to connect: denied consent, a wrong state, a
    timeout, a missing permission, a closed browser. One clear sentence; nothing stored."""


@dataclass(frozen=True)
class SignInPrompt:
    url: str  # the page to open in the browser: the sign-in page, or Meta's device page
    user_code: str | None  # device sign-in: the code the owner types there; else None
    expires_at: datetime  # when this sign-in attempt stops waiting


@dataclass(frozen=True)
class Candidate:
    """One thing the owner may connect after signing in."""

    platform: Platform
    ident: str  # page id / "accounts/1/locations/2" / channel id / mastodon acct
    name: str  # human name ("Juniper & Rye")
    detail: str  # plain words for the picker
    suggested_name: str  # an account name unique among existing accounts


def begin_sign_in(
    platform: Platform,
    conn: sqlite3.Connection | None = None,
    *,
    instance: str | None = None,
    auth_base: str | None = None,
    api_base: str | None = None,
    clock: Clock = system_clock,
    credentials: CredentialStore | None = None,
) -> SignIn:
    """A new sign-in for `platform`. `conn` finds the owner's own app registration and the
    names already taken; `credentials` (the system keyring by default) holds its secret.
    Raises a UserFacingError when this copy has no registration for the platform."""
    auth = require_https(auth_base, "The sign-in address") if auth_base else None
    api = require_https(api_base, "The API address") if api_base else None
    taken = _taken_names(conn)
    family = family_of(platform)
    if family is None:
        server = instance or auth
        if not server:
            raise AccountProblem(
                "Signing in with Mastodon needs the address of your server, e.g. "
                "--instance https://mastodon.social."
            )
        if "://" not in server:
            server = "https://" + server.strip()
        server = require_https(server, "The Mastodon server address")
        return MastodonSignIn(platform, server, auth or server, api or server, clock, taken)
    registration = app_registration(family, conn, credentials)
    if registration is None:
        raise no_registration(platform)
    if family == "google":
        return GoogleSignIn(platform, registration, auth, api, clock, taken)
    return MetaSignIn(platform, registration, auth, api, clock, taken)


def pick_candidates(candidates: Sequence[Candidate], picks: Sequence[str]) -> list[Candidate]:
    """The candidates named by `picks` (an ident, as `--pick` gives them; a Mastodon acct
    with or without its leading @). SignInFailed naming the choices for one that is none."""
    chosen: list[Candidate] = []
    for pick in picks:
        wanted = pick.strip().lstrip("@").casefold()
        found = [c for c in candidates if c.ident.lstrip("@").casefold() == wanted]
        if not found:
            choices = ", ".join(f"{c.ident} ({c.name})" for c in candidates) or "none"
            raise SignInFailed(
                f"Nothing you may connect is called {pick!r}; choose --pick from: {choices}."
            )
        if found[0] not in chosen:
            chosen.append(found[0])
    return chosen


class SignIn:
    """One sign-in attempt. Every method but `close()` runs on a worker thread."""

    platform: Platform

    def __init__(self, platform: Platform, clock: Clock, taken: set[str]) -> None:
        self.platform = platform
        self._clock = clock
        self._taken = taken
        self._stop = threading.Event()  # Cancel, or close(): ends every wait and request
        self._http = PlatformHttp(
            platform.label,
            f"{platform.label} sign-in",
            policy=Policy(attempts=3, call_deadline=60.0, deadline=30.0),
            clock=clock,
            cancel=self._stop,
        )
        self._signed_in = False
        self._candidates: list[Candidate] | None = None
        self._secrets: dict[str, dict[str, str]] = {}  # candidate ident -> its secret
        self._settings: dict[str, dict[str, str]] = {}  # candidate ident -> its settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.platform.value})"

    # -- the contract ------------------------------------------------------------------------

    def start(self) -> SignInPrompt:
        raise NotImplementedError

    def wait(self, cancel: threading.Event, timeout: float | None = None) -> None:
        """Block until signed in. SignInFailed (denied, wrong state, timeout, missing
        permission) or Cancelled (the `cancel` event, checked every TICK seconds)."""
        until = time.monotonic() + (DEFAULT_TIMEOUT if timeout is None else max(timeout, 0.0))
        with self._watching(cancel), self._in_words():
            self._wait(until)
        self._signed_in = True

    def candidates(self) -> list[Candidate]:
        """What the signed-in owner may connect. SignInFailed when there is nothing (saying
        what the owner must have), so a picker is never empty."""
        if not self._signed_in:
            raise SignInFailed("Sign in first; nothing can be listed before that.")
        if self._candidates is None:
            with self._in_words():
                found = self._list()
            if not found:
                raise SignInFailed(self._nothing_to_connect())
            self._candidates = _with_suggested_names(found, self._taken)
        return list(self._candidates)

    def connect(
        self,
        db: Database,
        conn: sqlite3.Connection,
        credentials: CredentialStore,
        picked: Sequence[Candidate],
        names: Mapping[str, str] | None = None,
    ) -> list[Account]:
        """Store the picked candidates as accounts: settings in the database, tokens only in
        the keyring. All or nothing. `names` maps a candidate's ident to its account name
        (default: its suggested name)."""
        from .registry import check_settings

        offered = self.candidates()
        accounts = AccountStore(db, conn)
        existing = accounts.all()
        taken = {a.name.casefold() for a in existing}
        plan: list[tuple[Candidate, str, dict[str, str]]] = []
        for candidate in picked:
            if candidate not in offered:
                raise SignInFailed(f"{candidate.name} is not something this sign-in may connect.")
            name = ((names or {}).get(candidate.ident) or candidate.suggested_name).strip()
            if name.casefold() in taken:
                raise AccountProblem(
                    f"There is already an account named {name!r}. Choose another name."
                )
            for account in existing:
                if account.platform is candidate.platform and self._same(account, candidate):
                    raise AccountProblem(
                        f"{candidate.name} is already connected as the account "
                        f"{account.name!r}. Use Reconnect on it instead."
                    )
            taken.add(name.casefold())
            settings = check_settings(candidate.platform, self._settings[candidate.ident])
            plan.append((candidate, name, settings))
        if not plan:
            raise AccountProblem("Nothing was picked to connect.")
        credentials.describe()  # refuse an unsafe keyring before storing anything
        added: list[Account] = []
        try:
            for candidate, name, settings in plan:
                account = accounts.add(name, candidate.platform, settings)
                added.append(account)
                credentials.save(account.name, self._secrets[candidate.ident])
        except BaseException:
            for account in added:  # all or nothing
                with contextlib.suppress(Exception):
                    credentials.delete(account.name)
                with contextlib.suppress(Exception):
                    accounts.remove(account.name)
            raise
        log.info("%s sign-in connected %d account(s)", self.platform.label, len(added))
        return added

    def reconnect(
        self,
        db: Database,
        conn: sqlite3.Connection,
        credentials: CredentialStore,
        account_name: str,
    ) -> Account:
        """New tokens for an existing account (matched by its ids), after `wait()`.
        SignInFailed when the owner signed in as someone who cannot manage it."""
        from .registry import check_settings

        accounts = AccountStore(db, conn)
        account = accounts.get(account_name)
        if account.platform is not self.platform:
            raise SignInFailed(
                f"The account {account.name!r} is a {account.platform.label} account; this "
                f"sign-in was with {self.platform.label}."
            )
        match = next((c for c in self.candidates() if self._same(account, c)), None)
        if match is None:
            raise SignInFailed(
                f"The {self.platform.label} sign-in you used cannot manage the account "
                f"{account.name!r}. Sign in as the person who manages it."
            )
        settings = check_settings(
            self.platform, {**account.settings, **self._settings[match.ident]}
        )
        credentials.describe()
        credentials.save(account.name, self._secrets[match.ident])
        accounts.replace_settings(account.name, settings)
        accounts.set_state(account.name, AccountState.OK)
        log.info("%s sign-in reconnected account %s", self.platform.label, account.name)
        return accounts.get(account.name)

    def close(self) -> None:
        """Stop listening and waiting. Idempotent; safe from any thread."""
        self._stop.set()
        self._close()

    # -- for the platforms ------------------------------------------------------------------

    def _wait(self, until: float) -> None:
        raise NotImplementedError

    def _list(self) -> list[Candidate]:
        raise NotImplementedError

    def _same(self, account: Account, candidate: Candidate) -> bool:
        raise NotImplementedError

    def _nothing_to_connect(self) -> str:
        raise NotImplementedError

    def _close(self) -> None:
        pass

    def _offer(
        self, candidate: Candidate, settings: dict[str, str], secret: dict[str, str]
    ) -> Candidate:
        remember_secret(*secret.values())
        self._settings[candidate.ident] = settings
        self._secrets[candidate.ident] = secret
        return candidate

    def _timed_out(self, seconds: float) -> SignInFailed:
        return SignInFailed(
            f"No answer came from the {self.platform.label} sign-in within "
            f"{_duration(seconds)}, so it was stopped and nothing was stored. Start again "
            "and finish signing in in the browser."
        )

    @contextlib.contextmanager
    def _watching(self, cancel: threading.Event) -> Iterator[None]:
        """While a wait runs, the owner's `cancel` also stops requests in flight."""
        done = threading.Event()

        def watch() -> None:
            while not done.is_set():
                if cancel.wait(TICK):
                    self._stop.set()
                    return

        watcher = threading.Thread(target=watch, name="sign-in cancel", daemon=True)
        watcher.start()
        try:
            if cancel.is_set():
                self._stop.set()
            if self._stop.is_set():
                raise Cancelled("Sign-in stopped, as asked; nothing was stored.")
            yield
        finally:
            done.set()
            watcher.join(timeout=1)

    @contextlib.contextmanager
    def _in_words(self) -> Iterator[None]:
        """A platform problem during sign-in is a sign-in failure, said as one sentence."""
        try:
            yield
        except (SignInFailed, AccountProblem):
            raise
        except Cancelled:
            raise Cancelled("Sign-in stopped, as asked; nothing was stored.") from None
        except Offline:
            if self._stop.is_set():
                raise Cancelled("Sign-in stopped, as asked; nothing was stored.") from None
            raise SignInFailed(
                f"Could not reach {self.platform.label} to finish signing in; check the "
                "internet connection and try again. Nothing was stored."
            ) from None
        except PlatformProblem as problem:
            raise SignInFailed(
                f"The {self.platform.label} sign-in could not be finished: "
                f"{_without_account(str(problem))}"
            ) from None

    def _get(self, url: str, interpret: Any, **params: Any) -> dict[str, Any]:
        body = self._http.call("GET", url, interpret, params=params or None)
        if not isinstance(body, dict):
            raise SignInFailed(
                f"{self.platform.label} answered in an unexpected shape while listing what "
                "you manage. Try again later."
            )
        return body


# ------------------------------------------------------------------------ loopback sign-ins


class _LoopbackSignIn(SignIn):
    """Authorization code + PKCE (S256) + state, with the redirect on 127.0.0.1."""

    def __init__(self, platform: Platform, clock: Clock, taken: set[str]) -> None:
        super().__init__(platform, clock, taken)
        self._state = secrets.token_urlsafe(24)
        self._verifier = secrets.token_urlsafe(64)  # 86 characters, RFC 7636's 43-128
        remember_secret(self._verifier)
        self._listener = LoopbackListener(self._state, platform.label)
        self._redirect_uri = ""
        self._started = False

    def _challenge(self) -> str:
        digest = hashlib.sha256(self._verifier.encode("ascii")).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def _listen(self) -> str:
        if self._stop.is_set():
            raise Cancelled("Sign-in stopped, as asked; nothing was stored.")
        if self._started:
            raise SignInFailed("This sign-in was already started; start a new one.")
        self._started = True
        self._redirect_uri = self._listener.start()
        return self._redirect_uri

    def _wait(self, until: float) -> None:
        if not self._started:
            raise SignInFailed("The sign-in was not started.")
        seconds = until - time.monotonic()
        try:
            answer = self._listener.wait(self._stop, until)
        finally:
            self._listener.close()  # one answer is all a sign-in takes
        if answer is None:
            raise self._timed_out(seconds)
        if not answer.state_ok:
            raise SignInFailed(
                f"The answer that came back from the {self.platform.label} sign-in was not "
                "for the sign-in Feedback Desk started (its state did not match), so it was "
                "refused and nothing was stored. Start again."
            )
        if answer.error:
            if answer.error == "access_denied":
                raise SignInFailed(
                    f"You did not allow Feedback Desk to use your {self.platform.label} "
                    "account, so nothing was connected."
                )
            said = answer.error_description or answer.error
            raise SignInFailed(
                f"The {self.platform.label} sign-in ended with an error: {said[:200]}"
            )
        if not answer.code:
            raise SignInFailed(
                f"The {self.platform.label} sign-in came back without a code. Start again."
            )
        self._exchange(answer.code, answer.scope)

    def _exchange(self, code: str, scope: str | None) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        self._listener.close()


class GoogleSignIn(_LoopbackSignIn):
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
        self._scope, self._scope_words = GOOGLE_SCOPES[platform]
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
            raise SignInFailed("Google answered the sign-in in an unexpected shape. Try again.")
        access, refresh = body.get("access_token"), body.get("refresh_token")
        remember_secret(
            access if isinstance(access, str) else None,
            refresh if isinstance(refresh, str) else None,
        )
        granted = body.get("scope")
        if isinstance(granted, str) and self._scope not in granted.split():
            short = self._scope.rsplit("/", 1)[-1]
            raise SignInFailed(
                f"Google did not give Feedback Desk permission to {self._scope_words} "
                f"({short}); sign in again and leave that box ticked. Nothing was stored."
            )
        if not isinstance(access, str) or not access:
            raise SignInFailed("Google's sign-in answered without an access token. Try again.")
        if not isinstance(refresh, str) or not refresh:
            raise SignInFailed(
                "Google gave no lasting permission (no refresh token), so the account could "
                "not stay connected. Start again."
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
                "Google did not accept this copy's sign-in registration (its client id or "
                "secret). Check 'Use my own app' in Settings, or the build settings."
            )
        words = said if isinstance(said, str) and said else error if isinstance(error, str) else ""
        raise SignInFailed(
            f"Google refused to finish the sign-in ({str(words)[:200] or f'HTTP {status}'}). "
            "Start again."
        )

    def _api_errors(self, response: requests.Response) -> Slowdown | None:
        status = response.status_code
        if status == 429:
            return Slowdown(30.0, "Google: too many requests")
        if status < 400 or status >= 500:
            return None
        raise SignInFailed(
            f"Signed in, but Google refused to list what you manage: "
            f"{google_error(response).message}"
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
            for item in _dicts(body.get("items")):
                channel = str(item.get("id") or "")
                found_snippet = item.get("snippet")
                snippet: dict[str, Any] = found_snippet if isinstance(found_snippet, dict) else {}
                title = _text(snippet.get("title")) or channel
                handle = _text(snippet.get("customUrl"))
                if not channel:
                    continue
                candidate = Candidate(
                    Platform.YOUTUBE,
                    channel,
                    title,
                    f"YouTube channel {title}" + (f" ({handle})" if handle else ""),
                    title,
                )
                found.append(self._offer(candidate, self._google_settings(channel_id=channel),
                                         self._google_secret()))  # fmt: skip
            token = _text(body.get("nextPageToken"))
            if not token:
                break
        return found

    def _locations(self) -> list[Candidate]:
        found: list[Candidate] = []
        accounts_url = f"{self._api_base or GOOGLE_ACCOUNTS_API}/v1/accounts"
        for account in self._paged(accounts_url, "accounts", {"pageSize": 20}):
            account_name = _text(account.get("name"))  # "accounts/111"
            if not account_name or not account_name.startswith("accounts/"):
                continue
            owner = _text(account.get("accountName")) or account_name
            url = f"{self._api_base or GOOGLE_INFO_API}/v1/{account_name}/locations"
            params = {"readMask": "name,title,storefrontAddress", "pageSize": 100}
            for location in self._paged(url, "locations", params):
                location_name = _text(location.get("name"))  # "locations/222"
                if not location_name or not location_name.startswith("locations/"):
                    continue
                title = _text(location.get("title")) or location_name
                where = _address(location.get("storefrontAddress"))
                ident = f"{account_name}/{location_name}"
                candidate = Candidate(
                    Platform.GOOGLE,
                    ident,
                    title,
                    f"Google Business Profile location {title}"
                    + (f", {where}" if where else "")
                    + f" (in {owner})",
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
            yield from _dicts(body.get(key))
            token = _text(body.get("nextPageToken"))
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
            return (
                "Signed in, but that Google account has no YouTube channel. Sign in with the "
                "Google account that owns the channel."
            )
        return (
            "Signed in, but that Google account manages no Business Profile location. Sign in "
            "with the Google account that manages the shop's verified location."
        )


class MastodonSignIn(_LoopbackSignIn):
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
                "The Mastodon server did not register Feedback Desk (an unexpected answer). "
                "Check the server address."
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
            raise SignInFailed("The Mastodon server answered without a token. Start again.")
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
            said = _text(body.get("error_description")) or _text(body.get("error")) or ""
        raise SignInFailed(
            f"The Mastodon server refused the sign-in ({said[:200] or f'HTTP {status}'}). "
            "Start again."
        )

    def _list(self) -> list[Candidate]:
        me = self._get(f"{self._api}/api/v1/accounts/verify_credentials", self._errors)
        username = _text(me.get("username"))
        account_id = _text(me.get("id"))
        if not username or not account_id:
            return []
        host = urlsplit(self._instance).netloc
        shown = _text(me.get("display_name")) or username
        candidate = Candidate(
            Platform.MASTODON,
            f"{username}@{host}",
            shown,
            f"Mastodon account @{username}@{host}",
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
        return "Signed in, but the Mastodon server did not say which account it was. Try again."


# ------------------------------------------------------------------------ Meta device login


class MetaSignIn(SignIn):
    """Facebook pages and linked Instagram accounts, by Facebook Login for Devices."""

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
        self._app_token = f"{registration.client_id}|{registration.secret}"
        remember_secret(registration.secret)
        self._auth_base = auth_base
        self._device_root = f"{auth_base or GRAPH}/{GRAPH_VERSION}"
        self._api_base = api_base
        self._graph_root = f"{api_base or GRAPH}/{GRAPH_VERSION}"
        self._required, extra = META_SCOPES[platform]
        self._scopes = (*self._required, *extra)
        self._code = ""
        self._interval = 5.0
        self._expires_in = DEFAULT_TIMEOUT
        self._user_token = ""

    def start(self) -> SignInPrompt:
        if self._stop.is_set():
            raise Cancelled("Sign-in stopped, as asked; nothing was stored.")
        if self._code:
            raise SignInFailed("This sign-in was already started; start a new one.")
        with self._in_words():
            body = self._http.call(
                "POST",
                f"{self._device_root}/device/login",
                self._errors,
                data={"access_token": self._app_token, "scope": ",".join(self._scopes)},
                allow_redirects=False,
            )
        if not isinstance(body, dict):
            raise SignInFailed("Facebook answered the sign-in in an unexpected shape. Try again.")
        code, user_code = _text(body.get("code")), _text(body.get("user_code"))
        page = _text(body.get("verification_uri")) or "https://www.facebook.com/device"
        if not code or not user_code:
            raise SignInFailed("Facebook did not give a sign-in code. Try again later.")
        remember_secret(code)  # the polling code; the user code is for the owner's eyes
        self._code = code
        self._interval = _seconds(body.get("interval"), 5.0, low=0.2, high=60.0)
        self._expires_in = _seconds(body.get("expires_in"), 420.0, low=10.0, high=3600.0)
        if self._auth_base:
            page = _rebase(page, self._auth_base)
        page = require_https(page, "Facebook's sign-in page")
        expires = self._clock() + timedelta(seconds=self._expires_in)
        return SignInPrompt(page, user_code, expires)

    def _wait(self, until: float) -> None:
        if not self._code:
            raise SignInFailed("The sign-in was not started.")
        began = time.monotonic()
        code_ends = began + self._expires_in
        seconds = min(until, code_ends) - began
        while True:
            self._pause(min(self._interval, max(min(until, code_ends) - time.monotonic(), 0)))
            if time.monotonic() >= until:
                raise self._timed_out(seconds)
            if time.monotonic() >= code_ends:
                raise self._code_expired()
            try:
                response = self._http.request(
                    "POST",
                    f"{self._device_root}/device/login_status",
                    self._status_errors,
                    data={"access_token": self._app_token, "code": self._code},
                    allow_redirects=False,
                )
            except Offline:
                if self._stop.is_set():
                    raise
                continue  # a hiccup while polling: ask again at the next turn
            body = json_or_none(response)
            if response.status_code == 200 and isinstance(body, dict):
                token = _text(body.get("access_token"))
                if token:
                    remember_secret(token)
                    self._user_token = token
                    break
            error = body.get("error") if isinstance(body, dict) else None
            subcode = error.get("error_subcode") if isinstance(error, dict) else None
            if subcode == PENDING:
                continue
            if subcode == SLOW_DOWN:
                self._interval = min(self._interval * 2, 60.0)
                continue
            if subcode == EXPIRED:
                raise self._code_expired()
            raise SignInFailed(f"Facebook refused the sign-in: {_graph_words(body, response)}")
        self._http.session.headers["Authorization"] = f"Bearer {self._user_token}"
        self._check_permissions()

    def _pause(self, seconds: float) -> None:
        if self._stop.wait(max(seconds, 0.0)):
            raise Cancelled("Sign-in stopped, as asked; nothing was stored.")

    def _code_expired(self) -> SignInFailed:
        return SignInFailed(
            "The Facebook sign-in code expired before it was entered, so nothing was "
            "stored. Start again for a new code."
        )

    def _check_permissions(self) -> None:
        body = self._get(f"{self._graph_root}/me/permissions", self._errors)
        granted = {
            _text(item.get("permission"))
            for item in _dicts(body.get("data"))
            if item.get("status") == "granted"
        }
        missing = [p for p in self._required if p not in granted]
        if missing:
            first = missing[0]
            raise SignInFailed(
                f"You did not give Feedback Desk permission to {META_PERMISSION_WORDS[first]} "
                f"({first}); sign in again and allow it. Nothing was stored."
            )

    def _status_errors(self, response: requests.Response) -> Slowdown | None:
        return None  # read by the polling loop itself

    def _errors(self, response: requests.Response) -> Slowdown | None:
        status = response.status_code
        if status < 400 or status >= 500:
            return None
        body = json_or_none(response)
        error = body.get("error") if isinstance(body, dict) else None
        if isinstance(error, dict) and error.get("code") in (4, 17, 32, 613):
            return Slowdown(60.0, "Facebook: too many requests")
        if isinstance(error, dict) and error.get("code") == 190:
            raise SignInFailed(
                "Facebook did not accept this copy's sign-in registration or the sign-in "
                f"({_graph_words(body, response)}). Check 'Use my own app' in Settings."
            )
        raise SignInFailed(f"Facebook refused the sign-in: {_graph_words(body, response)}")

    def _list(self) -> list[Candidate]:
        found: list[Candidate] = []
        url: str | None = f"{self._graph_root}/me/accounts"
        params: dict[str, Any] | None = {
            "fields": "id,name,access_token,tasks,instagram_business_account{id,username}",
            "limit": 100,
        }
        for _ in range(MAX_PAGES):
            if url is None:
                break
            body = self._http.call("GET", url, self._errors, params=params)
            if not isinstance(body, dict):
                break
            for page in _dicts(body.get("data")):
                found.extend(self._from_page(page))
            paging = body.get("paging")
            following = _text(paging.get("next")) if isinstance(paging, dict) else None
            url, params = None, None
            if following and _same_host(following, self._graph_root):
                url = following
        return found

    def _from_page(self, page: dict[str, Any]) -> list[Candidate]:
        page_id, name = _text(page.get("id")), _text(page.get("name"))
        token = _text(page.get("access_token"))
        if not page_id or not token:
            return []
        remember_secret(token)
        tasks = page.get("tasks")
        if isinstance(tasks, list) and not PAGE_TASKS & {str(t) for t in tasks}:
            return []  # a role that cannot answer comments
        name = name or page_id
        base = {} if self._api_base is None else {"api_base": self._api_base}
        if self.platform is Platform.FACEBOOK:
            candidate = Candidate(Platform.FACEBOOK, page_id, name, f"Facebook page {name}", name)
            return [self._offer(candidate, {"page_id": page_id, **base}, {"token": token})]
        linked = page.get("instagram_business_account")
        if not isinstance(linked, dict) or not _text(linked.get("id")):
            return []
        ig_id = str(linked["id"])
        username = _text(linked.get("username")) or ig_id
        candidate = Candidate(
            Platform.INSTAGRAM,
            ig_id,
            f"@{username}",
            f"Instagram @{username}, linked to the page {name}",
            f"@{username}",
        )
        settings = {"ig_user_id": ig_id, "page_id": page_id, "api_base": self._api_base or GRAPH}
        return [self._offer(candidate, settings, {"token": token})]

    def _same(self, account: Account, candidate: Candidate) -> bool:
        key = "page_id" if self.platform is Platform.FACEBOOK else "ig_user_id"
        return account.settings.get(key) == candidate.ident

    def _nothing_to_connect(self) -> str:
        if self.platform is Platform.FACEBOOK:
            return (
                "Signed in, but that Facebook profile manages no page it may answer comments "
                "on. Ask the page's admin for a role that can moderate comments."
            )
        return (
            "Signed in, but none of your Facebook pages is linked to an Instagram "
            "professional account. Link it in the page's settings, then connect again."
        )

    def _close(self) -> None:
        pass


# ------------------------------------------------------------------------ helpers


def _taken_names(conn: sqlite3.Connection | None) -> set[str]:
    if conn is None:
        return set()
    rows = conn.execute("SELECT name FROM accounts").fetchall()
    return {str(row[0]).casefold() for row in rows}


def _with_suggested_names(found: list[Candidate], taken: set[str]) -> list[Candidate]:
    """Each candidate with an account name nobody has yet (nor another candidate)."""
    used = set(taken)
    named: list[Candidate] = []
    for candidate in found:
        base = " ".join(candidate.suggested_name.split())[:ACCOUNT_NAME_LIMIT] or "Account"
        choices = [base, f"{base} ({candidate.platform.label})"[:ACCOUNT_NAME_LIMIT]]
        choices += [f"{base[: ACCOUNT_NAME_LIMIT - 4]} {n}" for n in range(2, 100)]
        name = next(c for c in choices if c.casefold() not in used)
        used.add(name.casefold())
        named.append(
            Candidate(candidate.platform, candidate.ident, candidate.name, candidate.detail, name)
        )
    return named


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    if isinstance(value, str | int) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text[:200] or None
    return None


def _address(value: Any) -> str:
    if not isinstance(value, dict):
        return ""
    lines = [str(x) for x in value.get("addressLines") or [] if isinstance(x, str)]
    for key in ("locality", "postalCode"):
        if isinstance(value.get(key), str):
            lines.append(value[key])
    return ", ".join(" ".join(line.split()) for line in lines if line.strip())[:200]


def _seconds(value: Any, default: float, *, low: float, high: float) -> float:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return default
    if seconds != seconds:  # NaN
        return default
    return min(max(seconds, low), high)


def _rebase(url: str, base: str) -> str:
    """`url` with the scheme and host of `base` (keeping its path and query)."""
    parts, new = urlsplit(url), urlsplit(base)
    return urlunsplit((new.scheme, new.netloc, parts.path, parts.query, ""))


def _same_host(url: str, base: str) -> bool:
    a, b = urlsplit(url), urlsplit(base)
    return (a.scheme, a.netloc) == (b.scheme, b.netloc)


def _graph_words(body: Any, response: requests.Response) -> str:
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        said = _text(error.get("error_user_msg")) or _text(error.get("message"))
        if said:
            return said
    return f"HTTP {response.status_code}"


def _without_account(message: str) -> str:
    return message.replace(" for account ", " for ").strip()


def _duration(seconds: float) -> str:
    if seconds >= 90:
        return f"{seconds / 60:.0f} minutes"
    whole = round(max(seconds, 0))
    return "1 second" if whole == 1 else f"{whole} seconds"
