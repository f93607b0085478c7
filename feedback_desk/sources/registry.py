"""Which connector serves which account, and what each platform needs to be added."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from ..core.clock import Clock, system_clock
from ..core.errors import AccountProblem
from ..core.model import Platform
from ..store.accounts import Account
from .base import Connector
from .facebook import FacebookConnector
from .http import PlatformHttp, require_https
from .instagram import InstagramConnector
from .mastodon import MastodonConnector


@dataclass(frozen=True)
class PlatformNeeds:
    """The ids an account of this platform needs (as settings keys) and its secret's parts."""

    ids: tuple[str, ...]
    secret: tuple[str, ...]
    available: bool = True


NEEDS = {
    Platform.FACEBOOK: PlatformNeeds(("page_id",), ("token",)),
    Platform.MASTODON: PlatformNeeds(("instance",), ("token",)),
    Platform.INSTAGRAM: PlatformNeeds(("ig_user_id",), ("token",)),
    Platform.GOOGLE: PlatformNeeds(
        ("account_id", "location_id", "client_id"), ("client_secret", "refresh_token"), False
    ),
    Platform.YOUTUBE: PlatformNeeds(
        ("channel_id", "client_id"), ("client_secret", "refresh_token"), available=False
    ),
}


def check_settings(platform: Platform, settings: dict[str, str]) -> dict[str, str]:
    """The settings an account will be stored with, or AccountProblem naming what is wrong."""
    needs = NEEDS[platform]
    if not needs.available:
        raise AccountProblem(
            f"Connecting {platform.label} accounts is not available in this version yet. "
            "You can import an export of its comments with 'feedback-desk import FILE'."
        )
    missing = [key for key in needs.ids if not settings.get(key)]
    if missing:
        flags = ", ".join("--" + key.replace("_", "-") for key in missing)
        raise AccountProblem(f"A {platform.label} account needs {flags}.")
    clean = {k: v.strip() for k, v in settings.items() if v}
    for key in ("instance", "api_base", "token_url"):
        if key in clean:
            clean[key] = require_https(clean[key], key.replace("_", " "))
    return clean


def connector_for(
    account: Account,
    secret: dict[str, str],
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Clock = system_clock,
) -> Connector:
    """A connector for `account`, with its own HTTP session."""
    http = PlatformHttp(account.platform.label, account.name, sleep=sleep, clock=clock)
    settings = account.settings
    if account.platform is Platform.FACEBOOK:
        return FacebookConnector(
            http, settings["page_id"], secret["token"], settings.get("api_base")
        )
    if account.platform is Platform.INSTAGRAM:
        return InstagramConnector(
            http, settings["ig_user_id"], secret["token"], settings.get("api_base")
        )
    if account.platform is Platform.MASTODON:
        return MastodonConnector(
            http, settings.get("api_base") or settings["instance"], secret["token"]
        )
    raise AccountProblem(f"Connecting {account.platform.label} accounts is not available yet.")
