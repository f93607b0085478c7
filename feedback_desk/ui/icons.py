"""Icons shipped in resources/icons, loaded through importlib.resources."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from ..core.model import Platform

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

_SIZES = (16, 24, 32, 48, 64, 128)


@cache
def icon(name: str) -> QIcon:
    """An icon by file name (without .svg). Qt's SVG icon engine draws it at any size."""
    source = resources.files("feedback_desk.resources").joinpath("icons", f"{name}.svg")
    if isinstance(source, Path) and source.is_file():
        return QIcon(str(source))
    return _rendered(source.read_bytes())  # resources inside a zip: draw them ourselves


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
