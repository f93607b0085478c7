"""The list's counts, read in the background: the line in the status bar, the side list's
numbers and the tray's (CommentStore.inbox_counts says what is counted)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..core.model import Severity
from ..core.views import NEEDS_REPLY, READY_TO_SEND
from ..store import Database
from ..store.comments import CommentStore, InboxCounts, InboxFilter, view_filter
from .filter_panel import FilterPanel
from .formatting import urgent_words
from .tasks import TaskRunner, on_own_connection
from .watch import WatchTray

log = logging.getLogger(__name__)


class InboxCounter(QObject):
    """Counts for the window's list. A newer count makes older answers irrelevant."""

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        runner: TaskRunner,
        now: Callable[[], datetime],
        current_filter: Callable[[], InboxFilter],
        filters: FilterPanel,
        tray: Callable[[], WatchTray | None],
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._now = now
        self._current_filter = current_filter
        self._filters = filters
        self._tray = tray
        self._generation = 0
        self._last: InboxCounts | None = None  # the last counts shown
        self.label = QLabel()
        self.label.setObjectName("countsLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # A long line of counts gives way (its tooltip has it all) instead of widening the
        # window past a small screen.
        self.label.setMinimumWidth(160)

    def forget_running(self) -> None:
        """A count still running is for an older list (a search typed on)."""
        self._generation += 1

    def refresh(self, views: bool = True) -> None:
        """Count in the background; a newer request makes older answers irrelevant.
        `views`: the views' counts too (else those last counted are kept: only the search
        changed)."""
        self._generation += 1
        generation = self._generation
        inbox = self._current_filter()
        db = self._db
        now = self._now()
        known = None if views or self._last is None else self._last

        def work() -> InboxCounts | None:
            if generation != self._generation:
                return None  # a newer count was asked for before this one started
            return on_own_connection(
                db, lambda conn: CommentStore(db, conn).inbox_counts(inbox, now, views_from=known)
            )()

        def done(counts: InboxCounts | None) -> None:
            if counts is not None and generation == self._generation:
                self._last = counts
                self._show(counts)

        self._runner.run(
            work,
            done,
            lambda error: log.warning("counting failed: %s", error),  # untranslated: log
        )

    def _show(self, counts: InboxCounts) -> None:
        self._filters.set_view_counts(counts.per_view)
        tray = self._tray()
        if tray is not None:
            waiting = counts.needs_reply_by_severity
            tray.show_count(
                counts.per_view[NEEDS_REPLY.key],
                waiting[Severity.HARSH],
                waiting[Severity.NEGATIVE],
            )
        if not any(counts.per_view.values()):
            self.label.setText(self.tr("No comments yet"))
            return
        inbox = self._current_filter()
        parts = []
        # On Needs a reply with nothing ticked off, "shown" would only repeat its number.
        if inbox != view_filter(NEEDS_REPLY, self._now()):
            parts.append(
                self.tr("%Ln comment(s) match this search", "", counts.shown)
                if inbox.searching
                else self.tr("%Ln comment(s) shown", "", counts.shown)
            )
            parts += self._urgent(counts.by_severity)
        # The side list's own number, under its own name: the two always agree.
        urgent = self._urgent(counts.needs_reply_by_severity)
        needing = f"{counts.per_view[NEEDS_REPLY.key]:,}"
        parts.append(
            self.tr("{view}: {count} ({urgent})").format(
                view=NEEDS_REPLY.label, count=needing, urgent=", ".join(urgent)
            )
            if urgent
            else self.tr("{view}: {count}").format(view=NEEDS_REPLY.label, count=needing)
        )
        if counts.per_view[READY_TO_SEND.key]:
            parts.append(
                self.tr("{view}: {count}").format(
                    view=READY_TO_SEND.label, count=f"{counts.per_view[READY_TO_SEND.key]:,}"
                )
            )
        if inbox.searching:
            parts.append(self.tr("search results: newest first"))
        self.label.setText("  ·  ".join(parts))
        self.label.setToolTip(self.label.text())

    @staticmethod
    def _urgent(by_severity: dict[Severity, int]) -> list[str]:
        return urgent_words(by_severity[Severity.HARSH], by_severity[Severity.NEGATIVE])
