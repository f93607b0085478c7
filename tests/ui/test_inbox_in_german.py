"""The main window, the inbox and the tray in German: menus, views, column titles, relative
times and counts with their plural forms (the English ones are tested where each is made)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from feedback_desk.core.model import Severity, Status
from feedback_desk.core.views import NEEDS_REPLY, pause_words
from feedback_desk.store import Database
from feedback_desk.ui.formatting import relative_time
from feedback_desk.ui.inbox_model import Column
from feedback_desk.ui.watch import count_words, new_complaints_words

from .conftest import NOW, WindowFactory


@pytest.mark.usefixtures("german")
def test_the_window_speaks_german(demo_db: Database, make_window: WindowFactory) -> None:
    window = make_window(demo_db)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Ansicht", "&Kommentar", "&Hilfe"]
    assert window.reply_action.text() in ("&Antworten…", "Antwort &fortsetzen…")
    header = window.model.headerData(
        Column.SEVERITY, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert header == "Schwere"
    views = window.filters.view_list.model()
    names = [views.index(row, 0).data() for row in range(views.rowCount())]
    assert any(name.startswith("Braucht eine Antwort") for name in names)
    assert "Braucht eine Antwort: " in window.counts_label.text()
    assert window.search_edit.accessibleName() == "Kommentare durchsuchen"


@pytest.mark.usefixtures("german")
def test_labels_and_relative_times_in_german() -> None:
    assert Severity.HARSH.label == "Heftig"
    assert Status.COOLING_OFF.label == "In Bedenkzeit"
    assert NEEDS_REPLY.label == "Braucht eine Antwort"
    assert pause_words(timedelta(minutes=5)) == "Pause: noch 5 Min."
    assert relative_time(NOW - timedelta(days=1), NOW) == "gestern"


@pytest.mark.usefixtures("german")
def test_counts_and_relative_times_have_german_plurals() -> None:
    assert relative_time(NOW - timedelta(days=3), NOW) == "vor 3 Tagen"
    assert relative_time(NOW - timedelta(minutes=5), NOW) == "vor 5 Min."
    assert count_words(1, 1, 0) == "Feedback Desk: 1 Kommentar braucht eine Antwort (heftig: 1)"
    assert count_words(32, 0, 0) == "Feedback Desk: 32 Kommentare brauchen eine Antwort"
    assert new_complaints_words(0, 1)[0] == "1 neue Beschwerde: negativ: 1"


def test_english_stays_as_written_with_its_plurals() -> None:
    assert relative_time(NOW - timedelta(days=3), NOW) == "3 d ago"
    assert relative_time(NOW - timedelta(days=1), NOW) == "yesterday"
    assert Severity.HARSH.label == "Harsh"
    assert new_complaints_words(0, 1)[0] == "1 new complaint: 1 negative"
