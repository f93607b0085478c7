"""What the first paint does not show waits until just after it: the detail pane's page of
a comment's details (a stand-in of the width it wanted at the last start holds its place),
the pages for an empty list, and the Help menu's entries. Each is also made at once when
something needs it sooner, and the window looks and works as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from feedback_desk.store import Database
from feedback_desk.ui.empty_state import EmptyState
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.window_layout import DETAIL_WIDTH_KEY, _page_width
from tests.ui.conftest import UnstartedWindowFactory, settings_file


def _hints(window: MainWindow) -> tuple[tuple[int, int], tuple[int, int]]:
    """The detail pane's smallest and wanted sizes, as the splitter asks for them."""
    smallest, wanted = window.detail.minimumSizeHint(), window.detail.sizeHint()
    return (smallest.width(), smallest.height()), (wanted.width(), wanted.height())


def _reply_button(window: MainWindow) -> QPushButton | None:
    return window.detail.findChild(QPushButton, "replyButton")


def test_a_first_start_builds_the_page_at_once_and_saves_its_width(
    make_unstarted_window: UnstartedWindowFactory,
    demo_db: Database,
    tmp_path: Path,
) -> None:
    settings = settings_file(tmp_path)
    window = make_unstarted_window(demo_db, settings)
    assert _reply_button(window) is not None  # no width known: the page shapes the layout
    assert settings.value(DETAIL_WIDTH_KEY) is None  # saved only once the window is up
    window._finish_starting()
    assert _page_width(settings.value(DETAIL_WIDTH_KEY)) == window.detail.page_width() > 0


def test_a_known_width_holds_the_place_until_just_after_the_first_paint(
    make_unstarted_window: UnstartedWindowFactory,
    demo_db: Database,
    tmp_path: Path,
) -> None:
    fresh = make_unstarted_window(demo_db, settings_file(tmp_path, "fresh.ini"))
    wanted = fresh.detail.page_width()
    hints_before = _hints(fresh)
    fresh._finish_starting()
    hints_after = _hints(fresh)
    settings = settings_file(tmp_path)
    settings.setValue(DETAIL_WIDTH_KEY, wanted)
    window = make_unstarted_window(demo_db, settings)
    assert _reply_button(window) is None  # not yet: a stand-in of the same size
    assert _hints(window) == hints_before
    window._finish_starting()
    assert _reply_button(window) is not None
    assert _hints(window) == hints_after
    assert window.detail.findChildren(QWidget, "detailScroll")  # the page, scrolling


def test_the_page_is_made_when_a_comment_is_shown_before_that(
    make_unstarted_window: UnstartedWindowFactory,
    demo_db: Database,
    tmp_path: Path,
) -> None:
    settings = settings_file(tmp_path)
    settings.setValue(DETAIL_WIDTH_KEY, 300)
    window = make_unstarted_window(demo_db, settings)
    window.detail.set_reply_continues(True)  # a draft waits, said before the page exists
    assert _reply_button(window) is None
    row = window.model.row_at(0)
    assert row is not None
    window.detail.show_comment(window._store.get(row.id), [])
    assert window.detail.comment is not None and window.detail.comment.id == row.id
    button = _reply_button(window)
    assert button is not None and button.text() == "Continue reply…"
    window.detail.set_reply_continues(False)
    assert button.text() == "Reply…"


@pytest.mark.parametrize("saved", ["", "wide", "0", "-5", "99999"])
def test_a_width_that_does_not_check_out_builds_the_page_at_once(
    make_unstarted_window: UnstartedWindowFactory,
    demo_db: Database,
    tmp_path: Path,
    saved: str,
) -> None:
    settings = settings_file(tmp_path)
    settings.setValue(DETAIL_WIDTH_KEY, saved)
    window = make_unstarted_window(demo_db, settings)
    assert _reply_button(window) is not None


def test_the_empty_pages_are_made_only_when_the_list_shows_nothing(
    make_unstarted_window: UnstartedWindowFactory,
    demo_db: Database,
    tmp_path: Path,
) -> None:
    window = make_unstarted_window(demo_db, settings_file(tmp_path))
    assert window.model.rowCount() > 0
    assert not window.findChildren(EmptyState)
    window.search_edit.setText("zzqqxx-nothing-says-this")
    window.inbox.search_now_and_focus_list()
    assert window.middle.currentWidget() is window.no_matches
    assert window.no_matches.heading.text() == "Nothing matches"
    assert len(window.findChildren(EmptyState)) == 2  # both, once
    window.no_matches.buttons["noMatchesClearButton"].click()
    assert window.middle.currentWidget() is window.inbox_view


def test_an_empty_inbox_shows_its_page_at_the_first_paint(
    make_unstarted_window: UnstartedWindowFactory,
    db: Database,
    tmp_path: Path,
) -> None:
    window = make_unstarted_window(db, settings_file(tmp_path))
    assert window.middle.currentWidget() is window.empty_inbox
    assert window.empty_inbox.buttons["emptyDemoButton"].isVisible() or not window.isVisible()


def test_the_help_menu_is_filled_just_after_the_first_paint(
    make_unstarted_window: UnstartedWindowFactory,
    demo_db: Database,
    tmp_path: Path,
) -> None:
    window = make_unstarted_window(demo_db, settings_file(tmp_path))
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text() == "&Help" and a.menu()
    )
    assert not help_menu.actions()  # the menu's title is there, its entries come next
    window._finish_starting()
    names = [a.objectName() for a in help_menu.actions() if a.objectName()]
    assert names[:2] == ["helpGuideAction", "helpConnectingAction"]
    guide = window.findChild(QAction, "helpGuideAction")
    assert guide is not None
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.help_menu.guide_action is guide  # the same entries, made once
