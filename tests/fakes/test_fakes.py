"""Self-tests of the platform fakes, driven with plain ``requests`` over loopback."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from feedback_desk.sources.graph import GRAPH_VERSION

from . import (
    DEFAULT_NOW,
    FakeFacebook,
    FakeGoogleReviews,
    FakeInstagram,
    FakeMastodon,
    FakeYouTube,
)
from .fixtures import *  # noqa: F403

TIMEOUT = 5


class Http:
    """A requests.Session whose every call carries a timeout."""

    def __init__(self) -> None:
        self.session = requests.Session()

    def request(self, method: str, url: str, **kw: Any) -> requests.Response:
        return self.session.request(method, url, timeout=TIMEOUT, **kw)

    def get(self, url: str, **kw: Any) -> requests.Response:
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw: Any) -> requests.Response:
        return self.request("POST", url, **kw)

    def put(self, url: str, **kw: Any) -> requests.Response:
        return self.request("PUT", url, **kw)

    def delete(self, url: str, **kw: Any) -> requests.Response:
        return self.request("DELETE", url, **kw)


@pytest.fixture
def http() -> Iterator[Http]:
    client = Http()
    yield client
    client.session.close()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def graph_error(resp: requests.Response) -> dict[str, Any]:
    body = resp.json()
    assert set(body) == {"error"}
    error: dict[str, Any] = body["error"]
    assert {"message", "type", "code", "fbtrace_id"} <= set(error)
    return error


def google_error(resp: requests.Response, code: int, status: str) -> dict[str, Any]:
    assert resp.status_code == code
    error: dict[str, Any] = resp.json()["error"]
    assert error["code"] == code
    assert error["status"] == status
    assert error["message"]
    return error


# =========================================================================== base behaviour


def test_recorded_request_keeps_method_path_query_headers_body(
    fake_mastodon: FakeMastodon, http: Http
) -> None:
    url = f"{fake_mastodon.base_url}/api/v1/statuses?x=1&x=2"
    headers = {**bearer(fake_mastodon.token), "X-Custom-Thing": "yes"}
    http.post(url, data={"status": "Hello @shop", "visibility": "direct"}, headers=headers)
    http.post(url, json={"status": "JSON body"}, headers=headers)

    form_req, json_req = fake_mastodon.requests
    assert form_req.method == "POST"
    assert form_req.path == "/api/v1/statuses"
    assert form_req.query == {"x": ["1", "2"]}
    assert form_req.headers["x-custom-thing"] == "yes"
    assert form_req.headers["X-CUSTOM-THING"] == "yes"
    assert form_req.form == {"status": ["Hello @shop"], "visibility": ["direct"]}
    assert form_req.json is None
    assert b"visibility=direct" in form_req.body
    assert json_req.json == {"status": "JSON body"}
    assert json_req.form is None
    assert fake_mastodon.hits("/api/v1/statuses") == 2
    assert fake_mastodon.hits("/api/v1/statuses", method="GET") == 0


def test_fail_next_uses_platform_envelope_and_path_filter(
    fake_facebook: FakeFacebook, http: Http
) -> None:
    post = fake_facebook.add_post()
    fake_facebook.add_comment(post, "Cold coffee")
    fake_facebook.fail_next(500, path_contains="/comments")
    auth = bearer(fake_facebook.token)

    assert http.get(f"{fake_facebook.base_url}/{GRAPH_VERSION}/me", headers=auth).status_code == 200
    failed = http.get(f"{fake_facebook.base_url}/{GRAPH_VERSION}/{post}/comments", headers=auth)
    assert failed.status_code == 500
    error = graph_error(failed)
    assert error["code"] == 2
    assert error["is_transient"] is True
    assert "X-App-Usage" in failed.headers
    again = http.get(f"{fake_facebook.base_url}/{GRAPH_VERSION}/{post}/comments", headers=auth)
    assert again.status_code == 200
    assert len(again.json()["data"]) == 1


def test_fail_next_custom_body_headers_and_times(fake_mastodon: FakeMastodon, http: Http) -> None:
    fake_mastodon.fail_next(503, {"error": "down for maintenance"}, {"Retry-After": "7"}, times=2)
    url = f"{fake_mastodon.base_url}/api/v1/accounts/verify_credentials"
    auth = bearer(fake_mastodon.token)
    for _ in range(2):
        resp = http.get(url, headers=auth)
        assert resp.status_code == 503
        assert resp.json() == {"error": "down for maintenance"}
        assert resp.headers["Retry-After"] == "7"
        assert "X-RateLimit-Remaining" in resp.headers
    assert http.get(url, headers=auth).status_code == 200


def test_dropped_connection_is_a_network_error(fake_mastodon: FakeMastodon, http: Http) -> None:
    url = f"{fake_mastodon.base_url}/api/v1/accounts/verify_credentials"
    auth = bearer(fake_mastodon.token)
    assert http.get(url, headers=auth).status_code == 200  # a pooled keep-alive connection
    fake_mastodon.drop_next_connection()
    with pytest.raises(requests.ConnectionError):
        http.get(url, headers=auth)
    assert http.get(url, headers=auth).status_code == 200
    assert fake_mastodon.hits("verify_credentials") == 3


@pytest.mark.parametrize("kind", ["invalid_json", "wrong_shape", "html"])
def test_malformed_next(fake_mastodon: FakeMastodon, http: Http, kind: str) -> None:
    fake_mastodon.malformed_next(kind=kind, path_contains="/notifications")
    url = f"{fake_mastodon.base_url}/api/v1/notifications"
    resp = http.get(url, headers=bearer(fake_mastodon.token))
    assert resp.status_code == 200
    if kind == "invalid_json":
        with pytest.raises(ValueError):
            resp.json()
    elif kind == "wrong_shape":
        assert not isinstance(resp.json(), list)
    else:
        assert resp.headers["Content-Type"].startswith("text/html")
    assert http.get(url, headers=bearer(fake_mastodon.token)).json() == []


def test_server_stops_on_exit_and_clock_moves() -> None:
    with FakeMastodon() as fake:
        url = f"{fake.base_url}/api/v1/instance"
        assert url.startswith("http://127.0.0.1:")
        assert requests.get(url, timeout=TIMEOUT).status_code == 200
        assert fake.now == DEFAULT_NOW == datetime(2026, 11, 25, 12, tzinfo=UTC)
        fake.advance(hours=2)
        assert fake.clock() == DEFAULT_NOW + timedelta(hours=2)
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=TIMEOUT)


CHEAP_CHECKS: dict[type, tuple[str, dict[str, str]]] = {
    FakeFacebook: (f"/{GRAPH_VERSION}/me", {"fields": "id,name"}),
    FakeInstagram: (f"/{GRAPH_VERSION}/me", {"fields": "id,username"}),
    FakeGoogleReviews: ("/v1/accounts", {}),
    FakeYouTube: ("/youtube/v3/channels", {"part": "id", "mine": "true"}),
    FakeMastodon: ("/api/v1/accounts/verify_credentials", {}),
}


@pytest.mark.parametrize("fake_class", list(CHEAP_CHECKS), ids=lambda c: c.__name__)
def test_every_fake_injects_429_500_and_drops(fake_class: type, http: Http) -> None:
    path, params = CHEAP_CHECKS[fake_class]
    with fake_class() as fake:
        url = fake.base_url + path

        def call() -> requests.Response:
            return http.get(url, params=params, headers=bearer(fake.token))

        assert call().status_code == 200
        fake.fail_next(429)
        fake.fail_next(500)
        limited, broken = call(), call()
        assert (limited.status_code, broken.status_code) == (429, 500)
        for resp in (limited, broken):
            assert "error" in resp.json()  # each platform's own envelope
        fake.drop_next_connection(times=2)
        for _ in range(2):
            with pytest.raises(requests.ConnectionError):
                call()
        assert call().status_code == 200
        assert fake.hits(path) == 6
        assert not fake.errors


# =========================================================================== Facebook


def walk_graph(http: Http, url: str, params: dict[str, Any], base_url: str) -> list[dict[str, Any]]:
    """Follow paging.next until it is absent; checks every page's envelope on the way."""
    items: list[dict[str, Any]] = []
    resp = http.get(url, params=params)
    while True:
        assert resp.status_code == 200, resp.text
        body = resp.json()
        items.extend(body["data"])
        paging = body.get("paging")
        if paging is None:
            break
        for cursor in paging["cursors"].values():
            base64.urlsafe_b64decode(cursor)  # opaque, but base64
        next_url = paging.get("next")
        if next_url is None:
            break
        assert next_url.startswith(base_url + f"/{GRAPH_VERSION}/")
        resp = http.get(next_url)
    return items


