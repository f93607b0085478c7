"""Pytest fixtures: one started fake per test, stopped afterwards.

Import into a conftest with ``from tests.fakes.fixtures import *  # noqa: F403`` (or list
``"tests.fakes.fixtures"`` in ``pytest_plugins``).  A fixture fails the test at teardown if
the fake itself crashed while answering (its traceback is in ``server.errors``), so a bug in
a fake never passes for a platform error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest

from .base import FakeServer
from .facebook import FakeFacebook
from .google_reviews import FakeGoogleReviews
from .instagram import FakeInstagram
from .mastodon import FakeMastodon
from .youtube import FakeYouTube

__all__ = ["fake_facebook", "fake_google", "fake_instagram", "fake_mastodon", "fake_youtube"]


F = TypeVar("F", bound=FakeServer)


def _serve(server: F) -> Iterator[F]:
    with server:
        yield server
    if server.errors:
        pytest.fail(
            f"{type(server).__name__} crashed while answering:\n" + "\n".join(server.errors),
            pytrace=False,
        )


@pytest.fixture
def fake_facebook() -> Iterator[FakeFacebook]:
    yield from _serve(FakeFacebook())


@pytest.fixture
def fake_instagram() -> Iterator[FakeInstagram]:
    yield from _serve(FakeInstagram())


@pytest.fixture
def fake_google() -> Iterator[FakeGoogleReviews]:
    yield from _serve(FakeGoogleReviews())


@pytest.fixture
def fake_youtube() -> Iterator[FakeYouTube]:
    yield from _serve(FakeYouTube())


@pytest.fixture
def fake_mastodon() -> Iterator[FakeMastodon]:
    yield from _serve(FakeMastodon())
