"""The window on a damaged database (issue 10, item 12): it checks the file in the background
after it opens and tells the owner how to repair it, instead of writing into it unawares."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPushButton

from feedback_desk.app import as_user_facing, build_window
from feedback_desk.core.errors import DatabaseCorrupt
from feedback_desk.home import DataHome
from feedback_desk.store import open_database
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.schema import LATEST_VERSION
from feedback_desk.ui.damaged_notice import DamagedDatabaseNotice

from .conftest import fixed_clock, make_comments


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rnd = random.Random(3)
    for number in rnd.sample(range(20, len(data) // 4096), 6):
        start = number * 4096 + rnd.randrange(0, 32)
        for i in range(16):
            data[start + i] ^= 0xFF
    path.write_bytes(bytes(data))


def _home_with_comments(tmp_path: Path, triage: object) -> DataHome:
    home = DataHome(tmp_path / "home")
    db = open_database(home.root, fixed_clock)
    conn = db.connect()
    try:
        CommentStore(db, conn).add_many(make_comments(2000), triage)  # type: ignore[arg-type]
    finally:
        conn.close()
    return home


@pytest.mark.qt_no_exception_capture  # the inbox meets the damage too: the crash hook's part
@pytest.mark.expect_warnings(
    r"feedback.db failed its check: ",
    r"feedback.db is damaged: part of the file can no longer be read",
)
@pytest.mark.expect_warnings(
    r"^counting failed: (database disk image is malformed"
    r"|vtable constructor failed: comments_fts)$",
    optional=True,  # the counts, read in the background, may meet the damage first
)
def test_a_damaged_database_is_said_soon_after_the_window_opens(
    tmp_path: Path,
    triage: object,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    home = _home_with_comments(tmp_path, triage)
    _damage(home.root / "feedback.db")
    opened: list[QUrl] = []
    window = build_window(home, open_url=opened.append)
    qtbot.addWidget(window)
    box = _notice(window, qtbot)
    assert "feedback-desk repair" in box.text()
    assert str(home.root / "feedback.db") in box.text()
    # No backup was ever made: the message must not send the owner to one.
    assert "backup" not in box.message.text().lower()
    assert "restore" not in box.message.text().lower()
    button = box.findChild(QPushButton, "openDataFolderButton")
    assert button is not None and button.text() == "Open the data folder"
    button.click()
    assert opened == [QUrl.fromLocalFile(str(home.root))]
    assert box.isVisible()  # the steps stay on screen after opening the folder
    assert box.findChild(QLineEdit, "repairCommand").text() == box.command
    assert f"--home {home.root}" in box.command and box.command.endswith(" repair")
    box.findChild(QPushButton, "copyRepairCommandButton").click()
    assert QGuiApplication.clipboard().text() == box.command
    box.close()


@pytest.mark.qt_no_exception_capture
@pytest.mark.expect_warnings(
    r"feedback.db failed its check: ",
    r"feedback.db is damaged: part of the file can no longer be read",
)
@pytest.mark.expect_warnings(
    r"^counting failed: (database disk image is malformed"
    r"|vtable constructor failed: comments_fts)$",
    optional=True,  # the counts, read in the background, may meet the damage first
)
def test_the_damaged_database_notice_names_the_newest_backup_when_there_is_one(
    tmp_path: Path,
    triage: object,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    home = _home_with_comments(tmp_path, triage)
    backups = home.root / "backups"
    backups.mkdir(exist_ok=True)
    backup = backups / f"feedback-v{LATEST_VERSION - 1}-20261101-090000.db"
    backup.write_bytes((home.root / "feedback.db").read_bytes())
    _damage(home.root / "feedback.db")
    window = build_window(home, open_url=lambda _url: None)
    qtbot.addWidget(window)
    box = _notice(window, qtbot)
    assert str(backup) in box.message.text()
    assert "feedback-desk repair" in box.text()
    box.close()


def _notice(window, qtbot) -> DamagedDatabaseNotice:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: bool(window.findChildren(DamagedDatabaseNotice, "integrityWarning")),
        timeout=5000,
    )
    [box] = window.findChildren(DamagedDatabaseNotice, "integrityWarning")
    assert box.isVisible()
    return box


def test_a_sound_database_opens_without_a_warning(
    tmp_path: Path,
    triage: object,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    home = _home_with_comments(tmp_path, triage)
    window = build_window(home)
    qtbot.addWidget(window)
    qtbot.wait(300)
    assert window.findChildren(DamagedDatabaseNotice, "integrityWarning") == []


def test_sqlite_errors_reaching_the_crash_hook_are_one_sentence_about_the_file(
    tmp_path: Path,
    triage: object,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    import sqlite3

    home = _home_with_comments(tmp_path, triage)
    window = build_window(home)
    qtbot.addWidget(window)
    said = as_user_facing(sqlite3.DatabaseError("database disk image is malformed"))
    assert isinstance(said, DatabaseCorrupt)
    assert str(home.root / "feedback.db") in str(said)
    assert "feedback-desk repair" in str(said)
    bug = sqlite3.IntegrityError("UNIQUE constraint failed")
    assert as_user_facing(bug) is bug  # our bugs keep the crash dialog and its details
