"""One bad item never stops a sync, and one bad account never stops the others: the run
always ends with a summary for every account (issue 10, item 8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from feedback_desk.core.clock import system_clock
from feedback_desk.core.model import Comment, Platform
from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.sources.base import Connector, Page
from feedback_desk.sources.registry import connector_for
from feedback_desk.sources.sync import sync_accounts
from feedback_desk.store import Database, open_database
from feedback_desk.store.accounts import Account, AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from tests.fakes import FakeFacebook, FakeMastodon
from tests.keyrings import MemoryKeyring


def _two_accounts(
    tmp_path: Path, fb: FakeFacebook, toots: FakeMastodon
) -> tuple[Database, CredentialStore]:
    db = open_database(tmp_path / "home", fb.clock)
    conn = db.connect()
    store = AccountStore(db, conn)
    store.add("Shop page", Platform.FACEBOOK, {"page_id": fb.page_id, "api_base": fb.base_url})
    store.add("Toots", Platform.MASTODON, {"instance": toots.base_url})
    conn.close()
    credentials = CredentialStore(MemoryKeyring())
    credentials.save("Shop page", {"token": fb.token})
    credentials.save("Toots", {"token": toots.token})
    return db, credentials


def _connect(account: Account, secret: dict[str, str]) -> Connector:
    return connector_for(account, secret, clock=system_clock, sleep=lambda s: None)


@pytest.mark.expect_warnings(
    r"its text holds characters that are not valid text \(a broken emoji\?\); skipped"
)
def test_a_comment_that_is_not_valid_text_is_skipped_and_reported(
    tmp_path: Path, fake_facebook: FakeFacebook, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    post = fake_facebook.add_post()
    fake_facebook.add_comment(post, "Fine cake.", "Ann")
    fake_facebook.add_comment(post, "Broken \ud800 text", "Bo")  # a lone surrogate
    fake_facebook.add_comment(post, "Cold coffee.", "Cy")
    fake_mastodon.seed(3)
    db, credentials = _two_accounts(tmp_path, fake_facebook, fake_mastodon)
    run = sync_accounts(db, credentials, triage, connect=_connect)
    facebook, mastodon = run.summaries
    assert (facebook.new, facebook.error) == (2, None)
    assert any("Bo" in p and "not valid text" in p for p in facebook.problems), facebook.problems
    assert (mastodon.new, mastodon.error) == (3, None)
    conn = db.connect()
    texts = {c.text for c in CommentStore(db, conn).comments(InboxFilter())}
    assert {"Fine cake.", "Cold coffee."} <= texts
    conn.close()


class _Broken:
    """A connector with a bug of its own: an error nobody planned for."""

    platform = Platform.FACEBOOK

    def check(self) -> str:
        return "broken"

    def pages(self, since: str | None = None) -> Iterator[Page]:
        raise OverflowError("date value out of range")

    def send_reply(self, comment: Comment, channel: str, text: str, key: str) -> str:
        raise AssertionError("not used")

    def find_reply(self, comment: Comment, channel: str, text: str, key: str) -> str | None:
        raise AssertionError("not used")


@pytest.mark.expect_warnings(r"^sync Shop page stopped unexpectedly$")
def test_an_account_that_fails_unexpectedly_does_not_stop_the_others(
    tmp_path: Path, fake_facebook: FakeFacebook, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.seed(2)
    db, credentials = _two_accounts(tmp_path, fake_facebook, fake_mastodon)

    def connect(account: Account, secret: dict[str, str]) -> Connector:
        return _Broken() if account.platform is Platform.FACEBOOK else _connect(account, secret)

    run = sync_accounts(db, credentials, triage, connect=connect)
    facebook, mastodon = run.summaries
    assert facebook.error is not None and "unexpected" in facebook.error
    assert "date value out of range" in facebook.error
    assert (mastodon.new, mastodon.error) == (2, None)
    assert run.failed
