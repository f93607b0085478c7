"""Whatever a platform sends back, a sync ends with a summary and the store stays whole."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback_desk.core.model import Platform
from feedback_desk.core.triage import Triage
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.http import PlatformHttp, Policy
from feedback_desk.sources.mastodon import MastodonConnector
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import open_database
from feedback_desk.store.accounts import AccountStore
from tests.fakes import FakeFacebook, FakeMastodon

TRIAGE = Triage()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)


# Items shaped almost like the real thing, with any field swapped for junk.
def _mention(junk: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": "35000001",
        "type": "mention",
        "created_at": "2026-11-20T10:00:00.000Z",
        "account": {"id": "1", "acct": "zoe", "display_name": "Zoe"},
        "status": {
            "id": "1100",
            "content": "<p>@shop late again</p>",
            "created_at": "2026-11-20T10:00:00.000Z",
            "url": "https://x.example/1",
        },
    }
    item.update(junk)
    return item


mention_pages = st.one_of(
    json_values,
    st.lists(
        st.dictionaries(
            st.sampled_from(["id", "type", "account", "status", "created_at"]),
            json_values,
            max_size=3,
        ).map(_mention),
        max_size=5,
    ),
)

comment_pages = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {
            "data": st.lists(
                st.dictionaries(
                    st.sampled_from(
                        ["id", "message", "from", "created_time", "can_reply_privately"]
                    ),
                    json_values,
                    max_size=5,
                ),
                max_size=5,
            ),
            "paging": json_values,
        }
    ),
)


def check_store(path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute("SELECT count(*) FROM comments").fetchone()[0]
    indexed = conn.execute("SELECT count(*) FROM comments_fts").fetchone()[0]
    assert rows == indexed
    conn.close()


@pytest.mark.expect_warnings(
    r"Mastodon item \d+: (a mention without its status or account"
    r"|an account without acct|a status without an id)$",
    optional=True,  # which, depends on the answers made up
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=mention_pages)
def test_any_mastodon_answer_ends_in_a_summary(body: Any) -> None:
    with FakeMastodon() as fake, tempfile.TemporaryDirectory() as tmp:
        fake.seed(5)
        fake.fail_next(200, body=body, path_contains="notifications")
        db = open_database(Path(tmp), fake.clock)
        conn = db.connect()
        account = AccountStore(db, conn).add(
            "Toots", Platform.MASTODON, {"instance": fake.base_url}
        )
        http = PlatformHttp(
            "Mastodon", "Toots", sleep=lambda s: None, clock=fake.clock, policy=Policy(attempts=2)
        )
        summary = sync_account(
            db, conn, account, MastodonConnector(http, fake.base_url, fake.token), TRIAGE
        )
        assert summary.error is not None or summary.new >= 0
        conn.close()
        check_store(db.path)
        assert not fake.errors


@pytest.mark.expect_warnings(
    r"Facebook post \S+(, comment \d+: a comment without an id"
    r"|: the comments came in an unexpected shape)$",
    optional=True,  # which, depends on the answers made up
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=comment_pages)
def test_any_facebook_answer_ends_in_a_summary(body: Any) -> None:
    with FakeFacebook() as fake, tempfile.TemporaryDirectory() as tmp:
        fake.seed(5)
        fake.fail_next(200, body=body, path_contains="/comments")
        db = open_database(Path(tmp), fake.clock)
        conn = db.connect()
        account = AccountStore(db, conn).add("Shop", Platform.FACEBOOK, {"page_id": fake.page_id})
        http = PlatformHttp(
            "Facebook", "Shop", sleep=lambda s: None, clock=fake.clock, policy=Policy(attempts=2)
        )
        connector = FacebookConnector(http, fake.page_id, fake.token, fake.base_url)
        summary = sync_account(db, conn, account, connector, TRIAGE)
        assert summary.error is not None or summary.new >= 0
        conn.close()
        check_store(db.path)
        assert not fake.errors
