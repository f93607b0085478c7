"""The windows and dialogs the main window opens: the reply wizard, the outcome form, the
history, the ledger, the report, Perspective, Settings, the first-run assistant, Accounts,
help and About. Each module is imported when it is first opened (or warmed up on a worker
once the window is up: ui/tasks.py WARM_UP), never before the first paint; each opened one
is kept on the window (`window.history_window`, `window.report_dialog`, …)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .. import __version__
from ..core.errors import UserFacingError
from ..core.views import NEEDS_REPLY, needs_reply
from .formatting import exact_local_date
from .window_actions import CONNECTING_PAGE

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowOpeners(QObject):
    """Opens the other windows over the main window and follows what they change."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    # -- replying -------------------------------------------------------------------------

    def open_reply(self, comment_id: int) -> None:
        from .reply_wizard import ReplyWizard

        w = self._window
        try:
            wizard = ReplyWizard(w._services, comment_id, parent=w)
        except UserFacingError as error:
            w._warn(self.tr("The reply could not be started"), str(error))
            return
        wizard.finished.connect(lambda _: self.after_reply(comment_id))
        # Stored in the background: the inbox shows "cooling off" once it is written.
        wizard.pauseStarted.connect(lambda: self.after_reply(comment_id))
        w.reply_wizard = wizard
        wizard.open()

    def after_reply(self, comment_id: int) -> None:
        w = self._window
        before = w.model.loaded()
        anchor = w.model.row_of(comment_id)
        w.model.reload()
        w._choose_middle_page()
        keep: int | None = comment_id
        if anchor is not None and not needs_reply(w._store.get(comment_id).status):
            # Sent: on to the next that needs a reply.
            acted = {comment_id}
            keep = w.status_changes.next_needing_reply(before, acted, anchor) or comment_id
        w._select(keep)
        w.refresh_counts()

    def continue_reply(self, comment_id: int) -> None:
        """From the pause-over notification: the window to the front, the comment selected
        (on Needs a reply when the list does not show it), its reply where it was left."""
        w = self._window
        w.bring_forward()
        if w.reply_wizard is not None and w.reply_wizard.isVisible():
            w.reply_wizard.raise_()
            w.reply_wizard.activateWindow()
            return
        if w.model.row_of(comment_id) is None:
            w.filters.show_view(NEEDS_REPLY.key)  # emits changed -> apply_filters
        w._select(comment_id)
        self.open_reply(comment_id)

    def record_outcome(self) -> None:
        """The history's outcome form, on the comment shown; saved off the GUI thread, then
        the detail pane, the list (Follow-ups due) and the counts show it."""
        from .outcome_dialog import OutcomeDialog

        w = self._window
        shown = w.detail.comment
        if shown is None:
            return
        comment_id = shown.id
        about = self.tr("{name} on {platform}, {day}").format(
            name=shown.author or self.tr("(no name)"),
            platform=shown.platform.label,
            day=exact_local_date(shown.created_at),
        )
        dialog = OutcomeDialog(w._db, comment_id, w.inbox.today(), w, w._runner, about=about)
        w.outcome_dialog = dialog

        def finished(_: int) -> None:
            if dialog.recorded:
                self.after_reply(comment_id)
                w.statusBar().showMessage(self.tr("Outcome recorded."), 4000)
                history = w.history_window
                if history is not None and history.isVisible():  # it shows outcomes too
                    history.model.refresh_row(comment_id)
                    if history.story is not None and history.story.comment.id == comment_id:
                        history.show_story(comment_id)

        dialog.finished.connect(finished)
        dialog.open()

    # -- the other windows ----------------------------------------------------------------

    def open_ledger(self) -> None:
        from .ledger_window import LedgerWindow

        w = self._window
        window = LedgerWindow(w._db, w, runner=w._runner)
        window.storyRequested.connect(w.open_history)  # a double-clicked line's complaint
        w.ledger_window = window
        window.open()

    def open_report(self) -> None:
        from .report_dialog import ReportDialog

        w = self._window
        dialog = ReportDialog(w._db, w._runner, w._now, w)
        w.report_dialog = dialog
        dialog.open()

    def open_history(self, comment_id: int | None = None) -> None:
        """One history window; asking again brings it to the front. With `comment_id`, it
        shows that comment's story and its writer."""
        from .history_window import HistoryWindow

        w = self._window
        window = w.history_window
        if window is None or not window.isVisible():
            try:
                window = HistoryWindow(w._db, w._runner, w._now, w, settings=w._settings)
            except UserFacingError as error:
                w._warn(self.tr("The history could not be opened"), str(error))
                return
            window.outcomeRecorded.connect(lambda _: w.refresh_counts())
            w.history_window = window
            window.show()
        else:
            window.raise_()
            window.activateWindow()
        if comment_id:
            window.show_comment(comment_id)

    def open_perspective(self) -> None:
        """One Perspective window; asking again brings it to the front."""
        from .perspective import PerspectiveWindow

        w = self._window
        window = getattr(w, "perspective_window", None)
        if window is None or not window.isVisible():
            window = PerspectiveWindow(w._db, w._runner, w._now, w)
            w.perspective_window = window
            window.show()
        else:
            window.raise_()
            window.activateWindow()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        w = self._window
        dialog = SettingsDialog(
            w._db,
            w,
            runner=w._runner,
            credentials=w._credentials,
            settings=w._settings,
            has_tray=w.tray is not None,
        )
        dialog.profileSaved.connect(self.profile_saved)
        dialog.setupRequested.connect(w.open_first_run)
        w.settings_dialog = dialog
        dialog.open()

    def open_first_run(self) -> None:
        """The first-run assistant (app.py opens it on a new data folder; File and Help
        menus and Settings open it again). "Connect an account" opens the Accounts dialog."""
        from .first_run import FirstRunAssistant

        w = self._window
        assistant = FirstRunAssistant(w._db, w._runner, w)
        assistant.profile_saved.connect(self.profile_saved)
        assistant.connect_requested.connect(w.open_accounts)
        assistant.import_requested.connect(w.choose_import_file)
        assistant.demo_requested.connect(w._open_demo)
        w.first_run_assistant = assistant
        assistant.open()

    def profile_saved(self, profile: object) -> None:
        """Money and dates follow the shop now: redraw what shows them."""
        w = self._window
        w.profileChanged.emit(profile)
        shown = w.detail.comment
        w.model.reload()
        if shown is not None:
            w._select(shown.id)

    def open_accounts(self) -> None:
        from .accounts_dialog import AccountsDialog  # brings in the HTTP stack: not at start

        w = self._window
        dialog = AccountsDialog(w._db, w._credentials, w._runner, w)
        dialog.changed.connect(w.refresh_counts)
        dialog.connected.connect(lambda _names: w.start_sync())  # fill the inbox from them
        dialog.open()
        w.accounts_dialog = dialog

    def open_help(self, page: str = CONNECTING_PAGE) -> None:
        from .help_window import HelpWindow

        w = self._window
        window = HelpWindow(page, parent=w)
        w.help_window = window
        window.show()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        w = self._window
        QMessageBox.about(
            w,
            self.tr("About Feedback Desk"),
            self.tr(
                "Feedback Desk {version}\n\nOne calm inbox for what customers say about your "
                "shop, worst first.\n\nYour data folder: {folder}"
            ).format(version=__version__, folder=w._db.path.parent),
        )
