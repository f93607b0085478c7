"""Loopback HTTP fakes of the platforms Feedback Desk talks to.

Each fake is a real ``http.server`` on 127.0.0.1 (random port) speaking the documented
payloads, paging, errors and rate limits of its platform (see PLATFORM_APIS.md), so the
connectors can be tested end to end with ``requests``.  Use them as context managers or
through the pytest fixtures in ``tests.fakes.fixtures``.
"""

from .base import DEFAULT_NOW, FakeServer, RecordedRequest, Response
from .facebook import FakeFacebook
from .google_oauth import GoogleFake
from .google_reviews import FakeGoogleReviews
from .graph import GRAPH_VERSION, GraphFake
from .instagram import FakeInstagram
from .mastodon import FakeMastodon
from .youtube import FakeYouTube

__all__ = [
    "DEFAULT_NOW",
    "GRAPH_VERSION",
    "FakeFacebook",
    "FakeGoogleReviews",
    "FakeInstagram",
    "FakeMastodon",
    "FakeServer",
    "FakeYouTube",
    "GoogleFake",
    "GraphFake",
    "RecordedRequest",
    "Response",
]
