"""The main toolbar: names beside the icons while they fit, icons alone on a narrow window
(the names stay in the tooltips and for screen readers), so the search field at its end
never slips into the overflow menu, where Ctrl+F could not reach it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QToolBar


class ShrinkingToolBar(QToolBar):
    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._with_names = 0  # the width it needs with names, measured while they show

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        named = self.names_shown()
        if named:
            self._with_names = self.sizeHint().width()
        wanted = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if self.width() >= self._with_names
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if wanted != self.toolButtonStyle():
            self.setToolButtonStyle(wanted)

    def names_shown(self) -> bool:
        return self.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