def test_facebook_comment_paging_walks_5000_comments_once(
    fake_facebook: FakeFacebook, http: Http
) -> None:
    ids = fake_facebook.seed(5000, posts=4)
    seen: list[str] = []
    for post_id in fake_facebook.posts:
        comments = walk_graph(
            http,
            f"{fake_facebook.base_url}/{GRAPH_VERSION}/{post_id}/comments",
            {
                "fields": "id,message,from,created_time,can_reply_privately",
                "filter": "stream",
                "order": "reverse_chronological",
                "limit": 100,
                "access_token": fake_facebook.token,
            },
            fake_facebook.base_url,
        )
        times = [c["created_time"] for c in comments]
        assert times == sorted(times, reverse=True)
        assert all(
            set(c) == {"id", "message", "from", "created_time", "can_reply_privately"}
            for c in comments
        )
        assert comments[0]["created_time"].endswith("+0000")
        seen.extend(c["id"] for c in comments)
    assert len(seen) == len(set(seen)) == 5000
    assert set(seen) == set(ids)


def test_facebook_limit_is_capped_and_short_page_is_not_the_end(
    fake_facebook: FakeFacebook, http: Http
) -> None:
    fake_facebook.seed(150, posts=1)
    post_id = next(iter(fake_facebook.posts))
    url = f"{fake_facebook.base_url}/{GRAPH_VERSION}/{post_id}/comments"
    first = http.get(url, params={"limit": 500}, headers=bearer(fake_facebook.token)).json()
    assert len(first["data"]) == 100
    assert "next" in first["paging"]
    second = http.get(first["paging"]["next"]).json()
    assert len(second["data"]) == 50
    assert "next" not in second["paging"]
    assert "previous" in second["paging"]
    assert set(first["data"][0]) == {"id", "message", "from", "created_time"}  # default fields


def test_facebook_feed_paging_with_nested_comments(fake_facebook: FakeFacebook, http: Http) -> None:
    posts = [
        fake_facebook.add_post(message=f"Post {i}", created_time=DEFAULT_NOW - timedelta(hours=i))
        for i in range(30)
    ]
    for i in range(3):
        fake_facebook.add_comment(posts[0], f"comment {i}", created_time=DEFAULT_NOW)
    found = walk_graph(
        http,
        f"{fake_facebook.base_url}/{GRAPH_VERSION}/{fake_facebook.page_id}/feed",
        {
            "fields": "id,message,created_time,comments.limit(2).summary(true)"
            "{can_reply_privately,from,message}",
            "limit": 7,
            "access_token": fake_facebook.token,
        },
        fake_facebook.base_url,
    )
    assert [p["id"] for p in found] == posts  # newest first, each once
    nested = found[0]["comments"]
    assert len(nested["data"]) == 2
    assert nested["summary"]["total_count"] == 3
    rest = http.get(nested["paging"]["next"]).json()
    assert [c["message"] for c in rest["data"]] == ["comment 2"]
    assert found[1]["comments"] == {
        "data": [],
        "summary": {"order": "chronological", "total_count": 0, "can_comment": True},
    }


def test_facebook_public_reply_stream_and_toplevel(fake_facebook: FakeFacebook, http: Http) -> None:
    base, auth = fake_facebook.base_url, bearer(fake_facebook.token)
    post = fake_facebook.add_post()
    comment = fake_facebook.add_comment(
        post, "Rude staff", "Cindy Hoover", "156407155145863", DEFAULT_NOW - timedelta(hours=1)
    )
    resp = http.post(
        f"{base}/{GRAPH_VERSION}/{comment}/comments", data={"message": "Sorry!"}, headers=auth
    )
    assert resp.status_code == 200
    reply_id = resp.json()["id"]
    assert set(resp.json()) == {"id"}
    assert fake_facebook.public_replies[0]["comment_id"] == comment
    assert fake_facebook.public_replies[0]["message"] == "Sorry!"
    # A reply to the reply joins the same thread.
    resp = http.post(
        f"{base}/{GRAPH_VERSION}/{reply_id}/comments", params={"message": "Also..."}, headers=auth
    )
    assert fake_facebook.public_replies[1]["parent_id"] == comment

    fields = "id,message,from,can_reply_privately,parent{id}"
    stream = http.get(
        f"{base}/{GRAPH_VERSION}/{post}/comments",
        params={"filter": "stream", "fields": fields},
        headers=auth,
    ).json()["data"]
    assert [c["id"] for c in stream][:2] == [comment, reply_id]
    assert stream[1]["from"] == {"name": fake_facebook.page_name, "id": fake_facebook.page_id}
    assert stream[1]["can_reply_privately"] is False
    assert stream[1]["parent"] == {"id": comment}
    toplevel = http.get(f"{base}/{GRAPH_VERSION}/{post}/comments", headers=auth).json()["data"]
    assert [c["id"] for c in toplevel] == [comment]
    replies = http.get(f"{base}/{GRAPH_VERSION}/{comment}/comments", headers=auth).json()["data"]
    assert len(replies) == 2


