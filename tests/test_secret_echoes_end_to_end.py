"""`feedback-desk sync` against platforms whose errors quote the secrets back: the token,
the refresh token, the client secret and the access token bought with them appear nowhere
(not on the screen, not in the log, not in the database), with a real keyring."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest

from tests.fakes import FakeFacebook, FakeGoogleReviews
from tests.fakes.base import RecordedRequest, Response
from tests.test_accounts_end_to_end import cli


@pytest.fixture(autouse=True)
def real_secret_service() -> None:
    if "SecretService" not in type(keyring.get_keyring()).__module__:
        if os.environ.get("CI"):
            pytest.fail("CI must run the tests with a real Secret Service (scripts/run-tests.sh)")
        pytest.skip("needs the Secret Service that scripts/run-tests.sh starts")


def test_secrets_quoted_in_platform_errors_appear_nowhere(
    tmp_path: Path, fake_facebook: FakeFacebook, fake_google: FakeGoogleReviews
) -> None:
    home = tmp_path / "home"
    fake_facebook.seed(30, posts=1)
    fake_google.seed(10)
    outputs: list[str] = []
    access_tokens: list[str] = []

    def run(*args: str, stdin: str = "", code: int = 0) -> str:
        result = cli(home, *args, stdin=stdin)
        outputs.extend([result.stdout, result.stderr])
        assert result.returncode == code, result.stderr
        assert "Traceback" not in result.stderr
        return result.stdout + result.stderr

    token = fake_facebook.token
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
        stdin=token + "\n",
    )
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

    def graph_echo(code: int) -> dict[str, object]:
        message = f"Invalid OAuth access token - Cannot parse access token: {token}"
        return {"error": {"message": message, "type": "OAuthException", "code": code}}

    # Facebook refuses, quoting the token; then says it expired, quoting it again.
    fake_facebook.fail_next(400, graph_echo(100), times=None)
    assert "Cannot parse access token" in run("sync", "--account", "Shop page", code=1)
    assert "Cannot parse access token" in run("accounts", "check", "Shop page", code=1)
    fake_facebook.clear_failures()
    fake_facebook.fail_next(400, graph_echo(190), times=None)
    run("sync", "--account", "Shop page", code=1)
    fake_facebook.clear_failures()

    # Google: the API quotes the access token the sync just bought...
    def quote_access_token(req: RecordedRequest) -> Response | None:
        if "/reviews" not in req.path or not req.bearer():
            return None
        access_tokens.append(str(req.bearer()))
        return fake_google.google_error(403, f"Token {req.bearer()} may not read this location.")

    fake_google.before_route = quote_access_token  # type: ignore[method-assign]
    assert "may not read this location" in run("sync", "--account", "Reviews", code=1)
    assert access_tokens
    # ...and the sign-in quotes the refresh token, the client id and the client secret.
    fake_google.fail_next(
        400,
        {
            "error": "invalid_grant",
            "error_description": f"Bad refresh token {fake_google.refresh_token} for client "
            f"{fake_google.client_id} (secret {fake_google.client_secret}).",
        },
        path_contains="/token",
        times=None,
    )
    assert "Bad refresh token" in run("sync", code=1)
    listed = run("accounts", "list")
    assert "needs reconnecting" in listed and "Bad refresh token" in listed

    secrets = [token, fake_google.refresh_token, fake_google.client_secret, *access_tokens]
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files)
    for secret in secrets:
        for path in files:
            assert secret.encode() not in path.read_bytes(), path
        for text in outputs:
            assert secret not in text
    run("accounts", "remove", "Shop page")
    run("accounts", "remove", "Reviews")
