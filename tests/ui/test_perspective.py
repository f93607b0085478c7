"""Perspective on screen, on the hand-counted inbox of tests/perspective_fixture.py: the
pause page's `perspectivePanel` and the `perspectiveView` window say the figures counted
there (US English dates, as every widget test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTableView

from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import Database, open_database
from feedback_desk.ui.perspective import PerspectivePanel, PerspectiveWindow
from feedback_desk.ui.reply_wizard import ReplyWizard
from feedback_desk.ui.tasks import InlineTaskRunner, TaskRunner
from tests import perspective_fixture as fx
from tests.conftest import NOW
from tests.keyrings import MemoryKeyring


def clock():  # type: ignore[no-untyped-def]
    return NOW


@pytest.fixture
def inbox(tmp_path: Path) -> tuple[Database, dict[str, int]]:
    db = open_database(tmp_path / "home", clock)
    conn = db.connect()
    ids = fx.seed(db, conn)
    conn.close()
    return db, ids


def test_the_pause_page_shows_the_figures(qtbot, inbox) -> None:  # type: ignore[no-untyped-def]
    db, ids = inbox
    wizard = ReplyWizard(
        Services(db, CredentialStore(MemoryKeyring()), runner=InlineTaskRunner()), ids["R1"]
    )
    qtbot.addWidget(wizard)
    page = wizard.findChild(object, "cooloffPage")
    panel = page.findChild(PerspectivePanel, "perspectivePanel")
    assert panel is not None and panel.accessibleName()
    assert panel.lines() == [
        fx.RECENT_SENTENCE,
        fx.GOOGLE_SENTENCE,
        "Sam Ortiz wrote 2 times before: 4/4/26 (negative); 3/4/26 (negative).",
        fx.SAME_POINT_SENTENCE,
    ]
    assert panel.findChild(QLabel, "perspectiveText").textFormat().name == "PlainText"
    wizard.done(0)


def test_the_panel_does_not_hold_up_the_countdown(qtbot, inbox) -> None:  # type: ignore[no-untyped-def]
    """With a real worker the page is on screen, counting down, before the figures come."""
    db, ids = inbox
    runner = TaskRunner()
    wizard = ReplyWizard(Services(db, CredentialStore(MemoryKeyring()), runner=runner), ids["R1"])
    qtbot.addWidget(wizard)
    panel = wizard.findChild(PerspectivePanel, "perspectivePanel")
    assert wizard.findChild(QLabel, "cooloffRemaining").text()
    qtbot.waitUntil(lambda: panel.lines()[0] == fx.RECENT_SENTENCE, timeout=5000)
    wizard.done(0)
    runner.wait()


def test_the_view_shows_the_weeks_as_a_table(qtbot, inbox) -> None:  # type: ignore[no-untyped-def]
    db, _ = inbox
    window = PerspectiveWindow(db, InlineTaskRunner(), clock)
    qtbot.addWidget(window)
    assert window.objectName() == "perspectiveView"
    assert window.width() <= 1024 - 32 and window.height() <= 640
    summary = window.findChild(QLabel, "perspectiveSummary").text().splitlines()
    assert summary == [fx.RECENT_SENTENCE, fx.GOOGLE_SENTENCE]
    table = window.findChild(QTableView, "perspectiveTable")
    model = table.model()
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert headers == [
        "Week from",
        "Comments",
        "Positive",
        "Neutral",
        "Negative",
        "Harsh",
        "Google reviews ★",
    ]
    rows = window.table_text()
    assert rows[0][0] == "2/6/26" and rows[-1][0] == "4/24/26"
    expected = [
        [str(n), *(f"{c} ({round(100 * c / n)}%)" if c else "0" for c in counts), stars or ""]
        for n, *counts, stars in fx.WEEKS
    ]
    assert [row[1:] for row in rows] == expected
    assert rows[-1][1:] == ["5", "3 (60%)", "1 (20%)", "0", "1 (20%)", "4.5"]
    points = window.findChild(QLabel, "perspectivePoints").text()
    assert points == (
        "Points raised in the last 90 days: delivery: 5 from 4 customers; price: 1 from 1 customer."
    )
    window.grab()  # the charts paint without warnings


def test_view_menu_opens_it(qtbot, make_window, inbox) -> None:  # type: ignore[no-untyped-def]
    db, _ = inbox
    window = make_window(db)
    action = window.findChild(object, "perspectiveAction")
    assert action is not None and action.text() == "&Perspective…"
    action.trigger()
    view = window.findChild(PerspectiveWindow, "perspectiveView")
    assert view is not None and view.isVisible()
    view.close()


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