def test_facebook_page_reply_made_on_facebook(fake_facebook: FakeFacebook, http: Http) -> None:
    """add_page_reply: the page's answer as if written in Facebook's own tools, filed under
    the thread's top-level comment like one through the API, but not recorded as one."""
    base, auth = fake_facebook.base_url, bearer(fake_facebook.token)
    post = fake_facebook.add_post()
    top = fake_facebook.add_comment(post, "Cold coffee", created_time=DEFAULT_NOW)
    nested = fake_facebook.add_comment(post, "Same here", "Mei Kato", parent_id=top)
    to_top = fake_facebook.add_page_reply(top, "Sorry!", DEFAULT_NOW + timedelta(minutes=1))
    to_nested = fake_facebook.add_page_reply(nested, "Sorry, Mei!")
    assert fake_facebook.public_replies == []
    stream = http.get(
        f"{base}/{GRAPH_VERSION}/{post}/comments",
        params={"filter": "stream", "fields": "id,message,from,created_time,parent{id}"},
        headers=auth,
    ).json()["data"]
    by_id = {c["id"]: c for c in stream}
    page = {"name": fake_facebook.page_name, "id": fake_facebook.page_id}
    assert by_id[to_top]["from"] == by_id[to_nested]["from"] == page
    assert by_id[to_top]["parent"] == by_id[to_nested]["parent"] == {"id": top}
    assert by_id[to_top]["created_time"] == "2026-11-25T12:01:00+0000"
    assert "parent" not in by_id[top]


def test_facebook_auth_errors(fake_facebook: FakeFacebook, http: Http) -> None:
    url = f"{fake_facebook.base_url}/{GRAPH_VERSION}/{fake_facebook.page_id}"
    missing = http.get(url)
    assert missing.status_code == 400
    assert graph_error(missing)["code"] == 104

    wrong = http.get(url, headers=bearer("EAAnope"))
    assert wrong.status_code == 400
    error = graph_error(wrong)
    assert (error["code"], error["type"]) == (190, "OAuthException")
    assert "error_subcode" not in error

    ok_header = http.get(url, params={"fields": "id,name"}, headers=bearer(fake_facebook.token))
    ok_param = http.get(url, params={"fields": "id,name", "access_token": fake_facebook.token})
    assert (
        ok_header.json()
        == ok_param.json()
        == {"id": fake_facebook.page_id, "name": fake_facebook.page_name}
    )
    assert (
        http.get(
            f"{fake_facebook.base_url}/{GRAPH_VERSION}/me",
            params={"access_token": fake_facebook.token},
        ).json()["id"]
        == fake_facebook.page_id
    )

    fake_facebook.expire_token()
    expired = http.get(url, headers=bearer(fake_facebook.token))
    assert expired.status_code == 400
    error = graph_error(expired)
    assert (error["code"], error["error_subcode"]) == (190, 463)
    assert http.get(url, headers=bearer(fake_facebook.renew_token())).status_code == 200


def test_facebook_unknown_field_object_and_removed_comment(
    fake_facebook: FakeFacebook, http: Http
) -> None:
    base, auth = fake_facebook.base_url, bearer(fake_facebook.token)
    post = fake_facebook.add_post()
    comment = fake_facebook.add_comment(post, "Original")
    bad_field = http.get(
        f"{base}/{GRAPH_VERSION}/{comment}", params={"fields": "id,bogus"}, headers=auth
    )
    assert graph_error(bad_field)["code"] == 100
    fake_facebook.edit_comment(comment, "Edited")
    assert http.get(f"{base}/{GRAPH_VERSION}/{comment}", headers=auth).json()["message"] == "Edited"
    fake_facebook.remove_comment(comment)
    gone = http.get(f"{base}/{GRAPH_VERSION}/{comment}", headers=auth)
    error = graph_error(gone)
    assert (error["code"], error["error_subcode"]) == (100, 33)
    assert http.get(f"{base}/{GRAPH_VERSION}/{post}/comments", headers=auth).json() == {"data": []}
    assert graph_error(http.get(f"{base}/{GRAPH_VERSION}/123_456", headers=auth))["code"] == 100


def test_facebook_private_reply_once_within_7_days(fake_facebook: FakeFacebook, http: Http) -> None:
    base, auth = fake_facebook.base_url, bearer(fake_facebook.token)
    url = f"{base}/{GRAPH_VERSION}/{fake_facebook.page_id}/messages"
    post = fake_facebook.add_post()
    recent = fake_facebook.add_comment(post, "Bad", created_time=DEFAULT_NOW - timedelta(days=2))
    old = fake_facebook.add_comment(post, "Old", created_time=DEFAULT_NOW - timedelta(days=8))
    closed = fake_facebook.add_comment(post, "No DM", can_reply_privately=False)
    fresh = fake_facebook.add_comment(post, "Fresh", created_time=DEFAULT_NOW)

    def send(comment_id: str) -> requests.Response:
        payload = {"recipient": {"comment_id": comment_id}, "message": {"text": "Let's talk"}}
        return http.post(url, json=payload, headers=auth)

    first = send(recent)
    assert first.status_code == 200
    assert set(first.json()) == {"recipient_id", "message_id"}
    second = send(recent)
    assert second.status_code == 400
    assert graph_error(second)["code"] == 10900
    error = graph_error(send(old))
    assert (error["code"], error["error_subcode"]) == (10, 2018278)
    assert graph_error(send(closed))["code"] == 10903
    assert graph_error(send("999_999"))["code"] == 100

    fake_facebook.advance(days=7, seconds=1)
    assert graph_error(send(fresh))["code"] == 10
    fake_facebook.now = DEFAULT_NOW
    form = {
        "recipient": json.dumps({"comment_id": fresh}),
        "message": json.dumps({"text": "Form-encoded works too"}),
        "access_token": fake_facebook.token,
    }
    assert http.post(url, data=form).status_code == 200
    assert [r["comment_id"] for r in fake_facebook.private_replies] == [recent, fresh]


