"""Everything in the data folder is for the owner only, whatever the umask (issue 10, item 7):
the comments, their backups, the log and the window's settings name real customers."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from feedback_desk import cli
from feedback_desk.home import DataHome, setup_logging
from feedback_desk.store import open_database

if TYPE_CHECKING:
    from conftest import FakeClock


@pytest.fixture
def open_umask() -> Iterator[None]:
    """As if the owner's shell had umask 000: every default would be world-writable."""
    old = os.umask(0)
    yield
    os.umask(old)


def _not_private(root: Path) -> list[str]:
    wrong = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if mode != wanted:
            wrong.append(f"{path.relative_to(root.parent)} {oct(mode)}")
    return wrong


@pytest.mark.usefixtures("open_umask")
def test_log_and_its_folder_are_private(tmp_path: Path) -> None:
    home = DataHome(tmp_path / "home")
    home.prepare()
    setup_logging(home)
    assert _not_private(home.root) == []


def test_an_existing_open_log_and_folders_are_made_private(tmp_path: Path) -> None:
    home = DataHome(tmp_path / "home")
    home.prepare()
    os.chmod(home.logs_dir, 0o755)
    log = home.logs_dir / "feedback-desk.log"
    log.write_text("old lines\n")
    os.chmod(log, 0o644)
    home.prepare()
    setup_logging(home)
    assert _not_private(home.logs_dir) == []


@pytest.mark.usefixtures("open_umask")
def test_backups_folder_and_copies_are_private(tmp_path: Path, clock: FakeClock) -> None:
    root = tmp_path / "home"
    root.mkdir(mode=0o700)
    raw = sqlite3.connect(root / "feedback.db")
    raw.execute("CREATE TABLE legacy (x)")
    raw.commit()
    raw.close()
    os.chmod(root / "feedback.db", 0o600)
    open_database(root, clock)
    assert (root / "backups").is_dir()
    assert _not_private(root) == []


@pytest.mark.usefixtures("open_umask")
def test_every_command_leaves_only_private_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "home"
    monkeypatch.setenv("FEEDBACK_DESK_HOME", str(root))
    assert cli.main(["comments"]) == 0
    assert _not_private(root) == []


@pytest.mark.usefixtures("open_umask")
def test_the_windows_settings_file_is_private(tmp_path: Path, qapp: object, qtbot: object) -> None:
    from feedback_desk.app import build_window

    home = DataHome(tmp_path / "home")
    window = build_window(home)
    window._settings.setValue("probe", 1)
    window.close()
    window._settings.sync()
    assert (home.root / "settings.ini").is_file()
    window.deleteLater()
    assert _not_private(home.root) == []


@pytest.mark.expect_warnings(
    r"feedback.db was an empty file \(0 bytes\), so a new empty inbox was started"
)
def test_the_window_says_when_an_empty_database_was_put_aside(
    tmp_path: Path, qapp: object, qtbot: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from feedback_desk.app import build_window

    home = DataHome(tmp_path / "home")
    home.root.mkdir()
    (home.root / "feedback.db").write_bytes(b"")
    window = build_window(home)
    [box] = window.findChildren(QMessageBox, "openingNotice")
    assert "empty file (0 bytes)" in box.text()
    box.close()
    window.close()
    window.deleteLater()


@pytest.mark.usefixtures("open_umask")
@pytest.mark.expect_warnings(
    r"feedback.db was an empty file \(0 bytes\), so a new empty inbox was started"
)
def test_repair_and_an_empty_file_put_aside_leave_only_private_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "home"
    monkeypatch.setenv("FEEDBACK_DESK_HOME", str(root))
    root.mkdir(mode=0o700)
    (root / "feedback.db").write_bytes(b"")
    os.chmod(root / "feedback.db", 0o644)
    assert cli.main(["comments"]) == 0  # the empty file is put aside
    keep_wal = sqlite3.connect(root / "feedback.db")  # an open reader keeps the -wal
    keep_wal.execute("PRAGMA journal_mode").fetchone()
    keep_wal.execute("CREATE TABLE IF NOT EXISTS scratch (x)")
    keep_wal.commit()
    assert cli.main(["repair"]) == 0
    keep_wal.close()
    assert _not_private(root) == []
