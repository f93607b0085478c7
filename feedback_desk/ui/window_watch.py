"""What the window says while it keeps watch: the system tray (its menu, new complaints),
the pause-over notices (in the tray, else the banner above the list) and what a finished
sync means for the window. Made just after the first paint (MainWindow.finish_building)."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSystemTrayIcon

from ..core.views import needs_reply
from ..store.comments import CommentStore, PauseOver
from .notifications import PauseBanner, PauseNotifier, TrayNotifier
from .tasks import on_own_connection
from .watch import (
    NOTIFY_NEW_COMPLAINTS,
    NOTIFY_PAUSE_OVER,
    PAUSE_CHECK_MS,
    WatchTray,
    watch_setting,
)

if TYPE_CHECKING:
    from ..sources.sync import SyncRun
    from .main_window import MainWindow

log = logging.getLogger(__name__)


class WindowWatch(QObject):
    """The banner, the tray and the pause-over check of one window. `since`: pauses that
    end after it are announced."""

    def __init__(
        self,
        window: MainWindow,
        since: datetime,
        notifier: PauseNotifier | None,
        tray: WatchTray | None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pauses_checked = since
        self._announced: set[int] = set()
        self.pause_banner = PauseBanner()
        window.centre_layout.insertWidget(0, self.pause_banner)  # hidden until a pause ends
        if notifier is None and QSystemTrayIcon.isSystemTrayAvailable():
            notifier = TrayNotifier(
                window, window.bring_forward, self.pause_banner, self._tray_actions()
            )
            tray = tray or notifier
        self.notifier: PauseNotifier = notifier or self.pause_banner
        self.tray: WatchTray | None = tray  # None: this desktop has no tray

    def _tray_actions(self) -> list[QAction]:
        w = self._window
        show = QAction(self.tr("Open Feedback Desk"), w)
        show.setObjectName("trayOpenAction")
        show.triggered.connect(w.bring_forward)
        sync = QAction(self.tr("Sync now"), w)
        sync.setObjectName("traySyncAction")
        sync.triggered.connect(lambda: w.start_sync(background=True))
        leave = QAction(self.tr("Quit"), w)
        leave.setObjectName("trayQuitAction")
        leave.triggered.connect(w.quit_app)
        return [show, sync, leave]

    # -- pauses -----------------------------------------------------------------------------

    def _wake_for_next_pause(self, now: datetime) -> None:
        """The next look is in a minute, or sooner when a pause in the list ends before."""
        w = self._window
        ends = [
            r.pause_ends
            for r in w.model.held()
            if r.pause_ends is not None and r.pause_ends > now and needs_reply(r.status)
        ]
        wait = PAUSE_CHECK_MS
        if ends:
            wait = min(wait, int((min(ends) - now).total_seconds() * 1000) + 500)
        w.pause_timer.start(max(wait, 1000))

    def check_pauses(self) -> None:
        """Each minute: the list's countdowns move on (no new query); a pause that ended
        since the last look is announced once, and the counts follow."""
        w = self._window
        w.model.refresh_pauses()
        now = w._now()
        since = self._pauses_checked
        self._wake_for_next_pause(now)
        if now <= since:  # the clock went back: nothing new can have ended
            return
        self._pauses_checked = now
        db = w._db

        def done(ended: list[PauseOver]) -> None:
            wizard = w.reply_wizard
            open_on = wizard.comment.id if wizard is not None and wizard.isVisible() else None
            fresh = [
                p for p in ended if p.comment_id not in self._announced and p.comment_id != open_on
            ]
            self._announced.update(p.comment_id for p in ended)
            if not ended:
                return
            w.refresh_counts()
            if w.filters.current_view().ready_to_send:
                w.apply_filters()
            if fresh and watch_setting(w._settings, NOTIFY_PAUSE_OVER):
                self.notifier.pause_over(fresh, w.continue_reply)

        w._runner.run(
            on_own_connection(db, lambda conn: CommentStore(db, conn).pauses_ended(since, now)),
            done,
            lambda error: log.warning("checking pauses failed: %s", error),  # untranslated: log
        )

    # -- syncs ------------------------------------------------------------------------------

    def synced(self, run: SyncRun, background: bool) -> None:
        """What a finished sync means for the window: a line in the status bar, the offline
        banner, the list and counts read again, new complaints told in the tray."""
        w = self._window
        if not run.summaries:
            w.statusBar().showMessage(
                self.tr("No accounts to sync yet: add one under File → Accounts."), 8000
            )
            return
        w.offline_banner.setText(
            self.tr(
                "You seem to be offline, so nothing new could be fetched. Everything stored "
                "here still works; sync again when you are back online."
            )
        )
        w.offline_banner.setVisible(run.offline)
        new = sum(s.new for s in run.summaries)
        troubled = [s.account for s in run.summaries if s.error or s.problems]
        message = self.tr("Sync done: %Ln new comment(s).", "", new)
        if troubled:
            message += " " + self.tr(
                "Not everything came through for {accounts}: see File → Accounts."
            ).format(accounts=", ".join(troubled))
        w.statusBar().showMessage(message, 15000)
        w.model.reload_soon(w._db, w._runner, w._choose_middle_page)
        w.refresh_counts()
        if (
            background
            and self.tray is not None
            and (run.new_harsh or run.new_negative)
            and watch_setting(w._settings, NOTIFY_NEW_COMPLAINTS)
        ):
            self.tray.new_complaints(run.new_harsh, run.new_negative, w.open_needs_reply)
