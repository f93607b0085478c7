"""No wait without end: long Retry-After, absurd throttle headers, trickling and endless
answers, and the stop button, against the local servers misbehaving so. Deadlines and
sizes are made small through Policy so nothing here waits long."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest

from feedback_desk.core.errors import (
    DeliveryUnknown,
    MalformedPayload,
    Offline,
    RateLimited,
)
from feedback_desk.core.model import Comment, Platform, Severity, Status
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.http import PlatformHttp, Policy
from feedback_desk.sources.mastodon import MastodonConnector
from tests.fakes import FakeFacebook, FakeMastodon

HUGE = 10**30
MB = 1024 * 1024
MUCH_LATER = timedelta(days=7)  # http.LONGEST_ASKED: the furthest "try again at"


def facebook(
    server: FakeFacebook,
    policy: Policy | None = None,
    waits: list[float] | None = None,
    cancel: threading.Event | None = None,
) -> FacebookConnector:
    http = PlatformHttp(
        "Facebook",
        "Shop page",
        sleep=None if waits is None else waits.append,
        clock=server.clock,
        policy=policy,
        **({} if cancel is None else {"cancel": cancel}),
    )
    return FacebookConnector(http, server.page_id, server.token, server.base_url)


# ------------------------------------------------------------------ waits the platform asks for


def mastodon(
    server: FakeMastodon, waits: list[float] | None = None, cancel: threading.Event | None = None
) -> MastodonConnector:
    http = PlatformHttp(
        "Mastodon",
        "Toots",
        sleep=None if waits is None else waits.append,
        clock=server.clock,
        **({} if cancel is None else {"cancel": cancel}),
    )
    return MastodonConnector(http, server.base_url, server.token)


def test_a_503_asking_for_an_hour_stops_the_account_instead_of_sleeping(
    fake_mastodon: FakeMastodon,
) -> None:
    waits: list[float] = []
    fake_mastodon.fail_next(503, headers={"Retry-After": "3600"}, times=None)
    with pytest.raises(RateLimited) as raised:
        mastodon(fake_mastodon, waits).check()
    assert waits == []  # not an hour, not once
    assert str(raised.value).startswith(
        "Mastodon is unavailable (HTTP 503) for account 'Toots' and asked to be left alone "
        "for 60 minutes. Try again at "
    )
    assert raised.value.retry_at == fake_mastodon.now + timedelta(hours=1)
    assert fake_mastodon.hits() == 1


def test_a_short_503_wait_is_still_sat_out(fake_mastodon: FakeMastodon) -> None:
    waits: list[float] = []
    fake_mastodon.fail_next(503, headers={"Retry-After": "20"}, times=1)
    assert mastodon(fake_mastodon, waits).check()
    assert waits == [20.0]


def test_a_graph_throttle_of_10_to_the_30_minutes_is_much_later_not_an_overflow(
    fake_facebook: FakeFacebook,
) -> None:
    fake_facebook.throttle(32, minutes=HUGE)
    with pytest.raises(RateLimited) as raised:
        facebook(fake_facebook, waits=[]).check()
    assert raised.value.retry_at == fake_facebook.now + MUCH_LATER
    assert "Try again at" in str(raised.value)


@pytest.mark.parametrize("header", [str(HUGE), "1" + "0" * 400])
def test_a_mastodon_retry_after_of_10_to_the_30_is_much_later_not_an_overflow(
    fake_mastodon: FakeMastodon, header: str
) -> None:
    fake_mastodon.fail_next(429, headers={"Retry-After": header})
    with pytest.raises(RateLimited) as raised:
        mastodon(fake_mastodon, []).check()
    assert raised.value.retry_at == fake_mastodon.now + MUCH_LATER


# ------------------------------------------------------------------ slow and endless answers


def test_a_server_trickling_a_byte_at_a_time_is_cut_off_at_the_deadline(
    fake_facebook: FakeFacebook,
) -> None:
    fake_facebook.trickle_next(every=0.3, times=None)  # the answer would take ~15 s
    connector = facebook(fake_facebook, Policy(attempts=2, deadline=1.0), waits=[])
    with pytest.raises(Offline) as raised:
        connector.check()
    assert "answered too slowly" in str(raised.value)
    assert "within 1 s" in str(raised.value)
    assert fake_facebook.hits() == 2  # a read is asked again, as for any timeout


def test_the_trickle_ends_within_the_deadline(fake_facebook: FakeFacebook) -> None:
    fake_facebook.trickle_next(every=0.3, times=None)
    connector = facebook(fake_facebook, Policy(attempts=1, deadline=1.0), waits=[])
    start = time.monotonic()
    with pytest.raises(Offline):
        connector.check()
    assert time.monotonic() - start < 2.0


def test_a_reply_whose_answer_trickles_is_not_sent_again(fake_facebook: FakeFacebook) -> None:
    post = fake_facebook.add_post()
    comment_id = fake_facebook.add_comment(post, "Cold coffee.", "Mei Kato")
    fake_facebook.trickle_next(every=0.3, method="POST")
    connector = facebook(fake_facebook, Policy(deadline=1.0), waits=[])
    comment = Comment(
        id=1,
        platform=Platform.FACEBOOK,
        account="Shop page",
        external_id=comment_id,
        author="Mei Kato",
        text="Cold coffee.",
        created_at=fake_facebook.now,
        url=None,
        rating=None,
        sentiment=-0.5,
        severity=Severity.NEGATIVE,
        status=Status.NEW,
        cooloff_ends_at=None,
        replied_at=None,
    )
    with pytest.raises(DeliveryUnknown):
        connector.send_reply(comment, "public", "Sorry, Mei.", "key-1")
    assert fake_facebook.hits(method="POST") == 1


def test_an_endless_answer_is_not_read_past_the_size_limit(fake_facebook: FakeFacebook) -> None:
    fake_facebook.endless_body_next(times=None)
    connector = facebook(fake_facebook, Policy(attempts=1, max_body=1 * MB), waits=[])
    outcome: list[BaseException] = []

    def check() -> None:
        try:
            connector.check()
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=check, daemon=True)
    worker.start()
    worker.join(10)
    alive = worker.is_alive()
    fake_facebook.stop()  # before the limit, the endless answer would be read for ever
    assert not alive, "still reading the endless answer after 10 s"
    assert len(outcome) == 1 and isinstance(outcome[0], MalformedPayload)
    assert str(outcome[0]) == (
        "Facebook sent an answer larger than 1 MB for account 'Shop page'; stopped reading "
        "it. Nothing from it was stored."
    )


def test_an_answer_that_says_it_is_too_large_is_not_read(fake_facebook: FakeFacebook) -> None:
    fake_facebook.fail_next(200, body="x" * (2 * MB), times=None)
    connector = facebook(fake_facebook, Policy(attempts=1, max_body=1 * MB), waits=[])
    with pytest.raises(MalformedPayload, match="larger than 1 MB"):
        connector.check()


# ------------------------------------------------------------------ the stop button


def stop_after(cancel: threading.Event, seconds: float) -> type[Exception]:
    """Press Stop in `seconds`; the error a stopped call ends with."""
    from feedback_desk.core.errors import Cancelled

    threading.Timer(seconds, cancel.set).start()
    return Cancelled


def test_stop_ends_a_trickling_request_at_once(fake_facebook: FakeFacebook) -> None:
    cancel = threading.Event()
    fake_facebook.trickle_next(every=0.3, times=None)
    connector = facebook(fake_facebook, cancel=cancel)  # the real deadline: 120 s
    stopped = stop_after(cancel, 0.3)
    start = time.monotonic()
    with pytest.raises(stopped):
        connector.check()
    assert time.monotonic() - start < 1.3


def test_stop_ends_a_rate_limit_wait_at_once(fake_mastodon: FakeMastodon) -> None:
    cancel = threading.Event()
    fake_mastodon.fail_next(429, headers={"Retry-After": "60"})  # sat out: under 90 s
    connector = mastodon(fake_mastodon, cancel=cancel)
    stopped = stop_after(cancel, 0.3)
    start = time.monotonic()
    with pytest.raises(stopped):
        connector.check()
    assert time.monotonic() - start < 1.3


def test_stop_ends_a_pause_between_retries_at_once(fake_facebook: FakeFacebook) -> None:
    cancel = threading.Event()
    fake_facebook.fail_next(503, times=None)
    connector = facebook(fake_facebook, Policy(first_pause=30.0), cancel=cancel)
    stopped = stop_after(cancel, 0.3)
    start = time.monotonic()
    with pytest.raises(stopped):
        connector.check()
    assert time.monotonic() - start < 1.3


def test_a_server_that_never_answers_is_cut_off_at_the_deadline(
    fake_facebook: FakeFacebook,
) -> None:
    fake_facebook.after_handling_next(delay=5.0, times=None)  # headers never come in time
    connector = facebook(fake_facebook, Policy(attempts=1, deadline=1.0), waits=[])
    start = time.monotonic()
    with pytest.raises(Offline, match="answered too slowly"):
        connector.check()
    assert time.monotonic() - start < 2.0


def test_stop_ends_a_request_still_waiting_for_its_answer(fake_facebook: FakeFacebook) -> None:
    cancel = threading.Event()
    fake_facebook.after_handling_next(delay=5.0)
    connector = facebook(fake_facebook, cancel=cancel)
    stopped = stop_after(cancel, 0.3)
    start = time.monotonic()
    with pytest.raises(stopped):
        connector.check()
    assert time.monotonic() - start < 1.3


@pytest.mark.parametrize("reset", ["9999-12-31T23:59:59.000Z", str(HUGE)])
def test_a_mastodon_rate_limit_reset_at_the_end_of_time_is_much_later(
    fake_mastodon: FakeMastodon, reset: str
) -> None:
    fake_mastodon.fail_next(429, headers={"X-RateLimit-Reset": reset}, times=None)
    waits: list[float] = []
    with pytest.raises(RateLimited) as raised:
        mastodon(fake_mastodon, waits).check()
    if reset.startswith("9999"):
        assert raised.value.retry_at == fake_mastodon.now + MUCH_LATER
        assert waits == []
    else:  # not a time at all: a minute's wait, as for no header (asked again 5 times)
        assert waits == [60.0] * 5


def test_a_call_ends_by_its_own_deadline_however_many_retries_remain(
    fake_facebook: FakeFacebook,
) -> None:
    """Each exchange had a deadline, but a trickling server cut off each time was tried
    again, attempts x deadline plus the pauses (minutes with the defaults). The whole call,
    retries and pauses included, now ends by Policy.call_deadline."""
    fake_facebook.trickle_next(every=0.3, times=None, path_contains="/feed")
    policy = Policy(
        deadline=0.5, call_deadline=1.2, attempts=50, first_pause=0.01, longest_pause=0.01
    )
    started = time.monotonic()
    with pytest.raises(Offline) as raised:
        list(facebook(fake_facebook, policy).pages())
    took = time.monotonic() - started
    assert took < 5, f"the call took {took:.1f} s"  # 50 tries x 0.5 s = 25 s without it
    assert "retries included" in str(raised.value)
