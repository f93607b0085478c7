"""Icons shipped in resources/icons, read from the package's folder (through
importlib.resources when the package is not a folder, e.g. inside a zip)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from ..core.data_files import resource_folder
from ..core.model import Platform
from .formatting import is_dark

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

_SIZES = (16, 24, 32, 48, 64, 128)


# The grey the line icons (toolbar, search) are drawn in; on a dark palette they are drawn
# in its button text colour instead, or they would vanish into the toolbar.
LINE_INK = "#444444"


def icon(name: str) -> QIcon:
    """An icon by file name (without .svg). Qt's SVG icon engine draws it at any size."""
    return _icon(name, _line_ink())


@cache
def _icon(name: str, ink: str) -> QIcon:
    source = resource_folder().joinpath("icons", f"{name}.svg")
    if ink != LINE_INK:
        data = source.read_bytes()
        if LINE_INK.encode() in data:
            return _rendered(data.replace(LINE_INK.encode(), ink.encode()))
    if isinstance(source, Path) and source.is_file():
        return QIcon(str(source))
    return _rendered(source.read_bytes())  # resources inside a zip: draw them ourselves


def _line_ink() -> str:
    app = QGuiApplication.instance()
    palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    if not is_dark(palette):
        return LINE_INK
    return palette.color(QPalette.ColorRole.ButtonText).name()


def _rendered(data: bytes) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data))
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_render(renderer, size))
    return result


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return pixmap


def platform_icon(platform: Platform) -> QIcon:
    """The platform's own icon; one speech bubble for every platform without one."""
    return icon(platform.value if platform.is_connectable else "other-platform")
