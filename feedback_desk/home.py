"""The data home: where the database, its backups and the logs live."""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from io import TextIOWrapper
from pathlib import Path

from .core.clock import Clock, system_clock
from .core.errors import UserFacingError
from .core.redaction import RedactingFilter
from .core.texts import translate
from .store import Database, open_database

HOME_ENV = "FEEDBACK_DESK_HOME"
APP_NAME = "feedback-desk"


@dataclass(frozen=True)
class DataHome:
    """The folder holding the database, its backups, the settings and the logs."""

    root: Path

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def settings_file(self) -> Path:
        """The window's settings (QSettings, INI)."""
        return self.root / "settings.ini"

    @classmethod
    def resolve(cls, option: str | None = None) -> DataHome:
        """--home wins, then FEEDBACK_DESK_HOME, then the platform's usual data folder."""
        chosen = option or os.environ.get(HOME_ENV)
        if not chosen:
            import platformdirs  # only then: it costs the start-up with --home 2 %

            chosen = platformdirs.user_data_dir(APP_NAME, False)
        return cls(Path(chosen).expanduser().resolve())

    def prepare(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.logs_dir.mkdir(exist_ok=True, mode=0o700)
            with contextlib.suppress(OSError):
                os.chmod(self.logs_dir, 0o700)  # one made by an older version may be 0755
        except OSError as error:
            raise UserFacingError(
                translate(
                    "DataHome",
                    "Cannot use {folder} as the data folder: {reason}. "
                    "Choose another one with --home.",
                ).format(folder=self.root, reason=error.strerror)
            ) from None
        if not os.access(self.root, os.W_OK):
            raise UserFacingError(
                translate(
                    "DataHome",
                    "The data folder {folder} is not writable. Choose another one with --home.",
                ).format(folder=self.root)
            )

    def open_database(self, clock: Clock = system_clock) -> Database:
        self.prepare()
        return open_database(self.root, clock)


LOG_FILE_NAME = "feedback-desk.log"
LOG_LIMIT = 2_000_000  # bytes in one log file before it rotates
LOG_KEEP = 3  # older files kept: feedback-desk.log.1 ... .3


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log file that starts again before it would pass `limit` bytes, keeping `keep` older
    ones (name.1 the newest), rotating while the app runs; every new file is
    owner-only (a fresh file would otherwise get the umask's mode).

    As logging.handlers.RotatingFileHandler rotates, without importing that module: it
    brings socket and pickle along, which the window does not otherwise need before its
    first paint."""

    def __init__(self, path: Path, limit: int, keep: int) -> None:
        self.limit = limit
        self.keep = keep
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            try:
                if self._full(record):
                    self._rotate()
            except OSError:
                pass  # not moved aside (a full disk, the folder's rights): write on in it
            super().emit(record)  # opens the file again if it is not open
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        base = self.baseFilename
        if os.path.exists(base) and not os.path.isfile(base):  # /dev/null: never full
            return False
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.seek(0, os.SEEK_END)
        return size > 0 and size + len(self.format(record)) + 1 >= self.limit

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for number in range(self.keep - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")

    def _open(self) -> TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()


def log_file(home: DataHome) -> Path:
    """The log the app is writing now (Help → Open log)."""
    return home.logs_dir / LOG_FILE_NAME


def setup_logging(home: DataHome, verbose: bool = False) -> None:
    """Log to a rotating file in the home; the console only hears about problems."""
    path = log_file(home)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        if old.baseFilename == str(path.absolute()):
            return  # already logging there (the window built again on the same home)
    handler = PrivateRotatingFileHandler(path, limit=LOG_LIMIT, keep=LOG_KEEP)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())  # no token reaches the log, whoever logs it
    root.addHandler(handler)


def private_file(path: Path) -> None:
    """Create `path` empty for the owner only if it is missing, or make it owner-only: a
    program that later opens it (logging, Qt's QSettings) keeps that mode, whatever the umask."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
        os.chmod(path, 0o600)
    except OSError:
        pass  # the program opening it next reports what is wrong
