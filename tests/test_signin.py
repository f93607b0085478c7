"""Signing in with each platform against its local fake, with a fake browser: the flows,
what is stored (and where), and every way a sign-in ends without storing anything."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from feedback_desk.core.clock import system_clock
from feedback_desk.core.errors import Cancelled, UserFacingError
from feedback_desk.core.model import Platform
from feedback_desk.secrets import CredentialStore
from feedback_desk.sources.clients import CLIENTS_ENV, app_registration, save_own_app
from feedback_desk.sources.registry import connector_for
from feedback_desk.sources.signin import (
    SignIn,
    SignInFailed,
    begin_sign_in,
    pick_candidates,
)
from feedback_desk.store import Database
from feedback_desk.store.accounts import AccountStore
from tests import fake_browser
from tests.fakes import FakeFacebook, FakeGoogleReviews, FakeInstagram, FakeMastodon, FakeYouTube
from tests.keyrings import MemoryKeyring


@pytest.fixture
def keyring_() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def credentials(keyring_: MemoryKeyring) -> CredentialStore:
    return CredentialStore(keyring_)


@pytest.fixture
def clients_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Build settings as a packager would fill them, for the fakes' registrations."""
    path = tmp_path / "oauth_clients.json"
    path.write_text(
        json.dumps(
            {
                "google": {
                    "client_id": "1234567890-fake.apps.googleusercontent.com",
                    "client_secret": "GOCSPX-fake-client-secret",
                },
                "meta": {
                    "app_id": FakeFacebook.app_id,
                    "client_token": FakeFacebook.client_token,
                },
            }
        )
    )
    monkeypatch.setenv(CLIENTS_ENV, str(path))
    return path


def browse(url: str, monkeypatch: pytest.MonkeyPatch, mode: str = "ok") -> threading.Thread:
    """The owner's browser, on its own thread as it would be its own program."""
    monkeypatch.setenv("FAKE_BROWSER", mode)
    thread = threading.Thread(target=fake_browser.main, args=(url,), daemon=True)
    thread.start()
    return thread


@pytest.fixture
def closing() -> Iterator[list[SignIn]]:
    made: list[SignIn] = []
    yield made
    for sign_in in made:
        sign_in.close()


def google_sign_in(
    fake: FakeGoogleReviews | FakeYouTube,
    platform: Platform,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    closing: list[SignIn],
) -> SignIn:
    sign_in = begin_sign_in(
        platform, conn, auth_base=fake.base_url, api_base=fake.base_url, credentials=credentials
    )
    closing.append(sign_in)
    return sign_in