@pytest.mark.parametrize("code", [4, 17, 32, 613, 80001])
def test_facebook_throttling_and_usage_headers(
    fake_facebook: FakeFacebook, http: Http, code: int
) -> None:
    url = f"{fake_facebook.base_url}/{GRAPH_VERSION}/me"
    ok = http.get(url, headers=bearer(fake_facebook.token))
    assert json.loads(ok.headers["X-App-Usage"])["call_count"] < 100
    fake_facebook.throttle(code=code, minutes=7)
    throttled = http.get(url, headers=bearer(fake_facebook.token))
    assert throttled.status_code == 400
    assert graph_error(throttled)["code"] == code
    assert json.loads(throttled.headers["X-App-Usage"])["call_count"] == 100
    buc = json.loads(throttled.headers["X-Business-Use-Case-Usage"])
    assert buc[fake_facebook.page_id][0]["estimated_time_to_regain_access"] == 7
    assert http.get(url, headers=bearer(fake_facebook.token)).status_code == 200


# =========================================================================== Instagram


def test_instagram_media_and_comment_paging(fake_instagram: FakeInstagram, http: Http) -> None:
    ids = fake_instagram.seed(900, media=3)
    base, token = fake_instagram.base_url, fake_instagram.token
    media = walk_graph(
        http,
        f"{base}/{GRAPH_VERSION}/{fake_instagram.ig_user_id}/media",
        {"fields": "id,caption,timestamp,comments_count", "limit": 2, "access_token": token},
        base,
    )
    assert len(media) == 3
    assert sum(m["comments_count"] for m in media) == 900
    seen: list[str] = []
    for item in media:
        comments = walk_graph(
            http,
            f"{base}/{GRAPH_VERSION}/{item['id']}/comments",
            {
                "fields": "id,text,timestamp,username,like_count,"
                "replies{id,text,timestamp,username}",
                "limit": 50,
                "access_token": token,
            },
            base,
        )
        stamps = [c["timestamp"] for c in comments]
        assert stamps == sorted(stamps, reverse=True)
        seen.extend(c["id"] for c in comments)
    assert sorted(seen) == sorted(ids)


def test_instagram_reply_rules(fake_instagram: FakeInstagram, http: Http) -> None:
    base, auth = fake_instagram.base_url, bearer(fake_instagram.token)
    media = fake_instagram.add_media()
    top = fake_instagram.add_comment(media, "Stale bread", "sam_p")
    nested = fake_instagram.add_reply(top, "Same here", "lena_g")
    hidden = fake_instagram.add_comment(media, "spam spam", "bot", hidden=True)

    resp = http.post(
        f"{base}/{GRAPH_VERSION}/{top}/replies", params={"message": "So sorry!"}, headers=auth
    )
    assert resp.status_code == 200
    reply_id = resp.json()["id"]
    assert fake_instagram.public_replies[0]["comment_id"] == top
    listed = http.get(
        f"{base}/{GRAPH_VERSION}/{top}/replies", params={"fields": "id,text,username"}, headers=auth
    ).json()["data"]
    assert [r["id"] for r in listed] == [nested, reply_id]
    embedded = http.get(
        f"{base}/{GRAPH_VERSION}/{media}/comments",
        params={"fields": "id,text,replies{id,text}"},
        headers=auth,
    ).json()["data"]
    by_id = {c["id"]: c for c in embedded}
    assert [r["id"] for r in by_id[top]["replies"]["data"]] == [nested, reply_id]
    assert by_id[hidden]["id"] == hidden

    to_reply = http.post(
        f"{base}/{GRAPH_VERSION}/{nested}/replies", params={"message": "x"}, headers=auth
    )
    assert to_reply.status_code == 400
    assert graph_error(to_reply)["code"] == 100
    assert (
        graph_error(
            http.post(
                f"{base}/{GRAPH_VERSION}/{hidden}/replies", params={"message": "x"}, headers=auth
            )
        )["code"]
        == 100
    )
    assert (
        graph_error(http.post(f"{base}/{GRAPH_VERSION}/{top}/replies", headers=auth))["code"] == 100
    )
    hide = http.post(f"{base}/{GRAPH_VERSION}/{top}", params={"hide": "true"}, headers=auth)
    assert hide.json() == {"success": True}
    assert (
        http.post(
            f"{base}/{GRAPH_VERSION}/{top}/replies", params={"message": "x"}, headers=auth
        ).status_code
        == 400
    )
    assert len(fake_instagram.public_replies) == 1


def test_instagram_private_reply_and_expired_token(
    fake_instagram: FakeInstagram, http: Http
) -> None:
    base, auth = fake_instagram.base_url, bearer(fake_instagram.token)
    media = fake_instagram.add_media()
    comment = fake_instagram.add_comment(media, "Never again", timestamp=DEFAULT_NOW)
    old = fake_instagram.add_comment(media, "Old", timestamp=DEFAULT_NOW - timedelta(days=9))
    url = f"{base}/{GRAPH_VERSION}/{fake_instagram.ig_user_id}/messages"

    def send(comment_id: str) -> requests.Response:
        payload = {"recipient": {"comment_id": comment_id}, "message": {"text": "DM us"}}
        return http.post(url, json=payload, headers=auth)

    assert set(send(comment).json()) == {"recipient_id", "message_id"}
    assert graph_error(send(comment))["code"] == 10900
    assert graph_error(send(old))["code"] == 10
    assert len(fake_instagram.private_replies) == 1

    fake_instagram.expire_token()
    error = graph_error(http.get(f"{base}/{GRAPH_VERSION}/me", headers=auth))
    assert (error["code"], error["error_subcode"]) == (190, 463)


# =========================================================================== Google


def refresh(http: Http, fake: FakeGoogleReviews | FakeYouTube, **override: str) -> Any:
    form = {
        "grant_type": "refresh_token",
        "refresh_token": fake.refresh_token,
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
        **override,
    }
    return http.post(f"{fake.base_url}/token", data=form)


