"""Composition root: builds the services once and hands them to the window."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sqlite3
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

# The Qt-free modules come before PySide6: PySide6 reads the source of every module
# imported after it, looking for its `__feature__` switches (about 15 ms at start-up). The
# `noqa: F401` names are the window's Qt-free modules, imported here only for that order.
# (core.compensation, core.replies and store.assessments, with the saved replies and
# pauses, are not: nothing before the first paint needs them, and making their classes
# costs more than the reading after PySide6.)
from . import __version__
from .core import follow_up, money, views  # noqa: F401
from .core.clock import system_clock
from .core.errors import UserFacingError
from .core.texts import QT_TRANSLATE_NOOP
from .home import DataHome, private_file, setup_logging
from .secrets import CredentialStore
from .services import Services
from .store import Database, import_memory  # noqa: F401
from .store.comments import CommentStore
from .store.database import DB_FILE_NAME, schema_version, translate
from .store.schema import LATEST_VERSION
from .store.shop_profile import first_run_due, load_profile

# isort: split
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .ui.fonts import add_bundled_fonts
from .ui.icons import icon
from .ui.language import install_language, interface_language, saved_language
from .ui.main_window import MainWindow
from .ui.shop_fields import apply_shop_locale
from .ui.single_instance import ask_running_window, server_name
from .ui.tasks import TaskRunner

if TYPE_CHECKING:
    from .core.triage import Triage
    from .ui.damaged_notice import OpenUrl

log = logging.getLogger(__name__)
# Set (to anything) to never open the first-run assistant by itself, e.g. in automation.
NO_ASSISTANT_ENV = "FEEDBACK_DESK_NO_ASSISTANT"
# Set to a number of seconds to close the window by itself after that long (the bundle's
# smoke test opens the demo window offscreen this way).
QUIT_AFTER_ENV = "FEEDBACK_DESK_QUIT_AFTER"
# The reverse-DNS id: the .desktop file's name, the AppStream metainfo id (packaging/).
APP_ID = "org.feedbackdesk.FeedbackDesk"

# What the owner reads when the window cannot open (printed in English, shown translated).
_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "App",
    "Feedback Desk could not open its window. Your comments are safe. Please copy "
    "the details (Show Details…) and report the problem.",
)
_SETTINGS_STUCK = QT_TRANSLATE_NOOP(
    "App",
    "The settings file {file} is damaged and could not be moved aside ({reason}); the "
    "usual settings are used this time.",
)
_SETTINGS_ASIDE = QT_TRANSLATE_NOOP(
    "App",
    "The settings file {file} was damaged. It was kept as {aside} and Feedback Desk starts "
    "with the usual settings (window layout, pause lengths, sync).",
)


def run_window(home_option: str | None = None, demo: bool = False, hidden: bool = False) -> int:
    """`hidden`: started at login, the window waits in the tray (when keeping watch there
    is on and the desktop has a tray; otherwise it opens as usual)."""
    if QApplication.instance() is None and (problem := no_display()):
        print(f"feedback-desk: {problem}", file=sys.stderr)  # no dialog can exist without one
        log.error("cannot start: %s", problem)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Feedback Desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Feedback Desk")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app"))
    add_bundled_fonts()  # Chinese, Japanese, Korean, Arabic, Hebrew inside a frozen bundle
    try:
        if demo:
            from .demo import make_demo_home

            home = make_demo_home()
        else:
            home = DataHome.resolve(home_option)
            if ask_running_window(server_name(home.root)):  # the demo is its own instance
                print(
                    "feedback-desk: Feedback Desk is already open on this data folder; "
                    "its window was brought forward."
                )
                return 0
        window = build_window(home, demo=demo, starting=True)
    except UserFacingError as error:
        _fatal(str(error))
        return 1
    except Exception as error:  # our bug, before any window: say it where the owner looks
        _fatal(
            _CANNOT_OPEN,
            "".join(traceback.format_exception(error)),
            shown=QCoreApplication.translate("App", _CANNOT_OPEN),
        )
        return 1
    sys.excepthook = _crash_dialog
    window.when_started(_collect_from_now_on)
    if not demo:
        window.when_started(lambda: _listen_for_later_starts(window, home))
    if not (hidden and window.can_wait_in_tray()):
        window.show()
    log.info("window opened on %s", home.root)
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if quit_after:
        QTimer.singleShot(int(float(quit_after) * 1000), window.close)
    return int(app.exec())


def _collect_from_now_on() -> None:
    """After the first paint the cycle collector is on again (cli._open_window paused it
    for the start; ui.tasks.warm_up freezes what lives as long as the app)."""
    gc.enable()


def _listen_for_later_starts(window: MainWindow, home: DataHome) -> None:
    from .ui.running_window import RunningWindow  # QtNetwork: after the first paint

    RunningWindow(server_name(home.root), window.bring_forward, parent=window)


def build_window(
    home: DataHome,
    demo: bool = False,
    starting: bool = False,
    open_url: OpenUrl | None = None,
) -> MainWindow:
    """Everything the window needs, built here and nowhere else. `starting`: the app is
    starting for real (not a test): money and dates follow the shop's profile, and a new
    data folder opens the first-run assistant. `open_url` opens the data folder from the
    damaged-database notice (QDesktopServices.openUrl unless a test passes its own)."""
    home.prepare()
    setup_logging(home)  # first: a database that cannot open is written in the log too
    # Qt writes a new settings file with the umask's mode (0666 under umask 000) but keeps
    # the mode of one that exists: create it owner-only first.
    private_file(home.settings_file)
    settings = QSettings(str(home.settings_file), QSettings.Format.IniFormat)
    # (English words, the words shown or a template's values): the log keeps the English.
    notices: list[tuple[str, str | dict[str, str]]] = []
    if settings.status() == QSettings.Status.FormatError:
        template, values = _put_settings_aside(home)
        notices.append((template, values))
        settings = QSettings(str(home.settings_file), QSettings.Format.IniFormat)
    if starting:  # before the database and any widget: their words are read as they come
        install_language(interface_language(saved_language(settings), os.environ))
    db = _open_database(home) if starting else home.open_database(system_clock)
    conn = db.connect()
    notices = [(n, n) for n in db.notices] + notices
    if starting:
        # The shop's country decides how dates and numbers read, not the system's locale
        # (a bare "C" one, without a profile, reads them the common English way).
        apply_shop_locale(load_profile(conn))
    global _database_path
    _database_path = db.path
    # The one set of services: the database with the app's clock, the system keyring, the
    # real platforms' connectors, the background task runner.
    services = Services(db, CredentialStore(), runner=TaskRunner())
    window = MainWindow(
        store=CommentStore(db, conn),
        triage=cast("Triage", _LazyTriage()),
        settings=settings,
        open_demo=_launch_demo,
        demo=demo,
        services=services,
    )
    window.destroyed.connect(conn.close)
    if starting:
        window.profileChanged.connect(apply_shop_locale)
        if not demo and not os.environ.get(NO_ASSISTANT_ENV) and first_run_due(conn):
            QTimer.singleShot(0, window.open_first_run)  # once the window shows
    for notice, shown in _notice_texts(notices):  # e.g. damaged settings put aside
        from PySide6.QtWidgets import QMessageBox  # only then: not before the first paint

        log.warning("%s", notice)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Feedback Desk",  # untranslated: the app's name
            shown,
            parent=window,
        )
        box.setObjectName("openingNotice")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()  # shown with the window, not blocking its start
    # After the first paint: on a two-core computer it would slow the start down.
    window.when_started(lambda: _check_in_background(services, window, open_url))
    return window


class _LazyTriage:
    """The window's Triage, its module imported at the first use: on a worker just after
    the first paint, when the window reads triage's word lists (MainWindow.when_started)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._triage: Triage | None = None

    def __getattr__(self, name: str) -> Any:
        with self._lock:
            if self._triage is None:
                from .core.triage import Triage

                self._triage = Triage()
        return getattr(self._triage, name)


