"""A second start on the same data folder brings the first window forward (two real
processes); a socket file left by a crash does not stop the next start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from feedback_desk.ui.running_window import LISTENING, RunningWindow
from feedback_desk.ui.single_instance import ask_running_window, server_name, socket_path

RAISED = "a second start asked this window to come forward"


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FEEDBACK_DESK_HOME"}
    env.update(
        FEEDBACK_DESK_HOME=str(home), FEEDBACK_DESK_NO_ASSISTANT="1", QT_QPA_PLATFORM="offscreen"
    )
    return env


def _log(home: Path) -> str:
    path = home / "logs" / "feedback-desk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _wait_for(qtbot, check: object, what: str, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
    """Until `check()` holds (another process is at work), events served meanwhile."""
    try:
        qtbot.waitUntil(check, timeout=int(seconds * 1000))
    except AssertionError:
        raise AssertionError(what) from None


def test_a_second_start_brings_the_first_window_forward_and_ends(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    first = subprocess.Popen(
        [sys.executable, "-m", "feedback_desk"],
        env=_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(qtbot, lambda: LISTENING in _log(home), "the first window never listened")
        second = subprocess.run(
            [sys.executable, "-m", "feedback_desk"],
            env=_env(home),
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 0, second.stderr
        assert "its window was brought forward" in second.stdout
        _wait_for(qtbot, lambda: RAISED in _log(home), "the first window heard nothing")
        assert first.poll() is None  # still running: only one window
        assert _log(home).count("window opened on") == 1
    finally:
        first.kill()
        first.wait(10)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_socket_left_by_a_crash_is_replaced(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = server_name(tmp_path / "home")
    stale = Path(QDir.tempPath()) / name
    assert socket_path(name) == stale  # where the Qt-free ask looks
    # A socket file nobody listens on: what a killed window leaves behind.
    left = socket.socket(socket.AF_UNIX)
    left.bind(str(stale))
    left.close()
    try:
        assert stale.exists()
        assert not ask_running_window(name)  # nobody answers
        raised: list[bool] = []
        server = RunningWindow(name, lambda: raised.append(True))
        assert server.isListening()
        assert ask_running_window(name)
        qtbot.waitUntil(lambda: raised == [True])
        server.close()
    finally:
        stale.unlink(missing_ok=True)


def test_the_name_depends_on_the_folder_not_how_it_is_written(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert str(tmp_path) not in server_name(tmp_path / "a")  # hashed, no path in /tmp


def test_after_the_first_window_is_killed_the_next_start_opens_its_own(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "feedback_desk"],
            env=_env(home),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    first = start()
    try:
        _wait_for(qtbot, lambda: LISTENING in _log(home), "the first window never listened")
    finally:
        first.kill()  # SIGKILL: its socket file stays behind
        first.wait(10)
    again = start()
    try:
        _wait_for(qtbot, lambda: _log(home).count(LISTENING) == 2, "no window after a crash")
        assert again.poll() is None
        second = subprocess.run(
            [sys.executable, "-m", "feedback_desk"],
            env=_env(home),
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 0 and "brought forward" in second.stdout
        _wait_for(qtbot, lambda: RAISED in _log(home), "the second window heard nothing")
    finally:
        again.kill()
        again.wait(10)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_window_closed_as_usual_leaves_no_socket_file(tmp_path: Path) -> None:
    """Else every later start finds one, tries it, and replaces it as if after a crash."""
    home = tmp_path / "home"
    ended = subprocess.run(
        [sys.executable, "-m", "feedback_desk"],
        env={**_env(home), "FEEDBACK_DESK_QUIT_AFTER": "1.5"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ended.returncode == 0, ended.stderr
    assert LISTENING in _log(home)
    assert not socket_path(server_name(home)).exists()
