"""Comparing customer names the way a person would."""

from __future__ import annotations

import pytest

from feedback_desk.core.customers import display_name, name_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ann Lee", "ann lee"),
        ("Ann  Lee ", "Ann Lee"),
        ("ANN LEE", "Ann Lee"),
        ("@annlee", "annlee"),
        ("Ann Lee (@ann@mastodon.social)", "Ann Lee"),
        ("Straße", "STRASSE"),
        ("Ｊｏｓé", "José"),  # full-width letters
    ],
)
def test_the_same_name_written_differently_is_one_customer(first: str, second: str) -> None:
    assert name_key(first) == name_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ann Lee", "Ann Leeds"),
        ("Ann Lee", "@annie"),
        ("José", "Jose"),  # accents matter in names
    ],
)
def test_different_names_stay_different_customers(first: str, second: str) -> None:
    assert name_key(first) != name_key(second)


def test_a_name_that_is_only_a_handle_or_only_emoji_still_has_a_key() -> None:
    assert name_key("@ann@mastodon.social") == "ann@mastodon.social"
    assert name_key("(@ann@x.y)") == "(@ann@x.y)"
    assert name_key("🌻") == "🌻"
    assert name_key("   ") == ""


def test_the_displayed_name_drops_the_mastodon_handle_only() -> None:
    assert display_name("Ann Lee (@ann@mastodon.social)") == "Ann Lee"
    assert display_name("@ann@mastodon.social") == "@ann@mastodon.social"
    assert display_name(" Bob ") == "Bob"
