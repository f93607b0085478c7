"""`feedback-desk accounts connect` / `reconnect` as a shop owner runs them: separate
processes, the real Secret Service, a fake browser named in BROWSER that follows the sign-in
of a local fake platform, then `feedback-desk sync` fills the inbox. Tokens end up in the
keyring and in no file, log line, output or argument; every failed sign-in exits 1 with one
line and stores nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from tests.fakes import FakeFacebook, FakeGoogleReviews, FakeInstagram, FakeMastodon, FakeYouTube

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def real_secret_service() -> None:
    if "SecretService" not in type(keyring.get_keyring()).__module__:
        if os.environ.get("CI"):
            pytest.fail("CI must run the tests with a real Secret Service (scripts/run-tests.sh)")
        pytest.skip("needs the Secret Service that scripts/run-tests.sh starts")


@pytest.fixture
def clients(tmp_path: Path) -> Path:
    path = tmp_path / "oauth_clients.json"
    path.write_text(
        json.dumps(
            {
                "google": {
                    "client_id": "1234567890-fake.apps.googleusercontent.com",
                    "client_secret": "GOCSPX-fake-client-secret",
                },
                "meta": {"app_id": FakeFacebook.app_id, "client_token": FakeFacebook.client_token},
            }
        )
    )
    return path


class Owner:
    """Runs feedback-desk with one data home, a fake browser and the fakes' registrations."""

    def __init__(self, tmp_path: Path, clients: Path) -> None:
        self.home = tmp_path / "home"
        self.browser_log = tmp_path / "browser.log"
        self.clients = clients
        self.outputs: list[str] = []
        self.argvs: list[list[str]] = []

    def run(self, *args: str, code: int = 0, browser: str = "ok") -> str:
        env = {
            **os.environ,
            "FEEDBACK_DESK_HOME": str(self.home),
            "FEEDBACK_DESK_OAUTH_CLIENTS": str(self.clients),
            "BROWSER": f"{sys.executable} {ROOT / 'tests' / 'fake_browser.py'} %s",
            "FAKE_BROWSER": browser,
            "FAKE_BROWSER_LOG": str(self.browser_log),
        }
        argv = [sys.executable, "-m", "feedback_desk", *args]
        self.argvs.append(argv)
        result = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
            cwd=ROOT,
        )
        self.outputs.extend([result.stdout, result.stderr])
        assert result.returncode == code, (result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        if code == 1:
            assert result.stderr.count("\n") == 1, result.stderr  # one line
        return result.stdout + result.stderr

    def opened(self) -> list[str]:
        """The addresses the browser was started with (its argv), one per sign-in."""
        if not self.browser_log.exists():
            return []
        lines = self.browser_log.read_text().splitlines()
        return [line for line in lines if "state=" in line and "code=" not in line]

    def assert_nowhere(self, *values: str) -> None:
        for value in values:
            assert value
            for path in self.home.rglob("*"):
                if path.is_file():
                    assert value.encode() not in path.read_bytes(), path
            for text in self.outputs:
                assert value not in text
            for argv in self.argvs:
                assert value not in " ".join(argv)
            for url in self.opened():
                assert value not in url

    def accounts(self) -> list[dict[str, object]]:
        listed = json.loads(self.run("accounts", "list", "--json"))
        assert isinstance(listed, list)
        return listed


def test_google_connect_then_sync_fills_the_inbox_and_the_token_is_only_in_the_keyring(
    tmp_path: Path, clients: Path, fake_google: FakeGoogleReviews
) -> None:
    fake_google.seed(30)
    owner = Owner(tmp_path, clients)
    out = owner.run(
        "accounts", "connect", "google", "--name", "E2E Reviews",
        "--auth-base", fake_google.base_url, "--api-base", fake_google.base_url,
    )  # fmt: skip
    assert "To sign in with Google reviews, open this page:" in out
    assert "Connected Google reviews account 'E2E Reviews'" in out
    (opened,) = owner.opened()
    assert opened.startswith(fake_google.base_url + "/o/oauth2/v2/auth?")
    assert "code_challenge_method=S256" in opened
    stored = json.loads(keyring.get_password("feedback-desk", "account:E2E Reviews") or "{}")
    assert stored["refresh_token"] == fake_google.refresh_token

    assert "E2E Reviews: 30 new" in owner.run("sync")
    listed = json.loads(owner.run("comments", "--platform", "google", "--json", "--limit", "50"))
    assert len(listed) == 30
    access_tokens = list(fake_google._access_tokens)
    owner.assert_nowhere(fake_google.refresh_token, fake_google.client_secret, *access_tokens)
    owner.run("accounts", "remove", "E2E Reviews")
    assert keyring.get_password("feedback-desk", "account:E2E Reviews") is None


def test_youtube_and_instagram_connect_and_sync(
    tmp_path: Path,
    clients: Path,
    fake_youtube: FakeYouTube,
    fake_instagram: FakeInstagram,
) -> None:
    fake_youtube.seed(20)
    fake_instagram.seed(15)
    owner = Owner(tmp_path, clients)
    owner.run(
        "accounts", "connect", "youtube", "--name", "E2E Channel",
        "--auth-base", fake_youtube.base_url, "--api-base", fake_youtube.base_url,
    )  # fmt: skip
    out = owner.run(
        "accounts", "connect", "instagram", "--name", "E2E Gram",
        "--auth-base", fake_instagram.base_url, "--api-base", fake_instagram.base_url,
    )  # fmt: skip
    assert "type the code" in out
    synced = owner.run("sync")
    assert "E2E Channel: " in synced and "E2E Gram: " in synced
    assert "0 errors" in synced
    assert len(json.loads(owner.run("comments", "--json", "--limit", "500"))) > 20
    owner.assert_nowhere(fake_instagram.token, fake_youtube.refresh_token)
    owner.run("accounts", "remove", "E2E Channel")
    owner.run("accounts", "remove", "E2E Gram")


def test_facebook_with_two_pages_needs_a_pick(
    tmp_path: Path, clients: Path, fake_facebook: FakeFacebook
) -> None:
    fake_facebook.seed(40, posts=2)
    fake_facebook.other_pages = [
        {"id": "555", "name": "Second Shop", "access_token": "EAAOtherPage1", "tasks": ["MANAGE"]}
    ]
    owner = Owner(tmp_path, clients)
    bases = ("--auth-base", fake_facebook.base_url, "--api-base", fake_facebook.base_url)
    many = owner.run("accounts", "connect", "facebook", *bases, code=1)
    assert "You may connect several" in many and "--pick" in many and "555 (" in many
    unknown = owner.run("accounts", "connect", "facebook", *bases, "--pick", "999", code=1)
    assert "Nothing you may connect is called '999'" in unknown
    assert owner.accounts() == []

    owner.run(
        "accounts", "connect", "facebook", *bases, "--pick", fake_facebook.page_id,
        "--name", "E2E Page",
    )  # fmt: skip
    assert "E2E Page: 40 new" in owner.run("sync")
    owner.assert_nowhere(fake_facebook.token, "EAAOtherPage1")
    owner.run("accounts", "remove", "E2E Page")


def test_mastodon_connect_and_reconnect_after_the_token_expired(
    tmp_path: Path, clients: Path, fake_mastodon: FakeMastodon
) -> None:
    fake_mastodon.seed(25)
    owner = Owner(tmp_path, clients)
    owner.run("accounts", "connect", "mastodon", "--instance", fake_mastodon.base_url,
              "--name", "E2E Toots")  # fmt: skip
    first = fake_mastodon.token
    assert "E2E Toots: 25 new" in owner.run("sync")

    fake_mastodon.expire_token()
    assert "Reconnect the account" in owner.run("sync", code=1)
    out = owner.run("accounts", "reconnect", "E2E Toots")
    assert "Reconnected Mastodon account 'E2E Toots'" in out
    assert fake_mastodon.token != first
    stored = json.loads(keyring.get_password("feedback-desk", "account:E2E Toots") or "{}")
    assert stored["token"] == fake_mastodon.token
    assert "E2E Toots: 0 new" in owner.run("sync")
    assert "connected" in owner.run("accounts", "list")
    secrets_seen = [a["client_secret"] for a in fake_mastodon.apps.values()]
    owner.assert_nowhere(first, fake_mastodon.token, *secrets_seen)
    owner.run("accounts", "remove", "E2E Toots")


@pytest.mark.parametrize(
    ("browser", "words"),
    [
        ("deny", "You did not allow Feedback Desk"),
        ("wrong-state", "state did not match"),
        ("never-return", "No answer came from the Google reviews sign-in within 2 seconds"),
        ("closed", "No answer came from the Google reviews sign-in within 2 seconds"),
    ],
)
def test_failed_google_sign_ins_exit_1_with_one_line_and_store_nothing(
    browser: str, words: str, tmp_path: Path, clients: Path, fake_google: FakeGoogleReviews
) -> None:
    owner = Owner(tmp_path, clients)
    out = owner.run(
        "accounts", "connect", "google", "--name", "E2E Failed",
        "--auth-base", fake_google.base_url, "--api-base", fake_google.base_url,
        "--timeout", "2", code=1, browser=browser,
    )  # fmt: skip
    assert words in out
    assert owner.accounts() == []
    assert keyring.get_password("feedback-desk", "account:E2E Failed") is None


def test_a_missing_permission_exits_1_naming_it(
    tmp_path: Path, clients: Path, fake_google: FakeGoogleReviews
) -> None:
    fake_google.drop_scopes = {"https://www.googleapis.com/auth/business.manage"}
    owner = Owner(tmp_path, clients)
    out = owner.run(
        "accounts", "connect", "google", "--name", "E2E Scope",
        "--auth-base", fake_google.base_url, "--api-base", fake_google.base_url, code=1,
    )  # fmt: skip
    assert "(business.manage)" in out
    assert owner.accounts() == []
    assert keyring.get_password("feedback-desk", "account:E2E Scope") is None


def test_no_browser_only_prints_the_address(
    tmp_path: Path, clients: Path, fake_mastodon: FakeMastodon
) -> None:
    owner = Owner(tmp_path, clients)
    out = owner.run(
        "accounts", "connect", "mastodon", "--instance", fake_mastodon.base_url,
        "--no-browser", "--timeout", "1", code=1,
    )  # fmt: skip
    assert f"open this page:\n  {fake_mastodon.base_url}/oauth/authorize?" in out
    assert "within 1 second," in out
    assert owner.opened() == []
    assert owner.accounts() == []


def test_a_copy_without_registration_says_what_to_do(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text("{}")
    owner = Owner(tmp_path, empty)
    out = owner.run("accounts", "connect", "facebook", code=1)
    assert "no Facebook sign-in registered" in out
    assert "Use my own app" in out and "accounts add" in out
