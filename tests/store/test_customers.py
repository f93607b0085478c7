"""The per-customer view: one person's comments across platforms, and the owner's merges."""

from __future__ import annotations

import sqlite3

import pytest

from feedback_desk.core.errors import UserFacingError
from feedback_desk.core.model import Platform
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.customers import Customers
from feedback_desk.store.outcomes import Outcome, Outcomes
from tests.conftest import MakeComment, TaggedTriage

P = Platform


@pytest.fixture
def seeded(store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage) -> None:
    store.add_many(
        [
            make_comment("[harsh] Cold food", author="Ann Lee", platform=P.GOOGLE),
            make_comment("[negative] Slow again", author="ann lee", platform=P.FACEBOOK),
            make_comment(
                "[positive] Back and happy",
                author="Ann Lee (@ann@toot.shop)",
                platform=P.MASTODON,
            ),
            make_comment("[negative] Never again", author="@annie_l", platform=P.INSTAGRAM),
            make_comment("[negative] Lee's cousin here", author="Ann Leeds"),
            make_comment("[neutral] Hi", author="Bob"),
        ],
        tagged_triage,
    )


def test_the_same_name_is_joined_across_platforms_newest_first(
    db: Database, conn: sqlite3.Connection, seeded: None
) -> None:
    ann = Customers(db, conn).get("ANN LEE")
    assert ann.key == "ann lee"
    assert [c.platform for c in ann.comments] == [P.GOOGLE, P.FACEBOOK, P.MASTODON]
    assert [c.created_at for c in ann.comments] == sorted(
        (c.created_at for c in ann.comments), reverse=True
    )
    assert ann.display == "Ann Lee"
    assert ann.platforms == (P.FACEBOOK, P.GOOGLE, P.MASTODON)
    assert ann.names == ("ann lee",)


def test_merging_a_different_handle_joins_it_and_separating_undoes_it(
    db: Database, conn: sqlite3.Connection, seeded: None
) -> None:
    customers = Customers(db, conn)
    assert customers.merge("@annie_l", "Ann Lee") == "ann lee"
    ann = customers.get("annie_l")  # either name finds the whole group
    assert ann.key == "ann lee"
    assert ann.names == ("ann lee", "annie_l")
    assert len(ann.comments) == 4
    assert customers.get("Ann Leeds").names == ("ann leeds",)  # a similar name stays apart

    customers.separate("@annie_l")
    assert len(customers.get("Ann Lee").comments) == 3
    assert [c.author for c in customers.get("@annie_l").comments] == ["@annie_l"]


def test_merging_groups_keeps_every_name_one_step_from_its_customer(
    db: Database, conn: sqlite3.Connection, seeded: None
) -> None:
    customers = Customers(db, conn)
    customers.merge("@annie_l", "Ann Leeds")
    customers.merge("Ann Leeds", "Ann Lee")  # the whole "Ann Leeds" group moves
    assert customers.links() == {"annie_l": "ann lee", "ann leeds": "ann lee"}
    assert len(customers.get("Ann Leeds").comments) == 5
    customers.separate("Ann Leeds")
    assert customers.links() == {"annie_l": "ann lee"}


def test_merging_with_itself_or_separating_an_unmerged_name_says_why_not(
    db: Database, conn: sqlite3.Connection, seeded: None
) -> None:
    customers = Customers(db, conn)
    with pytest.raises(UserFacingError, match="already the same customer"):
        customers.merge("ann lee", "Ann Lee (@ann@toot.shop)")
    with pytest.raises(UserFacingError, match="Bob was not merged"):
        customers.separate("Bob")
    assert customers.links() == {}


def test_finding_names_to_merge_with_groups_them_by_name(
    db: Database, conn: sqlite3.Connection, seeded: None
) -> None:
    found = Customers(db, conn).find("ann")
    keys = [m.key for m in found]
    assert keys[0] == "ann lee"  # three comments
    assert set(keys) == {"ann lee", "ann leeds", "annie_l"}
    ann = found[0]
    assert ann.comments == 3 and ann.platforms == (P.FACEBOOK, P.GOOGLE, P.MASTODON)
    assert Customers(db, conn).find("  ") == []
    assert Customers(db, conn).find('"') == []


def test_a_customer_row_carries_the_reply_and_the_latest_outcome(
    db: Database, conn: sqlite3.Connection, seeded: None
) -> None:
    customers = Customers(db, conn)
    first = customers.get("Ann Lee").comments[0]
    Outcomes(db, conn).record(first.id, Outcome.UNHAPPY)
    Outcomes(db, conn).record(first.id, Outcome.WON_BACK)
    again = customers.get("Ann Lee").comments[0]
    assert again.outcome is Outcome.WON_BACK and again.first_reply_at is None


def test_a_name_without_words_is_still_found(
    db: Database,
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:
    store.add_many(
        [make_comment("[harsh] 👎", author="🌻"), make_comment("[harsh] 👎👎", author=" 🌻 ")],
        tagged_triage,
    )
    assert len(Customers(db, conn).get("🌻").comments) == 2


def test_links_survive_reopening_the_database(
    db: Database, conn: sqlite3.Connection, seeded: None
) -> None:
    Customers(db, conn).merge("@annie_l", "Ann Lee")
    other = db.connect()
    try:
        assert Customers(db, other).links() == {"annie_l": "ann lee"}
    finally:
        other.close()
