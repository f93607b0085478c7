"""The app's own client registrations for signing in, in one documented place.

Two sources, in this order:

1. "Use my own app" (Settings): an owner or an agency registers their own Google OAuth
   client or Meta app. Its id is kept in the database (store/own_apps.py); what the owner
   calls a secret (Google client secret, Meta client token) only in the keyring.
2. Build settings: ``resources/oauth_clients.json``, filled in by whoever builds a release
   (README, "Sign-in registrations for packagers"). The environment variable
   ``FEEDBACK_DESK_OAUTH_CLIENTS`` may name another file of the same shape (a packager's
   trial, the tests). Only values a platform says an installed app may carry go there:
   Google's desktop-app client secret, which Google documents as not confidential, and
   Meta's client token, which Meta documents for native apps. Never a Meta app secret.

Mastodon needs neither: the app registers itself on the owner's server at each sign-in.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.data_files import resource_folder
from ..core.errors import UserFacingError
from ..core.model import Platform
from ..core.redaction import remember_secret
from ..core.texts import translate
from ..secrets import CredentialStore
from ..store.database import Database
from ..store.own_apps import forget_own_app_id, own_app_id, save_own_app_id

CLIENTS_FILE = "oauth_clients.json"
CLIENTS_ENV = "FEEDBACK_DESK_OAUTH_CLIENTS"

# Per family: the build-settings keys for (id, value an installed app may carry).
_KEYS = {"google": ("client_id", "client_secret"), "meta": ("app_id", "client_token")}


@dataclass(frozen=True)
class AppRegistration:
    """Who Feedback Desk signs in as. `secret` is Google's client secret (may be empty for
    clients that do not need one) or Meta's client token."""

    family: str
    client_id: str
    secret: str
    own: bool  # True: the owner's own app; False: the build settings

    def __repr__(self) -> str:  # never show the secret in a traceback
        return f"AppRegistration({self.family!r}, {self.client_id!r}, own={self.own})"


def family_of(platform: Platform) -> str | None:
    """ "google", "meta", or None for platforms that register the app at each sign-in."""
    if platform in (Platform.GOOGLE, Platform.YOUTUBE):
        return "google"
    if platform in (Platform.FACEBOOK, Platform.INSTAGRAM):
        return "meta"
    return None


def build_settings(family: str) -> AppRegistration | None:
    """The registration this copy was built with, or None when the packager left it empty."""
    data = _read_build_settings()
    entry = data.get(family)
    if not isinstance(entry, dict):
        return None
    id_key, secret_key = _KEYS[family]
    client_id = str(entry.get(id_key) or "").strip()
    secret = str(entry.get(secret_key) or "").strip()
    if not client_id or (family == "meta" and not secret):
        return None
    remember_secret(secret)
    return AppRegistration(family, client_id, secret, own=False)


def own_app(
    family: str, conn: sqlite3.Connection, credentials: CredentialStore | None = None
) -> AppRegistration | None:
    """The owner's own registration for `family`, or None."""
    client_id = own_app_id(conn, family)
    if not client_id:
        return None
    stored = (credentials or CredentialStore()).load_app_secret(family) or {}
    return AppRegistration(family, client_id, stored.get("secret", ""), own=True)


def save_own_app(
    family: str,
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    client_id: str,
    secret: str,
) -> AppRegistration:
    """Use the owner's own app from now on: the id in the database, the secret (Google
    client secret, Meta client token) only in the keyring."""
    if family not in _KEYS:
        raise UserFacingError(
            translate("SignIn", "Feedback Desk has no sign-in for {family}.").format(
                family=repr(family)
            )
        )
    client_id, secret = client_id.strip(), secret.strip()
    if not client_id or len(client_id) > 300 or any(ch.isspace() for ch in client_id):
        raise UserFacingError(
            translate("SignIn", "Give the client id of your own app, without spaces.")
            if family == "google"
            else translate("SignIn", "Give the app id of your own app, without spaces.")
        )
    if family == "meta" and not secret:
        raise UserFacingError(
            translate(
                "SignIn",
                "Give the client token of your own Meta app (App settings → Advanced), not the "
                "app secret.",
            )
        )
    credentials.save_app_secret(family, {"secret": secret})
    save_own_app_id(db, conn, family, client_id)
    return AppRegistration(family, client_id, secret, own=True)


def forget_own_app(
    family: str, db: Database, conn: sqlite3.Connection, credentials: CredentialStore
) -> None:
    """Go back to the build settings."""
    forget_own_app_id(db, conn, family)
    credentials.delete_app_secret(family)


def app_registration(
    family: str, conn: sqlite3.Connection | None, credentials: CredentialStore | None = None
) -> AppRegistration | None:
    """The registration a sign-in uses: the owner's own app first, then the build settings."""
    if conn is not None:
        own = own_app(family, conn, credentials)
        if own is not None:
            return own
    return build_settings(family)


def no_registration(platform: Platform) -> UserFacingError:
    return UserFacingError(
        translate(
            "SignIn",
            "This copy of Feedback Desk has no {platform} sign-in registered. Use your own app "
            "(Settings → Use my own app), or connect with a token: the Advanced form in the "
            "Accounts dialog, or 'feedback-desk accounts add'.",
        ).format(platform=platform.label)
    )


def _read_build_settings() -> dict[str, Any]:
    named = os.environ.get(CLIENTS_ENV)
    try:
        if named:
            text = Path(named).read_text(encoding="utf-8")
        else:
            text = resource_folder().joinpath(CLIENTS_FILE).read_text("utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as error:
        raise UserFacingError(
            translate(
                "SignIn",
                "The sign-in registrations of this copy cannot be read ({problem}); reinstall "
                "Feedback Desk.",
            ).format(problem=type(error).__name__)
        ) from None
    return data if isinstance(data, dict) else {}