def test_google_token_refresh_and_bearer_checks(fake_google: FakeGoogleReviews, http: Http) -> None:
    reviews = f"{fake_google.base_url}/v4/{fake_google.location_name}/reviews"
    token_resp = refresh(http, fake_google)
    assert token_resp.status_code == 200
    body = token_resp.json()
    assert body["expires_in"] == 3599
    assert body["token_type"] == "Bearer"
    access = body["access_token"]
    assert http.get(reviews, headers=bearer(access)).status_code == 200

    bad_grant = refresh(http, fake_google, refresh_token="1//stolen")
    assert bad_grant.status_code == 400
    assert bad_grant.json() == {
        "error": "invalid_grant",
        "error_description": "Token has been expired or revoked.",
    }
    assert refresh(http, fake_google, client_secret="nope").json()["error"] == "invalid_client"
    assert refresh(http, fake_google, grant_type="password").status_code == 400

    google_error(http.get(reviews), 401, "UNAUTHENTICATED")
    google_error(http.get(reviews, headers=bearer("ya29.made-up")), 401, "UNAUTHENTICATED")
    fake_google.expire_access_tokens()
    google_error(http.get(reviews, headers=bearer(access)), 401, "UNAUTHENTICATED")

    second = refresh(http, fake_google).json()["access_token"]
    assert http.get(reviews, headers=bearer(second)).status_code == 200
    fake_google.advance(seconds=3600)  # access tokens live 3599 s on the fake clock
    google_error(http.get(reviews, headers=bearer(second)), 401, "UNAUTHENTICATED")
    fake_google.revoke_refresh_token()
    assert refresh(http, fake_google, refresh_token="1//0fake-refresh-token").status_code == 400


def test_google_reviews_paging_walks_every_review_once(
    fake_google: FakeGoogleReviews, http: Http
) -> None:
    ids = fake_google.seed(260)
    auth = bearer(fake_google.token)
    url = f"{fake_google.base_url}/v4/{fake_google.location_name}/reviews"
    params: dict[str, Any] = {"pageSize": 50, "orderBy": "updateTime desc"}
    seen: list[dict[str, Any]] = []
    pages = 0
    while True:
        body = http.get(url, params=params, headers=auth).json()
        pages += 1
        assert body["totalReviewCount"] == 260
        assert 1 <= body["averageRating"] <= 5
        seen.extend(body["reviews"])
        if "nextPageToken" not in body:
            break
        params["pageToken"] = body["nextPageToken"]
    assert pages == 6
    assert sorted(r["reviewId"] for r in seen) == sorted(ids)
    updates = [r["updateTime"] for r in seen]
    assert updates == sorted(updates, reverse=True)
    assert {r["starRating"] for r in seen} <= {"ONE", "TWO", "THREE", "FOUR", "FIVE"}
    assert any("comment" not in r for r in seen)  # rating-only reviews have no text
    sample = seen[0]
    assert sample["name"] == f"{fake_google.location_name}/reviews/{sample['reviewId']}"
    assert {"displayName", "isAnonymous"} <= set(sample["reviewer"])

    too_big = http.get(url, params={"pageSize": 51}, headers=auth)
    google_error(too_big, 400, "INVALID_ARGUMENT")
    google_error(
        http.get(url, params={"pageToken": "garbage"}, headers=auth), 400, "INVALID_ARGUMENT"
    )
    by_rating = http.get(url, params={"orderBy": "rating", "pageSize": 50}, headers=auth).json()
    stars = [r["starRating"] for r in by_rating["reviews"]]
    assert stars[0] == "ONE"


def test_google_reply_creates_and_replaces(http: Http) -> None:
    with FakeGoogleReviews(reply_state="PENDING") as fake:
        review = fake.add_review(1, "Cold food", "Sam")
        auth = bearer(fake.token)
        reply_url = f"{fake.base_url}/v4/{fake.location_name}/reviews/{review}/reply"
        first = http.put(reply_url, json={"comment": "Sorry, Sam"}, headers=auth)
        assert first.json() == {
            "comment": "Sorry, Sam",
            "updateTime": "2026-11-25T12:00:00Z",
            "state": "PENDING",
        }
        fake.advance(minutes=5)
        second = http.put(reply_url, json={"comment": "Sorry again, Sam"}, headers=auth)
        assert second.json()["updateTime"] == "2026-11-25T12:05:00Z"
        assert [r["comment"] for r in fake.replies] == ["Sorry, Sam", "Sorry again, Sam"]
        listed = http.get(f"{fake.base_url}/v4/{fake.location_name}/reviews", headers=auth).json()
        assert listed["reviews"][0]["reviewReply"]["comment"] == "Sorry again, Sam"

        google_error(
            http.put(reply_url, json={"comment": "x" * 4097}, headers=auth), 400, "INVALID_ARGUMENT"
        )
        google_error(
            http.put(reply_url, json={"comment": ""}, headers=auth), 400, "INVALID_ARGUMENT"
        )
        missing = reply_url.replace(review, "nope")
        google_error(http.put(missing, json={"comment": "hi"}, headers=auth), 404, "NOT_FOUND")
        assert http.delete(reply_url, headers=auth).json() == {}
        assert fake.deleted_replies == [review]
        assert not fake.errors


def test_google_owner_reply_made_in_google(fake_google: FakeGoogleReviews, http: Http) -> None:
    """set_owner_reply: the reviewReply as written in Google's own tools, not recorded as a
    reply through the API; the review's own updateTime does not move."""
    review = fake_google.add_review(1, "Cold food", "Sam", create_time="2026-11-20T09:00:00Z")
    fake_google.advance(hours=1)
    fake_google.set_owner_reply(review, "Sorry, Sam")
    url = f"{fake_google.base_url}/v4/{fake_google.location_name}/reviews/{review}"
    got = http.get(url, headers=bearer(fake_google.token)).json()
    assert got["reviewReply"] == {"comment": "Sorry, Sam", "updateTime": "2026-11-25T13:00:00Z"}
    assert got["updateTime"] == "2026-11-20T09:00:00Z"
    fake_google.set_owner_reply(review, "Sorry again", "2026-11-25T14:00:00Z")
    fake_google.set_reply_state(review, "REJECTED")
    listed = http.get(
        f"{fake_google.base_url}/v4/{fake_google.location_name}/reviews",
        headers=bearer(fake_google.token),
    ).json()
    assert listed["reviews"][0]["reviewReply"] == {
        "comment": "Sorry again",
        "updateTime": "2026-11-25T14:00:00Z",
        "state": "REJECTED",
    }
    assert fake_google.replies == []


