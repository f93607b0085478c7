"""Changing what the owner says about comments from the window: their status (resolved,
ignored, back to new) with Undo, and how bad one really is. Each change is written off the
GUI thread, on a connection of its own: while another program writes (an import publishing
a batch, a sync) the window waits without freezing."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..core.errors import UserFacingError
from ..core.model import Severity, Status
from ..core.views import needs_reply
from ..store.comments import CommentStore, InboxRow, StatusEdit
from .tasks import on_own_connection

if TYPE_CHECKING:
    from .main_window import MainWindow


class StatusChanges(QObject):
    """The window's status and severity changes, and the last one Undo puts back."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._last_edit: StatusEdit | None = None  # what Undo puts back

    def set_status(self, comment_ids: list[int], status: Status) -> None:
        if not comment_ids:
            return
        w = self._window
        current = w.inbox_view.currentIndex().row()
        db = w._db
        ids = list(comment_ids)

        work = on_own_connection(
            db, lambda conn: CommentStore(db, conn).change_statuses(ids, status)
        )

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserFacingError):
                raise error
            w._warn(self.tr("The status could not be changed"), str(error))

        w._runner.run(work, lambda edit: self._status_set(ids, status, current, edit), failed)

    def _status_set(
        self, comment_ids: list[int], status: Status, current: int, edit: StatusEdit
    ) -> None:
        w = self._window
        before = w.model.loaded()
        w.model.reload()
        w._choose_middle_page()
        keep = comment_ids[0] if w.model.row_of(comment_ids[0]) is not None else None
        if not needs_reply(status):  # dealt with: on to the next that needs a reply
            keep = self.next_needing_reply(before, set(comment_ids), max(current, 0)) or keep
        w._select(keep, fallback_row=max(current, 0))
        w.refresh_counts()
        if edit.previous:
            w.statusBar().showMessage(
                self.tr("%Ln comment(s) marked {status}.", "", len(edit.previous)).format(
                    status=status.label.lower()
                ),
                8000,
            )
            self._last_edit = edit
            w.undo_action.setText(self.tr("&Undo “{status}”").format(status=status.label))
            w.undo_action.setEnabled(True)
            w.undo_link.show()

    def undo(self) -> None:
        """Put back the last status change made here (resolve, ignore, back to new), off the
        GUI thread and through the store's one status change, so the history says so."""
        edit = self._last_edit
        if edit is None:
            return
        w = self._window
        self._last_edit = None
        w.undo_action.setText(self.tr("&Undo"))
        w.undo_action.setEnabled(False)
        w.undo_link.hide()
        db = w._db

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserFacingError):
                raise error
            w._warn(self.tr("The change could not be undone"), str(error))

        w._runner.run(
            on_own_connection(db, lambda conn: CommentStore(db, conn).undo(edit)),
            self._undone,
            failed,
        )

    def _undone(self, restored: list[int]) -> None:
        w = self._window
        w.model.reload()
        w._choose_middle_page()
        w._select(restored[0] if restored else None)
        w.refresh_counts()
        w.statusBar().showMessage(
            self.tr("Put back: %Ln comment(s) as before.", "", len(restored))
            if restored
            else self.tr("Nothing to put back: it has changed since."),
            6000,
        )

    def set_severity(self, comment_id: int, severity: Severity) -> None:
        w = self._window
        db = w._db

        work = on_own_connection(
            db, lambda conn: CommentStore(db, conn).set_severity(comment_id, severity)
        )

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserFacingError):
                raise error
            w._warn(self.tr("The comment could not be changed"), str(error))

        w._runner.run(work, lambda _: self._severity_set(comment_id, severity), failed)

    def _severity_set(self, comment_id: int, severity: Severity) -> None:
        w = self._window
        w.model.reload()
        w._select(comment_id)
        w.refresh_counts()
        w.statusBar().showMessage(
            self.tr("Marked {severity}: your judgement stays, whatever re-scoring says.").format(
                severity=severity.label.lower()
            ),
            5000,
        )

    def next_needing_reply(
        self, before: Sequence[InboxRow], acted: set[int], anchor: int
    ) -> int | None:
        """After acting on the comments `acted` (the current one at `anchor` in `before`,
        the list as it was): the next that needs a reply below it in that order, else the
        nearest above, among those the list still shows."""
        model = self._window.model
        below = before[anchor + 1 :]
        above = reversed(before[:anchor])  # read as far as needed (a page at a time)
        for candidate in itertools.chain(below, above):
            if candidate.id in acted or not needs_reply(candidate.status):
                continue
            row = model.row_of(candidate.id)
            found = None if row is None else model.row_at(row)
            if found is not None and needs_reply(found.status):
                return found.id
        return None
