"""Importing a file from the window: choosing it, reading it off the GUI thread, asking in
the preview when its columns or dates need the owner's word, storing it and saying how it
went; and, at the start, finishing an import a crash interrupted."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from ..core.errors import ImportFileError, UserFacingError
from ..store import Database
from .tasks import TaskRunner, on_own_connection

if TYPE_CHECKING:
    import sqlite3

    from ..core.triage import Triage
    from ..sources.file_import import ImportOptions, ImportPlan
    from ..store.imports import ImportResult
    from .import_preview import ImportPreview

log = logging.getLogger(__name__)


class ImportFlow(QObject):
    """One window's imports. `imported` is called when comments may have been added (the
    window reads its list and counts again); `warn(title, text)` says a problem."""

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        runner: TaskRunner,
        triage: Triage,
        settings: QSettings,
        action: QAction,
        imported: Callable[[], None],
        warn: Callable[[str, str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._runner = runner
        self._triage = triage
        self._settings = settings
        self._action = action  # File → Import a file…: off while an import runs
        self._imported = imported
        self._warn = warn
        self.preview: ImportPreview | None = None  # the open preview, if any
        self.zone: tzinfo | None = None  # times without a zone: this computer's

    def finish_interrupted(self) -> None:
        """An import killed part way (the app closed, the computer stopped) is undone or
        finished now, off the GUI thread (store/imports.py says which)."""
        db = self._db

        def recover(conn: sqlite3.Connection) -> list[str]:
            from ..store.imports import recover_imports

            return recover_imports(db, conn)

        def done(lines: list[str]) -> None:
            if lines:
                self._window.statusBar().showMessage(" ".join(lines), 8000)
                self._imported()

        self._runner.run(
            on_own_connection(db, recover),
            done,
            lambda error: log.warning("an interrupted import: %s", error),  # untranslated: log
        )

    def choose_file(self) -> None:
        start = self._settings.value("import/lastFolder", str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import comments"),
            str(start),
            self.tr("Comment exports (*.csv *.json);;All files (*)"),
        )
        if name:
            self._settings.setValue("import/lastFolder", str(Path(name).parent))
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Open the file off the GUI thread; when its columns are not the app's own or its
        dates could be read two ways, ask in the preview; then read and store it."""
        self._window.statusBar().showMessage(self.tr("Importing {file}…").format(file=path.name))
        self._action.setEnabled(False)
        db, zone = self._db, self.zone

        def work() -> ImportPlan:
            from ..sources.file_import import plan_import

            return plan_import(db, path, zone)

        self._runner.run(work, self._planned, self._failed)

    def _planned(self, plan: ImportPlan, ask_dates: bool = False) -> None:
        if ask_dates:
            plan = dataclasses.replace(plan, dates_ambiguous=True)
        if not plan.needs_preview:
            self._with(plan, plan.options, remember=True)
            return
        from .import_preview import ImportPreview

        preview = ImportPreview(plan, self._window)
        self.preview = preview

        def chosen(result: int) -> None:
            self.preview = None
            preview.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._with(plan, preview.options(), preview.remember.isChecked())
            else:
                self._action.setEnabled(True)
                self._window.statusBar().showMessage(self.tr("Nothing was imported."), 5000)

        preview.finished.connect(chosen)
        preview.open()

    def _with(self, plan: ImportPlan, options: ImportOptions, remember: bool) -> None:
        db, triage = self._db, self._triage

        def work() -> ImportResult:
            from ..sources.file_import import import_export

            return import_export(db, plan.export, triage, options, remember=remember)

        def failed(error: BaseException) -> None:
            from ..sources.file_import import DatesAmbiguous

            if isinstance(error, DatesAmbiguous):  # another date column: ask in the preview
                self._planned(dataclasses.replace(plan, options=options), ask_dates=True)
            else:
                self._failed(error)

        self._runner.run(work, self._done, failed)

    def _done(self, result: ImportResult) -> None:
        self._action.setEnabled(True)
        self._window.statusBar().showMessage(result.summary(), 8000)
        self._imported()

    def _failed(self, error: BaseException) -> None:
        self._action.setEnabled(True)
        self._window.statusBar().clearMessage()
        if isinstance(error, ImportFileError):
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Nothing was imported"),
                error.summary,
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            if error.problems:
                box.setInformativeText(
                    self.tr("The rows with problems are listed under Show Details.")
                )
                box.setDetailedText("\n".join(p.strip() for p in error.problems))
            box.setObjectName("importErrorBox")
            box.open()
        elif isinstance(error, UserFacingError):
            self._warn(self.tr("Nothing was imported"), str(error))
        else:
            raise error
