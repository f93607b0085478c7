"""The inbox's short columns are fitted with the style's sort-arrow size and focus margin as
the last start measured them (saved with the window's layout), so the first paint need not
ask the style; just after it the style is measured, the columns fitted again when the saved
metrics were not its own, and the metrics saved. The severity badge's cell is drawn by
QStyledItemDelegate.paint with its word left out, exactly as the style draws it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from feedback_desk.store import Database
from feedback_desk.ui.delegates import SeverityBadgeDelegate
from feedback_desk.ui.inbox_model import Column
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.window_layout import STYLE_METRICS_KEY, _style_metrics
from tests.ui.conftest import UnstartedWindowFactory, settings_file


def _measured(window: MainWindow) -> tuple[int, int]:
    style = window.inbox_view.style()
    return (
        style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize),
        style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin),
    )


def _fresh_and_saved(
    make: UnstartedWindowFactory, db: Database, tmp_path: Path, off: tuple[int, int]
) -> tuple[MainWindow, MainWindow]:
    """A window that measured the style itself, and one started with its metrics saved,
    each `off` by so much (another style's)."""
    fresh = make(db, settings_file(tmp_path, "fresh.ini"))
    mark, margin = _measured(fresh)
    settings = settings_file(tmp_path, "settings.ini")
    settings.setValue(STYLE_METRICS_KEY, f"{mark + off[0]} {margin + off[1]}")
    return fresh, make(db, settings)


def _short_widths(window: MainWindow) -> dict[Column, int]:
    header = window.inbox_view.horizontalHeader()
    return {c: header.sectionSize(c) for c in window.inbox_view.short_column_widths()}


def test_a_first_start_measures_the_style_and_saves_its_metrics(
    make_unstarted_window: UnstartedWindowFactory,
    demo_db: Database,
    tmp_path: Path,
) -> None:
    settings = settings_file(tmp_path, "settings.ini")
    window = make_unstarted_window(demo_db, settings)
    measured = _measured(window)
    assert window.inbox_view.style_metrics == measured  # asked of the style: nothing saved
    assert settings.value(STYLE_METRICS_KEY) is None  # saved only once the window is up
    window._finish_starting()
    assert settings.value(STYLE_METRICS_KEY) == f"{measured[0]} {measured[1]}"


def test_saved_metrics_fit_the_columns_as_the_style_would(
    make_unstarted_window: UnstartedWindowFactory,
    demo_db: Database,
    tmp_path: Path,
) -> None:
    fresh, window = _fresh_and_saved(make_unstarted_window, demo_db, tmp_path, (0, 0))
    measured = _measured(fresh)
    assert window.inbox_view.style_metrics == measured
    assert _short_widths(window) == _short_widths(fresh)
    assert not window.inbox_view.check_style_metrics()  # the style agrees: nothing to do


def test_another_styles_metrics_are_corrected_just_after_the_first_paint(
    qtbot,
    make_unstarted_window: UnstartedWindowFactory,
    demo_db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    fresh, window = _fresh_and_saved(make_unstarted_window, demo_db, tmp_path, (30, 9))
    measured = _measured(fresh)
    before = dict(window.inbox_view.short_column_widths())
    assert all(before[c] > w for c, w in fresh.inbox_view.short_column_widths().items())
    for shown in (fresh, window):
        shown.resize(1100, 700)
        shown.show()
        qtbot.waitExposed(shown)
        shown._finish_starting()
    assert window.inbox_view.style_metrics == measured
    assert window.inbox_view.short_column_widths() == fresh.inbox_view.short_column_widths()
    assert _short_widths(window) == _short_widths(fresh)
    for column in Column:
        assert window.inbox_view.isColumnHidden(column) == fresh.inbox_view.isColumnHidden(column)
    assert window._settings.value(STYLE_METRICS_KEY) == f"{measured[0]} {measured[1]}"


@pytest.mark.parametrize("saved", [None, "", "16", "16 2 3", "sixteen two", "16.5 2"])
def test_metrics_saved_in_no_known_form_are_measured_again(saved: object) -> None:
    assert _style_metrics(saved) is None


def test_saved_metrics_are_read_back() -> None:
    assert _style_metrics("16 2") == (16, 2)


def test_the_badges_cell_is_the_styles_cell_without_its_word(
    make_unstarted_window: UnstartedWindowFactory,
    demo_db: Database,
    tmp_path: Path,
) -> None:
    window = make_unstarted_window(demo_db, settings_file(tmp_path, "settings.ini"))
    view = window.inbox_view
    delegate = view.itemDelegateForColumn(Column.SEVERITY)
    assert isinstance(delegate, SeverityBadgeDelegate)
    index = window.model.index(0, Column.SEVERITY)
    view.selectRow(0)  # the selection's colour is part of the cell

    def cell(draw) -> QImage:  # type: ignore[no-untyped-def]
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = QRect(0, 0, 120, 30)
        option.state |= QStyle.StateFlag.State_Selected
        image = QImage(120, 30, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        draw(painter, option)
        painter.end()
        return image

    def as_before(painter: QPainter, option: QStyleOptionViewItem) -> None:
        opt = QStyleOptionViewItem(option)
        QStyledItemDelegate.initStyleOption(delegate, opt, index)
        opt.text = ""
        view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, view)

    def wordless(painter: QPainter, option: QStyleOptionViewItem) -> None:
        delegate._wordless = True
        try:
            QStyledItemDelegate.paint(delegate, painter, option, index)
        finally:
            delegate._wordless = False

    def with_word(painter: QPainter, option: QStyleOptionViewItem) -> None:
        QStyledItemDelegate.paint(delegate, painter, option, index)

    assert index.data(), "the cell has a word the badge replaces"
    assert cell(wordless) == cell(as_before)
    assert cell(wordless) != cell(with_word)
    assert not delegate._wordless  # only while paint() draws the cell