# An upgrade of a database this big is said while it runs (a copy first, then the new
# version: about a minute at a million comments); a smaller one is over before it shows.
LONG_UPGRADE_BYTES = 50_000_000


def _open_database(home: DataHome, long_upgrade_bytes: int = LONG_UPGRADE_BYTES) -> Database:
    """Open (and upgrade) the database on a worker thread, saying what is happening while a
    long upgrade runs instead of showing nothing for a minute."""
    if not _upgrade_pending(home, long_upgrade_bytes):
        return home.open_database(system_clock)
    log.info("upgrading the database in %s", home.root)
    outcome: dict[str, Any] = {}

    def upgrade() -> None:
        try:
            outcome["db"] = home.open_database(system_clock)
        except BaseException as error:  # handed to the GUI thread below
            outcome["error"] = error

    from PySide6.QtWidgets import QProgressDialog

    worker = threading.Thread(target=upgrade, name="database upgrade", daemon=True)
    notice = QProgressDialog(
        QCoreApplication.translate(
            "App",
            "Feedback Desk is updating your comments for this version. It keeps a copy "
            "first, then makes the change once; with a very large inbox this can take a "
            "minute or two.",
        ),
        "",
        0,
        0,
    )
    notice.setObjectName("upgradeNotice")
    notice.setWindowTitle(QCoreApplication.translate("App", "Updating your data"))
    notice.setCancelButton(None)  # an upgrade is one transaction: stopping it gains nothing
    notice.setMinimumDuration(0)
    notice.show()
    waiting = QEventLoop()
    watch = QTimer(interval=100)
    watch.timeout.connect(lambda: None if worker.is_alive() else waiting.quit())
    worker.start()
    watch.start()
    waiting.exec()
    watch.stop()
    notice.close()
    notice.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    db: Database = outcome["db"]
    return db


