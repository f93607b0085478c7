"""The shop's profile and the first-run assistant's turn, in a real database file."""

from __future__ import annotations

import pytest

from feedback_desk.core.errors import UserFacingError
from feedback_desk.core.model import Platform
from feedback_desk.core.shop_profile import ShopProfile
from feedback_desk.store import Database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.shop_profile import (
    FirstRun,
    first_run_due,
    first_run_state,
    load_profile,
    load_shop_name,
    mark_first_run,
    profile_saved,
    save_profile,
    save_shop_name,
)
from tests.conftest import MakeComment, TaggedTriage


def test_a_new_folder_has_an_empty_profile_and_needs_the_assistant(db: Database) -> None:
    conn = db.connect()
    assert load_profile(conn) == ShopProfile()
    assert not profile_saved(conn)
    assert first_run_state(conn) is None
    assert first_run_due(conn)


def test_the_profile_is_saved_whole_and_the_name_stays_where_it_was(db: Database) -> None:
    conn = db.connect()
    stored = save_profile(db, conn, ShopProfile(" Juniper & Rye", "eur", "de", "— Maria"))
    assert stored == ShopProfile("Juniper & Rye", "EUR", "DE", "— Maria")
    assert load_profile(db.connect()) == stored
    assert load_shop_name(conn) == "Juniper & Rye"  # {shop} and the report read it here
    save_shop_name(db, conn, "Corner Bakery")  # the old way still works
    assert load_profile(conn).name == "Corner Bakery"
    assert not first_run_due(conn)


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (ShopProfile(currency="EURO"), "not a currency code"),
        (ShopProfile(country="Germany"), "not a country code"),
    ],
)
def test_a_bad_code_is_refused_and_nothing_changes(
    db: Database, profile: ShopProfile, message: str
) -> None:
    conn = db.connect()
    with pytest.raises(UserFacingError, match=message):
        save_profile(db, conn, profile)
    assert not profile_saved(conn)


def test_a_damaged_value_reads_as_unset(db: Database) -> None:
    conn = db.connect()
    conn.execute(
        "INSERT INTO settings (key, value) VALUES ('shop_profile', "
        '\'{"currency": "XXX", "country": 7, "signature": "— M"}\')'
    )
    assert load_profile(conn) == ShopProfile(signature="— M")
    conn.execute("UPDATE settings SET value = 'not json' WHERE key = 'shop_profile'")
    assert load_profile(conn) == ShopProfile()


@pytest.mark.parametrize("how", list(FirstRun))
def test_finished_or_skipped_it_is_not_asked_again(db: Database, how: FirstRun) -> None:
    conn = db.connect()
    mark_first_run(db, conn, how)
    assert first_run_state(conn) is how
    assert not first_run_due(conn)


def test_a_folder_with_comments_is_not_new(
    db: Database, store: CommentStore, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    store.store_fetched([make_comment()], tagged_triage, account_id=None)  # type: ignore[arg-type]
    assert not first_run_due(db.connect())


def test_a_folder_with_an_account_is_not_new(db: Database) -> None:
    conn = db.connect()
    AccountStore(db, conn).add("Shop page", Platform.FACEBOOK, {"page_id": "1"})
    assert not first_run_due(conn)
