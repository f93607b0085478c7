"""Connecting an account by signing in on the platform's own page, then picking what to
connect. The sign-in itself (sources/signin.py) runs on the task runner; this dialog only
says what is happening and hands the owner's choices over."""

from __future__ import annotations

import importlib
import sqlite3
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QGuiApplication,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import Clock, system_clock
from ..core.errors import Cancelled, UserFacingError
from ..core.model import Platform
from ..core.texts import QT_TRANSLATE_NOOP
from ..secrets import CredentialStore
from ..store import Database
from .fit import resize_to_fit
from .formatting import plain_label, show_as_problem
from .icons import platform_icon
from .tasks import TaskRunner

IDENT_ROLE = Qt.ItemDataRole.UserRole + 1
TICK_SECONDS = 1_000


# -- the shape of sources/signin.py this dialog relies on ------------------------------------


class Prompt(Protocol):
    @property
    def url(self) -> str: ...
    @property
    def user_code(self) -> str | None: ...
    @property
    def expires_at(self) -> datetime: ...


class Choice(Protocol):
    @property
    def platform(self) -> Platform: ...
    @property
    def ident(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def detail(self) -> str: ...
    @property
    def suggested_name(self) -> str: ...


class SignInFlow(Protocol):
    platform: Platform

    def start(self) -> Any: ...
    def wait(self, cancel: threading.Event, timeout: float | None = None) -> None: ...
    def candidates(self) -> Sequence[Any]: ...
    def connect(
        self,
        db: Database,
        conn: sqlite3.Connection,
        credentials: CredentialStore,
        picked: Any,
        names: Any = None,
    ) -> Sequence[Any]: ...
    def reconnect(
        self, db: Database, conn: sqlite3.Connection, credentials: CredentialStore, account: str
    ) -> Any: ...
    def close(self) -> None: ...


# Starts a sign-in for a platform (on a worker, with a connection of its own); `instance`
# is the Mastodon server. Tests hand in one pointed at local servers.
BeginSignIn = Callable[[Platform, sqlite3.Connection, "str | None"], SignInFlow]


def begin_with_platform(
    platform: Platform,
    conn: sqlite3.Connection,
    instance: str | None,
    credentials: CredentialStore | None = None,
    clock: Clock = system_clock,
) -> Any:
    """The real sign-in (sources/signin.py, which brings in the HTTP stack: loaded on use)."""
    signin = importlib.import_module("feedback_desk.sources.signin")
    return signin.begin_sign_in(
        platform, conn, instance=instance, credentials=credentials, clock=clock
    )


# -- words ----------------------------------------------------------------------------------


def _words(text: str) -> str:
    """A text from a table marked with QT_TRANSLATE_NOOP, in the interface language."""
    return QCoreApplication.translate("SignInDialog", text)


def where_words(platform: Platform, instance: str | None) -> str:
    """The page the browser shows, as it goes into "Your browser is open on {page}" and
    "Getting {page} ready…"."""
    if platform in (Platform.GOOGLE, Platform.YOUTUBE):
        return QCoreApplication.translate("SignInDialog", "Google's sign-in page")
    if platform in (Platform.FACEBOOK, Platform.INSTAGRAM):
        return QCoreApplication.translate("SignInDialog", "Facebook's sign-in page")
    if instance:
        return QCoreApplication.translate(
            "SignInDialog", "your server's sign-in page ({server})"
        ).format(server=instance)
    return QCoreApplication.translate("SignInDialog", "your server's sign-in page")


# Whom to sign in as, as it goes into "Sign in with {account} and agree …".
_WHO = {
    Platform.GOOGLE: QT_TRANSLATE_NOOP(
        "SignInDialog", "the Google account that manages your shop's Business Profile"
    ),
    Platform.YOUTUBE: QT_TRANSLATE_NOOP(
        "SignInDialog", "the Google account of your YouTube channel"
    ),
    Platform.MASTODON: QT_TRANSLATE_NOOP("SignInDialog", "your Mastodon account"),
}
_ANYONE = QT_TRANSLATE_NOOP("SignInDialog", "the account that manages your shop")


def waiting_words(platform: Platform, instance: str | None, device: bool) -> str:
    if device:
        return QCoreApplication.translate(
            "SignInDialog",
            "In your browser, go to facebook.com/device, sign in to Facebook with the account "
            "that manages your shop's Page, and type this code. Then agree to what Feedback "
            "Desk asks for; this window carries on by itself.",
        )
    who = _words(_WHO.get(platform, _ANYONE))
    return QCoreApplication.translate(
        "SignInDialog",
        "Your browser is open on {page}. Sign in with {account} and agree to what Feedback "
        "Desk asks for; this window carries on by itself once you have.",
    ).format(page=where_words(platform, instance), account=who)


# What a sign-in found nothing of, as it goes into "Signed in, but this account has {what}."
NOTHING_FOUND = {
    Platform.FACEBOOK: QT_TRANSLATE_NOOP(
        "SignInDialog", "no Facebook Page where this account has a role"
    ),
    Platform.INSTAGRAM: QT_TRANSLATE_NOOP(
        "SignInDialog", "no Instagram professional account linked to a Page this account manages"
    ),
    Platform.GOOGLE: QT_TRANSLATE_NOOP(
        "SignInDialog", "no verified Google Business Profile location this account manages"
    ),
    Platform.YOUTUBE: QT_TRANSLATE_NOOP(
        "SignInDialog", "no YouTube channel for this Google account"
    ),
    Platform.MASTODON: QT_TRANSLATE_NOOP("SignInDialog", "no Mastodon account"),
}
_NOTHING = QT_TRANSLATE_NOOP("SignInDialog", "nothing to connect")


# -- the dialog -----------------------------------------------------------------------------


class SignInDialog(QDialog):
    """Sign in → pick what to connect → connected. `connected` carries the new (or
    reconnected) account names once they are stored with their tokens in the keyring."""

    connected = Signal(list)

    def __init__(
        self,
        platform: Platform,
        db: Database,
        credentials: CredentialStore,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        instance: str | None = None,
        reconnect: str | None = None,
        begin: BeginSignIn | None = None,
        now: Clock | None = None,
        open_url: Callable[[QUrl], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.platform = platform
        self._db = db
        self._credentials = credentials
        self._runner = runner
        self._instance = instance
        self._reconnect = reconnect
        self._begin: BeginSignIn = begin or (
            lambda platform, conn, instance: begin_with_platform(
                platform, conn, instance, credentials, clock=db.clock
            )
        )
        self._now = now or db.clock  # the app's one clock, as the sign-in's own
        self._open_url = open_url or (lambda url: QDesktopServices.openUrl(url))
        self._cancel = threading.Event()
        self._sign_in: SignInFlow | None = None
        self._prompt: Prompt | None = None
        self._candidates: list[Choice] = []
        self._working = False
        self.setWindowTitle(
            self.tr("Reconnect {account}").format(account=reconnect)
            if reconnect
            else self.tr("Connect {platform}").format(platform=platform.label)
        )
        self.setWindowIcon(platform_icon(platform))
        self.setMinimumWidth(560)
        resize_to_fit(self, 620, 280)  # the picker makes it taller

        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self._build_waiting()
        self._build_picker()

        self.problem = plain_label(name="signInProblem")
        show_as_problem(self.problem)
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("signInRetryButton")
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.begin)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("connectPickedButton")
        self.connect_button.setAccessibleName(self.tr("Connect the ticked accounts"))
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connect_picked)
        self.connect_button.hide()
        buttons.addWidget(self.connect_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("signInCancelButton")
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_SECONDS)
        self._ticker.timeout.connect(self._show_time_left)
        self.finished.connect(lambda _: self._end())

    def _build_waiting(self) -> None:
        page = QWidget()
        page.setObjectName("signInWaitingPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.waiting = plain_label(name="signInWaitingText")
        column.addWidget(self.waiting)
        self.code = QLabel()
        self.code.setObjectName("deviceCode")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Code to type on facebook.com/device"))
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 3)
        self.code.setFont(font)
        self.code.hide()
        column.addWidget(self.code)
        row = QHBoxLayout()
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy the code"))
        self.copy_button.setObjectName("copyCodeButton")
        self.copy_button.clicked.connect(self.copy_code)
        self.open_device_button = QPushButton(self.tr("Open facebook.com/device"))
        self.open_device_button.setObjectName("openDevicePageButton")
        self.open_device_button.clicked.connect(self.open_page)
        for button in (self.copy_button, self.open_device_button):
            button.hide()
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.time_left = plain_label(name="signInTimeLeft")
        column.addWidget(self.time_left)
        self.open_again = QPushButton(self.tr("Open the page again"))
        self.open_again.setObjectName("openPageAgainButton")
        self.open_again.setFlat(True)
        self.open_again.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_again.setToolTip(
            self.tr("If you closed the browser tab, this opens the sign-in again.")
        )
        self.open_again.clicked.connect(self.open_page)
        self.open_again.hide()
        again_row = QHBoxLayout()
        again_row.addWidget(self.open_again)
        again_row.addStretch(1)
        column.addLayout(again_row)
        column.addStretch(1)
        self.pages.addWidget(page)
        self.waiting_page = page

    def _build_picker(self) -> None:
        page = QWidget()
        page.setObjectName("accountPickerPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.picker_intro = plain_label(name="pickerIntro")
        column.addWidget(self.picker_intro)
        self.picked_model = QStandardItemModel(0, 2, self)
        self.picked_model.setHorizontalHeaderLabels(
            [self.tr("Name in Feedback Desk"), self.tr("What it is")]
        )
        self.picker = QTableView()
        self.picker.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.picker.setObjectName("accountPicker")
        self.picker.setAccessibleName(self.tr("What to connect"))
        self.picker.setModel(self.picked_model)
        self.picker.verticalHeader().hide()
        self.picker.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.picker.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.picker.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 220)
        self.picker.setWordWrap(True)
        # Fusion draws an unticked box in the base colour's own shade: lost in dark themes.
        self.picker.setStyleSheet(
            "QTableView::indicator:unchecked { border: 1px solid palette(text); "
            "background: palette(base); width: 12px; height: 12px; border-radius: 2px; }"
        )
        header.sectionResized.connect(lambda *_: self.picker.resizeRowsToContents())
        column.addWidget(self.picker, 1)
        self.picker_hint = plain_label(name="pickerHint")
        column.addWidget(self.picker_hint)
        self.picked_model.itemChanged.connect(lambda _: self._update_connect_button())
        self.pages.addWidget(page)
        self.picker_page = page

    # -- signing in -------------------------------------------------------------------------

    def begin(self) -> None:
        """Start the sign-in off the GUI thread; the browser opens once it is ready."""
        self._cancel = threading.Event()
        self._say_problem("")
        self.retry_button.hide()
        self.pages.setCurrentWidget(self.waiting_page)
        self.waiting.setText(
            self.tr("Getting {page} ready…").format(page=where_words(self.platform, self._instance))
        )
        self.time_left.setText("")
        db, begin, platform, instance = self._db, self._begin, self.platform, self._instance
        cancel = self._cancel
        stopped = self.tr("Stopped, as asked.")

        def work() -> tuple[SignInFlow, Prompt]:
            conn = db.connect()
            try:
                sign_in = begin(platform, conn, instance)
            finally:
                conn.close()
            try:
                if cancel.is_set():
                    raise Cancelled(stopped)
                return sign_in, sign_in.start()
            except BaseException:
                sign_in.close()
                raise

        self._working = True
        self._runner.run(work, self._started, self._failed)

    def _started(self, started: tuple[SignInFlow, Prompt]) -> None:
        sign_in, prompt = started
        self._working = False
        if self._cancel.is_set():  # closed meanwhile: let go of the loopback port
            self._runner.run(sign_in.close, lambda _: None, lambda _: None)
            return
        self._sign_in, self._prompt = sign_in, prompt
        device = bool(prompt.user_code)
        self.waiting.setText(waiting_words(self.platform, self._instance, device))
        self.code.setText(prompt.user_code or "")
        for widget in (self.code, self.copy_button, self.open_device_button):
            widget.setVisible(device)
        self.open_again.setVisible(not device)
        self._show_time_left()
        self._ticker.start()
        if not device:  # the code must be seen before the browser covers this window
            self.open_page()
        self._wait(sign_in)

    def _wait(self, sign_in: SignInFlow) -> None:
        db, credentials, cancel, reconnect = (
            self._db,
            self._credentials,
            self._cancel,
            self._reconnect,
        )

        def work() -> object:
            try:
                sign_in.wait(cancel)
                if reconnect is None:
                    return list(sign_in.candidates())
                conn = db.connect()
                try:
                    return sign_in.reconnect(db, conn, credentials, reconnect)
                finally:
                    conn.close()
            except BaseException:
                sign_in.close()
                raise

        self._working = True
        self._runner.run(work, self._signed_in, self._failed)

    def _signed_in(self, result: object) -> None:
        self._working = False
        self._ticker.stop()
        if self._cancel.is_set():
            return
        if self._reconnect is not None:
            self._finish([self._reconnect])
            return
        assert isinstance(result, list)
        self._show_candidates(result)

    def open_page(self) -> None:
        if self._prompt is not None:
            self._open_url(QUrl(self._prompt.url))

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.copy_button.setText(self.tr("Copied"))

    def _show_time_left(self) -> None:
        if self._prompt is None:
            return
        self.time_left.setText(
            self.time_left_words((self._prompt.expires_at - self._now()).total_seconds())
        )

    def time_left_words(self, seconds: float) -> str:
        """(A method: pyside6-lupdate marks plurals only in tr(), not in translate().)"""
        if seconds <= 0:
            return self.tr("The code has run out; start again.")
        if seconds < 90:
            return self.tr("%Ln second(s) left to sign in.", "", int(seconds))
        return self.tr("About %Ln minute(s) left to sign in.", "", round(seconds / 60))

    # -- choosing -------------------------------------------------------------------------

    def _show_candidates(self, candidates: list[Choice]) -> None:
        self._candidates = candidates
        self.picked_model.removeRows(0, self.picked_model.rowCount())
        for candidate in candidates:
            name = QStandardItem(platform_icon(candidate.platform), candidate.suggested_name)
            name.setCheckable(True)
            name.setEditable(True)
            name.setData(candidate.ident, IDENT_ROLE)
            name.setToolTip(self.tr("Double-click to change the name Feedback Desk shows."))
            what = QStandardItem(
                candidate.name + (f" — {candidate.detail}" if candidate.detail else "")
            )
            what.setEditable(False)
            what.setToolTip(f"{candidate.platform.label}: {what.text()}")
            name.setCheckState(
                Qt.CheckState.Checked if len(candidates) == 1 else Qt.CheckState.Unchecked
            )
            self.picked_model.appendRow([name, what])
        self.pages.setCurrentWidget(self.picker_page)
        resize_to_fit(self, max(self.width(), 620), max(self.height(), 400))
        self.picker.resizeRowsToContents()
        QTimer.singleShot(0, self.picker.resizeRowsToContents)  # once laid out at its width
        if candidates:
            self.picker_intro.setText(
                self.tr(
                    "Signed in. Tick what Feedback Desk should bring into your inbox; you may "
                    "change the names it will show."
                )
            )
            self.picker.selectionModel().setCurrentIndex(
                self.picked_model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.picker.setFocus()
        else:
            where = _words(NOTHING_FOUND.get(self.platform, _NOTHING))
            self.picker_intro.setText(
                self.tr(
                    "Signed in, but this account has {what}. Help → Connecting your accounts "
                    "says what each platform needs."
                ).format(what=where)
            )
        self.connect_button.show()
        self._update_connect_button()

    def picked(self) -> list[tuple[Choice, str]]:
        """The ticked candidates with the names the owner gave them."""
        chosen = []
        for row, candidate in enumerate(self._candidates):
            item = self.picked_model.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append((candidate, item.text().strip()))
        return chosen

    def _update_connect_button(self) -> None:
        chosen = self.picked()
        names = [name for _, name in chosen]
        self.connect_button.setText(self.tr("Connect %Ln account(s)", "", len(chosen)))
        if not self._candidates:
            why = self.tr("There is nothing to connect from this sign-in.")
        elif not chosen:
            why = self.tr("Tick at least one to connect it.")
        elif not all(names):
            why = self.tr("Give every ticked account a name.")
        elif len(set(names)) != len(names):
            why = self.tr("Two ticked accounts have the same name; give each its own.")
        else:
            why = ""
        self.connect_button.setEnabled(not why and not self._working)
        self.connect_button.setToolTip(why)
        self.picker_hint.setText(
            why or self.tr("Their tokens are kept in the system keyring, never on disk.")
        )

    def connect_picked(self) -> None:
        sign_in = self._sign_in
        chosen = self.picked()
        if sign_in is None or not chosen:
            return
        picked = [candidate for candidate, _ in chosen]
        names = {candidate.ident: name for candidate, name in chosen}
        db, credentials = self._db, self._credentials

        def work() -> list[str]:
            conn = db.connect()
            try:
                accounts = sign_in.connect(db, conn, credentials, picked, names)
            finally:
                conn.close()
            return [str(account.name) for account in accounts]

        self._say_problem("")
        self._working = True
        self.connect_button.setEnabled(False)
        self.picker_hint.setText(self.tr("Connecting…"))
        self._runner.run(work, self._finish, self._connect_failed)

    def _connect_failed(self, error: BaseException) -> None:
        self._working = False
        self._update_connect_button()
        if not isinstance(error, UserFacingError):
            raise error
        self._say_problem(str(error))

    def _finish(self, names: list[str]) -> None:
        self._working = False
        self.connected.emit(names)
        self.accept()

    # -- failing and closing --------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self._working = False
        if self._cancel.is_set():  # the owner stopped it (the dialog is closed): nothing to say
            return
        self._ticker.stop()
        self._sign_in = None
        if not isinstance(error, UserFacingError):
            raise error
        self._say_problem(str(error))
        self.waiting.setText(self.tr("Nothing was connected and nothing was stored."))
        for widget in (self.code, self.copy_button, self.open_device_button, self.open_again):
            widget.hide()
        self.time_left.setText("")
        self.retry_button.show()
        self.cancel_button.setText(self.tr("Close"))

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _end(self) -> None:
        """Closed, cancelled or done: a wait in progress stops within a second and the
        loopback port (if any) is let go."""
        self._cancel.set()
        self._ticker.stop()
        sign_in, self._sign_in = self._sign_in, None
        if sign_in is not None and not self._working:
            self._runner.run(sign_in.close, lambda _: None, lambda _: None)
