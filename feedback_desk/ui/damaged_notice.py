"""What the window says when its database turns out to be damaged: the problem in one
sentence (naming a backup only if there is one), the way out step by step, a button that
opens the data folder and one that copies the repair command.

The repair itself is not run from here: it replaces the database file, and the window (and
any history window or background task) holds connections to the file it replaces, so what
the owner does next could be written into the damaged copy. Closing the app first and
running `feedback-desk repair` is the safe way, and the dialog says so.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..home import APP_NAME
from .formatting import plain_label

OpenUrl = Callable[[QUrl], object]


def repair_command(data_folder: Path) -> str:
    """The command to type, with --home unless the folder is the usual one."""
    usual = Path(platformdirs.user_data_dir(APP_NAME, False)).expanduser().resolve()
    if data_folder.resolve() == usual:
        return "feedback-desk repair"
    return f"feedback-desk --home {shlex.quote(str(data_folder))} repair"


class DamagedDatabaseNotice(QDialog):
    """Window-modal; `open_url` is QDesktopServices.openUrl unless a test passes its own."""

    def __init__(
        self,
        message: str,
        data_folder: Path,
        parent: QWidget | None = None,
        open_url: OpenUrl | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("integrityWarning")
        self.setWindowTitle(self.tr("The comment database is damaged"))
        self._data_folder = data_folder
        self._open_url: OpenUrl = open_url or QDesktopServices.openUrl
        self.command = repair_command(data_folder)
        layout = QVBoxLayout(self)
        title = plain_label(self.tr("The comment database is damaged"), name="damagedTitle")
        bigger = QFont(title.font())
        bigger.setBold(True)
        bigger.setPointSizeF(bigger.pointSizeF() * 1.2)
        title.setFont(bigger)
        layout.addWidget(title)
        self.message = plain_label(message, name="damagedMessage")
        layout.addWidget(self.message)
        self.steps = plain_label(
            self.tr(
                "To save what can still be read:\n"
                "1. Close Feedback Desk.\n"
                "2. In a terminal, run the command below. It keeps the damaged file in the "
                "backups folder and puts a new database, with every row it could read, in its "
                "place.\n"
                "3. Open Feedback Desk again."
            ),
            name="damagedSteps",
        )
        layout.addWidget(self.steps)
        self.command_field = QLineEdit(self.command)
        self.command_field.setObjectName("repairCommand")
        self.command_field.setAccessibleName(self.tr("The repair command"))
        self.command_field.setReadOnly(True)
        self.command_field.setCursorPosition(0)
        layout.addWidget(self.command_field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = QPushButton(self.tr("Open the data folder"))
        self.open_folder_button.setObjectName("openDataFolderButton")
        self.open_folder_button.setToolTip(str(data_folder))
        self.open_folder_button.setAccessibleDescription(
            self.tr("Opens {folder}").format(folder=data_folder)
        )
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.copy_button = QPushButton(self.tr("Copy the command"))
        self.copy_button.setObjectName("copyRepairCommandButton")
        self.copy_button.clicked.connect(self.copy_command)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(560, max(420, self.sizeHint().width())))

    def text(self) -> str:
        """Everything the dialog says, as one text (for tests and for copying)."""
        return "\n".join((self.message.text(), self.steps.text(), self.command))

    def open_data_folder(self) -> None:
        self._open_url(QUrl.fromLocalFile(str(self._data_folder)))

    def copy_command(self) -> None:
        QGuiApplication.clipboard().setText(self.command)
        self.copy_button.setText(self.tr("Copied"))


__all__ = ["DamagedDatabaseNotice", "repair_command"]
