"""A search that meets a damaged full-text index: the index is rebuilt from the comments off
the GUI thread (saying so in the status bar), then the search runs again."""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..core.errors import UserFacingError
from ..store.comments import InboxFilter
from .tasks import on_own_connection

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


class SearchRepair(QObject):
    """Rebuilds the search index of one window's database when a search finds it damaged."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def rebuild_or_raise(self, error: sqlite3.DatabaseError, inbox: InboxFilter) -> None:
        """`error` came from the inbox query `inbox`: a damaged search index is rebuilt (in
        the background); any other damage is raised as one sentence."""
        from ..store.database import translate
        from ..store.repair import rebuild_search_index, search_index_damaged

        w = self._window
        db = w._db
        conn = db.connect()
        try:
            if not inbox.searching or not search_index_damaged(conn):
                raise translate(error, db.path) from error
        finally:
            conn.close()
        # The rebuild writes: off the GUI thread, so another program's write lock (an import,
        # a sync) never freezes the window meanwhile.
        w.model.hold()  # scrolling must not run the damaged search again meanwhile
        w.statusBar().showMessage(
            self.tr("The search index is damaged; rebuilding it from the comments…")
        )

        def rebuilt(_: object) -> None:
            log.warning("search index of %s was damaged; rebuilt", db.path)  # untranslated: log
            try:
                w.model.set_filter(w.current_filter())  # what the owner asks for now
            except sqlite3.DatabaseError as again:
                if isinstance(again, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                    raise
                w._warn(self.tr("The inbox could not be read"), str(translate(again, db.path)))
                return
            w._choose_middle_page()
            w.refresh_counts()
            w.statusBar().showMessage(
                self.tr(
                    "The search index was damaged; it was rebuilt from the comments "
                    "(nothing else changed)."
                ),
                15000,
            )

        def failed(problem: BaseException) -> None:
            if not isinstance(problem, UserFacingError):
                raise problem
            w.statusBar().clearMessage()
            w._warn(self.tr("The search index could not be rebuilt"), str(problem))

        w._runner.run(
            on_own_connection(db, lambda conn: rebuild_search_index(db.path, conn)),
            rebuilt,
            failed,
        )
