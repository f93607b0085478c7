"""Dark mode (issue 12, item 8): search highlights, the quoted complaint, warnings and the
wizard's steps take their colours from the palette, and stay readable on a dark one."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from feedback_desk.store import Database
from feedback_desk.ui.formatting import (
    match_highlight,
    notice_style,
    problem_colour,
    severity_ink,
    show_as_problem,
    story_style,
)

from .conftest import WindowFactory

DARK = {
    QPalette.ColorRole.Window: "#202326",
    QPalette.ColorRole.WindowText: "#E6E6E6",
    QPalette.ColorRole.Base: "#16181A",
    QPalette.ColorRole.AlternateBase: "#2A2E32",
    QPalette.ColorRole.Text: "#E6E6E6",
    QPalette.ColorRole.Button: "#2D3136",
    QPalette.ColorRole.ButtonText: "#E6E6E6",
    QPalette.ColorRole.PlaceholderText: "#8C9196",
    QPalette.ColorRole.Mid: "#2A2D31",
}


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark() -> Iterator[QPalette]:
    before = QGuiApplication.palette()
    QApplication.setPalette(dark_palette())
    yield dark_palette()
    QApplication.setPalette(before)


@pytest.mark.parametrize("palette", [QPalette(), dark_palette()], ids=["light", "dark"])
def test_colours_from_the_palette_read_on_it(palette: QPalette) -> None:
    text = palette.color(QPalette.ColorRole.Text)
    window = palette.color(QPalette.ColorRole.Window)
    assert contrast(match_highlight(palette), text) >= 4.5
    assert contrast(problem_colour(palette), window) >= 4.5
    from feedback_desk.core.model import Severity

    for severity in (Severity.HARSH, Severity.NEGATIVE):
        ink = severity_ink(severity, palette)
        assert ink is not None and contrast(ink, palette.color(QPalette.ColorRole.Base)) >= 4.5
    style = story_style(palette)
    quote = re.search(r"\.quote \{ background: (#\w+)", style)
    assert quote and contrast(QColor(quote.group(1)), text) >= 4.5
    dim = re.search(r"\.meta \{ color: (#\w+)", style)
    base = palette.color(QPalette.ColorRole.Base)
    assert dim and 4.5 <= contrast(QColor(dim.group(1)), base) < contrast(text, base)
    heading = re.search(r"h3 \{ font-size: [\d.]+pt; color: (#\w+)", style)
    assert (
        heading
        and contrast(QColor(heading.group(1)), palette.color(QPalette.ColorRole.Base)) >= 4.5
    )


def test_a_warning_label_is_red_on_light_and_light_red_on_dark(dark: QPalette) -> None:
    label = show_as_problem(QLabel("Not saved"))
    assert label.styleSheet() == ""
    colour = label.palette().color(QPalette.ColorRole.WindowText)
    assert colour == problem_colour(dark)
    assert contrast(colour, dark.color(QPalette.ColorRole.Window)) >= 4.5


def test_windows_use_no_fixed_warning_red(
    dark: QPalette, make_window: WindowFactory, demo_db: Database
) -> None:
    """No label in the windows carries the old hard-coded dark red, unreadable on dark."""
    from feedback_desk.ui.history_window import HistoryWindow
    from feedback_desk.ui.report_dialog import ReportDialog
    from feedback_desk.ui.settings_dialog import SettingsDialog
    from feedback_desk.ui.tasks import InlineTaskRunner

    from .conftest import fixed_clock

    window = make_window(demo_db)
    history = HistoryWindow(demo_db, InlineTaskRunner(), fixed_clock)
    history.view.selectRow(0)
    report = ReportDialog(demo_db, InlineTaskRunner(), fixed_clock)
    settings = SettingsDialog(demo_db, runner=InlineTaskRunner())
    for widget in (window, history, report, settings):
        for label in widget.findChildren(QLabel):
            assert "8A1C15" not in label.styleSheet().upper(), label.objectName()
    html = history.story_view.toHtml()
    assert "#f4f6f8" not in html.lower()  # the old light quote background
    for widget in (history, report, settings):
        widget.deleteLater()


@pytest.mark.parametrize("palette", [QPalette(), dark_palette()], ids=["light", "dark"])
def test_the_offline_notice_reads_on_either_palette(palette: QPalette) -> None:
    style = notice_style(palette)
    band, ink = (
        QColor(re.search(rf"{k}: (#[0-9A-F]{{6}})", style)[1]) for k in ("background", "color")
    )  # type: ignore[index]
    assert contrast(band, ink) >= 4.5
    # The band is dark on a dark window and light on a light one, never a glaring patch.
    window = palette.color(QPalette.ColorRole.Window)
    assert (band.lightness() < 128) == (window.lightness() < 128)


def test_line_icons_take_the_dark_palettes_ink(qapp, dark: QPalette) -> None:  # type: ignore[no-untyped-def]
    """The toolbar's grey line icons would vanish on a dark toolbar: drawn in its text colour."""
    from feedback_desk.ui.icons import icon

    image = icon("sync").pixmap(24, 24).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(24)
        for y in range(24)
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert inked, "the icon drew nothing"
    window = dark.color(QPalette.ColorRole.Window)
    assert min(contrast(c, window) for c in inked) >= 3.0
