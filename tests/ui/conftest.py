"""Fixtures for widget tests: a real database file, a fixed clock, work run inline."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from feedback_desk.core.model import NewComment, Platform
from feedback_desk.core.triage import Triage
from feedback_desk.core.views import ViewKey
from feedback_desk.demo import seed_sample_inbox
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import Database, open_database
from feedback_desk.store.comments import CommentStore
from feedback_desk.ui.language import install_language
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.tasks import InlineTaskRunner

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def fixed_clock() -> datetime:
    return NOW


@pytest.fixture(scope="session", autouse=True)
def _english_dates() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(scope="session")
def triage() -> Triage:
    return Triage()


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return open_database(tmp_path / "home", fixed_clock)


@pytest.fixture
def store(db: Database) -> Iterator[CommentStore]:
    conn = db.connect()
    yield CommentStore(db, conn)
    conn.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    seed_sample_inbox(db, fixed_clock)
    return db


def make_comments(count: int, *, text: str = "Lovely cake", start: int = 0) -> list[NewComment]:
    return [
        NewComment(
            Platform.FACEBOOK,
            f"c{start + i}",
            f"Customer {start + i}",
            f"{text} number {start + i}",
            NOW - timedelta(minutes=start + i),
        )
        for i in range(count)
    ]


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> WindowFactory:  # type: ignore[no-untyped-def]
    """Builds a main window on a database, as app.py does, with inline background work."""
    opened_demo: list[bool] = []

    def build(database: Database, start_view: str | None = "all", **extra: object) -> MainWindow:
        """`start_view`: the view to switch to once open (the window itself opens on Needs
        a reply, tests/ui/test_daily_loop.py); None stays there."""
        conn = database.connect()
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        services = Services(
            database,
            extra.pop("credentials", None) or CredentialStore(),  # type: ignore[arg-type]
            connect=extra.pop("connect", None),  # type: ignore[arg-type]
            runner=InlineTaskRunner(),
        )
        window = MainWindow(
            store=CommentStore(database, conn),
            triage=Triage(),
            settings=settings,
            open_demo=lambda: opened_demo.append(True),
            services=services,
            **extra,  # type: ignore[arg-type]
        )
        window.opened_demo = opened_demo  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        # The first selection and the counts wait for the first paint; let them run.
        qtbot.wait(1)
        if start_view is not None:
            window.filters.show_view(ViewKey(start_view))
        return window

    return build


@pytest.fixture(autouse=True)
def _app(qapp):  # type: ignore[no-untyped-def]
    """Every widget test needs the QApplication (pixmaps, fonts), even model-only ones; in
    English, as the app starts on an English system (its plurals: "1 complaint")."""
    if not getattr(qapp, "_feedback_desk_language", None):
        install_language("en")
        qapp._feedback_desk_language = "en"
    return qapp


@pytest.fixture
def german() -> Iterator[None]:
    """The interface in German for one test, English again after it."""
    assert install_language("de") == "de"
    try:
        yield
    finally:
        install_language("en")


UnstartedWindowFactory = Callable[[Database, QSettings], MainWindow]


@pytest.fixture
def make_unstarted_window(qtbot) -> UnstartedWindowFactory:  # type: ignore[no-untyped-def]
    """Builds a main window on a database and a settings file, and lets no event run: what
    waits for the first paint (MainWindow.when_started) has not run yet."""

    def build(database: Database, settings: QSettings) -> MainWindow:
        window = MainWindow(
            store=CommentStore(database, database.connect()),
            triage=Triage(),
            settings=settings,
            open_demo=lambda: None,
            services=Services(database, CredentialStore(), runner=InlineTaskRunner()),
        )
        qtbot.addWidget(window)
        return window

    return build


def settings_file(tmp_path: Path, name: str = "settings.ini") -> QSettings:
    """A window's settings (INI) in the test's folder."""
    return QSettings(str(tmp_path / name), QSettings.Format.IniFormat)
