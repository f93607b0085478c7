"""The data home: where the database, its backups and the logs live."""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .core.clock import Clock, system_clock
from .core.errors import UserFacingError
from .core.redaction import RedactingFilter
from .store import Database, open_database

HOME_ENV = "FEEDBACK_DESK_HOME"
APP_NAME = "feedback-desk"


@dataclass(frozen=True)
class DataHome:
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
        chosen = option or os.environ.get(HOME_ENV) or platformdirs.user_data_dir(APP_NAME, False)
        return cls(Path(chosen).expanduser().resolve())

    def prepare(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.logs_dir.mkdir(exist_ok=True, mode=0o700)
            with contextlib.suppress(OSError):
                os.chmod(self.logs_dir, 0o700)  # one made by an older version may be 0755
        except OSError as error:
            raise UserFacingError(
                f"Cannot use {self.root} as the data folder: {error.strerror}. "
                "Choose another one with --home."
            ) from None
        if not os.access(self.root, os.W_OK):
            raise UserFacingError(
                f"The data folder {self.root} is not writable. Choose another one with --home."
            )

    def open_database(self, clock: Clock = system_clock) -> Database:
        self.prepare()
        return open_database(self.root, clock)


def setup_logging(home: DataHome, verbose: bool = False) -> None:
    """Log to a rotating file in the home; the console only hears about problems."""
    path = home.logs_dir / "feedback-desk.log"
    _rotate(path)
    private_file(path)  # before logging opens it with the umask's mode (0644, or 0666)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler = logging.FileHandler(path, encoding="utf-8")
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


def _rotate(path: Path, limit: int = 2_000_000, keep: int = 3) -> None:
    """Start a fresh log when the current one is big, keeping the last few (cheap at start)."""
    try:
        if not path.exists() or path.stat().st_size < limit:
            return
        for number in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{number + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # a log that cannot rotate must never stop the app
