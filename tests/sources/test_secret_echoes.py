"""A platform error that repeats a secret back must not put it anywhere.

Platforms quote the token in their error messages ("Cannot parse access token: EAA..."), and
an OAuth server may repeat the refresh token or the client secret. Whatever the message
says, the secret values Feedback Desk holds are hidden from every message, log line,
exception and stored reason: not only `access_token=...` and `Bearer ...`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedback_desk.core.model import Platform
from feedback_desk.core.triage import Triage
from feedback_desk.home import DataHome, setup_logging
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.google_auth import GoogleAuth
from feedback_desk.sources.google_reviews import GoogleReviewsConnector
from feedback_desk.sources.http import PlatformHttp
from feedback_desk.sources.mastodon import MastodonConnector
from feedback_desk.sources.sync import SyncSummary, sync_account
from feedback_desk.store import open_database
from feedback_desk.store.accounts import AccountState, AccountStore
from tests.fakes import FakeFacebook, FakeGoogleReviews, FakeMastodon


@pytest.fixture
def home(tmp_path: Path) -> Iterator[DataHome]:
    """A data folder logging as the app does (the app's own log handler and filter)."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    data = DataHome(tmp_path / "home")
    data.prepare()
    setup_logging(data)
    yield data
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def nowhere(secrets: list[str], home: DataHome, *texts: str) -> None:
    """None of `secrets` in any text given, nor in any file of the data folder."""
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = [p for p in home.root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files)
    for secret in secrets:
        for text in texts:
            assert secret not in text
        for path in files:
            assert secret.encode() not in path.read_bytes(), path


def facebook_echo(code: int, token: str) -> dict[str, object]:
    return {
        "error": {
            "message": f"Invalid OAuth access token - Cannot parse access token: {token}",
            "type": "OAuthException",
            "code": code,
            "fbtrace_id": "AbCdEf",
        }
    }


def test_facebook_quoting_the_token_is_hidden_everywhere(
    home: DataHome, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    fake_facebook.seed(60, posts=2)
    token = fake_facebook.token
    db = open_database(home.root, fake_facebook.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Shop page", Platform.FACEBOOK, {"page_id": fake_facebook.page_id}
    )

    def sync() -> SyncSummary:
        http = PlatformHttp("Facebook", "Shop page", sleep=lambda s: None)
        connector = FacebookConnector(http, fake_facebook.page_id, token, fake_facebook.base_url)
        return sync_account(db, conn, AccountStore(db, conn).get("Shop page"), connector, triage)

    # Throttled with the token in the message: waited out, and the wait is logged.
    fake_facebook.fail_next(400, facebook_echo(4, token), path_contains="comments")
    assert sync().error is None
    # Refused, then expired: both stop the sync and are stored as the account's reason.
    fake_facebook.fail_next(400, facebook_echo(100, token), path_contains="comments")
    refused = sync()
    assert refused.error and "Cannot parse access token" in refused.error
    reasons = [AccountStore(db, conn).get(account.name).state_reason or ""]
    fake_facebook.fail_next(400, facebook_echo(190, token))
    expired = sync()
    stored = AccountStore(db, conn).get(account.name)
    assert stored.state == AccountState.NEEDS_RECONNECT
    reasons.append(stored.state_reason or "")
    conn.close()
    nowhere([token], home, refused.line(), expired.line(), *reasons)


def test_google_quoting_the_refresh_token_client_secret_and_access_token_is_hidden(
    home: DataHome, fake_google: FakeGoogleReviews, triage: Triage
) -> None:
    fake_google.seed(5)
    db = open_database(home.root, fake_google.clock)
    conn = db.connect()
    settings = {
        "account_id": fake_google.account_id,
        "location_id": fake_google.location_id,
        "client_id": fake_google.client_id,
    }
    AccountStore(db, conn).add("Reviews", Platform.GOOGLE, settings)
    http = PlatformHttp("Google", "Reviews", sleep=lambda s: None, clock=fake_google.clock)
    auth = GoogleAuth(
        http,
        fake_google.client_id,
        fake_google.client_secret,
        fake_google.refresh_token,
        token_url=fake_google.base_url + "/token",
        clock=fake_google.clock,
    )
    connector = GoogleReviewsConnector(
        http, auth, fake_google.account_id, fake_google.location_id, fake_google.base_url
    )

    def sync() -> SyncSummary:
        account = AccountStore(db, conn).get("Reviews")
        return sync_account(db, conn, account, connector, triage, full=True)

    assert sync().error is None
    access = fake_google.token  # the access token the sync obtained
    fake_google.fail_next(
        403, fake_google.google_error(403, f"The caller's token {access} lacks a scope.").body
    )
    lacking = sync()
    assert lacking.error and "lacks a scope" in lacking.error
    reasons = [AccountStore(db, conn).get("Reviews").state_reason or ""]
    fake_google.expire_access_tokens()
    fake_google.fail_next(
        400,
        {
            "error": "invalid_grant",
            "error_description": f"Bad refresh token {fake_google.refresh_token} for client "
            f"{fake_google.client_id} with secret {fake_google.client_secret}.",
        },
        path_contains="/token",
    )
    revoked = sync()
    stored = AccountStore(db, conn).get("Reviews")
    assert stored.state == AccountState.NEEDS_RECONNECT
    assert "Bad refresh token" in (stored.state_reason or "")
    reasons.append(stored.state_reason or "")
    conn.close()
    secrets = [fake_google.refresh_token, fake_google.client_secret, access]
    nowhere(secrets, home, lacking.line(), revoked.line(), *reasons)


def test_mastodon_quoting_the_token_is_hidden_everywhere(
    home: DataHome, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.seed(10)
    token = fake_mastodon.token
    db = open_database(home.root, fake_mastodon.clock)
    conn = db.connect()
    AccountStore(db, conn).add("Toots", Platform.MASTODON, {"instance": fake_mastodon.base_url})

    def sync() -> SyncSummary:
        http = PlatformHttp("Mastodon", "Toots", sleep=lambda s: None)
        connector = MastodonConnector(http, fake_mastodon.base_url, token)
        return sync_account(db, conn, AccountStore(db, conn).get("Toots"), connector, triage)

    fake_mastodon.fail_next(422, {"error": f"Validation failed: token {token} is not allowed"})
    refused = sync()
    reasons = [AccountStore(db, conn).get("Toots").state_reason or ""]
    fake_mastodon.fail_next(401, {"error": f"The access token {token} is invalid"})
    expired = sync()
    stored = AccountStore(db, conn).get("Toots")
    assert stored.state == AccountState.NEEDS_RECONNECT
    assert "is invalid" in (stored.state_reason or "")
    reasons.append(stored.state_reason or "")
    conn.close()
    nowhere([token], home, refused.line(), expired.line(), *reasons)