def _upgrade_pending(home: DataHome, long_upgrade_bytes: int) -> bool:
    """A database file this big, written by an earlier version (read without writing)."""
    path = home.root / DB_FILE_NAME
    try:
        if path.stat().st_size < long_upgrade_bytes:
            return False
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            return bool(schema_version(conn) < LATEST_VERSION)
    except (OSError, sqlite3.Error):
        return False  # opening it says what is wrong


def _put_settings_aside(home: DataHome) -> tuple[str, dict[str, str]]:
    """A damaged settings file must not stop the app: keep it aside and start with defaults.
    The notice comes back as its English words and the values for their gaps (it is made
    before the interface language is installed; it is translated where it is shown)."""
    aside = home.settings_file.with_name(home.settings_file.name + ".damaged")
    try:
        home.settings_file.replace(aside)
    except OSError as error:
        return _SETTINGS_STUCK, {"file": str(home.settings_file), "reason": str(error.strerror)}
    private_file(home.settings_file)
    return _SETTINGS_ASIDE, {"file": str(home.settings_file), "aside": aside.name}


def _notice_texts(
    notices: list[tuple[str, str | dict[str, str]]],
) -> list[tuple[str, str]]:
    """Each opening notice as (English for the log, the words shown in the window)."""
    texts = []
    for notice, values in notices:
        if isinstance(values, dict):  # one of ours: a template with gaps
            english = notice.format(**values)
            shown = QCoreApplication.translate("App", notice).format(**values)
            texts.append((english, shown))
        else:
            texts.append((notice, values))
    return texts


def _check_in_background(services: Services, window: MainWindow, open_url: OpenUrl | None) -> None:
    """PRAGMA quick_check off the GUI thread (about 0.2 s for 100,000 comments, 0.9 s from a
    cold disk): a damaged file is said at once, with the way to repair it and a button that
    opens the data folder."""
    db = services.db

    def failed(error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            log.error("integrity check failed: %s", error)
            return
        from .ui.damaged_notice import DamagedDatabaseNotice

        log.error("%s", error)
        notice = DamagedDatabaseNotice(str(error), db.path.parent, window, open_url)
        notice.setWindowModality(Qt.WindowModality.WindowModal)
        window.damaged_notice = notice  # type: ignore[attr-defined]
        notice.open()

    services.tasks().run(lambda: db.check_integrity(refusing=False), lambda _: None, failed)


# The database the window has open: SQLite errors that reach the crash dialog name it.
_database_path: Path | None = None


def _launch_demo() -> None:
    """The demo opens in its own window and its own throwaway folder; your data is untouched."""
    import subprocess

    subprocess.Popen(
        demo_command(),
        env={k: v for k, v in os.environ.items() if k != "FEEDBACK_DESK_HOME"},
        start_new_session=True,
    )


def demo_command() -> list[str]:
    """How to start this app again with --demo: a frozen bundle (PyInstaller) is its own
    executable and knows no `-m`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--demo"]
    return [sys.executable, "-m", "feedback_desk", "--demo"]


def _fatal(message: str, details: str | None = None, shown: str | None = None) -> None:
    """A problem before the window opens: on stderr, in the log and in a dialog (an owner who
    started the app from a menu has no terminal to read). `shown`: the dialog's words when
    they differ from the English printed and logged."""
    from PySide6.QtWidgets import QMessageBox

    print(f"feedback-desk: {message}", file=sys.stderr)
    if details:
        print(details, file=sys.stderr)
        log.error("cannot start: %s\n%s", message, details)
    else:
        log.error("cannot start: %s", message)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "Feedback Desk cannot start"),
        shown or message,
    )
    box.setObjectName("startFailedDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.exec()


def no_display() -> str | None:
    """Why no window can open here (Qt would abort the process without a word), or None."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "There is no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set). Start Feedback Desk from your desktop, or use the feedback-desk commands."
    )


def as_user_facing(error: BaseException) -> BaseException:
    """What SQLite says about the file (damaged, full disk, locked) is the environment's
    fault, not a bug: one sentence naming the file and what to do."""
    if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return error
    if isinstance(error, sqlite3.DatabaseError):
        where = _database_path or DataHome.resolve().root / DB_FILE_NAME
        return translate(error, where)
    return error


def _crash_dialog(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Our bugs: log the traceback and show it with a way to copy the details."""
    from PySide6.QtWidgets import QMessageBox

    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error:\n%s", details)
    error = as_user_facing(error)
    if isinstance(error, UserFacingError):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Feedback Desk",  # untranslated: the app's name
            str(error),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "Something went wrong"),
        QCoreApplication.translate(
            "App",
            "Feedback Desk hit a problem it did not expect. Your comments are safe. "
            "Please copy the details and send them to us.",
        ),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("App", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(details)
