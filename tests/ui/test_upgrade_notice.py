"""A long database upgrade (a copy first, then the new version: about a minute at a million
comments) is said in a window while it runs on a worker, instead of nothing on screen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from feedback_desk import app
from feedback_desk.home import DataHome
from feedback_desk.store.database import DatabaseError
from feedback_desk.store.schema import LATEST_VERSION
from tests.store.test_migrations import _version_6_with_comments


def test_a_long_upgrade_shows_what_is_happening_and_ends_upgraded(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    _version_6_with_comments(home, 300)
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.objectName())

    watch = QTimer(interval=5)
    watch.timeout.connect(look)
    watch.start()
    db = app._open_database(DataHome(home), long_upgrade_bytes=0)
    watch.stop()
    assert "upgradeNotice" in seen
    conn = sqlite3.connect(db.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == 300
    conn.close()
    assert not any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_small_or_current_database_opens_without_a_notice(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _version_6_with_comments(home, 10)
    assert not app._upgrade_pending(DataHome(home), app.LONG_UPGRADE_BYTES)  # too small
    assert app._upgrade_pending(DataHome(home), 0)
    DataHome(home).open_database()
    assert not app._upgrade_pending(DataHome(home), 0)  # already upgraded


def test_an_upgrade_that_fails_on_the_worker_is_raised_after_the_notice(
    qapp, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    _version_6_with_comments(home, 10)

    def full_disk(self, clock):  # type: ignore[no-untyped-def]
        raise DatabaseError("The disk is full.")

    monkeypatch.setattr(DataHome, "open_database", full_disk)
    with pytest.raises(DatabaseError, match="disk is full"):
        app._open_database(DataHome(home), long_upgrade_bytes=0)
    assert not any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
