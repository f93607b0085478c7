"""The whole path a shop owner takes, as separate processes: add accounts with tokens on
stdin, check them, sync from local platform servers, and find the token nowhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from tests.fakes import FakeFacebook, FakeGoogleReviews, FakeMastodon, FakeYouTube


@pytest.fixture(autouse=True)
def real_secret_service() -> None:
    if "SecretService" not in type(keyring.get_keyring()).__module__:
        if os.environ.get("CI"):
            pytest.fail("CI must run the tests with a real Secret Service (scripts/run-tests.sh)")
        pytest.skip("needs the Secret Service that scripts/run-tests.sh starts")


def cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FEEDBACK_DESK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "feedback_desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_add_check_sync_twice_and_the_token_is_nowhere(
    tmp_path: Path, fake_facebook: FakeFacebook, fake_mastodon: FakeMastodon
) -> None:
    home = tmp_path / "home"
    fake_facebook.seed(2500, posts=5)
    fake_mastodon.seed(2500)
    outputs: list[str] = []

    def run(*args: str, stdin: str = "", code: int = 0) -> str:
        result = cli(home, *args, stdin=stdin)
        outputs.extend([result.stdout, result.stderr])
        assert result.returncode == code, result.stderr
        assert "Traceback" not in result.stderr
        return result.stdout

    run(
        "accounts",
        "add",
        "facebook",
        "--name",
        "Shop page",
        "--page-id",
        fake_facebook.page_id,
        "--api-base",
        fake_facebook.base_url,
        stdin=fake_facebook.token + "\n",
    )
    run(
        "accounts",
        "add",
        "mastodon",
        "--name",
        "Toots",
        "--instance",
        fake_mastodon.base_url,
        stdin=fake_mastodon.token + "\n",
    )
    assert "connected as the page Corner Bakery" in run("accounts", "check", "Shop page")
    assert "connected as @shop" in run("accounts", "check", "Toots")

    first = run("sync")
    assert "Shop page: 2500 new, 0 updated, 0 removed, 0 errors" in first
    assert "Toots: 2500 new, 0 updated, 0 removed, 0 errors" in first
    second = run("sync")
    assert "Shop page: 0 new" in second and "Toots: 0 new" in second
    assert len(run("comments", "--json", "--limit", "5000")) > 0

    fake_mastodon.expire_token()
    third = run("sync", "--account", "Toots", code=1)
    assert "Reconnect the account" in third
    assert "needs reconnecting" in run("accounts", "list")

    run("accounts", "remove", "Shop page")
    run("accounts", "remove", "Toots")
    for token in (fake_facebook.token, fake_mastodon.token):
        for path in home.rglob("*"):
            if path.is_file():
                assert token.encode() not in path.read_bytes(), path
        for text in outputs:
            assert token not in text
    assert keyring.get_password("feedback-desk", "account:Toots") is None


def test_google_and_youtube_accounts_from_the_command_line(
    tmp_path: Path, fake_google: FakeGoogleReviews, fake_youtube: FakeYouTube
) -> None:
    home = tmp_path / "home"
    fake_google.seed(120)
    fake_youtube.seed(150)
    secrets_given = [
        fake_google.client_secret,
        fake_google.refresh_token,
        fake_youtube.client_secret,
        fake_youtube.refresh_token,
    ]
    outputs: list[str] = []

    def run(*args: str, stdin: str = "", code: int = 0) -> str:
        result = cli(home, *args, stdin=stdin)
        outputs.extend([result.stdout, result.stderr])
        assert result.returncode == code, result.stderr
        assert "Traceback" not in result.stderr
        return result.stdout

    run(
        "accounts",
        "add",
        "google",
        "--name",
        "Reviews",
        "--account-id",
        fake_google.account_id,
        "--location-id",
        fake_google.location_id,
        "--client-id",
        fake_google.client_id,
        "--api-base",
        fake_google.base_url,
        "--token-url",
        fake_google.base_url + "/token",
        stdin=f"{fake_google.client_secret}\n{fake_google.refresh_token}\n",
    )
    run(
        "accounts",
        "add",
        "youtube",
        "--name",
        "Channel",
        "--channel-id",
        fake_youtube.channel_id,
        "--client-id",
        fake_youtube.client_id,
        "--api-base",
        fake_youtube.base_url,
        "--token-url",
        fake_youtube.base_url + "/token",
        stdin=f"{fake_youtube.client_secret}\n{fake_youtube.refresh_token}\n",
    )
    run("accounts", "check", "Reviews")
    run("accounts", "check", "Channel")
    first = run("sync")
    assert "Reviews: 120 new" in first
    assert "Channel: " in first and "0 errors" in first
    listed = run("comments", "--platform", "google", "--json", "--limit", "1")
    assert '"rating"' in listed
    run("accounts", "remove", "Reviews")
    run("accounts", "remove", "Channel")
    for secret in secrets_given:
        for path in home.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path
        for text in outputs:
            assert secret not in text