def test_google_quota_permission_and_location_errors(
    fake_google: FakeGoogleReviews, http: Http
) -> None:
    auth = bearer(fake_google.token)
    url = f"{fake_google.base_url}/v4/{fake_google.location_name}/reviews"
    fake_google.quota_exhausted(retry_after=30)
    limited = http.get(url, headers=auth)
    google_error(limited, 429, "RESOURCE_EXHAUSTED")
    assert limited.headers["Retry-After"] == "30"
    assert http.get(url, headers=auth).status_code == 200
    fake_google.permission_denied()
    google_error(http.get(url, headers=auth), 403, "PERMISSION_DENIED")
    other = f"{fake_google.base_url}/v4/accounts/111/locations/999/reviews"
    google_error(http.get(other, headers=auth), 404, "NOT_FOUND")
    fake_google.fail_next(502)
    assert http.get(url, headers=auth).headers["Content-Type"].startswith("text/html")


# =========================================================================== YouTube


def test_youtube_token_endpoint_is_shared(fake_youtube: FakeYouTube, http: Http) -> None:
    access = refresh(http, fake_youtube).json()["access_token"]
    url = f"{fake_youtube.base_url}/youtube/v3/channels"
    mine = http.get(url, params={"part": "id,snippet", "mine": "true"}, headers=bearer(access))
    assert mine.json()["items"][0]["id"] == fake_youtube.channel_id
    assert refresh(http, fake_youtube, refresh_token="bad").json()["error"] == "invalid_grant"
    denied = http.get(url, params={"part": "id", "mine": "true"}, headers=bearer("ya29.bad"))
    error = google_error(denied, 401, "UNAUTHENTICATED")
    assert error["errors"][0]["reason"] == "authError"


def test_youtube_thread_paging_and_quota(fake_youtube: FakeYouTube, http: Http) -> None:
    ids = fake_youtube.seed(450, videos=3)
    url = f"{fake_youtube.base_url}/youtube/v3/commentThreads"
    params: dict[str, Any] = {
        "part": "snippet,replies",
        "allThreadsRelatedToChannelId": fake_youtube.channel_id,
        "maxResults": 100,
        "order": "time",
        "textFormat": "plainText",
    }
    auth = bearer(fake_youtube.token)
    seen: list[dict[str, Any]] = []
    while True:
        body = http.get(url, params=params, headers=auth).json()
        assert body["kind"] == "youtube#commentThreadListResponse"
        assert body["pageInfo"]["resultsPerPage"] == 100
        seen.extend(body["items"])
        if "nextPageToken" not in body:
            break
        params["pageToken"] = body["nextPageToken"]
    assert fake_youtube.quota_used == 5
    assert sorted(t["id"] for t in seen) == sorted(ids)
    published = [t["snippet"]["topLevelComment"]["snippet"]["publishedAt"] for t in seen]
    assert published == sorted(published, reverse=True)
    with_replies = [t for t in seen if t["snippet"]["totalReplyCount"]]
    assert with_replies
    assert all("replies" in t for t in with_replies)
    top = seen[0]["snippet"]["topLevelComment"]
    assert top["kind"] == "youtube#comment"
    assert top["snippet"]["textDisplay"] == top["snippet"]["textOriginal"]
    assert set(top["snippet"]["authorChannelId"]) == {"value"}


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"part": "snippet"}, "missingRequiredParameter"),
        (
            {"part": "snippet", "videoId": "v", "allThreadsRelatedToChannelId": "UC"},
            "incompatibleParameters",
        ),
        ({"part": "snippet", "videoId": "v", "maxResults": 101}, "invalidParameter"),
        ({"part": "snippet", "videoId": "v", "maxResults": 0}, "invalidParameter"),
        ({"part": "snippet", "videoId": "v", "pageToken": "nope"}, "invalidPageToken"),
    ],
)
def test_youtube_list_validation(
    fake_youtube: FakeYouTube, http: Http, params: dict[str, Any], reason: str
) -> None:
    fake_youtube.add_comment("v", "hello")
    url = f"{fake_youtube.base_url}/youtube/v3/commentThreads"
    resp = http.get(url, params=params, headers=bearer(fake_youtube.token))
    error = google_error(resp, 400, "INVALID_ARGUMENT")
    assert error["errors"][0]["reason"] == reason
    assert fake_youtube.quota_used == 0


def test_youtube_reply_costs_50_units_and_validates(fake_youtube: FakeYouTube, http: Http) -> None:
    thread = fake_youtube.add_comment("vid00000001", "Broke after a week")
    other = fake_youtube.add_comment("vid00000002", "Meh")
    reply_of_other = fake_youtube.add_reply(other, "agreed")
    url = f"{fake_youtube.base_url}/youtube/v3/comments"
    auth = bearer(fake_youtube.token)

    def insert(snippet: dict[str, Any]) -> requests.Response:
        return http.post(url, params={"part": "snippet"}, json={"snippet": snippet}, headers=auth)

    resp = insert({"parentId": thread, "textOriginal": "Sorry! Email us."})
    assert resp.status_code == 200
    comment = resp.json()
    assert comment["kind"] == "youtube#comment"
    assert comment["snippet"]["parentId"] == thread
    assert comment["snippet"]["textOriginal"] == "Sorry! Email us."
    assert fake_youtube.quota_used == 50
    assert fake_youtube.replies[0]["parent_id"] == thread

    def reason(resp: requests.Response) -> str:
        return str(resp.json()["error"]["errors"][0]["reason"])

    assert reason(insert({"parentId": thread, "textOriginal": " "})) == "commentTextRequired"
    assert reason(insert({"textOriginal": "hi"})) == "parentIdMissing"
    assert reason(insert({"parentId": reply_of_other, "textOriginal": "hi"})) == (
        "operationNotSupported"
    )
    fake_youtube.disable_comments("vid00000002")
    disabled = insert({"parentId": other, "textOriginal": "hi"})
    assert (disabled.status_code, reason(disabled)) == (403, "commentsDisabled")
    listed = http.get(
        f"{fake_youtube.base_url}/youtube/v3/commentThreads",
        params={"part": "snippet", "videoId": "vid00000002"},
        headers=auth,
    )
    assert (listed.status_code, reason(listed)) == (403, "commentsDisabled")
    assert fake_youtube.quota_used == 50

    replies = http.get(url, params={"part": "snippet", "parentId": thread}, headers=auth).json()
    assert [c["id"] for c in replies["items"]] == [comment["id"]]
    assert fake_youtube.quota_used == 51


