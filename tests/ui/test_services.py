"""One set of services, one clock: the wizard's countdown and the outbox's rules read the
same clock (the database's), so they cannot disagree about what time it is."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from feedback_desk.core.channels import PRIVATE_WINDOW, PrivateReplyNotAllowed
from feedback_desk.core.model import NewComment, Platform, Severity
from feedback_desk.core.replies import Channel
from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import open_database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.outbox import Outbox
from feedback_desk.ui.reply_wizard import ReplyWizard
from feedback_desk.ui.tasks import InlineTaskRunner
from tests.keyrings import MemoryKeyring

from .test_reply_wizard import MovableClock

OPENED = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
# Written so that the 7 days for a private message end two hours after the wizard opens.
WRITTEN = OPENED - PRIVATE_WINDOW + timedelta(hours=2)


@pytest.fixture
def services(tmp_path: Path) -> Services:
    """Two harsh Facebook comments from a connected page, written at the same moment."""
    clock = MovableClock(OPENED)
    db = open_database(tmp_path / "home", clock)
    conn = db.connect()
    page = AccountStore(db, conn).add("Shop page", Platform.FACEBOOK, {"page_id": "1"})
    text = "You lot are IDIOTS, the cake was stale and dry!!"
    harsh = [
        NewComment(Platform.FACEBOOK, f"fb-{n}", f"Sam {n}", text, WRITTEN, account="Shop page")
        for n in (1, 2)
    ]
    CommentStore(db, conn).add_many(harsh, Triage(), account_id=page.id)
    conn.close()
    return Services(db, CredentialStore(MemoryKeyring()), runner=InlineTaskRunner())


def _private_reply(services: Services, comment_id: int) -> None:
    """The outbox's own decision: a private reply queued and claimed in one transaction
    (refused, nothing is left behind)."""
    conn = services.db.connect()
    try:
        Outbox(services.db, conn).queue(comment_id, Channel.PRIVATE, "Sorry, Sam.", claim=True)
    finally:
        conn.close()


def _wizard(qtbot, services: Services, comment_id: int) -> ReplyWizard:  # type: ignore[no-untyped-def]
    wizard = ReplyWizard(services, comment_id)
    qtbot.addWidget(wizard)
    return wizard


def _private_offered(wizard: ReplyWizard) -> bool:
    return bool(wizard.channel_page.buttons["private"].isEnabled())


def test_the_wizard_and_the_outbox_follow_the_one_clock(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    clock = services.clock
    assert isinstance(clock, MovableClock)
    conn = services.db.connect()
    first, second = sorted(c.id for c in CommentStore(services.db, conn).page(InboxFilter()))
    assert {CommentStore(services.db, conn).get(i).severity for i in (first, second)} == {
        Severity.HARSH
    }
    conn.close()
    one, other = _wizard(qtbot, services, first), _wizard(qtbot, services, second)
    assert one.remaining() == timedelta(minutes=30)  # the harsh pause, from the opening
    clock.now += timedelta(minutes=10)
    assert one.remaining() == timedelta(minutes=20)  # the countdown follows the clock

    clock.now = OPENED + timedelta(hours=1)  # both pauses over; 1 h left of the 7 days
    assert one.remaining() == other.remaining() == timedelta(0)
    assert _private_offered(_wizard(qtbot, services, first))
    _private_reply(services, first)  # the outbox agrees: still within the 7 days

    clock.now = WRITTEN + PRIVATE_WINDOW + timedelta(seconds=1)  # just past the 7 days
    assert not _private_offered(_wizard(qtbot, services, second))  # the wizard says no …
    with pytest.raises(PrivateReplyNotAllowed, match="7 days"):  # … and so does the outbox
        _private_reply(services, second)


def test_the_services_module_is_qt_free() -> None:
    """The command line builds Services without Qt: importing it brings in no PySide6."""
    code = (
        "import sys, feedback_desk.services\n"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
