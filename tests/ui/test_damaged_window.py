"""The window on a damaged database (issue 10, item 12): it checks the file in the background
after it opens and tells the owner how to repair it, instead of writing into it unawares."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from feedback_desk.app import as_user_facing, build_window
from feedback_desk.core.errors import DatabaseCorrupt
from feedback_desk.home import DataHome
from feedback_desk.store import open_database
from feedback_desk.store.comments import CommentStore

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
def test_a_damaged_database_is_said_soon_after_the_window_opens(
    tmp_path: Path,
    triage: object,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    home = _home_with_comments(tmp_path, triage)
    _damage(home.root / "feedback.db")
    window = build_window(home)
    qtbot.addWidget(window)
    qtbot.waitUntil(
        lambda: bool(window.findChildren(QMessageBox, "integrityWarning")), timeout=5000
    )
    [box] = window.findChildren(QMessageBox, "integrityWarning")
    assert "feedback-desk repair" in box.text()
    assert str(home.root / "feedback.db") in box.text()
    box.close()


def test_a_sound_database_opens_without_a_warning(
    tmp_path: Path,
    triage: object,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    home = _home_with_comments(tmp_path, triage)
    window = build_window(home)
    qtbot.addWidget(window)
    qtbot.wait(300)
    assert window.findChildren(QMessageBox, "integrityWarning") == []


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
