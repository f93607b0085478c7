"""Issue 10's "done when": one sync run over many accounts, each meeting one fault a real
platform can produce — a paging cycle, a trickle, an endless body, a redirect to another
server, an error that echoes the token, a broken character, an absurd Retry-After — beside
healthy accounts. It ends within a bounded time, every faulty account with a clear message
and no traceback, no secret anywhere outside the keyring, and the healthy accounts synced."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from feedback_desk.core.model import Platform
from feedback_desk.core.redaction import RedactingFilter
from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.sources.base import Connector
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.http import MB, PlatformHttp, Policy
from feedback_desk.sources.mastodon import MastodonConnector
from feedback_desk.sources.sync import sync_accounts
from feedback_desk.store import open_database
from feedback_desk.store.accounts import Account, AccountStore
from tests.fakes import FakeFacebook, FakeMastodon
from tests.fakes.base import FakeServer
from tests.keyrings import MemoryKeyring

POLICY = Policy(deadline=1.5, max_body=1 * MB, timeout=(2.0, 1.0), attempts=2)


@pytest.fixture
def stack() -> Iterator[ExitStack]:
    with ExitStack() as servers:
        yield servers


@pytest.mark.expect_warnings(
    r"^sync Broken character: Facebook comment by Surrogate Sue: its text holds characters "
    r"that are not valid text \(a broken emoji\?\); skipped$"
)
def test_a_run_of_faults_ends_bounded_clear_secret_free_and_the_healthy_accounts_sync(
    tmp_path: Path, stack: ExitStack, triage: Triage
) -> None:
    elsewhere = stack.enter_context(FakeServer())
    faults: dict[str, tuple[FakeFacebook | FakeMastodon, Callable[[], None]]] = {}

    def facebook(name: str, fault: Callable[[FakeFacebook], None]) -> None:
        page = str(1_000_000 + len(faults))  # every page its own ids, as on Facebook
        fake = stack.enter_context(
            FakeFacebook(page_id=page, token=f"EAA-{len(faults)}-secret-token-0123456789")
        )
        post = fake.add_post(f"{page}_1")
        for n in range(3):
            fake.add_comment(
                post, f"Comment {n} about the cake.", f"Person {n}", comment_id=f"{page}_c{n}"
            )
        faults[name] = (fake, lambda: fault(fake))

    def mastodon(name: str, fault: Callable[[FakeMastodon], None]) -> None:
        fake = stack.enter_context(
            FakeMastodon(token=f"masto-{len(faults)}-secret-token-0123456789")
        )
        fake.seed(4)
        faults[name] = (fake, lambda: fault(fake))

    facebook("Healthy page", lambda fb: None)
    mastodon("Healthy toots", lambda m: None)
    facebook("Cycling pages", lambda fb: fb.loop_pages("cycle", path_contains="/comments"))
    mastodon(
        "Trickle", lambda m: m.trickle_next(every=0.4, path_contains="/notifications", times=None)
    )
    facebook("Endless body", lambda fb: fb.endless_body_next(path_contains="/feed"))
    facebook(
        "Redirected",
        lambda fb: fb.fail_next(
            307,
            {},
            headers={"Location": elsewhere.url("/steal") + "?access_token=" + fb.token},
            path_contains="/feed",
        ),
    )
    facebook(
        "Echo",
        lambda fb: fb.fail_next(
            400,
            {"error": {"message": f"Invalid token {fb.token} for page", "code": 100}},
            path_contains="/feed",
        ),
    )
    facebook(
        "Broken character",
        lambda fb: fb.add_comment(
            next(iter(fb.posts)), "Bad \ud800 text", "Surrogate Sue", comment_id=f"{fb.page_id}_bad"
        ),
    )
    mastodon(
        "Absurd wait",
        lambda m: m.fail_next(
            429, {"error": "Too many requests"}, headers={"Retry-After": str(10**30)}
        ),
    )
    for _, (_, arm) in faults.items():
        arm()

    db = open_database(tmp_path / "home")
    conn = db.connect()
    accounts = AccountStore(db, conn)
    credentials = CredentialStore(MemoryKeyring())
    for name, (fake, _) in faults.items():
        if isinstance(fake, FakeFacebook):
            accounts.add(
                name, Platform.FACEBOOK, {"page_id": fake.page_id, "api_base": fake.base_url}
            )
        else:
            accounts.add(name, Platform.MASTODON, {"instance": fake.base_url})
        credentials.save(name, {"token": fake.token})
    conn.close()

    def connect(account: Account, secret: dict[str, str]) -> Connector:
        fake = faults[account.name][0]
        http = PlatformHttp(
            account.platform.label, account.name, policy=POLICY, sleep=lambda s: None
        )
        if isinstance(fake, FakeFacebook):
            return FacebookConnector(http, fake.page_id, secret["token"], fake.base_url)
        return MastodonConnector(http, fake.base_url, secret["token"])

    logged: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            logged.append(self.format(record))

    handler = Keep()
    handler.addFilter(RedactingFilter())
    logging.getLogger().addHandler(handler)
    started = time.monotonic()
    try:
        run = sync_accounts(db, credentials, triage, connect=connect)
    finally:
        logging.getLogger().removeHandler(handler)
    took = time.monotonic() - started

    assert took < 30, f"the run took {took:.1f} s"
    summaries = {s.account: s for s in run.summaries}
    assert sorted(summaries) == sorted(faults)  # every account has its summary
    assert (summaries["Healthy page"].new, summaries["Healthy page"].error) == (3, None)
    assert (summaries["Healthy toots"].new, summaries["Healthy toots"].error) == (4, None)
    assert summaries["Broken character"].error is None
    assert summaries["Broken character"].new == 3
    assert any("not valid text" in p for p in summaries["Broken character"].problems)
    for name in ("Cycling pages", "Trickle", "Endless body", "Redirected", "Echo", "Absurd wait"):
        error = summaries[name].error
        assert error, f"{name}: no message"
        assert "Traceback" not in error and "unexpected" not in error, (name, error)
    assert "slowly" in (summaries["Trickle"].error or "")
    assert "larger than 1 MB" in (summaries["Endless body"].error or "")
    assert "Try again at" in (summaries["Absurd wait"].error or "")
    assert elsewhere.requests == []  # the redirect carried nothing away

    everything = "\n".join(
        [*(s.line() for s in run.summaries), *(p for s in run.summaries for p in s.problems)]
        + logged
        + [str(r) for r in db.connect().execute("SELECT state_reason FROM accounts")]
    )
    stored = (tmp_path / "home" / "feedback.db").read_bytes()
    for _, (fake, _) in faults.items():
        assert fake.token not in everything
        assert fake.token.encode() not in stored
