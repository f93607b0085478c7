"""What the middle of the window says when there is nothing to list, with the next step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .icons import icon


class EmptyState(QWidget):
    def __init__(self, name: str, title: str, text: str, actions: list[tuple[str, str]]) -> None:
        """`actions` are (button text, objectName); the buttons are exposed as `buttons`."""
        super().__init__()
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(icon("empty-inbox").pixmap(112, 112))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        self.heading = heading = QLabel(title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.body = QLabel(text)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setMaximumWidth(460)
        body_row = QHBoxLayout()
        body_row.addStretch(1)
        body_row.addWidget(self.body)
        body_row.addStretch(1)
        layout.addLayout(body_row)
        # The next steps one above the other, as wide as the widest: side by side, three
        # German buttons would make the window wider than a small laptop's screen.
        column = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for text_, object_name in actions:
            button = QPushButton(text_)
            button.setObjectName(object_name)
            button.setMinimumHeight(34)
            column.addWidget(button)
            self.buttons[object_name] = button
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(3)

    def say(self, title: str, text: str) -> None:
        self.heading.setText(title)
        self.body.setText(text)
