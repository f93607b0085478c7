"""Which connector serves which account, and what each platform needs to be added."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from ..core.clock import Clock
from ..core.errors import AccountProblem
from ..core.model import Platform
from ..core.texts import translate
from ..store.accounts import Account
from .base import Connector
from .facebook import FacebookConnector
from .google_auth import DEFAULT_TOKEN_URL, GoogleAuth
from .google_reviews import GoogleReviewsConnector
from .http import PlatformHttp, require_https
from .instagram import InstagramConnector
from .mastodon import MastodonConnector
from .youtube import YouTubeConnector


@dataclass(frozen=True)
class PlatformNeeds:
    """The ids an account of this platform needs (as settings keys) and its secret's parts."""

    ids: tuple[str, ...]
    secret: tuple[str, ...]


NEEDS = {
    Platform.FACEBOOK: PlatformNeeds(("page_id",), ("token",)),
    Platform.MASTODON: PlatformNeeds(("instance",), ("token",)),
    Platform.INSTAGRAM: PlatformNeeds(("ig_user_id",), ("token",)),
    Platform.GOOGLE: PlatformNeeds(
        ("account_id", "location_id", "client_id"), ("client_secret", "refresh_token")
    ),
    Platform.YOUTUBE: PlatformNeeds(
        ("channel_id", "client_id"), ("client_secret", "refresh_token")
    ),
}


def check_settings(platform: Platform, settings: dict[str, str]) -> dict[str, str]:
    """The settings an account will be stored with, or AccountProblem naming what is wrong."""
    needs = NEEDS[platform]
    missing = [key for key in needs.ids if not settings.get(key)]
    if missing:
        flags = ", ".join("--" + key.replace("_", "-") for key in missing)
        raise AccountProblem(
            translate("Connectors", "A {platform} account needs {flags}.").format(
                platform=platform.label, flags=flags
            )
        )
    clean = {k: v.strip() for k, v in settings.items() if v}
    for key in ("instance", "api_base", "token_url"):
        if key in clean:
            clean[key] = require_https(clean[key], key.replace("_", " "))
    return clean


def connector_for(
    account: Account,
    secret: dict[str, str],
    *,
    clock: Clock,
    sleep: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
) -> Connector:
    """A connector for `account`, with its own HTTP session, reading the time from `clock`
    (the database's: `Database.clock`, the one clock of the app). Setting `cancel` stops its
    requests and pauses at once (Cancelled)."""
    http = PlatformHttp(
        account.platform.label, account.name, sleep=sleep, clock=clock, cancel=cancel
    )
    settings = account.settings
    if account.platform is Platform.FACEBOOK:
        return FacebookConnector(
            http, settings["page_id"], secret["token"], settings.get("api_base")
        )
    if account.platform is Platform.INSTAGRAM:
        return InstagramConnector(
            http, settings["ig_user_id"], secret["token"], settings.get("api_base")
        )
    if account.platform in (Platform.GOOGLE, Platform.YOUTUBE):
        auth = GoogleAuth(
            http,
            settings["client_id"],
            secret["client_secret"],
            secret["refresh_token"],
            token_url=settings.get("token_url") or DEFAULT_TOKEN_URL,
            clock=clock,
        )
        if account.platform is Platform.GOOGLE:
            return GoogleReviewsConnector(
                http,
                auth,
                settings["account_id"],
                settings["location_id"],
                settings.get("api_base"),
            )
        return YouTubeConnector(http, auth, settings["channel_id"], settings.get("api_base"))
    if account.platform is Platform.MASTODON:
        return MastodonConnector(
            http, settings.get("api_base") or settings["instance"], secret["token"]
        )
    raise AccountProblem(
        translate("Connectors", "Feedback Desk cannot connect {platform} accounts.").format(
            platform=account.platform.label
        )
    )
