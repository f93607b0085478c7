"""The window's writes never freeze it while another program holds the database (issue 10)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from feedback_desk.core.model import Status
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.tasks import TaskRunner
from tests.ui.conftest import fixed_clock, make_comments


def test_marking_resolved_while_another_program_writes_keeps_the_window_responsive(
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    conn = db.connect()
    CommentStore(db, conn).add_many(make_comments(3), Triage())
    runner = TaskRunner()
    window = MainWindow(
        db=db,
        store=CommentStore(db, conn),
        triage=Triage(),
        runner=runner,
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        now=fixed_clock,
        open_demo=lambda: None,
    )
    qtbot.addWidget(window)
    qtbot.wait(1)
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # an import publishing a batch, a sync storing a page
    try:
        started = time.monotonic()
        window.set_status([1], Status.RESOLVED)
        assert time.monotonic() - started < 0.5  # the GUI thread did not wait for the lock
        ticks: list[float] = []
        for _ in range(5):  # the event loop keeps running meanwhile
            qtbot.wait(50)
            ticks.append(time.monotonic())
        assert ticks[-1] - started < 1.5
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: CommentStore(db, conn).get(1).status is Status.RESOLVED, timeout=5000)
    qtbot.waitUntil(lambda: "marked resolved" in window.statusBar().currentMessage())
    runner.wait(5000)
    window.close()
    conn.close()
