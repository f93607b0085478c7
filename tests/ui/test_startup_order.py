"""The window paints its list first; the detail pane, the counts and the rest follow just
after that paint (MainWindow.when_started), or at once when it is not shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings

from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.tasks import InlineTaskRunner


class _AtFirstPaint(QObject):
    def __init__(self, window: MainWindow, started: list[bool]) -> None:
        super().__init__()
        self.window = window
        self.started = started
        self.seen: list[tuple[object, bool, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen.append(
                (
                    self.window.detail.comment,
                    bool(self.started),
                    self.window.model.rowCount() > 0,
                )
            )
        return False


def _window(qtbot, db: Database, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(
        store=CommentStore(db, db.connect()),
        triage=Triage(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        open_demo=lambda: None,
        services=Services(db, CredentialStore(), runner=InlineTaskRunner()),
    )
    qtbot.addWidget(window)
    return window


def test_the_list_is_painted_before_the_detail_pane_and_counts_are_filled(
    qtbot,
    demo_db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, demo_db, tmp_path)
    started: list[bool] = []
    window.when_started(lambda: started.append(True))
    watch = _AtFirstPaint(window, started)
    window.installEventFilter(watch)  # after the window's own watch: called first
    window.show()
    qtbot.waitUntil(lambda: bool(watch.seen))
    comment, started_then, rows = watch.seen[0]
    assert rows  # the list has its first page when it is first painted
    assert comment is None and not started_then  # the rest waits for the paint
    qtbot.waitUntil(lambda: window.detail.comment is not None)
    assert started == [True]
    assert window.inbox_view.currentIndex().row() == 0  # the first comment, as before
    ran: list[bool] = []
    window.when_started(lambda: ran.append(True))  # once started: at once
    assert ran == [True]


def test_a_window_never_shown_starts_at_the_first_turn_of_the_event_loop(
    qtbot,
    demo_db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, demo_db, tmp_path)  # waiting in the tray, say
    assert window.detail.comment is None
    qtbot.waitUntil(lambda: window.detail.comment is not None)
    assert window.inbox_view.currentIndex().row() == 0


def test_the_warm_up_leaves_what_lives_as_long_as_the_app_to_no_collection() -> None:
    import gc

    from feedback_desk.ui.tasks import warm_up

    gc.unfreeze()
    try:
        warm_up(InlineTaskRunner(), ["feedback_desk.ui.formatting"])
        # Full collections no longer walk them (40-50 ms holding the GIL, issue 14).
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()