def test_youtube_quota_exceeded_envelope_and_daily_reset(
    fake_youtube: FakeYouTube, http: Http
) -> None:
    fake_youtube.add_comment("vid00000001", "hello")
    url = f"{fake_youtube.base_url}/youtube/v3/commentThreads"
    params = {"part": "snippet", "videoId": "vid00000001"}
    fake_youtube.exhaust_quota()
    resp = http.get(url, params=params, headers=bearer(fake_youtube.token))
    assert resp.status_code == 403
    assert resp.json() == {
        "error": {
            "code": 403,
            "message": "The request cannot be completed because you have exceeded your quota.",
            "errors": [
                {
                    "message": "The request cannot be completed because you have exceeded "
                    "your quota.",
                    "domain": "youtube.quota",
                    "reason": "quotaExceeded",
                }
            ],
        }
    }
    fake_youtube.advance(days=1)  # past midnight Pacific time: a new day's quota
    assert http.get(url, params=params, headers=bearer(fake_youtube.token)).status_code == 200
    assert fake_youtube.quota_used == 1
    keyed = http.get(url, params={**params, "key": fake_youtube.api_key})
    assert keyed.status_code == 200
    assert http.get(url, params={**params, "key": "AIza-wrong"}).status_code == 400


# =========================================================================== Mastodon


def test_mastodon_link_paging_walks_5000_mentions_once(
    fake_mastodon: FakeMastodon, http: Http
) -> None:
    ids = fake_mastodon.seed(5000)
    auth = bearer(fake_mastodon.token)
    url: str | None = f"{fake_mastodon.base_url}/api/v1/notifications"
    params: dict[str, Any] | None = {"types[]": "mention", "limit": 80}
    seen: list[dict[str, Any]] = []
    while url:
        resp = http.get(url, params=params, headers=auth)
        assert resp.status_code == 200
        page = resp.json()
        if not page:
            assert "Link" not in resp.headers
            break
        assert len(page) <= 80
        seen.extend(page)
        link = resp.headers["Link"]
        assert 'rel="next"' in link and 'rel="prev"' in link
        url, params = resp.links["next"]["url"], None
        assert url.startswith(fake_mastodon.base_url + "/api/v1/notifications?")
        assert parse_qs(urlsplit(url).query)["types[]"] == ["mention"]
    assert {n["type"] for n in seen} == {"mention"}
    notification_ids = [int(n["id"]) for n in seen]
    assert notification_ids == sorted(notification_ids, reverse=True)
    assert sorted(n["status"]["id"] for n in seen) == sorted(ids)
    assert len(seen) == 5000


def test_mastodon_limits_and_min_id(fake_mastodon: FakeMastodon, http: Http) -> None:
    auth = bearer(fake_mastodon.token)
    url = f"{fake_mastodon.base_url}/api/v1/notifications"
    for i in range(100):
        fake_mastodon.add_mention(f"user{i}", f"<p>@shop complaint {i}</p>")
    assert len(http.get(url, headers=auth).json()) == 40
    assert len(http.get(url, params={"limit": 500}, headers=auth).json()) == 80

    newest = http.get(url, params={"limit": 3}, headers=auth)
    top_id = newest.json()[0]["id"]
    fake_mastodon.add_mention("late1", "<p>@shop one</p>")
    fake_mastodon.add_mention("late2", "<p>@shop two</p>")
    newer = http.get(newest.links["prev"]["url"], headers=auth).json()
    assert [n["account"]["acct"] for n in newer] == ["late2", "late1"]
    since = http.get(url, params={"since_id": top_id, "limit": 1}, headers=auth).json()
    assert [n["account"]["acct"] for n in since] == ["late2"]
    oldest_first = http.get(url, params={"min_id": top_id, "limit": 1}, headers=auth).json()
    assert [n["account"]["acct"] for n in oldest_first] == ["late1"]
    fake_mastodon.add_notification("favourite", "fan")
    mentions = http.get(url, params={"types[]": "mention", "limit": 1}, headers=auth).json()
    assert mentions[0]["account"]["acct"] == "late2"


def test_mastodon_idempotency_key_dedupes_for_an_hour(
    fake_mastodon: FakeMastodon, http: Http
) -> None:
    mention = fake_mastodon.add_mention("zsc@mastodon.social", "<p>@shop late again</p>")
    url = f"{fake_mastodon.base_url}/api/v1/statuses"
    form = {
        "status": "@zsc@mastodon.social sorry, DM us",
        "in_reply_to_id": mention,
        "visibility": "direct",
    }
    headers = {**bearer(fake_mastodon.token), "Idempotency-Key": "reply-42"}
    first = http.post(url, data=form, headers=headers).json()
    second = http.post(url, data=form, headers=headers).json()
    assert first["id"] == second["id"]
    assert len(fake_mastodon.statuses) == 1
    assert first["in_reply_to_id"] == mention
    assert first["visibility"] == "direct"
    assert [m["acct"] for m in first["mentions"]] == ["zsc@mastodon.social"]

    other = http.post(
        url, json={**form, "status": "again"}, headers={**headers, "Idempotency-Key": "reply-43"}
    ).json()
    assert other["id"] != first["id"]
    fake_mastodon.advance(hours=1, seconds=1)
    later = http.post(url, data=form, headers=headers).json()
    assert later["id"] not in (first["id"], other["id"])
    assert len(fake_mastodon.statuses) == 3


def test_mastodon_errors_and_rate_limit_headers(fake_mastodon: FakeMastodon, http: Http) -> None:
    base, auth = fake_mastodon.base_url, bearer(fake_mastodon.token)
    invalid = http.get(f"{base}/api/v1/accounts/verify_credentials", headers=bearer("nope"))
    assert (invalid.status_code, invalid.json()) == (401, {"error": "The access token is invalid"})
    missing = http.get(f"{base}/api/v1/statuses/12345", headers=auth)
    assert (missing.status_code, missing.json()) == (404, {"error": "Record not found"})
    blank = http.post(f"{base}/api/v1/statuses", data={"status": "  "}, headers=auth)
    assert (blank.status_code, blank.json()) == (
        422,
        {"error": "Validation failed: Text can't be blank"},
    )
    orphan = http.post(
        f"{base}/api/v1/statuses", data={"status": "hi", "in_reply_to_id": "1"}, headers=auth
    )
    assert orphan.status_code == 404
    for resp in (invalid, missing, blank, orphan):
        assert resp.headers["X-RateLimit-Limit"] == "300"
        assert int(resp.headers["X-RateLimit-Remaining"]) < 300
        datetime.fromisoformat(resp.headers["X-RateLimit-Reset"].replace("Z", "+00:00"))

    fake_mastodon.rate_limit(reset_after_seconds=120)
    limited = http.get(f"{base}/api/v1/notifications", headers=auth)
    assert (limited.status_code, limited.json()) == (429, {"error": "Too many requests"})
    assert limited.headers["X-RateLimit-Remaining"] == "0"
    reset = datetime.fromisoformat(limited.headers["X-RateLimit-Reset"].replace("Z", "+00:00"))
    assert reset == DEFAULT_NOW + timedelta(seconds=120)
    assert http.get(f"{base}/api/v1/notifications", headers=auth).status_code == 200

    fake_mastodon.expire_token()
    assert http.get(f"{base}/api/v1/notifications", headers=auth).status_code == 401


