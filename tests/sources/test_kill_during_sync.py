"""A sync process killed at a random moment: the next sync loses nothing and doubles nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from feedback_desk.core.model import Platform
from feedback_desk.core.triage import Triage
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.http import PlatformHttp
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import open_database
from feedback_desk.store.accounts import AccountStore
from tests.fakes import FakeFacebook

CHILD = """
import sys
from pathlib import Path
from feedback_desk.core.triage import Triage
from feedback_desk.sources.facebook import FacebookConnector
from feedback_desk.sources.http import PlatformHttp
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import open_database
from feedback_desk.store.accounts import AccountStore
home, base, page_id, token = sys.argv[1:5]
db = open_database(Path(home))
conn = db.connect()
account = AccountStore(db, conn).get("Shop page")
connector = FacebookConnector(PlatformHttp("Facebook", "Shop page"), page_id, token, base)
print("ready", flush=True)
sync_account(db, conn, account, connector, Triage(),
             progress=lambda name, read: print(read, flush=True))
print("finished", flush=True)
"""


def test_kill_during_sync_then_sync_again(tmp_path: Path, fake_facebook: FakeFacebook) -> None:
    fake_facebook.seed(3000, posts=6)
    home = tmp_path / "home"
    db = open_database(home)
    conn = db.connect()
    AccountStore(db, conn).add("Shop page", Platform.FACEBOOK, {"page_id": fake_facebook.page_id})
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(home),
            fake_facebook.base_url,
            fake_facebook.page_id,
            fake_facebook.token,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for line in child.stdout:  # the child reports each stored page; kill it mid-way
        if line.strip().isdigit() and int(line) >= 700:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    stored = conn.execute("SELECT count(*) FROM comments").fetchone()[0]
    assert 0 < stored < 3000, "the kill should land in the middle of the sync"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    account = AccountStore(db, conn).get("Shop page")
    assert account.last_full_sync_at is None  # the cut sync never counted as complete
    http = PlatformHttp("Facebook", "Shop page", sleep=lambda s: None)
    connector = FacebookConnector(
        http, fake_facebook.page_id, fake_facebook.token, fake_facebook.base_url
    )
    summary = sync_account(db, conn, account, connector, Triage())
    assert summary.error is None and summary.removed == 0
    assert summary.new == 3000 - stored
    assert conn.execute(
        "SELECT count(*), count(DISTINCT external_id) FROM comments"
    ).fetchone() == (3000, 3000)
    assert conn.execute("SELECT count(*) FROM comments_fts").fetchone()[0] == 3000
    conn.close()
    check = sqlite3.connect(home / "feedback.db")
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
