"""The window's writes never freeze it while another program holds the database (issue 10)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import feedback_desk.store.claims as claims
import feedback_desk.store.imports as imports_module
from feedback_desk.core.model import Severity, Status
from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.imports import store_import
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.tasks import TaskRunner
from tests.kill import GONE_PID
from tests.ui.conftest import make_comments


def test_marking_resolved_while_another_program_writes_keeps_the_window_responsive(
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    conn = db.connect()
    CommentStore(db, conn).add_many(make_comments(3), Triage())
    runner = TaskRunner()
    window = MainWindow(
        store=CommentStore(db, conn),
        triage=Triage(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        open_demo=lambda: None,
        services=Services(db, CredentialStore(), runner=runner),
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


def test_an_import_killed_while_publishing_is_finished_when_the_window_opens(
    make_window,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(imports_module, "FIRST_BATCH", 10)
    monkeypatch.setattr(imports_module, "MIN_BATCH", 10)
    monkeypatch.setattr(imports_module, "MAX_BATCH", 10)

    def killed(seconds: float) -> None:
        raise KeyboardInterrupt

    conn = db.connect()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(imports_module.time, "sleep", killed)
        with pytest.raises(KeyboardInterrupt):
            store_import(db, conn, "big.csv", "h", make_comments(25), Triage())
    conn.execute("UPDATE imports SET claimed_by = ?", (f"{claims.HOST}|{GONE_PID}|gone",))
    assert CommentStore(db, conn).count(InboxFilter()) == 10
    monkeypatch.setattr(imports_module.time, "sleep", lambda seconds: None)
    window = make_window(db)
    assert CommentStore(db, conn).count(InboxFilter()) == 25
    assert window.model.rowCount() == 25
    assert "An interrupted import of big.csv was completed." in (
        window.statusBar().currentMessage()
    )
    conn.close()


def test_the_owners_severity_is_written_without_freezing_the_window(
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    conn = db.connect()
    CommentStore(db, conn).add_many(make_comments(3), Triage())
    runner = TaskRunner()
    window = MainWindow(
        store=CommentStore(db, conn),
        triage=Triage(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        open_demo=lambda: None,
        services=Services(db, CredentialStore(), runner=runner),
    )
    qtbot.addWidget(window)
    qtbot.wait(1)
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        window.set_severity(1, Severity.HARSH)
        assert time.monotonic() - started < 0.5
        qtbot.wait(200)
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: CommentStore(db, conn).get(1).severity is Severity.HARSH, timeout=5000)
    qtbot.waitUntil(lambda: "Marked harsh" in window.statusBar().currentMessage())
    runner.wait(5000)
    window.close()
    conn.close()
