"""Stop syncing and closing the window end a sync that hangs, against a local Mastodon
server that trickles its answer one byte every 0.3 s (a whole page would take minutes)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from feedback_desk.core.model import Platform
from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import Database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.tasks import TaskRunner
from tests.fakes import FakeMastodon
from tests.keyrings import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]


def syncing_window(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, fake_mastodon: FakeMastodon
) -> MainWindow:
    """A window with one Mastodon account on the server, syncing in the background."""
    credentials = CredentialStore(MemoryKeyring())
    conn = db.connect()
    AccountStore(db, conn).add("Toots", Platform.MASTODON, {"instance": fake_mastodon.base_url})
    credentials.save("Toots", {"token": fake_mastodon.token})
    window = MainWindow(  # real background threads, the real connector and HTTP rules
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        store=CommentStore(db, conn),
        triage=Triage(),
        open_demo=lambda: None,
        services=Services(db, credentials, runner=TaskRunner()),
    )
    qtbot.addWidget(window)
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: fake_mastodon.hits("/notifications") >= 1, timeout=5000)
    return window


def stop(qtbot, window: MainWindow) -> float:  # type: ignore[no-untyped-def]
    """Press Stop syncing; how long until the sync has ended (seconds)."""
    assert window.cancel_sync_action.isEnabled()
    pressed = time.monotonic()
    window.cancel_sync_action.trigger()
    qtbot.waitUntil(window.sync_action.isEnabled, timeout=5000)
    return time.monotonic() - pressed


def test_stop_ends_a_trickling_sync_within_a_second(
    qtbot, db: Database, tmp_path: Path, fake_mastodon: FakeMastodon
) -> None:  # type: ignore[no-untyped-def]
    fake_mastodon.add_mention("zoe", "<p>@shop late again</p>")
    fake_mastodon.trickle_next(every=0.3, times=None, path_contains="/notifications")
    window = syncing_window(qtbot, db, tmp_path, fake_mastodon)
    qtbot.wait(500)  # the answer is trickling in

    took = stop(qtbot, window)
    print(f"Stop took {took * 1000:.0f} ms")
    assert took < 1.5
    assert not window.cancel_sync_action.isEnabled()
    assert "Not everything came through for Toots" in window.statusBar().currentMessage()
    window.close()


def test_stop_ends_a_rate_limit_wait_within_a_second(
    qtbot, db: Database, tmp_path: Path, fake_mastodon: FakeMastodon
) -> None:  # type: ignore[no-untyped-def]
    fake_mastodon.add_mention("zoe", "<p>@shop late again</p>")
    fake_mastodon.fail_next(429, headers={"Retry-After": "80"}, path_contains="/notifications")
    window = syncing_window(qtbot, db, tmp_path, fake_mastodon)
    qtbot.wait(300)  # sitting out the 80 s the server asked for

    took = stop(qtbot, window)
    print(f"Stop during a wait took {took * 1000:.0f} ms")
    assert took < 1.5
    assert fake_mastodon.hits("/notifications") == 1
    window.close()


QUIT_SCRIPT = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from feedback_desk.core.model import Platform
from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import open_database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.tasks import TaskRunner
from tests.fakes import FakeMastodon
from tests.keyrings import MemoryKeyring

home = Path(sys.argv[1])
fake = FakeMastodon().start()
fake.add_mention("zoe", "<p>@shop late again</p>")
fake.trickle_next(every=0.3, times=None, path_contains="/notifications")
app = QApplication([])
db = open_database(home, fake.clock)
conn = db.connect()
AccountStore(db, conn).add("Toots", Platform.MASTODON, {"instance": fake.base_url})
credentials = CredentialStore(MemoryKeyring())
credentials.save("Toots", {"token": fake.token})
window = MainWindow(
    store=CommentStore(db, conn), triage=Triage(),
    settings=QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat),
    open_demo=lambda: None, services=Services(db, credentials, runner=TaskRunner()),
)
window.show()
window.start_sync()

def close_when_hanging():
    if fake.hits("/notifications") < 1:
        QTimer.singleShot(50, close_when_hanging)
        return
    print("closing", time.monotonic(), flush=True)
    window.close()

QTimer.singleShot(300, close_when_hanging)
app.exec()
print("event loop over", flush=True)
"""


def test_closing_the_window_during_a_hanging_sync_lets_the_app_exit(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(QUIT_SCRIPT), str(tmp_path / "home")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except subprocess.TimeoutExpired as hung:
        raise AssertionError(
            f"the app did not exit within 30 s of starting; output: {hung.stdout!r}"
        ) from None
    ended = time.monotonic()
    assert done.returncode == 0, done.stderr
    assert "event loop over" in done.stdout
    closing = float(done.stdout.split("closing ")[1].split()[0])
    print(f"the process ended {ended - closing:.2f} s after the window closed")
    assert ended - closing < 6.0
    del started
