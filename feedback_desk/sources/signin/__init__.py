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

import sqlite3
from collections.abc import Sequence

from ...core.clock import Clock, system_clock
from ...core.errors import AccountProblem
from ...core.model import Platform
from ...core.texts import translate
from ...secrets import CredentialStore
from ..clients import app_registration, family_of, no_registration
from ..http import require_https
from .base import (
    DEFAULT_TIMEOUT,
    Candidate,
    SignIn,
    SignInFailed,
    SignInPrompt,
    taken_names,
)
from .google import GoogleSignIn
from .mastodon import MastodonSignIn
from .meta import MetaSignIn

__all__ = [
    "DEFAULT_TIMEOUT",
    "Candidate",
    "SignIn",
    "SignInFailed",
    "SignInPrompt",
    "begin_sign_in",
    "pick_candidates",
]


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
    auth = (
        require_https(auth_base, translate("SignIn", "The sign-in address")) if auth_base else None
    )
    api = require_https(api_base, translate("SignIn", "The API address")) if api_base else None
    taken = taken_names(conn)
    family = family_of(platform)
    if family is None:
        server = instance or auth
        if not server:
            raise AccountProblem(
                translate(
                    "SignIn",
                    "Signing in with Mastodon needs the address of your server, e.g. "
                    "--instance https://mastodon.social.",
                )
            )
        if "://" not in server:
            server = "https://" + server.strip()
        server = require_https(server, translate("SignIn", "The Mastodon server address"))
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
            choices = ", ".join(f"{c.ident} ({c.name})" for c in candidates) or translate(
                "SignIn", "none", "nothing to pick"
            )
            raise SignInFailed(
                translate(
                    "SignIn",
                    "Nothing you may connect is called {pick}; choose --pick from: {choices}.",
                ).format(pick=repr(pick), choices=choices)
            )
        if found[0] not in chosen:
            chosen.append(found[0])
    return chosen
