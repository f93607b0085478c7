"""Syncing every account from the window: one sync at a time, off the GUI thread, its
progress in the status bar, stopped at once when asked (or when the window closes), and the
timer that syncs by itself every so many minutes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from ..core.errors import UserFacingError
from ..secrets import CredentialStore
from ..store import Database
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..core.triage import Triage
    from ..sources.sync import ConnectorFactory, SyncRun

AUTO_SYNC_KEY = "sync/everyMinutes"


class SyncControl(QObject):
    """The window's syncs. `synced(run, background)`: a sync ended and was not stopped by an
    error (`background`: the timer's or the tray's, so new complaints are told in the
    tray)."""

    synced = Signal(object, bool)

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        credentials: CredentialStore,
        triage: Triage,
        runner: TaskRunner,
        settings: QSettings,
        connect: ConnectorFactory | None,
        sync_action: QAction,
        cancel_action: QAction,
        every_actions: dict[int, QAction],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._credentials = credentials
        self._triage = triage
        self._runner = runner
        self._settings = settings
        self._connect = connect
        self._sync_action = sync_action
        self._idle_tip = sync_action.toolTip()  # put back when a sync ends
        self._cancel_action = cancel_action
        self._every_actions = every_actions  # minutes -> the View menu's choice
        self.running = False
        self._background = False
        self.cancel_event = threading.Event()
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.start(background=True))

    def start(self, background: bool = False) -> None:
        """Sync every account; a second start while one runs does nothing."""
        if self.running:
            return
        from ..sources.sync import sync_accounts

        self.running = True
        self._background = background
        self.cancel_event.clear()
        self._sync_action.setEnabled(False)
        self._sync_action.setToolTip(self.tr("A sync is already running."))
        self._cancel_action.setEnabled(True)
        self._window.statusBar().showMessage(self.tr("Syncing…"))
        db, credentials, triage, cancel = (
            self._db,
            self._credentials,
            self._triage,
            self.cancel_event,
        )
        connect = self._connect

        def work(report: Callable[[object], None]) -> SyncRun:
            return sync_accounts(
                db,
                credentials,
                triage,
                progress=lambda name, read: report((name, read)),
                connect=connect,
                cancel=cancel,
            )

        self._runner.run_with_progress(work, self._done, self._failed, self._progress)

    def cancel(self) -> None:
        """Stop the sync now: a request in flight or a wait is cut short; what was read
        is kept."""
        self.cancel_event.set()
        self._window.statusBar().showMessage(self.tr("Stopping…"))

    def every(self, minutes: int) -> None:
        """Sync by itself every `minutes` (0: never), remembered in the settings."""
        for value, choice in self._every_actions.items():
            choice.setChecked(value == minutes)
        self._settings.setValue(AUTO_SYNC_KEY, minutes)
        if minutes:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def saved_minutes(self) -> int:
        """The interval the settings keep (0 when it is none the menu offers)."""
        minutes = int(str(self._settings.value(AUTO_SYNC_KEY, 0)) or 0)
        return minutes if minutes in self._every_actions else 0

    def _progress(self, value: object) -> None:
        name, read = cast(tuple[str, int], value)
        self._window.statusBar().showMessage(
            self.tr("Syncing {account}: %Ln comment(s) read…", "", read).format(account=name)
        )

    def _finished(self) -> None:
        self.running = False
        self._sync_action.setEnabled(True)
        self._sync_action.setToolTip(self._idle_tip)
        self._cancel_action.setEnabled(False)

    def _done(self, run: SyncRun) -> None:
        self._finished()
        self.synced.emit(run, self._background)

    def _failed(self, error: BaseException) -> None:
        from ..store.sync_lock import AnotherSyncRunning

        self._finished()
        if not isinstance(error, UserFacingError):
            raise error
        if isinstance(error, AnotherSyncRunning):  # the timer tries again at its next turn
            self._window.statusBar().showMessage(
                self.tr(
                    "Not synced: another Feedback Desk is syncing this folder; "
                    "it will be tried again at the next sync."
                ),
                15000,
            )
            return
        self._window.statusBar().showMessage(
            self.tr("Sync stopped: {problem}").format(problem=error), 15000
        )
