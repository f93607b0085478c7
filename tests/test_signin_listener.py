"""The loopback redirect listener on its own: whatever a browser (or another program on this
computer) sends, only the redirect with this sign-in's `state` counts as signing in."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback_desk.core.errors import Cancelled
from feedback_desk.sources.signin.listener import LoopbackListener

STATE = "the-state-this-sign-in-sent-0123456789"


@pytest.fixture
def listener() -> Iterator[LoopbackListener]:
    made = LoopbackListener(STATE, "Google reviews")
    made.start()
    yield made
    made.close()


def test_the_redirect_with_the_right_state_is_taken_once(listener: LoopbackListener) -> None:
    url = listener.redirect_uri
    assert url.startswith("http://127.0.0.1:") and url.endswith("/")
    answer = requests.get(url, params={"state": STATE, "code": "4/0code-value"}, timeout=5)
    assert answer.status_code == 200
    assert "You can close this tab and go back to Feedback Desk" in answer.text
    again = requests.get(url, params={"state": STATE, "code": "another"}, timeout=5)
    assert "already finished" in again.text
    result = listener.wait(threading.Event(), time.monotonic() + 5)
    assert result is not None and result.state_ok and result.code == "4/0code-value"


def test_other_paths_methods_and_long_requests_change_nothing(listener: LoopbackListener) -> None:
    url = listener.redirect_uri
    assert requests.get(url + "favicon.ico", timeout=5).status_code == 404
    assert requests.post(url, data={"state": STATE, "code": "x"}, timeout=5).status_code == 405
    assert requests.get(url + "?" + "a" * 9000, timeout=5).status_code == 414
    assert listener.wait(threading.Event(), time.monotonic() + 0.3) is None


@settings(max_examples=30)  # each example is a server of its own
@given(st.text(max_size=60).filter(lambda s: s != STATE))
def test_any_other_state_is_refused(state: str) -> None:
    listener = LoopbackListener(STATE, "Mastodon")
    listener.start()
    try:
        answer = requests.get(
            listener.redirect_uri, params={"state": state, "code": "c"}, timeout=5
        )
        assert answer.status_code == 400
        assert "nothing was stored" in answer.text
        result = listener.wait(threading.Event(), time.monotonic() + 5)
        assert result is not None and not result.state_ok
    finally:
        listener.close()


def test_a_stop_ends_the_wait(listener: LoopbackListener) -> None:
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    began = time.monotonic()
    with pytest.raises(Cancelled):
        listener.wait(stop, time.monotonic() + 30)
    assert time.monotonic() - began < 1.0
