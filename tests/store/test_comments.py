"""The comment store: no duplicates, inbox order, keyset paging, filters, search, status."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback_desk.core.errors import NotFound
from feedback_desk.core.model import NewComment, Platform, Severity, Status
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database, open_database
from feedback_desk.store.comments import (
    SNIPPET_CHARS,
    CommentStore,
    InboxFilter,
    InboxRow,
    InboxSort,
    fts_query,
    search_terms,
)

if TYPE_CHECKING:
    from conftest import FakeClock, MakeComment, TaggedTriage

# The fake clock's "now" (see conftest.FakeClock); repeated so nothing imports conftest.
NOW = datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC)


def _all_pages(
    store: CommentStore, inbox: InboxFilter, size: int
) -> tuple[list[InboxRow], list[int]]:
    rows: list[InboxRow] = []
    sizes: list[int] = []
    after = None
    while True:
        page = store.page(inbox, after=after, limit=size)
        if not page:
            break
        sizes.append(len(page))
        rows.extend(page)
        after = page[-1].sort_key
        assert len(sizes) < 1000, "paging never ends"
    return rows, sizes


def _ids(rows: list[InboxRow]) -> list[int]:
    return [r.id for r in rows]


# -- adding ---------------------------------------------------------------------------------


def test_add_many_stores_everything_once(
    store: CommentStore, make_comment: MakeComment, triage: Triage
) -> None:
    batch = [make_comment(f"Comment number {i}") for i in range(5)]
    first = store.add_many(batch, triage)
    assert (first.added, first.already_there) == (5, 0)
    second = store.add_many(batch, triage)
    assert (second.added, second.already_there) == (0, 5)
    assert store.count(InboxFilter()) == 5


def test_identity_is_platform_and_external_id(
    store: CommentStore, make_comment: MakeComment, triage: Triage
) -> None:
    result = store.add_many(
        [
            make_comment("one", platform=Platform.GOOGLE, external_id="42"),
            make_comment("two", platform=Platform.FACEBOOK, external_id="42"),
            make_comment("edited text", platform=Platform.GOOGLE, external_id="42"),
        ],
        triage,
    )
    assert (result.added, result.already_there) == (2, 1)
    texts = {c.platform: c.text for c in store.comments(InboxFilter())}
    # The first copy wins: a re-import never overwrites what is stored.
    assert texts == {Platform.GOOGLE: "one", Platform.FACEBOOK: "two"}


def test_add_many_accepts_a_generator(
    store: CommentStore, make_comment: MakeComment, triage: Triage
) -> None:
    result = store.add_many((make_comment(f"gen {i}") for i in range(3)), triage)
    assert (result.added, result.already_there) == (3, 0)


def test_add_many_of_nothing(store: CommentStore, triage: Triage) -> None:
    result = store.add_many([], triage)
    assert (result.added, result.already_there) == (0, 0)


def test_a_stored_comment_reads_back_whole(
    store: CommentStore, make_comment: MakeComment, triage: Triage
) -> None:
    created = NOW - timedelta(days=2, minutes=3)
    text = "Cold coffee ☕ and a rude barista. מאוד מאכזב <b>not bold</b>\nSecond line"
    store.add_many(
        [
            make_comment(
                text,
                platform=Platform.INSTAGRAM,
                external_id="ig-1",
                author="Zoë Ünlü",
                created_at=created,
                url="https://instagram.com/p/1",
                rating=None,
            )
        ],
        triage,
    )
    [comment] = store.comments(InboxFilter())
    assert comment.id == 1
    assert comment.platform is Platform.INSTAGRAM
    assert comment.external_id == "ig-1"
    assert comment.author == "Zoë Ünlü"
    assert comment.text == text
    assert comment.created_at == created
    assert comment.url == "https://instagram.com/p/1"
    assert comment.rating is None
    assert comment.status is Status.NEW
    assert comment.account is None
    assert comment.cooloff_ends_at is None
    assert comment.replied_at is None
    assert comment.severity is triage.assess(text).severity
    assert store.get(1) == comment


def test_get_of_a_missing_id_is_not_found(store: CommentStore) -> None:
    with pytest.raises(NotFound, match="no comment with id 99"):
        store.get(99)


def test_inbox_rows_hold_only_a_snippet(
    store: CommentStore, make_comment: MakeComment, triage: Triage
) -> None:
    long_text = "word " * 20_000
    store.add_many([make_comment(long_text)], triage)
    [row] = store.page(InboxFilter())
    assert row.snippet == long_text[:SNIPPET_CHARS]
    assert store.get(row.id).text == long_text


def test_add_many_joins_the_callers_transaction(
    db: Database,
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    triage: Triage,
) -> None:
    with pytest.raises(RuntimeError), db.transaction(conn):
        store.add_many([make_comment()], triage)
        raise RuntimeError("caller gives up")
    assert store.count(InboxFilter()) == 0


# -- the inbox order --------------------------------------------------------------------------


@pytest.fixture
def mixed_inbox(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> dict[str, int]:
    """Comments of every severity, some answered, at different times; name -> id."""
    specs = [
        # name, severity, hours ago, status
        ("pos-old", Severity.POSITIVE, 50, Status.NEW),
        ("neu-new", Severity.NEUTRAL, 1, Status.NEW),
        ("harsh-answered-old", Severity.HARSH, 90, Status.REPLIED),
        ("neg-open", Severity.NEGATIVE, 5, Status.NEW),
        ("harsh-open-new", Severity.HARSH, 2, Status.NEW),
        ("neg-resolved", Severity.NEGATIVE, 80, Status.RESOLVED),
        ("harsh-open-old", Severity.HARSH, 30, Status.COOLING_OFF),
        ("neu-old", Severity.NEUTRAL, 40, Status.IGNORED),
        ("neg-drafting-old", Severity.NEGATIVE, 70, Status.DRAFTING),
        ("pos-new", Severity.POSITIVE, 3, Status.NEW),
    ]
    comments = [
        make_comment(
            f"[{sev.value}] {name}",
            external_id=name,
            created_at=NOW - timedelta(hours=hours),
        )
        for name, sev, hours, _ in specs
    ]
    store.add_many(comments, tagged_triage)  # type: ignore[arg-type]
    ids = {c.external_id: c.id for c in store.comments(InboxFilter())}
    for name, _, _, status in specs:
        if status is not Status.NEW:
            store.set_status([ids[name]], status)
    return ids


INBOX_ORDER = [
    "harsh-open-old",
    "harsh-open-new",
    "harsh-answered-old",
    "neg-drafting-old",
    "neg-open",
    "neg-resolved",
    "neu-new",  # neutral: open first...
    "neu-old",  # ...then the ignored one, though it is older
    "pos-old",
    "pos-new",
]


def test_inbox_order_is_worst_first_unanswered_first_then_oldest(
    store: CommentStore, mixed_inbox: dict[str, int]
) -> None:
    names = {v: k for k, v in mixed_inbox.items()}
    assert [names[r.id] for r in store.page(InboxFilter())] == INBOX_ORDER
    assert [c.external_id for c in store.comments(InboxFilter())] == INBOX_ORDER


def test_equal_times_fall_back_to_id_order(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    same = NOW - timedelta(hours=1)
    store.add_many(
        [make_comment(f"[negative] {i}", created_at=same) for i in range(4)],
        tagged_triage,  # type: ignore[arg-type]
    )
    assert _ids(store.page(InboxFilter())) == [1, 2, 3, 4]


def test_comments_limit(store: CommentStore, mixed_inbox: dict[str, int]) -> None:
    assert [c.external_id for c in store.comments(InboxFilter(), limit=3)] == INBOX_ORDER[:3]


def test_row_fields_and_sort_key(store: CommentStore, mixed_inbox: dict[str, int]) -> None:
    first = store.page(InboxFilter(), limit=1)[0]
    assert first.severity is Severity.HARSH
    assert first.status is Status.COOLING_OFF
    assert first.snippet == "[harsh] harsh-open-old"
    assert first.created_at == NOW - timedelta(hours=30)
    assert first.sort_key == (0, 0, "2026-04-30T06:00:00Z", mixed_inbox["harsh-open-old"])


# -- paging -----------------------------------------------------------------------------------


@pytest.fixture
def big_inbox(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> list[NewComment]:
    """137 comments over all severities, platforms and statuses, with many equal times."""
    platforms = list(Platform)
    severities = list(Severity)
    comments = [
        make_comment(
            f"[{severities[i % 4].value}] {'coffee' if i % 3 == 0 else 'cake'} note {i}",
            platform=platforms[i % len(platforms)],
            external_id=f"big-{i}",
            author=f"Author {i % 7}",
            created_at=NOW - timedelta(minutes=(i * 7) % 13),  # lots of ties
        )
        for i in range(137)
    ]
    store.add_many(comments, tagged_triage)  # type: ignore[arg-type]
    statuses = list(Status)
    for cid in range(1, 138):
        status = statuses[cid % len(statuses)]
        if status is not Status.NEW:
            store.set_status([cid], status)
    return comments


PAGING_FILTERS = [
    InboxFilter(),
    InboxFilter(statuses=frozenset({Status.NEW, Status.REPLIED})),
    InboxFilter(platforms=frozenset({Platform.GOOGLE})),
    InboxFilter(severities=frozenset({Severity.HARSH, Severity.POSITIVE})),
    InboxFilter(search="coffee"),
    InboxFilter(
        statuses=frozenset({Status.NEW, Status.COOLING_OFF, Status.DRAFTING}),
        severities=frozenset({Severity.NEGATIVE}),
        search="author",
    ),
]


@pytest.mark.usefixtures("big_inbox")
@pytest.mark.parametrize("inbox", PAGING_FILTERS)
@pytest.mark.parametrize("size", [1, 7, 50, 500])
def test_keyset_paging_returns_every_row_once_in_order(
    store: CommentStore, inbox: InboxFilter, size: int
) -> None:
    expected = [c.id for c in store.comments(inbox)]
    assert expected, "the filter should match something"
    rows, sizes = _all_pages(store, inbox, size)
    assert _ids(rows) == expected
    assert len(set(_ids(rows))) == len(rows)
    assert all(s == size for s in sizes[:-1])
    assert len(rows) == store.count(inbox)
    keys = [r.sort_key for r in rows]
    # Search results come newest first (written), the rest worst first.
    assert keys == sorted(keys, reverse=inbox.searching)


@pytest.mark.usefixtures("big_inbox")
def test_a_page_after_the_last_row_is_empty(store: CommentStore) -> None:
    last = store.page(InboxFilter(), limit=1000)[-1]
    assert store.page(InboxFilter(), after=last.sort_key) == []


def test_paging_after_a_status_change_follows_the_current_order(
    store: CommentStore, mixed_inbox: dict[str, int]
) -> None:
    first = store.page(InboxFilter(), limit=2)
    cursor = first[-1].sort_key
    # The owner answers a comment on the first page; the next page is read from the key on,
    # so nothing after the cursor is skipped (the answered one moves further down the list).
    store.set_status([first[0].id], Status.REPLIED)
    now_after_cursor = [r.id for r in store.page(InboxFilter()) if r.sort_key > cursor]
    assert _ids(store.page(InboxFilter(), after=cursor, limit=100)) == now_after_cursor
    names = {v: k for k, v in mixed_inbox.items()}
    assert [names[i] for i in now_after_cursor][:3] == [
        "harsh-answered-old",
        "harsh-open-old",
        "neg-drafting-old",
    ]


# -- filters ----------------------------------------------------------------------------------


def test_filter_by_status(store: CommentStore, mixed_inbox: dict[str, int]) -> None:
    names = {v: k for k, v in mixed_inbox.items()}
    rows = store.page(InboxFilter(statuses=frozenset({Status.NEW})))
    assert [names[r.id] for r in rows] == [
        "harsh-open-new",
        "neg-open",
        "neu-new",
        "pos-old",
        "pos-new",
    ]
    both = InboxFilter(statuses=frozenset({Status.REPLIED, Status.RESOLVED}))
    assert [names[r.id] for r in store.page(both)] == ["harsh-answered-old", "neg-resolved"]


def test_filter_by_severity(store: CommentStore, mixed_inbox: dict[str, int]) -> None:
    inbox = InboxFilter(severities=frozenset({Severity.NEGATIVE}))
    assert {r.severity for r in store.page(inbox)} == {Severity.NEGATIVE}
    assert store.count(inbox) == 3


def test_filter_by_platform(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    store.add_many(
        [
            make_comment("a", platform=Platform.GOOGLE),
            make_comment("b", platform=Platform.FACEBOOK),
            make_comment("c", platform=Platform.GOOGLE),
            make_comment("d", platform=Platform.MASTODON),
        ],
        tagged_triage,  # type: ignore[arg-type]
    )
    google = store.page(InboxFilter(platforms=frozenset({Platform.GOOGLE})))
    assert sorted(store.get(r.id).text for r in google) == ["a", "c"]
    assert {r.platform for r in google} == {Platform.GOOGLE}
    two = InboxFilter(platforms=frozenset({Platform.FACEBOOK, Platform.MASTODON}))
    assert store.count(two) == 2
    assert store.count(InboxFilter(platforms=frozenset({Platform.YOUTUBE}))) == 0


def test_count_and_count_by_severity(store: CommentStore, mixed_inbox: dict[str, int]) -> None:
    assert store.count(InboxFilter()) == 10
    assert store.count_by_severity(InboxFilter()) == {
        Severity.HARSH: 3,
        Severity.NEGATIVE: 3,
        Severity.NEUTRAL: 2,
        Severity.POSITIVE: 2,
    }
    open_only = InboxFilter(statuses=frozenset({Status.NEW, Status.COOLING_OFF, Status.DRAFTING}))
    assert store.count_by_severity(open_only) == {
        Severity.HARSH: 2,
        Severity.NEGATIVE: 2,
        Severity.NEUTRAL: 1,
        Severity.POSITIVE: 2,
    }
    assert store.count_unanswered_urgent() == 4


def test_count_by_severity_of_an_empty_inbox_lists_every_severity(store: CommentStore) -> None:
    assert store.count_by_severity(InboxFilter()) == dict.fromkeys(Severity, 0)
    assert store.count(InboxFilter()) == 0
    assert store.page(InboxFilter()) == []


# -- search -----------------------------------------------------------------------------------


@pytest.fixture
def searchable(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> dict[str, int]:
    texts = {
        "coffee": ("Marta Sousa", "The coffee was cold and bitter"),
        "cake": ("Olu Adeyemi", "Lovely carrot cake, dry coffee cup though"),
        "cafe": ("Zoë Brennan", "Best café in town"),
        "bread": ("Sam Ng", "Sourdough bread sold out by ten"),
        "hebrew": ("Dana", "השירות היה איטי מאוד"),
        "quote": ("Kit", 'He said "AND" NEAR the till (twice) *sigh*'),
    }
    store.add_many(
        [
            make_comment(text, external_id=key, author=author)
            for key, (author, text) in texts.items()
        ],
        tagged_triage,  # type: ignore[arg-type]
    )
    return {c.external_id: c.id for c in store.comments(InboxFilter())}


def _found(store: CommentStore, ids: dict[str, int], text: str) -> set[str]:
    names = {v: k for k, v in ids.items()}
    rows = store.page(InboxFilter(search=text))
    assert store.count(InboxFilter(search=text)) == len(rows)
    return {names[r.id] for r in rows}


def test_search_matches_word_prefixes(store: CommentStore, searchable: dict[str, int]) -> None:
    assert _found(store, searchable, "cof") == {"coffee", "cake"}
    assert _found(store, searchable, "coffee") == {"coffee", "cake"}
    assert _found(store, searchable, "sourd") == {"bread"}
    assert _found(store, searchable, "offee") == set()


def test_search_is_case_and_accent_insensitive(
    store: CommentStore, searchable: dict[str, int]
) -> None:
    assert _found(store, searchable, "COFFEE") == {"coffee", "cake"}
    assert _found(store, searchable, "cafe") == {"cafe"}
    assert _found(store, searchable, "café") == {"cafe"}
    assert _found(store, searchable, "zoe") == {"cafe"}


def test_search_finds_authors(store: CommentStore, searchable: dict[str, int]) -> None:
    assert _found(store, searchable, "marta") == {"coffee"}
    assert _found(store, searchable, "Adeyemi") == {"cake"}


def test_every_search_word_must_match(store: CommentStore, searchable: dict[str, int]) -> None:
    assert _found(store, searchable, "coffee cold") == {"coffee"}
    assert _found(store, searchable, "coffee carrot") == {"cake"}
    assert _found(store, searchable, "coffee bread") == set()
    # Words may come from the author and the text together.
    assert _found(store, searchable, "marta bitter") == {"coffee"}


def test_search_right_to_left_text(store: CommentStore, searchable: dict[str, int]) -> None:
    assert _found(store, searchable, "השירות") == {"hebrew"}


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"coffee',
        "coffee*",
        "*",
        "(",
        "coffee)",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "NEAR(coffee cold)",
        "coffee AND",
        "author:marta",
        "^coffee",
        "-coffee",
        "'",
        "\\",
        "%",
        "_",
        "....!!!",
        "\x00",
        "{col}",
        "🙂",
    ],
)
def test_odd_search_input_never_raises(
    store: CommentStore, searchable: dict[str, int], text: str
) -> None:
    rows = store.page(InboxFilter(search=text))
    assert store.count(InboxFilter(search=text)) == len(rows)
    store.count_by_severity(InboxFilter(search=text))
    store.comments(InboxFilter(search=text))


def test_search_operators_are_plain_words(store: CommentStore, searchable: dict[str, int]) -> None:
    assert _found(store, searchable, "AND") == {"quote", "coffee"}  # "AND" and "and"
    assert _found(store, searchable, "NEAR till") == {"quote"}
    assert _found(store, searchable, '"twice"') == {"quote"}
    assert _found(store, searchable, "(sigh)") == {"quote"}


def test_search_of_only_punctuation_means_no_search(
    store: CommentStore, searchable: dict[str, int]
) -> None:
    assert _found(store, searchable, "  ...?!  ") == set(searchable)
    assert _found(store, searchable, "") == set(searchable)


def test_search_results_are_listed_newest_first(
    store: CommentStore, searchable: dict[str, int]
) -> None:
    rows = store.page(InboxFilter(search="coffee"))
    assert _ids(rows) == [searchable["coffee"], searchable["cake"]]  # coffee was written later
    # Paging a search carries on from the last id shown.
    first = store.page(InboxFilter(search="coffee"), limit=1)
    rest = store.page(InboxFilter(search="coffee"), after=first[-1].sort_key)
    assert _ids(first + rest) == _ids(rows)


def test_search_results_are_newest_first_by_when_they_were_written(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    """The README promises newest first; the demo listed 22 Sep before yesterday's comment
    because searches followed the order comments came into the inbox (issue 12, item 5)."""
    store.add_many(
        [
            make_comment("coffee yesterday", external_id="new", created_at=NOW - timedelta(days=1)),
            # Imported later from an old export, but written in September.
            make_comment(
                "coffee in September", external_id="old", created_at=NOW - timedelta(days=64)
            ),
        ],
        tagged_triage,  # type: ignore[arg-type]
    )
    found = store.comments(InboxFilter(search="coffee"))
    assert [c.external_id for c in found] == ["new", "old"]
    store.add_many(
        [
            make_comment("coffee today", external_id="today", created_at=NOW),
            make_comment(
                "coffee from 2020", external_id="older", created_at=NOW - timedelta(days=2000)
            ),
        ],
        tagged_triage,  # type: ignore[arg-type]
    )
    found = store.comments(InboxFilter(search="coffee"))
    assert [c.external_id for c in found] == ["today", "new", "old", "older"]
    # Paging a search carries on from the last row shown, in the same order.
    first = store.page(InboxFilter(search="coffee"), limit=2)
    rest = store.page(InboxFilter(search="coffee"), after=first[-1].sort_key)
    assert [r.id for r in first + rest] == [c.id for c in found]


def test_fts_query_quotes_every_term() -> None:
    assert fts_query('cof "x" AND') == '"cof"* "x"* "and"*'
    assert fts_query("...") is None
    assert search_terms("Café, AU LAIT!") == ["café", "au", "lait"]


def test_search_stays_in_step_after_status_changes(
    store: CommentStore, searchable: dict[str, int]
) -> None:
    store.set_status([searchable["coffee"]], Status.RESOLVED)
    assert _found(store, searchable, "coffee") == {"coffee", "cake"}
    resolved_coffee = InboxFilter(statuses=frozenset({Status.RESOLVED}), search="coffee")
    assert _ids(store.page(resolved_coffee)) == [searchable["coffee"]]
    new_coffee = InboxFilter(statuses=frozenset({Status.NEW}), search="coffee")
    assert _ids(store.page(new_coffee)) == [searchable["cake"]]
    # The full-text index itself still agrees with the table.
    conn = store._conn
    conn.execute("INSERT INTO comments_fts (comments_fts) VALUES ('integrity-check')")


def test_search_index_follows_text_edits(
    db: Database, store: CommentStore, searchable: dict[str, int]
) -> None:
    conn = store._conn
    with db.transaction(conn):
        conn.execute(
            "UPDATE comments SET text = 'Now about muffins' WHERE id = ?", (searchable["coffee"],)
        )
    assert _found(store, searchable, "muffin") == {"coffee"}
    assert _found(store, searchable, "bitter") == set()


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CommentStore]:
    home: Path = tmp_path_factory.mktemp("fuzz-home")
    db = open_database(home, lambda: NOW)
    conn = db.connect()
    store = CommentStore(db, conn)
    store.add_many(
        [
            NewComment(Platform.GOOGLE, str(i), f"Author {i}", text, NOW - timedelta(hours=i))
            for i, text in enumerate(
                ["coffee cold", "AND NEAR OR", 'quote " here', "émoji 🙂 fine", "x_y z"]
            )
        ],
        Triage(),
    )
    yield store
    conn.close()


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_any_search_text_never_raises(fuzz_store: CommentStore, text: str) -> None:
    inbox = InboxFilter(search=text)
    rows = fuzz_store.page(inbox)
    assert fuzz_store.count(inbox) == len(rows) <= 5
    if fts_query(text) is None:
        assert len(rows) == 5


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(
        alphabet=st.sampled_from(list('"*()^-+:{}[]ANDORNEAR coffee ')), min_size=1, max_size=30
    )
)
def test_fts_syntax_soup_never_raises(fuzz_store: CommentStore, text: str) -> None:
    fuzz_store.page(InboxFilter(search=text))


# -- status -----------------------------------------------------------------------------------


def test_set_status_records_history(
    store: CommentStore,
    clock: FakeClock,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:
    store.add_many([make_comment("[negative] late")], tagged_triage)  # type: ignore[arg-type]
    first = clock.now
    assert store.set_status([1], Status.RESOLVED) == 1
    clock.advance(minutes=5)
    assert store.set_status([1], Status.NEW) == 1
    history = store.history(1)
    assert [(h.old, h.new, h.at) for h in history] == [
        (Status.NEW, Status.RESOLVED, first),
        (Status.RESOLVED, Status.NEW, first + timedelta(minutes=5)),
    ]
    assert store.get(1).status is Status.NEW


def test_set_status_to_the_same_status_changes_nothing(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    store.add_many([make_comment()], tagged_triage)  # type: ignore[arg-type]
    assert store.set_status([1], Status.NEW) == 0
    assert store.history(1) == []


def test_set_status_of_several_counts_only_real_changes(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    store.add_many([make_comment(f"c{i}") for i in range(3)], tagged_triage)  # type: ignore[arg-type]
    store.set_status([2], Status.IGNORED)
    assert store.set_status([1, 2, 3], Status.IGNORED) == 2
    assert {store.get(i).status for i in (1, 2, 3)} == {Status.IGNORED}


def test_set_status_is_all_or_nothing(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    store.add_many([make_comment("a"), make_comment("b")], tagged_triage)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        store.set_status([1, 999, 2], Status.RESOLVED)
    assert store.get(1).status is Status.NEW
    assert store.get(2).status is Status.NEW
    assert store.history(1) == []


def test_answered_comments_leave_the_urgent_count(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    store.add_many(
        [make_comment("[harsh] a"), make_comment("[negative] b"), make_comment("[neutral] c")],
        tagged_triage,  # type: ignore[arg-type]
    )
    assert store.count_unanswered_urgent() == 2
    store.set_status([1], Status.REPLIED)
    assert store.count_unanswered_urgent() == 1
    store.set_status([2], Status.DRAFTING)
    assert store.count_unanswered_urgent() == 1


def test_this_modules_now_is_the_fake_clocks(clock: FakeClock) -> None:
    assert clock() == NOW


# -- sorting by a column ------------------------------------------------------------------------


@pytest.mark.usefixtures("big_inbox")
@pytest.mark.parametrize("sort", list(InboxSort))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("search", ["", "coffee"])
def test_every_order_pages_every_row_once_in_order(
    store: CommentStore, sort: InboxSort, descending: bool, search: str
) -> None:
    inbox = InboxFilter(sort=sort, descending=descending, search=search)
    rows, _ = _all_pages(store, inbox, 7)
    assert len(rows) == store.count(inbox) > 0
    assert len(set(_ids(rows))) == len(rows)
    assert _ids(rows) == [c.id for c in store.comments(inbox)]
    keys = [tuple(str(k).lower() if isinstance(k, str) else k for k in r.sort_key) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_sorting_by_author_ignores_case_and_by_rating_puts_unrated_last(
    store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    store.add_many(
        [
            make_comment("a", external_id="b", author="bea", rating=5),
            make_comment("a", external_id="A", author="Anna", rating=None),
            make_comment("a", external_id="c", author="Carl", rating=1),
        ],
        tagged_triage,  # type: ignore[arg-type]
    )

    def order(**how: object) -> list[str]:
        return [c.external_id for c in store.comments(InboxFilter(**how))]  # type: ignore[arg-type]

    assert order(sort=InboxSort.AUTHOR) == ["A", "b", "c"]
    assert order(sort=InboxSort.AUTHOR, descending=True) == ["c", "b", "A"]
    assert order(sort=InboxSort.RATING) == ["c", "b", "A"]


@pytest.mark.parametrize("sort", [None, *InboxSort])
def test_a_sorted_page_is_read_from_an_index_not_sorted_whole(
    store: CommentStore, sort: InboxSort | None
) -> None:
    """At 100,000 comments a page must not sort the whole table: every order is served by
    an index (EXPLAIN QUERY PLAN shows no temporary B-tree for the ORDER BY)."""
    for descending in (False, True):
        inbox = InboxFilter(sort=sort, descending=descending)
        sql, params = inbox.select("c.id", after=None, limit=200)
        plan = " ".join(r[3] for r in store._conn.execute("EXPLAIN QUERY PLAN " + sql, params))
        assert "TEMP B-TREE" not in plan, (sort, plan)


@pytest.mark.usefixtures("big_inbox")
def test_a_search_with_many_matches_walks_the_time_index_in_the_same_order(
    store: CommentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = InboxFilter(search="coffee")
    expected = [c.id for c in store.comments(inbox)]
    monkeypatch.setattr("feedback_desk.store.comments.MANY_MATCHES", 1)
    assert store._many_matches(inbox)
    rows, _ = _all_pages(store, inbox, 7)
    assert _ids(rows) == expected
    sql, params = inbox.select("c.id", limit=200, by_time_index=True)
    plan = " ".join(r[3] for r in store._conn.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "TEMP B-TREE" not in plan
