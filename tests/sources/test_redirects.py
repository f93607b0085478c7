"""Redirects never carry a secret to another server.

Two loopback servers: the platform's fake, and a second one that only records what reaches
it. The platform answers a redirect (307/308 keep the method and the body; a redirect that
keeps the query string would carry `access_token=`) and the second server must never see a
secret, nor indeed anything at all. Token requests follow no redirect, even on the same server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from feedback_desk.core.errors import PlatformRefused
from feedback_desk.core.model import Platform
from feedback_desk.core.triage import Triage
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.google_auth import GoogleAuth
from feedback_desk.sources.graph import GRAPH_VERSION
from feedback_desk.sources.http import PlatformHttp, Slowdown
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import open_database
from feedback_desk.store.accounts import AccountState, AccountStore
from tests.fakes import FakeFacebook, FakeGoogleReviews
from tests.fakes.base import FakeServer, RecordedRequest


@pytest.fixture
def elsewhere() -> Iterator[FakeServer]:
    """Another server (another origin: same address, another port) that records everything."""
    with FakeServer() as server:
        yield server


def seen_by(server: FakeServer) -> str:
    """Everything a server received, as one text: paths, queries, headers and bodies."""
    parts: list[str] = []
    for req in server.requests:
        parts.append(req.raw_path)
        parts.extend(f"{k}: {v}" for k, v in req.headers.items())
        parts.append(req.body.decode("utf-8", "replace"))
    return "\n".join(parts)


def google_auth(server: FakeGoogleReviews) -> tuple[PlatformHttp, GoogleAuth]:
    http = PlatformHttp("Google", "Reviews", sleep=lambda s: None, clock=server.clock)
    auth = GoogleAuth(
        http,
        server.client_id,
        server.client_secret,
        server.refresh_token,
        token_url=server.base_url + "/token",
        clock=server.clock,
    )
    return http, auth


@pytest.mark.parametrize("status", [307, 308])
def test_a_token_endpoint_redirect_to_another_server_posts_no_secret_there(
    fake_google: FakeGoogleReviews, elsewhere: FakeServer, status: int
) -> None:
    fake_google.fail_next(
        status, {}, headers={"Location": elsewhere.url("/token")}, path_contains="/token"
    )
    http, auth = google_auth(fake_google)
    with pytest.raises(PlatformRefused) as raised:
        auth.refresh()
    for secret in (fake_google.client_secret, fake_google.refresh_token, fake_google.client_id):
        assert secret not in seen_by(elsewhere)
        assert secret not in str(raised.value)
    assert elsewhere.requests == []
    assert "redirect" in str(raised.value)
    assert fake_google.hits("/token", method="POST") == 1
    assert "Authorization" not in http.session.headers


def test_a_token_endpoint_redirect_on_the_same_server_is_not_followed_either(
    fake_google: FakeGoogleReviews,
) -> None:
    fake_google.fail_next(
        308, {}, headers={"Location": fake_google.url("/token2")}, path_contains="/token"
    )
    _, auth = google_auth(fake_google)
    with pytest.raises(PlatformRefused, match="redirect"):
        auth.refresh()
    assert [r.path for r in fake_google.requests] == ["/token"]  # nothing re-posted
    auth.refresh()  # the next ask, unredirected, works
    assert auth.refreshes == 1


def test_a_next_page_redirected_to_another_server_with_its_query_stops_the_sync(
    tmp_path: Path, fake_facebook: FakeFacebook, elsewhere: FakeServer, triage: Triage
) -> None:
    """Graph's next links carry access_token=; a redirect that keeps the query (as many
    servers' do) would hand the token to the other server."""
    fake_facebook.seed(120, posts=1)
    token = fake_facebook.token
    moved = elsewhere.url(f"/{GRAPH_VERSION}/moved", access_token=token, limit="25")
    fake_facebook.fail_next(307, {}, headers={"Location": moved}, path_contains="after=")
    db = open_database(tmp_path / "home", fake_facebook.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add("Shop page", Platform.FACEBOOK, {"page_id": "x"})
    http = PlatformHttp("Facebook", "Shop page", sleep=lambda s: None, clock=fake_facebook.clock)
    connector = FacebookConnector(http, fake_facebook.page_id, token, fake_facebook.base_url)
    summary = sync_account(db, conn, account, connector, triage)
    assert token not in seen_by(elsewhere)
    assert elsewhere.requests == []
    assert summary.error is not None and "another server" in summary.error
    assert token not in summary.error
    stored = AccountStore(db, conn).get("Shop page")
    assert stored.state == AccountState.UNREACHABLE and token not in (stored.state_reason or "")


def test_a_post_redirected_to_another_server_is_not_sent_there(
    fake_facebook: FakeFacebook, elsewhere: FakeServer
) -> None:
    """requests drops Authorization on a cross-host redirect, but 307 re-sends the body."""
    fake_facebook.fail_next(307, {}, headers={"Location": elsewhere.url("/reply")}, method="POST")
    http = PlatformHttp("Facebook", "Shop page", sleep=lambda s: None)
    http.session.headers["Authorization"] = f"Bearer {fake_facebook.token}"
    url = fake_facebook.url(f"/{GRAPH_VERSION}/1_2/comments")

    def fine(response: object) -> Slowdown | None:
        return None

    with pytest.raises(PlatformRefused, match="another server"):
        http.call("POST", url, fine, data={"message": "Sorry!", "secret_field": "abcdefgh123"})
    assert elsewhere.requests == []


def test_a_redirect_on_the_same_server_is_still_followed(
    fake_facebook: FakeFacebook, elsewhere: FakeServer
) -> None:
    fake_facebook.seed(3, posts=1)
    page = fake_facebook.url(f"/{GRAPH_VERSION}/{fake_facebook.page_id}", fields="id,name")
    fake_facebook.fail_next(302, {}, headers={"Location": page}, path_contains="fields=id")
    http = PlatformHttp("Facebook", "Shop page", sleep=lambda s: None)
    connector = FacebookConnector(
        http, fake_facebook.page_id, fake_facebook.token, fake_facebook.base_url
    )
    assert connector.check() == "the page Corner Bakery"
    followed: list[RecordedRequest] = fake_facebook.requests
    assert len(followed) == 2 and followed[1].bearer() == fake_facebook.token