def test_google_reviews_sign_in_connects_a_location_with_its_refresh_token_in_the_keyring(
    fake_google: FakeGoogleReviews,
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    keyring_: MemoryKeyring,
    clients_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    fake_google.seed(5)
    sign_in = google_sign_in(fake_google, Platform.GOOGLE, conn, credentials, closing)
    prompt = sign_in.start()
    assert prompt.url.startswith(fake_google.base_url + "/o/oauth2/v2/auth?")
    assert prompt.user_code is None
    browse(prompt.url, monkeypatch)
    sign_in.wait(threading.Event(), timeout=10)

    asked = fake_google.sign_ins[-1]
    assert asked["code_challenge_method"] == "S256"
    assert asked["access_type"] == "offline"
    assert asked["scope"] == "https://www.googleapis.com/auth/business.manage"
    assert asked["redirect_uri"].startswith("http://127.0.0.1:")

    (candidate,) = sign_in.candidates()
    assert candidate.ident == "accounts/111/locations/222"
    assert candidate.name == "Corner Bakery"
    assert "12 Baker Street" in candidate.detail
    assert pick_candidates([candidate], ["accounts/111/locations/222"]) == [candidate]

    (account,) = sign_in.connect(db, conn, credentials, [candidate], {candidate.ident: "Reviews"})
    assert account.name == "Reviews"
    assert account.settings["account_id"] == "111"
    assert account.settings["location_id"] == "222"
    stored = json.loads(keyring_.items[("feedback-desk", "account:Reviews")])
    assert stored == {
        "client_secret": "GOCSPX-fake-client-secret",
        "refresh_token": fake_google.refresh_token,
    }
    settings_text = json.dumps(account.settings)
    assert fake_google.refresh_token not in settings_text
    # The account works like one added by hand: GoogleAuth renews access tokens itself.
    assert connector_for(account, credentials.load("Reviews"), clock=system_clock).check()


def test_youtube_asks_only_for_its_scope_and_lists_the_channel(
    fake_youtube: FakeYouTube,
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    clients_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    sign_in = google_sign_in(fake_youtube, Platform.YOUTUBE, conn, credentials, closing)
    browse(sign_in.start().url, monkeypatch)
    sign_in.wait(threading.Event(), timeout=10)
    assert fake_youtube.sign_ins[-1]["scope"] == "https://www.googleapis.com/auth/youtube.force-ssl"
    (candidate,) = sign_in.candidates()
    assert candidate.ident == fake_youtube.channel_id
    (account,) = sign_in.connect(db, conn, credentials, [candidate])
    assert account.name == "Corner Bakery"
    assert account.settings["channel_id"] == fake_youtube.channel_id


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("deny", "You did not allow Feedback Desk"),
        ("wrong-state", "state did not match"),
    ],
)
def test_denied_consent_and_a_wrong_state_end_with_one_sentence_and_nothing_stored(
    mode: str,
    words: str,
    fake_google: FakeGoogleReviews,
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    keyring_: MemoryKeyring,
    clients_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    sign_in = google_sign_in(fake_google, Platform.GOOGLE, conn, credentials, closing)
    browse(sign_in.start().url, monkeypatch, mode).join(10)
    with pytest.raises(SignInFailed, match=words) as failed:
        sign_in.wait(threading.Event(), timeout=10)
    assert "\n" not in str(failed.value)
    assert not [r for r in fake_google.requests if r.path == "/token"]
    assert AccountStore(db, conn).all() == []
    assert keyring_.items == {}


def test_an_unticked_permission_is_named(
    fake_google: FakeGoogleReviews,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    clients_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    fake_google.drop_scopes = {"https://www.googleapis.com/auth/business.manage"}
    sign_in = google_sign_in(fake_google, Platform.GOOGLE, conn, credentials, closing)
    browse(sign_in.start().url, monkeypatch)
    with pytest.raises(SignInFailed, match=r"permission to manage your Business Profile reviews"):
        sign_in.wait(threading.Event(), timeout=10)


def test_a_browser_that_never_comes_back_times_out(
    fake_google: FakeGoogleReviews,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    clients_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    sign_in = google_sign_in(fake_google, Platform.GOOGLE, conn, credentials, closing)
    browse(sign_in.start().url, monkeypatch, "never-return").join(10)
    with pytest.raises(SignInFailed, match="No answer came from the Google reviews sign-in"):
        sign_in.wait(threading.Event(), timeout=0.5)


def test_cancel_stops_the_wait_within_a_second(
    fake_google: FakeGoogleReviews,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    clients_file: Path,
    closing: list[SignIn],
) -> None:
    sign_in = google_sign_in(fake_google, Platform.GOOGLE, conn, credentials, closing)
    cancel_stops_the_wait_within_a_second(sign_in)


def test_the_listener_serves_only_its_redirect_and_stops_on_close(
    fake_google: FakeGoogleReviews,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    clients_file: Path,
    closing: list[SignIn],
) -> None:
    sign_in = google_sign_in(fake_google, Platform.GOOGLE, conn, credentials, closing)
    prompt = sign_in.start()
    redirect = fake_google.sign_ins[-1] if fake_google.sign_ins else None
    assert redirect is None  # nothing asked of Google before the browser opens the page
    port_url = prompt.url.split("redirect_uri=")[1].split("&")[0]
    from urllib.parse import unquote

    listener = unquote(port_url)
    assert requests.get(listener + "favicon.ico", timeout=5).status_code == 404
    assert requests.get(listener, timeout=5).status_code == 404  # no state, no code
    sign_in.close()
    sign_in.close()  # idempotent
    with pytest.raises(requests.ConnectionError):
        requests.get(listener + "?state=x&code=y", timeout=5)


def test_mastodon_registers_the_app_then_signs_in(
    fake_mastodon: FakeMastodon,
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    keyring_: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    old = fake_mastodon.token
    sign_in = begin_sign_in(Platform.MASTODON, conn, instance=fake_mastodon.base_url)
    closing.append(sign_in)
    prompt = sign_in.start()
    (app,) = fake_mastodon.apps.values()
    assert app["redirect_uri"].startswith("http://127.0.0.1:")
    assert prompt.url.startswith(fake_mastodon.base_url + "/oauth/authorize?")
    browse(prompt.url, monkeypatch)
    sign_in.wait(threading.Event(), timeout=10)
    (candidate,) = sign_in.candidates()
    assert candidate.ident == f"shop@127.0.0.1:{fake_mastodon.port}"
    (account,) = sign_in.connect(db, conn, credentials, [candidate])
    stored = json.loads(keyring_.items[("feedback-desk", f"account:{account.name}")])
    assert stored["token"] == fake_mastodon.token != old
    assert stored["client_secret"] == app["client_secret"]
    assert app["client_secret"] not in json.dumps(account.settings)
    assert (
        connector_for(account, credentials.load(account.name), clock=system_clock).check()
        == "@shop"
    )


def test_facebook_device_sign_in_lists_pages_and_stores_the_page_token(
    fake_facebook: FakeFacebook,
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    keyring_: MemoryKeyring,
    clients_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    fake_facebook.other_pages = [
        {"id": "555", "name": "Second Shop", "access_token": "EAAOtherPage", "tasks": ["MODERATE"]},
        {"id": "556", "name": "Only analyst", "access_token": "EAAAnalyst", "tasks": ["ANALYZE"]},
    ]
    fake_facebook.slow_down_polls = 1
    sign_in = begin_sign_in(
        Platform.FACEBOOK,
        conn,
        auth_base=fake_facebook.base_url,
        api_base=fake_facebook.base_url,
        credentials=credentials,
    )
    closing.append(sign_in)
    prompt = sign_in.start()
    assert prompt.url == fake_facebook.base_url + "/device"
    assert prompt.user_code
    browse(prompt.url + "?user_code=" + prompt.user_code, monkeypatch)
    sign_in.wait(threading.Event(), timeout=20)
    found = sign_in.candidates()
    assert [c.ident for c in found] == [fake_facebook.page_id, "555"]  # not the analyst's
    (account,) = sign_in.connect(db, conn, credentials, [found[0]])
    assert account.settings == {
        "page_id": fake_facebook.page_id,
        "api_base": fake_facebook.base_url,
    }
    stored = json.loads(keyring_.items[("feedback-desk", f"account:{account.name}")])
    assert stored == {"token": fake_facebook.token}
    assert "connected as the page Corner Bakery" in (
        "connected as "
        + connector_for(account, credentials.load(account.name), clock=system_clock).check()
    )


def test_instagram_candidates_are_the_accounts_linked_to_pages(
    fake_instagram: FakeInstagram,
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    clients_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    sign_in = begin_sign_in(
        Platform.INSTAGRAM,
        conn,
        auth_base=fake_instagram.base_url,
        api_base=fake_instagram.base_url,
        credentials=credentials,
    )
    closing.append(sign_in)
    browse(sign_in.start().url, monkeypatch)
    sign_in.wait(threading.Event(), timeout=20)
    (candidate,) = sign_in.candidates()
    assert candidate.ident == fake_instagram.ig_user_id
    assert candidate.detail == "Instagram @corner_bakery, linked to the page Corner Bakery"
    (account,) = sign_in.connect(db, conn, credentials, [candidate])
    assert account.settings["page_id"] == fake_instagram.page_id
    assert (
        connector_for(account, credentials.load(account.name), clock=system_clock).check()
        == "@corner_bakery"
    )


def test_meta_missing_permission_and_expired_code(
    fake_facebook: FakeFacebook,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    clients_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    def new() -> SignIn:
        sign_in = begin_sign_in(
            Platform.FACEBOOK,
            conn,
            auth_base=fake_facebook.base_url,
            api_base=fake_facebook.base_url,
            credentials=credentials,
        )
        closing.append(sign_in)
        return sign_in

    fake_facebook.declined_permissions = {"pages_manage_engagement"}
    first = new()
    browse(first.start().url, monkeypatch).join(10)
    with pytest.raises(
        SignInFailed, match=r"answer comments on your page \(pages_manage_engagement\)"
    ):
        first.wait(threading.Event(), timeout=20)

    second = new()
    second.start()
    fake_facebook.expire_device_codes()
    with pytest.raises(SignInFailed, match="code expired before it was entered"):
        second.wait(threading.Event(), timeout=20)


def test_no_registration_says_what_to_do_and_own_app_comes_first(
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    keyring_: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text('{"google": {"client_id": "", "client_secret": ""}}')
    monkeypatch.setenv(CLIENTS_ENV, str(empty))
    with pytest.raises(UserFacingError, match="no Facebook sign-in registered") as error:
        begin_sign_in(Platform.FACEBOOK, conn, credentials=credentials)
    assert "own app" in str(error.value) and "accounts add" in str(error.value)
    save_own_app("meta", db, conn, credentials, "999888777", "owner-client-token-123")
    registration = app_registration("meta", conn, credentials)
    assert registration is not None and registration.own
    assert registration.client_id == "999888777"
    assert "owner-client-token-123" not in repr(registration)
    assert "owner-client-token-123" not in json.dumps(
        conn.execute("SELECT * FROM settings").fetchall()
    )
    assert json.loads(keyring_.items[("feedback-desk", "app:meta")]) == {
        "secret": "owner-client-token-123"
    }


def test_the_packaged_registrations_are_empty_and_shipped() -> None:
    from importlib import resources

    data = json.loads(
        resources.files("feedback_desk.resources").joinpath("oauth_clients.json").read_text()
    )
    assert data["google"] == {"client_id": "", "client_secret": ""}
    assert data["meta"] == {"app_id": "", "client_token": ""}


def test_reconnect_gives_an_expired_account_new_tokens(
    fake_mastodon: FakeMastodon,
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    keyring_: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    def signed_in() -> SignIn:
        sign_in = begin_sign_in(Platform.MASTODON, conn, instance=fake_mastodon.base_url)
        closing.append(sign_in)
        browse(sign_in.start().url, monkeypatch)
        sign_in.wait(threading.Event(), timeout=10)
        return sign_in

    first = signed_in()
    (account,) = first.connect(db, conn, credentials, first.candidates(), None)
    fake_mastodon.expire_token()
    second = signed_in()
    again = second.reconnect(db, conn, credentials, account.name)
    assert again.state == "ok"
    assert credentials.load(account.name)["token"] == fake_mastodon.token
    assert (
        connector_for(again, credentials.load(account.name), clock=system_clock).check() == "@shop"
    )
    # Connecting the same account twice is refused: it exists; reconnect it instead.
    with pytest.raises(UserFacingError, match="already connected"):
        second.connect(db, conn, credentials, second.candidates(), {"x": "y"})


def test_cancel_stops_a_device_sign_in_while_it_polls(
    fake_facebook: FakeFacebook,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    clients_file: Path,
    closing: list[SignIn],
) -> None:
    fake_facebook.device_interval = 30  # the owner is slow; the app must not sleep through Cancel
    sign_in = begin_sign_in(
        Platform.FACEBOOK,
        conn,
        auth_base=fake_facebook.base_url,
        api_base=fake_facebook.base_url,
        credentials=credentials,
    )
    closing.append(sign_in)
    cancel_stops_the_wait_within_a_second(sign_in)


def test_suggested_names_are_unique_among_accounts_and_candidates(
    fake_facebook: FakeFacebook,
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    clients_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    AccountStore(db, conn).add(
        "Corner Bakery", Platform.MASTODON, {"instance": "https://x.example"}
    )
    fake_facebook.other_pages = [
        {"id": "555", "name": "Corner Bakery", "access_token": "EAAOtherPage", "tasks": ["MANAGE"]}
    ]
    sign_in = begin_sign_in(
        Platform.FACEBOOK,
        conn,
        auth_base=fake_facebook.base_url,
        api_base=fake_facebook.base_url,
        credentials=credentials,
    )
    closing.append(sign_in)
    browse(sign_in.start().url, monkeypatch)
    sign_in.wait(threading.Event(), timeout=20)
    names = [c.suggested_name for c in sign_in.candidates()]
    assert names == ["Corner Bakery (Facebook)", "Corner Bakery 2"]
    accounts = sign_in.connect(db, conn, credentials, sign_in.candidates())
    assert [a.name for a in accounts] == names


def test_an_api_that_refuses_the_listing_is_one_sentence(
    fake_google: FakeGoogleReviews,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    clients_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    sign_in = google_sign_in(fake_google, Platform.GOOGLE, conn, credentials, closing)
    browse(sign_in.start().url, monkeypatch)
    sign_in.wait(threading.Event(), timeout=10)
    fake_google.permission_denied()
    with pytest.raises(SignInFailed, match="Signed in, but Google refused to list") as refused:
        sign_in.candidates()
    assert "has not been used in project" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_reconnect_refuses_an_account_this_sign_in_cannot_manage(
    fake_mastodon: FakeMastodon,
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    keyring_: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[SignIn],
) -> None:
    instance = fake_mastodon.base_url
    AccountStore(db, conn).add(
        "Someone else", Platform.MASTODON, {"instance": instance, "account_id": "42"}
    )
    AccountStore(db, conn).add("A page", Platform.FACEBOOK, {"page_id": "1"})
    sign_in = begin_sign_in(Platform.MASTODON, conn, instance=instance)
    closing.append(sign_in)
    browse(sign_in.start().url, monkeypatch)
    sign_in.wait(threading.Event(), timeout=10)
    with pytest.raises(SignInFailed, match="cannot manage the account 'Someone else'"):
        sign_in.reconnect(db, conn, credentials, "Someone else")
    with pytest.raises(SignInFailed, match="is a Facebook account"):
        sign_in.reconnect(db, conn, credentials, "A page")
    assert keyring_.items == {}


def cancel_stops_the_wait_within_a_second(sign_in: SignIn) -> None:
    """Cancel pressed 0.3 s into a wait that would last a minute ends it within a second."""
    sign_in.start()
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    began = time.monotonic()
    with pytest.raises(Cancelled):
        sign_in.wait(cancel, timeout=60)
    assert time.monotonic() - began < 1.3