def test_mastodon_natural_rate_limit_window(http: Http) -> None:
    with FakeMastodon(rate_limit_limit=3) as fake:
        url = f"{fake.base_url}/api/v1/accounts/verify_credentials"
        remaining = [
            http.get(url, headers=bearer(fake.token)).headers["X-RateLimit-Remaining"]
            for _ in range(3)
        ]
        assert remaining == ["2", "1", "0"]
        assert http.get(url, headers=bearer(fake.token)).status_code == 429
        fake.advance(minutes=5)
        assert http.get(url, headers=bearer(fake.token)).status_code == 200


def test_mastodon_edit_and_delete_status(fake_mastodon: FakeMastodon, http: Http) -> None:
    base, auth = fake_mastodon.base_url, bearer(fake_mastodon.token)
    status = fake_mastodon.add_mention("amy", "<p>@shop awful</p>")
    fake_mastodon.advance(minutes=3)
    fake_mastodon.edit_status(status, "<p>@shop actually fine</p>")
    shown = http.get(f"{base}/api/v1/statuses/{status}", headers=auth).json()
    assert shown["content"] == "<p>@shop actually fine</p>"
    assert shown["edited_at"] == "2026-11-25T12:03:00.000Z"
    fake_mastodon.delete_status(status)
    assert http.get(f"{base}/api/v1/statuses/{status}", headers=auth).status_code == 404
    assert http.get(f"{base}/api/v1/notifications", headers=auth).json() == []


def test_mastodon_context_shows_the_thread_the_token_may_see(
    fake_mastodon: FakeMastodon, http: Http
) -> None:
    base, auth = fake_mastodon.base_url, bearer(fake_mastodon.token)
    root = fake_mastodon.add_mention("amy", "<p>@shop where is my order?</p>")
    ours = fake_mastodon.add_own_reply(root, "@amy It left today.", "direct")
    thanks = fake_mastodon.add_mention("amy", "<p>@shop thanks!</p>", in_reply_to_id=ours)
    aside = fake_mastodon.add_mention("bob", "<p>@shop same here</p>", in_reply_to_id=root)
    hidden = fake_mastodon.add_mention(
        "cat", "<p>hi</p>", in_reply_to_id=root, visibility="private"
    )
    fake_mastodon.status_store[int(hidden)].mentions.clear()  # followers-only, shop not named

    context = http.get(f"{base}/api/v1/statuses/{root}/context", headers=auth).json()
    assert context["ancestors"] == []
    assert [s["id"] for s in context["descendants"]] == [ours, thanks, aside]
    mine = context["descendants"][0]
    assert mine["account"]["id"] == fake_mastodon.me.id
    assert (mine["in_reply_to_id"], mine["visibility"]) == (root, "direct")
    assert mine["content"] == (
        '<p><span class="h-card" translate="no"><a href="https://shop.example/@amy" '
        'class="u-url mention">@<span>amy</span></a></span> It left today.</p>'
    )

    below = http.get(f"{base}/api/v1/statuses/{thanks}/context", headers=auth).json()
    assert [s["id"] for s in below["ancestors"]] == [root, ours]
    assert below["descendants"] == []

    fake_mastodon.delete_status(ours)
    after = http.get(f"{base}/api/v1/statuses/{root}/context", headers=auth).json()
    assert [s["id"] for s in after["descendants"]] == [aside]
    missing = http.get(f"{base}/api/v1/statuses/{ours}/context", headers=auth)
    assert (missing.status_code, missing.json()) == (404, {"error": "Record not found"})


def test_mastodon_account_statuses_page_newest_first_by_link(
    fake_mastodon: FakeMastodon, http: Http
) -> None:
    """GET /api/v1/accounts/:id/statuses: the shop sees all its statuses (direct ones too),
    newest first, 20 by default and 40 at most, paged by the Link header; replies made in
    the web app (add_web_reply) are there but not in ``.statuses``."""
    base, auth = fake_mastodon.base_url, bearer(fake_mastodon.token)
    me = fake_mastodon.me.id
    root = fake_mastodon.add_mention("amy", "<p>@shop where is my order?</p>")
    ours = [
        fake_mastodon.add_web_reply(
            root,
            f"@amy Update {i}",
            "direct" if i % 2 else "public",
            DEFAULT_NOW + timedelta(minutes=i),
        )
        for i in range(45)
    ]
    news = fake_mastodon.add_own_status("Open late!", DEFAULT_NOW + timedelta(hours=1))
    assert fake_mastodon.statuses == []
    url: str | None = f"{base}/api/v1/accounts/{me}/statuses"
    assert len(http.get(url, headers=auth).json()) == 20
    params: dict[str, Any] | None = {"limit": 500, "exclude_reblogs": "true"}
    seen: list[dict[str, Any]] = []
    while url:
        resp = http.get(url, params=params, headers=auth)
        assert resp.status_code == 200
        page = resp.json()
        if not page:
            assert "Link" not in resp.headers
            break
        assert len(page) <= 40
        seen.extend(page)
        url, params = resp.links["next"]["url"], None
        assert parse_qs(urlsplit(url).query)["exclude_reblogs"] == ["true"]
    assert [s["id"] for s in seen] == [str(news), *reversed(ours)]
    assert seen[1]["in_reply_to_id"] == root and seen[1]["visibility"] == "public"
    assert seen[2]["visibility"] == "direct"
    assert all(s["account"]["id"] == me for s in seen)

    only_posts = http.get(
        f"{base}/api/v1/accounts/{me}/statuses", params={"exclude_replies": "true"}, headers=auth
    ).json()
    assert [s["id"] for s in only_posts] == [str(news)]
    amy = fake_mastodon.accounts["amy"].id
    theirs = http.get(f"{base}/api/v1/accounts/{amy}/statuses", headers=auth).json()
    assert [s["id"] for s in theirs] == [root]
    missing = http.get(f"{base}/api/v1/accounts/404/statuses", headers=auth)
    assert (missing.status_code, missing.json()) == (404, {"error": "Record not found"})
