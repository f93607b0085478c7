"""Every list a platform pages through ends: a next link to the page itself, links going
round A -> B -> A, and a list that never stops saying "there is more" are each stopped with
a message naming the platform and the list, against the local servers misbehaving so.

MAX_PAGES is lowered for these tests (the real one is thousands of pages); the fakes go back
to answering well after more misbehaving pages than that, so a walk without the limit ends
(with everything stored and no error) instead of hanging the test run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from feedback_desk.core.errors import MalformedPayload
from feedback_desk.core.model import Platform
from feedback_desk.core.triage import Triage
from feedback_desk.sources import base
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.http import PlatformHttp, Policy
from feedback_desk.sources.instagram import InstagramConnector
from feedback_desk.sources.mastodon import MastodonConnector
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import open_database
from feedback_desk.store.accounts import AccountStore
from tests.fakes import FakeFacebook, FakeInstagram, FakeMastodon

LIMIT = 12  # MAX_PAGES in these tests
BAD_PAGES = 40  # the fakes misbehave this many times, then answer well again


@pytest.fixture(autouse=True)
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "MAX_PAGES", LIMIT, raising=False)


def _http(platform: str, account: str) -> PlatformHttp:
    return PlatformHttp(platform, account, sleep=lambda s: None, policy=Policy(attempts=2))


def facebook(server: FakeFacebook) -> FacebookConnector:
    return FacebookConnector(
        _http("Facebook", "Shop page"), server.page_id, server.token, server.base_url
    )


def instagram(server: FakeInstagram) -> InstagramConnector:
    return InstagramConnector(
        _http("Instagram", "Insta"), server.ig_user_id, server.token, server.base_url
    )


def mastodon(server: FakeMastodon) -> MastodonConnector:
    return MastodonConnector(_http("Mastodon", "Toots"), server.base_url, server.token)


def drain(pages: Any) -> int:
    return sum(1 for _ in pages)


@pytest.mark.parametrize("kind", ["self", "cycle", "endless"])
@pytest.mark.parametrize("where", ["/feed", "/comments"])
def test_facebook_lists_end(fake_facebook: FakeFacebook, kind: str, where: str) -> None:
    post = fake_facebook.add_post()
    fake_facebook.add_comment(post, "Cold coffee again.", "Mei Kato")
    fake_facebook.loop_pages(kind, path_contains=where, times=BAD_PAGES)
    with pytest.raises(MalformedPayload) as raised:
        drain(facebook(fake_facebook).pages())
    what = "posts" if where == "/feed" else "a post's comments"
    if kind == "endless":
        assert str(raised.value) == (
            f"Facebook kept sending more pages of {what} than any list has; stopped after {LIMIT}."
        )
    else:
        assert str(raised.value) == f"Facebook kept sending the same page of {what}; stopped."
    assert fake_facebook.hits(where) <= LIMIT


def test_an_endless_facebook_list_stops_the_account_with_a_message(
    tmp_path: Path, fake_facebook: FakeFacebook, triage: Triage
) -> None:
    post = fake_facebook.add_post()
    fake_facebook.add_comment(post, "Cold coffee again.", "Mei Kato")
    fake_facebook.loop_pages("endless", path_contains="/comments", times=BAD_PAGES)
    db = open_database(tmp_path / "home", fake_facebook.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Shop page", Platform.FACEBOOK, {"page_id": fake_facebook.page_id}
    )
    summary = sync_account(db, conn, account, facebook(fake_facebook), triage)
    assert summary.error is not None
    assert "stopped after 12" in summary.error
    assert summary.new == 1  # what was read is kept
    assert fake_facebook.hits("/comments") == LIMIT


@pytest.mark.parametrize("kind", ["self", "cycle", "endless"])
@pytest.mark.parametrize("where", ["/media", "/comments"])
def test_instagram_lists_end(fake_instagram: FakeInstagram, kind: str, where: str) -> None:
    media = fake_instagram.add_media()
    fake_instagram.add_comment(media, "Stale bread.")
    fake_instagram.loop_pages(kind, path_contains=where, times=BAD_PAGES)
    with pytest.raises(MalformedPayload, match="Instagram kept sending"):
        drain(instagram(fake_instagram).pages())
    assert fake_instagram.hits(where) <= LIMIT


def test_an_endless_list_of_instagram_replies_is_a_problem_on_the_page(
    fake_instagram: FakeInstagram,
) -> None:
    media = fake_instagram.add_media()
    top = fake_instagram.add_comment(media, "Stale bread.")
    for number in range(51):  # more than come with the comment: the rest are paged
        fake_instagram.add_comment(media, f"Same here {number}", parent_id=top)
    fake_instagram.loop_pages("endless", path_contains="/replies", times=BAD_PAGES)
    pages = list(instagram(fake_instagram).pages())
    problems = [p for page in pages for p in page.problems]
    assert any(
        "Instagram kept sending more pages of replies than any list has; stopped after 12" in p
        for p in problems
    ), problems
    assert fake_instagram.hits("/replies") < LIMIT


@pytest.mark.parametrize("kind", ["self", "cycle", "endless"])
def test_mastodon_mentions_end(fake_mastodon: FakeMastodon, kind: str) -> None:
    fake_mastodon.add_mention("zoe", "<p>@shop late again</p>")
    fake_mastodon.loop_pages(kind, path_contains="/notifications", times=BAD_PAGES)
    with pytest.raises(MalformedPayload, match="Mastodon kept sending"):
        drain(mastodon(fake_mastodon).pages())
    assert fake_mastodon.hits("/notifications") <= LIMIT


def test_google_style_token_pages_end() -> None:
    """walk_token_pages (Google reviews, YouTube's comment threads): new tokens for ever."""
    asked: list[str | None] = []

    def fetch(token: str | None) -> dict[str, Any]:
        asked.append(token)
        if len(asked) > BAD_PAGES:
            return {"reviews": []}
        return {"reviews": [], "nextPageToken": f"t{len(asked)}"}

    pages = base.walk_token_pages(
        fetch,
        "reviews",
        lambda items: base.Page(),
        lambda item: None,
        None,
        "Google's list of reviews",
        "Shop",
    )
    with pytest.raises(MalformedPayload) as raised:
        drain(pages)
    assert str(raised.value) == (
        "Google kept sending more pages of reviews than any list has; stopped after 12."
    )
    assert len(asked) == LIMIT
