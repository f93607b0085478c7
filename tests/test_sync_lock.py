"""Two real processes on one data folder never sync at the same time; a killed syncer
leaves nothing locked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from feedback_desk.store import open_database
from feedback_desk.store.sync_lock import ANOTHER_SYNC

# A process that holds the sync lock, as a sync in progress does, until it is killed.
HOLDER = """
import signal, sys
from pathlib import Path
from feedback_desk.store.sync_lock import sync_lock
with sync_lock(Path(sys.argv[1])):
    (Path(sys.argv[1]) / "holding").write_text("yes")
    signal.pause()  # until killed
"""


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FEEDBACK_DESK_HOME"}
    env["FEEDBACK_DESK_HOME"] = str(home)
    return env


def _sync(home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "feedback_desk", "sync"],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=60,
    )


def _hold(home: Path) -> subprocess.Popen[bytes]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(home)], env=_env(home))
    deadline = time.monotonic() + 20
    while not (home / "holding").exists():
        assert time.monotonic() < deadline, "the holder never took the lock"
        try:
            holder.wait(timeout=0.05)  # waiting on the holder: it must not end
        except subprocess.TimeoutExpired:
            continue
        raise AssertionError("the holder died")
    return holder


def test_a_second_sync_says_another_is_syncing_and_a_kill_frees_the_folder(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    open_database(home)  # an existing data folder
    holder = _hold(home)
    try:
        second = _sync(home)
        assert second.returncode == 1
        assert second.stderr.strip() == f"feedback-desk: {ANOTHER_SYNC}"
        assert "Traceback" not in second.stderr
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # a crash: no chance to clean up
        holder.wait(10)
    assert (home / "sync.lock").exists()  # the file stays; the lock went with the process
    after = _sync(home)
    assert after.returncode == 0, after.stderr
    assert "No accounts to sync" in after.stdout
