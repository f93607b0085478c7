"""Mastodon's status HTML as the plain text the inbox shows (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedback_desk.core.model import Platform
from feedback_desk.core.triage import Triage
from feedback_desk.sources.html_text import html_to_text
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import open_database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from tests.fakes import FakeMastodon
from tests.sources.test_mastodon import connector

MENTION = (
    '<span class="h-card" translate="no"><a href="https://toot.example/@shop" '
    'class="u-url mention">@<span>shop</span></a></span>'
)
HASHTAG = (
    '<a href="https://toot.example/tags/bread" class="mention hashtag" rel="tag">'
    "#<span>bread</span></a>"
)
LINK = (
    '<a href="https://example.com/orders/12345/receipt" target="_blank" '
    'rel="nofollow noopener noreferrer" translate="no"><span class="invisible">https://</span>'
    '<span class="ellipsis">example.com/orders/12345</span><span class="invisible">/receipt'
    "</span></a>"
)


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (f"<p>{MENTION} the bread was stale</p>", "@shop the bread was stale"),
        (f"<p>{MENTION} so stale {HASHTAG}</p>", "@shop so stale #bread"),
        (
            f"<p>{MENTION} receipt: {LINK}</p>",
            "@shop receipt: https://example.com/orders/12345/receipt",
        ),
        ("<p>first</p><p>second</p>", "first\nsecond"),
        ("<p>first<br>second<br />third</p>", "first\nsecond\nthird"),
        ("<p>one<br><br>two</p>", "one\n\ntwo"),
        ("<p>I ordered:</p><ul><li>one</li><li>two</li></ul>", "I ordered:\none\ntwo"),
        ("<ol><li><p>one</p></li><li>two</li></ol>", "one\ntwo"),
        (
            "<blockquote><p>quoted</p></blockquote><p>reply</p>",
            "quoted\nreply",
        ),
        ("<div>a</div><div>b</div><h2>c</h2>d", "a\nb\nc\nd"),
        ('<p><a href="x" title="a > b">link</a> after</p>', "link after"),
        ('<p title="1 > 0">fine</p>', "fine"),
        ("<p>fish &amp; chips &lt;3 &#127839; &eacute;t&eacute;</p>", "fish & chips <3 🍟 été"),
        ("<p>a<script>alert('x')</script>b<style>p {}</style>c</p>", "abc"),
        ("<p>  lots   of\n   space  </p>", "lots of space"),
        ("plain text, no tags", "plain text, no tags"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("", ""),
        ("<pre>line 1\n  line 2</pre>", "line 1\n  line 2"),
    ],
)
def test_status_html_becomes_the_text_a_reader_sees(content: str, text: str) -> None:
    assert html_to_text(content) == text


def test_a_synced_mention_keeps_its_lists_quotes_and_links_apart(
    tmp_path: Path, fake_mastodon: FakeMastodon, triage: Triage
) -> None:
    fake_mastodon.add_mention(
        "zoe@mastodon.social",
        f'<blockquote><p data-note="a > b">The loaf was stale</p></blockquote>'
        f"<p>{MENTION} about this:</p><ul><li>one</li><li>two</li></ul><p>{LINK}</p>",
        display_name="Zoe",
    )
    db = open_database(tmp_path / "home", fake_mastodon.clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Toots", Platform.MASTODON, {"instance": fake_mastodon.base_url}
    )
    sync_account(db, conn, account, connector(fake_mastodon), triage)
    [comment] = CommentStore(db, conn).comments(InboxFilter())
    conn.close()
    assert comment.text == (
        "The loaf was stale\n@shop about this:\none\ntwo\nhttps://example.com/orders/12345/receipt"
    )
