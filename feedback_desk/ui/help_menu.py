"""Help menu: the user guide, the data folder, the log, diagnostic details and where to
report a problem. The diagnostic details name versions, the platform, the keyring and the
accounts' states so a helper can see what is going on; they never hold a token. They stay in
English (a helper reads them, like the log); the menu and its messages are translated."""

from __future__ import annotations

import locale
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from .. import ISSUES_URL, __version__
from ..core.redaction import redact
from ..home import DataHome, log_file
from ..secrets import CredentialStore
from ..store import Database
from ..store.comments import CommentStore, InboxFilter
from ..store.database import schema_version

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # made when a menu item opens one, after the first paint
    from PySide6.QtWidgets import QMessageBox

# What only the menu's entries need is imported when one is chosen, not before the window's
# first paint (platform, the accounts' store, QMessageBox).

OpenUrl = Callable[["QUrl"], bool]


def diagnostic_details(db: Database, credentials: CredentialStore) -> str:
    """Plain text to paste into a problem report. Only names, versions, counts and states:
    no secret is read, and the redaction net runs over the whole text as well."""
    import platform

    lines = [
        f"Feedback Desk {__version__}",
        f"Python {platform.python_version()} ({sys.implementation.name})",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"System: {platform.platform()} ({platform.machine()})",
    ]
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        size = screen.size()
        lines.append(
            f"Screen: {size.width()}x{size.height()}, scale {screen.devicePixelRatio():g}, "
            f"platform {QGuiApplication.platformName()}"
        )
    lines.append(
        f"Locale: {QLocale().name()} (system {QLocale.system().name()}, "
        f"Python {locale.setlocale(locale.LC_CTYPE)})"
    )
    lines.append(f"Data folder: {db.path.parent}")
    lines.extend(_database_lines(db))
    known = credentials.known()
    keyring = "not looked up yet" if known is None else str(known)
    lines.append(f"Keyring: {keyring}")
    return redact("\n".join(lines)) + "\n"


def _database_lines(db: Database) -> list[str]:
    from ..store.accounts import STATE_LABELS, AccountStore

    try:
        size = db.path.stat().st_size
    except OSError as error:
        return [f"Database: {db.path} cannot be read ({error.strerror})"]
    try:
        conn = db.connect()
        try:
            version = schema_version(conn)
            comments = CommentStore(db, conn).count(InboxFilter())
            accounts = AccountStore(db, conn).all()
        finally:
            conn.close()
    except (sqlite3.Error, Exception) as error:  # a damaged file: say so, do not fail here
        return [f"Database: {size:,} bytes, cannot be read ({type(error).__name__})"]
    lines = [
        f"Database: schema version {version}, {size:,} bytes, {comments:,} comments",
        f"Accounts: {len(accounts)}",
    ]
    for account in accounts:
        state = STATE_LABELS.get(account.state, account.state)
        lines.append(f"  {account.platform.value} · {account.name} · {state}")
    return lines


class HelpMenu:
    """The Help menu's entries (the window puts them in its menu) and what they do.
    `open_url` opens a folder, a file or the web (QDesktopServices.openUrl unless a test
    passes its own)."""

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        credentials: CredentialStore,
        open_guide: Callable[[], None],
        open_url: OpenUrl | None = None,
    ) -> None:
        self._window = window
        self._db = db
        self._credentials = credentials
        self.open_url: OpenUrl = open_url or QDesktopServices.openUrl
        self.guide_action = QAction(QCoreApplication.translate("HelpMenu", "User &guide"), window)
        self.guide_action.setObjectName("helpGuideAction")
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(open_guide)
        self.data_folder_action = QAction(
            QCoreApplication.translate("HelpMenu", "Open &data folder"), window
        )
        self.data_folder_action.setObjectName("openDataFolderAction")
        self.data_folder_action.triggered.connect(self.open_data_folder)
        self.log_action = QAction(QCoreApplication.translate("HelpMenu", "Open &log"), window)
        self.log_action.setObjectName("openLogAction")
        self.log_action.triggered.connect(self.open_log)
        self.copy_action = QAction(
            QCoreApplication.translate("HelpMenu", "Copy &diagnostic details"), window
        )
        self.copy_action.setObjectName("copyDiagnosticsAction")
        self.copy_action.triggered.connect(self.copy_diagnostics)
        self.report_action = QAction(
            QCoreApplication.translate("HelpMenu", "&Report a problem…"), window
        )
        self.report_action.setObjectName("reportProblemAction")
        self.report_action.triggered.connect(self.report_problem)

    @property
    def data_folder(self) -> Path:
        return self._db.path.parent

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl

        self._open(
            QUrl.fromLocalFile(str(self.data_folder)),
            QCoreApplication.translate("HelpMenu", "Could not open the data folder: {address}"),
        )

    def open_log(self) -> None:
        from PySide6.QtCore import QUrl

        path = log_file(DataHome(self.data_folder))
        if not path.exists():
            self._say(
                QCoreApplication.translate("HelpMenu", "There is no log yet at {path}.").format(
                    path=path
                )
            )
            return
        self._open(
            QUrl.fromLocalFile(str(path)),
            QCoreApplication.translate("HelpMenu", "Could not open the log: {address}"),
        )

    def copy_diagnostics(self) -> str:
        details = diagnostic_details(self._db, self._credentials)
        QGuiApplication.clipboard().setText(details)
        bar = self._window.statusBar()
        bar.showMessage(
            QCoreApplication.translate(
                "HelpMenu", "Diagnostic details copied: paste them into your problem report"
            ),
            8000,
        )
        return details

    def report_problem(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("HelpMenu", "Report a problem"),
            QCoreApplication.translate(
                "HelpMenu",
                "Your browser will open the page where problems are reported:\n"
                "{address}\n\n"
                "Please say what you did and what happened, then paste the diagnostic details "
                "(they are on the clipboard now: versions, system and account states, never a "
                "password or token). Leave out customers' names if you can.",
            ).format(address=ISSUES_URL),
            parent=self._window,
        )
        box.setObjectName("reportProblemDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        self.report_box = box
        box.finished.connect(lambda result: self._reported(box, result))
        self.copy_diagnostics()
        box.open()

    def _reported(self, box: QMessageBox, _result: int) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtWidgets import QMessageBox

        if box.clickedButton() is box.button(QMessageBox.StandardButton.Open):
            self._open(
                QUrl(ISSUES_URL),
                QCoreApplication.translate(
                    "HelpMenu", "Could not open the problem report page: {address}"
                ),
            )

    def _open(self, url: QUrl, failed: str) -> None:
        """`failed`: the sentence (translated, with an {address} gap) if it cannot open."""
        if not self.open_url(url):
            self._say(failed.format(address=url.toDisplayString()))

    def _say(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        parent: QWidget = self._window
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Feedback Desk",  # untranslated: the app's name
            message,
            parent=parent,
        )
        box.setObjectName("helpMenuNotice")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = box
        box.open()
