"""Lists people can work with (issue 12, item 5): sorting by a column, widths, Tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from feedback_desk.store import Database
from feedback_desk.store.comments import InboxSort
from feedback_desk.ui.inbox_model import ROW_ROLE, Column

from .conftest import WindowFactory


def _rows(window) -> list:  # type: ignore[no-untyped-def]
    model = window.model
    return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]


def test_clicking_a_header_sorts_by_it_and_keeps_the_selection(
    make_window: WindowFactory, demo_db: Database
) -> None:
    window = make_window(demo_db)
    header = window.inbox_view.horizontalHeader()
    worst_first = [r.id for r in _rows(window)]
    window._select(worst_first[5])
    chosen = window.detail.comment.id
    header.setSortIndicator(Column.AUTHOR, Qt.SortOrder.AscendingOrder)
    names = [r.author.lower() for r in _rows(window)]
    assert names == sorted(names)
    assert window.model.inbox_filter.sort is InboxSort.AUTHOR
    current = window.model.row_at(window.inbox_view.currentIndex().row())
    assert current is not None and current.id == chosen
    assert [
        window.model.row_at(i.row()).id for i in window.inbox_view.selectionModel().selectedRows()
    ] == [chosen]

    header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
    times = [r.created_at for r in _rows(window)]
    assert times == sorted(times, reverse=True)
    header.setSortIndicator(Column.RATING, Qt.SortOrder.AscendingOrder)
    ratings = [r.rating or 6 for r in _rows(window)]
    assert ratings == sorted(ratings)
    # The order stays while the view changes, and clearing it brings worst first back.
    window.apply_filters()
    assert window.model.inbox_filter.sort is InboxSort.RATING
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert [r.id for r in _rows(window)] == worst_first


def test_the_comment_and_status_columns_are_not_sorted(
    make_window: WindowFactory, demo_db: Database
) -> None:
    window = make_window(demo_db)
    header = window.inbox_view.horizontalHeader()
    before = [r.id for r in _rows(window)]
    header.setSortIndicator(Column.TEXT, Qt.SortOrder.AscendingOrder)
    assert [r.id for r in _rows(window)] == before
    assert header.sortIndicatorSection() != Column.TEXT


def test_the_comment_column_takes_the_width(make_window: WindowFactory, demo_db: Database) -> None:
    window = make_window(demo_db)
    window.resize(1280, 780)
    window.show()
    header = window.inbox_view.horizontalHeader()
    assert header.sectionResizeMode(Column.TEXT) is QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(Column.RECEIVED) is QHeaderView.ResizeMode.Fixed
    widths = {c: header.sectionSize(c) for c in Column}
    assert widths[Column.TEXT] == max(widths.values())
    # The time column shows every time in full.
    view = window.inbox_view
    needed = max(
        view.fontMetrics().horizontalAdvance(str(window.model.index(r, Column.RECEIVED).data()))
        for r in range(window.model.rowCount())
    )
    assert widths[Column.RECEIVED] > needed


def test_tab_moves_between_the_filters_the_inbox_the_detail_and_the_search(
    qtbot, make_window: WindowFactory, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not window.inbox_view.tabKeyNavigation()
    window.filters.view_list.setFocus()
    assert window.filters.view_list.hasFocus()

    def tab(backwards: bool = False) -> object:
        key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
        qtbot.keyClick(QApplication.focusWidget(), key)
        return QApplication.focusWidget()

    # The views, then the platform and severity filters, then the inbox.
    widget = tab()
    for _ in range(20):
        if widget is window.inbox_view:
            break
        assert window.filters.isAncestorOf(widget)  # type: ignore[arg-type]
        widget = tab()
    assert widget is window.inbox_view
    inside = tab()
    assert window.detail.isAncestorOf(inside)  # type: ignore[arg-type]
    # On through the detail pane's own controls, then the search box.
    for _ in range(30):
        if inside is window.search_edit:
            break
        assert window.detail.isAncestorOf(inside)  # type: ignore[arg-type]
        inside = tab()
    assert inside is window.search_edit
    assert tab() is window.filters.view_list
    assert tab(backwards=True) is window.search_edit
    # Down in the list and Tab: out of the list at once, not to the next cell.
    window.inbox_view.setFocus()
    qtbot.keyClick(window.inbox_view, Qt.Key.Key_Right)
    assert window.detail.isAncestorOf(tab())  # type: ignore[arg-type]


def test_a_double_clicked_ledger_line_opens_its_complaints_story(
    make_window: WindowFactory, demo_db: Database
) -> None:
    window = make_window(demo_db)
    window.open_ledger()
    ledger = window.ledger_window
    linked = next(r for r in range(ledger.model.rowCount()) if ledger.model.offered_to(r))
    person = ledger.model.offered_to(linked)
    assert ledger.model.index(linked, ledger.model.CUSTOMER).data() == person.author
    ledger.view.doubleClicked.emit(ledger.model.index(linked, ledger.model.COMPLAINT))
    assert window.history_window is not None and window.history_window.isVisible()
    story = window.history_window.story
    assert story is not None and story.comment.id == person.comment_id


def test_one_moment_is_written_the_same_way_in_every_window(
    make_window: WindowFactory, demo_db: Database
) -> None:
    """One date format per locale (issue 12, item 10): the inbox, the detail pane, the
    history, the ledger and the report dialog write one moment alike."""
    from datetime import UTC

    from PySide6.QtWidgets import QLabel

    from feedback_desk.ui.formatting import date_and_time, exact_local_time, short_date
    from feedback_desk.ui.history_window import HistoryWindow
    from feedback_desk.ui.ledger_window import LedgerWindow
    from feedback_desk.ui.report_dialog import ReportDialog
    from feedback_desk.ui.tasks import InlineTaskRunner

    from .conftest import fixed_clock

    window = make_window(demo_db)
    # An offer answering a comment older than two weeks: its day is written out in the list.
    ledger = LedgerWindow(demo_db)
    row = next(
        r
        for r in range(ledger.model.rowCount())
        if (p := ledger.model.offered_to(r)) is not None
        and window.model.row_of(p.comment_id) is not None
        and (fixed_clock() - window._store.get(p.comment_id).created_at).days > 14
    )
    comment = window._store.get(ledger.model.offered_to(row).comment_id)
    moment = comment.created_at
    offered = ledger.model.discount(row).created_at

    inbox_row = window.model.row_of(comment.id)
    assert window.model.index(inbox_row, Column.RECEIVED).data() == short_date(moment)
    assert window.model.index(inbox_row, Column.RECEIVED).data(
        Qt.ItemDataRole.ToolTipRole
    ) == exact_local_time(moment)

    window._select(comment.id)
    written = [
        label.text()
        for label in window.detail.findChildren(QLabel)
        if short_date(moment) in label.text() or exact_local_time(moment) in label.text()
    ]
    assert any(exact_local_time(moment) in text for text in written), written

    history = HistoryWindow(demo_db, InlineTaskRunner(), fixed_clock)
    history_row = next(
        r for r in range(history.model.rowCount()) if history.model.row_at(r).id == comment.id
    )
    cell = history.model.index(history_row, 0)
    assert cell.data() == date_and_time(moment)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == exact_local_time(moment)

    assert ledger.model.index(row, ledger.model.OFFERED).data() == date_and_time(offered)
    assert exact_local_time(offered) in ledger.model.index(row, ledger.model.OFFERED).data(
        Qt.ItemDataRole.ToolTipRole
    )

    report = ReportDialog(demo_db, InlineTaskRunner(), fixed_clock, tz=UTC)
    assert short_date(fixed_clock().date()) in report.summary.text()
    for widget in (history, ledger, report):
        widget.deleteLater()


def test_on_a_small_screen_the_list_keeps_the_comment_and_the_time_in_view(
    qtbot, make_window: WindowFactory, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    window.resize(1008, 568)
    window.show()
    qtbot.wait(10)
    view = window.inbox_view
    header = view.horizontalHeader()
    shown = [c for c in Column if not view.isColumnHidden(c)]
    assert Column.RECEIVED in shown and Column.TEXT in shown
    # Rating and status (both in the detail pane) make way for the comment.
    assert view.isColumnHidden(Column.RATING)
    assert header.sectionSize(Column.TEXT) >= 100
    assert sum(header.sectionSize(c) for c in shown) <= view.viewport().width()
    window.resize(1600, 900)
    qtbot.wait(10)
    assert not any(view.isColumnHidden(c) for c in Column)


def test_the_chosen_order_is_remembered(make_window: WindowFactory, demo_db: Database) -> None:
    first = make_window(demo_db)
    first.inbox_view.horizontalHeader().setSortIndicator(
        Column.RECEIVED, Qt.SortOrder.DescendingOrder
    )
    first.save_settings()
    again = make_window(demo_db)
    assert again.model.inbox_filter.sort is InboxSort.RECEIVED
    assert again.model.inbox_filter.descending
    times = [r.created_at for r in _rows(again)]
    assert times == sorted(times, reverse=True)
    header = again.inbox_view.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert header.sectionResizeMode(Column.TEXT) is QHeaderView.ResizeMode.Stretch


def test_the_model_passes_qt_checks_when_sorted(
    qtmodeltester, make_window: WindowFactory, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    window.model.sort(Column.AUTHOR, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(window.model)
